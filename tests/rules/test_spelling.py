"""A word's British and American spellings as one word where quotes are compared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import validate
from validator.rules.spelling import one_spelling, spelt_otherwise

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("recognise", "recognize"),
        ("recognised", "recognized"),
        ("colour", "color"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("programme", "program"),
        ("recognize", "recognize"),  # already the one spelling
        ("four", "four"),  # no -our word of the table: "for" is another word
        ("prise", "prise"),  # nor "prize", another word
    ],
)
def test_a_word_is_compared_in_its_american_spelling(word: str, spelt: str) -> None:
    assert one_spelling(word) == spelt


def test_words_spelt_otherwise_differ_in_more_than_case() -> None:
    assert spelt_otherwise(["Recognise", "it"], ["recognize", "it"])
    assert not spelt_otherwise(["Recognize", "It"], ["recognize", "it"])
    assert spelt_otherwise(["it"], ["it", "all"])


def test_a_quote_in_british_spelling_matches_an_american_transcript(tmp_path: Path) -> None:
    """The dataset's transcript of Savage has "recognize"; a British outlet's "recognise"
    was a changed word (D207) and the claim undetermined."""
    quote = (
        "In many ways, everyone will recognise the difficulties portrayed in the film "
        "between Ruth and Freya."
    )
    path = tmp_path / "uk.yaml"
    path.write_text(
        "source: {id: uk, outlet: O, title: T, published: 2022-12-09}\n"
        f"claims:\n  - {{id: q, subject: Dominic Savage, property: said, value: '{quote}'}}\n",
        encoding="utf-8",
    )
    result = validate(str(path), dataset=str(ROOT / "dataset"), today=date(2026, 11, 21))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [("uk/q", "supported")]
    assert result.findings == ()
