"""The end of an E104: names close to what was written, a list of entities told to be a
claim each, and a name placed after a comma or in brackets told the name before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.resolve import entity_words
from validator.resolve.entity_words import suggest, unknown_entity_words

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))
ONE_VALUE = "a claim holds one value, so write a claim for each"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "Kate Winslet and Mia Threapleton",
            f"; it lists 2 entities, 'Kate Winslet' and 'Mia Threapleton': {ONE_VALUE}",
        ),
        (
            "Winslet, Mia Threapleton & Joe Anders",
            f"; it lists 3 entities, 'Winslet', 'Mia Threapleton', and 'Joe Anders': {ONE_VALUE}",
        ),
        (
            "Kate Winslet/Mia/Joe Anders/Dominic Savage",
            "; it lists 4 entities, 'Kate Winslet', 'Mia', 'Joe Anders', and 1 more: " + ONE_VALUE,
        ),
        # Placed or described after a comma or in brackets: the name before them first.
        ("Reading, Berkshire", "; did you mean 'Reading'?"),
        ("Channel 4 (UK)", "; did you mean 'Channel 4'?"),
        # A name written surname first is one entity, not a list of two.
        ("Winslet, Kate", "; did you mean 'Kate Winslet'?"),
        # Two names of one entity, and a part that names none: no list.
        ("Kate Winslet and Winslet", "; did you mean 'Kate Winslet'?"),
        (
            "Kate Winslet and Nobody Known",
            "; check the spelling, or add the entity (or the name) to the dataset",
        ),
        # A title before a name: the entity named without it first; of names equally
        # close, the entity the dataset says more about.
        (
            "Mrs Winslet",
            "; did you mean 'Kate Winslet' or 'Bear Winslet' or 'Joe Alfie Winslet Mendes'?",
        ),
        ("Dr Threapleton", "; did you mean 'Mia Threapleton' or 'Jim Threapleton'?"),
        ("Threapleton", "; did you mean 'Mia Threapleton' or 'Jim Threapleton'?"),
        ("Sir Dominic Savage", "; did you mean 'Dominic Savage'?"),
        ("Xyzzy Plugh", "; check the spelling, or add the entity (or the name) to the dataset"),
    ],
)
def test_the_end_of_an_e104(name: str, words: str) -> None:
    assert unknown_entity_words(DATASET, name) == words


@pytest.mark.parametrize(
    ("prop", "name", "words"),
    [
        (
            "cast_member",
            "Kate Winslet as Ruth",
            "; it names 'Kate Winslet' and, after 'as', its character: write value: Kate "
            "Winslet, qualifiers: {character: Ruth}",
        ),
        (
            "cast_member",
            "Mia  AS  Freya ",
            "; it names 'Mia' and, after 'as', its character: write value: Mia, qualifiers: "
            "{character: Freya}",
        ),
        # In brackets, as a cast list gives the part, with "as" or without.
        (
            "cast_member",
            "Kate Winslet (Ruth)",
            "; it names 'Kate Winslet' and, in brackets, its character: write value: Kate "
            "Winslet, qualifiers: {character: Ruth}",
        ),
        (
            "cast_member",
            "Mia Threapleton [as Freya]",
            "; it names 'Mia Threapleton' and, in brackets, its character: write value: Mia "
            "Threapleton, qualifiers: {character: Freya}",
        ),
        # A part YAML's braces would cut at its comma is quoted.
        (
            "cast_member",
            "Joe Anders (Billy, Ruth's son)",
            "; it names 'Joe Anders' and, in brackets, its character: write value: Joe "
            "Anders, qualifiers: {character: 'Billy, Ruth''s son'}",
        ),
        # A remark in brackets after the part is the note's, not the part's.
        (
            "cast_member",
            "Kate Winslet as Ruth (lead)",
            "; it names 'Kate Winslet' and, after 'as', its character: write value: Kate "
            "Winslet, qualifiers: {character: Ruth}, and '(lead)' in the claim's note",
        ),
        # Brackets holding nothing are no remark: the part is as written.
        (
            "cast_member",
            "Kate Winslet as Ruth ()",
            "; it names 'Kate Winslet' and, after 'as', its character: write value: Kate "
            "Winslet, qualifiers: {character: Ruth ()}",
        ),
        (
            "cast_member",
            "Joe Anders as Billy [uncredited]",
            "; it names 'Joe Anders' and, after 'as', its character: write value: Joe "
            "Anders, qualifiers: {character: Billy}, and '[uncredited]' in the claim's note",
        ),
        (
            "cast_member",
            "Kate Winslet as Ruth: the mother",
            "; it names 'Kate Winslet' and, after 'as', its character: write value: Kate "
            "Winslet, qualifiers: {character: 'Ruth: the mother'}",
        ),
        # A list of entities each with its part is a list, not one entity with a part
        # ('Ruth, Mia Threapleton as Freya' as Kate Winslet's character).
        (
            "cast_member",
            "Kate Winslet as Ruth, Mia Threapleton as Freya",
            "; it lists 2 entities, 'Kate Winslet as Ruth' and 'Mia Threapleton as Freya': "
            f"{ONE_VALUE}, with its character under qualifiers",
        ),
        (
            "cast_member",
            "Kate Winslet (Ruth), Mia Threapleton (Freya) and Joe Anders",
            "; it lists 3 entities, 'Kate Winslet (Ruth)', 'Mia Threapleton (Freya)', and "
            f"'Joe Anders': {ONE_VALUE}, with its character under qualifiers",
        ),
        # Without a text qualifier to hold a part, no part is read.
        (
            "network",
            "Channel 4 as broadcaster, ITV",
            "; check the spelling, or add the entity (or the name) to the dataset",
        ),
        # Brackets holding an entity's name are no part: what it names is looked for.
        (
            "cast_member",
            "Mia Threapleton (Mia)",
            "; did you mean 'Mia Threapleton' or 'Jim Threapleton'?",
        ),
        ("network", "Channel 4 (UK)", "; did you mean 'Channel 4'?"),
        # No text qualifier to hold the part, or no entity before "as": as before.
        (
            "network",
            "Channel 4 as broadcaster",
            "; check the spelling, or add the entity (or the name) to the dataset",
        ),
        (
            "cast_member",
            "Nobody Known as Ruth",
            "; check the spelling, or add the entity (or the name) to the dataset",
        ),
    ],
)
def test_an_entity_and_its_part_after_as_is_told_the_qualifier(
    prop: str, name: str, words: str
) -> None:
    """A cast list's "Kate Winslet as Ruth" was told "did you mean 'Kate Winslet'?",
    and the part dropped: the part goes in the property's text qualifier."""
    assert unknown_entity_words(DATASET, name, DATASET.properties[prop]) == words


