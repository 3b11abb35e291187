"""A null in an optional place of a claim file reads as the field left out."""

from __future__ import annotations

from typing import Any

import pytest

from validator.parse.nulls import drop_optional_nulls, optional_field

# What a source keeps: `url` and `author` take null as they are.
_KEPT = {"id": "s", "outlet": "O", "title": "T", "url": None, "author": None}


def _document() -> dict[str, Any]:
    return {
        "source": {**_KEPT, "published": {"from": "2023-05-14", "to": None}, "archive": None},
        "claims": [
            {
                "id": "a",
                "subject": "I Am Ruth",
                "property": "runtime",
                "value": {"about": 90, "within": None},
                "qualifiers": None,
                "as_of": None,
                "excerpt": None,
                "note": None,
                "acknowledge": None,
            },
            {
                "id": "b",
                "subject": "Mia",
                "property": "age",
                "value": None,
                "qualifiers": {"year": {"from": None, "to": 2023}},
                "as_of": {"from": None, "to": None},
                "acknowledge": [{"code": "D201", "reason": "r", "until": None}, None],
            },
        ],
    }


def test_optional_nulls_are_dropped_and_required_ones_kept() -> None:
    data = _document()
    drop_optional_nulls(data)
    assert data == {
        "source": {**_KEPT, "published": {"from": "2023-05-14"}},
        "claims": [
            {"id": "a", "subject": "I Am Ruth", "property": "runtime", "value": {"about": 90}},
            {
                "id": "b",
                "subject": "Mia",
                "property": "age",
                "value": None,
                "qualifiers": {"year": {"to": 2023}},
                "as_of": {},
                "acknowledge": [{"code": "D201", "reason": "r"}, None],
            },
        ],
    }


def test_a_document_of_other_shapes_is_left_alone() -> None:
    data: dict[str, Any] = {"source": None, "claims": {"id": None}}
    drop_optional_nulls(data)
    assert data == {"source": None, "claims": {"id": None}}
    listed: dict[str, Any] = {"source": {"published": None}, "claims": [None, 3, {"value": [None]}]}
    drop_optional_nulls(listed)
    assert listed == {"source": {"published": None}, "claims": [None, 3, {"value": [None]}]}


@pytest.mark.parametrize(
    ("path", "optional"),
    [
        (("source", "archive"), True),
        (("source", "url"), True),
        (("source", "title"), False),
        (("claims", 0, "excerpt"), True),
        (("claims", 3, "as_of"), True),
        (("claims", 0, "subject"), False),
        (("claims", 0, "acknowledge", 1, "until"), True),
        (("claims", 0, "acknowledge", 1, "reason"), False),
        (("entities", 0, "names"), False),
    ],
)
def test_optional_fields_are_those_whose_null_says_there_is_none(
    path: tuple[str | int, ...], optional: bool
) -> None:
    assert optional_field(path) is optional
