"""What a cue's tokens say of one another (validator/draft/cue_tokens.py), on cues split
as validator/draft/cues.py splits them."""

from __future__ import annotations

import re

from validator.draft.cue_tokens import (
    gap_follows,
    next_owns,
    owned,
    slot_follows,
    verb_next,
    words_next,
)
from validator.draft.cues import _TOKEN


def _tokens(cue: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(cue))


def test_a_verb_after_the_first_slot() -> None:
    assert [verb_next(_tokens(c)) for c in ("{value} plays", "{value}, who", "{value} [also]")] == [
        True,
        False,
        False,
    ]


def test_words_after_the_first_slot() -> None:
    cues = ("{character}[,] is played", "{character} is", "{character} ({value})", "{value}, who")
    assert [words_next(_tokens(c)) for c in cues] == [True, True, False, False]


def test_a_gap_owned_or_owning() -> None:
    owning = _tokens("{value} ...'s daughter")
    assert next_owns(owning, 2) is True
    assert owned(_tokens("{subject}'s ... husband"), 3) is True
    assert owned(_tokens("{value} ... husband"), 2) is False


def test_what_comes_next() -> None:
    cue = _tokens("{subject} ... {value}")
    assert gap_follows(cue, 0) is True
    assert slot_follows(cue, 2) is True
    assert slot_follows(_tokens("{subject}, {value},"), 0) is True
    assert slot_follows(_tokens("{value} plays {character}"), 0) is False
