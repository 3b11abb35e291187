"""Typography that does not change what was said: curly quotes, dashes, ellipses; and
text cut short for a message: with an ellipsis, with a note of what was left out and
where it is whole, or a list with "and N more"."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

__all__ = [
    "curly_quotes_hint",
    "flow_text",
    "listed",
    "plain",
    "plain_length",
    "plain_length_over",
    "plural",
    "shorten",
    "shortened",
    "split_remark",
]

# Typographic quotes, dashes and ellipses, and their ASCII forms.
_TYPOGRAPHIC = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2026", "..."),
    ("\u22ef", "..."),  # the midline ellipsis, as Chinese is often set ("⋯⋯")
    ("\u00a0", " "),
)


def plain(text: str) -> str:
    """NFKC with typographic quotes, dashes and ellipses as their ASCII forms."""
    if text.isascii():  # both steps only ever change other characters
        return text
    text = unicodedata.normalize("NFKC", text)
    # Each form replaced where it occurs, a search in C for each: `str.translate` with
    # a table looked every character up in Python's dict, and took four times as long
    # on an article's text (its ASCII replacements are never a form looked for after).
    for form, ascii_form in _TYPOGRAPHIC:
        if form in text:
            text = text.replace(form, ascii_form)
    return text


def plain_length(text: str) -> int:
    """The length of `plain(text)`, counted a distinct character at a time without
    making it, so a mark or so out where marks meet the character before them: NFKC
    writes a compatibility character out as what it stands for, up to 18 characters
    for one (U+FDFA), so a text may be far longer plain than as read."""
    if text.isascii():
        return len(text)
    if unicodedata.is_normalized("NFKC", text):
        # NFKC leaves such a text as it is, and a character of it as it is alone too; of
        # the typographic forms only the midline ellipsis grows (U+2026 is not NFKC's).
        # The quick check is 30 times faster than counting: most excerpts take this way.
        return len(text) + 2 * text.count("\u22ef")
    return sum(len(plain(char)) * count for char, count in Counter(text).items())


# The most characters NFKC writes one character as (U+FDFA, 18), more than the three
# `plain` writes a midline ellipsis as.
_MOST_GROWTH = 18


def plain_length_over(text: str, limit: int) -> int | None:
    """`plain_length(text)` if it is over `limit`, else None; counted only where it may
    be: a text of 15,000 characters with a curly quote took 0.8 ms to count a character
    at a time, each time its archive was read."""
    if len(text) * _MOST_GROWTH <= limit:
        return None
    length = plain_length(text)
    return length if length > limit else None


def shorten(text: str, limit: int = 40) -> str:
    """`text` cut to `limit` characters for a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Text YAML reads back as that text when written bare inside braces: words and the marks
# between them, begun by a letter (a figure may begin a number in any of YAML's forms:
# `0E0`, `0x1F`), and none that YAML reads as a boolean or null.
_FLOW_PLAIN = re.compile(r"[^\W\d_][\w .'\u2019()-]*(?<! )")
_NOT_TEXT = re.compile(r"[0-9.+-]+|true|false|null|yes|no|on|off|~", re.IGNORECASE)


def flow_text(text: str) -> str:
    """`text` as a message shows it for writing inside YAML's braces (`{character:
    ...}`): bare where YAML reads it back as that text, else in single quotes, which
    take a quote written twice. "Billy, Ruth's son" written bare was cut at its comma."""
    if _FLOW_PLAIN.fullmatch(text) and not _NOT_TEXT.fullmatch(text):
        return text
    return "'" + text.replace("'", "''") + "'"


