"""A cue's words after a negation in their clause state nothing
(validator/draft/negations.py)."""

from __future__ import annotations

import pytest

from validator.draft.negations import denied_before, negated


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


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # A relative clause the cue's words set off is its own, whatever the sentence denies.
        ("Nothing prepared me for Vell, who plays Ruth.", "Vell, who plays", False),
        ("Savage had never worked with Vell, who plays Ruth.", "Vell, who plays", False),
        ("Don't miss Vell, which airs tonight.", "Vell, which airs", False),
        # Words with a negation that deny nothing.
        ("Not long after Vell starred in it, she won.", "Vell starred", False),
        ("It wasn't long before Vell was cast as Ruth.", "Vell was cast", False),
        ("None other than Vell plays Ruth.", "Vell plays", False),
        ("Vell is nothing short of astonishing as Ruth.", "astonishing as", False),
        ("Never before has Vell played a mother.", "Vell played", False),
        # After "that", a clause of its own.
        ("Nobody guessed that it was directed by Vell.", "it was directed", False),
        # Denied still: the cue's own clause, restrictive "who" (no comma) included.
        ("It was never going to be Vell who wrote it.", "Vell who wrote", True),
        ("Vell never plays Ruth.", "plays Ruth", True),
    ],
)
def test_a_negation_is_read_in_the_cue_s_own_clause(text: str, words: str, denied: bool) -> None:
    start = text.index(words)
    assert negated(text, start, start + len(words)) is denied


@pytest.mark.parametrize(
    ("narration", "denied"),
    [
        ("Kate did not hold back. ", False),  # another sentence's "not"
        ("Kate did not hold back! Then she said ", False),
        ("Kate said the film was not meant to be ", True),
    ],
)
def test_only_the_quotation_s_own_sentence_denies_it(narration: str, denied: bool) -> None:
    text = narration + "“The words.”"
    assert denied_before(text, len(narration)) is denied
