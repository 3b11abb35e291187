"""An archived HTML page as its reader sees it: the text its excerpts are looked for in.

A saved article holds its words between tags and character references: "her
<em>22-year-old</em> daughter", "it&rsquo;s". Compared with its markup, an excerpt
whose words crossed a tag was not found, and the nearest passage shown held tags. A
page is read as its text instead: tags removed, what script, style, noscript and
template elements hold dropped (code and fallbacks, not the article), character
references decoded, and each block element (paragraph, heading, list item, table cell,
line break) a break, so that "<p>one</p><p>two</p>" reads "one two" and not "onetwo".
The caller then normalises white space as for any archive.

Which archives are pages: a name ending `.html`, `.htm` or `.xhtml`, or a file that
starts as only a page does, with `<!DOCTYPE html` or `<html` (after any XML declaration
and comments, such as the `<!-- saved from url=... -->` a browser writes). A text that
merely mentions a tag is not a page: its archive stays compared as it is.

The page is a stranger's. It is parsed by lxml's HTML parser (libxml2's, recovering
from any error as a browser does), given only the bytes `Archives` read within its
limit, as UTF-8 whatever the page declares (they were checked to be UTF-8). It loads
nothing: no network, no DTD, and an entity a page declares is never expanded. The text
is gathered as the parser goes, never built as a tree: a 16 MiB page of four million
`<p>` took 2.1 GB and 4.6 s as lxml's tree, and 190 MB and 2 to 3 s so; a 2 MB news
page takes about 20 ms. libxml2's limits on a text node's length (10 MB) and on
nesting (256 elements) are lifted (`huge_tree`): under them a longer text or a deeper
page lost all that followed, without a word; the archive's size limit bounds the input
instead. Should the parser still raise, the page is refused as unreadable, not a
traceback.
"""

from __future__ import annotations

import re

__all__ = ["is_page", "page_text"]

_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_BOM = b"\xef\xbb\xbf"
# Where a file is looked at to tell that it is a page: where a browser looks for its
# encoding, and where a saved page's doctype or root element stands.
_HEAD_BYTES = 1024
_PAGE_START = re.compile(rb"<!doctype\s+html[\s>]|<html[\s>]", re.I)

# Elements whose content is not text a reader sees.
_HIDDEN = frozenset({"script", "style", "noscript", "template"})
# Elements that a browser lays out as blocks, list items, table parts or line breaks:
# each starts and ends a line. Any other element, one unknown included, runs inline, as
# it does in a browser.
_BREAKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "center"),
        *("dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption"),
        *("figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header"),
        *("hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol"),
        *("optgroup", "option", "p", "plaintext", "pre", "search", "section", "summary"),
        *("table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "xmp"),
    }
)


def is_page(path: str, raw: bytes) -> bool:
    """Whether the archive at `path`, holding `raw`, is an HTML page: by its name, or by
    how it starts."""
    if path.lower().endswith(_PAGE_SUFFIXES):
        return True
    head = raw[:_HEAD_BYTES].removeprefix(_BOM).lstrip()
    if head.startswith(b"<?xml"):
        end = head.find(b"?>")
        head = head[end + 2 :].lstrip() if end >= 0 else b""
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        head = head[end + 3 :].lstrip() if end >= 0 else b""
    return _PAGE_START.match(head) is not None


class _Text:
    """What the parser reports, gathered as text (lxml's parser target interface)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.hidden = 0  # hidden elements the parser is inside

    def start(self, tag: object, attrib: object) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def end(self, tag: object) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def close(self) -> str:
        return "".join(self.parts)


def page_text(raw: bytes) -> str | None:
    """The text of the HTML page `raw` (UTF-8 bytes), its white space as the page has it
    but for the breaks its blocks make; None when the parser failed on it."""
    # Imported here, not with the module: most runs meet no page, and lxml takes about
    # 7 ms to import, a share of a re-run that has nothing to check.
    from lxml import etree

    gathered = _Text()
    parser = etree.HTMLParser(
        encoding="utf-8",
        target=gathered,
        no_network=True,
        recover=True,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        parser.feed(raw.removeprefix(_BOM))
        text = parser.close()
    except Exception:  # whatever libxml2 may yet raise on a page no test has shown
        return None
    return text if isinstance(text, str) else None
