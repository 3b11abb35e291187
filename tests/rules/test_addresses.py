"""Sources at one address: a url as a desk reads it, and each source paired with the
first at its address."""

from __future__ import annotations

import pytest

from validator.model.result import SourceRecord
from validator.rules.addresses import page_address, same_address


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/ruth",
        "http://example.com/news/ruth",
        "https://www.example.com/news/ruth",
        "https://WWW.Example.COM/news/ruth/",
        "https://example.com/news/ruth#comments",
        "https://example.com:443/news/ruth",
        "http://example.com:80/news/ruth",
        "https://example.com/news/ruth?utm_source=twitter&utm_medium=social",
        "https://example.com/news/ruth?UTM_Campaign=x&fbclid=abc&gclid=1",
        "  https://example.com./news/ruth  ",
        "https://m.example.com/news/ruth",
        "https://mobile.example.com/news/ruth",
        "https://www.m.example.com/news/ruth",
        "https://example.com/%6Eews/%72uth",
        "https://example.com/news/./ruth/.",
        "https://example.com/other/../news/ruth",
        "https://example.com/../news/ruth",
    ],
)
def test_the_ways_of_writing_one_page_give_one_address(url: str) -> None:
    assert page_address(url) == "https://example.com/news/ruth"


@pytest.mark.parametrize(
    ("urls", "address"),
    [
        (
            ("https://example.com/~ruth/café", "https://example.com/%7eruth/caf%c3%a9"),
            "https://example.com/~ruth/caf%C3%A9",
        ),
        (("https://example.com/a b", "https://example.com/a%20b"), "https://example.com/a%20b"),
        (
            ("https://example.com/a<b>", "https://example.com/a%3cb%3E"),
            "https://example.com/a%3Cb%3E",
        ),
        (
            ("https://bücher.de/a", "https://BÜCHER.de/a", "https://XN--BCHER-KVA.DE/a"),
            "https://xn--bcher-kva.de/a",
        ),
        (("https://straße.de/", "https://xn--strae-oqa.de/"), "https://xn--strae-oqa.de/"),
        (("https://[::1]/a", "https://[::1]:443/a"), "https://[::1]/a"),
        (("https://[::1]:8080/a",), "https://[::1]:8080/a"),
    ],
)
def test_a_character_or_host_written_two_ways_is_one_address(
    urls: tuple[str, ...], address: str
) -> None:
    assert [page_address(url) for url in urls] == [address] * len(urls)


def test_what_names_another_page_is_kept() -> None:
    assert page_address("https://example.com/News/Ruth") == "https://example.com/News/Ruth"
    assert page_address("https://example.com:8080/a") == "https://example.com:8080/a"
    assert page_address("https://news.example.com/a") == "https://news.example.com/a"
    # A query that chooses the page stays, its parameters in one order, trackers out.
    assert page_address("https://example.com/a?p=2&id=7&utm_source=x") == (
        "https://example.com/a?id=7&p=2"
    )
    # A fragment that routes a single-page site names its article; "#comments" does not.
    assert page_address("https://example.com/#/article/9") == "https://example.com/#/article/9"
    assert page_address("https://example.com/#!/story/5") == "https://example.com/#!/story/5"
    assert page_address("https://example.com/#/article/9") != page_address(
        "https://example.com/#/article/10"
    )
    # An escaped "/" is no separator; IDNA 2003's "ss" for "ß" is not what browsers do.
    assert page_address("https://example.com/a%2fb") == "https://example.com/a%2Fb"
    assert page_address("https://strasse.de/") == "https://strasse.de/"
    # Copies a site names its own way are left to the claim file to cite once.
    assert page_address("https://example.com/a/index.html") == "https://example.com/a/index.html"
    assert page_address("https://example.com/a/amp") == "https://example.com/a/amp"
    assert page_address("https://amp.example.com/a") == "https://amp.example.com/a"
    # An edition's label is kept where only a registered name would be left.
    assert page_address("https://m.co/a") == "https://m.co/a"
    assert page_address("https://en.m.wikipedia.org/wiki/A") == "https://en.m.wikipedia.org/wiki/A"
    # A host or label longer than DNS allows is no host to convert: kept as written.
    long_label = "ü" * 64
    assert page_address(f"https://{long_label}.de/") == f"https://{long_label}.de/"
    assert page_address("https://example.com") == "https://example.com/"
    assert page_address("https://example.com/") == "https://example.com/"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a", "https://", "http://[x", "https://a.com:99999/", "example.com"]
)
def test_what_is_no_web_address_has_none(url: str) -> None:
    assert page_address(url) is None


def _row(source: str, url: str | None) -> SourceRecord:
    return SourceRecord(source, f"claims/{source}.yaml", 1, "Outlet", "Title", "2022", url=url)


def test_each_source_at_an_address_is_paired_with_the_first_there_alone() -> None:
    rows = [
        _row("d", "http://www.example.com/a/"),
        _row("b", "https://example.com/a"),
        _row("c", "https://example.com/a#top"),
        _row("a", "https://example.com/other"),
        _row("e", None),
        _row("f", "https://example.com/other?utm_source=x"),
    ]
    assert same_address(rows) == [
        ("a", "f", "https://example.com/other"),
        ("b", "c", "https://example.com/a"),
        ("b", "d", "https://example.com/a"),
    ]


def test_a_thousand_sources_at_one_address_are_linked_by_999_pairs() -> None:
    rows = [_row(f"s{n:04d}", "https://example.com/a") for n in range(1000)]
    pairs = same_address(rows)
    assert len(pairs) == 999
    assert {first for first, _, _ in pairs} == {"s0000"}
