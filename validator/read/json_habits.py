"""What writers used to other formats put in JSON where a key or a value belongs: a
comma after the last item, a comment, single or curly quotes. Each is named, with what
to do, where the JSON reader would say only "unexpected character".
"""

from __future__ import annotations

__all__ = ["unexpected_key", "unexpected_value"]


def other_format_habit(text: str, i: int) -> tuple[str, int] | None:
    """The message and the offset to point at for the habit found at offset `i`, where
    a key or a value was expected; None for anything else, which the reader words."""
    ch = text[i]
    before = text[:i].rstrip()
    if ch in "}]" and before.endswith(","):
        return (
            f"a comma before '{ch}': JSON allows no comma after the last item; remove it",
            len(before) - 1,
        )
    if ch == "/" and text.startswith(("//", "/*"), i):
        return "JSON has no comments; remove the comment", i
    if ch == "'":
        return 'JSON texts and keys take double quotes ("), not single ones', i
    if ch in "\u201c\u201d":
        return 'JSON texts and keys take straight double quotes ("), not curly ones', i
    return None


def unexpected_value(text: str, i: int) -> tuple[str, int]:
    """The message and offset for what stands at `i` where a value was expected."""
    found = other_format_habit(text, i)
    return found or (f"unexpected character {text[i]!r}; a value was expected", i)


def unexpected_key(text: str, i: int) -> tuple[str, int]:
    """The message and offset for what stands at `i` where a key was expected."""
    return other_format_habit(text, i) or ("expected a double-quoted key", i)
