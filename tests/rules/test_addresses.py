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
    ],
)
def test_the_ways_of_writing_one_page_give_one_address(url: str) -> None:
    assert page_address(url) == "https://example.com/news/ruth"


def test_what_names_another_page_is_kept() -> None:
    assert page_address("https://example.com/News/Ruth") == "https://example.com/News/Ruth"
    assert page_address("https://example.com:8080/a") == "https://example.com:8080/a"
    assert page_address("https://news.example.com/a") == "https://news.example.com/a"
    # A query that chooses the page stays, its parameters in one order, trackers out.
    assert page_address("https://example.com/a?p=2&id=7&utm_source=x") == (
        "https://example.com/a?id=7&p=2"
    )
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
