"""The HTML report's matrix (html_matrix): what its legend says, and the note a printed
page gets when the matrix is wider than the page."""

from __future__ import annotations

from reporting_sample import sample_result

from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.report.html import render_html
from validator.report.html_matrix import PRINT_COLUMNS

from .test_html import _large


def _note(sources: int) -> str:
    return (
        '<p class="note paper">Printed, the sources that do not fit across the page are cut '
        f"off at its right edge; on screen the matrix scrolls sideways to all {sources}.</p>\n"
    )


def test_legend_says_what_the_marks_mean() -> None:
    text = render_html(sample_result())
    assert (
        '<ul class="legend"><li><span class="bar problem"></span>\u26a0 a row with a refuted, '
        'disputed or contradicted claim</li><li><span class="bar invalid"></span>a row with a '
        'claim that could not be checked</li><li><small class="x">CONTRADICTED</small> another '
        "source says otherwise</li></ul>\n"
    ) in text


def test_a_matrix_as_wide_as_a_page_gets_no_note() -> None:
    text = render_html(_large(rows=PRINT_COLUMNS, sources=PRINT_COLUMNS, info=0))
    assert 'class="note paper"' not in text


def test_a_wider_matrix_says_on_paper_that_it_is_cut_off() -> None:
    sources = PRINT_COLUMNS + 1
    text = render_html(_large(rows=sources, sources=sources, info=0))
    assert text.count('class="note paper"') == 1
    # after the legend, before the table
    assert f'</ul>\n{_note(sources)}<div class="scroll grid"><table class="matrix">' in text


def test_the_note_shows_only_in_print() -> None:
    text = render_html(sample_result())
    screen, printed = text.split("@media print{")
    assert ".paper{display:none}\n" in screen
    assert ".paper{display:block}\n" in printed


def test_a_row_without_a_property_or_subject_names_it_by_a_dash() -> None:
    """A claim whose `property` key was misspelt made the row "CALMER · ", which read as
    a label cut off."""
    records = (SourceRecord("s", "s.yaml", 1, "Outlet", "Title", "2022"),)
    claims = (
        ClaimRecord("s/a", "s", "a", "s.yaml", 3, 5, "CALMER", "", "Germany", Verdict.INVALID),
        ClaimRecord("s/b", "s", "b", "s.yaml", 4, 5, "", "sites", "87", Verdict.INVALID),
    )
    text = render_html(Result(findings=(), claims=claims, sources=records, files=("s.yaml",)))
    assert '<th scope="row">CALMER <span class="sub">\u00b7 \u2014</span></th>' in text
    assert '<th scope="row">\u2014 <span class="sub">\u00b7 sites</span></th>' in text
