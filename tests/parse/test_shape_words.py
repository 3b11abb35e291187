"""The next step for a value of the wrong shape: exact words, and none where the shape
is not the one each is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.one_file import Found, located, one_file
from validator.model.property_types.number_forms import TOO_LARGE
from validator.parse.shape_words import (
    authors_words,
    bound_words,
    coded_words,
    comment_alone,
    container_words,
    empty_words,
    grouped_words,
    keyed_words,
    number_part_words,
    odd_spaces_words,
    quoted_number_words,
    twice_words,
)


def _findings(tmp_path: Path, claims: str) -> list[Found]:
    """Each finding for a file of `claims` (`located`)."""
    source = "source: {id: acks, outlet: O, title: T, published: 2022-12-09}\nclaims:\n"
    return located(one_file(tmp_path, source + claims, "acks.yaml"))


def test_authors_in_a_list_are_one_text() -> None:
    assert authors_words(("source", "author"), ["A", "B", "C"]) == (
        ": write the authors as one text, such as 'A, B and C'"
    )
    assert authors_words(("source", "title"), ["A", "B"]) == ""
    assert authors_words(("source", "author"), "A") == ""
    # A mapping in the list is no name, and is never turned whole into text.
    assert authors_words(("source", "author"), [{"x": "y" * 10**6}, "A"]) == (
        ": write the authors as one text, such as 'A'"
    )
    assert authors_words(("source", "author"), [{"x": 1}]) == ""


def test_claims_keyed_by_id_are_a_list() -> None:
    assert keyed_words(("claims",), {"age": {}}) == (
        ": write them as a list, each claim's key as its id (in YAML '- id: age', "
        'in JSON [{"id": "age", ...}])'
    )
    assert keyed_words(("claims",), {}) == ""
    # A key holding more than an id's characters is quoted as each format quotes text,
    # so that the example can be copied as it is.
    assert keyed_words(("claims",), {'say "hi"\nnow': {}}) == (
        ": write them as a list, each claim's key as its id (in YAML '- id: "
        '"say \\"hi\\"\\nnow"\', in JSON [{"id": "say \\"hi\\"\\nnow", ...}])'
    )
    assert keyed_words(("source",), {"age": {}}) == ""


@pytest.mark.parametrize(
    ("written", "takes", "words"),
    [
        ("90", True, "; write 90 without quotes"),
        (" -2.5 ", True, "; write -2.5 without quotes"),
        ("90", False, ""),
        ("90 min", True, ""),
        (90, True, ""),
        # Past the size a number may be (past the largest float, E101), it is refused as
        # too large once unquoted: taking the quotes away is no step.
        ("9" * 309, True, TOO_LARGE),
        ("9" * 309 + ".5", True, TOO_LARGE),
        ("9" * 308, True, TOO_LARGE),
        ("1" + "0" * 15, True, "; write 1000000000000000 without quotes"),
        ("1" + "0" * 16, True, TOO_LARGE),
        ("1e400", True, TOO_LARGE),
        ("1e400", False, ""),
        ("1e5", True, ""),  # in YAML's form, but no form that was ever told its quotes
        # Figures past 40 are cut as any value a message shows, with an ellipsis.
        ("0." + "5" * 400, True, f"; write 0.{'5' * 37}… without quotes"),
        # Thousands parted by commas, as a spreadsheet shows them: without the commas too.
        ("1,090", True, "; write 1090 without quotes"),
        ("1,09", True, ""),
    ],
)
def test_a_number_in_quotes_is_told_to_lose_them(written: object, takes: bool, words: str) -> None:
    assert quoted_number_words(written, takes) == words


def test_a_number_in_quotes_below_its_places_least_is_told_the_least() -> None:
    """`within: "-5"` told "write -5 without quotes" met "should be at least 0" next."""
    least = {"type": "number", "minimum": 0}
    assert (
        quoted_number_words("-5", True, least) == "; write a number of at least 0, without quotes"
    )
    assert quoted_number_words("5", True, least) == "; write 5 without quotes"


@pytest.mark.parametrize(
    ("path", "number", "bound", "words"),
    [
        (
            ("claims", 0, "value", "within"),
            -5,
            0,
            "; a tolerance counts both ways from about: write 5",
        ),
        (
            ("claims", 0, "value", "within"),
            -2.5,
            0,
            "; a tolerance counts both ways from about: write 2.5",
        ),
        (
            ("source", "published"),
            20221208,
            9999,
            "; for the day 2022-12-08, write it as text: '2022-12-08'",
        ),
        (("claims", 0, "value", "about"), -5, 0, ""),
    ],
)
def test_a_number_past_its_bound_is_told_what_to_write(
    path: tuple[str | int, ...], number: object, bound: object, words: str
) -> None:
    assert bound_words(path, number, bound) == words


def test_a_tolerance_past_its_bound_is_told_it_as_written() -> None:
    within = ("claims", 0, "value", "within")
    step = "; a tolerance counts both ways from about: write "
    assert bound_words(within, -5.5, 0, "-5.50") == step + "5.50"
    assert bound_words(within, -5.0, 0, "-5e0") == step + "5e0"
    assert bound_words(within, -5.0, 0) == step + "5.0"


def test_a_container_of_the_wrong_kind_gets_its_next_step() -> None:
    subject = ("claims", 0, "subject")
    assert container_words(subject, ["Mia"], "text") == (
        ": write the text alone, without brackets: 'Mia'"
    )
    assert container_words(subject, ["Mia", "Joe"], "text") == (
        ": one claim has one subject; write a claim for each"
    )
    assert container_words(("claims", 0, "property"), ["a", "b"], "text") == ""
    assert container_words(("claims", 0, "acknowledge"), {"code": "D201"}, "a list") == (
        ": write the acknowledgement as an item of a list (in YAML '- ' before its first "
        "field, in JSON [{...}])"
    )
    assert container_words(("claims",), None, "a list") == (
        ": it is empty; list the source's claims under it, or write [] if it makes none"
    )
    assert container_words(("source", "author"), None, "text or null") == ""


def test_one_claim_under_claims_is_told_to_be_an_item() -> None:
    assert keyed_words(("claims",), {"id": "a", "value": 1}) == (
        ": it holds one claim's fields; write the claim as an item of a list (in YAML '- ' "
        "before its first field, in JSON [{...}])"
    )


def test_a_key_with_odd_spaces_is_told_them() -> None:
    assert odd_spaces_words("value ") == ": it ends with 1 space (U+0020); delete it"
    assert odd_spaces_words("\u00a0\u00a0value") == (
        ": it starts with 2 no-break spaces (U+00A0), which YAML does not read as "
        "indentation; indent the line with ordinary spaces"
    )
    assert odd_spaces_words("value") is None


def test_a_text_where_the_source_or_a_claim_goes_is_told_its_fields() -> None:
    assert container_words(("source",), "Tyla, 7 December 2022", "a mapping") == (
        ": write its fields under it, indented: id, outlet, title and published"
    )
    assert container_words(("claims", 3), 47, "a mapping") == (
        ": write the claim's fields after its '- ': id, subject, property and value"
    )
    assert container_words(("claims", 3, "value"), "x", "a mapping") == ""


def test_an_acknowledgement_written_as_one_text_is_told_the_mapping() -> None:
    """`acknowledge: [D201]`, the code alone, was told only that a mapping goes there:
    it is told the mapping, which wants a reason too; a reason alone wants its code."""
    item = ("claims", 0, "acknowledge", 0)
    assert container_words(item, "d201 ", "a mapping") == (
        ": write {code: D201, reason: ''}, the code and, in the quotes, why the finding stands"
    )
    assert container_words(item, "Reviewed: the slot", "a mapping") == (
        ": write {code: ..., reason: 'Reviewed: the slot'}, the code of the finding and the reason"
    )
    assert container_words(item[:3], "D201", "a list") == (
        ": write [{code: D201, reason: ''}], the code and, in the quotes, why the finding stands"
    )
    assert container_words(("claims", 0, "qualifiers", 0), "D201", "a mapping") == ""


def test_an_acknowledgement_of_a_code_alone_is_told_at_it(tmp_path: Path) -> None:
    claim = "  - {id: a, subject: I Am Ruth, property: runtime, value: 120, acknowledge: [D201]}\n"
    assert _findings(tmp_path, claim) == [
        (
            "E102",
            ("acks/a",),
            3,
            78,
            "claims[0].acknowledge[0] should be a mapping, not the text 'D201': write {code: "
            "D201, reason: ''}, the code and, in the quotes, why the finding stands",
        )
    ]


def test_an_acknowledgement_keyed_by_its_code_is_told_the_mapping() -> None:
    """`acknowledge: [D201: the slot]` is a mapping to YAML, its code a field's name."""
    item = ("claims", 0, "acknowledge", 0)
    assert coded_words(item, {"d201": " the slot "}, "d201") == (
        ": the code is written as a field's name; write {code: D201, reason: the slot}"
    )
    # No reason written: an empty one to fill in, which copied as it is is refused as
    # empty; "..." would be taken for a reason and acknowledge the finding.
    for value in (None, "  ", 3, ["x"], "...", "-", "?", "TODO"):
        assert coded_words(item, {"D201": value}, "D201") == (
            ": the code is written as a field's name; write {code: D201, reason: ''}, why the "
            "finding stands in the quotes"
        )
    # A reason written beside the code, or under it, is the one to keep.
    for given in ({"D201": None, "reason": "the slot"}, {"D201": {"reason": "the slot"}}):
        assert coded_words(item, given, "D201") == (
            ": the code is written as a field's name; write {code: D201, reason: the slot}"
        )
    # A reason written as one is the reason, whatever the code's field holds.
    for given in ({"D204": "a", "reason": "dup"}, {"D204": {"a": 1, "reason": "dup"}}):
        assert coded_words(item, given, "D204") == (
            ": the code is written as a field's name; write {code: D204, reason: dup}"
        )
    assert coded_words(item, {"D201": "x: y"}, "D201") == (
        ": the code is written as a field's name; write {code: D201, reason: 'x: y'}"
    )
    # A long reason is not cut short in a mapping to copy: its end would be lost.
    assert coded_words(item, {"D201": "word " * 30}, "D201") == (
        ": the code is written as a field's name; write the code and the reason as two "
        "fields, code: D201 and reason: followed by the text now after 'D201:'"
    )
    assert coded_words(item, {"D201": {"reason": "word " * 30}}, "D201") == (
        ": the code is written as a field's name; write the code and the reason as two "
        "fields, code: D201 and reason: followed by the text now under 'D201:'"
    )
    assert coded_words(item, {"D201": "x", "reason": "word " * 30}, "D201") == (
        ": the code is written as a field's name; write code: D201 in place of 'D201:' and "
        "keep the reason: as it is"
    )
    # With its code, another code is an unknown field; nor is any other field a code.
    assert coded_words(item, {"code": "D201", "D202": "x"}, "D202") is None
    assert coded_words(item, {"note": "x"}, "note") is None
    assert coded_words(("claims", 0, "qualifiers", 0), {"D201": "x"}, "D201") is None


