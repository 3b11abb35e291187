"""The words of a page's `<time>` elements, kept in its text.

trafilatura drops every `<time>` element with its words, as it mostly holds a page's
date beside its byline. In a listing or a preview the element sits inside the text:
"I Am Ruth airs on Channel 4 on <time>Thursday 8 December at 9pm</time>" became "airs
on Channel 4 on ." and no broadcast was drafted. The words of such an element are copied
into the text right before it; the element stays, empty of words, for the page's date
to be read from its `datetime` as before.
"""

from __future__ import annotations

from typing import Any

__all__ = ["keep_time_words"]

# The blocks of running text a `<time>` element's words are part of.
_TEXT_BLOCKS = "p|li|dd|td|h1|h2|h3|h4|h5|h6|blockquote"
_MAX_CHARACTERS = 200  # a time element's words are a date and a time


def keep_time_words(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Copies the words of each `<time>` element inside a block of text before it;
    whether any was."""
    kept = False
    blocks = " or ".join(f"self::{tag}" for tag in _TEXT_BLOCKS.split("|"))
    for element in tree.xpath(f"//time[ancestor::*[{blocks}]]"):
        words = " ".join(element.text_content().split())[:_MAX_CHARACTERS]
        if not words:
            continue
        _put_before(element, words)
        for child in list(element):
            element.remove(child)
        element.text = None
        kept = True
    return kept


def _put_before(element: Any, words: str) -> None:
    """Adds `words` to the text right before `element`: its previous sibling's tail, or
    its parent's own text."""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + words
        return
    parent = element.getparent()
    parent.text = (parent.text or "") + words
