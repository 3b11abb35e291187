"""An HTML page's title as the page shows it.

trafilatura takes a page's title from its JSON-LD first, and from a live blog's it took
the headline of an update nested in it ("Leading Actress: Kate Winslet", one post of
"Bafta TV awards 2023 live: ..."): the draft's title was a post's. A title the page shows
nowhere, neither in its `<title>`, its `og:title` nor a first-level heading, is not
its title: the first such heading is, where the page has one.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["shown_title", "shown_titles"]

# The page's own titles: its <title>, its social title, its first-level headings.
_SHOWN = "//title | //meta[@property='og:title']/@content | //h1"
_MAX_SHOWN = 20


def shown_titles(tree: Any) -> list[str]:  # an lxml tree
    """The titles the page shows, as read before trafilatura takes the page apart: its
    first first-level heading ("" where it has none), then its `<title>`, its `og:title`
    and its first-level headings."""
    first = [" ".join(_text(h).split()) for h in tree.xpath("//h1")[:1]]
    return [*(first or [""]), *(_text(t) for t in tree.xpath(_SHOWN)[:_MAX_SHOWN])]


def shown_title(title: str | None, shown: list[str]) -> str | None:
    """`title`, where the page shows it (`shown_titles`); else the page's first
    first-level heading, where it has one."""
    wanted = _words(title or "")
    if not wanted or any(wanted in _words(text) for text in shown[1:]):
        return title
    return (shown[0] if shown else "") or title


def _text(found: Any) -> str:
    return str(found) if isinstance(found, str) else str(found.text_content())


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
