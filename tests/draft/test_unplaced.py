"""What the cues did not place, listed for the reviewer (validator/draft/unplaced.py)."""

from __future__ import annotations

from validator.draft.sentences import split_sentences
from validator.draft.unplaced import find_unplaced


def _unplaced(*paragraphs: str) -> list[tuple[str, str, str]]:
    found = find_unplaced(split_sentences(paragraphs), set(), [])
    return [(u.what, u.found, u.sentence) for u in found]


def test_a_date_line_is_no_date_to_place() -> None:
    """The page's own date line under its headline says when it was published; a date
    in the article's prose is still listed."""
    assert _unplaced("Thu 8 Dec 2022 22.30 GMT", "The play opens on 14 March.") == [
        ("date", "14 March", "The play opens on 14 March.")
    ]


def test_an_age_whose_person_is_not_named_is_listed() -> None:
    assert _unplaced("The 21-year-old plays Wren.", "Vell, a forty-four year old writer.") == [
        ("age", "21", "The 21-year-old plays Wren."),
        ("age", "forty-four", "Vell, a forty-four year old writer."),
    ]


def test_a_day_of_the_week_with_no_date_is_listed_once() -> None:
    """Which Thursday the words do not say: listed, never drafted; a weekday before its
    date is part of that date."""
    assert _unplaced(
        "The play opens on Thursday at 7.30pm.", "It closes on Saturday, 30 April."
    ) == [
        ("date", "Thursday at 7.30pm", "The play opens on Thursday at 7.30pm."),
        ("date", "Saturday, 30 April", "It closes on Saturday, 30 April."),
    ]


def test_a_duration_before_or_after_something_is_when_not_how_long() -> None:
    assert _unplaced("We spoke a week before the opening.", "Rehearsals lasted three weeks.") == [
        ("duration", "three weeks", "Rehearsals lasted three weeks.")
    ]


def test_a_star_rating_is_listed() -> None:
    """A review's rating, as a row of stars, a score out of five or ten, or in words;
    a date in figures or a count of stars in the sky is none."""
    assert _unplaced(
        "★★★★☆",
        "I give it 4/5, and The Times gave it four stars.",
        "A 5-star turn, or 7 out of 10.",
        "Shot under 300 stars on 14/5, and 24/7 since.",
    ) == [
        ("rating", "★★★★☆", "★★★★☆"),
        ("rating", "4/5", "I give it 4/5, and The Times gave it four stars."),
        ("rating", "four stars", "I give it 4/5, and The Times gave it four stars."),
        ("rating", "5-star", "A 5-star turn, or 7 out of 10."),
        ("rating", "7 out of 10", "A 5-star turn, or 7 out of 10."),
    ]


def test_a_half_star_rating_is_listed_whole() -> None:
    """ "3.5 stars" was listed as "5 stars", the figure after the point alone."""
    assert _unplaced("A 3.5-star evening, or 4½ stars.") == [
        ("rating", "3.5-star", "A 3.5-star evening, or 4½ stars."),
        ("rating", "4½ stars", "A 3.5-star evening, or 4½ stars."),
    ]


def test_a_date_in_figures_is_listed() -> None:
    """Day and month either way round: listed, never drafted; a rating, a decimal or a
    date inside a longer run of figures is none."""
    assert _unplaced("It airs 8/12/22, not 25.12.2022.", "A 4.5/5, 3.14 or 1/2/3/4.") == [
        ("date", "8/12/22", "It airs 8/12/22, not 25.12.2022."),
        ("date", "25.12.2022", "It airs 8/12/22, not 25.12.2022."),
        ("rating", "4.5/5", "A 4.5/5, 3.14 or 1/2/3/4."),
    ]


def test_a_year_a_claim_took_after_in_is_not_listed() -> None:
    """A cue ending "first climbed in {value}" takes the year of "in 1865"; the year is
    not listed again with its "in". A year no claim took still is."""
    sentences = split_sentences(["It was first climbed in 1865 and rebuilt in 1932."])
    used = {(0, sentences[0].text.index("1865"))}
    assert [(u.what, u.found) for u in find_unplaced(sentences, used, [])] == [("date", "in 1932")]
