"""The HTML report's tables of the run as a whole (validator.report.html_tables)."""

from __future__ import annotations

from reporting_sample import empty_result, sample_result

from validator.report._html import Escaped
from validator.report.html import render_html
from validator.report.html_tables import codes_table, scorecard_table


def test_the_tables_are_the_reports() -> None:
    result = sample_result()
    page = render_html(result)
    scorecard, codes = scorecard_table(result, Escaped(dash=True).__getitem__), codes_table(result)
    assert f'<section id="scorecard">\n<h2>Scorecard</h2>\n{scorecard}</section>' in page
    assert f'<section id="codes">\n<h2>Findings by code</h2>\n{codes}</section>' in page
    assert scorecard.count("<tr>") == len(result.sources) + 1  # and the head's


def test_no_findings_no_codes() -> None:
    assert codes_table(empty_result()) == ""
    assert '<section id="codes">' not in render_html(empty_result())
