"""Which blocks of a page are lines of links: marked for trafilatura to prune, and only
those (a paragraph with a link in its sentence, a byline, a block holding others stay)."""

from __future__ import annotations

import pytest
import trafilatura

from validator.draft.link_lines import PRUNE, links_only, mark_link_lines

PAGE = """<html><body><article>
<p id="a">Read more: <a href="/x">Mia Threapleton, 21, says so</a></p>
<p id="b">Kate Winslet stars in <a href="/r">I Am Ruth</a>, which airs on Channel 4.</p>
<p id="c">Topics: <a>TV</a>, <a>Kate Winslet</a> | <a>Channel 4</a></p>
<p id="d">By <a href="/sam">Sam Okafor</a> and <a href="/jo">Jo Lee</a>, 8 December 2022</p>
<a href="/z"><div id="e"><h3 id="f">Kate Winslet won an Oscar</h3></div></a>
<ul id="g"><li id="h"><a>Joe Anders, 21, plays Billy</a></li><li id="i">No link here.</li></ul>
<div id="j"><p id="k"><a>Inside a block</a></p></div>
<p id="l">See <a>the trailer</a>.</p>
<p id="m"><a href="/empty"> </a>Only words outside a blank link.</p>
<h2 id="n"><em>Share</em>: <a>Facebook</a> · <a>X</a> · <a>Email</a></h2>
</article></body></html>"""


def test_the_blocks_that_are_only_links_are_marked() -> None:
    tree = trafilatura.load_html(PAGE)
    assert mark_link_lines(tree)
    assert [e.get("id") for e in tree.xpath(PRUNE)] == ["a", "c", "f", "h", "k", "n"]


def test_a_page_without_them_is_left_alone() -> None:
    tree = trafilatura.load_html("<html><body><p>Kate Winslet plays <a>Ruth</a>.</p></body></html>")
    assert not mark_link_lines(tree)
    assert tree.xpath(PRUNE) == []


@pytest.mark.parametrize(
    ("outside", "expected"),
    [
        ("", True),
        (" | · , ", True),
        ("Read more: ", True),
        ("Share this on: ", True),
        ("e-mail:", True),
        ("a b c d", False),  # four words: no label
        ("Read more.", False),  # a sentence's end
        ("a" * 30, True),
        ("a" * 31, False),  # longer than a label's word
        ("a-" + "a" * 29, True),  # two words at the hyphen
        ("|" + "a" * 30 + "|", True),
        ("x|" + "a" * 31, False),
    ],
)
def test_what_a_line_of_links_holds_besides_them(outside: str, expected: bool) -> None:
    assert links_only(outside) is expected


def test_a_run_of_separators_and_a_sentence_end_is_read_in_one_pass() -> None:
    # As a regular expression, 50 hyphens took seconds and each one more doubled it.
    assert not links_only("-" * 1_000_000 + "x.")
    assert not links_only("a-" * 500_000 + ".")
    assert links_only("-" * 1_000_000)


def test_a_block_of_a_link_and_a_run_of_hyphens_is_read_in_one_pass() -> None:
    tree = trafilatura.load_html(f"<html><body><p><a>Ruth</a> {'-' * 100_000}x.</p></body></html>")
    assert not mark_link_lines(tree)
