"""The JSON report's remembered pieces (validator.report._json_memo): string literals made
safe, locations, lists and sides, each written as the report writes it."""

from __future__ import annotations

import json

from validator.model.findings import Location, Side
from validator.report._json import json_text
from validator.report._json_memo import (
    PAD12,
    Encoded,
    Located,
    Sides,
    list_text,
    literal,
    side_text,
)


def test_a_literal_is_a_json_string_with_nothing_raw() -> None:
    assert literal("") == '""'
    assert literal('say "hi"\\') == '"say \\"hi\\"\\\\"'
    assert literal("caf\u00e9 \U0001f600") == '"caf\u00e9 \U0001f600"'
    assert literal("a\nb\x1b[31m") == '"a\\nb\\u001b[31m"'
    assert literal("\u202eevil\u2028") == '"\\u202eevil\\u2028"'
    assert literal("##[error]x ##vso[task]") == '"##\\u005berror]x ##vso\\u005btask]"'
    assert literal("\U000e0041") == '"\\udb40\\udc41"'


def test_encoded_writes_none_as_null_and_each_text_once() -> None:
    enc = Encoded()
    assert enc[None] == "null"
    assert enc[""] == '""'
    assert enc["src\n/claim"] == '"src\\n/claim"'
    first = enc["a/b"]
    assert enc["a/b"] is first
    assert sorted(enc, key=repr) == sorted([None, "", "src\n/claim", "a/b"], key=repr)


def test_a_location_is_its_json_object_at_its_depth() -> None:
    at4 = Located(Encoded(), "    ")
    assert at4[Location("claims/a\u202e.yaml", 3, 14)] == (
        '{\n      "file": "claims/a\\u202e.yaml",\n      "line": 3,\n      "column": 14\n    }'
    )
    loc = Location("a.yaml", 0, 0)
    assert at4[loc] == json_text({"file": "a.yaml", "line": 0, "column": 0}, "    ")


def test_list_text_puts_its_items_at_the_pad_and_its_bracket_two_spaces_left() -> None:
    assert list_text([], "    ") == "[]"
    assert list_text(iter([]), PAD12) == "[]"
    assert list_text(['"a"'], "    ") == '[\n    "a"\n  ]'
    assert list_text(['"a"', "1", "null"], "  ") == '[\n  "a",\n  1,\n  null\n]'


def _side() -> Side:
    return Side(
        ("90", 'say "x"\n'),
        ("a", "b"),
        ("a/c1", "b/c\u202e2"),
        (Location("a.yaml", 1, 2), Location("b.yaml", 3, 4)),
        2,
    )


def test_a_side_is_written_as_the_report_lists_it() -> None:
    enc = Encoded()
    side = _side()
    text = side_text(side, enc, Located(enc, PAD12))
    expected = {
        "count": 2,
        "values": ["90", 'say "x"\n'],
        "sources": ["a", "b"],
        "claims": ["a/c1", "b/c\u202e2"],
        "locations": [
            {"file": "a.yaml", "line": 1, "column": 2},
            {"file": "b.yaml", "line": 3, "column": 4},
        ],
    }
    assert text == json_text(expected, " " * 8).replace("\u202e", "\\u202e")
    assert json.loads(text) == expected


def test_an_empty_side_has_empty_lists() -> None:
    enc = Encoded()
    text = side_text(Side((), (), (), (), 0), enc, Located(enc, PAD12))
    assert json.loads(text) == {
        "count": 0,
        "values": [],
        "sources": [],
        "claims": [],
        "locations": [],
    }
    assert '"values": [],' in text


def test_sides_writes_a_side_once_and_an_equal_one_alike() -> None:
    sides = Sides(Encoded())
    side = _side()
    first = sides.text(side)
    assert sides.text(side) is first
    again = _side()
    assert sides.text(again) == first
