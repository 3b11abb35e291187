"""Laws of validator.report._json and the JSON report's literals (`_json_memo.literal`):
the fast writer writes what `json.dumps(indent=2)` writes, at any indentation, and what
it makes safe reads back as the same data."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.report._json import dump_json, json_text
from validator.report._json_memo import literal
from validator.report.escaping import UNSAFE_CHARACTERS, json_safe

from .strategies import hostile_text, plain_data

SETTINGS = settings(max_examples=300, deadline=None)
RAW = re.compile(f"[{UNSAFE_CHARACTERS}]")
_pads = st.sampled_from(["", "  ", "    ", "\t"])


@SETTINGS
@given(plain_data, _pads)
def test_json_text_is_json_dumps_at_any_indentation(data: object, pad: str) -> None:
    expected = json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)
    assert json_text(data, pad) == expected


@SETTINGS
@given(plain_data)
def test_dump_json_reads_back_as_the_data(data: object) -> None:
    text = dump_json(data)
    assert text == json_safe(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    assert json.loads(text) == data


@SETTINGS
@given(st.one_of(hostile_text, st.text()))
def test_a_literal_is_one_safe_line_that_reads_back_as_its_text(text: str) -> None:
    written = literal(text)
    assert json.loads(written) == text
    assert written == json_safe(json.dumps(text, ensure_ascii=False))
    assert RAW.search(written) is None
