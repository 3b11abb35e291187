"""Pure helpers the reporters share: counts, summary wording, sections, word diffs.

Nothing here does I/O or reads the clock; every function depends on its arguments only,
so the same `Result` always renders to the same text.
"""

from __future__ import annotations

import json
import json.encoder as json_encoder
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..findings import CODES, Finding, Location, Severity
from ..result import ClaimRecord, Result, SourceRecord, Verdict

__all__ = [
    "INFO_LIMIT",
    "SCORECARD_HEADER",
    "SECTION_ORDER",
    "SECTION_TITLES",
    "VERDICT_ORDER",
    "DiffPart",
    "Involved",
    "as_of",
    "claim_label",
    "code_title",
    "dump_json",
    "finding_line",
    "findings_by_section",
    "gap_groups",
    "has_changes",
    "involved",
    "parse_diff",
    "plural",
    "safe_url",
    "scorecard_numbers",
    "section_of",
    "shown_findings",
    "source_finding_counts",
    "source_verdict_counts",
    "summary_counts",
    "summary_line",
    "terminal_safe",
    "verdict_sentence",
]

# The order verdicts are listed in summaries: the good news first, the invalid last.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.SUPPORTED,
    Verdict.REFUTED,
    Verdict.DISPUTED,
    Verdict.UNDETERMINED,
    Verdict.UNVERIFIABLE,
    Verdict.INVALID,
)

# At most this many info findings are shown in the Markdown and HTML reports; errors and
# warnings are always shown in full. consistency.json always holds every finding.
INFO_LIMIT = 500

_SECTION_OF_CODE: dict[str, str] = {
    "X301": "contradictions",
    "X303": "contradictions",
    "X302": "differences",
    "D201": "refuted",
    "D205": "disputed",
    "Q401": "quotes",
    "Q402": "quotes",
    "Q403": "quotes",
    "D207": "quotes",
    "D203": "gaps",
}

SECTION_ORDER: tuple[str, ...] = (
    "contradictions",
    "differences",
    "refuted",
    "disputed",
    "quotes",
    "other",
    "acknowledged",
    "gaps",
)

SECTION_TITLES: dict[str, str] = {
    "contradictions": "Contradictions between sources",
    "differences": "Differences that can all be true",
    "refuted": "Refuted claims",
    "disputed": "Disputed",
    "quotes": "Quote variants",
    "other": "Other findings",
    "acknowledged": "Acknowledged",
    "gaps": "Gaps in the dataset",
}


def section_of(code: str) -> str:
    """The report section a finding of `code` belongs to ("other" for the rest)."""
    return _SECTION_OF_CODE.get(code, "other")


def plural(count: int, singular: str, many: str | None = None) -> str:
    word = singular if count == 1 else (many if many is not None else singular + "s")
    return f"{count} {word}"


def summary_counts(result: Result) -> str:
    """`3 files, 42 claims (30 supported, ...); 5 findings (1 error, ...), 2 acknowledged`."""
    verdicts = result.verdict_counts()
    verdict_text = ", ".join(f"{verdicts[v.value]} {v.value}" for v in VERDICT_ORDER)
    severities = result.severity_counts()
    severity_text = ", ".join(
        (
            plural(severities[Severity.ERROR.value], "error"),
            plural(severities[Severity.WARNING.value], "warning"),
            f"{severities[Severity.INFO.value]} info",
        )
    )
    acknowledged = sum(1 for f in result.findings if f.acknowledged)
    return (
        f"{plural(len(result.files), 'file')}, {plural(len(result.claims), 'claim')} "
        f"({verdict_text}); {plural(len(result.findings), 'finding')} ({severity_text}), "
        f"{acknowledged} acknowledged"
    )


def summary_line(result: Result) -> str:
    """The one summary line of the text and GitHub formats."""
    outcome = "pass" if result.passed else "fail"
    return f"factlint: {summary_counts(result)} \u2014 {outcome}"


def verdict_sentence(result: Result, passed: str, failed: str) -> str:
    """`FAIL: 4 unacknowledged findings at error or above.` with the words given for the
    outcome (plain, or marked up by the caller)."""
    level = result.fail_on.value
    if result.passed:
        return f"{passed}: no unacknowledged findings at {level} or above."
    count = len(result.failing)
    return f"{failed}: {plural(count, 'unacknowledged finding')} at {level} or above."


