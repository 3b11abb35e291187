"""A cue's words opening a sentence before its subject ("Created by Jane Doe, the drama
follows ..."): the cue derived for it, and what it drafts with the shipped dataset, for
the article's work and for another work the sentence names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.fronted import fronted, pointed_elsewhere
from validator.read.files import Limits, LoadedFile, parse_text

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")

Row = tuple[str, str, Any, str]


def _drafted(article: str) -> list[Row]:
    info = SourceInfo("s", "Desk", article.split("\n", 1)[0], "2022-12-08")
    text = draft(read_article(article.encode()), DATASET, info)
    loaded = parse_text(text, "d.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    return [(c["subject"], c["property"], c["value"], c["excerpt"]) for c in loaded.data["claims"]]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("{subject}, created by ... {value}", "created by ... {value}, {subject}"),
        ("{subject:one}, directed by {value}", "directed by {value}, {subject}"),
        ("{subject}, now {value},", "now {value}, {subject}"),
        ("{subject}, winner of [the] {value}", "winner of [the] {value}, {subject}"),
        ("  {subject} ,  aged {value}.", "aged {value}, {subject}"),
        # A passive or a copula's words say the same of the subject set after them.
        ("{subject} was made by {value}", "made by {value}, {subject}"),
        ("{subject} is part of ... {value}", "part of ... {value}, {subject}"),
        ("{subject} wasn't made by {value}", None),
        ("{subject} was [also] named {value}", None),
        ("{subject} is {value}'s daughter", None),
        ("{subject} has won {value}", None),
        # A relative clause, a gap or a slot first, or no slot after the words: none.
        ("{subject}, who created {value}", None),
        ("{subject}, which {value} created", None),
        ("{subject}, ... created by ... {value}", None),
        ("{subject}, {value}'s daughter,", None),
        ("{subject}, {value}.", None),
        ("{subject}, created by {value} for {subject}", None),
        ("{subject}, {value}'s ... son with", None),
        ("{value} created {subject}", None),
        ("created by {value}", None),
        # Words already set before the subject ending the cue are the cue itself.
        ("over {value}, {subject}", "over {value}, {subject}"),
        ("at {value}[,] {subject}", "at {value}[,] {subject}"),
        ("which {value}, {subject}", None),
        ("at {value} ... {subject}", None),
        ("part of ... {value} series, {subject}", "part of ... {value} series, {subject}"),
        ("starred alongside ... {value} in {subject}", None),
    ],
)
def test_fronted_cue(cue: str, expected: str | None) -> None:
    assert fronted(cue) == expected


HEAD = "I Am Ruth review: a mother and daughter at breaking point\n\n"


OPENING = "Created by Dominic Savage, the drama follows a mother and her withdrawn daughter."
CAST = "I Am Ruth stars Kate Winslet as Ruth."
PRONOUN = "Created by Dominic Savage, it follows a mother and her withdrawn daughter."


@pytest.mark.parametrize(
    ("sentences", "creator_at"),
    [
        # The drama the sentence opens on is the article's work; so is "it".
        ((OPENING, CAST), 0),
        ((CAST, PRONOUN), 1),
    ],
)
def test_created_by_opening_the_sentence_is_the_works(
    sentences: tuple[str, str], creator_at: int
) -> None:
    cast = ("I Am Ruth", "cast_member", "Kate Winslet", CAST)
    created = ("I Am Ruth", "created_by", "Dominic Savage", sentences[creator_at])
    expected = [created, cast] if creator_at == 0 else [cast, created]
    assert _drafted(HEAD + "\n\n".join(sentences) + "\n") == expected


def test_another_work_opening_the_sentence_takes_the_words() -> None:
    # The sentence's subject is another work: named, it is that work's creator and
    # director; called "the earlier series", no one's; the article's film gets neither.
    article = (
        HEAD + "I Am Ruth is the new Channel 4 drama starring Kate Winslet.\n\n"
        "Created and directed by Dominic Savage, the earlier series I Am Victoria starred "
        "Suranne Jones. Created by Dominic Savage, the earlier series was led by women. "
        "Directed by Dominic Savage, the previous drama starred Suranne Jones.\n"
    )
    excerpt = (
        "Created and directed by Dominic Savage, the earlier series I Am Victoria starred "
        "Suranne Jones."
    )
    assert _drafted(article) == [
        (
            "I Am Ruth",
            "cast_member",
            "Kate Winslet",
            "I Am Ruth is the new Channel 4 drama starring Kate Winslet.",
        ),
        ("I Am Victoria", "created_by", "Dominic Savage", excerpt),
        ("I Am Victoria", "director", "Dominic Savage", excerpt),
    ]


def test_the_words_inside_a_sentence_are_not_fronted() -> None:
    # Only a sentence's opening words are set before its subject: here "the drama" after
    # the comma is no subject of "created by".
    article = (
        HEAD + "I Am Ruth stars Kate Winslet as Ruth, in a story created by Kate Winslet, "
        "the drama's star.\n"
    )
    assert [row[:3] for row in _drafted(article)] == [("I Am Ruth", "cast_member", "Kate Winslet")]


def test_a_passive_s_words_opening_the_sentence_are_its_subject_s() -> None:
    article = HEAD + "Made by Me+You Productions, I Am Ruth opens the third series of I Am.\n"
    excerpt = "Made by Me+You Productions, I Am Ruth opens the third series of I Am."
    assert _drafted(article) == [
        ("I Am Ruth", "production_company", "Me+You Productions", excerpt),
        ("I Am Ruth", "part_of_series", "I Am", excerpt),
    ]


@pytest.mark.parametrize(
    ("text", "name", "aside"),
    [
        ("His previous film, I Am Victoria, starred Suranne Jones.", "I Am Victoria", True),
        ("Savage's earlier drama, I Am Victoria, aired in 2021.", "I Am Victoria", True),
        ("Another Savage film, I Am Victoria, aired in 2021.", "I Am Victoria", True),
        # No word pointing to another work, or the name not set off by commas: no aside.
        ("His new film, I Am Ruth, stars Kate Winslet.", "I Am Ruth", False),
        ("His previous film I Am Victoria starred Suranne Jones.", "I Am Victoria", False),
        ("For the first time, I Am Ruth, a film, aired.", "I Am Ruth", False),
    ],
)
def test_a_work_named_as_an_aside_pointing_elsewhere(text: str, name: str, aside: bool) -> None:
    start = text.index(name)
    assert pointed_elsewhere(text, (start, start + len(name)), ("film", "drama")) is aside
