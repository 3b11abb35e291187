"""An age written in place of the name ("The 43-year-old told the Courier"): the person
named last before it (of a sentence's, the one the article names most), not one already
given another age nor one the sentence names after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

INFO = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")


def _ages(text: str) -> list[str]:
    """Each age claim's subject and value, then the ages listed as not placed."""
    out = draft(read_article(f"Stage news\n\n{text}".encode()), load_dataset("dataset"), INFO)
    lines: list[str] = []
    for block in out.split("  - id: ")[1:]:
        rows = block.splitlines()
        if "    property: age" in rows:
            lines.append(
                " ".join(r.strip() for r in rows if r.startswith(("    subject", "    value")))
            )
    return lines + [line for line in out.splitlines() if line.startswith("# - age: ")]


CASES = {
    "the-person-named-most": (
        "Nora Vell wrote The Glass Orchard for Tomas Reyes. Nora Vell directs it too.\n\n"
        "The 43-year-old told The Courier it took a winter.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "not-one-given-another-age": (
        "Nora Vell, 43, wrote it. Nora Vell also directs.\n\n"
        "Ida Brook plays Wren. The 25-year-old playwright's muse trained in Leeds.\n",
        ["subject: Nora Vell value: 43", "subject: Ida Brook value: 25"],
    ),
    # "the 43-year-old's sister Ida Brook": the epithet is Nora Vell's, not Ida Brook's.
    "a-possessive-epithet": (
        "Nora Vell wrote it. Nora Vell directs.\n\n"
        "The 43-year-old's sister Ida Brook plays Wren.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "the-same-age-once": (
        "Nora Vell, 43, wrote it.\n\nThe 43-year-old also directs.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "no-one-named-before": (
        "The 43-year-old wrote it. Nora Vell directs.\n",
        ["# - age: 43"],
    ),
    "a-name-the-cue-places": (
        "Nora Vell wrote it, and the 25-year-old actress Ida Brook plays Wren.\n",
        ["subject: Ida Brook value: 25"],
    ),
    # The cue takes the words between the age and a name when they say what the person
    # is; a verb among them ends the noun phrase, and the name is the verb's object.
    "words-saying-what-they-are": (
        "Nora Vell wrote it, and the 25-year-old award-winning British actress Ida Brook "
        "plays Wren.\n",
        ["subject: Ida Brook value: 25"],
    ),
    "a-comma-and-a-role": (
        "Nora Vell wrote it. Her 25-year-old niece, actress Ida Brook, plays Wren.\n",
        ["subject: Ida Brook value: 25"],
    ),
    "a-verb-in-the-past": (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        "The 43-year-old thanked Tomas Reyes.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "a-role-then-a-verb": (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        "The 43-year-old playwright thanked director Tomas Reyes.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "a-verb-in-the-present": (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        "The 43-year-old star joins Tomas Reyes on stage.\n",
        ["subject: Nora Vell value: 43"],
    ),
    # The one named last, not the one named most: the epithet follows its sentence.
    "the-one-named-last": (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        "Wren is played by Ida Brook, who trained in Leeds. The 25-year-old said it was a "
        "gift.\n",
        ["subject: Ida Brook value: 25"],
    ),
    # An owner is not who the sentence is about: Ida Brook is.
    "not-the-owner": (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        "Wren is played by Nora Vell's niece, Ida Brook. The 25-year-old said it was a "
        "gift.\n",
        ["subject: Ida Brook value: 25"],
    ),
    # Whom the sentence names after the epithet is someone else: the epithet here is
    # the daughter of the one named, who the article does not name.
    "the-one-named-after-is-another": (
        "Nora Vell wrote it.\n\nThe 19-year-old plays opposite her mother Nora Vell.\n",
        ["# - age: 19"],
    ),
    # What the person is, their age set off after it, opening a sentence.
    "what-they-are-then-the-age": (
        "Nora Vell wrote The Glass Orchard.\n\nThe award-winning playwright, 43, directs it.\n",
        ["subject: Nora Vell value: 43"],
    ),
    # An owner's relative is someone else; a number over 120 is no age; inside the
    # sentence the words before the comma may be anything.
    "not-a-relative-nor-a-year": (
        "Nora Vell wrote it.\n\nThe playwright's son, 19, acts. The winner, 2023, is "
        "named. In the end, 12, then 13, came.\n",
        [],
    ),
    # What opens the sentence is a kind of thing, not of person: its number is no age.
    "a-thing-then-a-number": (
        "Nora Vell wrote The Glass Orchard.\n\nThe play, 90, is her best.\n",
        [],
    ),
    # A noun for no person, whether or not the dataset has a kind so called: an age is
    # a person's ("The episode, 45," and "The thriller, 90," are numbers of something).
    "a-thing-of-no-kind-then-a-number": (
        "Nora Vell wrote The Glass Orchard.\n\nThe episode, 45, is her best. The thriller, "
        "90, is not.\n",
        [],
    ),
    # A noun for a person the dataset has no kind of: the words English calls people by.
    "a-person-word-then-the-age": (
        "Nora Vell wrote The Glass Orchard.\n\nThe mother-of-two, 43, directs it.\n",
        ["subject: Nora Vell value: 43"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_age_in_place_of_the_name(play_project: Path, case: str) -> None:
    text, expected = CASES[case]
    assert _ages(text) == expected


def test_an_epithet_in_a_long_sentence_is_excerpted_by_its_clause(play_project: Path) -> None:
    """As a cue's claim is: the clause holding the epithet, not "The 43-year-old" alone,
    which shows the reviewer nothing of what the article says of them."""
    long_clause = "it took a winter of drafts " + "and rewrites " * 14 + "in a cold attic"
    text = (
        "Nora Vell wrote The Glass Orchard. Nora Vell directs it.\n\n"
        f"The 43-year-old told The Courier, in a long talk about the play, that {long_clause}.\n"
    )
    out = draft(read_article(f"Stage news\n\n{text}".encode()), load_dataset("dataset"), INFO)
    block = next(b for b in out.split("  - id: ")[1:] if "    property: age" in b.splitlines())
    assert "    excerpt: The 43-year-old told The Courier\n" in block
