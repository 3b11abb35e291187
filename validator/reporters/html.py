"""The HTML report (consistency.html): one self-contained page.

The page loads nothing: inline CSS only, no scripts, fonts, images or network requests
(its Content-Security-Policy forbids them), and reads the same printed, on a phone or
with scripts off. Every piece of claim, source and message text is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..findings import CODES, Finding, Location, Severity
from ..result import ClaimRecord, Result, SourceRecord, Verdict
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
    section_of,
    shown_findings,
    summary_counts,
    verdict_sentence,
)

__all__ = ["MATRIX_COLUMNS", "MATRIX_ROWS", "esc", "render_html"]

# The matrix shows at most this many subject/property rows (rows with problems first)
# and source columns; consistency.json has every claim.
MATRIX_ROWS = 300
MATRIX_COLUMNS = 60
# At most this many claims of one source in one matrix cell (a multi-valued property).
CELL_CLAIMS = 5

_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

# Characters HTML does not allow in text: C0 controls other than tab, newline and
# carriage return, DEL and C1 controls, and the noncharacters U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

_DOT = " \u00b7 "
_PROBLEM_VERDICTS = frozenset({Verdict.REFUTED, Verdict.DISPUTED})
_CONTRADICTIONS = frozenset({"X301", "X303"})
# The report sections whose findings explain why a matrix row has a problem.
_WHY_SECTIONS = frozenset({"contradictions", "refuted", "disputed"})

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


def esc(text: str | None) -> str:
    """`text` escaped for HTML text and quoted attributes; characters HTML forbids are
    replaced with U+FFFD. None becomes an empty string."""
    if not text:
        return ""
    return html.escape(_ILLEGAL.sub("\ufffd", text), quote=True)


def _or_dash(text: str | None) -> str:
    return esc(text) if text else "\u2014"


def _loc(location: Location | None) -> str:
    if location is None:
        return "\u2014"
    return f'<span class="loc">{esc(str(location))}</span>'


def _sev(severity: Severity) -> str:
    return f'<span class="sev sev-{severity.value}">{severity.value}</span>'


def _verdict(value: str, verdict: Verdict, where: str = "", extra: str = "") -> str:
    """A value coloured by its verdict, with the verdict also as text and title."""
    title = verdict.value + (f": {where}" if where else "")
    return (
        f'<span class="v v-{verdict.value}" title="{esc(title)}">{esc(value)}'
        f"<small>{verdict.value}</small>{extra}</span>"
    )


def _table(header: list[str], rows: list[list[str]], cls: str = "", numeric: int = 0) -> str:
    """A table in a horizontally scrolling box; the last `numeric` columns are numbers.
    Header and cells are HTML already."""
    first = len(header) - numeric
    head = "".join(f'<th scope="col">{h}</th>' for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{cell}</td>' if i >= first else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>\n"
        for row in rows
    )
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<div class="scroll"><table{attr}>\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}</tbody></table></div>\n"
    )


def _diff(diff: str) -> str:
    out: list[str] = []
    for kind, text in parse_diff(diff):
        if kind == "del":
            out.append(f"<del>{esc(text)}</del>")
        elif kind == "ins":
            out.append(f"<ins>{esc(text)}</ins>")
        else:
            out.append(esc(text))
    return "".join(out)


def _more(count: int, what: str = "finding") -> str:
    noun = what if count == 1 else what + "s"
    return (
        f'<p class="note">{count} more {noun} not shown here; '
        "consistency.json lists them all.</p>\n"
    )


def _description(code: str) -> str:
    info = CODES.get(code)
    return info.description if info else code


@dataclass
class _Row:
    subject: str
    property: str
    cells: dict[str, list[ClaimRecord]] = field(default_factory=dict)
    problem: bool = False


class _Renderer:
    def __init__(self, result: Result) -> None:
        self.result = result
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}

    # Pieces.

    def source_cell(self, entry: Involved) -> str:
        source = self.sources.get(entry.source_id)
        text = esc(entry.source_id)
        if source is not None:
            text += f'<div class="sub">{esc(source.outlet)}</div>'
        return text

    def value_cell(self, entry: Involved) -> str:
        if entry.record is None:
            return "\u2014"
        record = entry.record
        return _verdict(record.value, record.verdict)

    def claims_table(self, finding: Finding) -> str:
        rows = [
            [
                self.source_cell(entry),
                self.value_cell(entry),
                _or_dash(as_of(entry.record, self.sources)),
                _or_dash(entry.record.excerpt if entry.record else None),
                _loc(entry.location),
            ]
            for entry in involved(self.result, finding)
        ]
        return _table(["Source", "Value", "As of", "Excerpt", "Location"], rows)

    def ack(self, finding: Finding) -> str:
        if not finding.acknowledged:
            return ""
        return f' <span class="ack">acknowledged: {esc(finding.acknowledgement)}</span>'

    def message(self, finding: Finding) -> str:
        return esc(finding.message) + self.ack(finding)

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code] + [esc(p) for p in (subject, prop) if p]
        return f"<h3>{_DOT.join(parts)} {_sev(finding.severity)}</h3>\n"

    def claim_ids(self, finding: Finding) -> str:
        return "<br>".join(esc(c) for c in finding.claims) if finding.claims else "\u2014"

    def about(self, entry: Involved) -> str:
        if entry.record is None:
            return "\u2014"
        return f"{esc(entry.record.subject)} \u00b7 {esc(entry.record.property)}"

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
            diff = f.detail("diff")
            diff_html = f'<p class="diff">{_diff(diff)}</p>\n' if diff and has_changes(diff) else ""
            out.append(
                f'<article class="finding">\n{self.heading(f)}<p>{self.message(f)}</p>\n'
                f"{diff_html}{self.claims_table(f)}</article>\n"
            )
        return "".join(out)

    def refuted(self, findings: list[Finding]) -> str:
        rows: list[list[str]] = []
        for f in findings:
            for entry in involved(self.result, f):
                rows.append(
                    [
                        esc(entry.full_id) + self.ack(f),
                        self.about(entry),
                        self.value_cell(entry),
                        _or_dash(f.detail("dataset_value")),
                        _or_dash(f.detail("reference")),
                        _loc(entry.location),
                    ]
                )
        header = ["Claim", "About", "Claimed", "Dataset", "Reference", "Location"]
        return _table(header, rows)

    def disputed(self, findings: list[Finding]) -> str:
        rows: list[list[str]] = []
        for f in findings:
            for entry in involved(self.result, f):
                rows.append(
                    [
                        esc(entry.full_id),
                        self.about(entry),
                        self.value_cell(entry),
                        _or_dash(entry.record.excerpt if entry.record else None),
                        self.message(f),
                        _loc(entry.location),
                    ]
                )
        return _table(["Claim", "About", "Value", "Excerpt", "Message", "Location"], rows)

    def other(self, findings: list[Finding]) -> str:
        rows = [
            [f.code, _sev(f.severity), self.claim_ids(f), self.message(f), _loc(f.location)]
            for f in findings
        ]
        return _table(["Code", "Severity", "Claim", "Message", "Location"], rows)

    def acknowledged(self, findings: list[Finding]) -> str:
        rows = [
            [f.code, self.claim_ids(f), _or_dash(f.acknowledgement), _loc(f.location)]
            for f in findings
        ]
        return _table(["Code", "Claim", "Reason", "Location"], rows)

    def gaps(self, findings: list[Finding]) -> str:
        rows: list[list[str]] = []
        for subject, prop, claims in gap_groups(self.result, findings):
            values = "<br>".join(
                f"{_or_dash(record.value if record else None)} "
                f'<span class="sub">{esc(full_id)}</span>'
                for full_id, record in claims
            )
            rows.append([_or_dash(subject), _or_dash(prop), str(len(claims)), values])
        return "<p>The dataset has nothing to check these claims against.</p>\n" + _table(
            ["Subject", "Property", "Claims", "Values"], rows
        )

    def scorecard(self) -> str:
        numbers = scorecard_numbers(self.result)
        rows: list[list[str]] = []
        for source in self.result.sources:
            url = safe_url(source.url)
            name = esc(source.id)
            if url is not None:
                name = f'<a href="{esc(url)}" rel="noopener noreferrer">{name}</a>'
            name += f'<div class="sub">{esc(source.title)}</div>'
            rows.append(
                [name, _or_dash(source.outlet), _or_dash(source.published), *numbers[source.id]]
            )
        header = list(SCORECARD_HEADER)
        return _table(header, rows, numeric=len(VERDICT_ORDER) + 2)

    def why(self, row: _Row, explained: dict[str, list[int]]) -> str:
        """What the findings behind a problem row say, one line per code, each linked to
        the section that explains them in full."""
        numbers = sorted(
            {
                n
                for claims in row.cells.values()
                for c in claims
                for n in explained.get(c.full_id, ())
            }
        )
        codes: dict[str, bool] = {}  # code: whether all its findings are acknowledged
        for n in numbers:
            f = self.result.findings[n]
            codes[f.code] = codes.get(f.code, True) and f.acknowledged
        return "<br>".join(
            f'<a href="#{section_of(code)}">{code}</a> {esc(_description(code))}'
            + (' <span class="ack">acknowledged</span>' if acknowledged else "")
            for code, acknowledged in codes.items()
        )

    def matrix(self) -> str:
        contradicted: set[str] = set()
        explained: dict[str, list[int]] = {}
        for n, f in enumerate(self.result.findings):
            if f.code in _CONTRADICTIONS:
                contradicted.update(f.claims)
            if section_of(f.code) in _WHY_SECTIONS:
                for claim_id in f.claims:
                    explained.setdefault(claim_id, []).append(n)
        rows: dict[tuple[str, str], _Row] = {}
        for claim in self.result.claims:
            key = (claim.subject_id or claim.subject, claim.property)
            row = rows.get(key)
            if row is None:
                row = rows[key] = _Row(claim.subject, claim.property)
            row.cells.setdefault(claim.source_id, []).append(claim)
            if claim.verdict in _PROBLEM_VERDICTS or claim.full_id in contradicted:
                row.problem = True
        if not rows:
            return ""
        ordered = sorted(
            rows.items(),
            key=lambda item: (not item[1].problem, item[1].subject.casefold(), item[0]),
        )
        shown = [row for _, row in ordered[:MATRIX_ROWS]]

        order = {s.id: i for i, s in enumerate(self.result.sources)}
        problem_sources: set[str] = set()
        all_sources: set[str] = set()
        for row in shown:
            all_sources.update(row.cells)
            if row.problem:
                problem_sources.update(row.cells)

        def rank(source_id: str) -> tuple[int, int, str]:
            return (source_id not in problem_sources, order.get(source_id, len(order)), source_id)

        columns = sorted(all_sources, key=rank)[:MATRIX_COLUMNS]
        columns.sort(key=lambda s: (order.get(s, len(order)), s))

        header = ["Subject \u00b7 property"]
        for source_id in columns:
            source = self.sources.get(source_id)
            label = esc(source_id)
            if source is not None:
                label += f'<div class="sub">{esc(source.published)}</div>'
            header.append(label)
        body: list[str] = []
        for row in shown:
            mark = ' class="problem"' if row.problem else ""
            flag = ' <span title="has a problem">\u26a0</span>' if row.problem else ""
            cells = [f'<th scope="row">{esc(row.subject)} \u00b7 {esc(row.property)}{flag}</th>']
            for source_id in columns:
                claims = row.cells.get(source_id, [])
                parts = [
                    _verdict(
                        c.value,
                        c.verdict,
                        f"{c.full_id} at {c.file}:{c.line}:{c.column}",
                        '<small class="x">contradicted</small>'
                        if c.full_id in contradicted
                        else "",
                    )
                    for c in claims[:CELL_CLAIMS]
                ]
                if len(claims) > CELL_CLAIMS:
                    parts.append(f'<span class="sub">+{len(claims) - CELL_CLAIMS} more</span>')
                cells.append(f"<td>{'<br>'.join(parts)}</td>")
            body.append(f"<tr{mark}>{''.join(cells)}</tr>\n")
            if row.problem:
                why = self.why(row, explained)
                if why:
                    body.append(
                        f'<tr class="why"><td colspan="{1 + len(columns)}"><div>{why}</div>'
                        "</td></tr>\n"
                    )
        head = "".join(f'<th scope="col">{h}</th>' for h in header)
        legend = "".join(
            f'<li><span class="v v-{v.value}">{v.value}</span></li>' for v in VERDICT_ORDER
        )
        out = [
            "<p>Each row is a subject and property, each column a source; every value is "
            "shown with its verdict. Rows with a refuted, disputed or contradicted claim "
            "come first, each with the findings that say why.</p>\n",
            f'<ul class="legend">{legend}</ul>\n',
            f'<div class="scroll"><table class="matrix">\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody>\n{''.join(body)}</tbody></table></div>\n",
        ]
        left_rows = len(rows) - len(shown)
        left_columns = len(all_sources) - len(columns)
        if left_rows or left_columns:
            parts = []
            if left_rows:
                parts.append(f"{left_rows} more {'row' if left_rows == 1 else 'rows'}")
            if left_columns:
                noun = "source" if left_columns == 1 else "sources"
                parts.append(f"{left_columns} more {noun}")
            out.append(
                f'<p class="note">{" and ".join(parts)} not shown here; the full per-claim '
                "list is in consistency.json.</p>\n"
            )
        return "".join(out)


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
    matrix = r.matrix()
    if matrix:
        sections.append(("matrix", "Matrix", matrix))
    for name in SECTION_ORDER:
        if not every[name]:
            continue
        entries = shown[name]
        body = bodies[name](entries) if entries else ""
        omitted = len(every[name]) - len(entries)
        if omitted:
            body += _more(omitted)
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
