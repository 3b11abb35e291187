"""An article as the drafter reads it: its paragraphs and what it says about itself.

Plain text is split into paragraphs at line breaks; Markdown is read by `markdown`. An
HTML page goes through trafilatura, the field's standard for taking a page's main text
and metadata (title, author, date, canonical URL): menus, adverts and comment threads are
not the article, and a claim drafted from them would waste a fact-checker's time.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from .block_breaks import page_lines, split_at_blocks
from .embeds import mark_embeds
from .fact_boxes import keep_definition_lists, keep_fact_boxes, keep_star_rows
from .furniture import Kind, kind_of
from .headline_dates import set_off_date
from .infoboxes import keep_infoboxes
from .json_ld_body import json_ld_bodies, restore_breaks
from .link_lines import PRUNE, is_pruned, mark_link_lines
from .markdown import read_markdown
from .mhtml import MhtmlError, is_mhtml, read_mhtml
from .page_bylines import names_only, page_author, page_byline
from .page_copy import read_page_copy
from .page_size import page_too_deep, page_too_large
from .page_titles import shown_title, shown_titles
from .page_url import page_url
from .standfirsts import with_standfirst
from .teaser_cards import mark_teaser_cards
from .time_words import keep_time_words

__all__ = ["MAX_ARTICLE_BYTES", "Article", "ArticleError", "read_article"]

# A larger page is no news story; refusing it keeps every later step bounded. The text
# drafted from is bounded again once an HTML page's main text is taken out.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024
MAX_TEXT_CHARACTERS = 512 * 1024

# A page, or a part of one a CMS exports or a reader copies from the page's source: it
# starts with the elements a page or an article's body starts with. (A fragment starting
# "<div class=...>" was drafted as plain text, its tags in the title and excerpts.)
_HTML_START = re.compile(
    rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<!--|<\?xml|<meta|<title"
    rb"|<(?:div|main|section|header|p|h[1-6]|link|script|style|figure|span|table)[\s/>])",
    re.I,
)
# Where htmldate may take the page's date from: its metadata, time elements, date and
# byline elements and its address, not a date it finds in the text (extensive_search),
# which on a preview with no date of its own is the broadcast date the article announces:
# every relative date of the draft was then resolved from the wrong day. Without one the
# command asks for --published. The original date, not the last modified. Asked of
# trafilatura's own defaults (`set_date_params`): trafilatura 2.0.0 takes the parameters
# as the whole set and raised KeyError on a set without its latest date allowed.
_EXTENSIVE_DATE_SEARCH = False
_WHOLE_PAGE = re.compile(r"<(?:html|body)[\s>]", re.I)
_BOM = b"\xef\xbb\xbf"
# The encoding a page declares in its first 1024 bytes, where browsers look for it: a
# <meta charset>, a <meta http-equiv> content type, or an XHTML page's XML declaration.
_DECLARED = re.compile(
    rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([a-z0-9_.:-]{1,40})"
    rb"|<\?xml[^>]*?encoding\s*=\s*[\"']([a-z0-9_.:-]{1,40})",
    re.I,
)
# The web's single- and multi-byte encodings Python has, by Python's name for each; as
# in browsers (the WHATWG Encoding Standard), Latin-1 and ASCII labels mean windows-1252
# and GB2312 means GBK. Any other label (UTF-16 in a meta, which cannot be, or a codec
# no page uses, such as rot13) leaves the page read as UTF-8.
_WEB_ENCODINGS = frozenset(
    {
        "utf-8",
        *(f"cp{n}" for n in (866, *range(1250, 1259))),
        *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
        *("koi8-r", "koi8-u", "mac-roman", "tis-620", "shift_jis", "euc_jp", "iso2022_jp"),
        *("gbk", "gb18030", "big5", "euc_kr"),
    }
)
_WEB_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}
# Control characters other than line breaks and tabs never belong in an article's text and
# would make excerpts and YAML comments unreadable.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_WORD = re.compile(r"\w")
# The next step where a page cannot give its article: its text, saved as plain text.
_SAVE_TEXT = "save the article's text and draft from that"


class ArticleError(Exception):
    """The article cannot be read: one line saying what to fix."""


@dataclass(frozen=True, slots=True)
class Article:
    paragraphs: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, as the page's metadata gives it
    date_doubt: str | None = None  # why a date line gave no date (see bylines.Byline)
    url: str | None = None
    sitename: str | None = None
    is_html: bool = False
    is_markdown: bool = False

    @property
    def is_file_text(self) -> bool:
        """Whether the paragraphs are the file's own lines, so that the file can be the
        archive excerpts are checked against: not for HTML or Markdown, whose markup
        is taken out."""
        return not (self.is_html or self.is_markdown)

    @property
    def text(self) -> str:
        """The article's text as archived: its paragraphs, one per line."""
        return "\n".join(self.paragraphs) + "\n"


