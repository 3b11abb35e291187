"""The reports' memos: each piece worked out once, within bounds, and the pieces of
locations exactly what the functions they stand in for give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reporting_sample import sample_result

from validator.model.findings import Location
from validator.report import _memo
from validator.report._html import Escaped, Places, esc, loc
from validator.report._markdown import MdEscaped, MdPlaces, md_escape, md_url
from validator.report._memo import (
    MEMO_CHARACTERS,
    MEMO_ENTRIES,
    FileLinks,
    Memo,
    characters,
    location_fields,
)
from validator.report._text import line_href
from validator.report.html import render_html
from validator.report.markdown import render_markdown
from validator.report.project_place import ProjectPlace


def test_memo_works_each_key_out_once() -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    memo: Memo[str, str] = Memo(make)
    assert [memo["a"], memo["b"], memo["a"], memo["b"], memo["a"]] == ["A", "B", "A", "B", "A"]
    assert made == ["a", "b"]
    assert memo.limit == MEMO_ENTRIES == 65536
    assert (memo.size, memo.room, memo.characters) == (None, MEMO_CHARACTERS, 0)


def test_a_memo_keeps_its_own_attributes_in_slots() -> None:
    """A report's memos read their bounds on every miss: from slots, not an instance
    dictionary (a dict subclass's is slow to read)."""
    assert not hasattr(Memo(), "__dict__")
    assert characters(("ab", "", "cde")) == 5


def test_a_full_memo_starts_again() -> None:
    made: list[int] = []

    def make(key: int) -> int:
        made.append(key)
        return key * 10

    memo: Memo[int, int] = Memo(make, limit=2)
    assert [memo[1], memo[2], memo[3]] == [10, 20, 30]
    assert dict(memo) == {3: 30}  # full at 3: emptied, then 3 remembered
    assert [memo[3], memo[1]] == [30, 10]
    assert made == [1, 2, 3, 1]
    assert dict(memo) == {3: 30, 1: 10}


def _upper() -> tuple[Memo[str, str], list[str]]:
    """A memo of texts (its values' size their length), and the keys it worked out."""
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    return Memo(make, size=len), made


def test_a_memo_of_texts_is_bounded_by_its_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MEMO_CHARACTERS == 1 << 24
    monkeypatch.setattr(_memo, "MEMO_CHARACTERS", 5)
    memo, made = _upper()
    assert [memo["ab"], memo["cd"], memo["ab"]] == ["AB", "CD", "AB"]
    assert (dict(memo), memo.characters) == ({"ab": "AB", "cd": "CD"}, 4)
    assert memo["e"] == "E"  # five characters: still room
    assert memo["fg"] == "FG"  # seven would be too many: emptied, then remembered
    assert (dict(memo), memo.characters) == ({"fg": "FG"}, 2)
    # A text longer than the whole bound is given out and never remembered.
    assert [memo["long text"], memo["long text"]] == ["LONG TEXT", "LONG TEXT"]
    assert (dict(memo), memo.characters) == ({"fg": "FG"}, 2)
    assert made == ["ab", "cd", "e", "fg", "long text", "long text"]


def test_a_memo_of_texts_is_bounded_by_its_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", 2)
    memo, made = _upper()
    assert [memo["a"], memo["b"], memo["c"], memo["a"]] == ["A", "B", "C", "A"]
    assert (dict(memo), memo.characters) == ({"c": "C", "a": "A"}, 2)
    assert made == ["a", "b", "c", "a"]


def test_a_memo_without_make_is_filled_by_keep_within_its_bounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_memo, "MEMO_CHARACTERS", 6)
    memo: Memo[int, tuple[str, ...]] = Memo(size=characters)
    with pytest.raises(KeyError):
        memo[1]
    assert memo.keep(1, ("ab", "cd")) == ("ab", "cd")
    assert memo.keep(2, ("e",)) == ("e",)
    assert (dict(memo), memo.characters) == ({1: ("ab", "cd"), 2: ("e",)}, 5)
    assert memo.keep(3, ("fg",)) == ("fg",)  # seven would be too many: emptied
    assert (dict(memo), memo.characters) == ({3: ("fg",)}, 2)
    assert memo.keep(4, ("abcd", "efg")) == ("abcd", "efg")  # longer than the bound
    assert (dict(memo), memo.characters) == ({3: ("fg",)}, 2)


