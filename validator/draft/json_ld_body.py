"""The paragraphs of an article whose text is only in its JSON-LD `articleBody`.

A page built by scripts often holds its article's text only in a
`<script type="application/ld+json">`. trafilatura takes that text as one paragraph, its
line breaks collapsed into spaces: the sentences of different paragraphs then ran
together, and a quotation carried on in the next paragraph (news style: the first
paragraph's quotation left open, the next one opening again) was one paragraph with two
opening marks and no speaker. Where the text has line breaks, they part its paragraphs
again here. Where it has none, two signs still tell a break: a sentence's end run into
the next word with no space ("her plan.The actress", text joined from paragraphs with
nothing between), and a quotation opened again after a sentence while one is still open
(the news convention for a quotation going on in a new paragraph).

Every pass here is linear in the text: one walk over the JSON, and one regular
expression whose every match starts at a sentence's end and reads a bounded run.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

from .block_breaks import words

__all__ = ["body_paragraphs", "json_ld_bodies", "restore_breaks"]

_BODY_KEYS = ("articleBody", "reviewBody")
# What trafilatura walks into for a body (a list, "@graph", "mainEntity"), bounded: a
# page's JSON-LD is a few levels deep.
_NESTED = ("@graph", "mainEntity")
_MAX_DEPTH = 8
# A sentence's end (a mark, then closing quotes or a bracket), then either the next
# paragraph's first word or opening quotation mark with no space between, or white space
# and an opening quote.
_BREAK = re.compile(
    r"(?<=[a-z0-9\"”’')])[.!?…][\"”’')]{0,3}(?:(?=[A-Z][a-z]|“)|[ \t]{1,4}(?=[\"“]))"
)
# The tags of a body written as HTML: a block's start or end parts paragraphs, an
# inline one goes. Only these names: "i<b and c>d" is prose. A tag's attributes are
# bounded, and read up to the next "<" or ">" only.
_ATTRIBUTES = r"(?:\s[^<>]{0,500})?/?>"
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|section|article|figure|figcaption|tr"
    r"|table|hr)" + _ATTRIBUTES,
    re.I,
)
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u)" + _ATTRIBUTES,
    re.I,
)
_OPENING = "“"
_CLOSING = "”"


def json_ld_bodies(tree: Any) -> list[str]:  # an lxml HtmlElement; lxml ships no types
    """The `articleBody` (or `reviewBody`) texts of the page's JSON-LD scripts."""
    bodies: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        if not script.text or "Body" not in script.text:
            continue
        try:
            # strict=False: pages write raw line breaks inside JSON strings.
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):
            continue
        _walk(data, bodies)
    return bodies


def _walk(data: object, bodies: list[str]) -> None:
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        items = node if isinstance(node, list) else [node]
        for item in items:
            if not isinstance(item, dict):
                continue
            bodies.extend(v for k in _BODY_KEYS if isinstance(v := item.get(k), str) and v)
            if depth < _MAX_DEPTH:
                stack.extend((item.get(k), depth + 1) for k in _NESTED if k in item)


def restore_breaks(
    paragraphs: tuple[str, ...], bodies: list[str], clean: Callable[[str], str]
) -> tuple[str, ...]:
    """`paragraphs` with each that is a JSON-LD body (its words as trafilatura gives
    them) replaced by that body's own paragraphs; `clean` makes a text what the article's
    paragraphs are made of (control characters out, NFC)."""
    if not bodies:
        return paragraphs
    known: dict[str, list[str]] = {}
    for body in bodies:
        parts = [p for p in (words(clean(part)) for part in body_paragraphs(body)) if p]
        # As trafilatura gives it: a text as it is, an HTML one's blocks joined.
        text = html.unescape(body)
        known.setdefault(" ".join(parts) if _is_html(text) else words(clean(text)), parts)
    out: list[str] = []
    for paragraph in paragraphs:
        out.extend(known.get(words(paragraph), [paragraph]))
    return tuple(out)


def body_paragraphs(body: str) -> list[str]:
    """A JSON-LD body's paragraphs: at its line breaks (or its written "\\n", where a
    CMS escaped them twice, or its HTML blocks) where it has them, else where a break
    shows (see above)."""
    text = html.unescape(body).replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text and "\\n" in text:
        text = text.replace("\\n", "\n")
    if _is_html(text):
        # A body written as HTML ("<p>...</p><p>...</p>"), as some pages' is: its
        # blocks are its paragraphs, its inline tags go (trafilatura reads it so too).
        text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if "\n" in text:
        return [line for line in text.split("\n") if line.strip()]
    return _split_run_together(text)


def _is_html(text: str) -> bool:
    return "<" in text and (_BLOCK_TAG.search(text) or _INLINE_TAG.search(text)) is not None


def _split_run_together(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    straight = curly = 0  # quotation marks counted up to `counted`
    counted = 0
    for found in _BREAK.finditer(text):
        end = found.end()
        straight += text.count('"', counted, end)
        curly += text.count(_OPENING, counted, end) - text.count(_CLOSING, counted, end)
        counted = end
        # An opening mark after a sentence and a space: a new paragraph only while a
        # quotation is open (an odd count of straight marks, or more curly openings
        # than closings); otherwise it is a quotation within the paragraph.
        spaced = found.group().endswith((" ", "\t"))
        if spaced and not (straight % 2 or curly > 0):
            continue
        parts.append(text[start:end])
        start = end
        straight = curly = 0  # a new paragraph: no quotation open in it yet
    parts.append(text[start:])
    return [p for p in parts if p.strip()]
