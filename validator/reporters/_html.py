"""Small HTML pieces the HTML report's page and matrix share: escaping, cells, tables."""

from __future__ import annotations

import html
import re

from ..findings import CODES, Location, Severity
from ..result import Verdict
from ._text import DiffPart

__all__ = [
    "DOT",
    "Escaped",
    "description",
    "diff",
    "esc",
    "loc",
    "more",
    "or_dash",
    "sev",
    "table",
    "tr",
    "verdict_span",
]

DOT = " \u00b7 "

# Characters HTML does not allow in text: C0 controls other than tab, newline and
# carriage return, DEL and C1 controls, and the noncharacters U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

# Any character esc would change: those html.escape replaces and those HTML forbids.
# Most text has none and is returned as it is.
_SPECIAL = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def esc(text: str | None) -> str:
    """`text` escaped for HTML text and quoted attributes; characters HTML forbids are
    replaced with U+FFFD. None becomes an empty string."""
    if not text:
        return ""
    if _SPECIAL.search(text) is None:
        return text
    if not text.isprintable():  # every character HTML forbids is unprintable
        text = _ILLEGAL.sub("\ufffd", text)
    return html.escape(text, quote=True)


class Escaped(dict[str | None, str]):
    """`esc` of each text (or with `dash`, `or_dash`), worked out once: source ids,
    outlets, subjects, properties, values, dates and excerpts repeat across many rows."""

    def __init__(self, *, dash: bool = False) -> None:
        super().__init__()
        self.empty = "\u2014" if dash else ""

    def __missing__(self, text: str | None) -> str:
        escaped = self[text] = esc(text) if text else self.empty
        return escaped


def or_dash(text: str | None) -> str:
    return esc(text) if text else "\u2014"


def loc(location: Location | None) -> str:
    if location is None:
        return "\u2014"
    return f'<span class="loc">{esc(str(location))}</span>'


def sev(severity: Severity) -> str:
    return f'<span class="sev sev-{severity.value}">{severity.value}</span>'


def verdict_span(value: str, verdict: Verdict, where: str = "", extra: str = "") -> str:
    """A value coloured by its verdict, with the verdict also as text and title."""
    title = verdict.value + (f": {where}" if where else "")
    return (
        f'<span class="v v-{verdict.value}" title="{esc(title)}">{esc(value)}'
        f"<small>{verdict.value}</small>{extra}</span>"
    )


def tr(cells: list[str], numeric: int = 0) -> str:
    """A table row of cells that are HTML already; the last `numeric` are numbers."""
    first = len(cells) - numeric
    return (
        "<tr>"
        + "".join(
            f'<td class="n">{cell}</td>' if i >= first else f"<td>{cell}</td>"
            for i, cell in enumerate(cells)
        )
        + "</tr>\n"
    )


def table(header: list[str], rows: list[str]) -> str:
    """A table in a horizontally scrolling box, of rows written by `tr` (or the same
    way). The header is HTML already."""
    head = "".join(f'<th scope="col">{h}</th>' for h in header)
    body = "".join(rows)
    return (
        f'<div class="scroll"><table>\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}</tbody></table></div>\n"
    )


def diff(parts: list[DiffPart]) -> str:
    out: list[str] = []
    for kind, text in parts:
        if kind == "del":
            out.append(f"<del>{esc(text)}</del>")
        elif kind == "ins":
            out.append(f"<ins>{esc(text)}</ins>")
        else:
            out.append(esc(text))
    return "".join(out)


def more(count: int, what: str = "finding") -> str:
    noun = what if count == 1 else what + "s"
    return (
        f'<p class="note">{count} more {noun} not shown here; '
        "consistency.json lists them all.</p>\n"
    )


def description(code: str) -> str:
    info = CODES.get(code)
    return info.description if info else code
