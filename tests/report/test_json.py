"""JSON text written fast (validator.report._json): `json_text` is what `json.dumps` with
`indent=2` writes, at any indentation, and `dump_json` adds the final newline and makes
the text safe for a terminal."""

from __future__ import annotations

import json

from validator.model.result import Verdict
from validator.report._json import dump_json, json_text
from validator.report.escaping import json_safe


def test_dump_json_flat_and_nested_containers() -> None:
    values: list[object] = [
        {"a": 1, "b": None, "c": 'x\n"y"', "d": 1.5, "e": False},
        [1, "two", None, True, -3.25, float("inf")],
        {"outer": {"inner": [{"x": []}, {}, [[], [1]]]}, "k": ("t", 1)},
        [{"a": 1}, {"b": "\u2028"}],
        "plain",
        7,
        None,
        [],
        {},
    ]
    for value in values:
        expected = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
        assert dump_json(value) == json_safe(expected)
        assert json.loads(dump_json(value)) == json.loads(expected)


def test_empty_containers_and_scalars_stand_alone() -> None:
    assert json_text({}) == "{}"
    assert json_text([]) == "[]"
    assert json_text(()) == "[]"
    assert json_text("") == '""'
    assert json_text(None) == "null"
    assert json_text({"a": {}, "b": []}) == '{\n  "a": {},\n  "b": []\n}'
    assert dump_json({}) == "{}\n"


def test_json_text_nested_at_an_indentation_indents_its_inner_lines_from_there() -> None:
    assert json_text({"a": [1, {"b": []}]}, "    ") == (
        '{\n      "a": [\n        1,\n        {\n          "b": []\n        }\n      ]\n    }'
    )
    assert json_text([1, 2], "\t") == "[\n\t  1,\n\t  2\n\t]"


def test_subclasses_of_scalars_and_special_floats_are_written_as_json_dumps_writes_them() -> None:
    value = [Verdict.REFUTED, True, 1.0, float("nan"), float("-inf"), {"v": Verdict.SUPPORTED}]
    assert json_text(value) == json.dumps(value, indent=2, ensure_ascii=False)
    assert json_text(value) == (
        '[\n  "refuted",\n  true,\n  1.0,\n  NaN,\n  -Infinity,\n  {\n    "v": "supported"\n  }\n]'
    )


def test_keys_and_strings_that_hold_json_syntax_are_encoded() -> None:
    value = {'k"\n\\': ['"', "\\", "\n", "</script>", "{}", "[,]"], "": ""}
    assert json_text(value) == json.dumps(value, indent=2, ensure_ascii=False)
    assert json.loads(json_text(value)) == value


def test_dump_json_escapes_what_a_terminal_or_runner_would_act_on() -> None:
    value = {"\u202ekey": "</script>\u2028##[x\x1b[31m"}
    assert dump_json(value) == ('{\n  "\\u202ekey": "</script>\\u2028##\\u005bx\\u001b[31m"\n}\n')
    assert json.loads(dump_json(value)) == value