def test_an_acknowledgement_keyed_by_its_code_is_one_finding(tmp_path: Path) -> None:
    # It was two: a missing 'code' (and 'reason'), and an unknown field 'D201'.
    claim = (
        "  - {id: a, subject: I Am Ruth, property: runtime, value: 120,\n"
        "     acknowledge: [D201: two hours was the slot]}\n"
    )
    assert _findings(tmp_path, claim) == [
        (
            "E102",
            ("acks/a",),
            4,
            20,
            "unknown field 'D201' in claims[0].acknowledge[0]: the code is written as a "
            "field's name; write {code: D201, reason: two hours was the slot}",
        )
    ]


def test_qualifiers_as_a_list_are_told_the_one_mapping() -> None:
    path = ("claims", 0, "qualifiers")
    assert container_words(path, [{"character": "Ruth"}, {"year": 2023}], "a mapping") == (
        ": write the names and values as one mapping: {character: Ruth, year: 2023}"
    )
    assert container_words(path, ["Ruth"], "a mapping") == (
        ": write the names and values as one mapping"
    )
    assert container_words(path, [], "a mapping") == ": write the names and values as one mapping"


def test_a_field_written_twice_in_two_cases_is_told_so() -> None:
    """`Value: 23` under `value: 22` was listed the allowed fields, value among them."""
    allowed = ["id", "property", "subject", "value"]
    assert twice_words("Value", {"value": 22, "Value": 23}, allowed) == (
        ": 'value' is written in it already, and field names are case-sensitive; keep the "
        "one meant, spelt 'value', and delete the other"
    )
    assert twice_words("Value", {"Value": 23}, allowed) is None  # a misspelling, told so
    assert twice_words("Valeu", {"value": 22, "Valeu": 23}, allowed) is None


