"""Laws of validator.report.escaping: each escape leaves nothing raw, is idempotent where
its output is text again, and a label can be read back to the id it shows."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.report.escaping import UNSAFE_CHARACTERS, json_safe, label, terminal_safe, visible

from .strategies import hostile_text, plain_data

SETTINGS = settings(max_examples=300, deadline=None)
RAW = re.compile(f"[{UNSAFE_CHARACTERS}]")
# Any text, lone surrogates and the characters the escapes name among it.
_any_text = st.one_of(
    hostile_text,
    st.text(st.characters(codec=None, categories=None), max_size=20),
    st.lists(
        st.sampled_from(["\\", "x", "u", "U", "0", "1b", "\udc85", "\ud800", "\U000e0041"])
    ).map("".join),
)
_ESCAPE = re.compile(r"\\(\\|n|r|t|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


def _read_label(shown: str) -> str:
    """What `label` showed, read back: its escapes, as Python writes them, undone; `\\xNN`
    past 0x7f is the byte of a file name that is not UTF-8 (os.fsdecode's surrogate)."""

    def undo(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape in ("\\", "n", "r", "t"):
            return {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[escape]
        code = int(escape[1:], 16)
        return chr(code + 0xDC00 if escape[0] == "x" and code >= 0x80 else code)

    return _ESCAPE.sub(undo, shown)


@SETTINGS
@given(_any_text)
def test_visible_leaves_nothing_raw_and_is_idempotent(text: str) -> None:
    shown = visible(text)
    assert RAW.search(shown) is None
    assert visible(shown) == shown
    if RAW.search(text) is None:
        assert shown == text


@SETTINGS
@given(_any_text, st.sets(st.sampled_from("\t\n\r\x1b\u202e")).map("".join))
def test_visible_keeps_only_what_it_is_told_to(text: str, keep: str) -> None:
    shown = visible(text, keep)
    assert {c for c in shown if RAW.fullmatch(c)} <= set(keep)
    assert shown == "".join(c if c in keep else visible(c) for c in text)


@SETTINGS
@given(_any_text)
def test_terminal_safe_is_idempotent(text: str) -> None:
    safe = terminal_safe(text)
    assert terminal_safe(safe) == safe


@SETTINGS
@given(_any_text)
def test_a_label_is_printable_and_reads_back_to_its_id(name: str) -> None:
    shown = label(name)
    assert shown.isprintable()
    assert _read_label(shown) == name


@SETTINGS
@given(_any_text, _any_text)
def test_two_ids_never_share_a_label(name: str, other: str) -> None:
    if name != other:
        assert label(name) != label(other)


@SETTINGS
@given(plain_data, st.booleans())
def test_json_safe_is_the_same_data_with_nothing_raw(data: object, indent: bool) -> None:
    encoded = json.dumps(data, ensure_ascii=False, indent=2 if indent else None)
    safe = json_safe(encoded)
    assert json.loads(safe) == data
    assert RAW.search(safe.replace("\n", "")) is None
    assert "##[" not in safe and "##vso[" not in safe
    assert json_safe(safe) == safe