# Control characters (C0, DEL, C1) and the Unicode bidirectional overrides that can
# make a terminal or log viewer show something other than the text ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    named = _NAMED_ESCAPES.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` on one line, with control and bidi characters shown as escapes."""
    return _UNSAFE.sub(_escape_char, text)


def finding_line(finding: Finding) -> str:
    """`file:line:col: CODE severity source/claim: message [acknowledged: reason]`."""
    head = f"{finding.code} {finding.severity.value}"
    if finding.claims:
        head += f" {finding.claims[0]}"
    loc = finding.location
    line = f"{loc}: {head}: {finding.message}" if loc is not None else f"{head}: {finding.message}"
    if finding.acknowledged:
        line += f" [acknowledged: {finding.acknowledgement or ''}]"
    return terminal_safe(line)


@dataclass(frozen=True, slots=True)
class Involved:
    """One claim a finding concerns, with what the reports show about it."""

    full_id: str
    record: ClaimRecord | None
    location: Location | None

    @property
    def source_id(self) -> str:
        return self.record.source_id if self.record else self.full_id.partition("/")[0]


def involved(result: Result, finding: Finding) -> list[Involved]:
    """The claims of `finding`, each with its location.

    The finding's own locations are paired with its claims in order; a claim beyond
    them falls back to where its record says it is.
    """
    out: list[Involved] = []
    for index, full_id in enumerate(finding.claims):
        record = result.claim(full_id)
        location: Location | None
        if index < len(finding.locations):
            location = finding.locations[index]
        elif record is not None:
            location = Location(record.file, record.line, record.column)
        else:
            location = None
        out.append(Involved(full_id, record, location))
    return out


def as_of(record: ClaimRecord | None, sources: dict[str, SourceRecord]) -> str:
    """When the claim is meant to hold: its own as_of, else its source's publication."""
    if record is None:
        return ""
    if record.as_of:
        return record.as_of
    source = sources.get(record.source_id)
    return source.published if source else ""


def claim_label(result: Result, finding: Finding) -> tuple[str, str]:
    """(subject, property) of the first claim a finding concerns, for headings."""
    for full_id in finding.claims:
        record = result.claim(full_id)
        if record is not None:
            return record.subject, record.property
    return "", ""


def source_finding_counts(result: Result) -> dict[str, int]:
    """Findings per source id in one pass: those naming one of its claims, and those
    without claims located in its file."""
    by_file: dict[str, list[str]] = {}
    for source in result.sources:
        by_file.setdefault(source.file, []).append(source.id)
    counts = {source.id: 0 for source in result.sources}
    for finding in result.findings:
        touched: set[str] = set()
        if finding.claims:
            touched.update(full_id.partition("/")[0] for full_id in finding.claims)
        elif finding.location is not None:
            touched.update(by_file.get(finding.location.file, ()))
        for source_id in touched:
            if source_id in counts:
                counts[source_id] += 1
    return counts


def source_verdict_counts(result: Result) -> dict[str, dict[str, int]]:
    """Verdict counts per source id (every verdict present, zeros included), in one pass.

    `Result.verdict_counts(source_id)` scans every claim; called per source it would
    make a report over many sources quadratic.
    """
    counts: dict[str, dict[str, int]] = {}
    for claim in result.claims:
        per_source = counts.get(claim.source_id)
        if per_source is None:
            per_source = counts[claim.source_id] = {v.value: 0 for v in Verdict}
        per_source[claim.verdict.value] += 1
    for source in result.sources:
        counts.setdefault(source.id, {v.value: 0 for v in Verdict})
    return counts


SCORECARD_HEADER: tuple[str, ...] = (
    "Source",
    "Outlet",
    "Published",
    "Claims",
    *(v.value.capitalize() for v in VERDICT_ORDER),
    "Findings",
)


def scorecard_numbers(result: Result) -> dict[str, list[str]]:
    """Per source, the scorecard's number cells: claims, each verdict, findings."""
    verdicts = source_verdict_counts(result)
    findings = source_finding_counts(result)
    return {
        source.id: [
            str(sum(verdicts[source.id].values())),
            *(str(verdicts[source.id][v.value]) for v in VERDICT_ORDER),
            str(findings.get(source.id, 0)),
        ]
        for source in result.sources
    }