def test_a_value_that_is_only_a_comment_is_told_so() -> None:
    """`value: # 90?` was told only that the value is empty."""
    empty = empty_words(None, {"type": "string"})
    assert empty == ": it is empty; write its value"
    assert comment_alone("claims[0].subject should be text, not null" + empty, "# 90?") == (
        "claims[0].subject should be text, not null: it is empty, as a '#' after a space "
        "begins a comment ('# 90?'); write the value before the '#'"
    )
    assert comment_alone("x" + empty, None) == "x" + empty
    assert comment_alone("claims should be a list", "# none") == "claims should be a list"
    assert empty_words(None, {"type": "object"}) == ""


def test_thousands_parted_in_braces_are_told_to_join() -> None:
    """`{value: 24,000}` is `value: 24` and a field `000`: the claim was told only which
    fields it may have. A number of three groups is one mistake, told at its first."""
    given = {"id": "x", "value": 1, "350": None, "000": None, "note": "n"}
    path = ("claims", 0)
    texts = {("claims", 0, "value"): "1"}
    assert grouped_words("350", given, path, texts.get) == (
        ": in a mapping written in braces a comma parts the fields, so 'value: 1,350,000' "
        "was read as value 1 and fields '350' and '000'; write 1350000, without the commas"
    )
    assert grouped_words("000", given, path, texts.get) == ""
    # Not digits after a whole number: not the mistake.
    assert grouped_words("note", given, path, texts.get) is None
    assert grouped_words("000", {"value": "a", "000": None}, path, texts.get) is None
    assert grouped_words("000", {"value": 1.5, "000": None}, path, texts.get) is None
    assert grouped_words("000", {"000": None}, path, texts.get) is None
    assert grouped_words("000", {"value": 24, "000": "x"}, path, texts.get) is None


