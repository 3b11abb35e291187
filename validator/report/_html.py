"""Small HTML pieces the HTML report's page and matrix share: escaping, cells, tables."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from validator.model.findings import CODES, Location, Severity
from validator.model.result import Verdict

from ._content import SCORECARD_HEADER, claim_anchor

# A cell's items folded under "+N more": the Markdown report's cells are HTML already,
# and the same code writes both.
from ._markdown import folded, folded_pieces
from ._memo import LocationCells, Memo
from ._text import DiffPart, changed_diff, fragment, line_href, plural
from .escaping import NONCHARACTERS, UNSAFE_CHARACTERS, label, markup_safe, markup_visible
from .project_place import AT_ROOT, ProjectPlace

T = TypeVar("T")  # a table's rows: text, or text kept as UTF-8 bytes

__all__ = [
    "DOT",
    "HEADERS",
    "Escaped",
    "Places",
    "claim_link",
    "description",
    "diff_paragraph",
    "esc",
    "esc_id",
    "folded",
    "folded_pieces",
    "folded_row",
    "loc",
    "more",
    "sev",
    "table",
    "table_pieces",
    "tr",
    "value_span",
]

DOT = " \u00b7 "

# Any character esc would change: those html.escape replaces, those HTML forbids and
# those `visible` shows as escapes. Most text has none and is returned as it is.
_SPECIAL = re.compile(f"[&<>\"'{UNSAFE_CHARACTERS}{NONCHARACTERS}]")


def esc(text: str | None) -> str:
    """`text` escaped for HTML text and quoted attributes. Control and bidi characters
    are shown as escapes (`\x1b`, `\u202e`; a newline stays, as white space), and the
    noncharacters HTML forbids are replaced with U+FFFD. None becomes an empty string."""
    if not text:
        return ""
    if _SPECIAL.search(text) is None:
        return markup_safe(text)
    if not text.isprintable():  # every character changed here is unprintable
        text = markup_visible(text, keep="\n")
    return markup_safe(html.escape(text, quote=True))


class Escaped(Memo[str | None, str]):
    """`esc` of each text (or with `dash`, `or_dash`), worked out once: source ids,
    outlets, subjects, properties, values, dates and excerpts repeat across many rows."""

    def __init__(self, *, dash: bool = False) -> None:
        super().__init__(self.escape, size=len)
        self.empty = "\u2014" if dash else ""

    def escape(self, text: str | None) -> str:
        return esc(text) if text else self.empty


def esc_id(name: str) -> str:
    """A claim's or source's id as text or an attribute: a `label`, so that ids alike
    on screen but for an invisible character are told apart, as in messages."""
    return esc(label(name))


def claim_link(full_id: str) -> str:
    """A claim id, linked to where the claim first appears."""
    return f'<a href="{esc(fragment(claim_anchor(full_id)))}">{esc_id(full_id)}</a>'


def or_dash(text: str | None) -> str:
    return esc(text) if text else "\u2014"


def sev(severity: Severity) -> str:
    return f'<span class="sev sev-{severity.value}">{severity.value}</span>'


def value_span(value_verdict: tuple[str, Verdict]) -> str:
    """A claim's value cell: its value coloured by its verdict (`verdict_span`)."""
    return verdict_span(*value_verdict)


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


# The header of each kind of table: its columns, and the labels its cells get in the
# narrow layout (see html_style).
HEADERS: dict[str, tuple[str, ...]] = {
    "scorecard": SCORECARD_HEADER,
    "codes": ("Code", "Severity", "Meaning", "Findings", "Acknowledged"),
    "claims": ("Source", "Value", "As of", "Excerpt", "Location"),
    "refuted": ("Claim", "About", "Claimed", "Dataset", "Reference", "Location"),
    "disputed": ("Claim", "About", "Value", "Excerpt", "Message", "Location"),
    "listing": ("Code", "Severity", "Claim", "Message", "Location"),
    "acknowledged": ("Code", "Claim", "Reason", "Location"),
    "gaps": ("Subject", "Property", "Claims", "Values"),
}


def table(kind: str, rows: list[str], *, stack: bool = True) -> str:
    """A table of the `HEADERS[kind]` columns in a horizontally scrolling box, of rows
    written by `tr` (or the same way); with `stack`, a card per row on a narrow screen."""
    return "".join(table_pieces(kind, rows, stack=stack))


def table_pieces(kind: str, rows: Iterable[T], *, stack: bool = True) -> Iterator[str | T]:
    """`table`, its rows given out as they come: a table of a large run's claims is
    never held whole."""
    head = "".join(f'<th scope="col">{h}</th>' for h in HEADERS[kind])
    classes = f"stack t-{kind}" if stack else f"t-{kind}"
    yield (
        f'<div class="scroll"><table class="{classes}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
    )
    yield from rows
    yield "</tbody></table></div>\n"


def folded_row(cells: list[str], items: Iterator[str], count: int) -> Iterator[str]:
    """`tr` of `cells` and then `folded` of the `count` `items`, in parts (a row may
    list thousands of long values)."""
    yield "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "<td>"
    yield from folded_pieces(items, count)
    yield "</td></tr>\n"


def loc(location: Location | None, root: str | None, place: ProjectPlace = AT_ROOT) -> str:
    """A location, linked to its line when the report knows where it is (`line_href`):
    worked out whole, what `Places` remembers must equal."""
    if location is None:
        return "\u2014"
    text = esc(str(location))
    href = line_href(location.file, location.line, root, place)
    if href is None:
        return f'<span class="loc">{text}</span>'
    return f'<a class="loc" href="{esc(href)}">{text}</a>'


class Places(LocationCells[str]):
    """`loc` of each location: a location's text is its file's escape and then
    `:line:column`, and its link its file's escaped link and then `#Lline`."""

    def file(self, file: str) -> tuple[str, str | None]:
        """The file's escaped text and escaped link (None: no link). The text is escaped
        as it stands before `:line`: a file whose last line is a colon (":", "a\n :")
        begins that line with `::`, whose first colon `loc` writes as a reference."""
        base = self.links[file]
        text = markup_safe(esc(file) + ":")[:-1]
        return text, esc(base) if base is not None else None

    def at(self, file: str, line: int, column: int) -> str:
        """`loc(Location(file, line, column), root)`."""
        text, base = self.files[file]
        if base is None:
            return f'<span class="loc">{text}:{line}:{column}</span>'
        if line >= 1:  # `with_line`, inline: once per row of a claims table
            return f'<a class="loc" href="{base}#L{line}">{text}:{line}:{column}</a>'
        return f'<a class="loc" href="{base}">{text}:{line}:{column}</a>'


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


def diff_paragraph(word_diff: str | None) -> str:
    """A quote finding's word diff (its `diff` detail) as a paragraph; "" when it
    changes no words."""
    parts = changed_diff(word_diff)
    return f'<p class="diff">{diff(parts)}</p>\n' if parts else ""


def more(count: int, what: str = "finding") -> str:
    return (
        f'<p class="note">{plural(count, "more " + what)} not shown here; '
        "consistency.json lists them all.</p>\n"
    )


def description(code: str) -> str:
    info = CODES.get(code)
    return info.description if info else code
