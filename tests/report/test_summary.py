"""The job summary stays under GitHub's 1 MiB whatever the input (issue 16, scenario 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from broken_headers import MARKDOWN_SCORECARD, broken_header_result
from reporting_sample import LONG, MANY, contradiction, sample_result

import validator.report.summary as summary
from validator.model.findings import Location, make_finding
from validator.model.result import Result, SourceRecord
from validator.report import _markdown
from validator.report.markdown import markdown_pieces, render_markdown
from validator.report.summary import (
    CELL_LIMIT,
    GITHUB_SUMMARY_BYTES,
    SUMMARY_BYTES,
    render_job_summary,
)


def _flood() -> Result:
    """A contradiction of 2,000 claims with a 200,000-character message, and 3,000
    refuted claims each with a 2,000-character message."""
    big = contradiction(LONG)
    refuted = tuple(
        make_finding(
            "D201",
            f"claim {i:04d} " + "x" * 2_000,
            claims=(f"s/c{i:04d}",),
            locations=(Location("claims/s.yaml", i + 1, 1),),
        )
        for i in range(3_000)
    )
    return Result(findings=big.findings + refuted, claims=(), sources=(), files=())


def test_the_job_summary_stays_under_one_mebibyte_with_every_cell_capped() -> None:
    result = _flood()
    # The row cap alone does not cap a cell: the contradiction's message is whole.
    assert LONG in render_markdown(result, max_rows=50)
    text = render_job_summary(result)
    assert len(text.encode("utf-8")) <= SUMMARY_BYTES < 1_048_576
    assert LONG[:CELL_LIMIT] not in text
    # Every line is bounded: a cell holds at most CELL_LIMIT characters of its text
    # (a little more once escaped), a row a handful of cells.
    assert max(map(len, text.splitlines())) < 6 * (CELL_LIMIT + 200)
    # The claims table of the contradiction shows 50 of its 2,000 claims and says so.
    assert "| \u2026 1,950 more claims; consistency.md has it whole | | | | |" in text
    assert "consistency.md has it whole" in text


def test_the_job_summary_fits_beside_what_the_file_holds_already() -> None:
    """GitHub's 1 MiB is the file's, whatever wrote to it first: the summary kept under
    1,000,000 bytes of its own, and an earlier command's 100 KiB took the file over."""
    result = _flood()
    assert GITHUB_SUMMARY_BYTES == 1_048_576
    cut = (
        "\n*The summary stops here to stay under GitHub's size limit; "
        "consistency.md has everything.*\n"
    )
    whole = render_job_summary(result)
    room = GITHUB_SUMMARY_BYTES - len(whole.encode("utf-8"))
    assert render_job_summary(result, held=room) == whole
    for held in (room + 1, room + 5_000, GITHUB_SUMMARY_BYTES - 200):
        text = render_job_summary(result, held=held)
        size = len(text.encode("utf-8"))
        assert held + size <= GITHUB_SUMMARY_BYTES
        assert text.endswith(cut) and whole.startswith(text.removesuffix(cut))
    assert render_job_summary(result, held=GITHUB_SUMMARY_BYTES - 100) == ""
    assert render_job_summary(result, held=2 * GITHUB_SUMMARY_BYTES) == ""
    # A small summary is whole whatever the file holds, where it fits.
    small = render_job_summary(sample_result())
    assert (
        render_job_summary(sample_result(), held=GITHUB_SUMMARY_BYTES - len(small.encode("utf-8")))
        == small
    )


def test_a_run_without_reports_names_no_report_in_its_job_summary() -> None:
    """With --no-reports the summary's notes sent the reader to consistency.md and
    consistency.json, which the run did not write."""
    text = render_job_summary(_flood(), reports=False)
    assert "consistency." not in text
    assert "| \u2026 1,950 more claims; --format json has it whole | | | | |" in text
    assert "*2,950 more findings not shown here; --format json lists them all.*" in text


def test_a_summary_still_too_long_is_cut_after_a_whole_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full = render_job_summary(sample_result())
    monkeypatch.setattr(summary, "SUMMARY_BYTES", 2_000)
    text = render_job_summary(sample_result())
    assert len(text.encode("utf-8")) <= 2_000
    kept, _, note = text.rpartition("\n\n")
    assert full.startswith(kept + "\n")
    assert note == (
        "*The summary stops here to stay under GitHub's size limit; consistency.md has "
        "everything.*\n"
    )


def test_a_small_run_gives_the_summary_the_report_gives() -> None:
    assert render_job_summary(sample_result()) == render_markdown(sample_result(), max_rows=50)


def test_the_summary_renders_no_further_than_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Markdown is drawn a piece at a time and no further than the limit: a run's
    whole report is never held to make its summary."""
    drawn: list[str] = []

    def counted(*args: object, **kwargs: object) -> Iterator[str]:
        for piece in markdown_pieces(*args, **kwargs):  # type: ignore[arg-type]
            drawn.append(piece)
            yield piece

    monkeypatch.setattr(_markdown, "_PIECE_LINES", 10)
    monkeypatch.setattr(summary, "markdown_pieces", counted)
    whole = render_markdown(_flood(), max_rows=50, cell_limit=CELL_LIMIT)
    monkeypatch.setattr(summary, "SUMMARY_BYTES", 2_000)
    text = render_job_summary(_flood())
    assert len(text.encode("utf-8")) <= 2_000 < len(whole)
    assert whole.startswith(text.rpartition("\n\n")[0] + "\n")
    # Every piece but the last drawn was needed to reach the limit.
    assert sum(len(p.encode("utf-8")) for p in drawn[:-1]) <= 2_000
    assert len("".join(drawn)) < len(whole) // 2


def test_every_file_has_a_scorecard_row_in_the_job_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job summary's scorecard is the report's: a row for each file, a file whose
    source cannot be used included."""
    result = broken_header_result(tmp_path, monkeypatch)
    text = render_job_summary(result)
    scorecard = text[text.index("## Scorecard") : text.index("## Findings by code")]
    assert scorecard.splitlines()[4:] == MARKDOWN_SCORECARD


def test_one_claim_left_out_of_a_table_is_counted_in_the_singular() -> None:
    """A contradiction of MANY claims in a table of MANY - 1 rows: "1 more claim"."""
    text = render_markdown(contradiction("they disagree"), max_rows=MANY - 1)
    assert "| \u2026 1 more claim; consistency.md has it whole | | | | |" in text
    assert "1 more claims" not in text


def test_an_unusable_sources_long_id_is_cut_short_in_the_summarys_scorecard() -> None:
    """An unusable source's id is the text its file wrote, of any length: its scorecard
    cell is capped as every other cell of the summary is."""
    source = SourceRecord("s" * 5_000, "claims/s.yaml", 1, "", "", "", usable=False)
    result = Result(findings=(), claims=(), sources=(source,), files=("claims/s.yaml",))
    text = render_job_summary(result)
    (row,) = [line for line in text.splitlines() if line.startswith("| sss")]
    assert row.startswith("| " + "s" * (CELL_LIMIT - 60))
    assert "s" * CELL_LIMIT not in row
    assert "more characters; consistency.md has it whole)" in row
