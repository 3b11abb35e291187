"""The HTML report's style sheet, inline in the page (it loads nothing).

Wide screens get tables; at 40rem and below (a phone, or a 400 px window) each table
row becomes a card of "Header: value" lines, the headers written by the style sheet
from the tables' own headers, so the page never scrolls sideways. The matrix keeps its
grid, scrolling inside its box with the row labels held in view; on a wide screen the
box is at most 85% of the window high, so its sideways scroll bar is in reach and its
column headers are held in view too (on a phone a swipe scrolls it sideways, and a box
within the page would trap the thumb). A word too long for any line breaks where the
line ends, and a table cell is at most 40rem wide, so that one such word cannot push a
table's other columns out of view. A link to a claim in the matrix stops short of the
held headers and labels (`scroll-margin`).
"""

from __future__ import annotations

from ._html import HEADERS

__all__ = ["STYLE"]

_CSS = """\
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa}
*{box-sizing:border-box}
body{margin:0 auto;max-width:80rem;padding:1rem;color:var(--fg);background:#fff;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
overflow-wrap:break-word}
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
th,td{max-width:40rem;padding:.3rem .5rem;border:1px solid var(--line);text-align:left;
vertical-align:top}
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
.v{display:inline-block;max-width:100%;margin:.1rem 0;padding:.1rem .35rem;border:1px solid;
border-radius:4px}
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
.matrix thead th{position:sticky;top:0;z-index:2;border-top-width:1px}
.scroll.grid{max-height:85vh;overflow:auto}
.matrix tr>:first-child{position:sticky;left:0;z-index:1;min-width:13rem;max-width:16rem}
.matrix thead th:first-child{z-index:3}
.matrix td{min-width:11rem}
.matrix .v[id]{scroll-margin:5rem 0 0 17rem}
.matrix th[scope=row] .sub{display:block}
.matrix th[scope=row]{background:var(--head)}
.matrix tr.problem th[scope=row],.matrix tr.why td{border-left:4px solid #cf222e}
.matrix tr.invalid th[scope=row],.matrix tr.invalid+tr.why td{border-left:4px solid #8250df}
.matrix tr:has(+tr.why)>*{border-bottom-width:0}
.matrix tr.why td{position:static;padding-top:0;font-size:.85rem;color:var(--muted)}
.matrix tr.why div{position:sticky;left:.5rem;max-width:calc(100vw - 3rem)}
.legend{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:.5rem 0;padding:0;
list-style:none}
.legend .bar{display:inline-block;width:4px;height:1.2em;margin-right:.35rem;vertical-align:middle}
.bar.problem{background:#cf222e}
.bar.invalid{background:#8250df}
.paper{display:none}
summary{cursor:pointer;color:#0969da}
:target{outline:2px solid #bf8700;outline-offset:1px}
@media (max-width:40rem){body{padding:.5rem;font-size:14px}th,td{padding:.2rem .3rem}
h1,h2,h3,p,.stack td{overflow-wrap:anywhere}
.loc{white-space:normal}
.matrix tr>:first-child{min-width:7.5rem;max-width:9rem}
.matrix .v[id]{scroll-margin-left:10rem}
.scroll.grid{max-height:none}
.t-codes tr>:nth-child(3){display:none}
.stack,.stack tbody,.stack tr,.stack td{display:block}
.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.stack tr{margin:0 0 .5rem;border:1px solid var(--line);border-radius:6px;padding:.25rem .5rem}
.stack td{border:0;padding:.1rem 0}
.stack td.n{display:inline-block;margin-right:1rem;text-align:left}
.stack td::before{font-weight:600;color:var(--muted)}
%(labels)s}
@media print{
body{max-width:none;padding:0;font-size:10pt}
nav{display:none}
.scroll,.scroll.grid{max-height:none;overflow:visible}
.matrix td{min-width:0}
.paper{display:block}
a{color:inherit;text-decoration:none}
tr,.finding{break-inside:avoid}
h2,h3{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def _labels() -> str:
    """The narrow layout's label before each cell: its column's header."""
    return "".join(
        f'.stack.t-{kind} td:nth-child({n})::before{{content:"{name}: "}}\n'
        for kind, header in HEADERS.items()
        for n, name in enumerate(header, start=1)
    )


STYLE = _CSS.replace("%(labels)s", _labels())
