"""The text format: one line per finding, then one summary line."""

from __future__ import annotations

from validator.model.findings import Severity
from validator.model.result import Result

from ._content import summary_line
from ._text import finding_line
from .terminal import (
    PLAIN,
    SourceLine,
    Style,
    source_excerpt,
    statistics_lines,
    styled_line,
    styled_summary,
)

__all__ = ["render_text"]


def render_text(
    result: Result,
    *,
    quiet: bool = False,
    verbose: bool = False,
    style: Style = PLAIN,
    source: SourceLine | None = None,
    statistics: bool = False,
) -> str:
    """One line per finding, in the order of `result.findings`, then a summary line.

    Lines read `file:line:col: CODE severity source/claim: message`; the claim part is
    left out for findings without claims, the position for findings without one, and
    an acknowledged finding ends in `[acknowledged: reason]`.

    Which findings get a line:

    - by default, every error and warning (acknowledged ones included); info findings
      are shown only with `verbose`;
    - with `quiet`, only the findings that fail the run (`result.failing`: the
      unacknowledged ones at or above --fail-on, errors by default). `quiet` wins over
      `verbose`.

    The summary line always counts every finding, shown or not. Control characters in
    messages are escaped, so each finding is exactly one line.

    `statistics` prints a count per code of those findings instead of the findings
    (ruff's `--statistics`); `source` gives a finding's line of its file to show under
    it (`--show-source`); `style` colours the lines.
    """
    if quiet:
        shown = result.failing
    else:
        shown = tuple(f for f in result.findings if verbose or f.severity != Severity.INFO)
    if statistics:
        lines = statistics_lines(shown, style)
    else:
        lines = []
        for finding in shown:
            lines.append(styled_line(finding_line(finding), finding, style))
            if source is not None:
                lines.extend(source_excerpt(finding, source, style))
    lines.append(styled_summary(summary_line(result), result.passed, style))
    return "\n".join(lines) + "\n"
