"""The HTML report's tables of the run as a whole: the scorecard (a row per source, its
claims counted by verdict) and the findings counted per code."""

from __future__ import annotations

from collections.abc import Callable

from validator.model.result import Result

from ._content import VERDICT_ORDER, code_title, scorecard_numbers
from ._html import esc, esc_id, sev, table, tr
from ._sections import code_counts
from ._text import safe_url

__all__ = ["codes_table", "scorecard_table"]


def scorecard_table(result: Result, dash: Callable[[str | None], str]) -> str:
    """A row per source: its id (linked to its address, with its title), outlet and
    date (`dash`: text escaped, or a dash for none), and its claims per verdict."""
    numbers = scorecard_numbers(result)
    rows: list[str] = []
    numeric = len(VERDICT_ORDER) + 2
    for source in result.sources:
        url = safe_url(source.url)
        name = esc_id(source.id)
        if url is not None:
            name = f'<a href="{esc(url)}" rel="noopener noreferrer">{name}</a>'
        if source.title:  # none when the source is unusable
            name += f'<div class="sub">{esc(source.title)}</div>'
        cells = [name, dash(source.outlet), dash(source.published)]
        rows.append(tr([*cells, *numbers[source.id]], numeric))
    return table("scorecard", rows)


def codes_table(result: Result) -> str:
    """Findings counted per code, worst first, each linked to its section; "" for
    none."""
    rows = [
        tr(
            [
                f'<a href="#{c.section}">{c.code}</a>',
                sev(c.severity),
                esc(code_title(c.code)),
                f"{c.findings:,}",
                f"{c.acknowledged:,}",
            ],
            numeric=2,
        )
        for c in code_counts(result)
    ]
    # Five short columns: a table still, even on a phone.
    return table("codes", rows, stack=False) if rows else ""
