"""The paragraph breaks of a short page, where trafilatura joined its blocks into one.

On a page whose main text is short (under trafilatura's 250 characters at first reading),
trafilatura falls back to the text of the whole `<article>` (or page), every block joined
with a space and nothing pruned: a headline, a byline, each paragraph and a teaser card
became one paragraph, so a sentence ran on across a paragraph's end ("... astonishing By
Jane Smith, 8 December 2022 Kate Winslet plays Ruth") and a cue read across the boundary.
Here the page is read as lines, as a browser breaks them (at each block's start and end),
and a paragraph that is two or more of its lines one after another, and nothing else, is
parted into them again, without those lines that were to be pruned (`link_lines`,
`teaser_cards`). A paragraph is only ever cut where the page itself breaks a line.

Every pass is linear in the page: one walk of its tree, and for each paragraph a walk of
the lines it may start at, each line compared once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .line_ends import sentence_end

__all__ = ["Line", "opening_line", "page_lines", "split_at_blocks", "words"]

# The elements that start a line of their own in a browser.
_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "br"}
    | {"td", "th", "caption", "figcaption", "address", "div", "section", "header"}
    | {"footer", "article", "main", "aside", "nav", "ul", "ol", "dl", "table", "tr"}
    | {"figure", "form", "details", "summary", "hgroup", "hr"}
)
# Elements whose text stands apart from the article's run of text.
_APART = frozenset({"figure", "figcaption", "aside", "nav", "form", "button", "footer"})
# How trafilatura opens a list's item.
_ITEM = "- "
# Elements whose text no reader sees.
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head", "title"})
# Lines a paragraph's next line may lie past: those trafilatura's fallback leaves out
# (a figure's caption, an advert's label) between two it keeps.
_MAX_SKIPPED = 4
# The blocks a paragraph may open with, by their first two words (or one word, a line's
# only), tried at most: a page of one word a line cannot make every paragraph a walk over
# every line.
_MAX_TRIES = 16
# A paragraph of the article, not a headline or a line of furniture: a sentence of this
# many words or more.
_MIN_PARAGRAPH_WORDS = 8


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # white space collapsed
    pruned: bool  # inside a block marked to be pruned (link_lines.PRUNE)
    set_apart: bool = False  # in a figure, an aside, a form or the page's navigation
    heading: bool = False  # a first-level heading's


def page_lines(tree: Any, clean: Callable[[str], str], pruned: Callable[[Any], bool]) -> list[Line]:
    """The page's lines of text in its order, as a browser breaks them; `clean` makes a
    text what the article's paragraphs are made of (control characters out, NFC), and
    `pruned` tells an element marked to be pruned."""
    # Imported here, as article's trafilatura is: a plain-text draft reads no page and
    # should not pay for lxml's import.
    from lxml import etree

    root = tree.find(".//body")
    out: list[Line] = []
    parts: list[str] = []
    inside = {"marked": 0, "apart": 0, "h1": 0}  # how many such elements the walk is in

    def flush() -> None:
        text = words(clean(" ".join(parts)))
        parts.clear()
        if text:
            out.append(Line(text, inside["marked"] > 0, inside["apart"] > 0, inside["h1"] > 0))

    def count(element: Any, by: int) -> None:
        inside["marked"] += by * pruned(element)
        inside["apart"] += by * (element.tag in _APART)
        inside["h1"] += by * (element.tag == "h1")

    walk = etree.iterwalk(root if root is not None else tree, events=("start", "end"))
    for event, element in walk:
        if not isinstance(element.tag, str) or element.tag in _UNSEEN:
            if event == "start" and isinstance(element.tag, str):
                walk.skip_subtree()  # its end still comes, with its tail
            elif event == "end" and element.tail:
                parts.append(element.tail)
            continue
        if element.tag in _BLOCKS:
            flush()
        if event == "start":
            count(element, 1)
            parts.append(element.text or "")
        else:
            count(element, -1)
            parts.append(element.tail or "")
    flush()
    return out


def split_at_blocks(paragraphs: tuple[str, ...], lines: list[Line]) -> tuple[str, ...]:
    """`paragraphs` with each that is two or more of the page's `lines` in a row parted
    into them, those to be pruned left out."""
    if not lines:
        return paragraphs
    starts: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        starts.setdefault(_key(line.text), []).append(index)
    out: list[str] = []
    for paragraph in paragraphs:
        # A list's item, which trafilatura marks with a dash, holding several blocks (a
        # listing's programme, its time and its blurb) is parted as any paragraph is.
        text = words(paragraph).removeprefix(_ITEM)
        first = text.split(" ", 1)[0]
        tries = [*starts.get(first, ()), *starts.get(_key(text), ())][:_MAX_TRIES]
        parts = next((f for i in tries if (f := _run(text, lines, i)) is not None), None)
        if parts is None:
            out.append(paragraph)
        else:
            out.extend(line.text for line in parts if not line.pruned)
    return tuple(out)


def _run(text: str, lines: list[Line], first: int) -> list[Line] | None:
    """The lines from `first` on that make up `text` exactly, one space apart, where
    there are two or more of them; a few lines that do not follow on may be passed
    over. Else None."""
    parts: list[Line] = []
    at, skipped, index = 0, 0, first
    while index < len(lines) and skipped <= _MAX_SKIPPED:
        line = lines[index]
        index += 1
        end = at + len(line.text)
        if not text.startswith(line.text, at) or (end < len(text) and text[end] != " "):
            if not parts:
                return None
            skipped += 1
            continue
        parts.append(line)
        skipped = 0
        if end >= len(text):
            return parts if len(parts) > 1 else None
        at = end + 1
    return None


def _key(text: str) -> str:
    """A text's first two words, or its one word."""
    return " ".join(text.split(" ", 2)[:2])


def words(text: str) -> str:
    """`text` as a page's `Line` holds it: NFC, its white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def opening_line(paragraphs: tuple[str, ...], lines: list[Line]) -> tuple[int, int | None] | None:
    """The index of the article's first paragraph (a sentence of some length) in
    `paragraphs`, and of the page's line that is that paragraph (None where none is);
    None where no paragraph is one."""
    first = next((i for i, p in enumerate(paragraphs) if _is_paragraph(p)), None)
    if first is None:
        return None
    opening = words(paragraphs[first])
    return first, next((i for i, line in enumerate(lines) if line.text == opening), None)


def _is_paragraph(text: str) -> bool:
    return (
        sentence_end(text) and len(text.split(None, _MIN_PARAGRAPH_WORDS)) >= _MIN_PARAGRAPH_WORDS
    )
