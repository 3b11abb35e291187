"""The Markdown report's tables of the run as a whole (validator.report.markdown_tables)."""

from __future__ import annotations

from reporting_sample import empty_result, sample_result

from validator.report._markdown import MdEscaped
from validator.report.markdown import render_markdown
from validator.report.markdown_tables import codes_lines, scorecard_lines


def test_the_tables_are_the_reports() -> None:
    result = sample_result()
    text = render_markdown(result)
    scorecard = scorecard_lines(result, MdEscaped(None), None)
    codes = codes_lines(result)
    assert "\n".join([*scorecard, *codes]) in text
    assert scorecard[:2] == ["## Scorecard", ""]
    assert codes[:2] == ["## Findings by code", ""]


def test_rows_cut_are_counted() -> None:
    result = sample_result()
    cut = scorecard_lines(result, MdEscaped(None), 1)
    assert len(result.sources) == 3
    assert cut[-2:] == ["*2 more sources not shown here; consistency.json lists them all.*", ""]
    assert "\n".join(cut) in render_markdown(result, max_rows=1)


def test_no_findings_no_codes() -> None:
    assert codes_lines(empty_result()) == []
