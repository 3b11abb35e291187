"""The Markdown report (consistency.md), also fit for a GitHub Actions job summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from ..findings import Finding, Location
from ..result import ClaimRecord, Result, SourceRecord
from ._content import (
    INFO_LIMIT,
    SCORECARD_HEADER,
    SECTION_ORDER,
    SECTION_TITLES,
    VERDICT_ORDER,
    SourceCells,
    claim_label,
    findings_by_section,
    gap_groups,
    involved_claims,
    scorecard_numbers,
    shown_findings,
    summary_counts,
    verdict_sentence,
)
from ._text import (
    DiffPart,
    changed_diff,
    repeated_message,
    safe_url,
)

__all__ = ["md_escape", "render_markdown"]

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
# Block constructs that only count at the start of a line: headings, list items,
# setext underlines, ordered lists.
_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")
# A character md_escape would change: a control, a line break, or one that starts an
# entity or inline Markdown. Text with none of them and no white space at either end,
# which is most text, comes back as it is. (A bare character class: the regex engine
# scans for it far faster than for an alternation.)
_SPECIAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029&<>\\`*_\[\]|~$]")
# Characters that start inline Markdown anywhere (code, emphasis, strikethrough, links,
# table cells, math) get a backslash (any ASCII punctuation may have one). The backslash
# comes first, so that those added for the others are not doubled.
_INLINE_ESCAPES = tuple((char, "\\" + char) for char in "\\`*_[]|~$")


def md_escape(text: str | None, *, line_start: bool = False) -> str:
    """`text` as inert Markdown: on one line, with every formatting character escaped.

    `<`, `>` and `&` become entities, so no HTML or entity in claim text is ever
    interpreted; the characters that start code, emphasis, links, tables or math get a
    backslash; with `line_start` (text that begins a line), so do those that start a
    heading or a list. None and empty text become an em dash.
    """
    if not text:
        return "\u2014"
    if _SPECIAL.search(text) is None and not text[0].isspace() and not text[-1].isspace():
        return _escape_block_start(text) if line_start else text
    # Each step only when it has something to do: str.replace and `in` are many times
    # faster than a regex substitution over a long message.
    if not text.isprintable():  # every control character and line break is unprintable
        text = _NEWLINES.sub(" ", _CONTROL.sub("\ufffd", text))
    text = text.strip()
    if not text:
        return "\u2014"
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    for char, escaped in _INLINE_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return _escape_block_start(text) if line_start else text


def _escape_block_start(text: str) -> str:
    """`text` with a backslash before a heading or list marker it begins with."""
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    end = match.end()
    return text[:end] + "\\" + text[end:] if match.group(1)[0].isdigit() else "\\" + text


def _url(url: str) -> str:
    """A link destination that cannot break out of `(...)` or a table cell."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def _location(location: Location | None) -> str:
    return md_escape(str(location)) if location is not None else "\u2014"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[str], numeric: int = 0) -> list[str]:
    """A table of rows already written with `_row`; the last `numeric` columns are
    right-aligned."""
    align = ["---"] * (len(header) - numeric) + ["---:"] * numeric
    return [_row(header), _row(align), *rows]


_MARKS = {"same": "", "del": "~~", "ins": "**"}
_SPACES = re.compile(" {2,}")


def _diff(parts: list[DiffPart]) -> str:
    """A parsed word diff with deletions struck through and insertions in bold.

    The markers go inside any spaces around a changed run of words, since Markdown
    ignores `**` and `~~` next to a space.
    """
    out: list[str] = []
    for kind, text in parts:
        core = text.strip()
        line_start = not out
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        if not core:
            out.append(lead or trail)
            continue
        mark = _MARKS[kind]
        out.append(f"{lead}{mark}{md_escape(core, line_start=line_start)}{mark}{trail}")
    return _SPACES.sub(" ", "".join(out)).strip()


class _Escaped(dict[str | None, str]):
    """`md_escape` of each text (not at a line start), worked out once: source ids,
    outlets, subjects, properties, values, dates and excerpts repeat across many rows."""

    def __missing__(self, text: str | None) -> str:
        escaped = self[text] = md_escape(text)
        return escaped


_CLAIMS_HEAD = _table(["Source", "Value", "As of", "Excerpt", "Location"], [])


