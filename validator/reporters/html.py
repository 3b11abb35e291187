"""The HTML report (consistency.html): one self-contained page.

The page loads nothing: inline CSS only, no scripts, fonts, images or network requests
(its Content-Security-Policy forbids them), and reads the same printed, on a phone or
with scripts off. Every piece of claim, source and message text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable

from ..findings import Finding
from ..result import ClaimRecord, Result, SourceRecord, Verdict
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
from ._html import DOT, Escaped, diff, esc, loc, more, sev, table, tr, verdict_span
from ._matrix import MATRIX_COLUMNS, MATRIX_ROWS
from ._text import changed_diff, repeated_message, safe_url
from .html_matrix import render_matrix

__all__ = ["MATRIX_COLUMNS", "MATRIX_ROWS", "esc", "render_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_CSS = """\
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa}
*{box-sizing:border-box}
body{margin:0 auto;max-width:80rem;padding:1rem;color:var(--fg);background:#fff;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin-top:2rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
a{color:#0969da}
.verdict{font-size:1.05rem;padding:.5rem .75rem;border:1px solid;border-radius:6px}
.verdict.pass{background:#dafbe1;border-color:#1a7f37}
.verdict.fail{background:#ffebe9;border-color:#cf222e}
.meta,.note,.sub{color:var(--muted)}
.note{font-style:italic}
.sub{font-size:.85em}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0;padding:0;list-style:none}
.scroll{max-width:100%;overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{padding:.3rem .5rem;border:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--head)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.loc{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.sev{font-weight:600}
.sev-error{color:#cf222e}
.sev-warning{color:#9a6700}
.sev-info{color:#0969da}
.ack{display:inline-block;padding:0 .35rem;border:1px solid #6e7781;border-radius:4px;
font-size:.85em;color:#32383f;background:#f6f8fa}
.finding{margin:0 0 1.5rem}
.diff{padding:.5rem .75rem;border-left:4px solid var(--line);background:var(--head)}
del{color:#82071e;background:#ffebe9}
ins{color:#0f5323;background:#dafbe1}
.v{display:inline-block;margin:.1rem 0;padding:.1rem .35rem;border:1px solid;border-radius:4px}
.v small{display:block;font-size:.7rem;letter-spacing:.03em;text-transform:uppercase}
.v-supported{color:#0f5323;background:#dafbe1;border-color:#1a7f37}
.v-refuted{color:#82071e;background:#ffebe9;border-color:#cf222e}
.v-disputed{color:#762c00;background:#fff1e5;border-color:#bc4c00}
.v-undetermined{color:#4d2d00;background:#fff8c5;border-color:#9a6700}
.v-unverifiable{color:#32383f;background:#eaeef2;border-color:#6e7781}
.v-invalid{color:#512a97;background:#fbefff;border-color:#8250df}
.x{font-weight:700}
.matrix{border-collapse:separate;border-spacing:0}
.matrix th,.matrix td{border-width:0 1px 1px 0}
.matrix tr>:first-child{border-left-width:1px}
.matrix thead th{border-top-width:1px}
.matrix tr>:first-child{position:sticky;left:0;z-index:1;min-width:10rem;overflow-wrap:break-word}
.matrix th[scope=row]{background:var(--head)}
.matrix tr.problem th[scope=row],.matrix tr.why td{border-left:4px solid #cf222e}
.matrix tr.problem:has(+tr.why)>*{border-bottom-width:0}
.matrix tr.why td{position:static;padding-top:0;font-size:.85rem;color:var(--muted)}
.matrix tr.why div{position:sticky;left:.5rem;max-width:calc(100vw - 3rem)}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
@media (max-width:40rem){body{padding:.5rem;font-size:14px}th,td{padding:.2rem .3rem}
#scorecard td:first-child{min-width:10rem}
.matrix tr>:first-child{min-width:7rem;overflow-wrap:anywhere}}
@media print{
body{max-width:none;padding:0;font-size:10pt}
nav{display:none}
.scroll{overflow:visible}
a{color:inherit;text-decoration:none}
tr,.finding{break-inside:avoid}
h2,h3{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


class _Renderer(SourceCells):
    def __init__(self, result: Result) -> None:
        self.result = result
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}
        # A claim without an as_of holds as of its source's publication.
        self.published = {s.id: s.published for s in result.sources}
        self.esc = Escaped()
        self.dashed = Escaped(dash=True)
        self.source_cells: dict[str, str] = {}
        self.value_cells: dict[tuple[str, Verdict], str] = {}

    # Pieces.

    def dash(self, text: str | None) -> str:
        """`or_dash`, with the escape remembered."""
        return self.dashed[text]

    def with_outlet(self, escaped_outlet: str) -> str:
        return f'<div class="sub">{escaped_outlet}</div>'

    def value_cell(self, record: ClaimRecord | None) -> str:
        if record is None:
            return "\u2014"
        key = (record.value, record.verdict)
        cell = self.value_cells.get(key)
        if cell is None:
            cell = self.value_cells[key] = verdict_span(record.value, record.verdict)
        return cell

    def claims_table(self, finding: Finding) -> str:
        # The hottest loop of the report (a contradiction can involve hundreds of
        # claims): each row is one f-string from remembered pieces, with no method
        # call but for a source, value or location not seen before.
        dashed = self.dashed
        source_cells = self.source_cells
        value_cells = self.value_cells
        published = self.published
        rows: list[str] = []
        for full_id, record, location in involved_claims(self.result, finding):
            where = (
                f'<span class="loc">{esc(str(location))}</span>'
                if location is not None
                else "\u2014"
            )
            if record is None:
                source = self.source_cell(full_id, None)
                rows.append(
                    f"<tr><td>{source}</td><td>\u2014</td><td>\u2014</td><td>\u2014</td>"
                    f"<td>{where}</td></tr>\n"
                )
                continue
            source = source_cells.get(record.source_id) or self.source_cell(full_id, record)
            value = value_cells.get((record.value, record.verdict)) or self.value_cell(record)
            when = record.as_of or published.get(record.source_id, "")
            rows.append(
                f"<tr><td>{source}</td><td>{value}</td><td>{dashed[when]}</td>"
                f"<td>{dashed[record.excerpt]}</td><td>{where}</td></tr>\n"
            )
        return table(["Source", "Value", "As of", "Excerpt", "Location"], rows)

    def ack(self, finding: Finding) -> str:
        if not finding.acknowledged:
            return ""
        return f' <span class="ack">acknowledged: {self.esc[finding.acknowledgement]}</span>'

    def message(self, finding: Finding, *, repeated: bool = False) -> str:
        """The message, or with `repeated` its `repeated_message`, and any acknowledgement."""
        raw = repeated_message(finding) if repeated else finding.message
        return esc(raw) + self.ack(finding)

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code] + [self.esc[p] for p in (subject, prop) if p]
        return f"<h3>{DOT.join(parts)} {sev(finding.severity)}</h3>\n"

    def claim_ids(self, finding: Finding) -> str:
        return "<br>".join(esc(c) for c in finding.claims) if finding.claims else "\u2014"

    def about(self, record: ClaimRecord | None) -> str:
        if record is None:
            return "\u2014"
        return f"{self.esc[record.subject]} \u00b7 {self.esc[record.property]}"

    # Sections: each renders its findings as HTML.

    def contradictions(self, findings: list[Finding]) -> str:
        return "".join(
            f'<article class="finding">\n{self.heading(f)}<p>{self.message(f)}</p>\n'
            f"{self.claims_table(f)}</article>\n"
            for f in findings
        )

    differences = contradictions

    def quotes(self, findings: list[Finding]) -> str:
        out: list[str] = []
        for f in findings:
            parts = changed_diff(f.detail("diff"))
            diff_html = f'<p class="diff">{diff(parts)}</p>\n' if parts else ""
            out.append(
                f'<article class="finding">\n{self.heading(f)}<p>{self.message(f)}</p>\n'
                f"{diff_html}{self.claims_table(f)}</article>\n"
            )
        return "".join(out)

    def refuted(self, findings: list[Finding]) -> str:
        rows: list[str] = []
        for f in findings:
            ack = self.ack(f)
            dataset = self.dash(f.detail("dataset_value"))
            reference = self.dash(f.detail("reference"))
            for full_id, record, location in involved_claims(self.result, f):
                rows.append(
                    f"<tr><td>{esc(full_id)}{ack}</td><td>{self.about(record)}</td>"
                    f"<td>{self.value_cell(record)}</td><td>{dataset}</td>"
                    f"<td>{reference}</td><td>{loc(location)}</td></tr>\n"
                )
        header = ["Claim", "About", "Claimed", "Dataset", "Reference", "Location"]
        return table(header, rows)

    def disputed(self, findings: list[Finding]) -> str:
        rows: list[str] = []
        for f in findings:
            message = self.message(f)
            for number, (full_id, record, location) in enumerate(involved_claims(self.result, f)):
                if number == 1:  # the first row has the message whole
                    message = self.message(f, repeated=True)
                excerpt = self.dash(record.excerpt) if record is not None else "\u2014"
                rows.append(
                    f"<tr><td>{esc(full_id)}</td><td>{self.about(record)}</td>"
                    f"<td>{self.value_cell(record)}</td><td>{excerpt}</td>"
                    f"<td>{message}</td><td>{loc(location)}</td></tr>\n"
                )
        return table(["Claim", "About", "Value", "Excerpt", "Message", "Location"], rows)

    def other(self, findings: list[Finding]) -> str:
        rows = [
            tr([f.code, sev(f.severity), self.claim_ids(f), self.message(f), loc(f.location)])
            for f in findings
        ]
        return table(["Code", "Severity", "Claim", "Message", "Location"], rows)

    def acknowledged(self, findings: list[Finding]) -> str:
        rows = [
            tr([f.code, self.claim_ids(f), self.dash(f.acknowledgement), loc(f.location)])
            for f in findings
        ]
        return table(["Code", "Claim", "Reason", "Location"], rows)

    def gaps(self, findings: list[Finding]) -> str:
        rows: list[str] = []
        for subject, prop, claims in gap_groups(self.result, findings):
            values = "<br>".join(
                f"{self.dash(record.value if record else None)} "
                f'<span class="sub">{esc(full_id)}</span>'
                for full_id, record in claims
            )
            rows.append(tr([self.dash(subject), self.dash(prop), str(len(claims)), values]))
        return "<p>The dataset has nothing to check these claims against.</p>\n" + table(
            ["Subject", "Property", "Claims", "Values"], rows
        )

    def scorecard(self) -> str:
        numbers = scorecard_numbers(self.result)
        rows: list[str] = []
        numeric = len(VERDICT_ORDER) + 2
        for source in self.result.sources:
            url = safe_url(source.url)
            name = esc(source.id)
            if url is not None:
                name = f'<a href="{esc(url)}" rel="noopener noreferrer">{name}</a>'
            name += f'<div class="sub">{esc(source.title)}</div>'
            cells = [name, self.dash(source.outlet), self.dash(source.published)]
            rows.append(tr([*cells, *numbers[source.id]], numeric))
        return table(list(SCORECARD_HEADER), rows)


def render_html(result: Result) -> str:
    """The consistency report as one self-contained HTML5 page.

    The same sections as the Markdown report, plus a matrix of subject/property rows
    against source columns coloured by verdict (the verdict is also written out, so
    colour is never the only cue). Its size stays bounded on large corpora: the matrix
    shows at most `MATRIX_ROWS` rows and `MATRIX_COLUMNS` sources, and info findings
    are capped at `INFO_LIMIT`; errors and warnings are always shown in full.
    """
    r = _Renderer(result)
    title = "factlint report"
    if result.dataset is not None:
        title += f": {result.dataset.title}"
    outcome = "pass" if result.passed else "fail"
    verdict = verdict_sentence(result, "<strong>PASS</strong>", "<strong>FAIL</strong>")

    meta: list[str] = []
    if result.dataset is not None:
        dataset = result.dataset
        text = f"Checked against the dataset {esc(dataset.id)}"
        if dataset.checked:
            text += f" (checked {esc(dataset.checked)})"
        meta.append(text)
    if result.tool_version:
        meta.append(f"factlint {esc(result.tool_version)}")

    every = findings_by_section(result.findings)
    shown = findings_by_section(shown_findings(result.findings, INFO_LIMIT))
    bodies: dict[str, Callable[[list[Finding]], str]] = {
        "contradictions": r.contradictions,
        "differences": r.differences,
        "refuted": r.refuted,
        "disputed": r.disputed,
        "quotes": r.quotes,
        "other": r.other,
        "acknowledged": r.acknowledged,
        "gaps": r.gaps,
    }
    sections: list[tuple[str, str, str]] = [("scorecard", "Scorecard", r.scorecard())]
    matrix = render_matrix(result, r.esc)
    if matrix:
        sections.append(("matrix", "Matrix", matrix))
    for name in SECTION_ORDER:
        if not every[name]:
            continue
        entries = shown[name]
        body = bodies[name](entries) if entries else ""
        omitted = len(every[name]) - len(entries)
        if omitted:
            body += more(omitted)
        sections.append((name, SECTION_TITLES[name], body))

    nav = "".join(f'<li><a href="#{key}">{label}</a></li>' for key, label, _ in sections)
    main = "".join(
        f'<section id="{key}">\n<h2>{label}</h2>\n{body}</section>\n'
        for key, label, body in sections
    )
    meta_html = f'<p class="meta">{", by ".join(meta)}.</p>\n' if meta else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>\n{_CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{esc(title)}</h1>\n"
        f'<p class="verdict {outcome}">{verdict} {summary_counts(result)}.</p>\n'
        f"{meta_html}"
        f'<nav aria-label="Sections"><ul>{nav}</ul></nav>\n</header>\n'
        f"<main>\n{main}</main>\n</body>\n</html>\n"
    )
