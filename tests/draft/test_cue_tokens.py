"""What a cue's tokens say of one another (validator/draft/cue_tokens.py), on cues split
as validator/draft/cues.py splits them."""

from __future__ import annotations

import re

from validator.draft.cue_tokens import (
    after_name,
    agent_before,
    by_or_with,
    gap_follows,
    kind_after_length,
    next_owns,
    on_value,
    owned,
    partner_before,
    possessive,
    slot_follows,
    verb_next,
    words_next,
)
from validator.draft.cues import _TOKEN


def _tokens(cue: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(cue))


def test_a_verb_after_the_first_slot() -> None:
    # An optional word is the verb's too: "{subject} [has] won" reads "It won".
    assert [verb_next(_tokens(c)) for c in ("{value} plays", "{value}, who", "{value} [also]")] == [
        True,
        False,
        True,
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


def test_a_gap_after_a_word_made_of_the_value() -> None:
    """`{value}-year-old ...`: the gap is the rest of a noun phrase (cue_parts)."""
    assert on_value(_tokens("{value}-year-old ... {subject}"), 3) is True
    assert on_value(_tokens("{value} year old ... {subject}"), 5) is False
    assert on_value(_tokens("aged ... {subject}"), 2) is False


def test_a_gap_after_an_entity_slot_and_a_possessive_after_the_subject() -> None:
    slots = [("subject", "entity"), ("value", "integer")]
    assert after_name(_tokens("{subject} ... {value}"), 2, slots) is True
    assert after_name(_tokens("{value} ... {subject}"), 2, slots) is False
    assert possessive(_tokens("{subject}'s husband"), 1, slots) is True
    assert possessive(_tokens("{value}'s husband"), 1, slots) is False  # no entity
    entities = [("subject", "entity"), ("value", "entity")]
    assert possessive(_tokens("{subject} is {value}'s son"), 5, entities) is True


def test_a_kind_right_after_a_length() -> None:
    kinds = ("film", "drama")
    assert kind_after_length(_tokens("{value} film"), 2, "duration", kinds) is True
    assert kind_after_length(_tokens("{value} film"), 2, "integer", kinds) is False
    assert kind_after_length(_tokens("{value} slot"), 2, "duration", kinds) is False


def test_a_slot_ending_the_cue_after_by_or_a_participle() -> None:
    cues = ("directed by {value}", "starring {value}", "director {value}", "by {value} said")
    assert [agent_before(_tokens(c), 4 if c.startswith("directed") else 2) for c in cues] == [
        True,
        True,
        False,
        False,
    ]


def test_a_slot_ending_the_cue_after_with() -> None:
    cues = ("co-wrote ... with {value}", "with {value},", "by {value}", "{value} with")
    slots = [[t.group(1) for t in _tokens(c)].index("value") for c in cues]
    assert [partner_before(_tokens(c), at) for c, at in zip(cues, slots, strict=True)] == [
        True,
        False,
        False,
        False,
    ]


def test_by_or_with() -> None:
    words = ("by", "With", "from", "bye", "without", "...")
    assert [by_or_with(_tokens(w)[0]) for w in words] == [True, True, True, False, False, False]
