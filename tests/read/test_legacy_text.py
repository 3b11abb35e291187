"""The character a byte that is not UTF-8 stands for in Windows-1252, where the file
reads as Windows-1252 text."""

from __future__ import annotations

import pytest

from validator.read.legacy_text import windows_1252_character


@pytest.mark.parametrize(
    ("raw", "start", "character"),
    [
        ("outlet: “Le Café”\n".encode("cp1252"), 8, "“"),
        ("title: café\n".encode("latin-1"), 10, "é"),
        ("a: –\n".encode("cp1252"), 3, "–"),
        # UTF-8 before it: a UTF-8 file with a stray byte, not Windows-1252 text.
        ("a: é\nb: ".encode() + b"\xe9\n", 8, None),
        # UTF-8 starts there: an encoded surrogate, a character cut off at the end.
        (b"a: \xed\xa0\x80\n", 3, None),
        (b"a: \xc3", 3, None),
        (b"a: \xe9", 3, None),
        (b"a: \xe9 b\n", 3, "\xe9"),  # a lead byte with no continuation after it
        # No text in Windows-1252: a byte it has no character for, a binary control.
        (b"a: \x81\n", 3, None),
        (b"a: \xe9\x00\n", 3, None),
        (b"\x89PNG\r\n\x1a\n", 0, None),
    ],
)
def test_windows_1252_character(raw: bytes, start: int, character: str | None) -> None:
    assert windows_1252_character(raw, start) == character
