"""A fact's value, qualifiers and validity as the sets they denote and the text reports
show: a fact names exactly one entity (a claim allows everything narrower), is held to
the range its property declares, and keeps a qualifier's text as written."""

from __future__ import annotations

from typing import Any

import pytest

from validator.dataset.fact_values import (
    fact_display,
    fact_qualifiers,
    fact_value,
    property_value,
    range_problems,
    validity,
)
from validator.dataset.model import Dataset, Entity, PropertyDef
from validator.model.names import normalise_name
from validator.model.property_types.base import EntityLookup, ValueProblem
from validator.model.property_types.dates import date_span
from validator.model.values import Choice, Span

NAMES = {"Mia": "mia", "mia": "mia", "BAFTA TV Awards": "awards"}
LOOKUP = EntityLookup(
    NAMES.get,
    lambda entity: frozenset({entity, "drama"}) if entity == "awards" else frozenset({entity}),
)
WON = PropertyDef("award_received", "entity")
AGE = PropertyDef("age", "integer", unit="years", minimum=0)
CAST = PropertyDef("cast_member", "entity", qualifiers=(("character", "text"), ("with", "entity")))
DATASET = Dataset(
    id="toy",
    title="Toy data",
    checked=None,
    references={},
    properties={},
    entities={"mia": Entity("mia", "person", ("Mia Threapleton", "Mia"))},
    names={normalise_name(name): "mia" for name in ("Mia Threapleton", "Mia")},
)


def test_a_fact_names_one_entity_and_a_claim_everything_narrower() -> None:
    assert fact_value("BAFTA TV Awards", WON, LOOKUP) == Choice(frozenset({"awards"}))
    assert property_value("BAFTA TV Awards", WON, LOOKUP) == Choice(frozenset({"awards", "drama"}))


def test_a_value_written_with_the_inverse_name_is_an_entity() -> None:
    """`acted_in: I Am Ruth` for the declared `cast_member`: the value is the subject
    of the declared property, an entity whatever that property's type."""
    runtime = PropertyDef("runtime", "duration", unit="minutes", inverse="runtime_of")
    assert property_value("Mia", runtime, LOOKUP, inverted=True) == Choice(frozenset({"mia"}))
    assert property_value(90, runtime, LOOKUP) == Span(90, 90)


def test_a_value_is_held_to_the_range_its_property_declares() -> None:
    assert property_value(0, AGE, LOOKUP) == Span(0, 0)
    with pytest.raises(ValueProblem) as caught:
        property_value(-1, AGE, LOOKUP)
    assert caught.value.message == (
        "-1 is not 0 or more, the range the dataset declares for the property; correct the "
        "value, or the property's minimum or maximum in the dataset if the value is real"
    )


@pytest.mark.parametrize(
    ("prop", "problems"),
    [
        (AGE, []),
        (PropertyDef("share", "percent", minimum=10, maximum=10), []),
        (
            PropertyDef("score", "number", minimum=5, maximum=1),
            ["property 'score' has a minimum above its maximum; swap or correct them"],
        ),
        (
            PropertyDef("label", "text", maximum=3),
            [
                "property 'label' declares a minimum or maximum, which only a number, "
                "integer, percent or duration property can have; remove it"
            ],
        ),
        (PropertyDef("label", "text"), []),
    ],
)
def test_range_problems(prop: PropertyDef, problems: list[str]) -> None:
    assert range_problems(prop) == problems


@pytest.mark.parametrize(
    ("raw", "prop", "shown"),
    [
        ("mia", PropertyDef("child_of", "entity"), "Mia Threapleton"),  # by its label
        ("Mia", PropertyDef("child_of", "entity"), "Mia Threapleton"),
        ("nobody", PropertyDef("child_of", "entity"), "nobody"),
        (90, PropertyDef("runtime", "duration", unit="minutes"), "90 minutes"),
        ({"about": 90}, PropertyDef("runtime", "duration", unit="minutes"), "about 90 minutes"),
        # A percentage shows its sign, not its unit, once however it is written.
        (96, PropertyDef("score", "percent", unit="%"), "96%"),
        ("96%", PropertyDef("score", "percent"), "96%"),
        ([51, 52], PropertyDef("score", "percent"), "[51, 52]"),  # the sign after a value only
        (96, PropertyDef("score", "percent", unit="percent"), "96%"),
        (True, PropertyDef("improvised", "boolean"), "true"),
        (
            "2022-12-08T21:00",
            PropertyDef("first_broadcast", "date", unit="days"),
            "2022-12-08T21:00",
        ),
        # A year written as a number reads as a date, as a claim's does.
        ({"from": 1975}, PropertyDef("birth_date", "date"), "1975 or later"),
        ({"to": 1975}, PropertyDef("birth_date", "date"), "1975 or earlier"),
    ],
)
def test_fact_display(raw: Any, prop: PropertyDef, shown: str) -> None:
    assert fact_display(raw, prop, DATASET) == shown


def test_qualifiers_in_name_order_each_with_its_set_and_display() -> None:
    written = {("facts", 0, "qualifiers", "character"): "007"}
    found = fact_qualifiers(
        {"with": "Mia", "character": 7},
        CAST,
        LOOKUP,
        labels=str.upper,
        written=written.get,
        fact=("facts", 0),
    )
    # The text qualifier is the text written (007), the entity shown by its label.
    assert found == (
        ("character", Choice(frozenset({"007"})), "007"),
        ("with", Choice(frozenset({"mia"})), "MIA"),
    )


def test_a_date_qualifier_reads_as_a_date() -> None:
    """`year: {from: 2021}` in a fact reads as the same qualifier in a claim does:
    "2021 or later", never "at least 2021"."""
    won = PropertyDef("award_received", "entity", qualifiers=(("year", "date"),))
    found = fact_qualifiers({"year": {"from": 2021}}, won, LOOKUP, labels=str)
    assert [(name, shown) for name, _, shown in found] == [("year", "2021 or later")]


def test_a_qualifier_the_property_does_not_define_is_a_value_problem() -> None:
    with pytest.raises(ValueProblem) as caught:
        fact_qualifiers({"year": 2020}, CAST, LOOKUP, labels=str)
    assert caught.value.message == "qualifier 'year' is not defined for property 'cast_member'"


def test_validity_is_a_span_of_time_and_its_words() -> None:
    assert validity(None) == (None, None)
    month = date_span("2022-12")
    assert validity({"from": "2022-12"}) == (Span(month.low, None), "2022-12 or later")
    assert validity({"from": "2022-12", "to": "2022-12"}) == (month, "2022-12..2022-12")
    with pytest.raises(ValueProblem):
        validity({"from": "2023", "to": "2022"})


def test_a_validity_written_in_bare_years_reads_as_dates() -> None:
    """YAML reads `valid: {from: 2020}` as a number: it still reads "2020 or later", as a
    date does, never "at least 2020"."""
    assert [
        validity(raw)[1] for raw in ({"from": 2020}, {"to": 2019}, {"from": 2013, "to": 2015})
    ] == [
        "2020 or later",
        "2019 or earlier",
        "2013..2015",
    ]
