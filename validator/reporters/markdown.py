"""The Markdown report (consistency.md), also fit for a GitHub Actions job summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from ..findings import Finding, Location
from ..result import Result, SourceRecord
from ._common import (
    INFO_LIMIT,
    SCORECARD_HEADER,
    SECTION_ORDER,
    SECTION_TITLES,
    VERDICT_ORDER,
    Involved,
    as_of,
    claim_label,
    findings_by_section,
    gap_groups,
    has_changes,
    involved,
    parse_diff,
    safe_url,
    scorecard_numbers,
    shown_findings,
    summary_counts,
    verdict_sentence,
)

__all__ = ["md_escape", "render_markdown"]

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
# Characters that start inline Markdown anywhere: code, emphasis, strikethrough,
# links, table cells, math. Escaped with a backslash (any ASCII punctuation may be).
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Block constructs that only count at the start of a line: headings, list items,
# setext underlines, ordered lists.
_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def md_escape(text: str | None, *, line_start: bool = False) -> str:
    """`text` as inert Markdown: on one line, with every formatting character escaped.

    `<`, `>` and `&` become entities, so no HTML or entity in claim text is ever
    interpreted; the characters that start code, emphasis, links, tables or math get a
    backslash; with `line_start` (text that begins a line), so do those that start a
    heading or a list. None and empty text become an em dash.
    """
    if not text:
        return "\u2014"
    text = _CONTROL.sub("\ufffd", text)
    text = _NEWLINES.sub(" ", text).strip()
    if not text:
        return "\u2014"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text) if line_start else None
    if match:
        end = match.end()
        text = text[:end] + "\\" + text[end:] if match.group(1)[0].isdigit() else "\\" + text
    return text


def _url(url: str) -> str:
    """A link destination that cannot break out of `(...)` or a table cell."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def _location(location: Location | None) -> str:
    return md_escape(str(location)) if location is not None else "\u2014"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]], numeric: int = 0) -> list[str]:
    """A table; the last `numeric` columns are right-aligned."""
    align = ["---"] * (len(header) - numeric) + ["---:"] * numeric
    return [_row(header), _row(align), *(_row(r) for r in rows)]


def _diff(diff: str) -> str:
    """The word diff with deletions struck through and insertions in bold.

    The markers go inside any spaces around a changed run of words, since Markdown
    ignores `**` and `~~` next to a space.
    """
    out: list[str] = []
    for kind, text in parse_diff(diff):
        core = text.strip()
        line_start = not out
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        if not core:
            out.append(lead or trail)
            continue
        mark = {"same": "", "del": "~~", "ins": "**"}[kind]
        out.append(f"{lead}{mark}{md_escape(core, line_start=line_start)}{mark}{trail}")
    return re.sub(" {2,}", " ", "".join(out)).strip()


