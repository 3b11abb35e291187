"""A cue's words after a negation in their clause state nothing
(validator/draft/negations.py)."""

from __future__ import annotations

import pytest

from validator.draft.negations import negated


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        ("The dialogue was not improvised.", "improvised", True),
        ("Neither Ida Brook nor Tomas Reyes wrote it.", "wrote", True),
        ("It was never going to be Vell who wrote it.", "Vell who", True),
        ("Vell didn't write it.", "write", True),
        ("Vell didn’t write it.", "write", True),
        ("Nothing was improvised.", "improvised", True),
        # Past a clause's mark or a "but", "and" or "yet", the words are a clause's own.
        ("It was not Reyes but Vell who wrote it.", "Vell who", False),
        ("No one but Vell wrote it.", "wrote", False),
        ("Reyes did not, Vell wrote it.", "wrote", False),
        ("Reyes never acts and Vell wrote it.", "wrote", False),
        # "Not only" and "not least" deny nothing; "note", "Nora", "knot" are no "not".
        ("Not only was it improvised, it was long.", "improvised", False),
        ("Nora Vell wrote it.", "wrote", False),
        ("She made a note and wrote it.", "wrote", False),
        ("The knot was improvised.", "improvised", False),
        ("The play was improvised.", "improvised", False),
    ],
)
def test_words_after_a_negation_in_their_clause(text: str, words: str, denied: bool) -> None:
    assert negated(text, text.index(words)) is denied
