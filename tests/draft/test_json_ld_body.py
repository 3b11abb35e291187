"""An article whose text is only in its JSON-LD: its paragraphs given back from the
JSON's line breaks, or, with none, from the breaks its text still shows."""

from __future__ import annotations

import json

import pytest

from validator.draft import read_article
from validator.draft.json_ld_body import body_paragraphs, json_ld_bodies

_SCRIPT = '<script type="application/ld+json">{}</script>'


def _page(*blocks: object, body: str = '<div id="app"></div>') -> bytes:
    scripts = "".join(_SCRIPT.format(b if isinstance(b, str) else json.dumps(b)) for b in blocks)
    head = f"<head><title>T</title>{scripts}</head>"
    return f"<!DOCTYPE html><html>{head}<body>{body}</body></html>".encode()


def _article(text: str) -> dict[str, str]:
    return {"@type": "NewsArticle", "headline": "T", "articleBody": text}


FIRST = "Nora Vell has spoken about the new play at the Lyric Theatre tonight."
SECOND = "The play opens on 14 March and runs for two hours with an interval."


# An article whose quotation goes on into a second paragraph, as its paragraphs.
QUOTED = (FIRST, "“It is a hard part,” Vell said. “Harder than any.", "“I love it.”", SECOND)


def test_the_json_ld_line_breaks_part_the_paragraphs() -> None:
    quoted = "“It is a hard part,” Vell said. “Harder than any.\n\n“I love it.”"
    text = f"{FIRST}\n\n  {quoted}\r\n{SECOND}"
    assert read_article(_page(_article(text))).paragraphs == QUOTED


def test_a_body_nested_in_a_graph_is_read() -> None:
    block = {"@graph": [{"@type": "WebSite"}, _article(f"{FIRST}\n{SECOND}")]}
    assert read_article(_page(block)).paragraphs == (FIRST, SECOND)


def test_line_breaks_a_cms_escaped_twice_part_the_paragraphs() -> None:
    assert body_paragraphs(f"{FIRST}\\n\\n{SECOND}") == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # Paragraphs joined with nothing between: a sentence's end runs into a word.
        (f"{FIRST[:-1]}.{SECOND}", [FIRST, SECOND]),
        (f"It was 'hard'.{SECOND}", ["It was 'hard'.", SECOND]),
        # A quotation open at a sentence's end and opened again: news style's next
        # paragraph of the same quotation.
        (
            "“It is a hard part,” Vell said. “Harder than any. “I love it,” she added.",
            ["“It is a hard part,” Vell said. “Harder than any. ", "“I love it,” she added."],
        ),
        (
            '"It is hard," Vell said. "Harder than any.  "I love it."',
            ['"It is hard," Vell said. "Harder than any.  ', '"I love it."'],
        ),
        # No sign of a break: one paragraph, as trafilatura gives it.
        (f"{FIRST} {SECOND}", [f"{FIRST} {SECOND}"]),
        # Initials, abbreviations and decimals are no paragraph's end.
        (
            "J.K. Rowling and the U.S.Army met at 3.5pm. e.g.a test.",
            ["J.K. Rowling and the U.S.Army met at 3.5pm. e.g.a test."],
        ),
        # A quotation after a closed one is within the paragraph.
        ('"One," she said. "Two," he said.', ['"One," she said. "Two," he said.']),
    ],
)
def test_a_body_with_no_line_breaks(text: str, paragraphs: list[str]) -> None:
    assert body_paragraphs(text) == paragraphs


def test_a_run_together_body_read_from_a_page() -> None:
    text = f"{FIRST}“It is a hard part,” Vell said. “Harder than any. “I love it.”Tickets are £20."
    assert read_article(_page(_article(text))).paragraphs == (
        FIRST,
        "“It is a hard part,” Vell said. “Harder than any.",
        "“I love it.”",
        "Tickets are £20.",
    )


@pytest.mark.parametrize("escape", [False, True])
def test_a_body_written_as_html_is_parted_at_its_blocks(escape: bool) -> None:
    """Some pages write the body as HTML, escaped or not: trafilatura reads it as one
    paragraph; its blocks are its paragraphs, and a link keeps its words."""
    text = (
        f'<p>{FIRST[:9]} <a href="/vell">{FIRST[9:]}</a></p><p class="x">“It is a hard part,”'
        f" Vell said. “Harder than any.</p>\n<p>“I love it.”<br/>{SECOND}</p>"
    )
    if escape:
        text = text.replace("<", "&lt;").replace(">", "&gt;")
    assert read_article(_page(_article(text))).paragraphs == QUOTED


def test_html_entities_in_the_body_are_matched_as_trafilatura_reads_them() -> None:
    text = f"Vell &amp; Brook opened the play tonight.\n{SECOND}"
    assert read_article(_page(_article(text))).paragraphs == (
        "Vell & Brook opened the play tonight.",
        SECOND,
    )


def test_a_page_whose_text_is_in_its_body_is_left_as_trafilatura_reads_it() -> None:
    """The JSON-LD says the same text with other breaks: the page's own paragraphs are kept."""
    tickets = "Tickets are on sale now at the box office."
    body = f"<article><p>{FIRST} {SECOND}</p><p>{tickets}</p></article>"
    page = _page(_article(f"{FIRST}\n{SECOND}\nOther words."), body=body)
    assert read_article(page).paragraphs == (
        f"{FIRST} {SECOND}",
        tickets,
    )


@pytest.mark.parametrize(
    "block",
    [
        "{not json",
        '{"articleBody": ' + "[" * 100_000,
        json.dumps({"@graph": [{"@graph": [{"@graph": [_article("Deep.")]}]}]}),
        json.dumps([1, "two", None, {"articleBody": 3}]),
    ],
)
def test_json_ld_that_gives_no_body_is_passed_over(block: str) -> None:
    from lxml import html

    tree = html.fromstring(_page(block).decode())
    assert json_ld_bodies(tree) == ([] if "Deep" not in block else ["Deep."])


def test_a_body_nested_past_eight_levels_is_not_walked_into() -> None:
    from lxml import html

    block: dict[str, object] = _article("Deep.")
    for _ in range(10):
        block = {"@graph": [block]}
    tree = html.fromstring(_page(json.dumps(block)).decode())
    assert json_ld_bodies(tree) == []


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("a." + " " * 1_000_000, 1),
        ('a. "' * 250_000, 250_000),
        ("a.”" * 330_000, 1),
        ("Ab.Cd" * 200_000, 200_001),
        ("x" * 1_000_000, 1),
        ("<p" * 500_000, 1),
        ("<a " + "x" * 1_000_000, 1),
        ("<p>a</p>" * 125_000, 125_000),
    ],
)
def test_a_one_megabyte_body_is_one_pass(line: str, count: int) -> None:
    """Each match starts at a sentence's end and reads at most a few characters on: a
    line of a million is split in one pass, whatever it holds."""
    parts = body_paragraphs(line)
    assert "".join(parts) == (line if "<p>" not in line else "a" * count)
    assert len(parts) == count
