"""The GitHub Actions job summary: the Markdown report, cut to fit.

GitHub drops a job summary over 1 MiB, so whatever the input this one stays under
`SUMMARY_BYTES`: each section and each claims table shows its first `SUMMARY_ROWS`
entries, each text of a claim or finding its first `CELL_LIMIT` characters, and a
summary still too long is cut after its last whole line that fits, with a line saying
so. consistency.md keeps everything. (A file full of errors once gave a 3.3 MB summary:
the row cap did not cap a cell, and one X301 cell held 190 KB.)
"""

from __future__ import annotations

from validator.model.result import Result

from ._text import full_list
from .markdown import markdown_pieces
from .project_place import AT_ROOT, ProjectPlace

__all__ = ["CELL_LIMIT", "GITHUB_SUMMARY_BYTES", "SUMMARY_BYTES", "render_job_summary"]

SUMMARY_ROWS = 50
# Characters of one text in a cell: a message about two or three claims stays whole.
CELL_LIMIT = 500
# GitHub's limit on a step's summary: the whole file, whatever else wrote to it first.
GITHUB_SUMMARY_BYTES = 1_048_576
# Under GitHub's 1 MiB, with room for what other commands of the step add.
SUMMARY_BYTES = 1_000_000
_CUT = "\n*The summary stops here to stay under GitHub's size limit; {} has everything.*\n"


def render_job_summary(
    result: Result,
    *,
    link_root: str | None = None,
    reports: bool = True,
    held: int = 0,
    place: ProjectPlace = AT_ROOT,
) -> str:
    """The Markdown report for the job summary: at most `SUMMARY_BYTES` of UTF-8, and
    no more than GitHub's limit leaves beside the `held` bytes the summary file holds
    already (an earlier command of the step wrote them): nothing where that leaves no
    room for a line of it and the note saying the summary stops. Its notes on what it
    leaves out name the reports, or, where the run writes none (`reports` false), what
    --format json prints.

    The report is rendered a piece at a time and no further than the limit: however
    large the run, no more than `SUMMARY_BYTES` and one piece are ever held."""
    pieces = markdown_pieces(
        result,
        max_rows=SUMMARY_ROWS,
        link_root=link_root,
        cell_limit=CELL_LIMIT,
        reports=reports,
        place=place,
    )
    limit = min(SUMMARY_BYTES, GITHUB_SUMMARY_BYTES - held)
    data = bytearray()
    for piece in pieces:
        data += piece.encode("utf-8")
        if len(data) > limit:
            break
    else:
        return data.decode("utf-8")
    cut = _CUT.format("consistency.md" if reports else full_list(False))
    room = limit - len(cut.encode("utf-8"))
    end = data.rfind(b"\n", 0, max(room, 0))  # after a whole line: nothing is split
    return "" if end < 0 else data[: end + 1].decode("utf-8") + cut
