"""A possessive relative clause whose noun has its name set off by commas ("Mia, whose
mother, Kate Winslet, plays Ruth, is superb"). The clause runs on past the name to a
verb of its own: that verb is the relative's, not the owner's (Winslet plays Ruth), and
a verb after the clause's closing comma is the owner's, not the relative's ("Joe,
whose dad, director Sam Mendes, was there, plays Billy": Joe plays Billy)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cue_parts import ENTITY, ROLE_WORD, WHOSE_NOUN

__all__ = ["whose_read"]

_NOUN = rf",\s*{WHOSE_NOUN}\s*,\s*"  # ", whose mother, " (see cue_parts)
# What a name set off after the noun may carry before it: "the actress", "director".
_TITLE = rf"(?:(?i:the)\s+)?(?:{ROLE_WORD}\s+){{0,2}}"
# The clause and the relative's name, set off, right after the owner's name.
_NAMED_AFTER = re.compile(rf"\s*{_NOUN}{_TITLE}(?P<name>{ENTITY})\s*(?P<comma>,)")
# The clause's noun and what the name carries, right before the relative's name.
_NOUN_BEFORE = re.compile(rf"{_NOUN}{_TITLE}$")
# After the relative's name, a comma and a clause of its own ("Kate Winslet, who won an
# Emmy, plays Ruth"): the verb after it is still the relative's.
_OWN_CLAUSE = re.compile(r"\s*,\s*(?i:who|which)(?![\w])")
# How far back the clause's noun and the name's title are looked for.
_REACH = 80


def whose_read(match: re.Match[str], slots: Sequence[tuple[str, str]]) -> re.Match[str] | None:
    """`match` as it reads where the entity slot opening it is next to such a clause:
    the same match where it is not; the cue matched again at the relative's name where
    the owner took the relative's verb; None where the relative took the owner's."""
    opening = next(
        (n for n, kind in slots if kind == "entity" and match.start(n) == match.start()), None
    )
    if opening is None or not match.group(opening):
        return match
    text, start, end = match.string, match.start(), match.end(opening)
    if _NOUN_BEFORE.search(text[max(0, start - _REACH) : start]) is not None:
        comma = re.compile(r"\s*,").match(text, end)
        if comma is not None and comma.end() < match.end() and not _OWN_CLAUSE.match(text, end):
            return None  # the relative's name, set off: the verb after it is the owner's
        return match
    named = _NAMED_AFTER.match(text, end)
    if named is None or named.end() >= match.end() or "," in text[named.end() : match.end()]:
        return match  # no such clause, or the cue's words come after the clause's end
    # The owner took the relative's verb: the cue is the relative's, read as if no comma
    # parted the name from its verb (same length: offsets stay the sentence's).
    unparted = text[: named.start("comma")] + " " + text[named.end("comma") :]
    return match.re.match(unparted, named.start("name"))
