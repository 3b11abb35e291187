"""A Markdown article as the drafter reads it: its prose without the markup.

Read as plain text, Markdown's marks stood between a cue's words ("**I Am Ruth**, which
aired" is no "{subject}, which aired") and stayed in excerpts; its front matter's `---`
became the title; and the lines that are only links (a menu, a share bar, a list of
related stories, each link a headline that states a fact) were drafted from. So:

- YAML front matter gives the title, author, date and url (simple `key: value` lines).
- A line that is only links, images and separators, a rule, a table row, a reference
  definition or a fenced code block is not prose; nor is a line wholly in emphasis just
  after an image (its caption, which a page's figure would hold).
- Headings, quotations and list items are read as their words; lines that run on are one
  paragraph; a link keeps its words, and emphasis and code marks go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .link_lines import links_only
from .page_url import http_address

__all__ = ["Markdown", "read_markdown"]

_FRONT_KEYS = {
    "title": "title",
    "author": "author",
    "date": "published",
    "published": "published",
    "url": "url",
    "canonical_url": "url",
    "site": "sitename",
    "outlet": "sitename",
}
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=T|\s|$)")
_FRONT_LINE = re.compile(r"([A-Za-z_]{1,20})\s*:\s*(.*)")
_RULE = re.compile(r" {0,3}([-*_])(?:\s*\1){2,}\s*")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_HEADING = re.compile(r" {0,3}#{1,6}(?:\s+|$)")
_QUOTE = re.compile(r"(?:\s{0,3}>\s?)+")
_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+")
_DEFINITION = re.compile(r" {0,3}\[[^\]]{1,500}\]:\s*\S")
# A link's words and address hold no bracket: each "[" of a line of them ("[a]([a](...")
# is then given up at the next one, where an address of up to 2,000 characters was
# scanned and backed out of from each (20 s on a line of 100,000).
_TARGET = r"\([^()\s\[\]]{0,2000}(?:\s+\"[^\"]{0,500}\")?\)"
_IMAGE = re.compile(r"!\[[^\[\]]{0,500}\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]]{0,500})\](?:" + _TARGET + r"|\[[^\[\]]{0,100}\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]{1,2000}>")
# Emphasis spans a few words: bounded, a line of unmatched marks is not searched to its
# end from each one. A mark escaped with a backslash is the character itself.
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.{1,300}?)(?<=[^\s\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=\S)(.{1,300}?)(?<=[^\s\\])\1(?![\w*])")
_CODE = re.compile(r"`([^`]{1,500})`")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_ALL_EMPHASIS = re.compile(r"\s*([*_]{1,2})\S.*\S\1\s*")


@dataclass(frozen=True, slots=True)
class Markdown:
    paragraphs: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    sitename: str | None = None


def read_markdown(text: str) -> Markdown:
    """The prose paragraphs of a Markdown text and what its front matter says."""
    lines = text.split("\n")
    front, lines = _front_matter(lines)
    paragraphs: list[str] = []
    running: list[str] = []
    heading: str | None = None
    fenced = after_image = quoted = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        image = bool(_IMAGE.search(line))
        caption = after_image and bool(_ALL_EMPHASIS.fullmatch(line))
        after_image = image or (after_image and not line.strip())
        words, starts = _prose(line)
        if words is None or caption:
            _flush(running, paragraphs)
            continue
        quoting = bool(_QUOTE.match(line))
        if starts or quoting != quoted:  # a heading, a list item, a quotation: its own
            _flush(running, paragraphs)
        quoted = quoting
        running.append(words)
        if _HEADING.match(line):
            heading = words if heading is None else heading
            _flush(running, paragraphs)
    _flush(running, paragraphs)
    return Markdown(
        paragraphs=tuple(paragraphs),
        title=front.get("title") or heading,
        author=front.get("author"),
        published=front.get("published"),
        url=front.get("url"),
        sitename=front.get("sitename"),
    )


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    found: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_LINE.fullmatch(line.strip())
        key = _FRONT_KEYS.get(match.group(1).lower()) if match else None
        if match is None or key is None:
            continue
        value = _unquoted(match.group(2).strip())
        if key == "published":
            date = _DATE.match(value)
            value = date.group(0) if date else ""
        elif key == "url":
            # As a page's: an http or https address, bounded. ("http://[x" stopped the
            # command with a traceback; "javascript:..." was written as the source's url.)
            value = http_address(value) or ""
        if value:
            found.setdefault(key, value)
    return found, lines[end + 1 :]


def _unquoted(value: str) -> str:
    """A front matter value without the quotation marks around it, as YAML reads one
    ('It''s' is "It's"); a mark of its own words kept: "'Mum and I had to forget'"
    lost its closing mark when every mark at either end was stripped."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        value = inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value.strip()


def _prose(line: str) -> tuple[str | None, bool]:
    """A line's words without its markup (None: not prose), and whether it starts a
    paragraph of its own."""
    if not line.strip() or _RULE.fullmatch(line) or _DEFINITION.match(line):
        return None, False
    if line.lstrip().startswith("|"):
        return None, False
    starts = False
    quote = _QUOTE.match(line)
    if quote:
        line = line[quote.end() :]
    for mark in (_HEADING, _ITEM):
        found = mark.match(line)
        if found:
            line, starts = line[found.end() :], True
    without = _AUTOLINK.sub("", _IMAGE.sub("", line))
    # One pass finds the links and what the line holds besides them.
    spaced, links = _LINK.subn(" ", without)
    if links_only(spaced) if links else not without.strip():
        return None, False
    words = _LINK.sub(lambda m: m.group(1), without)
    words = _CODE.sub(lambda m: m.group(1), words)
    words = _EMPHASIS.sub(lambda m: m.group(2), _STRONG.sub(lambda m: m.group(2), words))
    words = _ESCAPED.sub(lambda m: m.group(1), words).strip().rstrip("#").strip()
    return (words or None), starts


def _flush(running: list[str], paragraphs: list[str]) -> None:
    if running:
        paragraphs.append(" ".join(running))
        running.clear()
