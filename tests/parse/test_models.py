"""The pydantic models refuse what the claim-file schema refuses: each example is checked
against both. (That they accept what it accepts is a property test in tests/property.)"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from validator.model.codes import CODES
from validator.parse.models import ClaimFile
from validator.parse.schema import validator_for

SCHEMA = validator_for("claim-file.schema.json")

GOOD: dict[str, Any] = {
    "$schema": "../schema/claim-file.schema.json",
    "source": {
        "id": "tyla-2022-12-07",
        "outlet": "Tyla",
        "title": "Kate Winslet opens up",
        "url": None,
        "author": None,
        "published": "2022-12-07",
        "archive": "sources/tyla.txt",
    },
    "claims": [
        {
            "id": "mia-age",
            "subject": "Mia Threapleton",
            "property": "age",
            "value": 22,
            "excerpt": "her 22-year-old daughter",
        },
        {
            "id": "cast-freya",
            "subject": "I Am Ruth",
            "property": "cast_member",
            "value": "Mia Threapleton",
            "qualifiers": {"character": "Freya"},
            "as_of": {"from": "2022-12", "to": 2023},
            "note": "",
            "acknowledge": [{"code": "D203", "reason": "reviewed", "until": "2027-01-01"}],
        },
        {"id": "runtime", "subject": "I Am Ruth", "property": "runtime", "value": {"about": 90}},
        {
            "id": "score",
            "subject": "I Am Ruth",
            "property": "rotten_tomatoes_score",
            "value": {"from": 60.5},
        },
        {
            "id": "slot",
            "subject": "I Am Ruth",
            "property": "broadcast_slot",
            "value": {"about": 90, "within": 0},
        },
        {"id": "improvised", "subject": "I Am Ruth", "property": "x", "value": True},
    ],
}


def schema_accepts(document: Any) -> bool:
    return bool(SCHEMA.is_valid(document))


def models_accept(document: Any) -> bool:
    try:
        ClaimFile.model_validate(document)
    except ValidationError:
        return False
    return True


def changed(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    document = copy.deepcopy(GOOD)
    change(document)
    return document


def source(key: str, value: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["source"].__setitem__(key, value)


def claim(key: str, value: Any, index: int = 0) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["claims"][index].__setitem__(key, value)


def drop(*path: str | int) -> Callable[[dict[str, Any]], object]:
    def apply(document: dict[str, Any]) -> None:
        node: Any = document
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return apply


def test_the_good_document_is_accepted_by_both() -> None:
    assert schema_accepts(GOOD)
    assert models_accept(GOOD)
    parsed = ClaimFile.model_validate(GOOD)
    assert parsed.source.url is None
    assert parsed.claims[1].acknowledge[0].until == "2027-01-01"


REJECTED: dict[str, Callable[[dict[str, Any]], object]] = {
    # null where the schema does not allow it (url and author may be null)
    "null outlet": source("outlet", None),
    "null published": source("published", None),
    "null archive": source("archive", None),
    "null value": claim("value", None),
    "null as_of": claim("as_of", None),
    "null excerpt": claim("excerpt", None),
    "null note": claim("note", None),
    "null qualifiers": claim("qualifiers", None),
    "null qualifier value": claim("qualifiers", {"character": None}),
    "null acknowledge": claim("acknowledge", None),
    "null until": claim("acknowledge", [{"code": "D203", "reason": "r", "until": None}]),
    "null $schema": lambda d: d.__setitem__("$schema", None),
    "null interval end": claim("value", {"from": None}),
    "null within": claim("value", {"about": 90, "within": None}),
    "null claims": lambda d: d.__setitem__("claims", None),
    "null source": lambda d: d.__setitem__("source", None),
    # unknown keys
    "unknown top-level key": lambda d: d.__setitem__("sources", []),
    "unknown source key": source("date", "2022-12-07"),
    "unknown claim key": claim("colour", "blue"),
    "unknown interval key": claim("value", {"from": 1, "until": 2}),
    "unknown approximate key": claim("value", {"about": 1, "plus": 2}),
    "approximate and interval mixed": claim("value", {"about": 1, "from": 2}),
    "unknown acknowledgement key": claim("acknowledge", [{"code": "D203", "reason": "r", "x": 1}]),
    "unknown date-interval key": source("published", {"from": "2022", "on": "2023"}),
    # empty intervals
    "empty value interval": claim("value", {}),
    "empty as_of interval": claim("as_of", {}),
    "empty published interval": source("published", {}),
    # required fields
    "no source": drop("source"),
    "no claims": drop("claims"),
    "no source id": drop("source", "id"),
    "no published": drop("source", "published"),
    "no claim value": drop("claims", 0, "value"),
    "no claim subject": drop("claims", 0, "subject"),
    "no about": claim("value", {"within": 5}),
    "no reason": claim("acknowledge", [{"code": "D203"}]),
    # ids
    "id with capitals": source("id", "Tyla"),
    "id starting with a hyphen": claim("id", "-age"),
    "id with an underscore": claim("id", "mia_age"),
    "empty id": claim("id", ""),
    "id too long": source("id", "a" * 101),
    "id as a number": claim("id", 7),
    # dates
    "month 13": source("published", "2022-13-01"),
    "day 32": source("published", "2022-12-32"),
    "two-digit year": source("published", "22-12-07"),
    "slashes": source("published", "2022/12/07"),
    "hour 24": source("published", "2022-12-07T24:00"),
    "seconds": source("published", "2022-12-07T21:00:00"),
    "year 0": source("published", 0),
    "year 10000": source("published", 10000),
    "year as a boolean": source("published", True),
    "as_of bound as a number text": claim("as_of", {"from": "soon"}),
    "until with a month only": claim(
        "acknowledge", [{"code": "D203", "reason": "r", "until": "2027-01"}]
    ),
    # booleans where numbers are needed, and other wrong types
    "about a boolean": claim("value", {"about": True}),
    "within a boolean": claim("value", {"about": 90, "within": False}),
    "interval bound a boolean": claim("value", {"from": True}),
    "about a text": claim("value", {"about": "90"}),
    "negative within": claim("value", {"about": 90, "within": -1}),
    "value a list": claim("value", [22]),
    "empty text value": claim("value", ""),
    "value text too long": claim("value", "x" * 20001),
    "subject a number": claim("subject", 22),
    "empty subject": claim("subject", ""),
    "subject too long": claim("subject", "x" * 501),
    "property with capitals": claim("property", "Age"),
    "property with a hyphen": claim("property", "birth-date"),
    "qualifier name with capitals": claim("qualifiers", {"Character": "Freya"}),
    "qualifier value a list": claim("qualifiers", {"character": ["Freya"]}),
    "excerpt empty": claim("excerpt", ""),
    "excerpt too long": claim("excerpt", "x" * 2001),
    "note too long": claim("note", "x" * 10001),
    "outlet empty": source("outlet", ""),
    "title too long": source("title", "x" * 2001),
    "url a number": source("url", 1),
    "author too long": source("author", "x" * 501),
    "code not a finding code": claim("acknowledge", [{"code": "Z999", "reason": "r"}]),
    "empty reason": claim("acknowledge", [{"code": "D203", "reason": ""}]),
    "acknowledge not a list": claim("acknowledge", {"code": "D203", "reason": "r"}),
    "claims not a list": lambda d: d.__setitem__("claims", {"id": "x"}),
    "a claim not a mapping": lambda d: d["claims"].append("mia is 22"),
    "$schema a number": lambda d: d.__setitem__("$schema", 1),
}


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_the_models_reject_what_the_schema_rejects(name: str) -> None:
    document = changed(REJECTED[name])
    assert not schema_accepts(document)
    assert not models_accept(document)


def test_lengths_count_characters_in_both() -> None:
    at_the_limit = changed(claim("value", "😀" * 20000))
    assert schema_accepts(at_the_limit) and models_accept(at_the_limit)
    over = changed(claim("value", "😀" * 20001))
    assert not schema_accepts(over) and not models_accept(over)


@pytest.mark.parametrize(
    "value",
    [
        {"from": "2022-12-01", "to": "2022-12-08"},
        {"to": 60},
        {"from": 1.5e300},
        {"about": -3.5, "within": 0.5},
        -0.0,
        10**300,
        "90 min",
    ],
)
def test_value_forms_both_accept(value: Any) -> None:
    document = changed(claim("value", value))
    assert schema_accepts(document)
    assert models_accept(document)


def test_a_whole_float_year_is_accepted_by_both_as_the_year() -> None:
    document = copy.deepcopy(GOOD)
    document["source"]["published"] = 2022.0
    document["claims"][0]["as_of"] = {"from": 2021.0, "to": 2022}
    assert list(SCHEMA.iter_errors(document)) == []
    parsed = ClaimFile.model_validate(document)
    assert parsed.source.published == 2022
    assert type(parsed.source.published) is int
    as_of = parsed.claims[0].as_of
    assert as_of is not None and not isinstance(as_of, int | str)
    assert (as_of.start, as_of.end) == (2021, 2022)


@pytest.mark.parametrize("code", sorted(CODES))
def test_both_accept_an_acknowledgement_of_every_code(code: str) -> None:
    """Acknowledging S501 was refused while the form of a code had no S."""
    document = changed(claim("acknowledge", [{"code": code, "reason": "reviewed"}]))
    assert schema_accepts(document)
    assert models_accept(document)
