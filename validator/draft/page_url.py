"""Where a page says it is when it has no canonical link or og:url, which trafilatura
reads: the url of the article its JSON-LD describes (a page built by scripts often has
nothing else), and the address a browser notes at the top of a page it saved
(`<!-- saved from url=(0064)https://... -->`). Only an http or https address is taken:
a saved page's note is often `about:internet`, and nothing else names an article."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

__all__ = ["http_address", "page_url"]

# The address ends where the note does: at a space, or at "-->" written straight after
# it (`url=(0024)https://c.example/story-->` is no address ending in "--").
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d{1,5}\)([^\s>]{1,2000}?)(?=-->|[\s>]|\Z)", re.I
)
_JSON_LD = re.compile(r"<script\b[^>]{0,500}?application/ld\+json[^>]{0,500}>", re.I)
_END = re.compile(r"</script", re.I)
_URL = re.compile(r"https?://[^\s\"'<>\\]{1,2000}", re.I)
# A page holds a few JSON-LD blocks, each a few kilobytes: more are not read, so a
# hostile page cannot make this step long.
_MAX_BLOCKS = 20
_MAX_BLOCK = 256 * 1024
_MAX_NODES = 10_000


def page_url(page: str) -> str | None:
    """The article's address from its JSON-LD, else from a browser's saved-from note."""
    at = 0
    for _ in range(_MAX_BLOCKS):
        start = _JSON_LD.search(page, at)
        # Each block is searched for from the end of the last: one pass over the page,
        # however many unclosed script tags it holds.
        end = _END.search(page, start.end()) if start else None
        if start is None or end is None:
            break
        found = _json_ld_url(page[start.end() : end.start()])
        if found is not None:
            return found
        at = end.end()
    saved = _SAVED_FROM.search(page[:4096])
    return http_address(saved.group(1)) if saved else None


def _json_ld_url(block: str) -> str | None:
    if len(block) > _MAX_BLOCK:
        return None
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
        return None
    stack: list[object] = [data]
    for _ in range(_MAX_NODES):
        if not stack:
            break
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_article(node.get("@type")):
                url = http_address(node.get("url")) or http_address(
                    _id(node.get("mainEntityOfPage"))
                )
                if url is not None:
                    return url
            stack.extend(reversed(list(node.values())))
    return None


def _is_article(kind: object) -> bool:
    """schema.org's Article and its kinds (NewsArticle, ReportageNewsArticle, ...)."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(("Article", "BlogPosting")) for k in kinds)


def _id(value: object) -> object:
    if isinstance(value, dict):
        return value.get("@id") or value.get("url")
    return value


def http_address(value: object) -> str | None:
    """`value` as an http or https address (up to 2,000 characters after `//`), else None: what a
    page, a saved page's headers or a Markdown file's front matter may give as the
    article's url, with a host to name the outlet by ("http://[x" has none: reading its
    host stopped the command with a traceback)."""
    if not isinstance(value, str) or not _URL.fullmatch(value.strip()):
        return None
    try:
        host = urlsplit(value.strip()).hostname
    except ValueError:
        return None
    return value.strip() if host else None
