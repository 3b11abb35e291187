"""Reading an article: an HTML page in the encoding it declares, whatever its first
bytes, and plain text as UTF-8."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from validator.draft import ArticleError, read_article

BODY = "<body><article><p>Kate Winslet, 47, said the café was {open}perfect{close}.</p></article>"


def _page(head: str, encoding: str, open_quote: str = '"', close_quote: str = '"') -> bytes:
    body = BODY.format(open=open_quote, close=close_quote)
    return f"<html><head>{head}<title>Café</title></head>{body}</body></html>".encode(encoding)


@pytest.mark.parametrize(
    ("page", "quotes"),
    [
        (_page('<meta charset="iso-8859-1">', "latin-1"), '"'),
        (
            _page(
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
                "cp1252",
                "\u201c",
                "\u201d",
            ),
            "\u201c\u201d",
        ),
        (_page("<meta charset='ISO-8859-15'>", "iso8859-15"), '"'),
    ],
)
def test_a_page_is_read_in_the_encoding_it_declares(page: bytes, quotes: str) -> None:
    """A page saved from an older news site is often windows-1252 or Latin-1: read as
    UTF-8, every accented letter became U+FFFD, and no excerpt holding one was found in
    the source."""
    article = read_article(page)
    assert article.title == "Café"
    open_quote, close_quote = quotes[0], quotes[-1]
    assert article.paragraphs == (
        f"Kate Winslet, 47, said the café was {open_quote}perfect{close_quote}.",
    )


@pytest.mark.parametrize("label", ["utf-16", "rot13", "no-such-encoding", "utf-8"])
def test_a_label_no_page_can_use_leaves_the_page_utf8(label: str) -> None:
    article = read_article(_page(f'<meta charset="{label}">', "utf-8"))
    assert article.title == "Café"


@pytest.mark.parametrize(
    "start",
    [
        b"\xef\xbb\xbf<!DOCTYPE html>",
        b'<?xml version="1.0" encoding="utf-8"?>\n',
        b'\xef\xbb\xbf<meta charset="utf-8">',
    ],
)
def test_a_page_starting_with_a_bom_or_an_xml_declaration_is_html(start: bytes) -> None:
    """Such a page was drafted as plain text: its markup became the title and the
    excerpts (`<!DOCTYPE html><html><head>...`)."""
    article = read_article(start + _page("", "utf-8"))
    assert article.is_html
    assert (article.title, article.paragraphs) == (
        "Café",
        ('Kate Winslet, 47, said the café was "perfect".',),
    )


def test_a_page_declaring_nothing_and_not_utf8_is_windows_1252() -> None:
    """As a browser reads it: the curly quotes and accented letters were U+FFFD."""
    article = read_article(_page("", "cp1252", "\u201c", "\u201d"))
    assert article.title == "Café"
    assert article.paragraphs == ("Kate Winslet, 47, said the café was \u201cperfect\u201d.",)


@pytest.mark.parametrize(
    "body",
    [
        '<nav><a href="/">Home</a></nav><footer>Copyright</footer>',
        "<div>Menu</div><div>News Sport Weather Contact us</div>",
        "<script>var page = 1;</script>",
    ],
)
def test_a_page_with_no_sentence_has_no_article(body: str) -> None:
    """trafilatura falls back to a menu's words; a draft of them was an empty claim
    file titled "Home"."""
    page = f"<html><head><title>T</title></head><body>{body}</body></html>".encode()
    with pytest.raises(ArticleError) as raised:
        read_article(page)
    assert (
        str(raised.value)
        == "no article text found in the HTML page; save the article's text and draft from that"
    )


_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (
            _LD.format('{"@type": "NewsArticle", "url": "https://a.example/x"}'),
            "https://a.example/x",
        ),
        (
            _LD.format(
                '[{"@type": "WebSite", "url": "https://a.example/"},'
                '{"@type": ["Thing", "Article"], "mainEntityOfPage": {"@id": "https://a.example/y"}}]'
            ),
            "https://a.example/y",
        ),
        (
            _LD.format('{"@graph": [{"@type": "BlogPosting", "url": "http://b.example/z"}]}'),
            "http://b.example/z",
        ),
        (_LD.format('{"@type": "NewsArticle", "url": "javascript:alert(1)"}'), None),
        (_LD.format('{"@type": "NewsArticle", "url": "https://a.example/x"'), None),
        (_LD.format("[" * 100_000), None),
        ("<!-- saved from url=(0024)https://c.example/story -->", "https://c.example/story"),
        ("<!-- saved from url=(0014)about:internet -->", None),
    ],
)
def test_a_page_without_a_canonical_link_gives_its_json_ld_or_saved_from_url(
    head: str, url: str | None
) -> None:
    page = f"<html><head>{head}<title>T</title></head><body><article><p>A sentence.</p>"
    if head.startswith("<!--"):  # where a browser writes it: before the page
        page = f"{head}\n{page}"
    assert read_article(f"{page}</article></body></html>".encode()).url == url


def test_a_canonical_link_comes_before_the_json_ld_url() -> None:
    head = '<link rel="canonical" href="https://a.example/canonical">'
    head += _LD.format('{"@type": "NewsArticle", "url": "https://a.example/ld"}')
    page = f"<html><head>{head}<title>T</title></head><body><article><p>A sentence.</p>"
    assert read_article(f"{page}</article></body></html>".encode()).url == (
        "https://a.example/canonical"
    )


SENTENCE = "Kate Winslet, 47, said the café was perfect."


@pytest.mark.parametrize(
    ("fragment", "paragraphs"),
    [
        ('<div class="story-body">\n<h1>Café</h1>\n<p>{s}</p>\n</div>', ("Café", SENTENCE)),
        ("<p>{s}</p>", (SENTENCE,)),
        ("  <section><p>{s}</p></section>", (SENTENCE,)),
    ],
)
def test_part_of_a_page_is_html(fragment: str, paragraphs: tuple[str, ...]) -> None:
    """What a CMS exports or a reader copies from a page's source: its tags were the
    title and the excerpts of a draft made as if it were plain text."""
    article = read_article(fragment.format(s=SENTENCE).encode())
    assert (article.is_html, article.paragraphs) == (True, paragraphs)


@pytest.mark.parametrize("line", ["<address>Jo Bell</address>", "<p>By Jo Bell</p>"])
def test_the_author_s_name_on_a_line_of_its_own_is_no_paragraph(line: str) -> None:
    """Kept, a name alone read as a heading naming a title the dataset does not know,
    and every sentence below it was about nothing."""
    page = (
        '<html><head><meta name="author" content="Jo Bell"></head><body><article>'
        f"<h1>A headline of the story</h1>{line}<p>{SENTENCE}</p><p>Jo Bell was there.</p>"
        "</article></body></html>"
    )
    article = read_article(page.encode())
    assert (article.author, article.paragraphs[1:]) == ("Jo Bell", (SENTENCE, "Jo Bell was there."))


def test_text_starting_with_an_angle_bracket_is_still_text() -> None:
    article = read_article(b"<3 to the cast.\n<pre-release> notes follow.\n")
    assert (article.is_html, article.paragraphs) == (
        False,
        ("<3 to the cast.", "<pre-release> notes follow."),
    )


@pytest.mark.parametrize(
    "raw",
    [
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00",  # gzip
        b"PK\x03\x04\x14\x00\x08\x00\x08\x00\xa3\x8c",  # a .docx is a zip
    ],
)
def test_a_binary_file_is_not_an_article(raw: bytes) -> None:
    """It was "not UTF-8 (byte 1); save it as UTF-8": no saving makes it one."""
    with pytest.raises(ArticleError) as raised:
        read_article(raw)
    assert str(raised.value) == (
        "the file is not text (it holds binary data); "
        "give the article as plain text, Markdown or HTML"
    )


def test_only_bytes_that_are_not_utf8_and_hold_a_nul_are_binary() -> None:
    """Text in another encoding is asked for as UTF-8; UTF-8 text with a NUL is text."""
    with pytest.raises(ArticleError) as raised:
        read_article("Caf\u00e9 society, with a NUL \x00 in it.".encode("cp1252"))
    assert str(raised.value) == "the file is not text (it holds binary data); " + (
        "give the article as plain text, Markdown or HTML"
    )
    with pytest.raises(ArticleError) as raised:
        read_article("Caf\u00e9 society.".encode("cp1252"))
    assert str(raised.value) == "the article is not UTF-8 (byte 3); save it as UTF-8"
    assert read_article("Caf\u00e9 \x00society.".encode()).paragraphs == ("Café  society.",)


_PREVIEW = (
    "<html><head><title>T</title>{head}</head><body><article>{byline}"
    "<p>I Am Ruth will air on Channel 4 on Thursday 8 December 2022 at 9pm.</p>"
    "<p>Kate Winslet plays Ruth and her daughter Mia Threapleton plays Freya.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "byline", "published"),
    [
        ("", "", None),
        # A date line over the article is the page's, as a copy of the page as text has it.
        ("", "<p>Published 6 December 2022</p>", "2022-12-06"),
        ("", '<time datetime="2022-12-06T08:00">6 Dec</time>', "2022-12-06"),
        ("", '<div class="byline">By Sam Okafor, 6 December 2022</div>', "2022-12-06"),
        ('<link rel="canonical" href="https://x.example/2022/12/06/ruth">', "", "2022-12-06"),
    ],
)
def test_the_date_is_the_pages_own_never_one_in_its_text(
    head: str, byline: str, published: str | None
) -> None:
    """A preview with no date of its own was dated the day of the broadcast it announces
    (2022-12-08), and its relative dates were resolved from that day."""
    page = _PREVIEW.format(head=head, byline=byline).encode()
    assert read_article(page).published == published


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_text_saved_as_utf16_with_its_byte_order_mark_is_read(encoding: str) -> None:
    """Windows saves "Unicode" text as UTF-16 with a byte order mark: it was refused as
    not UTF-8 (or, for its NUL bytes, as binary data)."""
    text = "Kate Winslet, 47, said the café was “perfect”.\nThe film runs 90 minutes.\n"
    bom = "\ufeff".encode(encoding)
    article = read_article(bom + text.encode(encoding))
    assert article.paragraphs == (
        "Kate Winslet, 47, said the café was “perfect”.",
        "The film runs 90 minutes.",
    )
    page = read_article(_page("", "utf-16"))  # Python writes the byte order mark
    assert page.title == "Café"


def test_a_text_that_starts_as_utf16_but_is_not_is_refused() -> None:
    broken = "\ufeffword".encode("utf-16-le") + b"\x00\xd8"  # half of a surrogate pair
    with pytest.raises(ArticleError) as raised:
        read_article(broken)
    assert str(raised.value) == (
        "the article starts as UTF-16 text but is not valid UTF-16; save it as UTF-8"
    )


def test_the_heading_of_a_rail_of_stories_inside_the_article_is_left_out() -> None:
    """Its links pruned, "READ MORE ON STAGE" would stand as a heading over the rest."""
    page = (
        "<html><body><article><h1>The Glass Orchard opens</h1>"
        "<p>The Glass Orchard opened at the Lantern Theatre last night to a full house.</p>"
        '<div class="rail"><h3>READ MORE ON STAGE</h3><ul>'
        '<li><a href="/a">Panto season starts early this year</a></li>'
        '<li><a href="/b">West End ticket prices rise again</a></li></ul></div>'
        "<p>Nora Vell wrote it in one long winter on her grandmother's farm.</p>"
        "</article></body></html>"
    )
    assert read_article(page.encode()).paragraphs == (
        "The Glass Orchard opens",
        "The Glass Orchard opened at the Lantern Theatre last night to a full house.",
        "Nora Vell wrote it in one long winter on her grandmother's farm.",
    )


def test_lxml_and_trafilatura_are_imported_only_for_a_page() -> None:
    """A plain-text draft reads no page: the command and the article reader load without
    lxml, which the reading of a page's lines brought in with them."""
    code = (
        "import sys; import validator.cli.factlint, validator.draft.article; "
        "print('lxml' in sys.modules, 'trafilatura' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert shown.stdout == "False False\n"
