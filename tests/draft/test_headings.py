"""A list printed one item a line under a heading of its own (validator/draft/headings.py):
the heading a cue opens with, and the sentences of the list under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft.article import read_article
from validator.draft.cues import compile_cue
from validator.draft.headings import (
    Heading,
    colon_for_leader,
    heading_of,
    label_of,
    under_headings,
)
from validator.draft.sentences import split_sentences

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")


@pytest.mark.parametrize(
    ("cue", "rest"),
    [
        ("winners: ... {value}: {subject}, {for_work}", "{value}: {subject}, {for_work}"),
        ("the nominees are: ... {value}: {subject}", "{value}: {subject}"),
        # No colon, a slot, an option or a full stop before the gap: no heading.
        ("winners ... {value}: {subject}", None),
        ("{subject} won: ... {value}", None),
        ("[the] winners: ... {value}: {subject}", None),
        ("winners: {value}: {subject}", None),
    ],
)
def test_the_heading_a_cue_opens_with(cue: str, rest: str | None) -> None:
    found = heading_of(cue)
    assert (found and found[1]) == rest


def test_the_heading_ends_a_sentence() -> None:
    found = heading_of("winners: ... {value}: {subject}")
    assert found is not None
    words = found[0]
    assert words.search("Winners:") and words.search("The full list of winners: ")
    assert not words.search("Winners: Leading Actress: Kate Winslet")
    assert not words.search("Nonwinners:")


def _headed(
    *paragraphs: str,
    labels: frozenset[str] = frozenset(),
    prop: str = "award_received",
    cue: str = "winners: ... {value}: {subject}",
) -> dict[int, list[str]]:
    found = heading_of(cue)
    assert found is not None
    compiled = compile_cue(found[1], DATASET.properties[prop], True)
    sentences = split_sentences(paragraphs)
    under = under_headings(sentences, [Heading(found[0], compiled)], paragraphs, labels)
    return {index: [c.text for c in cues] for index, cues in under.items()}


def test_the_lines_of_the_list_under_the_heading() -> None:
    assert _headed(
        "Winners:",
        "Leading Actress: Kate Winslet, I Am Ruth",
        "Single Drama: I Am Ruth",
        "The ceremony was hosted by Romesh Ranganathan.",
        "Best Actor: Ben Whishaw",
    ) == {1: ["{value}: {subject}"], 2: ["{value}: {subject}"]}


def test_a_line_that_is_no_label_ends_the_list() -> None:
    # A label is a few words: a sentence with a colon late in it is none.
    assert (
        _headed(
            "Winners:",
            "The ceremony at the Royal Festival Hall in London ran long: three hours.",
            "Leading Actress: Kate Winslet, I Am Ruth",
        )
        == {}
    )


@pytest.mark.parametrize(
    ("cue", "label"),
    [
        ("director: {value}", "director"),
        ("Running  Time: {value}", "running time"),
        ("cast: ... {character}: {value}", None),
        ("{value}: {subject}", None),
        ("directed by {value}", None),
    ],
)
def test_the_label_of_a_fact_box_cue(cue: str, label: str | None) -> None:
    assert label_of(cue) == label


def test_a_line_with_one_of_the_datasets_own_labels_ends_the_list() -> None:
    # "Director: Dominic Savage" after the list is the credits' line, not an item.
    assert _headed(
        "Winners:",
        "Leading Actress: Kate Winslet, I Am Ruth",
        "Director: Dominic Savage",
        "Single Drama: I Am Ruth",
        labels=frozenset({"director"}),
    ) == {1: ["{value}: {subject}"]}


def test_no_heading_no_list() -> None:
    assert _headed("Leading Actress: Kate Winslet, I Am Ruth") == {}
    paragraphs = ("Winners:", "Leading Actress: Kate Winslet")
    assert under_headings(split_sentences(paragraphs), [], paragraphs) == {}


def test_the_one_line_list_goes_on_past_each_semicolon() -> None:
    assert _headed(
        "Winners: Leading Actress: Kate Winslet, I Am Ruth; Single Drama: I Am Ruth; "
        "Leading Actor: Ben Whishaw, This Is Going to Hurt. Best Actor: Ben Whishaw"
    ) == {1: ["{value}: {subject}"], 2: ["{value}: {subject}"]}


def test_an_item_after_a_semicolon_in_lower_case() -> None:
    assert _headed(
        "Winners: Leading Actress: Kate Winslet, I Am Ruth; single drama: I Am Ruth"
    ) == {1: ["{value}: {subject}"]}


def test_the_one_line_list_goes_on_past_each_bullet() -> None:
    """Items an extractor joined with bullets are read as those parted by semicolons;
    a full stop between two ends the list, as it does there."""
    assert _headed(
        "Winners: Leading Actress: Kate Winslet, I Am Ruth - Single Drama: I Am Ruth • "
        "Leading Actor: Ben Whishaw, This Is Going to Hurt. Best Actor: Ben Whishaw"
    ) == {1: ["{value}: {subject}"], 2: ["{value}: {subject}"]}


def test_the_one_line_list_ends_with_its_paragraph_or_a_line_no_label() -> None:
    # The item after the full stop has no semicolon before it; a new paragraph neither.
    assert (
        _headed("Winners: Leading Actress: Kate Winslet, I Am Ruth;", "Single Drama: I Am Ruth")
        == {}
    )
    assert (
        _headed(
            "Winners: Leading Actress: Kate Winslet, I Am Ruth; The night was long; "
            "Single Drama: I Am Ruth"
        )
        == {}
    )


def test_no_semicolon_or_no_label_after_the_heading_no_list() -> None:
    # A heading's words with no list's line after them open none.
    assert _headed("The winners: they were many; Single Drama: I Am Ruth") == {}
    assert _headed("Winners: Leading Actress: Kate Winslet. Single Drama: I Am Ruth") == {}


def test_a_heading_alone_on_its_line_needs_no_colon() -> None:
    lines = ("Leading Actress: Kate Winslet, I Am Ruth", "Single Drama: I Am Ruth")
    for heading in ("Winners", "winners ", "## Winners", "# WINNERS"):
        assert _headed(heading, *lines) == {1: ["{value}: {subject}"], 2: ["{value}: {subject}"]}
    # Without the colon the words are the whole line, not the end of a sentence.
    for heading in ("And the winners", "The winners", "Winners Leading Actress: Kate"):
        assert _headed(heading, *lines) == {}


def test_a_markdown_heading_over_its_list() -> None:
    article = read_article(
        b"Bafta TV Awards 2023\n\n## Winners\n\n"
        b"- Leading Actress: Kate Winslet\n- Single Drama: I Am Ruth\n",
        markdown=True,
    )
    prop = DATASET.properties["award_received"]
    found = heading_of("winners: ... {value}: {subject}")
    assert found is not None
    heading = Heading(found[0], compile_cue("{value}: {subject}", prop, True))
    under = under_headings(split_sentences(article.paragraphs), [heading], article.paragraphs)
    assert sorted(under) == [2, 3]


def test_a_list_s_line_with_a_leader_for_its_colon() -> None:
    # A press release's cast list: dots, or a dash between spaces, for the colon, read
    # as the colon where it stands; a line with a colon is left as it is.
    assert colon_for_leader("Ruth .......... KATE WINSLET") == "Ruth:           KATE WINSLET"
    assert colon_for_leader("Ruth - Kate Winslet") == "Ruth:  Kate Winslet"
    assert colon_for_leader("Freya. . . Mia") == "Freya:     Mia"
    assert colon_for_leader("Ruth\t\tKate Winslet") == "Ruth: Kate Winslet"
    # One character is no room for a colon and its space: no leader, nor a list's line.
    for text in ("Ruth: Kate Winslet", "Ruth…Kate", "Ruth .. Kate", "Ruth -Kate", "Ruth\tKate"):
        assert colon_for_leader(text) == text
    for text in ("Ruth", ""):
        assert colon_for_leader(text) == text
    assert (
        _headed(
            "Cast", "Ruth\tKate Winslet", prop="cast_member", cue="cast: ... {character}: {value}"
        )
        == {}
    )
    lines = ("Ruth .......... Kate Winslet", "Freya - Mia Threapleton")
    assert _headed("Cast", *lines, prop="cast_member", cue="cast: ... {character}: {value}") == {
        1: ["{character}: {value}"],
        2: ["{character}: {value}"],
    }


def test_a_leader_is_no_list_s_line_on_one_line_nor_past_the_credits() -> None:
    # A list on one line goes on past a dash: "Ruth - Kate" there is the next item.
    assert (
        _headed(
            "Cast: Ruth: Kate Winslet - Freya - Mia Threapleton",
            prop="cast_member",
            cue="cast: ... {character}: {value}",
        )
        == {}
    )
    # A credit's own label ends the list, before a leader as before a colon.
    lines = ("Ruth .......... Kate Winslet", "Director .......... Dominic Savage")
    labels = frozenset({"director"})
    assert _headed(
        "Cast", *lines, prop="cast_member", cue="cast: ... {character}: {value}", labels=labels
    ) == {1: ["{character}: {value}"]}


def test_a_long_line_is_no_list_s_line_with_a_leader() -> None:
    # A list's line is short; a longer one is not read for a leader at all, which each
    # end the label might have would otherwise read to the line's end again.
    line = "Ruth " + "." * 300 + " Kate Winslet"
    assert colon_for_leader(line) == line
    assert _headed("Cast", line, prop="cast_member", cue="cast: ... {character}: {value}") == {}
    short = "Ruth " + "." * 200 + " Kate Winslet"
    assert colon_for_leader(short) == "Ruth:" + " " * 200 + " Kate Winslet"