def test_a_number_with_its_unit_where_about_goes_is_told_to_write_the_number_alone() -> None:
    """Scenario: `{about: 2 hours}` and `{about: 90, within: 5 min}` were refused as "should
    be a number", with no word of the unit, which the claim file does not write."""
    about = ("claims", 0, "value", "about")
    assert number_part_words(about, "2 hours") == (
        "; write the number alone, in the unit the dataset gives the property "
        "(2 if that unit is 'hours')"
    )
    assert number_part_words(("claims", 0, "value", "within"), "5 min") == (
        "; write the number alone, in the unit the dataset gives the property "
        "(5 if that unit is 'min')"
    )
    assert number_part_words(about, "about ninety") == ""
    assert number_part_words(("claims", 0, "value"), "2 hours") == ""


def test_a_date_where_about_goes_is_told_the_interval_or_a_coarser_date() -> None:
    """Scenario: "around 8 December" written `{about: 2022-12-08}`: only a number is
    approximate; the span the date may lie in is an interval."""
    about = ("claims", 0, "value", "about")
    assert number_part_words(about, "2022-12-08") == (
        "; only a number is approximate: write the span the date may lie in as an "
        "interval ({from: ..., to: ...}), or the date less precisely, 2022-12"
    )
    assert number_part_words(about, "2022-12").endswith("less precisely, 2022")


def test_an_interval_end_with_its_unit_is_told_to_write_the_number_alone() -> None:
    """Scenario: `{from: 1 hour, to: 2 hours}` for a slot in minutes was refused as "does
    not have the expected form" with no word of the unit. Only a value's own interval:
    a source's `published` or a qualifier's `from` takes no unit."""
    assert number_part_words(("claims", 0, "value", "to"), "1.5 hours") == (
        "; write the number alone, in the unit the dataset gives the property "
        "(1.5 if that unit is 'hours')"
    )
    assert number_part_words(("source", "published", "from"), "85 min") == ""
    assert number_part_words(("claims", 0, "qualifiers", "from"), "5 min") == ""
    # A date or a time in words has its own next step (`written_otherwise`).
    assert number_part_words(("claims", 0, "value", "about"), "9pm") == ""
    assert number_part_words(("claims", 0, "value", "to"), "8 December") == ""
    # An interval's end may be a date: no approximate date is named there.
    assert number_part_words(("claims", 0, "value", "from"), "2022-12-08") == ""
