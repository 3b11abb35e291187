"""Paragraphs into sentences, each an exact span (validator/draft/sentences.py)."""

from __future__ import annotations

from validator.draft.sentences import Sentence, split_sentences
from validator.draft.unplaced import find_unplaced


def test_a_sentence_starts_at_its_first_word_not_at_a_dateline_s_dash() -> None:
    paragraph = "LONDON (PA) – Nora Vell has written a new play. – Or so we hear."
    assert split_sentences((paragraph,)) == [
        Sentence(0, 0, "LONDON (PA)"),
        Sentence(0, 14, "Nora Vell has written a new play."),
        Sentence(0, 50, "Or so we hear."),
    ]


def test_a_lone_dash_is_still_a_sentence() -> None:
    assert split_sentences(("–",)) == [Sentence(0, 0, "–")]


def test_a_date_line_is_no_date_to_place() -> None:
    """The page's own date line under its headline says when it was published; a date
    in the article's prose is still listed."""
    paragraphs = ("Thu 8 Dec 2022 22.30 GMT", "The play opens on 14 March.")
    found = find_unplaced(split_sentences(paragraphs), set(), [])
    assert [(u.what, u.found, u.sentence) for u in found] == [
        ("date", "14 March", "The play opens on 14 March.")
    ]
