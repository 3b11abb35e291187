"""A fact box set as a table: an infobox, rows of a short label cell and a value cell
("Directed by | Dominic Savage", "Starring | Kate Winslet / Mia Threapleton").

The drafter has trafilatura leave tables out of the article: a page's tables are mostly
data (results, schedules, filmographies) whose cells read as no sentence. A reference
page's infobox, though, is the page's own statement of who made the work, who is in it,
how long it runs and when it was first shown, which a fact-checker checks as much as the
prose. Each table whose every row is one short label cell and one value cell (a row of
one cell spanning the table, a title or a section's name, aside) is made a list of
"Label: value" lines, as a fact box prints them, the box's title over it: the cues read
those lines as they read a fact box's. A value's items, one a line (`<br>`, a list's
`<li>`), are joined by commas. A table of more columns, one whose rows are all headers
("Year | Award"), one inside another or holding another, and one in a page's navigation
is left as it is.

What a reader does not see of a cell is no part of its value: a hidden element (a date
in figures for machines, whose "published" class also made it the page's publication
date), its style sheet, and a footnote's mark ("[1]").
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["keep_infoboxes"]

_MAX_TABLES = 100
_MIN_ROWS = 2
_MAX_ROWS = 80
# "Country of origin", "Original release date": a label of a few short words.
_MAX_LABEL_WORDS = 4
_MAX_LABEL_CHARACTERS = 40
# A value longer than this is text, not a box's value: a page laid out as a table.
_MAX_VALUE_CHARACTERS = 300
# Nested elements a cell's text is read through; deeper ones give their text as one.
_MAX_DEPTH = 30
# Elements that start a line of a value: each of its items.
_BREAKS = frozenset({"br", "li", "p", "div", "dd", "dt", "ul", "ol", "dl", "tr"})
_UNSEEN = frozenset({"style", "script", "noscript", "template", "link", "meta"})
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_FOOTNOTE = re.compile(r"\s*\[[^\[\]]{1,12}\]\s*")
_TABLES = "//table[not(ancestor::table)][not(.//table)]"
_NAVIGATION = "ancestor::nav or ancestor::*[@role='navigation']"


def keep_infoboxes(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Makes each fact box set as a table in `tree` a title and a list of "Label: value"
    lines; whether any was."""
    kept = False
    for table in tree.xpath(_TABLES)[:_MAX_TABLES]:
        if table.getparent() is None or table.xpath(_NAVIGATION):
            continue
        box = _read_box(table)
        if box is None:
            continue
        title, lines = box
        replacement = table.makeelement("div", {})
        if title:
            heading = table.makeelement("p", {})
            heading.text = title
            replacement.append(heading)
        items = table.makeelement("ul", {})
        for line in lines:
            item = table.makeelement("li", {})
            item.text = line
            items.append(item)
        replacement.append(items)
        replacement.tail = table.tail
        table.getparent().replace(table, replacement)
        kept = True
    return kept


def _read_box(table: Any) -> tuple[str | None, list[str]] | None:
    """The box's title (its caption, or a first row of one cell) and its lines; None
    where the table is no fact box."""
    rows = table.xpath("./tr | ./*/tr")
    if not _MIN_ROWS <= len(rows) <= _MAX_ROWS:
        return None
    captions = table.xpath("./caption")
    title = _one_line(captions[0]) if captions else None
    lines: list[str] = []
    for row in rows:
        cells = [c for c in row if c.tag in ("th", "td")]
        if len(cells) == 1:
            # The box's title over its first line; a section's name ("Production") or
            # an image's row further down is no line of it.
            if title is None and not lines and not cells[0].xpath(".//img"):
                title = _one_line(cells[0])
            continue
        if len(cells) != 2 or all(c.tag == "th" for c in cells):
            return None  # a data table's row, or its row of column headers
        line = _line(cells[0], cells[1])
        if line is None:
            return None
        if line:
            lines.append(line)
    return (title, lines) if len(lines) >= _MIN_ROWS else None


def _line(label_cell: Any, value_cell: Any) -> str | None:
    """ "Label: value", an empty line for a row with no value, None for a row no fact
    box has (a long label or value)."""
    label = _one_line(label_cell).rstrip(":").rstrip()
    if not label or len(label) > _MAX_LABEL_CHARACTERS:
        return None
    if len(label.split()) > _MAX_LABEL_WORDS:
        return None
    value = ", ".join(_lines(value_cell))
    if len(value) > _MAX_VALUE_CHARACTERS:
        return None
    return f"{label}: {value}" if value else ""


def _one_line(element: Any) -> str:
    return " ".join(" ".join(_lines(element)).split())


def _lines(element: Any) -> list[str]:
    """The lines a cell shows: its text, broken where an item starts."""
    parts: list[str] = []
    _read(element, parts, 0)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _read(element: Any, parts: list[str], depth: int) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _unseen(child):
            breaks = child.tag in _BREAKS
            parts.append("\n" if breaks else "")
            if depth < _MAX_DEPTH:
                _read(child, parts, depth + 1)
            else:
                parts.append(child.text_content())
            parts.append("\n" if breaks else "")
        if child.tail:
            parts.append(child.tail)


def _unseen(element: Any) -> bool:
    """Whether a reader does not see the element: a style sheet or script, a hidden
    element, a footnote's mark."""
    if element.tag in _UNSEEN or element.get("hidden") is not None:
        return True
    if _HIDDEN.search(element.get("style") or ""):
        return True
    return element.tag == "sup" and _FOOTNOTE.fullmatch(element.text_content()) is not None
