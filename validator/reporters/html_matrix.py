"""The HTML report's matrix: subject/property rows against source columns, each value
coloured by its verdict (and the verdict written out, so colour is never the only cue)."""

from __future__ import annotations

from ..result import ClaimRecord, Result, SourceRecord
from ._content import VERDICT_ORDER, section_of
from ._html import description, esc
from ._matrix import Matrix, Row, build_matrix, row_codes

__all__ = ["CELL_CLAIMS", "render_matrix"]

# At most this many claims of one source in one matrix cell (a multi-valued property).
CELL_CLAIMS = 5

_INTRO = (
    "<p>Each row is a subject and property, each column a source; every value is "
    "shown with its verdict. Rows with a refuted, disputed or contradicted claim "
    "come first, each with the findings that say why.</p>\n"
)


class _MatrixHtml:
    def __init__(self, result: Result, matrix: Matrix, escaped: dict[str | None, str]) -> None:
        self.result = result
        self.matrix = matrix
        self.esc = escaped
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}

    def value(self, claim: ClaimRecord) -> str:
        """A claim's value coloured by its verdict, titled with where it is. Built from
        the remembered escapes of its parts: escaping works character by character, so
        the escape of a concatenation is the concatenation of the escapes."""
        verdict = claim.verdict.value
        esc_ = self.esc
        title = f"{verdict}: {esc(claim.full_id)} at {esc_[claim.file]}:{claim.line}:{claim.column}"
        contradicted = claim.full_id in self.matrix.contradicted
        extra = '<small class="x">contradicted</small>' if contradicted else ""
        return (
            f'<span class="v v-{verdict}" title="{title}">{esc_[claim.value]}'
            f"<small>{verdict}</small>{extra}</span>"
        )

    def why(self, row: Row) -> str:
        """What the findings behind a problem row say, one line per code, each linked to
        the section that explains them in full."""
        return "<br>".join(
            f'<a href="#{section_of(code)}">{code}</a> {esc(description(code))}'
            + (' <span class="ack">acknowledged</span>' if acknowledged else "")
            for code, acknowledged in row_codes(self.result, self.matrix, row).items()
        )

    def header(self) -> str:
        cells = ["Subject \u00b7 property"]
        for source_id in self.matrix.columns:
            source = self.sources.get(source_id)
            label = esc(source_id)
            if source is not None:
                label += f'<div class="sub">{esc(source.published)}</div>'
            cells.append(label)
        return "".join(f'<th scope="col">{h}</th>' for h in cells)

    def row(self, row: Row) -> str:
        columns = self.matrix.columns
        shown_columns = set(columns)
        by_source: dict[str, list[ClaimRecord]] = {}
        for claim in row.claims:
            if claim.source_id in shown_columns:
                by_source.setdefault(claim.source_id, []).append(claim)
        mark = ' class="problem"' if row.problem else ""
        flag = ' <span title="has a problem">\u26a0</span>' if row.problem else ""
        cells = [f'<th scope="row">{esc(row.subject)} \u00b7 {esc(row.property)}{flag}</th>']
        for source_id in columns:
            claims = by_source.get(source_id, [])
            parts = [self.value(c) for c in claims[:CELL_CLAIMS]]
            if len(claims) > CELL_CLAIMS:
                parts.append(f'<span class="sub">+{len(claims) - CELL_CLAIMS} more</span>')
            cells.append(f"<td>{'<br>'.join(parts)}</td>")
        out = f"<tr{mark}>{''.join(cells)}</tr>\n"
        if row.problem:
            why = self.why(row)
            if why:
                out += (
                    f'<tr class="why"><td colspan="{1 + len(columns)}"><div>{why}</div></td></tr>\n'
                )
        return out

    def left_out(self) -> str:
        left_rows, left_columns = self.matrix.left_rows, self.matrix.left_columns
        if not (left_rows or left_columns):
            return ""
        parts = []
        if left_rows:
            parts.append(f"{left_rows} more {'row' if left_rows == 1 else 'rows'}")
        if left_columns:
            parts.append(f"{left_columns} more {'source' if left_columns == 1 else 'sources'}")
        return (
            f'<p class="note">{" and ".join(parts)} not shown here; the full per-claim '
            "list is in consistency.json.</p>\n"
        )


def render_matrix(result: Result, escaped: dict[str | None, str]) -> str:
    """The matrix section's body, or "" when there are no claims. `escaped` is the
    page's remembered escapes."""
    matrix = build_matrix(result)
    if matrix is None:
        return ""
    html = _MatrixHtml(result, matrix, escaped)
    body = "".join(html.row(row) for row in matrix.rows)
    legend = "".join(
        f'<li><span class="v v-{v.value}">{v.value}</span></li>' for v in VERDICT_ORDER
    )
    return (
        f'{_INTRO}<ul class="legend">{legend}</ul>\n'
        f'<div class="scroll"><table class="matrix">\n<thead><tr>{html.header()}</tr></thead>\n'
        f"<tbody>\n{body}</tbody></table></div>\n{html.left_out()}"
    )
