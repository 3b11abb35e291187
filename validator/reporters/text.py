"""The text format: one line per finding, then one summary line."""

from __future__ import annotations

from ..findings import Severity
from ..result import Result
from ._content import summary_line
from ._text import finding_line

__all__ = ["render_text"]


def render_text(result: Result, *, quiet: bool = False, verbose: bool = False) -> str:
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
    """
    if quiet:
        shown = result.failing
    else:
        shown = tuple(f for f in result.findings if verbose or f.severity != Severity.INFO)
    lines = [finding_line(f) for f in shown]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
