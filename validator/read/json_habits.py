"""What writers used to other formats put in JSON where a key or a value belongs: a
comma after the last item, a comment, single or curly quotes, a word without quotes
(YAML's `subject: Mia`, Python's `None`), a whole YAML document. Each is named, with what
to do, where the JSON reader would say only "unexpected character".
"""

from __future__ import annotations

import re

from validator.model.typography import shorten

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


# Words where a value or key was expected: a letter first, then anything up to the end
# of the item, the line or 60 characters (the rest is not quoted back).
_WORD = re.compile(r"[^\W\d][^,:{}\[\]\"\n]{0,59}")
# The start of a YAML document: a comment, a document marker, or a key and its colon.
_YAML_START = re.compile(r"#|---|[^\W\d][\w$-]*:(?:\s|\Z)")
# Other languages' words for JSON's three: Python's, JavaScript's, and any in capitals.
_LITERALS = {"none": "null", "nil": "null", "undefined": "null", "null": "null"}
_LITERALS.update(true="true", false="false")


def _word(text: str, i: int, key: bool) -> str | None:
    """The message for a word without quotes at `i`, or None where none stands there."""
    if not text[:i].strip() and _YAML_START.match(text, i):
        return "the file holds YAML, not JSON; give it a name ending in .yaml, or write it as JSON"
    word = _WORD.match(text, i)
    if word is None:
        return None
    words = word[0].rstrip()
    literal = None if key else _LITERALS.get(words.lower(), _cut_short(words))
    if literal is not None:
        return f"JSON writes {literal}, not {words}"
    kind = "keys" if key else "texts"
    return f'JSON {kind} are written in double quotes: "{words}"'


def _cut_short(words: str) -> str | None:
    """JSON's word that `words` is the start of ("nul", "fals"), else None."""
    found = [word for word in ("null", "true", "false") if word.startswith(words)]
    return found[0] if found else None


def unexpected_value(text: str, i: int) -> tuple[str, int]:
    """The message and offset for what stands at `i` where a value was expected."""
    found = other_format_habit(text, i)
    if found is None and (word := _word(text, i, key=False)) is not None:
        found = word, i
    return found or (f"unexpected character {text[i]!r}; a value was expected", i)


# A number with its thousands parted by commas (`"value": 1,090`): JSON reads the 1 and
# then wants a key where the 090 stands.
_GROUP_BEFORE = re.compile(r"(?<![\w.])-?[0-9]{1,3}(?:,[0-9]{3})*,\Z")
_GROUP_AFTER = re.compile(r"[0-9]{3}(?:,[0-9]{3})*(?![\w.]|,[0-9])")


def _grouped_number(text: str, i: int) -> tuple[str, int] | None:
    """The message and offset for a number parted by commas that ends at or after `i`."""
    before = _GROUP_BEFORE.search(text, max(0, i - 40), i)
    after = _GROUP_AFTER.match(text, i)
    if before is None or after is None:
        return None
    written = before[0] + after[0]
    # Cut short as any value a message quotes: a run of groups may fill the file.
    return (
        f"the number {shorten(written, 40)} is parted by commas; JSON numbers have no "
        f"thousands separator: write {shorten(written.replace(',', ''), 40)}",
        before.start(),
    )


def unexpected_key(text: str, i: int) -> tuple[str, int]:
    """The message and offset for what stands at `i` where a key was expected."""
    found = other_format_habit(text, i) or _grouped_number(text, i)
    if found is None and (word := _word(text, i, key=True)) is not None:
        found = word, i
    return found or ("expected a double-quoted key", i)
