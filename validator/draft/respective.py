"""Names listed in a qualifier's slot, each going with one of the value's names in turn.

"Mia Threapleton and Joe Anders play Freya and Billy": the cue's text slot takes the
first name of the second list ("Freya"), and every value of the first list would get it.
Read on past the slot, the rest of the list is found ("and Billy"), and where the two
lists are as long as each other, the names go together in order, as "respectively"
would say. Where they are not (two actors, three parts), which part is whose cannot be
told: the claims are drafted without the qualifier, for the reviewer to fill in, rather
than with a part that may be another actor's.

A name of the dataset after the slot is no part of such a list ("as Ruth and Mia
Threapleton" lists an actor); nor is a name that a clause goes on from ("as Ruth and Mia
plays Freya"): the list must end the clause, or lead into a place or a time ("in", "on",
"at", "for") or "respectively".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import CompiledCue
from .dates import Published
from .mentions import Mentions
from .model import Drafted
from .prose import PROSE

__all__ = ["paired_qualifiers"]

# Up to four capitalised words, as a text slot's name is (see cues).
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
# At most this many more names: a list of parts is short.
_MOST = 8
_MORE = re.compile(rf"\s*,\s*(?P<name>{_NAME})")
_LAST = re.compile(
    rf",?\s+and\s+(?P<name>{_NAME})"
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|on|at|for|respectively)(?![\w]))"
)


def paired_qualifiers(
    sentence: int,
    text: str,
    match: re.Match[str],
    cue: CompiledCue,
    published: Published,
    mentions: Mentions,
    slots: dict[str, list[Drafted]],
) -> dict[str, list[Drafted | None]]:
    """For each text qualifier of the cue (its slot in `match` of the sentence's `text`)
    that a list of names goes on from, the qualifier of each of the claims' values in
    turn: the list's names, or None for each where the two lists do not pair."""
    count = len(slots["value"])
    paired: dict[str, list[Drafted | None]] = {}
    for name, kind in cue.slots:
        if kind != "text" or name in ("subject", "value") or name not in slots:
            continue
        listed = _listed_after(text, match.end(name), mentions, sentence)
        if listed is None:
            continue
        read = [PROSE[kind].read(words, published, None, "") for words in listed]
        if count == len(read) + 1 and None not in read:
            paired[name] = [slots[name][0], *read]
        else:  # which is whose cannot be told
            paired[name] = [None] * count
    return paired


def _listed_after(text: str, end: int, mentions: Mentions, sentence: int) -> Sequence[str] | None:
    """The names listed in `text` right after a text slot ending at `end`, or None where
    no list follows (the slot's one name stands)."""
    names: list[tuple[int, int]] = []
    at = end
    while len(names) < _MOST and (more := _MORE.match(text, at)) is not None:
        names.append(more.span("name"))
        at = more.end()
    last = _LAST.match(text, at)
    if last is None:
        return None  # "A, B" parts no list: a comma may end the clause at the slot
    names.append(last.span("name"))
    if any(mentions.within(sentence, start, stop) for start, stop in names):
        return None  # a name of the dataset: no part but another of the cue's list
    return [text[start:stop] for start, stop in names]
