"""Reading an article: an HTML page in the encoding it declares, whatever its first
bytes, and plain text as UTF-8."""

from __future__ import annotations

import pytest

from validator.draft import read_article

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
