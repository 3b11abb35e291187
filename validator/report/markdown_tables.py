"""The Markdown report's tables of the run as a whole: the scorecard (a row per source,
its claims counted by verdict) and the findings counted per code."""

from __future__ import annotations

from collections.abc import Mapping

from validator.model.findings import CODES
from validator.model.result import Result

from ._content import SCORECARD_HEADER, VERDICT_ORDER, code_title, scorecard_numbers
from ._markdown import heading_slug, md_escape, md_url, more, row, table
from ._sections import SECTIONS, code_counts
from ._text import safe_url
from .escaping import label

__all__ = ["codes_lines", "scorecard_lines"]

_SLUGS = {section.key: heading_slug(section.title) for section in SECTIONS}


def scorecard_lines(
    result: Result, esc: Mapping[str | None, str], max_rows: int | None, reports: bool = True
) -> list[str]:
    """The scorecard section: a row per source (at most `max_rows`, then a count of the
    rest, saying where they all are, see `more`), its id linked to its address, outlet
    and date escaped by `esc`, and its claims per verdict."""
    numbers = scorecard_numbers(result)
    sources = result.sources
    shown = sources if max_rows is None else sources[:max_rows]
    rows: list[str] = []
    for source in shown:
        name = esc[label(source.id)]  # an unusable source's id: any text, any length
        url = safe_url(source.url)
        if url is not None:
            name = f"[{name}]({md_url(url)})"
        cells = [name, esc[source.outlet], esc[source.published]]
        rows.append(row([*cells, *numbers[source.id]]))
    header = list(SCORECARD_HEADER)
    out = ["## Scorecard", "", *table(header, rows, numeric=len(VERDICT_ORDER) + 2), ""]
    if len(shown) < len(sources):
        out += [more(len(sources) - len(shown), "source", reports), ""]
    return out


def codes_lines(result: Result) -> list[str]:
    """Findings counted per code, worst first, each linked to its section; nothing for
    none."""
    counts = code_counts(result)
    if not counts:
        return []
    rows = [
        row(
            [
                f"[{c.code}](#{_SLUGS[c.section]})",
                c.severity.value,
                md_escape(code_title(c.code)) if c.code in CODES else "\u2014",
                f"{c.findings:,}",
                f"{c.acknowledged:,}",
            ]
        )
        for c in counts
    ]
    header = ["Code", "Severity", "Meaning", "Findings", "Acknowledged"]
    return ["## Findings by code", "", *table(header, rows, numeric=2), ""]
