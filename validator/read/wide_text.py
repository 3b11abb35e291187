"""Text in an encoding of two or four bytes a character (UTF-16, UTF-32), told from
UTF-8 by its first bytes, so that reading it names the encoding to save it from."""

from __future__ import annotations

__all__ = ["wide_encoding"]

# The encodings of two and four bytes a character, told by their first four bytes as
# YAML 1.2 (5.2) and JSON (RFC 4627) tell them: by a byte order mark, else by where the
# zero bytes of an ASCII first character fall. Without this, a UTF-16 file with no mark
# (ASCII text, each character a byte and a NUL) was called "a binary file", and a
# UTF-32 one with its mark "UTF-16". Longest marks first: UTF-32's begins as UTF-16's.
_WIDE_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32 (it starts with a UTF-32 byte order mark)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (it starts with a UTF-32 byte order mark)"),
    (b"\xff\xfe", "UTF-16 (it starts with a UTF-16 byte order mark)"),
    (b"\xfe\xff", "UTF-16 (it starts with a UTF-16 byte order mark)"),
)


def wide_encoding(raw: bytes) -> str | None:
    """What `raw` is when it is UTF-16 or UTF-32 rather than UTF-8, said for a message.
    Unmarked, it must also be whole units of its encoding: a NUL in a short odd file is
    not taken for one."""
    for mark, name in _WIDE_MARKS:
        if raw.startswith(mark):
            return name
    head = raw[:4]
    if len(raw) % 4 == 0 and len(head) == 4:
        if head[:3] == b"\x00\x00\x00" and head[3]:
            return "UTF-32 (big-endian, without a byte order mark)"
        if head[0] and head[1:] == b"\x00\x00\x00":
            return "UTF-32 (little-endian, without a byte order mark)"
    if len(raw) % 2 or len(head) < 2:
        return None
    if not head[0] and head[1]:
        return "UTF-16 (big-endian, without a byte order mark)"
    if head[0] and not head[1] and (len(head) < 4 or (not head[3] and head[2])):
        return "UTF-16 (little-endian, without a byte order mark)"
    return None
