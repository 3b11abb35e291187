"""An archived HTML page read as its text: which archives are pages, and what is read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from validator.rules.archives import normalise_passage
from validator.rules.page_text import is_page, page_text

ROOT = Path(__file__).resolve().parents[2]


def _read(page: str) -> str | None:
    text = page_text(page.encode("utf-8"))
    return None if text is None else normalise_passage(text)


@pytest.mark.parametrize(
    ("path", "raw", "page"),
    [
        ("sources/tyla.html", b"no markup at all", True),
        ("sources/tyla.HTM", b"", True),
        ("sources/tyla.xhtml", b"<p>x</p>", True),
        ("sources/tyla.txt", b"<!DOCTYPE html>\n<p>x</p>", True),
        ("sources/tyla.txt", b"\xef\xbb\xbf  <!doctype HTML PUBLIC '-//W3C//DTD'>", True),
        ("sources/tyla", b'<html lang="en"><body>x</body></html>', True),
        ("sources/tyla.txt", b"<!-- saved from url=(0040)https://x/ -->\r\n<html>", True),
        ("sources/tyla.txt", b'<?xml version="1.0"?>\n<!-- a -->  <!-- b -->\n<html>', True),
        # A text that mentions or starts with a tag is not a page.
        ("sources/tyla.txt", b"<p> is the paragraph tag; <html> the page's root.", False),
        ("sources/tyla.txt", b"Kate Winslet, 47, <html> at the start of a line", False),
        ("sources/tyla.txt", b"<!DOCTYPE htmlx>", False),
        ("sources/tyla.txt", b"<!-- a comment never closed <html>", False),
        ("sources/tyla.txt", b"<?xml version='1.0'?><feed>", False),
        ("sources/tyla.md", b"# Kate &amp; Mia", False),
        # Only the first 1024 bytes are looked at.
        ("sources/tyla.txt", b"<!--" + b"x" * 1024 + b"--><html>", False),
    ],
)
def test_a_page_is_known_by_its_name_or_its_start(path: str, raw: bytes, page: bool) -> None:
    assert is_page(path, raw) is page


def test_the_text_runs_across_inline_tags_and_breaks_at_blocks() -> None:
    assert _read(
        "<p>Kate Winslet has opened up on working alongside her <em>22-year-old</em> "
        'daughter, <a href="/mia">Mia <b>Threapleton</b></a>.</p><p>Next</p><h2>Cast'
        "</h2><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr>"
        "</table>x<br>y<span>z</span><custom-tag>w</custom-tag>"
    ) == (
        "Kate Winslet has opened up on working alongside her 22-year-old daughter, Mia "
        "Threapleton. Next Cast one two a b x yzw"
    )


def test_character_references_are_decoded() -> None:
    assert (
        _read(
            "<p>it&rsquo;s Kate&nbsp;Winslet &amp; Mia &ldquo;free&rdquo; &#8212; &#x2026;"
            " &lt;b&gt; &amp;amp;</p>"
        )
        == 'it\'s Kate Winslet & Mia "free" - ... <b> &amp;'
    )


def test_scripts_styles_and_fallbacks_are_not_text() -> None:
    assert (
        _read(
            "<html><head><title>Kate &amp; Mia</title><style>p { color: red }</style>"
            '<script>var s = "</p><p>not the article";</script></head><body>'
            "<noscript><p>Enable JavaScript</p></noscript><template><p>a row</p></template>"
            '<p>The article.</p><script type="application/ld+json">{"articleBody": "x"}'
            "</script><!-- a comment --><?php echo 1 ?>end</body></html>"
        )
        == "Kate & Mia The article. end"
    )


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("", ""),
        ("   ", ""),
        ("<", "<"),
        ("<<<>>>", "<<<>>>"),
        ("<p>unclosed <em>tags <b>everywhere", "unclosed tags everywhere"),
        ('<a href="x""><p>a stray quote', "a stray quote"),
        ("</p></div>end tags alone</span>", "end tags alone"),
        ("<p>a\x00b</p>", "a\ufffdb"),
        ("<script>never closed <p>x", ""),
        ("<noscript><noscript>x</noscript>y</noscript>z", "z"),
        ('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>', "]> &e;"),
        ("<p>&#0; &#xD800; &#99999999; &nosuchentity;</p>", "\ufffd \ufffd \ufffd &nosuchentity;"),
    ],
)
def test_a_malformed_page_is_read_as_a_browser_reads_it(page: str, text: str) -> None:
    """No page raises: what a browser would show is the text, and an external entity is
    neither fetched nor read."""
    assert _read(page) == text


def test_a_page_deeper_or_longer_than_libxml2s_own_limits_is_read_whole() -> None:
    """Under libxml2's limits a text node over 10 MB, or nesting past 256 elements,
    ended the page there: all that followed was lost without a word."""
    deep = "<div>" * 3000 + "deep words" + "</div>" * 3000 + "after"
    assert _read(deep) == "deep words after"
    long = "<p>" + "word " * (11 * 1024 * 1024 // 5) + "</p><p>after</p>"
    text = _read(long)
    assert text is not None and text.endswith("word word after")
    assert len(text) == len("word ") * (11 * 1024 * 1024 // 5) + len("after")


def test_a_page_that_declares_another_encoding_is_read_as_the_utf8_it_is() -> None:
    raw = '<meta charset="windows-1252"><p>café – “quoted”</p>'.encode()
    assert page_text(raw) is not None
    assert normalise_passage(page_text(raw) or "") == 'café - "quoted"'


def test_a_parser_that_raises_gives_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should lxml raise on a page, the page has no text (and the archive is refused,
    `tests/rules/test_excerpts.py`), rather than a traceback."""

    class Failing:
        def __init__(self, **options: object) -> None:
            pass

        def feed(self, data: bytes) -> None:
            raise etree.ParserError("Document is empty")

    monkeypatch.setattr(etree, "HTMLParser", Failing)
    assert page_text(b"<p>x</p>") is None


def test_lxml_is_imported_only_for_a_page() -> None:
    """Most runs meet no page: the command and its checks load without lxml (7 ms to
    import), which a page brings in."""
    code = (
        "import sys; import validator.cli.main, validator.rules.archives, "
        "validator.rules.page_text; print('lxml' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert shown.stdout == "False\n"
