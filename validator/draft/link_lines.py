"""Lines of a page that are only links: "Read more: <a>...</a>", a list of related stories,
a row of tags, a teaser card that is one link. Each link is another article's headline,
and a headline states a fact ("Mia Threapleton, 21, ...", "... runs for two hours"), so a
claim drafted from it is one the article never made. Besides its links such a line holds
separators and at most a label of a few words ("Read more:", "Share:"), never a sentence.

An HTML page's link-only blocks are marked here and pruned by trafilatura after it has
read the page's metadata (a byline's link still names the author); Markdown's lines are
told by the same label (`markdown`).
"""

from __future__ import annotations

from typing import Any

__all__ = ["PRUNE", "is_pruned", "links_only", "mark_link_lines", "mark_pruned"]

# What a line of links holds besides its links: separators, bullets, white space, and at
# most a label of three short words with no sentence in it. A word may hold a separator
# ("e-mail", "2/3") and ends before one.
_SEPARATORS = frozenset("|·•,/-–—:")
_SENTENCE = frozenset(".!?")
_MAX_LABEL_WORDS = 3
_MAX_WORD = 30
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The words outside links a heading's next block holds, that make it a heading over text.
_MIN_TEXT_WORDS = 3
# The attribute a link-only block is marked with, and the expression that prunes it.
_MARK = "data-link-line"
PRUNE = f"//*[@{_MARK}]"
_LINES = ("p", "li", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "div")
_BLOCKS = frozenset(
    {*_LINES, "h1", "ul", "ol", "dl", "table", "section", "article", "aside", "header"}
    | {"footer", "nav", "main", "blockquote", "figure", "form", "pre"}
)


def mark_link_lines(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Marks each block of `tree` holding no other block whose words are all links but
    for a label; whether any was marked."""
    marked = False
    for element in tree.iter(*_LINES):
        if any(d.tag in _BLOCKS for d in element.iterdescendants()):
            continue
        linked = "".join(element.xpath(".//text()[ancestor::a]"))
        if not linked.strip():
            continue
        outside = "".join(element.xpath(".//text()[not(ancestor::a)]"))
        if links_only(outside) and not _heads_text(element):
            element.set(_MARK, "")
            marked = True
    return marked


def mark_pruned(element: Any) -> None:  # an lxml HtmlElement
    """Marks `element` to be pruned with the page's lines of links (see `PRUNE`)."""
    element.set(_MARK, "")


def _heads_text(element: Any) -> bool:
    """Whether `element` is a heading over text of its own (a listing's programme, a
    card's headline over its summary): the heading names what the text under it is
    about, and a card that is no article's is pruned whole (`teaser_cards`)."""
    if element.tag not in _HEADINGS:
        return False
    after = next((e for e in element.itersiblings() if isinstance(e.tag, str)), None)
    if after is None:
        return False
    words = " ".join(after.xpath(".//text()[not(ancestor::a)]")).split()
    return len(words) >= _MIN_TEXT_WORDS


def is_pruned(element: Any) -> bool:  # an lxml HtmlElement
    """Whether `element` is marked to be pruned."""
    return element.get(_MARK) is not None


def links_only(text: str) -> bool:
    """Whether `text` is only separators and at most a label of three short words, each
    followed by a separator or a space.

    Read once, left to right: each word is taken as long as it can be (up to its last
    character before a separator, at most 30), which leaves the fewest words. (As a
    regular expression, with a word's characters and a separator's overlapping, a line
    of 50 hyphens and a full stop took seconds, each more hyphen doubling it.)"""
    text += " "
    at, end, words = 0, len(text), 0
    while True:
        while at < end and (text[at] in _SEPARATORS or text[at].isspace()):
            at += 1
        if at == end:
            return True
        if text[at] in _SENTENCE or words == _MAX_LABEL_WORDS:
            return False
        words += 1
        last = None  # where the longest word from `at` may end
        for i in range(at, min(at + _MAX_WORD, end - 1)):
            if text[i] in _SENTENCE or text[i] == "|" or text[i].isspace():
                break
            if text[i + 1] in _SEPARATORS or text[i + 1].isspace():
                last = i
        if last is None:
            return False
        at = last + 1
