"""Text saved in Windows-1252, told by the first byte that is not UTF-8, so that the
message names the character a writer sees there and the encoding to save it from.

Windows' editors and spreadsheets save in Windows-1252 (Latin-1 with typographic quotes
and dashes) unless told otherwise. Its typographic quotes are the bytes 0x91 to 0x94,
which are no UTF-8: "byte 0x93 at offset 157" sent a desk to count bytes for what the
editor shows as a curly quote.
"""

from __future__ import annotations

import re

__all__ = ["not_utf8", "windows_1252_character"]

# The control characters no text file holds (a tab, a line feed and a CR it may): a
# binary file's bytes, in any encoding.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def not_utf8(raw: bytes, start: int) -> str:
    """The message for `raw`, whose first byte that is not UTF-8 is at `start`."""
    seen = windows_1252_character(raw, start)
    seen_as = (
        "" if seen is None else f" ({seen} in Windows-1252, which the file seems to be saved in)"
    )
    return (
        f"not valid UTF-8: byte 0x{raw[start]:02x} at offset {start}{seen_as}; "
        "save the file as UTF-8"
    )


def windows_1252_character(raw: bytes, start: int) -> str | None:
    """The character the byte at `start` (the first that is not UTF-8) is in
    Windows-1252, where the whole of `raw` reads as Windows-1252 text; None where it
    does not, or where UTF-8 text comes before that byte or starts there (then the file
    is UTF-8 with a stray byte in it, or cut off, not Windows-1252 text)."""
    if not raw[:start].isascii() or _utf8_shaped(raw, start):
        return None
    if _BINARY.search(raw) is not None:
        return None
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are no character
        return None
    return raw[start : start + 1].decode("cp1252")


def _utf8_shaped(raw: bytes, start: int) -> bool:
    """Whether the byte at `start` opens what UTF-8 would: a lead byte followed by the
    continuation bytes it asks for (an encoded surrogate, say), or by the end of the
    file (a UTF-8 file cut off in the middle of a character)."""
    lead = raw[start]
    wanted = 1 if 0xC0 <= lead < 0xE0 else 2 if 0xE0 <= lead < 0xF0 else 3 if lead >= 0xF0 else 0
    if not wanted:
        return False
    follow = raw[start + 1 : start + 1 + wanted]
    return all(0x80 <= byte < 0xC0 for byte in follow)
