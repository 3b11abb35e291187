"""Paragraphs into sentences, each an exact span (validator/draft/sentences.py)."""

from __future__ import annotations

import pytest

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


def test_a_dateline_with_its_county_and_no_bracket_is_no_part_of_the_sentence() -> None:
    """ "READING, Berkshire – Kate Winslet ..." was one sentence, the dateline in every
    excerpt of it; words in capitals before a dash not followed by a capital are no
    dateline."""
    assert split_sentences(("READING, Berkshire – Nora Vell is back.",)) == [
        Sentence(0, 0, "READING, Berkshire"),
        Sentence(0, 21, "Nora Vell is back."),
    ]
    assert split_sentences(("NEW YORK – Nora Vell won.",)) == [
        Sentence(0, 0, "NEW YORK"),
        Sentence(0, 11, "Nora Vell won."),
    ]
    assert split_sentences(("BAFTA – the academy – said so.",)) == [
        Sentence(0, 0, "BAFTA – the academy – said so.")
    ]
    # A place of two words with its agency in brackets, as wire stories write it: the
    # first sentence's excerpts began "- Oscar winner ...".
    assert split_sentences(("NEW YORK (Reuters) - Nora Vell won.",)) == [
        Sentence(0, 0, "NEW YORK (Reuters)"),
        Sentence(0, 21, "Nora Vell won."),
    ]
    # Only where it opens a paragraph.
    assert split_sentences(("Nora Vell is back. LEEDS, Yorkshire – Tomas Reyes too.",))[0] == (
        Sentence(0, 0, "Nora Vell is back.")
    )


def test_a_name_the_dataset_writes_in_capitals_before_a_dash_is_no_dateline() -> None:
    """ "BAFTA – The academy ..." was parted as "LONDON – The academy ..." is: a dateline
    is a place, and a dataset writes a place as "London", never in capitals."""
    assert split_sentences(("BAFTA – The academy said so.",), frozenset({"BAFTA"})) == [
        Sentence(0, 0, "BAFTA – The academy said so.")
    ]
    assert split_sentences(("LONDON – The academy said so.",), frozenset({"BAFTA"})) == [
        Sentence(0, 0, "LONDON"),
        Sentence(0, 9, "The academy said so."),
    ]


def test_a_dateline_may_hold_its_date() -> None:
    """A press release's "LANTERN THEATRE, Westbury, 3 February 2025 –" was in the
    sentence after it: ten words and commas may make a dateline."""
    assert split_sentences(("LONDON, Dec. 8 – Nora Vell won.",)) == [
        Sentence(0, 0, "LONDON, Dec. 8"),
        Sentence(0, 17, "Nora Vell won."),
    ]
    assert split_sentences(("LANTERN THEATRE, Westbury, 3 February 2025 – Vell won.",)) == [
        Sentence(0, 0, "LANTERN THEATRE, Westbury, 3 February 2025"),
        Sentence(0, 45, "Vell won."),
    ]


def test_a_list_joined_on_one_line_by_bullets_is_a_sentence_an_item() -> None:
    """An extractor joins a list's lines: "Label: value - Label: value" was one sentence,
    and only its first item was read as the list's."""
    assert split_sentences(("Winners: - Best Play: Lantern - Best Actor: Ida Brook",)) == [
        Sentence(0, 0, "Winners:"),
        Sentence(0, 11, "Best Play: Lantern"),
        Sentence(0, 32, "Best Actor: Ida Brook"),
    ]
    assert split_sentences(("Best Play: Lantern • Best Actor: Ida Brook",)) == [
        Sentence(0, 0, "Best Play: Lantern"),
        Sentence(0, 21, "Best Actor: Ida Brook"),
    ]


def test_an_item_after_a_semicolon_may_open_in_lower_case() -> None:
    """syntok parts "; Best Actor: ..." but not "; best actor: ...": the item was read
    as the end of the one before."""
    assert split_sentences(("Winners: Best Play: Lantern; best actor: Ida Brook",)) == [
        Sentence(0, 0, "Winners: Best Play: Lantern;"),
        Sentence(0, 29, "best actor: Ida Brook"),
    ]
    # No label before the semicolon: the sentence goes on.
    text = "Ida Brook plays Wren; her brother: Tomas Reyes."
    assert split_sentences((text,)) == [Sentence(0, 0, text)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Lantern - the verdict: a triumph.",  # no label before the bullet
        "Verdict: a triumph - but see it: soon.",  # no capital after it
        'Ida Brook said: "It was hard - Wren: she is lost."',  # inside a quotation
        # A label of more than eight words.
        "Verdict: a triumph - The best play of the year in the words of one critic: ours.",
    ],
)
def test_no_list_joined_on_one_line(paragraph: str) -> None:
    assert split_sentences((paragraph,)) == [Sentence(0, 0, paragraph)]


def test_footnote_marks_after_a_sentence_end_it_and_are_no_part_of_it() -> None:
    """ "... Vell.[1] It opens" was one sentence, its marks in every excerpt: syntok
    sees no end after a closing mark and a bracket."""
    paragraph = "The play is by Nora Vell.[1] It opens in May.[a][2] Tickets[3] sell fast."
    assert split_sentences((paragraph,)) == [
        Sentence(0, 0, "The play is by Nora Vell."),
        Sentence(0, 29, "It opens in May."),
        Sentence(0, 52, "Tickets[3] sell fast."),
    ]
