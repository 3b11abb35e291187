"""A claim's texts as its findings and record carry them: each cut to the most the
claim-file schema allows, with a note of what was left out and where it is whole."""

from __future__ import annotations

from pathlib import Path

from validator.parse.claim_texts import claim_qualifiers, claim_text, claim_texts, limits
from validator.parse.schema import load_schema
from validator.read.files import LoadedFile, load_file

# A million characters: the value and the excerpt of a claim file written to make the
# reports as big as it is.
MILLION = "word " * 200_000


def test_the_limits_are_the_claim_file_schemas() -> None:
    assert limits() == {
        "id": 100,
        "subject": 500,
        "property": 100,
        "value": 20_000,
        "excerpt": 2_000,
    }
    schema = load_schema("claim-file.schema.json")["$defs"]
    assert schema["claim"]["properties"]["excerpt"]["maxLength"] == limits()["excerpt"]


def test_a_text_the_schema_allows_is_kept_as_it_is() -> None:
    for field, limit in limits().items():
        text = "x" * limit
        assert claim_text(text, field, 0) is text


def test_a_longer_value_is_cut_to_the_schemas_limit_with_a_note_of_the_rest() -> None:
    """Cut at a space, the whole length counted: 3,985 words of five characters (the
    last without its space) and the note make 19,994 characters of the 20,000."""
    value = claim_text(MILLION, "value", 0)
    assert value == "word " * 3_984 + (
        "word \u2026 (980,076 more characters; the file has it whole at claims[0].value)"
    )
    assert len(value) == 19_994
    excerpt = claim_text(MILLION, "excerpt", 0)
    assert excerpt == "word " * 384 + (
        "word \u2026 (998,076 more characters; the file has it whole at claims[0].excerpt)"
    )
    assert len(excerpt) == 1_996


def test_a_long_id_is_cut_and_told_apart_by_its_place() -> None:
    """Two ids that differ only past the cut are two ids: the note names each one's
    place, as a schema error does."""
    assert claim_text("x" * 101, "id", 4) == (
        "x" * 37 + " \u2026 (64 more characters; the file has it whole at claims[4].id)"
    )
    first, twelfth = claim_text("x" * 300_000, "id", 0), claim_text("x" * 300_000, "id", 12)
    assert (
        first
        == "x" * 33 + " \u2026 (299,967 more characters; the file has it whole at claims[0].id)"
    )
    assert twelfth == (
        "x" * 32 + " \u2026 (299,968 more characters; the file has it whole at claims[12].id)"
    )
    assert len(first) == len(twelfth) == 100


def test_a_records_texts_are_cut_each_to_its_own_limit() -> None:
    subject, prop, value, excerpt = claim_texts(2, "I Am Ruth " * 60, "director" * 20, "1", None)
    assert subject == "I Am Ruth " * 43 + (
        "I \u2026 (169 more characters; the file has it whole at claims[2].subject)"
    )
    assert len(subject) == 499
    assert prop == "director" * 3 + (
        "directo \u2026 (129 more characters; the file has it whole at claims[2].property)"
    )
    assert (value, excerpt) == ("1", None)
    # An excerpt that is not text (an invalid claim's) is passed on: the record shows none.
    assert claim_texts(0, "s", "p", "v", 7) == ("s", "p", "v", 7)
    assert claim_texts(0, "s", "p", "v", "x" * 2_001)[3] == (
        "x" * 1_930 + " \u2026 (71 more characters; the file has it whole at claims[0].excerpt)"
    )


def test_qualifiers_as_written_in_name_order(tmp_path: Path) -> None:
    """Any key a reader gives (a number, a boolean) named as written, each value as its
    file writes it; qualifiers that are not a mapping are none."""
    path = tmp_path / "a.yaml"
    path.write_text(
        "claims:\n"
        "  - {qualifiers: {b: 0x10, 1: x, a: true, c: {from: 1.50}}}\n"
        "  - {qualifiers: [a, b]}\n"
        "  - {}\n",
        encoding="utf-8",
    )
    loaded = load_file(str(path))
    assert isinstance(loaded, LoadedFile)
    claims = loaded.data["claims"]
    assert claim_qualifiers(claims[0], 0, loaded) == (
        ("1", "x"),
        ("a", "true"),
        ("b", "0x10"),
        ("c", "at least 1.50"),
    )
    assert claim_qualifiers(claims[1], 1, loaded) == ()
    assert claim_qualifiers(claims[2], 2, loaded) == ()


def test_qualifiers_of_a_known_type_read_as_that_type_does(tmp_path: Path) -> None:
    """Given the types the property defines, a year written as a number reads as a date
    does ("2022 or later", as a resolved one), a number as written; one of no known
    type as written."""
    path = tmp_path / "a.yaml"
    path.write_text(
        "claims:\n"
        "  - {qualifiers: {year: {from: 2022}, to: {to: 2020}, n: {from: 1.50}, x: {from: 7}}}\n",
        encoding="utf-8",
    )
    loaded = load_file(str(path))
    assert isinstance(loaded, LoadedFile)
    kinds = {"year": "date", "to": "date", "n": "number"}
    assert claim_qualifiers(loaded.data["claims"][0], 0, loaded, kinds=kinds) == (
        ("n", "at least 1.50"),
        ("to", "2020 or earlier"),
        ("x", "at least 7"),
        ("year", "2022 or later"),
    )


def test_resolved_qualifiers_are_shown_as_resolved() -> None:
    resolved = (("character", frozenset(), "Freya"), ("year", frozenset(), "2023 or later"))
    assert claim_qualifiers({}, 0, None, resolved) == (  # type: ignore[arg-type]
        ("character", "Freya"),
        ("year", "2023 or later"),
    )
