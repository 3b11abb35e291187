"""A quotation's words as a claim records them: without the comma its closing mark keeps
for the attribution, and one utterance where the attribution splits a sentence."""

from __future__ import annotations

import pytest

from validator.draft.quote_parts import Part, Utterance, utterances, without_closing_comma
from validator.draft.quotes import quote_spans


def test_the_comma_closing_a_quotation_is_the_narration_s() -> None:
    assert without_closing_comma("It was honest,", True) == "It was honest"
    assert without_closing_comma("It was honest ,", True) == "It was honest"
    # Only a comma, and only where the quotation closes: a full stop ends what was said,
    # and words still open run on to the next paragraph.
    assert without_closing_comma("It was honest.", True) == "It was honest."
    assert without_closing_comma("It was honest,", False) == "It was honest,"
    assert without_closing_comma("Honest, true", True) == "Honest, true"
    assert without_closing_comma(",", True) == ""


def _parts(paragraph: str, speakers: list[str | None], after: list[bool]) -> list[Part]:
    """The paragraph's quotations as parts, with who said each and whether words right
    after it said so."""
    spans = quote_spans((paragraph,))
    return [
        Part(s.start, s.end, s.closed, s.text((paragraph,)).strip(), who, attributed)
        for s, who, attributed in zip(spans, speakers, after, strict=True)
    ]


def _said(paragraph: str, speakers: list[str | None], after: list[bool]) -> list[Utterance]:
    return utterances(paragraph, _parts(paragraph, speakers, after))


def test_a_sentence_split_by_its_attribution_is_one_utterance() -> None:
    split = "“I think it’s an important film,” she said, “and I hope people watch it.”"
    assert _said(split, ["mia", "mia"], [True, False]) == [
        Utterance("I think it’s an important film, and I hope people watch it.", split, 1, "mia")
    ]
    # "I" carries the sentence on as a word in lower case does; a comma outside the
    # closing mark, as British style sets it, sets off the attribution as well.
    with_i = "“It was hard,” Vell said, “I knew it would be.”"
    assert _said(with_i, ["vell", "vell"], [True, False]) == [
        Utterance("It was hard, I knew it would be.", with_i, 1, "vell")
    ]
    outside = "Later: “It was hard”, Vell said, “and so it goes.”"
    assert _said(outside, ["vell", "vell"], [True, False]) == [
        Utterance("It was hard and so it goes.", outside[7:], 8, "vell")
    ]
    # The words of a speaker the dataset does not know are one utterance too.
    assert _said(split, [None, None], [True, False])[0].speaker is None
    # Three parts, the last still open at the paragraph's end.
    three = "“One,” she said, “two,” she added, “and three"
    assert _said(three, ["a", "a", "a"], [True, True, False]) == [
        Utterance("One, two, and three", three, 1, "a")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speakers", "after"),
    [
        # The attribution ends a sentence; the next quotation opens one.
        ("“It was hard,” she said. “And so it goes.”", ["a", "a"], [True, False]),
        ("“It was hard,” she said, “Everyone knew it.”", ["a", "a"], [True, False]),
        # The first part ends a sentence of its own.
        ("“It was hard!” she said, “and so it goes.”", ["a", "a"], [True, False]),
        # More than the attribution between: a clause of its own, or a lead-in.
        ("“It was hard,” she said, smiling, “and so it goes.”", ["a", "a"], [True, False]),
        ("“It was hard,” she said, adding: “and so it goes.”", ["a", "a"], [True, False]),
        # Two speakers, or a first part no words after it attributed.
        ("“It was hard,” she said, “and so it goes.”", ["a", "b"], [True, False]),
        ("She said: “It was hard,” then, “and so it goes.”", ["a", "a"], [False, False]),
    ],
)
def test_two_quotations_that_are_no_one_sentence_stay_two(
    paragraph: str, speakers: list[str | None], after: list[bool]
) -> None:
    assert len(_said(paragraph, speakers, after)) == 2
