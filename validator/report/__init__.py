"""Reporters: each a pure function from a `Result` to the text of one format.

They do no I/O and read no clock or environment, so the same `Result` always gives
byte-identical text; `validator.report.registry` names them by format and says where
each one's text goes, and `validator.report.write_files` is what writes reports to disk.
`tally` works out the counts several reports show, once per run: a step to take before
rendering them on several processes, so that each does not count again.

Each name here is imported from its module on first use (`__getattr__`), the registry's
renderers too: the command imports this package for its options and settings, and a
re-run that repeats a remembered run renders nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._content import tally
    from .claimreview import render_claimreview
    from .github import render_github
    from .html import html_parts, html_pieces, render_html
    from .json_report import json_parts, json_pieces, render_json, report_dict
    from .junit import render_junit
    from .markdown import markdown_parts, markdown_pieces, render_markdown
    from .sarif import render_sarif
    from .text import render_text

# Each name's module, imported on first use: the command imports this package for its
# options and settings, and a re-run that repeats a remembered run renders nothing.
_HOMES = {
    "html_parts": "html",
    "html_pieces": "html",
    "json_parts": "json_report",
    "json_pieces": "json_report",
    "markdown_parts": "markdown",
    "markdown_pieces": "markdown",
    "render_claimreview": "claimreview",
    "render_github": "github",
    "render_html": "html",
    "render_json": "json_report",
    "render_junit": "junit",
    "render_markdown": "markdown",
    "render_sarif": "sarif",
    "render_text": "text",
    "report_dict": "json_report",
    "tally": "_content",
}

__all__ = [
    "html_parts",
    "html_pieces",
    "json_parts",
    "json_pieces",
    "markdown_parts",
    "markdown_pieces",
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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
