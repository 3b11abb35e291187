"""Pure helpers the reporters share: counts, summary wording, sections, word diffs.

Nothing here does I/O or reads the clock; every function depends on its arguments only,
so the same `Result` always renders to the same text.
"""

from __future__ import annotations

import json
import json.encoder as json_encoder
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import attrgetter, itemgetter

from ..findings import CODES, Finding, Location, Severity
from ..result import ClaimRecord, Result, SourceRecord, Verdict

__all__ = [
    "INFO_LIMIT",
    "SCORECARD_HEADER",
    "SECTION_ORDER",
    "SECTION_TITLES",
    "TEXT_LIMIT",
    "VERDICT_ORDER",
    "DiffPart",
    "InvolvedClaim",
    "SourceCells",
    "acknowledged_count",
    "changed_diff",
    "claim_label",
    "code_title",
    "dump_json",
    "finding_line",
    "findings_by_section",
    "gap_groups",
    "involved_claims",
    "json_text",
    "parse_diff",
    "plural",
    "repeated_message",
    "safe_url",
    "scorecard_numbers",
    "section_of",
    "severity_counts",
    "shortened",
    "shown_findings",
    "source_finding_counts",
    "source_verdict_counts",
    "summary_counts",
    "summary_line",
    "tally",
    "terminal_safe",
    "verdict_counts",
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

# Getters for counting in C (see source_verdict_counts).
_SOURCE_ID = attrgetter("source_id")
_VERDICT = attrgetter("verdict")
_ACKNOWLEDGED = attrgetter("acknowledged")
_FIRST = itemgetter(0)

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


def tally(result: Result) -> None:
    """Work out the counts every report shows. Each is worked out once per run and
    remembered by the Result (see `Result.derived`); done before the report processes
    fork, it is done once for all of them."""
    verdict_counts(result)
    severity_counts(result)
    source_verdict_counts(result)
    source_finding_counts(result)


def verdict_counts(result: Result) -> dict[str, int]:
    """`result.verdict_counts()`, counted once however many reports show it."""
    return dict(result.derived("verdict_counts", Result.verdict_counts))


def severity_counts(result: Result) -> dict[str, int]:
    """`result.severity_counts()`, counted once however many reports show it."""
    return dict(result.derived("severity_counts", Result.severity_counts))


def acknowledged_count(result: Result) -> int:
    """How many findings are acknowledged (True counts as 1), summed in C."""
    return int(sum(map(_ACKNOWLEDGED, result.findings)))


def summary_counts(result: Result) -> str:
    """`3 files, 42 claims (30 supported, ...); 5 findings (1 error, ...), 2 acknowledged`."""
    verdicts = verdict_counts(result)
    verdict_text = ", ".join(f"{verdicts[v.value]} {v.value}" for v in VERDICT_ORDER)
    severities = severity_counts(result)
    severity_text = ", ".join(
        (
            plural(severities[Severity.ERROR.value], "error"),
            plural(severities[Severity.WARNING.value], "warning"),
            f"{severities[Severity.INFO.value]} info",
        )
    )
    acknowledged = acknowledged_count(result)
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


def finding_line(finding: Finding, *, limit: int | None = None, where: str = "") -> str:
    """`file:line:col: CODE severity source/claim: message [acknowledged: reason]`.

    With `limit`, a longer message is `shortened` to that many characters, the note
    saying `where` the rest is; the rest of the line is kept whole.
    """
    head = f"{finding.code} {finding.severity.value}"
    if finding.claims:
        head += f" {finding.claims[0]}"
    message = finding.message if limit is None else shortened(finding.message, limit, where)
    loc = finding.location
    line = f"{loc}: {head}: {message}" if loc is not None else f"{head}: {message}"
    if finding.acknowledged:
        line += f" [acknowledged: {finding.acknowledgement or ''}]"
    return terminal_safe(line)


# The most characters of a finding's message where a report writes it more than once: in
# the JUnit test case of every claim it names and the suite of every file it touches, and
# in every row of a disputed claim's table. A contradiction's message lists each of its
# claims (100 to 250 characters each), so written in full there a report grows with the
# square of the size of the largest contradiction: a 10,000-claim corpus gave 98 MB of
# JUnit XML, and 100,000 claims more memory than the machine had. The longest message of
# the shipped claims is 740 characters (a two-claim contradiction quoting both excerpts),
# so 1,000 keeps every message about two or three claims whole, and a test case a
# screenful in a CI viewer. It sets the size too: at 100,000 claims the JUnit XML is
# 105 MiB with 1,000 and 181 MiB with 2,000.
TEXT_LIMIT = 1_000

# How far back from the limit `shortened` looks for a space to cut at, rather than in
# the middle of a word (an excerpt, an id); with none that near, it cuts at the limit.
_WORD_SLACK = 80


def _omitted_note(count: int, where: str) -> str:
    return f"\u2026 ({count} more characters; {where})"


def shortened(text: str, limit: int, where: str) -> str:
    """`text` as it is when it has at most `limit` characters; else its beginning, cut at
    a space where one is near, then `… (N more characters; where)`, N counting every
    character of `text` left out. Either way at most `limit` characters, as long as
    `limit` leaves room for the note."""
    if len(text) <= limit:
        return text
    # What is left for the text once a space and the note are counted (the note's
    # count has at most as many digits as the whole length).
    room = max(limit - 1 - len(_omitted_note(len(text), where)), 0)
    cut = room
    if not text[cut].isspace():  # in the middle of a word: cut before it
        space = text.rfind(" ", max(cut - _WORD_SLACK, 0), cut)
        if space > 0:
            cut = space
    kept = text[:cut].rstrip()
    return f"{kept} {_omitted_note(len(text) - len(kept), where)}"


def repeated_message(finding: Finding) -> str:
    """A finding's message on the table rows of its claims after the first, where it is
    whole: `shortened` to `TEXT_LIMIT`, so a long one is not written once per claim."""
    first = finding.claims[0] if finding.claims else ""
    return shortened(finding.message, TEXT_LIMIT, f"the row of {first} above has it whole")


# (full id, record, location): one claim a finding concerns, with what the reports
# show about it; a plain tuple, as a report builds one per row of its tables.
InvolvedClaim = tuple[str, ClaimRecord | None, Location | None]


def involved_claims(result: Result, finding: Finding) -> list[InvolvedClaim]:
    """The claims of `finding`, each with its record and its location.

    The finding's own locations are paired with its claims in order; a claim beyond
    them falls back to where its record says it is.
    """
    claims = finding.claims
    locations = finding.locations
    if len(locations) >= len(claims):
        # Any locations beyond the claims are the finding's own, not a claim's.
        return list(zip(claims, map(result.claim, claims), locations, strict=False))
    out: list[InvolvedClaim] = []
    for index, full_id in enumerate(claims):
        record = result.claim(full_id)
        location: Location | None
        if index < len(locations):
            location = locations[index]
        elif record is not None:
            location = Location(record.file, record.line, record.column)
        else:
            location = None
        out.append((full_id, record, location))
    return out


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
    return dict(result.derived("source_finding_counts", _count_source_findings))


def _count_source_findings(result: Result) -> dict[str, int]:
    by_file: dict[str, list[str]] = {}
    for source in result.sources:
        by_file.setdefault(source.file, []).append(source.id)
    counts = {source.id: 0 for source in result.sources}
    for finding in result.findings:
        claims = finding.claims
        if len(claims) == 1:  # most findings: no set needed
            touched: Iterable[str] = (claims[0].partition("/")[0],)
        elif claims:
            # The source id before each claim's "/", collected in C: a contradiction
            # can name hundreds of claims.
            touched = set(map(_FIRST, map(str.partition, claims, repeat("/"))))
        elif finding.location is not None:
            touched = set(by_file.get(finding.location.file, ()))
        else:
            continue
        for source_id in touched:
            if source_id in counts:
                counts[source_id] += 1
    return counts


def source_verdict_counts(result: Result) -> dict[str, dict[str, int]]:
    """Verdict counts per source id (every verdict present, zeros included), in one pass.

    `Result.verdict_counts(source_id)` scans every claim; called per source it would
    make a report over many sources quadratic.
    """
    counted = result.derived("source_verdict_counts", _count_source_verdicts)
    return {source_id: dict(counts) for source_id, counts in counted.items()}


def _count_source_verdicts(result: Result) -> dict[str, dict[str, int]]:
    # Counter counts the (source, verdict) pairs in C; a verdict is a str enum, so it
    # finds its count under the plain value the dict is keyed by.
    claims = result.claims
    pairs = Counter(zip(map(_SOURCE_ID, claims), map(_VERDICT, claims), strict=True))
    zeros = {v.value: 0 for v in Verdict}
    counts: dict[str, dict[str, int]] = {}
    for (source_id, verdict), count in pairs.items():
        per_source = counts.get(source_id)
        if per_source is None:
            per_source = counts[source_id] = zeros.copy()
        per_source[verdict] += count
    for source in result.sources:
        counts.setdefault(source.id, zeros.copy())
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


def changed_diff(diff: str | None) -> list[DiffPart]:
    """The parts of a word diff that deletes or inserts something, parsed once; none for
    no diff or one that only changes punctuation."""
    if not diff:
        return []
    parts = parse_diff(diff)
    return parts if any(kind != "same" for kind, _ in parts) else []


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


class SourceCells:
    """The source column of a claims table, the same for all of a source's rows: each
    source's cell is made once. A renderer sets `sources`, `source_cells` and `esc`, and
    says how the outlet follows the id."""

    sources: dict[str, SourceRecord]
    source_cells: dict[str, str]
    esc: dict[str | None, str]

    def with_outlet(self, escaped_outlet: str) -> str:
        raise NotImplementedError

    def source_cell(self, full_id: str, record: ClaimRecord | None) -> str:
        source_id = record.source_id if record is not None else full_id.partition("/")[0]
        cell = self.source_cells.get(source_id)
        if cell is None:
            cell = self.esc[source_id]
            source = self.sources.get(source_id)
            if source is not None:
                cell += self.with_outlet(self.esc[source.outlet])
            self.source_cells[source_id] = cell
        return cell


def code_title(code: str) -> str:
    info = CODES.get(code)
    return info.title if info else code


# json.dumps only uses its C encoder without `indent`; with it, it falls back to pure
# Python, which on a 100,000-claim report takes seconds. A container whose items are
# all plain scalars is written by the C encoder instead, its item separator carrying
# the newline and indentation: an encoded string never holds a raw newline, so this
# gives exactly the indented text.
_encode_string = json_encoder.encode_basestring
_FLAT_TYPES = frozenset({str, int, float, bool, type(None)})
_SCALAR_ENCODER = json.JSONEncoder(ensure_ascii=False)
_flat_encoders: dict[str, json.JSONEncoder] = {}


def _flat_encoder(inner: str) -> json.JSONEncoder:
    """The C encoder that separates items with a newline and `inner` indentation."""
    encoder = _flat_encoders.get(inner)
    if encoder is None:
        encoder = _flat_encoders[inner] = json.JSONEncoder(
            ensure_ascii=False, separators=(",\n" + inner, ": ")
        )
    return encoder


def _dump(value: object, pad: str, out: list[str]) -> None:
    """Append `value` at indentation `pad`."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        if all(type(item) in _FLAT_TYPES for item in value.values()):
            body = _flat_encoder(inner).encode(value)
            out.append("{\n" + inner + body[1:-1] + "\n" + pad + "}")
            return
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(separator + _encode_string(key) + ": ")
            separator = ",\n" + inner
            _dump(item, inner, out)
        out.append("\n" + pad + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        if all(type(item) in _FLAT_TYPES for item in value):
            body = _flat_encoder(inner).encode(value)
            out.append("[\n" + inner + body[1:-1] + "\n" + pad + "]")
            return
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            separator = ",\n" + inner
            _dump(item, inner, out)
        out.append("\n" + pad + "]")
    else:
        # A scalar (a str or int subclass too): exactly what json.dumps writes for it.
        out.append(_SCALAR_ENCODER.encode(value))


def json_text(value: object, pad: str = "") -> str:
    """`value` as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, as if
    nested at indentation `pad` (its inner lines indented from there), with no final
    newline. Keys keep their insertion order; keys must be strings."""
    out: list[str] = []
    _dump(value, pad, out)
    return "".join(out)


def dump_json(value: object) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` plus a final newline, written
    many times faster. Keys keep their insertion order; keys must be strings."""
    return json_text(value) + "\n"
