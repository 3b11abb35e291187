"""Laws of the reports' remembered location cells (`report._memo`, `_html.Places`,
`_markdown.MdPlaces`): built from a file's remembered pieces, each is exactly the cell
worked out whole, whatever the file's name holds. And of what is written in pieces so
as not to be held whole (a cell's items, a Markdown line): joined, it is the whole."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.model.findings import Location
from validator.report import _markdown
from validator.report._html import Places, loc
from validator.report._html import folded as html_folded
from validator.report._html import folded_pieces as html_folded_pieces
from validator.report._markdown import Line, MdPlaces, md_escape, md_text, md_url
from validator.report._markdown import folded as md_folded
from validator.report._markdown import folded_pieces as md_folded_pieces
from validator.report._memo import FileLinks
from validator.report._text import line_href

from .strategies import hostile_text

SETTINGS = settings(max_examples=300, deadline=None)

_roots = st.sampled_from([None, "", ".", "..", "../..", "https://forge.example/o/r/blob/main"])
_lines = st.integers(min_value=-2, max_value=10**6)


@SETTINGS
@given(hostile_text, _lines, _roots)
def test_file_links_are_line_href(file: str, line: int, root: str | None) -> None:
    links = FileLinks(root)
    assert links.href(file, line) == line_href(file, line, root)
    assert links.href(file, line + 1) == line_href(file, line + 1, root)


@SETTINGS
@given(hostile_text, _lines, _lines, _roots)
# A file whose last line is a colon: with `:line` after it, the line begins with `::`.
@example(":", 0, 0, None)
@example("a\n :", 3, 1, "..")
def test_html_places_are_loc(file: str, line: int, column: int, root: str | None) -> None:
    places = Places(root)
    for location in (Location(file, line, column), Location(file, line + 1, column)):
        assert places[location] == loc(location, root)


@SETTINGS
@given(hostile_text, _lines, _lines, _roots)
def test_markdown_places_are_the_escaped_linked_location(
    file: str, line: int, column: int, root: str | None
) -> None:
    places = MdPlaces(root)
    for location in (Location(file, line, column), Location(file, line + 1, column)):
        href = line_href(location.file, location.line, root)
        text = md_escape(str(location))
        assert places[location] == (f"[{text}]({md_url(href)})" if href is not None else text)


_cell_items = st.lists(hostile_text, max_size=12)


@SETTINGS
@given(_cell_items)
def test_html_folded_pieces_are_folded(items: list[str]) -> None:
    assert "".join(html_folded_pieces(iter(items), len(items))) == html_folded(items)


@SETTINGS
@given(_cell_items, st.none() | st.integers(min_value=1, max_value=12))
def test_markdown_folded_pieces_are_folded(items: list[str], cap: int | None) -> None:
    joined = "".join(md_folded_pieces(iter(items), len(items), cap))
    assert joined == md_folded(items, cap)


_document_lines = st.lists(
    st.one_of(
        st.sampled_from(["", "", "text", "| a | b |"]),
        st.lists(
            st.text(st.characters(exclude_characters="\n"), min_size=1, max_size=5),
            min_size=1,
            max_size=4,
        ),
    ),
    max_size=30,
)


@SETTINGS
@given(_document_lines, st.integers(min_value=1, max_value=4))
def test_a_line_in_parts_is_written_as_the_whole_line(
    lines: list[str | list[str]], piece_lines: int
) -> None:
    """`md_text` of lines some of which come in parts is `md_text` of the joined lines,
    however many lines make a piece."""
    whole = [line if isinstance(line, str) else "".join(line) for line in lines]
    original = _markdown._PIECE_LINES
    _markdown._PIECE_LINES = piece_lines
    try:
        assert "".join(md_text(_in_parts(lines))) == "".join(md_text(whole))
    finally:
        _markdown._PIECE_LINES = original
    while whole and not whole[-1]:
        whole.pop()
    assert "".join(md_text(_in_parts(lines))) == "\n".join(whole) + "\n"


def _in_parts(lines: list[str | list[str]]) -> list[Line]:
    return [line if isinstance(line, str) else iter(line) for line in lines]
