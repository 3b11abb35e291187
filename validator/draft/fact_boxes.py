"""A review's or a preview's fact box: "Channel: Channel 4", "Director: ...", "Cast: ...",
"Running time: 92 minutes", set beside the article in an `<aside>`.

trafilatura leaves every `<aside>` out of the article, as it mostly holds related stories
or adverts. A fact box inside the article is the article's own statement of who made and
who is in the work and how long it runs, and a fact-checker checks it as much as the
prose: an `<aside>` inside the article whose lines are each a short label, a colon and a
value, with no link in it, is made an ordinary block so that it is kept.

A fact box set as a definition list (`<dl>` of a term and its value, as a listings page
prints "Director" over "Dominic Savage") is read by trafilatura as a list of lone
words, its labels parted from their values: each term and its value is made one line,
"Director: Dominic Savage".

A review's star row ("★★★★☆") is dropped too, by the class a page gives it ("rating",
"stars"): the review's own rating is listed for the reviewer from a copy of the page as
text, and is listed from the page itself when the row inside the article is made a
plain paragraph.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["keep_definition_lists", "keep_fact_boxes", "keep_star_rows"]

_ITEMS = ("li", "p", "dt", "dd", "tr")
_MAX_LABEL_WORDS = 3
_MIN_LINES = 2
_MAX_LINES = 40


def keep_fact_boxes(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Makes each fact box inside an article element a `div`; whether any was."""
    kept = False
    for aside in tree.xpath("//article//aside"):
        if _is_fact_box(aside):
            aside.tag = "div"
            kept = True
    return kept


def _is_fact_box(aside: Any) -> bool:
    if aside.xpath(".//a"):
        return False  # related stories, a "more from" box: links to other articles
    lines = [" ".join(item.text_content().split()) for item in aside.iter(*_ITEMS)]
    lines = [line for line in lines if line]
    if not _MIN_LINES <= len(lines) <= _MAX_LINES:
        return False
    return all(_is_labelled(line) for line in lines)


def _is_labelled(line: str) -> bool:
    """ "Running time: 92 minutes": a label of a few words, a colon, a value."""
    label, colon, value = line.partition(":")
    words = label.split()
    return bool(colon) and 0 < len(words) <= _MAX_LABEL_WORDS and bool(value.strip())


_STAR_ROW = re.compile(r"\s*[★☆]{3,10}\s*")


def keep_star_rows(tree: Any) -> bool:  # an lxml HtmlElement
    """Makes each star row inside an article element a plain paragraph, without the class
    that has trafilatura drop it; whether any was."""
    kept = False
    for element in tree.xpath("//article//*[not(*)][not(ancestor-or-self::a)]"):
        if _STAR_ROW.fullmatch(element.text_content() or ""):
            element.tag = "p"
            for name in ("class", "id"):
                element.attrib.pop(name, None)
            kept = True
    return kept


def keep_definition_lists(tree: Any) -> bool:  # an lxml HtmlElement
    """Makes each definition list of short terms, each with one value, lines of "term:
    value"; whether any was."""
    kept = False
    for listing in tree.xpath("//dl"):
        pairs = _pairs(listing)
        if pairs is None:
            continue
        for child in list(listing):
            listing.remove(child)
        listing.tag = "div"
        listing.text = None
        for term, value in pairs:
            line = listing.makeelement("p", {})
            line.text = f"{term}: {value}"
            listing.append(line)
        kept = True
    return kept


def _pairs(listing: Any) -> list[tuple[str, str]] | None:
    """The (term, value) pairs of a `<dl>`, or None where it is no fact box: a term of
    more than a few words, a term without one value, or too many or too few lines."""
    children = [c for c in listing if isinstance(c.tag, str)]
    if not _MIN_LINES <= len(children) // 2 <= _MAX_LINES or len(children) % 2:
        return None
    pairs = []
    for term, value in zip(children[::2], children[1::2], strict=True):
        if term.tag != "dt" or value.tag != "dd":
            return None
        words = " ".join(term.text_content().split()).rstrip(":")
        text = " ".join(value.text_content().split())
        if not words or not text or len(words.split()) > _MAX_LABEL_WORDS:
            return None
        pairs.append((words, text))
    return pairs
