"""A page saved as one file (MHTML): its HTML part drafted as the page it is, in the
charset the part names, with the address it was saved from; exit 2 when it holds none."""

from __future__ import annotations

import base64
import quopri
import shutil
from pathlib import Path

import pytest

from validator.draft import ArticleError, read_article
from validator.draft.command import main
from validator.draft.mhtml import is_mhtml

ROOT = Path(__file__).parents[2]
ARTICLES = Path(__file__).parent / "articles"
ADDRESS = "https://gloss.example/celebrity/mia-threapleton-interview"
BOUNDARY = "----MultipartBoundary--abc123----"


def _saved(parts: list[tuple[str, str, bytes]], location: str = ADDRESS) -> bytes:
    """A saved page as Chrome writes one: headers, then each part (type, encoding, body)."""
    lines = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {location}",
        "Subject: Saved page",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "",
        "",
    ]
    for kind, encoding, body in parts:
        encoded = (
            quopri.encodestring(body)
            if encoding == "quoted-printable"
            else (base64.encodebytes(body))
        )
        lines += [f"--{BOUNDARY}", f"Content-Type: {kind}"]
        lines += [f"Content-Transfer-Encoding: {encoding}", f"Content-Location: {ADDRESS}", ""]
        lines += [encoded.decode("ascii"), ""]
    lines.append(f"--{BOUNDARY}--")
    return "\r\n".join(lines).encode("ascii")


def test_a_saved_page_is_drafted_as_the_page_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same draft as the page itself, with the address it was saved from: read as
    plain text it was titled "From: <Saved by Blink>" and drafted tag by tag."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    monkeypatch.chdir(tmp_path)
    page = (ARTICLES / "cms-divs.html").read_bytes()
    css = b'@charset "utf-8";\n.nav { color: red; }\n'
    Path("page.mhtml").write_bytes(
        _saved([("text/html", "quoted-printable", page), ("text/css", "quoted-printable", css)])
    )
    assert main(["page.mhtml"]) == 0
    expected = (ARTICLES / "drafts" / "cms-divs.yaml").read_text(encoding="utf-8")
    author = "  author: Ellie Marsh\n"
    assert capsys.readouterr().out == expected.replace(author, f'  url: "{ADDRESS}"\n{author}')


def test_the_charset_of_the_part_is_the_pages() -> None:
    page = "<html><body><article><p>Gráinne said the café was “perfect”.</p></article>"
    saved = _saved([("text/html; charset=windows-1252", "base64", page.encode("cp1252"))])
    article = read_article(saved)
    assert (article.paragraphs, article.url, article.is_html) == (
        ("Gráinne said the café was “perfect”.",),
        ADDRESS,
        True,
    )


def test_only_an_http_address_is_taken() -> None:
    page = b"<html><body><article><p>A sentence.</p></article></body></html>"
    saved = _saved([("text/html", "quoted-printable", page)], location="file:///C:/page.html")
    assert read_article(saved).url is None


def test_a_saved_page_without_html_exits_2() -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(_saved([("image/png", "base64", b"\x89PNG\r\n")]))
    assert str(raised.value) == NO_HTML_PAGE


