"""The HTML report's matrix: subject/property rows against source columns, each value
coloured by its verdict (and the verdict written out, so colour is never the only cue)."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model.result import ClaimRecord, Result, SourceRecord

from ._content import VERDICT_ORDER, Anchors, claim_anchor, finding_anchor
from ._html import description, esc, esc_id, folded
from ._matrix import Matrix, Row, build_matrix, row_codes
from ._text import plural

__all__ = ["PRINT_COLUMNS", "matrix_pieces"]

# At most this many claims of one source in one matrix cell (a multi-valued property):
# the first `CELL_ITEMS` shown, the rest folded under "+N more".
CELL_CLAIMS = 50

# About as many source columns as a printed page (A4 or letter, upright) holds beside the
# row labels. Printed, a wider matrix is cut off at the page's edge, as a note says there
# (and only there: on screen the box scrolls).
PRINT_COLUMNS = 5

_INTRO = (
    "<p>Each row is a subject and property, each column a source; every value is "
    "shown with its verdict. Rows with a refuted, disputed or contradicted claim "
    "come first, then rows with claims that could not be checked, each with the "
    "findings that say why. A claim written the other way round (with an inverse "
    "property) is in its subject's row, its property named beside it.</p>\n"
)

# What the marks beside the verdicts mean: the colours of the rows' left edges and the
# word under a contradicted value.
_MARKS = (
    '<ul class="legend">'
    '<li><span class="bar problem"></span>\u26a0 a row with a refuted, disputed or '
    "contradicted claim</li>"
    '<li><span class="bar invalid"></span>a row with a claim that could not be checked</li>'
    '<li><small class="x">CONTRADICTED</small> another source says otherwise</li>'
    "</ul>\n"
)


def _paper_note(columns: int) -> str:
    """The printed page's note that sources beyond its edge are cut off ("" when the
    matrix is narrow enough to fit)."""
    if columns <= PRINT_COLUMNS:
        return ""
    return (
        '<p class="note paper">Printed, the sources that do not fit across the page are cut '
        f"off at its right edge; on screen the matrix scrolls sideways to all {columns}.</p>\n"
    )


def _breakable(escaped: str) -> str:
    """A property name that may wrap after its underscores, never inside a word."""
    return escaped.replace("_", "_<wbr>")


class _MatrixHtml:
    def __init__(
        self, result: Result, matrix: Matrix, escaped: dict[str | None, str], anchors: Anchors
    ) -> None:
        self.result = result
        self.matrix = matrix
        self.esc = escaped
        self.anchors = anchors
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}

    def value(self, claim: ClaimRecord) -> str:
        """A claim's value coloured by its verdict, titled with where it is, and the
        claim's anchor. Built from the remembered escapes of its parts: escaping works
        character by character, so the escape of a concatenation is the concatenation
        of the escapes."""
        verdict = claim.verdict.value
        esc_ = self.esc
        full_id = esc_id(claim.full_id)
        title = f"{verdict}: {full_id} at {esc_[claim.file]}:{claim.line}:{claim.column}"
        contradicted = claim.full_id in self.matrix.contradicted
        extra = '<small class="x">contradicted</small>' if contradicted else ""
        if claim.forward is None:
            shown = esc_[claim.value]
        else:  # in the declared direction, the other end is the subject as written
            shown = f"{esc_[claim.subject]} ({esc_[claim.property]})"
        anchor = ""
        if self.anchors.claim_first(claim.full_id):
            anchor = f' id="{esc(claim_anchor(claim.full_id))}"'
        return (
            f'<span class="v v-{verdict}"{anchor} title="{title}">{shown}'
            f"<small>{verdict}</small>{extra}</span>"
        )

    def cell(self, claims: list[ClaimRecord]) -> str:
        parts = [self.value(c) for c in claims[:CELL_CLAIMS]]
        cell = folded(parts) if parts else ""
        if len(claims) > CELL_CLAIMS:
            cell += (
                f'<span class="sub">+{len(claims) - CELL_CLAIMS:,} more in consistency.json</span>'
            )
        return cell

    def why(self, row: Row) -> str:
        """What the findings behind a row say, one line per code, each linked to the
        first of them."""
        return "<br>".join(
            f'<a href="#{finding_anchor(first)}">{code}</a> {esc(description(code))}'
            + (' <span class="ack">acknowledged</span>' if acknowledged else "")
            for code, (first, acknowledged) in row_codes(self.result, self.matrix, row).items()
        )

    def header(self) -> str:
        cells = ["Subject \u00b7 property"]
        for source_id in self.matrix.columns:
            source = self.sources.get(source_id)
            label = esc_id(source_id)
            if source is not None and source.published:  # none when the source is unusable
                label += f'<div class="sub">{esc(source.published)}</div>'
            cells.append(label)
        return "".join(f'<th scope="col">{h}</th>' for h in cells)

    def row(self, row: Row) -> Iterator[str]:
        """A row's text a cell at a time: sixty sources' cells of long values are
        megabytes."""
        columns = self.matrix.columns
        shown_columns = set(columns)
        by_source: dict[str, list[ClaimRecord]] = {}
        for claim in row.claims:
            if claim.source_id in shown_columns:
                by_source.setdefault(claim.source_id, []).append(claim)
        mark = ' class="problem"' if row.problem else ' class="invalid"' if row.invalid else ""
        flag = ' <span title="has a problem">\u26a0</span>' if row.problem else ""
        # A claim without a subject or property (a misspelt key) is named by a dash, as
        # an empty cell is: "CALMER · " read as a row cut off.
        prop = _breakable(esc(row.property)) if row.property else "\u2014"
        subject = self.esc[row.subject] if row.subject else "\u2014"
        label = f'{subject} <span class="sub">\u00b7 {prop}</span>'
        yield f'<tr{mark}><th scope="row">{label}{flag}</th>'
        for source_id in columns:
            yield f"<td>{self.cell(by_source.get(source_id, []))}</td>"
        yield "</tr>\n"
        if row.problem or row.invalid:
            why = self.why(row)
            if why:
                span = 1 + len(columns)
                yield f'<tr class="why"><td colspan="{span}"><div>{why}</div></td></tr>\n'

    def left_out(self) -> str:
        left_rows, left_columns = self.matrix.left_rows, self.matrix.left_columns
        if not (left_rows or left_columns):
            return ""
        parts = []
        if left_rows:
            parts.append(plural(left_rows, "more row"))
        if left_columns:
            parts.append(plural(left_columns, "more source"))
        return (
            f'<p class="note">{" and ".join(parts)} not shown here; the full per-claim '
            "list is in consistency.json.</p>\n"
        )


def matrix_pieces(
    result: Result, escaped: dict[str | None, str], anchors: Anchors
) -> Iterator[str] | None:
    """The matrix section's body a row at a time, or None when there are no claims:
    the matrix is bounded in rows, sources and claims a cell, but not in the length of
    the values it shows, and a row of long texts is megabytes. `escaped` is the page's
    remembered escapes, `anchors` what has an anchor on it already; the claims it shows
    are anchored as its rows are read."""
    matrix = build_matrix(result)
    if matrix is None:
        return None
    return _pieces(_MatrixHtml(result, matrix, escaped, anchors))


def _pieces(html: _MatrixHtml) -> Iterator[str]:
    legend = "".join(
        f'<li><span class="v v-{v.value}">{v.value}</span></li>' for v in VERDICT_ORDER
    )
    yield (
        f'{_INTRO}<ul class="legend">{legend}</ul>\n{_MARKS}{_paper_note(len(html.matrix.columns))}'
        '<div class="scroll grid">'
        f'<table class="matrix">\n<thead><tr>{html.header()}</tr></thead>\n<tbody>\n'
    )
    for row in html.matrix.rows:
        yield from html.row(row)
    yield f"</tbody></table></div>\n{html.left_out()}"
