"""What an id a person typed may have meant, and how a message quotes it
(validator.cli.claim_names)."""

from __future__ import annotations

import pytest

from validator.cli.claim_names import typed


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("wrong/age", "wrong/age"),
        ("D2O1", "D2O1"),
        # Every character that is not printable as an escape, a backslash doubled.
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("a\u202eb\u2066c", "a\\u202eb\\u2066c"),
        ("look/alike\u200b", "look/alike\\u200b"),
        ("back\\u200bslash", "back\\\\u200bslash"),
        # 80 characters whole; more cut to 79 and an ellipsis, before the escapes.
        ("s" * 80, "s" * 80),
        ("s" * 81, "s" * 79 + "\u2026"),
        ("\n" * 100, "\\n" * 79 + "\u2026"),
    ],
)
def test_typed_text_is_shown_escaped_on_one_line_and_cut_short(text: str, shown: str) -> None:
    assert typed(text) == shown
