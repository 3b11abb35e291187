"""How much of an HTML page trafilatura may be given: bounded before it is, and whole.

trafilatura's time grows with the square of the inline elements in one block of text
(measured on trafilatura 2.x: one paragraph of 5,000 `<span>` took 0.96 s, of 10,000
5.4 s, of 20,000 26 s, and of 250,000 ran past ten minutes), and faster than the number
of elements of the page (20,000 in short paragraphs: 1.65 s). A page of 4 MiB, the
largest read, may hold half a million elements: drafting from it must end, with a line
saying why, rather than hang. A news page holds a few thousand elements, none of its
paragraphs more than a few dozen. Nor may a page nest elements as deep as the HTML parser
stops at (`page_too_deep`): the rest of the page would be lost without a word.
"""

from __future__ import annotations

from typing import Any

__all__ = ["page_too_deep", "page_too_large"]

MAX_PAGE_ELEMENTS = 20_000
MAX_INLINE_IN_BLOCK = 1_000
# How deep libxml2's HTML parser nests elements, the page's root counted as 1: an element
# that would open deeper ends the parse, and all the page holds after it is lost unsaid
# (a 300-deep widget in an article dropped every paragraph below it from the draft).
PARSER_DEPTH = 256

# The elements that run inside a line of text; any other starts a block of its own.
_INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)


def page_too_large(tree: Any) -> str | None:
    """Why the page (an lxml tree) is too large to take the article from, or None."""
    elements = 0
    # Each element still to look at, with the count of inline elements of the block it
    # runs in (one list shared by the block's elements): a block's inline elements,
    # however nested, are counted together, as trafilatura takes them together.
    stack: list[tuple[Any, list[int] | None]] = [(tree, None)]
    while stack:
        element, inline = stack.pop()
        elements += 1
        if elements > MAX_PAGE_ELEMENTS:
            return (
                f"the page has more than {MAX_PAGE_ELEMENTS:,} HTML elements; save the "
                "article's own text (or its article element) and draft from that"
            )
        tag = element.tag if isinstance(element.tag, str) else ""
        if inline is not None and tag.lower() in _INLINE:
            inline[0] += 1
            if inline[0] > MAX_INLINE_IN_BLOCK:
                return (
                    f"a paragraph of the page holds more than {MAX_INLINE_IN_BLOCK:,} "
                    "elements; save the article's text and draft from that"
                )
        else:  # a block: its own count starts
            inline = [0]
        stack.extend((child, inline) for child in element)
    return None


def page_too_deep(tree: Any) -> str | None:
    """Why the page (an lxml tree, at most `MAX_PAGE_ELEMENTS` of them: see
    `page_too_large`) may have been parsed only in part, or None: an element as deep as
    the parser nests them, past which it reads nothing more of the page."""
    stack: list[tuple[Any, int]] = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        if depth >= PARSER_DEPTH:
            return (
                f"the page nests its elements {PARSER_DEPTH} deep, as deep as the HTML "
                "parser reads, past which it reads nothing more of the page; save the "
                "article's text and draft from that"
            )
        stack.extend((child, depth + 1) for child in element)
    return None