class _Renderer(SourceCells):
    def __init__(self, result: Result, max_rows: int | None) -> None:
        self.result = result
        self.max_rows = max_rows
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}
        # A claim without an as_of holds as of its source's publication.
        self.published = {s.id: s.published for s in result.sources}
        self.esc = _Escaped()
        self.source_cells: dict[str, str] = {}

    def with_outlet(self, escaped_outlet: str) -> str:
        return f" ({escaped_outlet})"

    def claims_table(self, finding: Finding) -> list[str]:
        # The hottest loop of the report (a contradiction can involve hundreds of
        # claims): each row is one f-string from remembered pieces, with no method
        # call but for a source or location not seen before.
        esc = self.esc
        source_cells = self.source_cells
        published = self.published
        rows = list(_CLAIMS_HEAD)
        for full_id, record, location in involved_claims(self.result, finding):
            where = md_escape(str(location)) if location is not None else "\u2014"
            if record is None:
                cell = self.source_cell(full_id, None)
                rows.append(f"| {cell} | \u2014 | \u2014 | \u2014 | {where} |")
                continue
            source = source_cells.get(record.source_id) or self.source_cell(full_id, record)
            when = record.as_of or published.get(record.source_id, "")
            rows.append(
                f"| {source} | {esc[record.value]} | {esc[when]} | {esc[record.excerpt]} "
                f"| {where} |"
            )
        return rows

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code]
        if subject:
            parts.append(self.esc[subject])
        if prop:
            parts.append(self.esc[prop])
        return "### " + " \u00b7 ".join(parts)

    def message(self, finding: Finding, *, line_start: bool = False, repeated: bool = False) -> str:
        """The message, or with `repeated` its `repeated_message`, and any acknowledgement."""
        raw = repeated_message(finding) if repeated else finding.message
        text = md_escape(raw, line_start=line_start)
        if finding.acknowledged:
            text += f" *(acknowledged: {self.esc[finding.acknowledgement]})*"
        return text

    def claim_cell(self, finding: Finding) -> str:
        if not finding.claims:
            return "\u2014"
        return ", ".join(md_escape(c) for c in finding.claims)

    def about(self, record: ClaimRecord | None) -> str:
        if record is None:
            return "\u2014"
        return f"{self.esc[record.subject]} \u00b7 {self.esc[record.property]}"

    # One method per section: each returns the section's body lines for `findings`.

    def contradictions(self, findings: list[Finding]) -> list[str]:
        out: list[str] = []
        for finding in findings:
            out += [self.heading(finding), "", self.message(finding, line_start=True), ""]
            out += self.claims_table(finding)
            out.append("")
        return out

    differences = contradictions

    def quotes(self, findings: list[Finding]) -> list[str]:
        out: list[str] = []
        for finding in findings:
            out += [self.heading(finding), "", self.message(finding, line_start=True), ""]
            parts = changed_diff(finding.detail("diff"))
            if parts:
                out += [f"> {_diff(parts)}", ""]
            out += self.claims_table(finding)
            out.append("")
        return out

    def refuted(self, findings: list[Finding]) -> list[str]:
        esc = self.esc
        rows: list[str] = []
        for finding in findings:
            acknowledged = " (acknowledged)" if finding.acknowledged else ""
            dataset = esc[finding.detail("dataset_value")]
            reference = esc[finding.detail("reference")]
            for full_id, record, location in involved_claims(self.result, finding):
                value = esc[record.value if record is not None else None]
                rows.append(
                    f"| {md_escape(full_id)}{acknowledged} | {self.about(record)} | {value} "
                    f"| {dataset} | {reference} | {_location(location)} |"
                )
        header = ["Claim", "About", "Claimed", "Dataset", "Reference", "Location"]
        return [*_table(header, rows), ""]

    def disputed(self, findings: list[Finding]) -> list[str]:
        esc = self.esc
        rows: list[str] = []
        for finding in findings:
            message = self.message(finding)
            for number, (full_id, record, location) in enumerate(
                involved_claims(self.result, finding)
            ):
                if number == 1:  # the first row has the message whole
                    message = self.message(finding, repeated=True)
                if record is not None:
                    value, excerpt = esc[record.value], esc[record.excerpt]
                else:
                    value = excerpt = "\u2014"
                rows.append(
                    f"| {md_escape(full_id)} | {self.about(record)} | {value} | {excerpt} "
                    f"| {message} | {_location(location)} |"
                )
        header = ["Claim", "About", "Value", "Excerpt", "Message", "Location"]
        return [*_table(header, rows), ""]

    def other(self, findings: list[Finding]) -> list[str]:
        rows = [
            _row(
                [
                    f.code,
                    f.severity.value,
                    self.claim_cell(f),
                    self.message(f),
                    _location(f.location),
                ]
            )
            for f in findings
        ]
        return [*_table(["Code", "Severity", "Claim", "Message", "Location"], rows), ""]

    def acknowledged(self, findings: list[Finding]) -> list[str]:
        rows = [
            _row([f.code, self.claim_cell(f), self.esc[f.acknowledgement], _location(f.location)])
            for f in findings
        ]
        return [*_table(["Code", "Claim", "Reason", "Location"], rows), ""]

    def gaps(self, findings: list[Finding]) -> list[str]:
        esc = self.esc
        rows: list[str] = []
        for subject, prop, claims in gap_groups(self.result, findings):
            values = "<br>".join(
                f"{esc[record.value if record else None]} ({md_escape(full_id)})"
                for full_id, record in claims
            )
            rows.append(_row([esc[subject], esc[prop], str(len(claims)), values]))
        intro = "The dataset has nothing to check these claims against."
        return [intro, "", *_table(["Subject", "Property", "Claims", "Values"], rows), ""]

    def scorecard(self) -> list[str]:
        numbers = scorecard_numbers(self.result)
        sources = self.result.sources
        shown = sources if self.max_rows is None else sources[: self.max_rows]
        rows: list[str] = []
        for source in shown:
            name = md_escape(source.id)
            url = safe_url(source.url)
            if url is not None:
                name = f"[{name}]({_url(url)})"
            rows.append(
                _row(
                    [
                        name,
                        self.esc[source.outlet],
                        self.esc[source.published],
                        *numbers[source.id],
                    ]
                )
            )
        header = list(SCORECARD_HEADER)
        out = ["## Scorecard", "", *_table(header, rows, numeric=len(VERDICT_ORDER) + 2), ""]
        if len(shown) < len(sources):
            out += [_more(len(sources) - len(shown), "source"), ""]
        return out


