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

import re
from typing import Any

__all__ = ["LINKS_ONLY", "PRUNE", "mark_link_lines"]

# What a line of links holds besides its links: separators, bullets, white space, and at
# most a label of three short words with no sentence in it.
LINKS_ONLY = re.compile(r"[\s|·•,/\-–—:]*(?:[^\s.!?|]{1,30}[\s|·•,/\-–—:]+){0,3}")
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
        if LINKS_ONLY.fullmatch(outside + " "):
            element.set(_MARK, "")
            marked = True
    return marked
