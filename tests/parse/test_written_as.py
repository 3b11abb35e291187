"""How a claim's numbers and booleans were written: its value's and its qualifiers', for
a property that takes text, and nothing for a claim whose values are text."""

from __future__ import annotations

from validator.parse.written_as import (
    WrittenAs,
    glued_comment,
    other_base,
    other_base_at,
    untagged,
    written_as,
)
from validator.read.files import Limits, LoadedFile, parse_text

HEAD = "source: {id: s, outlet: O, title: T, published: 2022}\nclaims:\n"


def _loaded(text: str, name: str = "a.yaml") -> LoadedFile:
    loaded = parse_text(text, name, Limits())
    assert isinstance(loaded, LoadedFile)
    return loaded


def _all(loaded: LoadedFile) -> list[WrittenAs | None]:
    claims = loaded.data["claims"]
    return [written_as(raw, number, loaded) for number, raw in enumerate(claims)]


def test_a_claims_numbers_and_booleans_as_written() -> None:
    loaded = _loaded(
        HEAD
        + "  - {id: a, subject: S, property: p, value: 007}\n"
        + "  - {id: b, subject: S, property: p, value: x, qualifiers: {q: 1.50, r: y, t: TRUE}}\n"
        + "  - {id: c, subject: S, property: p, value: x, qualifiers: {q: z}}\n"
        + "  - {id: d, subject: S, property: p, value: {about: 90}}\n"
        + "  - {id: e, subject: S, property: p, value: !!int 7, qualifiers: {q: !!float 1}}\n"
        + "  - {id: f, subject: S, property: p, value: &n 0x1F, qualifiers: {q: *n}}\n"
    )
    assert _all(loaded) == [
        WrittenAs("007"),
        WrittenAs(None, (("q", "1.50"), ("t", "TRUE"))),
        None,
        # An interval's numbers are numbers whatever the property: kept for messages.
        WrittenAs(None, ends=(("about", "90"),)),
        None,  # a tag chose the type
        WrittenAs("0x1F", (("q", "0x1F"),)),
    ]
    assert WrittenAs(None, (("q", "1.50"), ("t", "TRUE"))).qualifier("t") == "TRUE"
    assert WrittenAs("007").qualifier("q") is None


def test_a_json_claims_numbers_and_booleans_as_written() -> None:
    loaded = _loaded(
        '{"source": {"id": "s", "outlet": "O", "title": "T", "published": 2022}, "claims": ['
        '{"id": "a", "subject": "S", "property": "p", "value": 1.50, "qualifiers": {"q": 1E3}},'
        '{"id": "b", "subject": "S", "property": "p", "value": "x", "qualifiers": {"q": false}}]}',
        "a.json",
    )
    assert _all(loaded) == [WrittenAs("1.50", (("q", "1E3"),)), WrittenAs(None, (("q", "false"),))]


def test_a_value_a_tag_made_text_names_its_tag() -> None:
    loaded = _loaded(
        HEAD
        + "  - {id: a, subject: S, property: p, value: !!str 22}\n"
        + "  - {id: b, subject: S, property: p, value: '22'}\n"
    )
    assert _all(loaded) == [WrittenAs(None, tag="!!str"), None]


def test_a_whole_number_in_another_base_is_refused_with_its_decimal_digits() -> None:
    assert other_base("0x10", 16) == (
        "0x10 is read as the hexadecimal number 16; write numbers in decimal digits (16, if "
        "that is the number meant)"
    )
    assert other_base("0o26", 22) == (
        "0o26 is read as the octal number 22; write numbers in decimal digits (22, if that is "
        "the number meant)"
    )
    assert other_base("016", 16) is None
    assert other_base("0x10", "0x10") is None  # taken as the text written
    assert other_base(None, "22") is None


def test_a_whole_number_in_another_base_too_large_is_told_so_as_written() -> None:
    """Its decimal digits ran to as many again, and were refused next as too large."""
    sixteen = "0x" + "F" * 16
    assert other_base(sixteen, int(sixteen, 16)) == (
        "0xFFFFFFFFFFFFFFFF is read as a hexadecimal number too large to be a plausible "
        "value; correct the value"
    )
    fifty = "0x" + "F" * 50
    assert other_base(fifty, int(fifty, 16)) == (
        f"0x{'F' * 37}… is read as a hexadecimal number too large to be a plausible value; "
        "correct the value"
    )
    assert other_base("0o" + "7" * 17, 8**17 - 1) == (
        "0o77777777777777777 is read as an octal number too large to be a plausible value; "
        "correct the value"
    )  # 2.25e15: past the most
    assert other_base("0b" + "1" * 60, 2**60 - 1) == (
        f"0b{'1' * 37}… is read as a binary number too large to be a plausible value; "
        "correct the value"
    )


def test_a_whole_number_in_another_base_with_many_leading_zeros_is_shown_cut() -> None:
    """Its value is small, but as written it may run to the length of a claim file's value."""
    padded = "0x" + "0" * 20000 + "10"
    assert other_base(padded, 16) == (
        f"0x{'0' * 37}… is read as the hexadecimal number 16; write numbers in decimal digits "
        "(16, if that is the number meant)"
    )


