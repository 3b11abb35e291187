"""Where a page says it is when it has no canonical link: the url of the article its
JSON-LD describes, else a saved page's "saved from url" note; only an http or https
address with a host is taken, and a hostile page is read a bounded amount."""

from __future__ import annotations

import json

import pytest

from validator.draft.page_url import http_address, page_url

_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("data", "url"),
    [
        ({"@type": "NewsArticle", "url": "https://a.example/story"}, "https://a.example/story"),
        ({"@type": "Article", "url": "http://a.example/story"}, "http://a.example/story"),
        ({"@type": "BlogPosting", "url": "https://b.example/post"}, "https://b.example/post"),
        ({"@type": ["Thing", "ReportageNewsArticle"], "url": "https://a.example/r"}, "https://a.example/r"),
        # Its page, when the article names no url of its own: an object or an address.
        ({"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://a.example/id"}}, "https://a.example/id"),
        ({"@type": "NewsArticle", "mainEntityOfPage": {"url": "https://a.example/u"}}, "https://a.example/u"),
        ({"@type": "NewsArticle", "mainEntityOfPage": "https://a.example/m"}, "https://a.example/m"),
        # The article inside a graph, after the site's own node.
        (
            {"@graph": [{"@type": "WebSite", "url": "https://a.example/"},
                        {"@type": "NewsArticle", "url": "https://a.example/in-graph"}]},
            "https://a.example/in-graph",
        ),
        ([{"@type": "Organization", "url": "https://a.example/"},
          {"@type": "Article", "url": "https://a.example/listed"}], "https://a.example/listed"),
        # What describes no article gives no address.
        ({"@type": "WebPage", "url": "https://a.example/page"}, None),
        ({"@type": "Organization", "url": "https://a.example/"}, None),
        ({"@type": "NewsArticle"}, None),
        ({"@type": "NewsArticle", "url": "javascript:alert(1)"}, None),
        ({"@type": "NewsArticle", "url": "ftp://a.example/story"}, None),
        ({"@type": "NewsArticle", "url": 42}, None),
        ({"@type": 7, "url": "https://a.example/story"}, None),
    ],
)  # fmt: skip
def test_the_url_of_the_article_the_json_ld_describes(data: object, url: str | None) -> None:
    assert page_url(_LD.format(json.dumps(data))) == url


def test_the_first_block_naming_an_article_gives_its_url() -> None:
    blocks = [
        _LD.format('{"@type": "WebSite", "url": "https://a.example/"}'),
        _LD.format("not json"),
        _LD.format('{"@type": "NewsArticle", "url": "https://a.example/first"}'),
        _LD.format('{"@type": "NewsArticle", "url": "https://a.example/second"}'),
    ]
    assert page_url("<p>Text</p>".join(blocks)) == "https://a.example/first"


def test_a_script_tag_is_found_whatever_its_case_and_attributes() -> None:
    block = (
        '<SCRIPT id="ld" type=\'application/ld+json\' data-x="1">'
        '{"@type": "Article", "url": "https://a.example/x"}</Script>'
    )
    assert page_url(block) == "https://a.example/x"


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (
            "<!-- saved from url=(0024)https://c.example/story -->\n<html>",
            "https://c.example/story",
        ),
        # A note with no space before its end: the address is not "...story--".
        ("<!--saved from url=(0024)HTTPS://c.example/story-->", "HTTPS://c.example/story"),
        ("<!-- saved from url=(0024)https://c.example/story>", "https://c.example/story"),
        ("<!-- saved from url=(0026)https://c.example/a--b -->", "https://c.example/a--b"),
        ("<!-- saved from url=(0024)https://c.example/story", "https://c.example/story"),
        ("<!-- saved from url=(0014)about:internet -->\n<html>", None),
        # Only at the top of the page, where a browser writes it.
        ("x" * 5000 + "<!-- saved from url=(0024)https://c.example/story -->", None),
        ("<html><p>No address anywhere.</p></html>", None),
        ("", None),
    ],
)
def test_a_saved_page_gives_the_address_it_was_saved_from(page: str, url: str | None) -> None:
    assert page_url(page) == url


def test_the_json_ld_url_comes_before_the_saved_from_note() -> None:
    page = "<!-- saved from url=(0024)https://c.example/saved -->\n" + _LD.format(
        '{"@type": "Article", "url": "https://c.example/ld"}'
    )
    assert page_url(page) == "https://c.example/ld"


def test_unclosed_json_ld_blocks_are_one_pass_over_the_page() -> None:
    """Each block is looked for after the last: ten thousand script tags never closed
    are not each read to the end of the page."""
    assert page_url("<script type=application/ld+json>" * 10_000 + "x" * 100_000) is None
    # Twenty blocks are read at most: a page of more has the rest left unread.
    assert (
        page_url(
            _LD.format("{}") * 30 + _LD.format('{"@type": "Article", "url": "https://a.example/"}')
        )
        is None
    )
    assert (
        page_url(
            _LD.format("{}") * 19 + _LD.format('{"@type": "Article", "url": "https://a.example/"}')
        )
        == "https://a.example/"
    )


def test_a_hostile_block_gives_no_address_and_no_error() -> None:
    assert page_url(_LD.format("[" * 100_000)) is None  # deeper than the JSON reader goes
    assert page_url(_LD.format('"' + "x" * 300_000 + '"')) is None  # over 256 KiB: unread
    # More than ten thousand nodes before the article: not looked through to the end.
    crowd = [{"@type": "Thing"}] * 10_001 + [{"@type": "Article", "url": "https://a.example/"}]
    assert page_url(_LD.format(json.dumps(crowd))) is None


def test_a_json_ld_url_with_no_host_to_read_is_not_taken() -> None:
    """Its host names the outlet: "http://[x" has none that can be read."""
    assert page_url(_LD.format('{"@type": "Article", "url": "http://[x"}')) is None


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("https://a.example/story", "https://a.example/story"),
        ("  http://a.example/story \n", "http://a.example/story"),
        ("HTTPS://A.EXAMPLE/", "HTTPS://A.EXAMPLE/"),
        ("https://a.example:8080/x?y=1#z", "https://a.example:8080/x?y=1#z"),
        ("https://" + "a" * 2000, "https://" + "a" * 2000),  # 2,000 characters after "//"
        ("https://" + "a" * 2001, None),
        ("https://", None),
        ("https:///path-only", None),  # no host to name the outlet by
        ("http://[x", None),
        ("https://a.example/a b", None),
        ('https://a.example/"quoted"', None),
        ("https://a.example/<script>", None),
        ("//a.example/story", None),
        ("about:internet", None),
        ("mailto:desk@a.example", None),
        ("", None),
        (None, None),
        (42, None),
        (["https://a.example/"], None),
    ],
)
def test_only_an_http_address_with_a_host_is_taken(value: object, address: str | None) -> None:
    assert http_address(value) == address
