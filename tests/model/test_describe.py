from __future__ import annotations

from validator.model.property_types.dates import date_span, describe_span_dates
from validator.model.property_types.registry import describe_set
from validator.model.values import Choice, Span


def test_dates_are_described_at_the_precision_they_have() -> None:
    assert describe_span_dates(date_span("2022-12")) == "2022-12"
    assert describe_span_dates(date_span(2022)) == "2022"
    assert describe_span_dates(date_span("2022-12-08")) == "2022-12-08"
    assert describe_span_dates(date_span("2022-12-08T21:00")) == "2022-12-08T21:00"
    low = date_span("2022-12-01").low
    high = date_span("2022-12-08").high
    assert describe_span_dates(Span(low, high)) == "2022-12-01..2022-12-08"
    assert describe_span_dates(Span(low, None)) == "2022-12-01..…"


def test_numbers_and_choices() -> None:
    assert describe_set(Span(85, 95), "duration", "minutes") == "85..95 minutes"
    assert describe_set(Span(22, 22), "integer", "years") == "22 years"
    assert describe_set(Choice(frozenset({"b", "a"})), "entity") == "a, b"


def test_the_last_year_the_calendar_has_is_described_not_an_error() -> None:
    """Scenario 5: the whole of 9999 (and its last month and day) were described by
    stepping a day past 9999-12-31, an OverflowError that stopped the run."""
    assert describe_span_dates(date_span("9999")) == "9999"
    assert describe_span_dates(date_span("9999-12")) == "9999-12"
    assert describe_span_dates(date_span("9999-12-31")) == "9999-12-31"
    assert describe_span_dates(date_span("0001")) == "0001"