# A text and a remark in brackets after it ("22 (at the time)", "Ruth (lead)", "100%
# [Tomatometer]"), the remark more than white space. Past `_LONGEST_REMARKED` characters
# a text is read for none: the text's end and the spaces before the bracket are read
# again for each place the text might end. White space is taken whole (`\s*+`) where
# the text and the remark cannot start with it: leading spaces were each tried as the
# text's start too, 0.1 s for 400 characters.
_REMARKED = re.compile(
    r"\s*+(?P<before>[^()\[\]]+?)\s*+"
    r"(?P<remark>\([^()]*[^\s()][^()]*\)|\[[^\[\]]*[^\s\[\]][^\[\]]*\])\s*"
)
_LONGEST_REMARKED = 400


def split_remark(text: str) -> tuple[str, str] | None:
    """`text` as what it says and the remark in brackets after it, brackets and all
    (`("Ruth", "(lead)")`); None where it ends in no such remark."""
    found = _REMARKED.fullmatch(text) if len(text) <= _LONGEST_REMARKED else None
    return None if found is None else (found["before"], found["remark"])


# How far back from the limit `shortened` looks for a space to cut at, rather than in
# the middle of a word (an excerpt, an id); with none that near, it cuts at the limit.
_WORD_SLACK = 80


def _omitted_note(count: int, where: str) -> str:
    return f"\u2026 ({count:,} more characters; {where})"


def shortened(text: str, limit: int, where: str) -> str:
    """`text` as it is when it has at most `limit` characters; else its beginning, cut at
    a space where one is near, then `… (N more characters; where)`, N counting every
    character of `text` left out. Either way at most `limit` characters, as long as
    `limit` leaves room for the note."""
    if len(text) <= limit:
        return text
    # What is left for the text once a space and the note are counted (the note's
    # count has at most as many digits as the whole length).
    room = max(limit - 1 - len(_omitted_note(len(text), where)), 0)
    cut = room
    if not text[cut].isspace():  # in the middle of a word: cut before it
        space = text.rfind(" ", max(cut - _WORD_SLACK, 0), cut)
        if space > 0:
            cut = space
    kept = text[:cut].rstrip()
    return f"{kept} {_omitted_note(len(text) - len(kept), where)}"


def plural(count: int, word: str) -> str:
    """`count` and `word`, an s added past one: "1 source", "1,204 sources"."""
    return f"{count} {word}" if count == 1 else f"{count:,} {word}s"


def listed(shown: Sequence[str], separator: str, total: int, *, sentence: bool = False) -> str:
    """The `shown` items of a list of `total`, joined by `separator`, with those not
    shown counted at the end (`A, B, and 1,204 more`). With `sentence`, a list shown
    whole ends with "and" too, as it is read in a sentence (`A and B`, `A, B, and C`),
    rather than as a list is written in a value (`A, B`)."""
    more = total - len(shown)
    if more > 0 and separator.strip().isalpha():
        # A word joining the items ("A against B") joins no count: "A against B, and 2
        # more", not "A against B against and 2 more".
        return f"{separator.join(shown)}, and {more:,} more"
    items = [*shown, f"{more:,} more"] if more > 0 else list(shown)
    if more > 0 or (sentence and len(items) > 1):
        items[-1] = f"and {items[-1]}"
    return " ".join(items) if sentence and len(items) == 2 else separator.join(items)


# Quotation marks a word processor puts in place of straight ones as you type.
_OPENING = "\u201c\u2018\u201e\u201a\u00ab\u2039"
_CLOSING = "\u201d\u2019\u201c\u2018\u00bb\u203a"


def curly_quotes_hint(raw: object) -> str:
    """The next step for a value that does not fit its type and is written between
    typographic quotes (`value: “22”`, as a word processor types it): they are part of
    the text, not quotation marks around it as YAML's straight quotes are. "" for
    anything else."""
    if not isinstance(raw, str):
        return ""
    text = raw.strip()
    if len(text) < 3 or text[0] not in _OPENING or text[-1] not in _CLOSING:
        return ""
    inner = text[1:-1].strip()
    if not inner:
        return ""
    return (
        f"; the curly quotes around it are part of the text, not quotation marks: "
        f"write {shorten(inner)} without them"
    )
