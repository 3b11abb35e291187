"""Reporters: each a pure function from a `Result` to the text of one format.

They do no I/O and read no clock or environment, so the same `Result` always gives
byte-identical text; `validator.report.registry` names them by format and says where
each one's text goes, and `validator.report.write_files` is what writes reports to disk.
`tally` works out the counts several reports show, once per run: a step to take before
rendering them on several processes, so that each does not count again.
"""

from __future__ import annotations

from ._content import tally
from .claimreview import render_claimreview
from .github import render_github
from .html import render_html
from .json_report import render_json, report_dict
from .junit import render_junit
from .markdown import render_markdown
from .sarif import render_sarif
from .text import render_text

__all__ = [
    "render_claimreview",
    "render_github",
    "render_html",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_sarif",
    "render_text",
    "report_dict",
    "tally",
]
