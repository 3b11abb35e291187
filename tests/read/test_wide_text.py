"""Telling UTF-16 and UTF-32 from UTF-8 by a file's first bytes."""

from __future__ import annotations

import pytest

from validator.read.wide_text import wide_encoding


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a: 1\n".encode("utf-16"), "UTF-16 (it starts with a UTF-16 byte order mark)"),
        ("a: 1\n".encode("utf-32"), "UTF-32 (it starts with a UTF-32 byte order mark)"),
        ("a: 1\n".encode("utf-16-be"), "UTF-16 (big-endian, without a byte order mark)"),
        ("a: 1\n".encode("utf-16-le"), "UTF-16 (little-endian, without a byte order mark)"),
        ("a: 1\n".encode("utf-32-be"), "UTF-32 (big-endian, without a byte order mark)"),
        ("a: 1\n".encode("utf-32-le"), "UTF-32 (little-endian, without a byte order mark)"),
        # A first character past U+00FF has no zero byte to tell it by; one below has.
        ("€: 1\n".encode("utf-16-le"), None),
        ("é: 1\n".encode("utf-16-le"), "UTF-16 (little-endian, without a byte order mark)"),
        (b"a: 1\n", None),
        (b"", None),
        (b"a", None),
        (b"a\x00b", None),  # an odd number of bytes is no UTF-16
        (b"ab\x00\x00", None),
        (b"\x7fELF\x02\x01\x01\x00\x00", None),
    ],
)
def test_wide_encoding(raw: bytes, expected: str | None) -> None:
    assert wide_encoding(raw) == expected
