"""A "whose" clause whose noun has its name set off by commas: which name a verb after
it is said of (validator/draft/whose_clauses.py)."""

from __future__ import annotations

import re

from validator.draft.cue_parts import APPOSITIVE, ENTITY
from validator.draft.cues import mark_names
from validator.draft.whose_clauses import whose_read

PLAYS = re.compile(rf"(?P<value>{ENTITY}){APPOSITIVE}\s+plays\s+(?P<character>\w+)")
SLOTS = (("value", "entity"), ("character", "text"))


def _marked(text: str, *names: str) -> str:
    return mark_names(text, [(text.index(n), text.index(n) + len(n)) for n in names])


def _read(text: str, *names: str) -> str | None:
    marked = _marked(text, *names)
    found = [whose_read(m, SLOTS) for m in PLAYS.finditer(marked)]
    read = [m for m in found if m is not None]
    assert len(read) <= 1
    return text[read[0].start() : read[0].end("value")] if read else None


def test_the_verb_after_the_set_off_name_is_the_relatives() -> None:
    text = "Mia, whose mother, the actress Kate Winslet, plays Ruth, is superb."
    assert _read(text, "Mia", "Kate Winslet") == "Kate Winslet"


def test_the_verb_after_the_clause_is_the_owners() -> None:
    text = "Joe, whose dad, director Sam Mendes, was there, plays Billy."
    assert _read(text, "Joe", "Sam Mendes") == "Joe"


def test_a_clause_with_its_own_verb_leaves_the_owner_its_verb() -> None:
    text = "Joe, whose father Sam Mendes directed Skyfall, plays Billy."
    assert _read(text, "Joe", "Sam Mendes") == "Joe"


def test_a_relative_clause_of_the_relatives_own_keeps_the_verb_theirs() -> None:
    text = "Her mother, Kate Winslet, who co-wrote it, plays Ruth."
    assert _read(text, "Kate Winslet") == "Kate Winslet"


def test_the_set_off_relatives_own_clause_then_its_verb() -> None:
    # Past the name's own clause, the verb is the relative's; past the next comma, the
    # owner's.
    text = "Joe, whose mother, Kate Winslet, who co-wrote it, plays Ruth, is superb."
    assert _read(text, "Joe", "Kate Winslet") == "Kate Winslet"
    text = "Joe, whose mother, Kate Winslet, who co-wrote it, is great, plays Billy."
    assert _read(text, "Joe", "Kate Winslet") == "Joe"


def test_a_relative_named_in_the_clause_with_its_age_set_off_acts_after_it() -> None:
    text = "Kate Winslet and Sam Mendes, whose son Joe Anders, 19, plays Billy, wed."
    assert _read(text, "Kate Winslet", "Sam Mendes", "Joe Anders") == "Joe Anders"