@pytest.mark.parametrize(
    ("head", "saved"),
    [
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n", True),
        (b"mime-version: 1.0\ncontent-type: Multipart/Related;\n\n", True),
        (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n", False),
        (b"Kate Winslet said:\n\nContent-Type: multipart/related\nMIME-Version: 1.0\n", False),
        (b"Content-Type: multipart/related\n", False),
    ],
)
def test_a_saved_page_is_told_by_its_headers(head: bytes, saved: bool) -> None:
    assert is_mhtml(head) is saved


NO_HTML_PAGE = (
    "the saved page (MHTML) holds no HTML page; save the page as HTML only, "
    "or the article's text, and draft from that"
)
_HEAD = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"\xff\xfe" * 1000, NO_HTML_PAGE),
        (
            b"--b\r\nContent-Type: image/png\r\n\r\nx\r\n" * 2000
            + b"--b\r\nContent-Type: text/html\r\n\r\n<p>Past the parts looked at.</p>\r\n--b--",
            NO_HTML_PAGE,
        ),
        (
            b"--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            b"!!!not base64***\r\n--b--",
            "no article text found in the HTML page; save the article's text and draft from that",
        ),
    ],
)
def test_a_broken_saved_page_is_one_line(body: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(_HEAD + body)
    assert str(raised.value) == message


def _nested(bodies: int, lines: int) -> bytes:
    """A saved page of `bodies` multipart bodies nested one in another, the innermost
    holding `lines` short lines of text and then the page."""
    parts = [b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b0"\r\n\r\n']
    parts += [
        b'--b%d\r\nContent-Type:\r\n Multipart/Alternative; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(bodies - 1)
    ]
    inner = bodies - 1
    parts.append(b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % inner + b"a\n" * lines)
    parts.append(
        b"\r\n--b%d\r\nContent-Type: text/html\r\n\r\n<title>A page</title>"
        b"<p>Kate Winslet won the award.</p>\r\n" % inner
    )
    parts += [b"--b%d--\r\n" % i for i in reversed(range(bodies))]
    return b"".join(parts)


def test_a_saved_page_nesting_more_multipart_bodies_than_browsers_write_is_refused_unparsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parser checks every line against the boundary of each body it is inside: 300
    bodies nested around 2 million short lines (4 MB) took 42 s, 900 took 143 s. A page
    of 8, more than any browser writes, is read; 9, their type on a folded line and in
    capitals, are refused before the parser sees a byte."""
    assert read_article(_nested(8, 10)).paragraphs == ("A page", "Kate Winslet won the award.")
    parsed: list[bytes] = []
    monkeypatch.setattr("email.message_from_bytes", parsed.append)
    with pytest.raises(ArticleError) as raised:
        read_article(_nested(9, 2_000_000))
    assert str(raised.value) == (
        "the saved page (MHTML) declares more than 8 multipart bodies, which no browser "
        "writes; save the page as HTML only, or the article's text, and draft from that"
    )
    assert parsed == []


@pytest.mark.parametrize(
    "header",
    [
        b'Content-Type: multipart/related; boundary="b"' + b"; a=b" * 1000,
        b'Content-Type: multipart/related; boundary="b"; x="' + b";" * 5000 + b'"',
        b'Content-Type: multipart/related;\r\n boundary="b";' + b"\r\n a=b;" * 1000,
        b'Content-Type: multipart/related;\r boundary="b";' + b"\r\t a=b;" * 1000,
    ],
)
def test_a_saved_page_with_a_content_type_longer_than_browsers_write_is_refused_unparsed(
    header: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parser reads a Content-Type's parameters in time growing with the square of
    its length: one of 1 MB of `; a=b` took 5 s, one of 100 KB holding a quoted run of
    `;` as long; in 4 MB, minutes and hours. One over 4,096 characters, on one line or
    folded over many (a CR alone ends a line too), is refused before the parser sees a
    byte; one of a browser's length is read."""
    page = b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Kate Winslet won.</p>\r\n--b--\r\n"
    assert read_article(b"MIME-Version: 1.0\r\n" + header[:4000] + page).paragraphs == (
        "Kate Winslet won.",
    )
    parsed: list[bytes] = []
    monkeypatch.setattr("email.message_from_bytes", parsed.append)
    with pytest.raises(ArticleError) as raised:
        read_article(b"MIME-Version: 1.0\r\n" + header + page)
    assert str(raised.value) == (
        "the saved page (MHTML) has a Content-Type header longer than 4,096 characters, "
        "which no browser writes; save the page as HTML only, or the article's text, and "
        "draft from that"
    )
    assert parsed == []
