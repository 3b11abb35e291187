"""Where a claim file's field written in the wrong place goes, as its E102 says."""

from __future__ import annotations

from validator.parse.schema import schema_errors
from validator.read.yaml_load import load_yaml


def claim_file_errors(text: str) -> list[tuple[int, int, str]]:
    """Each schema error of a claim file's text: its line, column and message, in order."""
    data, positions, _ = load_yaml(text)
    found = schema_errors(data, positions, "claim-file.schema.json")
    return sorted((e.line, e.column, e.message) for e in found)


def test_a_unit_beside_a_claim_s_value_is_told_to_write_it_into_the_value() -> None:
    # `unit: minutes` beside `value: 47` was told only the fields a claim allows.
    text = (
        "source: {id: s, outlet: X, title: T, published: 2023}\n"
        "claims:\n"
        "  - {id: a, subject: Album, property: runtime, value: 47, unit: minutes}\n"
        "  - id: b\n"
        "    subject: Album\n"
        "    property: runtime\n"
        "    value: 47.50\n"
        "    unit: min\n"
        "  - {id: c, subject: Album, property: runtime, value: about, unit: 3}\n"
    )
    tail = "where the property is a duration, else write the number in the property's unit alone"
    said = (
        "unknown field 'unit' in claims[{}]: a value carries its own unit; write it into the value"
    )
    assert claim_file_errors(text) == [
        (3, 59, f"{said.format(0)}, 'value: 47 minutes', {tail}"),
        # The number as written, not as read (47.5).
        (8, 5, f"{said.format(1)}, 'value: 47.50 min', {tail}"),
        (9, 62, f"{said.format(2)}, such as 'value: 90 min', {tail}"),
    ]


def test_a_unit_elsewhere_is_told_the_fields_allowed_there() -> None:
    text = (
        "source: {id: s, outlet: X, title: T, published: 2023, unit: min}\nclaims: []\nunit: min\n"
    )
    assert claim_file_errors(text) == [
        (
            1,
            55,
            "unknown field 'unit' in source; allowed here: archive, author, id, outlet, "
            "published, title, url",
        ),
        (3, 1, "unknown field 'unit' in the file; allowed here: $schema, claims, source"),
    ]


def test_a_claim_s_field_under_source_and_a_source_s_on_a_claim_are_told_where_they_go() -> None:
    text = (
        "source:\n"
        "  id: s\n"
        "  outlet: X\n"
        "  title: T\n"
        "  published: 2023\n"
        "  subject: Album\n"
        "  as_of: 2023\n"
        "claims:\n"
        "  - id: a\n"
        "    subject: Album\n"
        "    property: runtime\n"
        "    value: 47\n"
        "    outlet: Y\n"
        "    url: https://example.org\n"
    )
    in_claims = "it is a field of a claim; write it in an item of the 'claims' list"
    under_source = "it is a field of the source; write it once, under 'source:'"
    assert claim_file_errors(text) == [
        (6, 3, f"unknown field 'subject' in source: {in_claims}"),
        (7, 3, f"unknown field 'as_of' in source: {in_claims}"),
        # `outlet` was "did you mean 'note'?".
        (13, 5, f"unknown field 'outlet' in claims[0]: {under_source}"),
        (14, 5, f"unknown field 'url' in claims[0]: {under_source}"),
    ]