SIXTEEN = (
    "0x10 is read as the hexadecimal number 16; write numbers in decimal digits (16, if "
    "that is the number meant)"
)


def test_an_end_written_in_another_base_is_kept_with_its_problem() -> None:
    """An interval's or approximation's numbers are numbers whatever the property, but
    one written in another base was checked as the number read, and shown so."""
    loaded = _loaded(
        HEAD
        + "  - {id: a, subject: S, property: p, value: {from: 0x10, to: 20}}\n"
        + "  - {id: b, subject: S, property: p, value: x,"
        + " qualifiers: {q: {to: 0x10}, r: {to: 2}}}\n"
        + "  - {id: c, subject: S, property: p, value: {about: 016}, qualifiers: {q: {to: 016}}}\n"
    )
    first, second, third = _all(loaded)
    assert first == WrittenAs(
        None, other_bases=((("value", "from"), SIXTEEN),), ends=(("from", "0x10"), ("to", "20"))
    )
    assert second == WrittenAs(
        None,
        other_bases=((("qualifiers", "q", "to"), SIXTEEN),),
        qualifier_ends=(("q", (("to", "0x10"),)), ("r", (("to", "2"),))),
    )
    # 016 is sixteen: no problem, but its text is kept for the messages to quote.
    assert third == WrittenAs(
        None, ends=(("about", "016"),), qualifier_ends=(("q", (("to", "016"),)),)
    )
    assert first is not None and second is not None
    assert second.qualifier_numbers("q") == (("to", "0x10"),)
    assert second.qualifier_numbers("s") == ()
    assert WrittenAs(None, (("q", "1.50"),)).qualifier_numbers("q") == (("", "1.50"),)
    problem = first.value_in_other_base({"from": 16, "to": 20})
    assert problem is not None and (problem.message, problem.where) == (SIXTEEN, ("from",))
    assert second.value_in_other_base("x") is None
    assert second.other_base_below("qualifiers", "q") == (("to",), SIXTEEN)
    assert second.other_base_below("qualifiers", "r") is None


def test_a_date_written_in_another_base_is_found_where_it_is() -> None:
    loaded = _loaded(
        "source: {id: s, outlet: O, title: T, published: {from: 0x10}}\nclaims:\n"
        "  - {id: a, subject: S, property: p, value: x, as_of: 0x10}\n"
        "  - {id: b, subject: S, property: p, value: x, as_of: 16}\n"
    )
    positions, data = loaded.positions, loaded.data
    published = data["source"]["published"]
    assert other_base_at(positions, ("source", "published"), published) == (("from",), SIXTEEN)
    first, second = (claim["as_of"] for claim in data["claims"])
    assert other_base_at(positions, ("claims", 0, "as_of"), first) == ((), SIXTEEN)
    assert other_base_at(positions, ("claims", 1, "as_of"), second) is None
    assert other_base_at(positions, ("claims", 0, "value"), "x") is None


def test_the_next_step_of_a_tagged_number_drops_the_tag_not_quotes() -> None:
    step = "expected a whole number, not '22'; write 22 without quotes"
    assert untagged(step, "!!str") == (
        "expected a whole number, not '22'; write 22 without the tag !!str"
    )
    assert untagged(step, "") == step
    assert untagged("expected a whole number, not 'x'", "!!str") == (
        "expected a whole number, not 'x'"
    )


def test_the_next_step_of_a_number_in_a_block_drops_the_block() -> None:
    step = "expected a whole number, not '22'; write 22 without quotes"
    assert untagged(step, "|") == (
        "expected a whole number, not '22'; write 22 on the line of value:, without the |: "
        "what a | begins is always text"
    )
    assert untagged(step, ">", "shirt") == (
        "expected a whole number, not '22'; write 22 on the line of shirt:, without the >: "
        "what a > begins is always text"
    )


def test_the_tags_and_blocks_of_qualifiers_are_kept_by_name() -> None:
    loaded = _loaded(
        HEAD + "  - {id: a, subject: S, property: p, value: !!str 22,"
        " qualifiers: {shirt: !!str 9, year: 2023, name: Ruth}}\n"
        "  - id: b\n    subject: S\n    property: p\n    value: |\n      22\n"
        "    qualifiers:\n      shirt: >\n        9\n      name: |\n        Ruth\n"
    )
    first, second = _all(loaded)
    assert first == WrittenAs(None, (("year", "2023"),), "!!str", (("shirt", "!!str"),))
    assert second == WrittenAs(None, (), "|", (("shirt", ">"),))
    assert first is not None and first.qualifier_tag("shirt") == "!!str"
    assert first.qualifier_tag("year") == ""


def test_a_comment_against_a_value_is_told_it_needs_a_space() -> None:
    def number(value: object) -> bool:
        return type(value) is int

    assert glued_comment("90# about", number) == (
        "'90# about' is all text, as a comment begins only at a '#' after a space; write 90 # about"
    )
    assert glued_comment("ninety# about", number) is None  # it does not fit without it
    assert glued_comment("#90", number) is None
    assert glued_comment("90 # about", number) is None  # a space before: not glued
    assert glued_comment(90, number) is None
