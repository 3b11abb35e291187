"""An article as the drafter reads it: its paragraphs and what it says about itself.

Plain text is split into paragraphs at line breaks. An HTML page goes through trafilatura,
the field's standard for taking a page's main text and metadata (title, author, date,
canonical URL): menus, adverts and comment threads are not the article, and a claim drafted
from them would waste a fact-checker's time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Article", "ArticleError", "read_article"]

# A larger page is no news story; refusing it keeps every later step bounded. The text
# drafted from is bounded again once an HTML page's main text is taken out.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024
MAX_TEXT_CHARACTERS = 512 * 1024

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<!--)", re.I)
# Control characters other than line breaks and tabs never belong in an article's text and
# would make excerpts and YAML comments unreadable.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


class ArticleError(Exception):
    """The article cannot be read: one line saying what to fix."""


@dataclass(frozen=True, slots=True)
class Article:
    paragraphs: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, as the page's metadata gives it
    url: str | None = None
    sitename: str | None = None
    is_html: bool = False

    @property
    def text(self) -> str:
        """The article's text as archived: its paragraphs, one per line."""
        return "\n".join(self.paragraphs) + "\n"


def read_article(raw: bytes) -> Article:
    """The article in `raw` (plain text or HTML, UTF-8); raises ArticleError."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"the file is larger than {MAX_ARTICLE_BYTES // 1024 // 1024} MiB")
    if _HTML_START.match(raw[:1024]):
        return _read_html(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"the article is not UTF-8 (byte {error.start}); save it as UTF-8"
        ) from None
    return _bounded(Article(paragraphs=_paragraphs(text)))


def _bounded(article: Article) -> Article:
    if sum(len(p) for p in article.paragraphs) > MAX_TEXT_CHARACTERS:
        raise ArticleError(
            f"the article's text is longer than {MAX_TEXT_CHARACTERS // 1024}K characters; "
            "draft it in parts"
        )
    return article


def _paragraphs(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_CONTROL.sub(" ", line).strip() for line in text.split("\n"))
    return tuple(line for line in lines if line)


def _read_html(raw: bytes) -> Article:
    # Imported here: trafilatura and lxml take a quarter of a second to import, which a
    # plain-text draft should not pay.
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            raw.decode("utf-8", errors="replace"),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as error:  # trafilatura raises whatever lxml raises on a broken page
        raise ArticleError(f"the HTML page cannot be read: {type(error).__name__}") from None
    # A dict from trafilatura versions whose bare_extraction returns one.
    found: object = _Fields(document) if isinstance(document, dict) else document
    text = getattr(found, "text", None)
    if not isinstance(text, str) or not text.strip():
        raise ArticleError("no article text found in the HTML page")
    return _bounded(
        Article(
            paragraphs=_paragraphs(text),
            title=_clean(getattr(found, "title", None)),
            author=_clean(getattr(found, "author", None)),
            published=_clean(getattr(found, "date", None)),
            url=_clean(getattr(found, "url", None)),
            sitename=_clean(getattr(found, "sitename", None)),
            is_html=True,
        )
    )


class _Fields:
    """A dict's keys as attributes, as a Document has them."""

    def __init__(self, fields: dict[str, object]) -> None:
        self.__dict__.update(fields)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL.sub(" ", value).split())
    return text or None
