"""Paragraphs into sentences, each an exact span (validator/draft/sentences.py)."""

from __future__ import annotations

from validator.draft.sentences import Sentence, split_sentences


def test_a_sentence_starts_at_its_first_word_not_at_a_dateline_s_dash() -> None:
    paragraph = "LONDON (PA) – Nora Vell has written a new play. – Or so we hear."
    assert split_sentences((paragraph,)) == [
        Sentence(0, 0, "LONDON (PA)"),
        Sentence(0, 14, "Nora Vell has written a new play."),
        Sentence(0, 50, "Or so we hear."),
    ]


def test_a_lone_dash_is_still_a_sentence() -> None:
    assert split_sentences(("–",)) == [Sentence(0, 0, "–")]
