"""Posts from social networks embedded in a page: a tweet, an Instagram or TikTok post.

An article quotes a post by embedding it with the code the network hands out: a
`<blockquote class="twitter-tweet">` holding the post's words, its author and its date,
which the network's script turns into a card. The words are the poster's, not the
article's: drafted from, a viewer's "I Am Ruth on BBC Two at 10pm" or an old post's
"Kate Winslet, 46, at the premiere" became claims the outlet made, and the post's date a
date no cue placed. Each embed is pruned with the page's lines of links. The classes are
the networks' own, the same on every site that embeds their posts.
"""

from __future__ import annotations

from typing import Any

from .link_lines import mark_pruned

__all__ = ["mark_embeds"]

_EMBED_CLASSES = frozenset(
    {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "reddit-card"}
    | {"fb-post", "fb-video", "bluesky-embed", "text-post-media", "mastodon-embed"}
)


def mark_embeds(tree: Any) -> bool:  # an lxml HtmlElement; lxml ships no types
    """Marks each embedded post of `tree` to be pruned; whether any was."""
    marked = False
    for element in tree.iter("blockquote", "div", "figure"):
        if _EMBED_CLASSES.intersection((element.get("class") or "").split()):
            mark_pruned(element)
            marked = True
    return marked