def test_escape_memos_are_what_they_stand_in_for() -> None:
    html_texts, dashed, markdown = Escaped(), Escaped(dash=True), MdEscaped()
    for text in (None, "", "Kate <b>", "a|b*c_", "\u202eevil\x1b[31m", "x" * 40):
        assert html_texts[text] == esc(text)
        assert dashed[text] == (esc(text) if text else "\u2014")
        assert markdown[text] == md_escape(text)
    assert html_texts["Kate <b>"] == "Kate &lt;b&gt;"
    assert markdown["a|b*c_"] == md_escape("a|b*c_") == "a\\|b\\*c\\_"
    cut = MdEscaped(limit=12)
    assert cut["x" * 40] == "… (40 more characters; consistency.md has it whole)"


@pytest.mark.parametrize(
    "entries, characters, claim_cells", [(1, 1, None), (2, 30, None), (3, 400, 3)]
)
def test_reports_with_memos_that_start_again_are_the_same(
    monkeypatch: pytest.MonkeyPatch, entries: int, characters: int, claim_cells: int | None
) -> None:
    """However small the memos' bounds, the HTML and Markdown reports are the same, and
    no memo of theirs holds more than the bounds allow: the claims' and sources' cells,
    which hold values and excerpts of any length, within the characters too (under 400
    characters no claim's cells are remembered: each holds more)."""
    html_text = render_html(sample_result(), link_root="..")
    markdown_text = render_markdown(sample_result(), link_root="..")
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", entries)
    monkeypatch.setattr(_memo, "MEMO_CHARACTERS", characters)
    largest: dict[str, int] = {}  # by what each memo makes
    most_characters = 0
    cells_held = 0  # characters of the claims' and sources' cells, held at once
    real_setitem = dict.__setitem__

    def watched(memo: Memo[Any, Any], key: Any, value: Any) -> None:
        nonlocal most_characters, cells_held
        real_setitem(memo, key, value)
        name = "keep" if memo.make is None else memo.make.__name__
        largest[name] = max(largest.get(name, 0), len(memo))
        if name in ("claim_cells_of", "keep"):  # the sources' cells are kept
            held = (cell if isinstance(cell, str) else "".join(cell) for cell in memo.values())
            cells_held = max(cells_held, sum(map(len, held)))
        if memo.size is not None:  # counted once it is stored
            most_characters = max(most_characters, memo.characters + memo.size(value))

    monkeypatch.setattr(Memo, "__setitem__", watched)
    assert render_html(sample_result(), link_root="..") == html_text
    assert render_markdown(sample_result(), link_root="..") == markdown_text
    # Each report's memos, the renderers' own among them, are held to the bounds.
    assert max(largest.values()) == entries
    for name in ("escape", "cell", "file", "claim_link", "md_claim_link"):
        assert largest[name] == entries
    assert largest.get("claim_cells_of") == claim_cells
    assert 0 < most_characters <= characters
    assert cells_held <= characters


def test_file_links_are_line_href() -> None:
    links = FileLinks("..")
    assert links.href("claims/a b.yaml", 7) == "../claims/a%20b.yaml#L7"
    assert links.href("claims/a b.yaml", 0) == "../claims/a%20b.yaml"
    assert links.href("/etc/passwd", 3) is None
    assert links.href("", 3) is None
    assert dict(links) == {"claims/a b.yaml": "../claims/a%20b.yaml", "/etc/passwd": None, "": None}
    assert FileLinks(None).href("claims/a.yaml", 2) is None
    forge = FileLinks("https://forge.example/o/r/blob/main/")
    assert forge.href("c\\d#e.yaml", 4) == "https://forge.example/o/r/blob/main/c/d%23e.yaml#L4"
    for root in (None, "", ".", "..", "https://forge.example/x"):
        for file in ("a.yaml", "dir/ü ö.yml", "C:/x.yaml", "a?b&c", ""):
            for line in (-1, 0, 1, 12):
                assert FileLinks(root).href(file, line) == line_href(file, line, root)