def read_article(raw: bytes, *, markdown: bool = False, outlet: str | None = None) -> Article:
    """The article in `raw` (plain text, Markdown when `markdown`, or HTML; UTF-8, or
    UTF-16 with its byte order mark), published by `outlet` where that is known (a page
    copied as text may print its name over the headline); raises ArticleError."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"the file is larger than {MAX_ARTICLE_BYTES // 1024 // 1024} MiB; save the "
            "article's own text (not the whole page) and draft from that, or draft it in parts"
        )
    raw = _utf8(raw)
    if is_mhtml(raw[:4096]):
        return _read_saved_page(raw)
    if _HTML_START.match(raw[:1024].removeprefix(_BOM)):
        return _read_html(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if b"\x00" in raw[:8192]:
            # A NUL byte among bytes that are not UTF-8: a document, archive or image
            # (.docx, .pdf, .gz), which no saving as UTF-8 makes an article.
            raise ArticleError(
                "the file is not text (it holds binary data); "
                "give the article as plain text, Markdown or HTML"
            ) from None
        raise ArticleError(
            f"the article is not UTF-8 (byte {error.start}); save it as UTF-8"
        ) from None
    if markdown:
        return _read_markdown(text)
    copy = read_page_copy(_paragraphs(text), outlet)
    return _bounded(
        Article(
            paragraphs=copy.paragraphs,
            title=_clean(copy.title),
            author=_clean(copy.author),
            published=copy.published,
            date_doubt=copy.date_doubt,
        )
    )


def _utf8(raw: bytes) -> bytes:
    """A text saved as UTF-16 with its byte order mark (Windows' "Unicode"), as UTF-8;
    any other bytes as they are."""
    if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw
    try:
        return raw.decode("utf-16").encode("utf-8")
    except UnicodeError:  # a lone half of a pair, or an odd number of bytes
        raise ArticleError(
            "the article starts as UTF-16 text but is not valid UTF-16; save it as UTF-8"
        ) from None


def _read_markdown(text: str) -> Article:
    found = read_markdown("\n".join(_paragraphs(text, keep_blank=True)))
    if not found.paragraphs:
        # Front matter and links only: a draft of it would be a title and no claims.
        raise ArticleError(
            "no article text found in the Markdown file (only front matter, links, code or "
            "tables); write the article below its front matter"
        )
    return _bounded(
        Article(
            paragraphs=found.paragraphs,
            title=_clean(found.title),
            author=_clean(found.author),
            published=_clean(found.published),
            url=_clean(found.url),
            sitename=_clean(found.sitename),
            is_markdown=True,
        )
    )


def _bounded(article: Article) -> Article:
    """The article, not too long; a text dated by a date its headline or standfirst sets
    off where it has no date line (see headline_dates). Not a page: its own metadata
    dates it, never words of its text (see `_EXTENSIVE_DATE_SEARCH`)."""
    if sum(len(p) for p in article.paragraphs) > MAX_TEXT_CHARACTERS:
        raise ArticleError(
            f"the article's text is longer than {MAX_TEXT_CHARACTERS // 1024}K characters; "
            "draft it in parts"
        )
    if article.published is None and article.date_doubt is None and not article.is_html:
        found = set_off_date(article.title, article.paragraphs)
        if found is not None:
            return replace(article, published=found)
    return article


def _paragraphs(text: str, *, keep_blank: bool = False) -> tuple[str, ...]:
    """Lines with control characters blanked; blank ones kept only where they part
    paragraphs (Markdown), and indentation only there too (it marks a list's items)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_CONTROL.sub(" ", line).rstrip() for line in text.split("\n"))
    if keep_blank:
        return tuple(lines)
    return tuple(line.lstrip() for line in lines if line.strip())


def _read_saved_page(raw: bytes) -> Article:
    try:
        saved = read_mhtml(raw)
    except MhtmlError as error:
        raise ArticleError(str(error)) from None
    return _read_html(saved.html, charset=saved.charset, address=saved.address)


def _read_html(raw: bytes, charset: str | None = None, address: str | None = None) -> Article:
    """The article of an HTML page; `charset` is what a saved page's part says it is in,
    `address` where it was saved from."""
    # Imported here: trafilatura and lxml take a quarter of a second to import, which a
    # plain-text draft should not pay.
    import trafilatura
    from trafilatura.settings import set_date_params

    page = _html_text(raw, charset)
    if not _WHOLE_PAGE.search(page):
        # trafilatura finds no text in a part of a page ("<p>...</p>") until it is one.
        page = f"<html><body>{page}</body></html>"
    try:
        tree = trafilatura.load_html(page)
        content, prune = _without_link_lines(page, tree)
        # Only a page within the size `_without_link_lines` checks has its JSON-LD read.
        bodies = json_ld_bodies(tree) if tree is not None else []
        lines = page_lines(tree, _clean_text, is_pruned) if tree is not None else []
        shown = shown_titles(tree) if tree is not None else []
        document = trafilatura.bare_extraction(
            content,
            prune_xpath=prune,
            with_metadata=True,
            date_extraction_params=set_date_params(_EXTENSIVE_DATE_SEARCH),
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except ArticleError:  # a page too large to take the article from
        raise
    except Exception as error:  # trafilatura raises whatever lxml raises on a broken page
        raise ArticleError(
            f"the HTML page cannot be read ({type(error).__name__}); {_SAVE_TEXT}"
        ) from None
    # A dict from trafilatura versions whose bare_extraction returns one.
    found: object = _Fields(document) if isinstance(document, dict) else document
    text = getattr(found, "text", None)
    paragraphs = _paragraphs(text) if isinstance(text, str) else ()
    # A text taken from the JSON-LD lost its paragraph breaks: given back from the JSON.
    paragraphs = restore_breaks(paragraphs, bodies, _clean_text)
    # A short page's blocks, joined by trafilatura into one paragraph, parted again.
    paragraphs = split_at_blocks(paragraphs, lines)
    byline = page_byline(paragraphs, lines)
    paragraphs = with_standfirst(byline.paragraphs, lines)
    # The heading of a rail of other stories set inside the article ("READ MORE ON TV"),
    # left behind when its links were pruned: read as a heading, it made every sentence
    # below it about a title the dataset does not know.
    paragraphs = tuple(p for p in paragraphs if kind_of(p.strip()) is not Kind.SECTION)
    # The author's name on a line of its own (an <address> under the headline), kept as
    # a paragraph: read as a heading naming a title the dataset does not know, it made
    # every sentence below it about nothing ("Ruth (Kate Winslet)" drafted no cast).
    author = page_author(_clean(getattr(found, "author", None)), _clean(byline.author))
    paragraphs = tuple(p for p in paragraphs if not names_only(p, author))
    # On a page with no article, trafilatura falls back to what there is: a menu's
    # "Home", a footer's line. Drafted from, that is a claim file about nothing.
    if not any(_has_sentence(p) for p in paragraphs):
        raise ArticleError(f"no article text found in the HTML page; {_SAVE_TEXT}")
    return _bounded(
        Article(
            paragraphs=paragraphs,
            title=_clean(shown_title(getattr(found, "title", None), shown)),
            author=author,
            published=byline.date_over(_clean(getattr(found, "date", None))),
            date_doubt=byline.doubt,
            url=_clean(getattr(found, "url", None)) or _clean(page_url(page) or address),
            sitename=_clean(getattr(found, "sitename", None)),
            is_html=True,
        )
    )


def _without_link_lines(page: str, tree: Any) -> tuple[object, list[str] | None]:
    """What to hand trafilatura: the page, or where it has lines that are only links or
    a fact box (`fact_boxes`, `infoboxes`), its tree (lxml's, as trafilatura loads it)
    with the box kept, the lines marked and the expression that prunes them after the
    metadata is read. ("Read more: <a>Mia Threapleton, 21, ...</a>" inside an article
    was drafted.) An infobox is a list before the metadata is read: its hidden date in
    figures is no date of the page's."""
    if tree is None:
        return page, None
    problem = page_too_large(tree) or page_too_deep(tree)
    if problem is not None:
        raise ArticleError(problem)
    boxes = keep_infoboxes(tree)
    boxes = keep_fact_boxes(tree) or boxes
    boxes = keep_star_rows(tree) or boxes
    boxes = keep_definition_lists(tree) or boxes
    boxes = keep_time_words(tree) or boxes
    # All marked, each pruned with the others.
    others = mark_teaser_cards(tree) | mark_embeds(tree)
    if not mark_link_lines(tree) and not others:
        return (tree if boxes else page), None
    return tree, [PRUNE]


def _has_sentence(paragraph: str) -> bool:
    """Whether a word comes before a full stop, question or exclamation mark (searched
    once each, so a long paragraph with none is one pass)."""
    word = _WORD.search(paragraph)
    return word is not None and max(paragraph.rfind(m) for m in ".!?") > word.start()


def _html_text(raw: bytes, charset: str | None = None) -> str:
    """The page as text: in the encoding it declares, where that is one of the web's,
    else UTF-8, or windows-1252 where it is not UTF-8; a byte the encoding has no
    character for is U+FFFD, as in a browser.
    (A page saved from an older news site is often windows-1252: read as UTF-8, each
    accented letter of its excerpts was U+FFFD, and no excerpt with one was found in
    the source.) The page's bytes are not handed to trafilatura to guess from: it would
    decompress a gzip or brotli file first, and guesses rather than reading what the
    page says."""
    if raw.startswith(_BOM):
        return raw[len(_BOM) :].decode("utf-8", errors="replace")
    # As in a browser, what the page came with (a saved part's charset) comes first.
    declared = _web_encoding(charset) or _declared_encoding(raw[:1024])
    if declared is not None:
        return raw.decode(declared, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # A page that declares nothing and is not UTF-8 is, as browsers read it in
        # English, windows-1252: read as UTF-8, its curly quotes and accented letters
        # were U+FFFD in the title and every excerpt.
        return raw.decode("cp1252", errors="replace")


def _declared_encoding(head: bytes) -> str | None:
    found = _DECLARED.search(head)
    if found is None:
        return None
    return _web_encoding((found.group(1) or found.group(2)).decode("ascii"))


def _web_encoding(label: str | None) -> str | None:
    """Python's name for the web encoding `label` names, if it names one."""
    if label is None:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _WEB_ALIASES.get(name, name)
    return name if name in _WEB_ENCODINGS else None


class _Fields:
    """A dict's keys as attributes, as a Document has them."""

    def __init__(self, fields: dict[str, object]) -> None:
        self.__dict__.update(fields)


def _clean_text(text: str) -> str:
    """A text as a paragraph of the article is made: NFC, no control characters."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL.sub(" ", value).split())
    return text or None
