"""What every property type shares: the problems a written value can have, a written
value as one line of text, and the size a number may plausibly be."""

from __future__ import annotations

import pytest

from validator.model.property_types.base import (
    MAX_MAGNITUDE,
    UnknownEntity,
    ValueProblem,
    Written,
    describe_raw,
    finite_number,
    one_end,
    type_words,
    with_unit,
)
from validator.model.property_types.registry import property_type


def test_describe_raw() -> None:
    assert describe_raw({"from": "2022-12-01", "to": "2022-12-08"}) == "2022-12-01..2022-12-08"
    assert describe_raw({"from": "2023-05-14"}) == "2023-05-14 or later"
    assert describe_raw({"to": 100}) == "at most 100"
    assert describe_raw({}) == "{}"
    assert describe_raw({"about": 90, "within": 5}) == "about 90 ± 5"
    assert describe_raw(90.0) == "90"
    assert describe_raw(False) == "false"


def test_a_number_is_described_as_written_where_that_is_known() -> None:
    """`1.50` is read as 1.5: shown as the claim file wrote it, at the value or an end."""
    assert describe_raw(1.5, (("", "1.50"),)) == "1.50"
    assert describe_raw(22, (("", "022"),)) == "022"
    assert describe_raw(1.5, (("from", "1.50"),)) == "1.5"  # the text of an end, not of it
    assert describe_raw({"from": 1.5, "to": 2}, (("from", "1.50"), ("to", "2"))) == "1.50..2"
    assert describe_raw({"about": 90.0, "within": 5.0}, (("within", "5.0"),)) == "about 90 ± 5.0"
    assert describe_raw({"from": 1e20}, (("from", "1e20"),)) == "at least 1e20"
    assert describe_raw({"to": 0.5}, (("to", ".50"),)) == "at most .50"
    assert describe_raw({"from": "2022"}, (("from", "2022"),)) == "2022 or later"  # text
    assert describe_raw(True, (("", "true"),)) == "true"
    assert describe_raw("1.5", (("", "1.50"),)) == "1.5"  # text is shown as it is
    assert describe_raw(10, (("", "0" * 50 + "10"),)) == "0" * 39 + "…"  # cut short


def test_an_open_interval_shows_its_end_as_a_claim_file_writes_it() -> None:
    """An invalid claim's open interval ended in Python's repr in the reports: "at least
    None", "at most {'a': 1}", "at least True"; now as the closed interval shows its ends."""
    assert describe_raw({"from": None}) == "at least null"
    assert describe_raw({"to": {"a": 1}}) == "at most {a: 1}"
    assert describe_raw({"from": True}) == "at least true"
    assert describe_raw({"from": [1, 2]}) == "at least [1, 2]"
    assert describe_raw({"to": 90.0}) == "at most 90"
    assert describe_raw({"from": 60.5}) == "at least 60.5"


def test_a_list_or_mapping_written_as_a_value_is_shown_as_written_not_as_python() -> None:
    """An invalid value still has its row in the reports (the JSON `value`, the HTML
    matrix): shown the way a claim file writes it, never as Python's repr."""
    assert describe_raw(["Joe", "Bear"]) == "[Joe, Bear]"
    assert describe_raw([True, 2.0, None, {"from": 1}]) == "[true, 2, null, at least 1]"
    assert describe_raw({"colour": "red", "size": [1]}) == "{colour: red, size: [1]}"
    assert describe_raw([]) == "[]"
    # Bounded however long the list: its first items, the rest counted.
    assert describe_raw(list(range(100_000))) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, and 99,990 more]"


def test_describe_raw_writes_numbers_as_a_claim_file_does() -> None:
    assert describe_raw({"about": 90}) == "about 90"
    assert describe_raw(2.5) == "2.5"
    assert describe_raw(-0.0) == "0"
    assert describe_raw(1e16) == "1e+16"  # past a plausible size: not a run of digits
    assert describe_raw("as written") == "as written"
    assert describe_raw({str(n): n for n in range(12)}) == (
        "{0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, and 2 more}"
    )