def test_a_long_value_is_read_as_no_list() -> None:
    long = " and ".join(["Kate Winslet", "Mia Threapleton"] * 100)
    assert "it lists" not in unknown_entity_words(DATASET, long)


def test_a_name_before_a_comma_is_read_only_in_a_value_short_enough_to_be_one() -> None:
    # Spaces before no comma were scanned again from each of them (20,000 took 1.7 s);
    # a name is now cut at its first comma or bracket by position, within the bound.
    assert entity_words._placed_name("Reading" + " " * 390 + ", x") == "Reading"  # 400
    assert entity_words._placed_name("Reading" + " " * 391 + ", x") is None
    assert entity_words._placed_name(", Reading") is None
    assert entity_words._placed_name("Channel 4 (UK), x") == "Channel 4"


def test_a_run_of_white_space_in_a_name_is_read_once_for_its_parts() -> None:
    """A name is parted at "and" with white space on each side; the pattern began with
    any white space, and tried each place of a run of spaces for the space before
    "and" again: a 380-character name took up to 0.12 s, and a 136 KB claim file of 300
    such subjects 49 s. At this size that was 22 s; nothing here is timed."""
    names = ["Xyzzy" + " " * (380 - n % 380) + "Plugh" + "q" * (n % 380) for n in range(500)]
    assert {unknown_entity_words(DATASET, name) for name in names} == {
        "; check the spelling, or add the entity (or the name) to the dataset"
    }
    spaced = " " * 150
    assert unknown_entity_words(DATASET, f"Kate Winslet{spaced}and{spaced}Mia") == (
        f"; it lists 2 entities, 'Kate Winslet' and 'Mia': {ONE_VALUE}"
    )


def test_the_names_a_list_shows_are_cut_short() -> None:
    # A name of many spaces still names its entity; the message quotes 80 characters.
    spaced = "Kate" + " " * 100 + "Winslet"
    cut = "Kate" + " " * 75 + "…"
    assert unknown_entity_words(DATASET, f"Mia and {spaced}") == (
        f"; it lists 2 entities, 'Mia' and '{cut}': {ONE_VALUE}"
    )


def test_suggest_names_the_close_names_or_the_next_step() -> None:
    assert suggest(("a", "b")) == "; did you mean 'a' or 'b'?"
    assert suggest((), "define it in") == "; check the spelling, or define it in the dataset"


@pytest.mark.parametrize(
    ("written", "how"),
    [("Kate Winslet as Ruth", "after 'as'"), ("Kate Winslet (Ruth)", "in brackets")],
)
def test_a_part_after_as_is_told_at_the_value(tmp_path: Path, written: str, how: str) -> None:
    (tmp_path / "cast.yaml").write_text(
        "source: {id: cast, outlet: O, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - id: kate\n"
        "    subject: I Am Ruth\n"
        "    property: cast_member\n"
        f"    value: {written}\n",
        encoding="utf-8",
    )
    result = validate([str(tmp_path / "cast.yaml")], dataset=DATASET, root=str(tmp_path))
    assert [(f.code, f.claims, f.location.line, f.location.column) for f in result.findings] == [
        ("E104", ("cast/kate",), 6, 12)
    ]
    assert result.findings[0].message == (
        f"value '{written}' names no entity in the dataset; it names 'Kate Winslet' "
        f"and, {how}, its character: write value: Kate Winslet, qualifiers: {{character: "
        "Ruth}"
    )