class _Renderer:
    def __init__(self, result: Result, max_rows: int | None) -> None:
        self.result = result
        self.max_rows = max_rows
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}

    def source_cell(self, entry: Involved) -> str:
        source = self.sources.get(entry.source_id)
        text = md_escape(entry.source_id)
        if source is not None:
            text += f" ({md_escape(source.outlet)})"
        return text

    def claims_table(self, finding: Finding) -> list[str]:
        rows = [
            [
                self.source_cell(entry),
                md_escape(entry.record.value if entry.record else None),
                md_escape(as_of(entry.record, self.sources)),
                md_escape(entry.record.excerpt if entry.record else None),
                _location(entry.location),
            ]
            for entry in involved(self.result, finding)
        ]
        return _table(["Source", "Value", "As of", "Excerpt", "Location"], rows)

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code]
        if subject:
            parts.append(md_escape(subject))
        if prop:
            parts.append(md_escape(prop))
        return "### " + " \u00b7 ".join(parts)

    def message(self, finding: Finding, *, line_start: bool = False) -> str:
        text = md_escape(finding.message, line_start=line_start)
        if finding.acknowledged:
            text += f" *(acknowledged: {md_escape(finding.acknowledgement)})*"
        return text

    def claim_cell(self, finding: Finding) -> str:
        if not finding.claims:
            return "\u2014"
        return ", ".join(md_escape(c) for c in finding.claims)

    def about(self, entry: Involved) -> str:
        if entry.record is None:
            return "\u2014"
        return f"{md_escape(entry.record.subject)} \u00b7 {md_escape(entry.record.property)}"

    # One method per section: each returns the section's body lines for `findings`.

    def contradictions(self, findings: list[Finding]) -> list[str]:
        out: list[str] = []
        for finding in findings:
            out += [self.heading(finding), "", self.message(finding, line_start=True), ""]
            out += [*self.claims_table(finding), ""]
        return out

    differences = contradictions

    def quotes(self, findings: list[Finding]) -> list[str]:
        out: list[str] = []
        for finding in findings:
            out += [self.heading(finding), "", self.message(finding, line_start=True), ""]
            diff = finding.detail("diff")
            if diff and has_changes(diff):
                out += [f"> {_diff(diff)}", ""]
            out += [*self.claims_table(finding), ""]
        return out

    def refuted(self, findings: list[Finding]) -> list[str]:
        rows: list[list[str]] = []
        for finding in findings:
            for entry in involved(self.result, finding):
                claim = md_escape(entry.full_id)
                if finding.acknowledged:
                    claim += " (acknowledged)"
                rows.append(
                    [
                        claim,
                        self.about(entry),
                        md_escape(entry.record.value if entry.record else None),
                        md_escape(finding.detail("dataset_value")),
                        md_escape(finding.detail("reference")),
                        _location(entry.location),
                    ]
                )
        header = ["Claim", "About", "Claimed", "Dataset", "Reference", "Location"]
        return [*_table(header, rows), ""]

    def disputed(self, findings: list[Finding]) -> list[str]:
        rows: list[list[str]] = []
        for finding in findings:
            for entry in involved(self.result, finding):
                rows.append(
                    [
                        md_escape(entry.full_id),
                        self.about(entry),
                        md_escape(entry.record.value if entry.record else None),
                        md_escape(entry.record.excerpt if entry.record else None),
                        self.message(finding),
                        _location(entry.location),
                    ]
                )
        header = ["Claim", "About", "Value", "Excerpt", "Message", "Location"]
        return [*_table(header, rows), ""]

    def other(self, findings: list[Finding]) -> list[str]:
        rows = [
            [
                f.code,
                f.severity.value,
                self.claim_cell(f),
                self.message(f),
                _location(f.location),
            ]
            for f in findings
        ]
        return [*_table(["Code", "Severity", "Claim", "Message", "Location"], rows), ""]

    def acknowledged(self, findings: list[Finding]) -> list[str]:
        rows = [
            [f.code, self.claim_cell(f), md_escape(f.acknowledgement), _location(f.location)]
            for f in findings
        ]
        return [*_table(["Code", "Claim", "Reason", "Location"], rows), ""]

    def gaps(self, findings: list[Finding]) -> list[str]:
        rows: list[list[str]] = []
        for subject, prop, claims in gap_groups(self.result, findings):
            values = "<br>".join(
                f"{md_escape(record.value if record else None)} ({md_escape(full_id)})"
                for full_id, record in claims
            )
            rows.append([md_escape(subject), md_escape(prop), str(len(claims)), values])
        intro = "The dataset has nothing to check these claims against."
        return [intro, "", *_table(["Subject", "Property", "Claims", "Values"], rows), ""]

    def scorecard(self) -> list[str]:
        numbers = scorecard_numbers(self.result)
        sources = self.result.sources
        shown = sources if self.max_rows is None else sources[: self.max_rows]
        rows: list[list[str]] = []
        for source in shown:
            name = md_escape(source.id)
            url = safe_url(source.url)
            if url is not None:
                name = f"[{name}]({_url(url)})"
            rows.append(
                [name, md_escape(source.outlet), md_escape(source.published), *numbers[source.id]]
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