def test_html_places_are_loc() -> None:
    places = Places("..")
    plain = Location("claims/a.yaml", 3, 5)
    odd = Location('c/<b>&"x\u202e\n\ufffe.yaml', 2, 1)
    assert places[plain] == '<a class="loc" href="../claims/a.yaml#L3">claims/a.yaml:3:5</a>'
    assert places[odd] == (
        '<a class="loc" href="../c/%3Cb%3E&amp;%22x%E2%80%AE%0A%EF%BF%BE.yaml#L2">'
        "c/&lt;b&gt;&amp;&quot;x\\u202e\n\ufffd.yaml:2:1</a>"
    )
    assert places[Location("/abs/a.yaml", 1, 1)] == '<span class="loc">/abs/a.yaml:1:1</span>'
    assert places[Location("a.yaml", 0, 0)] == '<a class="loc" href="../a.yaml">a.yaml:0:0</a>'
    assert places[plain] is places[plain]
    for location in (plain, odd, Location("", 1, 1), Location("x y", 0, 2)):
        for root in (None, "..", "https://forge.example/x/"):
            assert Places(root)[location] == loc(location, root)
            # Unremembered, for a claims table's rows: the same cell.
            assert Places(root).at(*location_fields(location)) == loc(location, root)
            assert Places(root).href(location.file, location.line) == (
                None
                if line_href(location.file, location.line, root) is None
                else loc(location, root).split('href="')[1].split('"')[0]
            )


def _md_reference(location: Location, root: str | None) -> str:
    """The Markdown report's location cell as it was written before it was remembered."""
    text = md_escape(str(location))
    href = line_href(location.file, location.line, root)
    return f"[{text}]({md_url(href)})" if href is not None else text


def test_markdown_places_are_the_escaped_linked_location() -> None:
    places = MdPlaces("..")
    plain = Location("claims/a.yaml", 3, 5)
    assert places[plain] == "[claims/a.yaml:3:5](../claims/a.yaml#L3)"
    odd = Location(" c/*x*|[y](z) ", 2, 1)
    # Escaped whole: the space it starts with is stripped, the one before ":2:1" kept.
    assert places[odd] == "[c/\\*x\\*\\|\\[y\\](z) :2:1](../%20c/*x*%7C%5By%5D%28z%29%20#L2)"
    assert MdPlaces(None)[odd] == "c/\\*x\\*\\|\\[y\\](z) :2:1"
    assert places.files[" c/*x*|[y](z) "][0] is None
    assert places.files["claims/a.yaml"][0] == "claims/a.yaml"
    cases = (plain, odd, Location("", 1, 1), Location("a\nb.yaml", 4, 4), Location("x&y", 0, 2))
    for location in cases:
        for root in (None, "..", "https://forge.example/x/"):
            assert MdPlaces(root)[location] == _md_reference(location, root)
            assert MdPlaces(root).at(*location_fields(location)) == _md_reference(location, root)


def test_no_report_links_a_file_outside_the_project(tmp_path: Path) -> None:
    """A file climbing out of the project was linked (`../../other/x.yaml#L3` from
    reports/); SARIF names it by no URI, and no report links it either. Below the root,
    a path climbing to the root's own files is still inside."""
    at_root = ProjectPlace(str(tmp_path), str(tmp_path))
    below = ProjectPlace(str(tmp_path), str(tmp_path / "docs"))
    assert line_href("../other/x.yaml", 3, "..", at_root) is None
    assert line_href("../claims/a.yaml", 3, "..", below) == "../../claims/a.yaml#L3"
    assert line_href("../../x.yaml", 3, "..", below) is None
    assert line_href("claims/a.yaml", 3, "..", at_root) == "../claims/a.yaml#L3"
    assert FileLinks("..", place=at_root).href("../other/x.yaml", 3) is None
    outside = Location("../other/x.yaml", 3, 5)
    assert Places("..", at_root)[outside] == '<span class="loc">../other/x.yaml:3:5</span>'
    assert MdPlaces("..", at_root)[outside] == "../other/x.yaml:3:5"
    assert loc(outside, "..", at_root) == '<span class="loc">../other/x.yaml:3:5</span>'