def findings_by_section(
    findings: Iterable[Finding],
) -> dict[str, list[Finding]]:
    """Findings grouped by report section, in their given order.

    Every acknowledged finding also appears in "acknowledged".
    """
    sections: dict[str, list[Finding]] = {name: [] for name in SECTION_ORDER}
    for finding in findings:
        sections[section_of(finding.code)].append(finding)
        if finding.acknowledged:
            sections["acknowledged"].append(finding)
    return sections


def gap_groups(
    result: Result, findings: Iterable[Finding]
) -> list[tuple[str, str, list[tuple[str, ClaimRecord | None]]]]:
    """D203 findings grouped by (subject, property), in order of first appearance.

    Each group is (subject, property, [(full id, record)]).
    """
    groups: dict[tuple[str, str], tuple[str, str, list[tuple[str, ClaimRecord | None]]]] = {}
    for finding in findings:
        for full_id in finding.claims or ("",):
            record = result.claim(full_id) if full_id else None
            if record is not None:
                key = (record.subject_id or record.subject, record.property)
                label = (record.subject, record.property)
            else:
                key = label = ("", "")
            group = groups.setdefault(key, (label[0], label[1], []))
            group[2].append((full_id, record))
    return list(groups.values())


DiffPart = tuple[str, str]  # (kind, text); kind is "same", "del" or "ins"

_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def parse_diff(diff: str) -> list[DiffPart]:
    """Split a word diff (`[-deleted-]`, `{+inserted+}`) into its parts."""
    parts: list[DiffPart] = []
    position = 0
    for match in _DIFF.finditer(diff):
        if match.start() > position:
            parts.append(("same", diff[position : match.start()]))
        if match.group(1) is not None:
            parts.append(("del", match.group(1)))
        else:
            parts.append(("ins", match.group(2)))
        position = match.end()
    if position < len(diff):
        parts.append(("same", diff[position:]))
    return parts


def has_changes(diff: str) -> bool:
    """Whether a word diff deletes or inserts anything (a punctuation variant's doesn't)."""
    return any(kind != "same" for kind, _ in parse_diff(diff))


def safe_url(url: str | None) -> str | None:
    """The url when it is an http(s) link, else None (never a javascript: or data: link)."""
    if url and url.startswith(("https://", "http://")) and not _UNSAFE.search(url):
        return url
    return None


def shown_findings(findings: Iterable[Finding], info_limit: int | None) -> Iterator[Finding]:
    """All errors and warnings, and the first `info_limit` info findings."""
    info_seen = 0
    for finding in findings:
        if finding.severity == Severity.INFO:
            info_seen += 1
            if info_limit is not None and info_seen > info_limit:
                continue
        yield finding


def code_title(code: str) -> str:
    info = CODES.get(code)
    return info.title if info else code


_encode_string = json_encoder.encode_basestring


def _scalar(value: object) -> str | None:
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return None


def _dump(value: object, pad: str, out: list[str]) -> None:
    """Append `value` at indentation `pad`; scalars inside containers take a fast path."""
    scalar = _scalar(value)
    if scalar is not None:
        out.append(scalar)
        return
    inner = pad + "  "
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        separator = "{\n" + inner
        for key, item in value.items():
            head = separator + _encode_string(key) + ": "
            separator = ",\n" + inner
            scalar = _scalar(item)
            if scalar is not None:
                out.append(head + scalar)
            else:
                out.append(head)
                _dump(item, inner, out)
        out.append("\n" + pad + "}")
        return
    if isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        separator = "[\n" + inner
        for item in value:
            scalar = _scalar(item)
            if scalar is not None:
                out.append(separator + scalar)
            else:
                out.append(separator)
                _dump(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + pad + "]")
        return
    # Anything else (a float, say): exactly what json.dumps writes for it.
    out.append(json.dumps(value, ensure_ascii=False))


def dump_json(value: object) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` plus a final newline, written
    several times faster (json.dumps falls back to pure Python when indenting).

    Keys keep their insertion order; keys must be strings.
    """
    out: list[str] = []
    _dump(value, "", out)
    out.append("\n")
    return "".join(out)
