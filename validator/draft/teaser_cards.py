"""A page's teaser cards: another article's headline, a line or two of its summary and a
link to it ("The Reader" over "Winslet won an Oscar for The Reader ... The film runs for
124 minutes." and "Read more"), set in a grid of related stories inside or beside the
article.

A card whose every word is a link is pruned as a line of links (`link_lines`); one whose
summary is plain text was kept, and its facts lent to the article's work: the summary of
a card about another film ("The film runs for 124 minutes", "airs on BBC One on Sunday
at 8pm") was drafted as the running time and broadcast of the film the article is about.
A card is told by its shape, never by its words: a block of at most a teaser's length
holding a heading (h2-h6) and a link to another page that is the heading's own (the
heading a link, or inside one), a thumbnail (a picture alone), or that closes the block
with a few words ("Read more", "Full story"). A live blog's post has a heading too, but
no link around it, and a link closing it is to the post itself ("#post-4") or a control
("Share"). Where the cards hold two thirds of the words of the article they are set in
or more (a listings page, each programme a card, under a headline and a line or two),
they are its content and are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

from .furniture import Kind, kind_of
from .link_lines import mark_pruned

__all__ = ["mark_teaser_cards"]

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARDS = ("div", "li", "article", "section", "aside")
# A teaser's summary is a sentence or two; a section of the article is longer.
_MAX_CARD_WORDS = 60
_MAX_CLOSING_LINK_WORDS = 3
# The headings read for a card: a page has tens; a page of thousands is read in part.
_MAX_HEADINGS = 500
# A card heads one story: a block holding two headings is a grid, or the article.
_HEADED = "count(.//h2|.//h3|.//h4|.//h5|.//h6)"


def mark_teaser_cards(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Marks each teaser card of `tree` to be pruned, unless the cards hold most of the
    page's words; whether any was marked."""
    counted: dict[Any, int] = {}

    def words(element: Any) -> int:
        # Each block's words counted once: the headings of a page share the blocks around
        # them, and one of a page's whole text read for each of 500 headings took seconds.
        if element not in counted:
            counted[element] = len(element.text_content().split())
        return counted[element]

    cards: list[Any] = []
    for heading in islice(tree.iter(*_HEADINGS), _MAX_HEADINGS):
        card = _card_of(heading, words)
        if card is not None and not any(card is c for c in cards):
            cards.append(card)
    if not cards:
        return False
    total = words(_around(tree, cards))
    if 3 * sum(words(card) for card in cards) >= 2 * total:
        return False  # the cards are most of the article: a listings page's content
    for card in cards:
        mark_pruned(card)
    return True


def _around(tree: Any, cards: list[Any]) -> Any:
    """The block holding the page's headline (its first first-level heading) and every
    card: the article the cards are set in, or beside; the page's body where it has no
    headline."""
    headline = tree.find(".//h1")
    body = tree.find(".//body")
    if headline is None:
        return body if body is not None else tree
    for block in headline.iterancestors():
        if all(any(a is block for a in card.iterancestors()) for card in cards):
            return block
    return tree


def _card_of(heading: Any, words: Callable[[Any], int]) -> Any | None:
    """The card `heading` heads: the nearest block around it of a teaser's length (in
    `words`) that holds a link to another page, the heading's own or one closing it; else
    None."""
    linked = any(_elsewhere(a) for a in (*heading.iterancestors("a"), *heading.iter("a")))
    for element in heading.iterancestors(*_CARDS):
        if words(element) > _MAX_CARD_WORDS or element.xpath(_HEADED) > 1:
            return None
        links = [a for a in element.iter("a") if _elsewhere(a)]
        pictured = any(_picture(a) for a in links)
        if links and (linked or pictured or _closes(element, links[-1])):
            return element
    return None


def _elsewhere(link: Any) -> bool:
    """Whether a link leads to another page: not within this one ("#post-4"), nor a
    script's."""
    href = (link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _picture(link: Any) -> bool:
    """Whether a link is a picture alone, as a card's thumbnail is."""
    return not link.text_content().strip() and next(link.iter("img", "picture"), None) is not None


def _closes(element: Any, link: Any) -> bool:
    """Whether `link` is the last text of `element`, a few words that are no control of
    the page ("Read more", not "Share")."""
    text = " ".join(link.text_content().split())
    if not text or len(text.split()) > _MAX_CLOSING_LINK_WORDS:
        return False
    if kind_of(text) is Kind.CHROME:
        return False
    # Nothing after the link, inside the card.
    return " ".join(element.text_content().split()).endswith(text)
