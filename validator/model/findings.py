"""The one `Finding` type every stage reports problems with, and the table of codes.

Codes are stable API: tools filter on them, baselines store their fingerprints, and
SARIF rules are generated from `CODES`. Never renumber; add new codes instead.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum

__all__ = [
    "CODES",
    "MAX_MESSAGE",
    "CodeInfo",
    "Finding",
    "Location",
    "Severity",
    "Side",
    "bounded",
    "make_finding",
    "severity_of",
]


# The longest message any finding has: full lists go to the JSON report's structured
# fields, and a message is read in a terminal line, an annotation or a table cell.
MAX_MESSAGE = 2_000


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for --fail-on and for sorting."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    severity: Severity
    title: str
    description: str
    fix: str


def _code(code: str, severity: str, title: str, description: str, fix: str) -> CodeInfo:
    return CodeInfo(code, Severity(severity), title, description, fix)


CODES: dict[str, CodeInfo] = {
    info.code: info
    for info in (
        _code(
            "E101",
            "error",
            "unreadable-file",
            "The file cannot be read or parsed: not UTF-8, not YAML or JSON, too large, "
            "too deep, or using a construct factlint refuses.",
            "Fix the syntax at the position given, or split the file if it is over a limit.",
        ),
        _code(
            "E102",
            "error",
            "schema-violation",
            "The file does not follow the claim-file schema.",
            "Change the field named in the message to the form the schema expects.",
        ),
        _code(
            "E103",
            "error",
            "duplicate-id",
            "An id is used twice: a source id across files, or a claim id within a file.",
            "Rename one of the two; ids are how findings and acknowledgements refer to claims.",
        ),
        _code(
            "E104",
            "error",
            "unknown-entity",
            "A subject or entity value names no entity in the dataset.",
            "Use one of the suggested names, or add the entity (or the name) to the dataset.",
        ),
        _code(
            "E105",
            "error",
            "unknown-property",
            "The property is not in the dataset's vocabulary.",
            "Use one of the suggested properties, or define the property in the dataset.",
        ),
        _code(
            "E106",
            "error",
            "value-type-mismatch",
            "A value or qualifier does not fit the type of its property.",
            "Write the value in one of the forms the property's type accepts.",
        ),
        _code(
            "E107",
            "error",
            "excerpt-not-found",
            "The excerpt does not appear in the source's archived text.",
            "Copy the excerpt from the archived text exactly, or correct the archive.",
        ),
        _code(
            "E108",
            "warning",
            "unused-acknowledgement",
            "An acknowledgement matches no finding of its claim.",
            "Remove the acknowledgement, or correct its code.",
        ),
        _code(
            "D201",
            "error",
            "refuted",
            "The claim is refuted by the dataset: no value it allows is the dataset's.",
            "Check the source; if it is wrong, acknowledge the finding with the conclusion.",
        ),
        _code(
            "D202",
            "info",
            "less-precise",
            "The claim is supported, but less precise than the dataset.",
            "Nothing to fix; a more precise value would say more.",
        ),
        _code(
            "D203",
            "warning",
            "unverifiable",
            "The dataset has nothing to check the claim against.",
            "Add a fact with a reference to the dataset, if one can be found.",
        ),
        _code(
            "D204",
            "warning",
            "undetermined",
            "The claim overlaps the dataset's value without being implied by it.",
            "Check whether the source meant a value inside the dataset's.",
        ),
        _code(
            "D205",
            "warning",
            "disputed",
            "The claim matches one side of a dispute the dataset records.",
            "Nothing to fix in the claim; the dataset does not settle the question.",
        ),
        _code(
            "D206",
            "info",
            "no-longer-true",
            "The claim was true at its as_of date and is no longer true.",
            "Nothing to fix; say so where the claim is reused today.",
        ),
        _code(
            "D207",
            "warning",
            "quote-differs-from-transcript",
            "The quote differs in its words from the dataset's transcript.",
            "Compare the word diff with the transcript; acknowledge a misquote with a reason.",
        ),
        _code(
            "X301",
            "error",
            "sources-contradict",
            "Sources contradict each other: no single value fits all their claims.",
            "Find out which source is right; acknowledge the finding on the wrong claim.",
        ),
        _code(
            "X302",
            "info",
            "sources-differ",
            "Sources differ, but precision or dates let all of them be true.",
            "Nothing to fix; the more precise source says more.",
        ),
        _code(
            "X303",
            "error",
            "source-contradicts-itself",
            "One source contradicts itself.",
            "Check the source: one of its two claims must be wrong or mis-recorded.",
        ),
        _code(
            "Q401",
            "info",
            "quote-punctuation-variant",
            "A quote differs between sources in punctuation or case only.",
            "Nothing to fix; the words agree.",
        ),
        _code(
            "Q402",
            "warning",
            "quote-word-variant",
            "A quote differs between sources in its words.",
            "Compare the word diff; find the original to learn which source misquotes.",
        ),
        _code(
            "Q403",
            "error",
            "quote-misattributed",
            "The same words are attributed to different speakers.",
            "Find the original to learn who said it; correct or acknowledge the wrong claim.",
        ),
        _code(
            "S501",
            "info",
            "shared-wording",
            "Two sources share wording (verbatim passages or the same distinctive error): "
            "they are not independent.",
            "Nothing to fix; weigh the two as one source where they agree.",
        ),
    )
}


def severity_of(code: str) -> Severity:
    return CODES[code].severity


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A 1-based position in a file; `file` is relative to where the run started."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a disagreement between sources: what it says and who says it, in
    full. Messages only count and sample them (a side may hold thousands of sources);
    the JSON report gives these lists whole."""

    values: tuple[str, ...]  # the values as written, each once
    sources: tuple[str, ...]  # source ids, each once, sorted
    claims: tuple[str, ...]  # full claim ids, sorted by source
    locations: tuple[Location, ...]  # where the claims are, in the order of claims
    count: int  # how many sources the side counts as (see check_sources.side_count)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, from any stage.

    `key` is what identifies the finding beyond its code and claims (a schema path, a
    property); together they make the fingerprint, so it survives edits elsewhere in
    the file and changes of wording. `details` carries named facts reporters show
    beside the message (the dataset's value, its reference, a word diff). `sides`,
    for a finding about sources that disagree, lists every side in full.
    """

    code: str
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    key: str = ""
    details: tuple[tuple[str, str], ...] = ()
    sides: tuple[Side, ...] = ()
    acknowledged: bool = False
    acknowledgement: str | None = None
    fingerprint: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.fingerprint:
            # Content-based: the file path is only part of it for findings that have
            # no claim to name (E101, file-level E102).
            anchor = ",".join(self.claims) if self.claims else self.file
            raw = "\x1f".join((self.code, anchor, self.key))
            digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
            object.__setattr__(self, "fingerprint", digest)

    @property
    def file(self) -> str:
        return self.locations[0].file if self.locations else ""

    @property
    def location(self) -> Location | None:
        return self.locations[0] if self.locations else None

    def detail(self, name: str) -> str | None:
        for key, value in self.details:
            if key == name:
                return value
        return None

    def acknowledge(self, reason: str) -> Finding:
        return replace(self, acknowledged=True, acknowledgement=reason)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        if loc is None:
            return ("", 0, 0, self.code, self.fingerprint)
        return (loc.file, loc.line, loc.column, self.code, self.fingerprint)


def bounded(finding: Finding) -> Finding:
    """The finding with its message cut to `MAX_MESSAGE` characters. Messages summarise
    (counts, samples, shortened values) and stay well under it; this is the last guard,
    for text no rule foresaw (the run applies it to every finding it reports)."""
    if len(finding.message) <= MAX_MESSAGE:
        return finding
    return replace(finding, message=finding.message[: MAX_MESSAGE - 1] + "\u2026")


def make_finding(
    code: str,
    message: str,
    *,
    claims: tuple[str, ...] = (),
    locations: tuple[Location, ...] = (),
    key: str = "",
    details: tuple[tuple[str, str], ...] = (),
    sides: tuple[Side, ...] = (),
) -> Finding:
    """A finding with the code's own severity: stages never choose severities."""
    return Finding(
        code=code,
        severity=severity_of(code),
        message=message,
        claims=claims,
        locations=locations,
        key=key,
        details=details,
        sides=sides,
    )