def _more(count: int, what: str = "finding") -> str:
    noun = what if count == 1 else what + "s"
    return f"*{count} more {noun} not shown here; consistency.json lists them all.*"


def render_markdown(result: Result, *, max_rows: int | None = None) -> str:
    """The consistency report as GitHub-flavoured Markdown.

    Sections: the verdict line, a scorecard per source, then (each only when not
    empty) contradictions, differences that can all be true, refuted claims, disputed
    claims, quote variants, other findings, acknowledged findings and the dataset's
    gaps. All claim text is escaped. Errors and warnings are always listed in full;
    info findings are capped at `INFO_LIMIT`, with a count of the rest.

    `max_rows` caps every section (and the scorecard) at that many entries, for places
    with a size limit such as a GitHub job summary (1 MiB); consistency.json always
    has everything.
    """
    r = _Renderer(result, max_rows)
    title = "# factlint report"
    if result.dataset is not None:
        title += f": {md_escape(result.dataset.title)}"
    lines = [
        title,
        "",
        f"{verdict_sentence(result, '**PASS**', '**FAIL**')} {summary_counts(result)}.",
        "",
    ]
    meta: list[str] = []
    if result.dataset is not None:
        dataset = result.dataset
        text = f"Checked against the dataset {md_escape(dataset.id)}"
        if dataset.checked:
            text += f" (checked {md_escape(dataset.checked)})"
        meta.append(text)
    if result.tool_version:
        meta.append(f"factlint {md_escape(result.tool_version)}")
    if meta:
        lines += [", by ".join(meta) + ".", ""]
    lines += r.scorecard()

    every = findings_by_section(result.findings)
    shown = findings_by_section(shown_findings(result.findings, INFO_LIMIT))
    bodies: dict[str, Callable[[list[Finding]], list[str]]] = {
        "contradictions": r.contradictions,
        "differences": r.differences,
        "refuted": r.refuted,
        "disputed": r.disputed,
        "quotes": r.quotes,
        "other": r.other,
        "acknowledged": r.acknowledged,
        "gaps": r.gaps,
    }
    for name in SECTION_ORDER:
        entries = shown[name]
        if max_rows is not None:
            entries = entries[:max_rows]
        if not every[name]:
            continue
        lines += [f"## {SECTION_TITLES[name]}", ""]
        if entries:
            lines += bodies[name](entries)
        omitted = len(every[name]) - len(entries)
        if omitted:
            lines += [_more(omitted), ""]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
