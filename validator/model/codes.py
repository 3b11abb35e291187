"""The table of finding codes: each code's severity, title, documentation, the report
section its findings are drawn in and whether it invalidates the claims it names.

Codes are stable API: tools filter on them, baselines store their fingerprints, SARIF
rules and the table of docs/codes.md are generated from `CODES`. Never renumber; add
new codes instead. Stages never choose a severity: `make_finding` takes it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "CODES",
    "CODE_PATTERN",
    "INVALIDATING",
    "OTHER_SIDE",
    "CodeInfo",
    "Severity",
    "severity_of",
]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for --fail-on and for sorting."""
        # A table built once: a run ranks every finding, several times over.
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


# What a further location of a finding is to its first, unless its code says otherwise:
# the other side of a disagreement.
OTHER_SIDE = "other side"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Everything known about one code, in one place: stages, reporters and the docs'
    table of codes (generated from `CODES`) read it here."""

    code: str
    severity: Severity
    title: str
    description: str
    fix: str
    # The key of the section of the Markdown and HTML reports its findings are drawn in
    # (`validator.report._sections.SECTIONS`).
    section: str
    # Whether a finding with this code keeps the claims it names from being checked:
    # their verdict is "invalid". Only the file's own problems do (E101-E106); a claim
    # whose excerpt is not found (E107) is still checked, and an unused acknowledgement
    # (E108) says nothing about the claim.
    invalidates_claim: bool
    # What a finding's further locations are to its first, as SARIF labels its related
    # locations: the other side of a disagreement, unless the code says otherwise (the
    # first use of a duplicated id; the other passages two sources share).
    related: str = OTHER_SIDE

    @property
    def anchor(self) -> str:
        """The anchor of the code's section in docs/codes.md (`## E104 unknown-entity`),
        as forges name headings: `e104-unknown-entity`."""
        return f"{self.code}-{self.title}".lower()


def _code(
    code: str,
    severity: str,
    title: str,
    description: str,
    fix: str,
    *,
    section: str,
    invalidates_claim: bool = False,
    related: str = OTHER_SIDE,
) -> CodeInfo:
    return CodeInfo(
        code, Severity(severity), title, description, fix, section, invalidates_claim, related
    )


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
            section="invalid",
            invalidates_claim=True,
        ),
        _code(
            "E102",
            "error",
            "schema-violation",
            "The file does not follow the claim-file schema.",
            "Change the field named in the message to the form the schema expects.",
            section="invalid",
            invalidates_claim=True,
        ),
        _code(
            "E103",
            "error",
            "duplicate-id",
            "An id is used twice: a source id across files, or a claim id within a file.",
            "Rename one of the two; ids are how findings and acknowledgements refer to claims.",
            section="invalid",
            invalidates_claim=True,
            related="same id",
        ),
        _code(
            "E104",
            "error",
            "unknown-entity",
            "A subject or entity value names no entity in the dataset.",
            "Use one of the suggested names, or add the entity (or the name) to the dataset.",
            section="invalid",
            invalidates_claim=True,
        ),
        _code(
            "E105",
            "error",
            "unknown-property",
            "The property is not in the dataset's vocabulary.",
            "Use one of the suggested properties, or define the property in the dataset.",
            section="invalid",
            invalidates_claim=True,
        ),
        _code(
            "E106",
            "error",
            "value-type-mismatch",
            "A value or qualifier does not fit the type of its property.",
            "Write the value in one of the forms the property's type accepts.",
            section="invalid",
            invalidates_claim=True,
        ),
        _code(
            "E107",
            "error",
            "excerpt-not-found",
            "The excerpt does not appear in the source's archived text, or the archive "
            "cannot be used (outside the project, not a regular file, too large, missing).",
            "Copy the excerpt from the archived text exactly, or correct the archive.",
            section="excerpts",
        ),
        _code(
            "E108",
            "warning",
            "unused-acknowledgement",
            "An acknowledgement matches no finding of its claim.",
            "Remove the acknowledgement, or correct its code.",
            section="unused-acknowledgements",
        ),
        _code(
            "D201",
            "error",
            "refuted",
            "The claim is refuted by the dataset: no value it allows is the dataset's.",
            "Check the source; if it is wrong, acknowledge the finding with the fact-check's "
            "conclusion.",
            section="refuted",
        ),
        _code(
            "D202",
            "info",
            "less-precise",
            "The claim is supported, but less precise than the dataset.",
            "Nothing to fix; a more precise value would say more.",
            section="less-precise",
        ),
        _code(
            "D203",
            "warning",
            "unverifiable",
            "The dataset has nothing to check the claim against.",
            "Add a fact with a reference to the dataset, if one can be found.",
            section="gaps",
        ),
        _code(
            "D204",
            "warning",
            "undetermined",
            "The claim overlaps the dataset's value without being implied by it.",
            "Check whether the source meant a value inside the dataset's.",
            section="undetermined",
        ),
        _code(
            "D205",
            "warning",
            "disputed",
            "The claim matches one side of a dispute the dataset records.",
            "Nothing to fix in the claim; the dataset does not settle the question.",
            section="disputed",
        ),
        _code(
            "D206",
            "info",
            "no-longer-true",
            "The claim was true at its as_of date and is no longer true.",
            "Nothing to fix; say so where the claim is reused today.",
            section="no-longer-true",
        ),
        _code(
            "D207",
            "warning",
            "quote-differs-from-transcript",
            "The quote differs in its words from the dataset's transcript.",
            "Compare the word diff with the transcript; acknowledge a misquote with a reason.",
            section="quotes",
        ),
        _code(
            "X301",
            "error",
            "sources-contradict",
            "Sources contradict each other: no single value fits all their claims.",
            "Find out which source is right; acknowledge the finding on the wrong claim.",
            section="contradictions",
        ),
        _code(
            "X302",
            "info",
            "sources-differ",
            "Sources differ, but precision or dates let all of them be true.",
            "Nothing to fix; the more precise source says more.",
            section="differences",
        ),
        _code(
            "X303",
            "error",
            "source-contradicts-itself",
            "One source contradicts itself.",
            "Check the source: one of its two claims must be wrong or mis-recorded.",
            section="contradictions",
        ),
        _code(
            "Q401",
            "info",
            "quote-punctuation-variant",
            "A quote differs between sources in punctuation or case only.",
            "Nothing to fix; the words agree.",
            section="punctuation",
        ),
        _code(
            "Q402",
            "warning",
            "quote-word-variant",
            "A quote differs between sources in its words.",
            "Compare the word diff; find the original to learn which source misquotes.",
            section="quotes",
        ),
        _code(
            "Q403",
            "error",
            "quote-misattributed",
            "The same words are attributed to different speakers.",
            "Find the original to learn who said it; correct or acknowledge the wrong claim.",
            section="misattributed",
        ),
        _code(
            "S501",
            "info",
            "shared-wording",
            "Two sources share wording (verbatim passages or the same distinctive error), "
            "or give one address: they are not independent.",
            "Two ids at one address are one source: merge their files under one id, or cite "
            "one. Shared wording needs no fix; weigh the sources as one where they agree.",
            section="shared-wording",
            related="shared wording",
        ),
    )
}


# The form of a code, as the claim-file schema checks an acknowledgement's and the report
# schema a finding's: a letter of the table's codes and three digits. Made from the table
# so that a new letter cannot be left out (S was, and acknowledging S501 was refused);
# the schemas write it out, and a test holds them to this.
CODE_PATTERN = "^[" + "".join(dict.fromkeys(code[0] for code in CODES)) + "][0-9]{3}$"

# The codes whose findings make the claims they name invalid.
INVALIDATING: frozenset[str] = frozenset(c for c, info in CODES.items() if info.invalidates_claim)


def severity_of(code: str) -> Severity:
    return CODES[code].severity
