"""A qualifier written as a field of the claim is told to go under `qualifiers`
(`validator.resolve.qualifier_fields`)."""

from __future__ import annotations

from pathlib import Path

from validator import validate

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = (
    "allowed here: acknowledge, as_of, excerpt, id, note, property, qualifiers, subject, value"
)


def test_a_qualifier_beside_the_value_is_told_where_it_goes(tmp_path: Path) -> None:
    """`character: Ruth` beside a cast member's value was an unknown field, with the
    fields a claim has: its property's qualifier is named, and the mapping to write. A
    field no qualifier of the property, or of a claim whose property is unknown, is told
    as before."""
    (tmp_path / "fields.yaml").write_text(
        "source: {id: fields, outlet: O, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - id: kate\n"
        "    subject: I Am Ruth\n"
        "    property: cast_member\n"
        "    value: Kate Winslet\n"
        "    character: Ruth\n"
        "  - id: joe\n"
        "    subject: I Am Ruth\n"
        "    property: cast_member\n"
        "    value: Joe Anders\n"
        "    character: Billy, Ruth's son\n"
        "  - {id: won, subject: I Am Ruth, property: award_received, value: Best Single "
        "Drama, year: 2023}\n"
        "  - {id: net, subject: I Am Ruth, property: network, value: Channel 4, year: 2022}\n"
        "  - {id: odd, subject: I Am Ruth, property: no_such, value: x, character: Ruth}\n",
        encoding="utf-8",
    )
    result = validate(
        [str(tmp_path / "fields.yaml")], dataset=str(ROOT / "dataset"), root=str(tmp_path)
    )
    assert [
        (f.code, f.locations[0].line, f.locations[0].column, f.message) for f in result.findings
    ] == [
        (
            "E102",
            7,
            5,
            "unknown field 'character' in claims[0]: it is a qualifier of property "
            "'cast_member'; write it under qualifiers: {character: Ruth}",
        ),
        # A part YAML's braces would cut at its comma is quoted.
        (
            "E102",
            12,
            5,
            "unknown field 'character' in claims[1]: it is a qualifier of property "
            "'cast_member'; write it under qualifiers: {character: 'Billy, Ruth''s son'}",
        ),
        (
            "E102",
            13,
            87,
            "unknown field 'year' in claims[2]: it is a qualifier of property "
            "'award_received'; write it under qualifiers: {year: 2023}",
        ),
        ("E102", 14, 72, f"unknown field 'year' in claims[3]; {ALLOWED}"),
        ("E102", 15, 64, f"unknown field 'character' in claims[4]; {ALLOWED}"),
    ]
