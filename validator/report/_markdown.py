"""Markdown pieces: inert text, link destinations, table rows, word diffs, anchors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from urllib.parse import quote

from ._content import CELL_ITEMS, claim_anchor
from ._memo import LocationCells, Memo
from ._text import DiffPart, changed_diff, fragment, full_list, plural, shortened
from .escaping import NONCHARACTERS, UNSAFE_CHARACTERS, label, markup_visible

__all__ = [
    "Line",
    "MdEscaped",
    "MdPlaces",
    "cut_note",
    "folded",
    "folded_pieces",
    "folded_row",
    "heading_slug",
    "md_anchor",
    "md_claim_link",
    "md_diff_lines",
    "md_escape",
    "md_id",
    "md_text",
    "md_url",
    "more",
    "row",
    "table",
    "table_head",
]

# Where a text cut short in a size-limited Markdown (the job summary) is whole.
CUT_NOTE = "consistency.md has it whole"


def cut_note(reports: bool) -> str:
    """`CUT_NOTE`, or, for a run that writes no reports (`reports` false), where else
    the text is whole (`full_list`): a note must not name a file that was not written."""
    return CUT_NOTE if reports else f"{full_list(False)} has it whole"


_LINE_BREAKS = "\r\n\u2028\u2029"  # left to _NEWLINES, which makes them spaces
# A run of white space holding a line break, matched only from the run's start: tried
# from each character of a long run of spaces without one, as `\s*` alone was, it took
# time growing as the square of the run (a quote of 20,000 spaces and a tab, 3.6 s).
_NEWLINES = re.compile(r"(?<!\s)\s*[\r\n\u2028\u2029]+\s*")
# Block constructs that only count at the start of a line: headings, list items,
# setext underlines, ordered lists.
_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")
# A character md_escape would change: a control, a line break, a bidi control, a
# noncharacter, or one that starts an entity or inline Markdown. Text with none of them
# and no white space at either end, which is most text, comes back as it is. (A bare
# character class: the regex engine scans for it far faster than for an alternation.)
_SPECIAL = re.compile(f"[{UNSAFE_CHARACTERS}{NONCHARACTERS}" + r"&<>\\`*_\[\]|~$]")
# Characters that start inline Markdown anywhere (code, emphasis, strikethrough, links,
# table cells, math) get a backslash (any ASCII punctuation may have one). The backslash
# comes first, so that those added for the others are not doubled.
_INLINE_ESCAPES = tuple((char, "\\" + char) for char in "\\`*_[]|~$")


def md_escape(text: str | None, *, line_start: bool = False) -> str:
    """`text` as inert Markdown: on one line, with every formatting character escaped.

    `<`, `>` and `&` become entities, so no HTML or entity in claim text is ever
    interpreted; control and bidi characters are shown as escapes (`visible`); the
    characters that start code, emphasis, links, tables or math get a backslash; with
    `line_start` (text that begins a line), so do those that start a heading or a list.
    None and empty text become an em dash.
    """
    if not text:
        return "\u2014"
    if _SPECIAL.search(text) is None and not text[0].isspace() and not text[-1].isspace():
        return _escape_block_start(text) if line_start else text
    # Each step only when it has something to do: str.replace and `in` are many times
    # faster than a regex substitution over a long message.
    if not text.isprintable():  # every control, bidi control and line break is unprintable
        # Line breaks become spaces; other controls and bidi controls show as escapes
        # (`\x1b`, `\u202e`), which the backslashes added below keep literal, and the
        # noncharacters HTML forbids, which a forge renders Markdown into, as U+FFFD.
        text = _NEWLINES.sub(" ", markup_visible(text, keep=_LINE_BREAKS))
    text = text.strip()
    if not text:
        return "\u2014"
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    for char, escaped in _INLINE_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return _escape_block_start(text) if line_start else text


def _escape_block_start(text: str) -> str:
    """`text` with a backslash before a heading or list marker it begins with."""
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    end = match.end()
    return text[:end] + "\\" + text[end:] if match.group(1)[0].isdigit() else "\\" + text


def md_anchor(full_id: str) -> str:
    """The claim's anchor, raw HTML: its id escaped as Markdown text, and a double quote
    as `&quot;`. A claim id as written in a broken file may hold one, which would close
    the attribute and let the rest of the id add attributes of its own."""
    return '<a id="' + md_escape(claim_anchor(full_id)).replace('"', "&quot;") + '"></a>'


def md_id(name: str) -> str:
    """A claim's or source's id as the text of a cell or link: a `label`, so that ids
    alike on screen but for an invisible character are told apart, as in messages."""
    return md_escape(label(name))


def md_claim_link(full_id: str) -> str:
    """A claim id, linked to where the claim first appears."""
    return f"[{md_id(full_id)}]({fragment(claim_anchor(full_id))})"


def md_url(url: str) -> str:
    """A link destination that cannot break out of `(...)` or a table cell."""
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table(header: list[str], rows: list[str], numeric: int = 0) -> list[str]:
    """A table of rows already written with `row`; the last `numeric` columns are
    right-aligned."""
    return [*table_head(header, numeric), *rows]


def table_head(header: list[str], numeric: int = 0) -> list[str]:
    """The two lines that start a table (`table` without its rows), for rows that
    follow one at a time."""
    align = ["---"] * (len(header) - numeric) + ["---:"] * numeric
    return [row(header), row(align)]


# Lines of a document joined per piece: a few thousand, so that a large report is
# neither held whole nor written (and encoded) a line at a time.
_PIECE_LINES = 4096


# A line of a document: its text, or its parts (see `md_text`).
Line = str | Iterator[str]


def md_text(lines: Iterable[Line]) -> Iterator[str]:
    """A document's lines as text in pieces: joined, `"\\n".join(lines) + "\\n"` with
    any empty lines at the end left out (a document ends in one line break). A line
    may come in parts (an iterator of strings that joined are the line, which is not
    empty): a table row of thousands of long values is then never held whole."""
    batch: list[str] = []
    written = False
    for line in lines:
        if not isinstance(line, str):
            # A line of text (never empty): what waits is given out, then the line.
            if batch:
                yield "\n".join(batch) + "\n"
                batch = []
            yield from line
            yield "\n"
            written = True
            continue
        batch.append(line)
        if len(batch) >= _PIECE_LINES and batch[-1]:
            # Only a batch that ends in a line of text is given out: empty lines
            # wait to see whether any text follows them.
            yield "\n".join(batch) + "\n"
            batch = []
            written = True
    while batch and not batch[-1]:
        batch.pop()
    if batch or not written:
        yield "\n".join(batch) + "\n"


_MARKS = {"same": "", "del": "~~", "ins": "**"}
_SPACES = re.compile(" {2,}")


def md_diff(parts: list[DiffPart]) -> str:
    """A parsed word diff with deletions struck through and insertions in bold.

    The markers go inside any spaces around a changed run of words, since Markdown
    ignores `**` and `~~` next to a space.
    """
    out: list[str] = []
    for kind, text in parts:
        core = text.strip()
        line_start = not out
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        if not core:
            out.append(lead or trail)
            continue
        mark = _MARKS[kind]
        out.append(f"{lead}{mark}{md_escape(core, line_start=line_start)}{mark}{trail}")
    return _SPACES.sub(" ", "".join(out)).strip()


def md_diff_lines(word_diff: str | None) -> tuple[str, ...]:
    """A quote finding's word diff (its `diff` detail) as a quoted line (`md_diff`) and
    a blank line; none when it changes no words."""
    parts = changed_diff(word_diff)
    return (f"> {md_diff(parts)}", "") if parts else ()


class MdEscaped(Memo[str | None, str]):
    """`md_escape` of each text (not at a line start), worked out once: source ids,
    outlets, subjects, properties, values, dates and excerpts repeat across many rows.
    With `limit`, each text is first `shortened` to that many characters."""

    def __init__(self, limit: int | None = None, note: str = CUT_NOTE) -> None:
        super().__init__(self.escape, size=len)
        self.cut = limit
        self.note = note

    def escape(self, text: str | None) -> str:
        shown = text
        if text and self.cut is not None:
            shown = shortened(text, self.cut, self.note)
        return md_escape(shown)


class MdPlaces(LocationCells["str | None"]):
    """Each location as a table cell (its `md_escape`, linked to its line when the
    report knows where it is)."""

    @staticmethod
    def plain(text: str) -> bool:
        """Whether `text` and `text` followed by any `:line:column` are their own
        `md_escape`: no character it would change, and no white space to strip."""
        return _SPECIAL.search(text) is None and not text[:1].isspace()

    def file(self, file: str) -> tuple[str | None, str | None]:
        """The file's text when it is `plain` (else None: its locations are escaped
        whole), and its link as a link destination (None: no link). A destination
        works character by character, so a line's is the file's and `#Lline`."""
        base = self.links[file]
        return file if self.plain(file) else None, md_url(base) if base is not None else None

    def at(self, file: str, line: int, column: int) -> str:
        plain, base = self.files[file]
        text = f"{plain}:{line}:{column}" if plain else md_escape(f"{file}:{line}:{column}")
        if base is None:
            return text
        return f"[{text}]({base}#L{line})" if line >= 1 else f"[{text}]({base})"


_NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def heading_slug(title: str) -> str:
    """The anchor GitHub, GitLab and Gitea give a heading of plain words: lower case,
    punctuation dropped, spaces as hyphens."""
    return _NOT_IN_SLUG.sub("", title.lower()).replace(" ", "-")


def folded(items: list[str], cap: int | None = None, note: str = CUT_NOTE) -> str:
    """Items of one table cell: the first `CELL_ITEMS` on lines of their own, the rest
    under "+N more", which opens in place (GitHub renders <details> in a table cell).
    With `cap`, at most that many of the rest, then a count of those left out. (A cell
    of a few items, most of them, is joined here: `folded_pieces` costs a generator.)"""
    if len(items) <= CELL_ITEMS:
        return "<br>".join(items) or "\u2014"
    return "".join(folded_pieces(iter(items), len(items), cap, note))


def folded_pieces(
    items: Iterator[str], count: int, cap: int | None = None, note: str = CUT_NOTE
) -> Iterator[str]:
    """`folded` of the `count` items `items` gives, an item at a time (see `md_text`);
    `note` says where the items past `cap` are."""
    shown = "<br>".join(islice(items, CELL_ITEMS))
    rest = count - CELL_ITEMS
    if rest <= 0:
        yield shown or "\u2014"
        return
    listed = rest if cap is None else min(rest, cap)
    summary = listed if listed == rest else listed + 1
    yield f"{shown}<details><summary>+{summary:,} more</summary>{next(items)}"
    for item in islice(items, listed - 1):
        yield "<br>" + item
    if listed < rest:
        yield f"<br>\u2026 {rest - listed:,} more; {note}"
    yield "</details>"


def folded_row(
    cells: list[str],
    items: Iterator[str],
    count: int,
    cap: int | None = None,
    note: str = CUT_NOTE,
) -> Iterator[str]:
    """`row` of `cells` and then `folded` of the `count` `items`, as a line in parts
    (see `md_text`): a row may list thousands of long values."""
    yield "| " + "".join(f"{cell} | " for cell in cells)
    yield from folded_pieces(items, count, cap, note)
    yield " |"


def more(count: int, what: str = "finding", reports: bool = True) -> str:
    """A note of `count` entries a limit left out, saying where they are all listed
    (`full_list`)."""
    listing = full_list(reports)
    return f"*{plural(count, 'more ' + what)} not shown here; {listing} lists them all.*"
