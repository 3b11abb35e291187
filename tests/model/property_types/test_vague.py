"""A number a source gives vaguely, written as text, is told the form for it: `{about}`,
`{from, to}`, `{from}` or `{to}`, with the number in the property's unit."""

from __future__ import annotations

import pytest

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.registry import parse_value
from validator.model.property_types.vague import vague_form


def _refusal(raw: str, kind: str, unit: str | None) -> str:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, unit=unit)
    return caught.value.message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        (
            "about 90 minutes",
            "duration",
            "minutes",
            "'about 90 minutes' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        (
            "around 1.5 hours",
            "duration",
            "minutes",
            "'around 1.5 hours' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        # "to" is no unit: it said "unknown unit 'to' (use min, hours, days)" first.
        (
            "90 to 95 minutes",
            "duration",
            "minutes",
            "'90 to 95 minutes' is not a duration; for a range, write {from: 90, to: 95}",
        ),
        (
            "1 to 2 hours",
            "duration",
            "minutes",
            "'1 to 2 hours' is not a duration; for a range, write {from: 60, to: 120}",
        ),
        # A margin, in the number's unit where it has none of its own; "plus" no unit.
        (
            "90 minutes ± 5",
            "duration",
            "minutes",
            "'90 minutes ± 5' is not a duration; for a value the source gives with a margin, "
            "write {about: 90, within: 5}",
        ),
        (
            "90 ± 5 minutes",
            "duration",
            "minutes",
            "'90 ± 5 minutes' is not a duration; for a value the source gives with a margin, "
            "write {about: 90, within: 5}",
        ),
        (
            "1.5 hours plus or minus 10 minutes",
            "duration",
            "minutes",
            "'1.5 hours plus or minus 10 minutes' is not a duration; for a value the source "
            "gives with a margin, write {about: 90, within: 10}",
        ),
        (
            "90 mins +/- 5",
            "duration",
            "minutes",
            "'90 mins +/- 5' is not a duration; for a value the source gives with a margin, "
            "write {about: 90, within: 5}",
        ),
        (
            "22 ± 1",
            "integer",
            "years",
            "expected a whole number, not '22 ± 1'; for a value the source gives with a "
            "margin, write {about: 22, within: 1}",
        ),
        # The unit after a plus is the number's.
        (
            "90+ minutes",
            "duration",
            "minutes",
            "'90+ minutes' is not a duration; for a value the source gives as a minimum, "
            "write {from: 90}",
        ),
        (
            "2+ hours",
            "duration",
            "minutes",
            "'2+ hours' is not a duration; for a value the source gives as a minimum, "
            "write {from: 120}",
        ),
        (
            "85-95 min",
            "duration",
            "minutes",
            "'85-95 min' is not a duration; for a range, write {from: 85, to: 95}",
        ),
        # A plus after the number, as a count is printed: at least that many.
        (
            "4,200+",
            "integer",
            "infants",
            "expected a whole number, not '4,200+'; for a value the source gives as a minimum, "
            "write {from: 4200}",
        ),
        (
            "90+",
            "duration",
            "minutes",
            "'90+' is not a duration; for a value the source gives as a minimum, write {from: 90}",
        ),
        (
            "at least 1 hour",
            "duration",
            "minutes",
            "'at least 1 hour' is not a duration; for a value the source gives as a minimum, "
            "write {from: 60}",
        ),
        (
            "up to 3 weeks",
            "duration",
            "days",
            "'up to 3 weeks' is not a duration; for a value the source gives as a maximum, "
            "write {to: 21}",
        ),
        (
            "~47",
            "integer",
            "years",
            "expected a whole number, not '~47'; for a value the source gives as "
            "approximate, write {about: 47}",
        ),
        (
            "between 45 and 50 years",
            "integer",
            "years",
            "expected a whole number, not 'between 45 and 50 years'; for a range, write "
            "{from: 45, to: 50}",
        ),
        (
            "about 95%",
            "percent",
            None,
            "expected a percentage, not 'about 95%'; for a value the source gives as "
            "approximate, write {about: 95}",
        ),
        (
            "c. 2.5",
            "number",
            None,
            "expected a number, not 'c. 2.5'; for a value the source gives as approximate, "
            "write {about: 2.5}",
        ),
        # The word after the number, as a listing adds it.
        (
            "90 minutes approx",
            "duration",
            "minutes",
            "'90 minutes approx' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        (
            "90 mins (approx.)",
            "duration",
            "minutes",
            "'90 mins (approx.)' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        (
            "47 or so",
            "integer",
            "years",
            "expected a whole number, not '47 or so'; for a value the source gives as "
            "approximate, write {about: 47}",
        ),
        # A bound as prose words it: the number is the bound an interval can say.
        (
            "more than 300,000",
            "integer",
            "units",
            "expected a whole number, not 'more than 300,000'; for a value the source gives "
            "as a minimum, write {from: 300000}",
        ),
        (
            "over 100",
            "integer",
            None,
            "expected a whole number, not 'over 100'; for a value the source gives as a "
            "minimum, write {from: 100}",
        ),
        (
            "more than 2 hours",
            "duration",
            "minutes",
            "'more than 2 hours' is not a duration; for a value the source gives as a minimum, "
            "write {from: 120}",
        ),
        (
            "less than 50 minutes",
            "duration",
            "minutes",
            "'less than 50 minutes' is not a duration; for a value the source gives as a "
            "maximum, write {to: 50}",
        ),
        (
            "under an hour",
            "duration",
            "minutes",
            "'under an hour' is not a duration; for a value the source gives as a maximum, "
            "write {to: 60}",
        ),
        (
            "fewer than 20",
            "integer",
            None,
            "expected a whole number, not 'fewer than 20'; for a value the source gives as a "
            "maximum, write {to: 20}",
        ),
        # "Nearly" says how near, not which side.
        (
            "nearly an hour",
            "duration",
            "minutes",
            "'nearly an hour' is not a duration; for a value the source gives as approximate, "
            "write {about: 60}",
        ),
        (
            "just under 50 minutes",
            "duration",
            "minutes",
            "'just under 50 minutes' is not a duration; for a value the source gives as "
            "approximate, write {about: 50}",
        ),
        (
            "almost 1,000",
            "integer",
            None,
            "expected a whole number, not 'almost 1,000'; for a value the source gives as "
            "approximate, write {about: 1000}",
        ),
        (
            "1,000-2,500",
            "integer",
            None,
            "expected a whole number, not '1,000-2,500'; for a range, write {from: 1000, to: 2500}",
        ),
        # The unit in its short form, as a desk writes a length.
        (
            "about 1150 m",
            "number",
            "metres",
            "expected a number, not 'about 1150 m'; for a value the source gives as "
            "approximate, write {about: 1150}",
        ),
    ],
)
def test_a_vague_number_is_told_its_form(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        (
            "two hours",
            "duration",
            "minutes",
            "'two hours' is not a duration; write the number in figures: '2 hours'",
        ),
        # A length made an adjective, in words: the noun in figures.
        (
            "two-hour",
            "duration",
            "minutes",
            "'two-hour' is not a duration; write the number in figures: '2 hours'",
        ),
        (
            "Ninety Minutes",
            "duration",
            "minutes",
            "'Ninety Minutes' is not a duration; write the number in figures: '90 Minutes'",
        ),
        (
            "three weeks",
            "duration",
            "days",
            "'three weeks' is not a duration; write the number in figures: '3 weeks'",
        ),
        (
            "twenty-two",
            "integer",
            "years",
            "expected a whole number, not 'twenty-two'; write the number in figures: 22",
        ),
        (
            "forty seven years",
            "integer",
            "years",
            "expected a whole number, not 'forty seven years'; write the number in figures: 47",
        ),
        (
            "approximately three",
            "integer",
            None,
            "expected a whole number, not 'approximately three'; for a value the source gives "
            "as approximate, write {about: 3}",
        ),
        (
            "about ninety minutes",
            "duration",
            "minutes",
            "'about ninety minutes' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        # A unit's one and its halves, as a running time is said.
        (
            "an hour and a half",
            "duration",
            "minutes",
            "'an hour and a half' is not a duration; write the number in figures: '1.5 hours'",
        ),
        (
            "Two and a half hours",
            "duration",
            "minutes",
            "'Two and a half hours' is not a duration; write the number in figures: '2.5 hours'",
        ),
        (
            "3 and a half days",
            "duration",
            "days",
            "'3 and a half days' is not a duration; write the number in figures: '3.5 days'",
        ),
        (
            "half an hour",
            "duration",
            "minutes",
            "'half an hour' is not a duration; write the number in figures: '0.5 hours'",
        ),
        (
            "a half-hour",
            "duration",
            "minutes",
            "'a half-hour' is not a duration; write the number in figures: '0.5 hours'",
        ),
        (
            "an hour",
            "duration",
            "minutes",
            "'an hour' is not a duration; write the number in figures: '1 hour'",
        ),
        (
            "at least an hour",
            "duration",
            "minutes",
            "'at least an hour' is not a duration; for a value the source gives as a minimum, "
            "write {from: 60}",
        ),
        (
            "about an hour and a half",
            "duration",
            "minutes",
            "'about an hour and a half' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}",
        ),
        (
            "a year and a half",
            "integer",
            "years",
            "expected a whole number, not 'a year and a half'",
        ),
        # Dozens, as a count is said.
        (
            "a dozen",
            "integer",
            "tracks",
            "expected a whole number, not 'a dozen'; write the number in figures: 12",
        ),
        (
            "half a dozen",
            "integer",
            None,
            "expected a whole number, not 'half a dozen'; write the number in figures: 6",
        ),
        (
            "two dozen",
            "integer",
            None,
            "expected a whole number, not 'two dozen'; write the number in figures: 24",
        ),
        (
            "about a dozen",
            "integer",
            None,
            "expected a whole number, not 'about a dozen'; for a value the source gives as "
            "approximate, write {about: 12}",
        ),
        # Words no number stands for in full: the message is as it was.
        (
            "a couple of hours",
            "duration",
            "minutes",
            "'a couple of hours' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
    ],
)
def test_a_number_in_words_is_told_it_in_figures(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        # A remark in brackets beside the value: the value as written where it reads
        # so, and the remark for the note.
        (
            "22 (at the time)",
            "integer",
            "years",
            "expected a whole number, not '22 (at the time)'; '(at the time)' is a remark "
            "beside the value: write 22, and the remark in the claim's note",
        ),
        (
            "90 min (without adverts)",
            "duration",
            "minutes",
            "'90 min (without adverts)' is not a duration; '(without adverts)' is a remark "
            "beside the value: write '90 min', and the remark in the claim's note",
        ),
        (
            "100% [Tomatometer]",
            "percent",
            None,
            "expected a percentage, not '100% [Tomatometer]'; '[Tomatometer]' is a remark "
            "beside the value: write '100%', and the remark in the claim's note",
        ),
        (
            "about 90 (est.)",
            "duration",
            "minutes",
            "'about 90 (est.)' is not a duration; for a value the source gives as "
            "approximate, write {about: 90}, and '(est.)' is a remark beside the value, for "
            "the claim's note",
        ),
        # One value in two forms, each read (the second as its own refusal says to
        # write it: '1h30m'), and two values.
        (
            "90 min / 1h30",
            "duration",
            "minutes",
            "'90 min / 1h30' is not a duration; it gives one value twice, in two forms: "
            "write it once, as '90 min'",
        ),
        (
            "90, 95",
            "duration",
            "minutes",
            "'90, 95' is not a duration; it gives two values, 90 and 95, where a claim holds "
            "one: for a range, write {from: 90, to: 95}; else write the value the source gives",
        ),
        # "or" is no unit: it said "unknown unit 'or' (use min, hours, days)".
        (
            "2 or 1 hours",
            "duration",
            "minutes",
            "'2 or 1 hours' is not a duration; it gives two values, 120 and 60, where a claim "
            "holds one: for a range, write {from: 60, to: 120}; else write the value the "
            "source gives",
        ),
        (
            "47 or 48",
            "integer",
            "years",
            "expected a whole number, not '47 or 48'; it gives two values, 47 and 48, where a "
            "claim holds one: for a range, write {from: 47, to: 48}; else write the value the "
            "source gives",
        ),
        # Figures over figures out of no scale a score is given out of: two values. (It
        # was told "it is a score out of 48: write 47 if the property counts out of 48".)
        (
            "47 / 48",
            "integer",
            "years",
            "expected a whole number, not '47 / 48'; it gives two values, 47 and 48, where a "
            "claim holds one: for a range, write {from: 47, to: 48}; else write the value the "
            "source gives",
        ),
        (
            "90/95",
            "duration",
            "minutes",
            "'90/95' is not a duration; it gives two values, 90 and 95, where a claim holds "
            "one: for a range, write {from: 90, to: 95}; else write the value the source gives",
        ),
    ],
)
def test_a_value_with_a_remark_or_given_twice_is_told_what_to_keep(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        # Brackets holding nothing, or no value before them; three values: as before.
        (
            "90 ()",
            "duration",
            "minutes",
            "'90 ()' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
        (
            "(90)",
            "duration",
            "minutes",
            "'(90)' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
        ("47, 48, 49", "integer", "years", "expected a whole number, not '47, 48, 49'"),
    ],
)
def test_what_is_no_value_with_a_remark_nor_two_keeps_its_message(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        # No number the property takes after the word: the message is as it was.
        (
            "approximately a few",
            "integer",
            None,
            "expected a whole number, not 'approximately a few'",
        ),
        # A number the property refuses (a negative duration) gets no form either.
        (
            "about -5 min",
            "duration",
            "minutes",
            "'about -5 min' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
        # A word that only starts like a bound's, and a comma that groups no thousands.
        (
            "overall 5",
            "integer",
            None,
            "expected a whole number, not 'overall 5'; write the number alone, without 'overall'",
        ),
        ("about 1,5", "number", None, "expected a number, not 'about 1,5'"),
        # A unit that is not the property's is no number of it.
        ("about 47 stars", "integer", "years", "expected a whole number, not 'about 47 stars'"),
        # 5 hours is no margin of 2 hours: the generic step.
        (
            "2 hours ± 5",
            "duration",
            "minutes",
            "'2 hours ± 5' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
    ],
)
def test_text_that_is_no_vague_number_of_the_property_keeps_its_message(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


def test_what_is_no_vague_number_has_no_form() -> None:
    def read(value: object) -> float:
        raise ValueProblem("never")

    assert vague_form("about 90", read, None) == ""
    assert vague_form("90", read, None) == ""
    assert vague_form("", read, None) == ""


def test_a_text_past_the_longest_vague_number_has_no_form() -> None:
    # Spaces between the word and the number: the patterns' slow case, when long.
    def read(value: object) -> float:
        if value != "90":
            raise ValueProblem("never")
        return 90.0

    at_most = "about" + " " * 93 + "90"
    assert len(at_most) == 100
    assert vague_form(at_most, read, None) == (
        "; for a value the source gives as approximate, write {about: 90}"
    )
    assert vague_form("about " + at_most[5:], read, None) == ""


def test_a_length_made_an_adjective_is_one_noun_for_both_messages() -> None:
    # One rule of the plural for `90-minute` (duration_forms) and `two-hour` (vague).
    from validator.model.property_types.duration_forms import length_noun

    assert [length_noun("90", "minute"), length_noun("1", "hour"), length_noun("90", "min")] == [
        "90 minutes",
        "1 hour",
        "90 min",
    ]


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        # An age by its decade, each part of it as English usage splits the decade.
        (
            "mid-40s",
            "integer",
            "years",
            "expected a whole number, not 'mid-40s'; for an age the source gives by its "
            "decade, write {from: 44, to: 46}",
        ),
        (
            "in her early forties",
            "integer",
            "years",
            "expected a whole number, not 'in her early forties'; for an age the source gives "
            "by its decade, write {from: 40, to: 43}",
        ),
        (
            "late 30’s",
            "integer",
            "years",
            "expected a whole number, not 'late 30’s'; for an age the source gives by its "
            "decade, write {from: 37, to: 39}",
        ),
        (
            "50s",
            "integer",
            "years",
            "expected a whole number, not '50s'; for an age the source gives by its decade, "
            "write {from: 50, to: 59}",
        ),
        # Not a count of years: no decade ("40s" of a duration is 40 seconds).
        ("mid-40s", "integer", "stars", "expected a whole number, not 'mid-40s'"),
        # A question mark after the value: the writer's doubt, for the note.
        (
            "47?",
            "integer",
            "years",
            "expected a whole number, not '47?'; the question mark is no part of the value: "
            "write 47, and the doubt in the claim's note",
        ),
        (
            "about 90 min??",
            "duration",
            "minutes",
            "'about 90 min??' is not a duration; for a value the source gives as approximate, "
            "write {about: 90}, and the question mark's doubt in the claim's note",
        ),
        ("?", "integer", "years", "expected a whole number, not '?'"),
        ("who knows?", "integer", "years", "expected a whole number, not 'who knows?'"),
    ],
)
def test_a_decade_or_a_doubt_is_told_its_form(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    assert _refusal(raw, kind, unit) == message


def test_a_run_of_white_space_is_read_once_for_each_form() -> None:
    """The forms (a margin, a doubt, a remark in brackets, two values) each began with
    any white space, then a lazy part and white space again: a run of spaces at a
    text's start was tried once for each place the part might start, and each time
    for each place it might end, so a 100-character text took 14 ms, and a 500 KB claim
    file of 3,000 such values two minutes. At this size that was 27 s; nothing here is
    timed, and a run of spaces still leaves each form as it was."""

    def refuse(value: object) -> float:
        raise ValueProblem("never")

    texts = [" " * (n % 97) + "\t" + " " * (97 - n % 97) + "?!"[n % 2] for n in range(3_000)]
    assert {vague_form(text, refuse, None) for text in texts} == {""}
    spaced = " " * 80
    assert _refusal(spaced + "90 minutes ± 5", "duration", "minutes") == (
        f"'{spaced[:39]}…' is not a duration; for a value the source gives with a margin, "
        "write {about: 90, within: 5}"
    )
    assert _refusal("90" + spaced + "or 95", "integer", "years") == (
        f"expected a whole number, not '90{spaced[:57]}…'; it gives two values, 90 and 95, "
        "where a claim holds one: for a range, write {from: 90, to: 95}; else write the "
        "value the source gives"
    )
    assert _refusal(spaced + "22 (at the time)", "integer", "years") == (
        f"expected a whole number, not '{spaced[:59]}…'; '(at the time)' is a remark beside "
        "the value: write 22, and the remark in the claim's note"
    )
    assert _refusal(spaced + "47?", "integer", "years") == (
        f"expected a whole number, not '{spaced[:59]}…'; the question mark is no part of the "
        "value: write 47, and the doubt in the claim's note"
    )
