"""Laws of the reports' remembered location cells (`report._memo`, `_html.Places`,
`_markdown.MdPlaces`): built from a file's remembered pieces, each is exactly the cell
worked out whole, whatever the file's name holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.findings import Location
from validator.report._html import Places, loc
from validator.report._markdown import MdPlaces, md_escape, md_url
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
