"""An unknown field written under an empty field that holds such fields is told to be
indented under it, in place of the list of the fields its mapping allows."""

from __future__ import annotations

import pytest

from validator.model.findings import Finding
from validator.parse.claim_file import check_claim_file
from validator.read.files import Limits, parse_text

_HEAD = "source:\n  id: s\n  outlet: O\n  title: T\n  published: 2022-12-09\nclaims:\n"


def _messages(claims: str) -> list[tuple[int, int, str]]:
    loaded = parse_text(_HEAD + claims, "c.yaml", Limits())
    assert not isinstance(loaded, Finding)
    _, findings = check_claim_file(loaded)
    return [(f.locations[0].line, f.locations[0].column, f.message) for f in findings]


def test_a_qualifier_under_an_empty_qualifiers_is_told_to_be_indented() -> None:
    claims = (
        "  - id: a\n    subject: I Am Ruth\n    property: cast_member\n    value: Mia\n"
        "    qualifiers:\n    character: Freya\n"
    )
    assert _messages(claims) == [
        (
            12,
            5,
            "unknown field 'character' in claims[0]; the field above it, 'qualifiers', is "
            "empty: to put 'character' in 'qualifiers', indent it under 'qualifiers'",
        )
    ]


def test_an_interval_s_end_under_an_empty_value_is_told_to_be_indented() -> None:
    claims = "  - id: a\n    subject: I Am Ruth\n    property: runtime\n    value:\n    from: 60\n"
    assert _messages(claims) == [
        (
            11,
            5,
            "unknown field 'from' in claims[0]; the field above it, 'value', is empty: to put "
            "'from' in 'value', indent it under 'value'",
        ),
        (
            10,
            11,
            "claims[0].value should be a string, number or boolean; a date, duration or "
            "entity name written as a string; an interval; or an approximate number; got "
            "null: it is empty; write its value",
        ),
    ]


@pytest.mark.parametrize(
    "claims",
    [
        # The field above holds text, not fields.
        "  - id: a\n    subject: I Am Ruth\n    property: network\n    value: Channel 4\n"
        "    note:\n    colour: red\n",
        # The field above is not empty.
        "  - id: a\n    subject: I Am Ruth\n    property: network\n    value: Channel 4\n"
        "    qualifiers:\n      character: x\n    colour: red\n",
        # An interval holds no such field.
        "  - id: a\n    subject: I Am Ruth\n    property: runtime\n    as_of:\n    about: 60\n"
        "    value: 90\n",
    ],
)
def test_other_unknown_fields_are_told_the_fields_allowed(claims: str) -> None:
    (message,) = [m for _, _, m in _messages(claims) if m.startswith("unknown field")]
    assert message.endswith(
        "; allowed here: acknowledge, as_of, excerpt, id, note, property, qualifiers, "
        "subject, value"
    )