@pytest.mark.parametrize(
    ("raw", "number"),
    [(0, 0.0), (-3.5, -3.5), (22, 22.0), (MAX_MAGNITUDE, 1e15), (-(10**15), -1e15)],
)
def test_finite_number_takes_a_number_up_to_the_plausible_size(raw: object, number: float) -> None:
    found = finite_number(raw)
    assert found == number and type(found) is float


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("3", "expected a number, not '3'"),
        (None, "expected a number, not 'null'"),
        (True, "expected a number, not 'true'"),  # a boolean is no number
        (1e15 + 2, "1000000000000002.0 is too large to be a plausible value"),
        (float("inf"), "inf is too large to be a plausible value"),
        (10**400, "the number is too large to be a plausible value"),
    ],
)
def test_finite_number_refuses_what_is_no_plausible_number(raw: object, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        finite_number(raw)
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "text", "message"),
    [
        (1e20, "1e20", "1e20 is too large to be a plausible value"),
        (1e20, "1" + "0" * 20 + ".0", "1" + "0" * 20 + ".0 is too large to be a plausible value"),
        (-1e16, "-1.0E+16", "-1.0E+16 is too large to be a plausible value"),
        (10**20, "0" * 50 + "1" + "0" * 20, "0" * 39 + "… is too large to be a plausible value"),
    ],
)
def test_finite_number_quotes_a_number_too_large_as_written(
    raw: object, text: str, message: str
) -> None:
    """Python's reading of `1e20` is 1e+20: the message quotes what the claim file wrote,
    cut short as any value a message shows."""
    with pytest.raises(ValueProblem) as caught:
        finite_number(raw, text)
    assert caught.value.message == message


def test_the_problems_carry_what_they_are_about() -> None:
    problem = ValueProblem("expected a number")
    assert (problem.message, str(problem)) == ("expected a number", "expected a number")
    unknown = UnknownEntity("Channel 5")
    assert (unknown.name, str(unknown)) == ("Channel 5", "Channel 5")


def test_type_words_name_the_type_then_its_unit() -> None:
    assert type_words("duration")("minutes") == "duration in minutes"
    assert type_words("duration")(None) == "duration"
    assert type_words("duration")("") == "duration"


def test_a_written_value_widens_unless_told_not_to() -> None:
    written = Written(90)
    assert written == (90, None, None, None, True, None, None, ())
    assert Written(90, "minutes", 5.0, widen=False).widen is False


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "shown"),
    [
        (47, "duration", "minutes", "47 minutes"),
        ({"about": 45}, "duration", "minutes", "about 45 minutes"),
        ({"from": 40, "to": 50}, "duration", "minutes", "40..50 minutes"),
        ({"to": 100}, "integer", "position", "at most 100 position"),
        ([3, 4], "integer", "stars", "[3, 4] stars"),
        # Written with a unit of its own: as written.
        ("47 min", "duration", "minutes", "47 min"),
        ("2 hours", "duration", "minutes", "2 hours"),
        # A percentage's unit is its sign, after a value, not a list of them.
        (52, "percent", None, "52%"),
        ("52%", "percent", None, "52%"),
        ([51, 52], "percent", None, "[51, 52]"),
        (47, "integer", None, "47"),
        (True, "boolean", None, "true"),
        ("2022-12", "date", None, "2022-12"),
        # One of a unit written in the plural: the unit in the singular.
        (1, "duration", "minutes", "1 minute"),
        (1.0, "number", "stories", "1 story"),
        ({"about": 1}, "number", "inches", "about 1 inch"),
        ({"from": 1}, "integer", "votes", "at least 1 vote"),
        ({"from": 1, "to": 2}, "duration", "minutes", "1..2 minutes"),
        ([1], "integer", "stars", "[1] stars"),
        (2, "duration", "minutes", "2 minutes"),
        # A unit that is not a plural word is left as written after one.
        (1, "number", "Mbps", "1 Mbps"),
        (1, "number", "census", "1 census"),
        (1, "number", "series", "1 series"),
        (1, "integer", "position", "1 position"),
    ],
)
def test_a_number_is_shown_with_its_property_s_unit(
    raw: object, kind: str, unit: str | None, shown: str
) -> None:
    assert with_unit(describe_raw(raw), raw, property_type(kind), unit) == shown


def test_an_interval_with_one_end_reads_alike_wherever_it_is_shown() -> None:
    """Written (`describe_raw`), and as a set of dates or of numbers, three places
    each wording it: now one."""
    assert [one_end("2022", lower, dated=True) for lower in (True, False)] == [
        "2022 or later",
        "2022 or earlier",
    ]
    assert [one_end("60 minutes", lower, dated=False) for lower in (True, False)] == [
        "at least 60 minutes",
        "at most 60 minutes",
    ]
    assert describe_raw({"from": "2022-12"}) == "2022-12 or later"
    assert describe_raw({"to": 100}) == "at most 100"
