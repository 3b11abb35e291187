"""E102 messages in words (`validator.parse.schema_words`): the field, what was
expected, and for an unknown field the field it most likely misspells."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from validator.parse.claim_file import CLAIM_SCHEMA, check_claim_file
from validator.parse.schema import schema_errors
from validator.parse.schema_words import phrases
from validator.read.files import LoadedFile, load_file
from validator.read.positions import Positions
from validator.read.yaml_load import load_yaml

DOC = """\
source:
  id: Tyla X
  outlet: Tyla
  published: soon
claims:
  - id: a
    subject: Mia
    property: age
    value: {}
    colour: red
  - id: b
    subject: Mia
    property: age
    value: {from: soon}
  - id: c
    subject: Mia
    value: null
"""


def claim_file_errors(text: str) -> list[tuple[int, int, str]]:
    """Each schema error of a claim file's text: its line, column and message."""
    data, positions, _ = load_yaml(text)
    return [
        (e.line, e.column, e.message)
        for e in schema_errors(data, positions, "claim-file.schema.json")
    ]


def test_messages_name_the_field_and_what_is_expected() -> None:
    found = claim_file_errors(DOC)
    assert sorted(found) == [
        (2, 3, "source is missing the required field 'title'"),
        (
            2,
            7,
            "source.id is the text 'Tyla X', "
            "which does not have the expected form (lowercase letters, "
            "digits and hyphens, like outlet-2024-05-01); write 'tyla-x'",
        ),
        (
            4,
            14,
            "source.published is the text 'soon', "
            "which does not have the expected form (a date such as 2022-12-08 or "
            "2022-12-08T21:00, a partial date such as 2022-12 or 2022, or an interval such as "
            "{from: 2022-12-01, to: 2022-12-08})",
        ),
        # No end (`{}`, or both ends null, which reach the schema so): not "an empty mapping".
        (
            9,
            12,
            "claims[0].value has no end: neither 'from' nor 'to' is given (an end written null "
            "is an open end); give at least one of them",
        ),
        (
            10,
            5,
            "unknown field 'colour' in claims[0]; allowed here: acknowledge, as_of, excerpt, "
            "id, note, property, qualifiers, subject, value",
        ),
        (
            14,
            19,
            "claims[1].value.from is the text 'soon', "
            "which does not have the expected form (a date such "
            "as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00, or a number in the property's "
            "unit)",
        ),
        (15, 5, "claims[2] is missing the required field 'property'"),
        (
            17,
            12,
            "claims[2].value should be a string, number or boolean; a date, duration or entity "
            "name written as a string; an interval; or an approximate number; got null: it is "
            "empty; write its value",
        ),
    ]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "{}",
            "source.published has no end: neither 'from' nor 'to' is given (an end written "
            "null is an open end); give at least one of them",
        ),
        (
            "null",
            "source.published should be a date of any precision, or an interval of dates; got "
            "null: it is empty; write its value",
        ),
        (
            "[2022, 2023]",
            "source.published should be a date of any precision, or an interval of dates; "
            "got a list: write the period as an interval: {from: 2022, to: 2023}",
        ),
        (
            "{to: 2022-12-08, when: 2022}",
            "unknown field 'when' in source.published; allowed here: from, to",
        ),
    ],
)
def test_a_publication_date_of_the_wrong_form_is_told_both_forms(
    written: str, message: str
) -> None:
    """`published` is a date or an interval. An empty interval was told "should be a date
    ...; got a mapping", and null or a list was told only of the date: the branch of the
    dates, itself a choice of kinds none of which the value is, explained nothing."""
    text = f"source: {{id: s, outlet: S, title: T, published: {written}}}\nclaims: []\n"
    assert [m for _, _, m in claim_file_errors(text)] == [message]


MISSPELT = """\
source: {id: s, outlet: S, title: T, published: 2022}
claims:
  - id: a
    subject: I Am Ruth
    proprety: runtime
    value: 90
  - id: b
    subject: I Am Ruth
    property: runtime
    proprety: runtime
    value: 90
  - id: c
    subjcet: I Am Ruth
    property: runtime
    valeu: 90
"""


def test_a_misspelt_field_is_one_error_with_a_did_you_mean() -> None:
    data, positions, _ = load_yaml(MISSPELT)
    found = [(e.line, e.column, e.message) for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    allowed = (
        "allowed here: acknowledge, as_of, excerpt, id, note, property, qualifiers, subject, value"
    )
    assert sorted(found) == [
        # The missing 'property' is the misspelling's: one error, at the misspelt key.
        (5, 5, "unknown field 'proprety' in claims[0]; did you mean 'property'?"),
        # 'property' is given as well: nothing is missing, so no guess.
        (10, 5, f"unknown field 'proprety' in claims[1]; {allowed}"),
        # Each unknown field of a mapping is named, each misspelling with its own guess:
        # neither missing field is reported apart.
        (13, 5, "unknown field 'subjcet' in claims[2]; did you mean 'subject'?"),
        (15, 5, "unknown field 'valeu' in claims[2]; did you mean 'value'?"),
    ]


def test_a_misspelt_field_is_one_e102_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("s.yaml").write_text(MISSPELT)
    loaded = load_file("s.yaml")
    assert isinstance(loaded, LoadedFile)
    found = sorted(
        (str(f.locations[0]), f.code, f.claims, f.message) for f in check_claim_file(loaded)[1]
    )
    assert [(where, code, claims) for where, code, claims, _ in found] == [
        ("s.yaml:10:5", "E102", ("s/b",)),
        ("s.yaml:13:5", "E102", ("s/c",)),
        ("s.yaml:15:5", "E102", ("s/c",)),
        ("s.yaml:5:5", "E102", ("s/a",)),
    ]
    assert found[3][3] == "unknown field 'proprety' in claims[0]; did you mean 'property'?"


def test_each_of_a_mapping_s_unknown_fields_is_named_up_to_ten() -> None:
    # 'value' is given, so 'valeu' is no misspelling of a missing field; of twelve stray
    # fields after it, nine more are named.
    text = "source: {id: s, outlet: X, title: T, published: 2022}\nclaims:\n  - {id: a, "
    text += "subject: S, property: p, value: 1, valeu: 2, "
    text += ", ".join(f"x{n}: 0" for n in range(12)) + "}\n"
    data, positions, _ = load_yaml(text)
    found = [e.message for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    allowed = (
        "allowed here: acknowledge, as_of, excerpt, id, note, property, qualifiers, subject, value"
    )
    assert found == [
        f"unknown field '{key}' in claims[0]; {allowed}"
        for key in ("valeu", *(f"x{n}" for n in range(9)))
    ]


def test_two_misspellings_of_one_missing_field_guess_it_once() -> None:
    text = "source: {id: s, outlet: X, title: T, published: 2022}\nclaims:\n"
    text += "  - {id: a, subject: S, proprety: p, propety: q, value: 1}\n"
    data, positions, _ = load_yaml(text)
    found = [e.message for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    assert found == [
        "unknown field 'proprety' in claims[0]; did you mean 'property'?",
        "unknown field 'propety' in claims[0]; allowed here: acknowledge, as_of, excerpt, id, "
        "note, property, qualifiers, subject, value",
    ]


def test_a_field_written_in_another_case_is_that_field() -> None:
    # The suggester passes over a name equal to the one typed; a key in capitals got no
    # guess, and the field it stands for a "missing" error of its own.
    text = "source: {id: s, outlet: X, title: T, Published: 2022}\nclaims:\n"
    text += "  - {id: a, Subject: S, property: p, VALUE: 1}\n"
    data, positions, _ = load_yaml(text)
    found = [(e.line, e.column, e.message) for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    assert sorted(found) == [
        (1, 38, "unknown field 'Published' in source; did you mean 'published'?"),
        (3, 13, "unknown field 'Subject' in claims[0]; did you mean 'subject'?"),
        (3, 38, "unknown field 'VALUE' in claims[0]; did you mean 'value'?"),
    ]


@pytest.mark.parametrize(
    ("field", "written", "told"),
    [
        ("id", "Cast Freya", "; write 'cast-freya'"),
        ("id", "réseau", "; write 'reseau'"),
        ("id", "--", ""),
        ("property", "Cast_Member", "; write 'cast_member'"),
        ("property", "birth date", "; write 'birth_date'"),
        ("property", "1st-broadcast", ""),
        ("property", "été", "; write 'ete'"),
        # No slip of case or separator: nothing is made of it.
        ("property", "age::error file=x::forged", ""),
    ],
)
def test_an_id_or_name_out_of_form_is_told_the_form_it_stands_for(
    field: str, written: str, told: str
) -> None:
    claim = {"id": "a", "subject": "S", "property": "p", "value": 1, field: written}
    text = "source: {id: s, outlet: X, title: T, published: 2022}\nclaims:\n"
    text += "  - {" + ", ".join(f"{key}: {value!r}" for key, value in claim.items()) + "}\n"
    data, positions, _ = load_yaml(text)
    found = [e.message for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    hint = (
        "lowercase letters, digits and hyphens, like outlet-2024-05-01"
        if field == "id"
        else "lowercase letters, digits and underscores, like birth_date"
    )
    assert found == [
        f"claims[0].{field} is the text {written!r}, which does not have the expected form "
        f"({hint}){told}"
    ]


def test_a_field_of_the_source_or_a_claim_at_the_top_level_is_told_where_it_goes() -> None:
    # `source:` with its fields written flush left: each was told only that the file
    # allows $schema, claims and source.
    text = "source:\nid: s\noutlet: X\nclaims: []\nsubject: Mia\ncolour: red\n"
    data, positions, _ = load_yaml(text)
    found = [(e.line, e.column, e.message) for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    field_of = "unknown field '{}' in the file: it is a field of {}"
    assert sorted(found) == [
        (1, 8, "source should be a mapping, not null"),
        # An id may be either's: the source's, as written at the top.
        (2, 1, field_of.format("id", "the source; indent it under 'source:'")),
        (3, 1, field_of.format("outlet", "the source; indent it under 'source:'")),
        (5, 1, field_of.format("subject", "a claim; write it in an item of the 'claims' list")),
        (6, 1, "unknown field 'colour' in the file; allowed here: $schema, claims, source"),
    ]


UNTIL = """\
source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}
claims:
  - id: a
    subject: Mia
    property: age
    value: 21
    acknowledge:
      - {code: D201, reason: checked, until: 2027}
      - {code: D201, reason: checked, until: 2027-06}
      - {code: D201, reason: checked, until: {from: 2027-01-01}}
      - {code: D201, reason: checked, until: 31/12/2027}
      - {code: D201, reason: checked, until: 08/12/2027}
      - {code: D201, reason: checked, until: 31/12/27}
      - {code: D201, reason: checked, until: 31/02/2027}
"""


def test_an_until_that_is_not_a_day_is_told_the_form_it_takes() -> None:
    """`until` takes only a day: the message names that form, not the date forms of a
    value (2022, 2022-12), which `until` would refuse; a day in figures, the day."""
    found = claim_file_errors(UNTIL)
    expected = "should be the day the acknowledgement expires, such as 2027-01-01, not"
    assert sorted(found) == [
        (8, 46, f"claims[0].acknowledge[0].until {expected} the number 2027"),
        (9, 46, f"claims[0].acknowledge[1].until {expected} the text '2027-06'"),
        (10, 46, f"claims[0].acknowledge[2].until {expected} a mapping"),
        # A day in figures is told the day it is, as a value's date is: 31 is no month.
        (
            11,
            46,
            "claims[0].acknowledge[3].until should be the day the acknowledgement expires; "
            "'31/12/2027' is a date in figures; write it as 2027-12-31",
        ),
        (
            12,
            46,
            "claims[0].acknowledge[4].until should be the day the acknowledgement expires; "
            "'08/12/2027' is a date in figures that reads two ways; write 2027-12-08 if it "
            "is day then month, 2027-08-12 if it is month then day",
        ),
        (
            13,
            46,
            "claims[0].acknowledge[5].until should be the day the acknowledgement expires; "
            "'31/12/27' gives its year in two figures; write the date with the year in "
            "full, as YYYY-12-31",
        ),
        # No day either way round: the form, and nothing that leads to another error.
        (14, 46, f"claims[0].acknowledge[6].until {expected} the text '31/02/2027'"),
    ]


LISTS = """\
source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}
claims:
  - {id: sons, subject: Kate Winslet, property: parent_of, value: [Joe, Bear]}
  - id: ruth
    subject: I Am Ruth
    property: cast_member
    value: Kate Winslet
    qualifiers: {character: [Ruth, Mum]}
  - {id: from, subject: Mia, property: age, value: {from: [21]}}
"""


def test_a_list_where_one_value_goes_says_to_write_a_claim_for_each() -> None:
    """One claim holds one value: a list of them is told the next step, a claim (or a
    qualifier) for each, not only that a list is not a value."""
    found = claim_file_errors(LISTS)
    value_forms = (
        "should be a string, number or boolean; a date, duration or entity name written as "
        "a string; an interval; or an approximate number; got a list"
    )
    assert sorted(found) == [
        (
            3,
            67,
            f"claims[0].value {value_forms}: one claim holds one value; "
            "write a claim for each value",
        ),
        (
            8,
            29,
            f"claims[1].qualifiers.character {value_forms}: a qualifier holds one value; "
            "write a claim for each value",
        ),
        (
            9,
            59,
            "claims[2].value.from should be an end of an interval: a number or a date; got a "
            "list: write the one value without brackets: 21",
        ),
    ]


MERGED = """\
source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}
claims:
  - &base {id: a, subject: Kate Winslet, property: age, value: 47}
  - {<<: *base, id: b}
"""


def test_a_yaml_merge_key_is_told_it_is_not_read() -> None:
    """`<<` merges a mapping only in YAML 1.1; claim files are read as YAML 1.2, where
    it is a field named '<<'. The message says so and what to write instead, rather
    than listing the allowed fields as for a misspelling."""
    found = claim_file_errors(MERGED)
    # The fields it was to bring are not called missing as well: one mistake, one error.
    assert found == [
        (
            4,
            6,
            "unknown field '<<' in claims[1]: a YAML 1.1 merge key, which YAML 1.2 (as "
            "factlint reads its files) does not have; write the fields out, or use an alias "
            "(*name) as a whole value",
        ),
    ]


APPROXIMATE = """\
source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}
claims:
  - {id: a, subject: I Am Ruth, property: runtime, value: {about: 2 hours}}
  - {id: b, subject: I Am Ruth, property: runtime, value: {about: 90, within: 10 min}}
"""


def test_an_approximate_value_that_is_not_a_number_is_told_so() -> None:
    """`about` is a field of the approximate form: a text where its number goes is the
    mistake, not an unknown field of an interval ("allowed here: from, to")."""
    found = claim_file_errors(APPROXIMATE)
    assert sorted(found) == [
        (
            3,
            67,
            "claims[0].value.about should be a number, not the text '2 hours'; write the "
            "number alone, in the unit the dataset gives the property (2 if that unit is "
            "'hours')",
        ),
        (
            4,
            79,
            "claims[1].value.within should be a number, not the text '10 min'; write the "
            "number alone, in the unit the dataset gives the property (10 if that unit is "
            "'min')",
        ),
    ]


def test_a_value_is_held_to_the_form_whose_fields_it_has() -> None:
    found = claim_file_errors(
        "source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: a, subject: I Am Ruth, property: runtime, value: {about: 90, colour: red}}\n"
        "  - {id: b, subject: I Am Ruth, property: runtime, value: {from: 60, colour: red}}\n"
    )
    assert sorted(found) == [
        (3, 71, "unknown field 'colour' in claims[0].value; allowed here: about, within"),
        (4, 70, "unknown field 'colour' in claims[1].value; allowed here: from, to"),
    ]


def test_an_interval_end_that_may_be_a_number_says_so() -> None:
    """A value's interval has dates or numbers at its ends (a runtime from 60 to 120):
    an end written as "1 hour" is told both forms, not only the date form."""
    found = claim_file_errors(
        "source: {id: desk, outlet: Desk, title: T, published: {from: soon}}\n"
        "claims:\n"
        "  - {id: a, subject: I Am Ruth, property: runtime, value: {from: 1 hour}}\n"
    )
    assert sorted(found) == [
        (
            1,
            62,
            "source.published.from is the text 'soon', "
            "which does not have the expected form (a date "
            "such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00)",
        ),
        (
            3,
            66,
            "claims[0].value.from is the text '1 hour', "
            "which does not have the expected form (a date "
            "such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00, or a number in the "
            "property's unit); write the number alone, in the unit the dataset gives the "
            "property (1 if that unit is 'hour')",
        ),
    ]


def test_a_date_of_the_form_that_is_no_day_says_which_part_is_out_of_range() -> None:
    found = claim_file_errors(
        "source: {id: desk, outlet: Desk, title: T, published: 2022-13-01}\n"
        "claims:\n"
        "  - {id: a, subject: Mia, property: age, value: 22, as_of: 2022-12-08T24:00}\n"
        "  - {id: b, subject: Mia, property: age, value: 22, as_of: {from: 2022-12-32}}\n"
    )
    assert sorted(found) == [
        (1, 55, "source.published '2022-13-01' is not a real date: there is no month 13"),
        (
            3,
            60,
            "claims[0].as_of '2022-12-08T24:00' is not a real date: a time of day runs from "
            "00:00 to 23:59",
        ),
        (
            4,
            67,
            "claims[1].as_of.from '2022-12-32' is not a real date: December 2022 has days 1 to 31",
        ),
    ]


def test_seconds_are_advice_only_where_a_minute_is_taken() -> None:
    """A dataset's `checked` is a day: "drop the seconds" would lead to another error."""
    data, positions, _ = load_yaml("dataset: {id: d, title: T, checked: 2022-12-08T21:00:00}\n")
    assert [
        (e.line, e.column, e.message) for e in schema_errors(data, positions, "dataset.schema.json")
    ] == [
        (
            1,
            37,
            "dataset.checked is the text '2022-12-08T21:00:00', "
            "which does not have the expected form (a "
            "date such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00)",
        )
    ]


def test_a_key_with_white_space_yaml_keeps_says_so() -> None:
    """A line indented with no-break spaces is a key that starts with them, which the
    message shows as ordinary spaces: it says what they are and what to do."""
    text = (
        "source: {id: a, outlet: O, title: T, published: 2022}\n"
        "claims:\n"
        "  - id: m\n"
        "    subject: Mia\n"
        "    property: age\n"
        "    value: 22\n"
        "    excerpt\u00a0: Mia, 22\n"
        "\u00a0\u00a0\u00a0\u00a0note: read\n"
    )
    assert sorted(claim_file_errors(text)) == [
        (
            7,
            5,
            "unknown field 'excerpt\u00a0' in claims[0]: it ends with 1 no-break space "
            "(U+00A0); delete it",
        ),
        (
            8,
            1,
            "unknown field '\u00a0\u00a0\u00a0\u00a0note' in the file: it starts with 4 "
            "no-break spaces (U+00A0), which YAML does not read as indentation; indent the "
            "line with ordinary spaces",
        ),
    ]


def test_an_empty_text_says_what_to_write() -> None:
    text = (
        "source: {id: a, outlet: '', title: T, published: 2022}\n"
        "claims:\n"
        "  - id: m\n"
        "    subject: Mia\n"
        "    property: age\n"
        "    value: 22\n"
        "    acknowledge: [{code: D201, reason: ''}]\n"
    )
    assert sorted(claim_file_errors(text)) == [
        (1, 25, "source.outlet is empty; write at least 1 character"),
        (7, 40, "claims[0].acknowledge[0].reason is empty; write what the review concluded"),
    ]


def test_a_long_unknown_key_is_quoted_cut_short() -> None:
    key = "x" * 300
    text = (
        "source: {id: a, outlet: O, title: T, published: 2022}\n"
        f"claims:\n  - {{id: c, subject: S, property: p, value: 1, {key}: 2}}\n"
    )
    allowed = (
        "allowed here: acknowledge, as_of, excerpt, id, note, property, qualifiers, subject, value"
    )
    assert claim_file_errors(text) == [
        (3, 48, f"unknown field '{'x' * 59}…' in claims[0]; {allowed}"),
    ]


# --- phrases, one schema error at a time ------------------------------------------------

_SOURCE_ONLY = {
    "type": "object",
    "properties": {
        "source": {
            "type": "object",
            "additionalProperties": False,
            "required": ["title"],
            "properties": {"title": {"type": "string"}, "outlet": {"type": "string"}},
        }
    },
}


def _phrased(document: object) -> list[object]:
    checker = jsonschema.Draft202012Validator(_SOURCE_ONLY)
    errors = sorted(checker.iter_errors(document), key=lambda e: str(e.validator))
    return [phrase for error in errors for phrase in phrases(error, Positions().written_as)]


def test_a_misspelt_field_and_the_field_it_misses_are_one_field() -> None:
    """Both phrases name the field they are about, so the two become one finding."""
    assert _phrased({"source": {"titel": "x"}}) == [
        (
            ("source", "titel"),
            "unknown field 'titel' in source; did you mean 'title'?",
            True,
            (("source",), "title"),
        ),
        (
            ("source",),
            "source is missing the required field 'title'",
            False,
            (("source",), "title"),
        ),
    ]


def test_a_value_of_the_wrong_type_is_phrased_at_the_value() -> None:
    assert _phrased({"source": {"title": 3}}) == [
        (("source", "title"), "source.title should be text, not the number 3", False, None)
    ]


def test_a_merge_key_is_phrased_at_the_key_with_why_it_is_not_read() -> None:
    assert _phrased({"source": {"title": "T", "<<": 1}}) == [
        (
            ("source", "<<"),
            "unknown field '<<' in source: a YAML 1.1 merge key, which YAML 1.2 (as factlint "
            "reads its files) does not have; write the fields out, or use an alias (*name) as "
            "a whole value",
            True,
            None,
        )
    ]


def test_a_date_written_another_way_is_told_the_form_to_write() -> None:
    """A publication date or as_of in words, or a day written as one number, as a desk's
    spreadsheet has it: the form to write, not only the forms there are."""
    text = (
        "source: {id: a, outlet: O, title: T, published: 8 December 2022}\n"
        "claims:\n"
        "  - {id: m, subject: Mia, property: age, value: 22, as_of: 2022-12-01/2022-12-08}\n"
        "  - {id: n, subject: Mia, property: age, value: 22, as_of: 20221208}\n"
    )
    assert sorted(claim_file_errors(text)) == [
        (1, 49, "source.published '8 December 2022' is a date in words; write it as 2022-12-08"),
        (
            3,
            60,
            "claims[0].as_of '2022-12-01/2022-12-08' is a period written as ISO 8601 writes "
            "it; write it as an interval: {from: 2022-12-01, to: 2022-12-08}",
        ),
        (
            4,
            60,
            "claims[1].as_of should be at most 9999, not 20221208; for the day 2022-12-08, "
            "write it as text: '2022-12-08'",
        ),
    ]


@pytest.mark.parametrize(
    ("field", "where"),
    [
        (
            '"source": {"id": "a", "outlet": "O", "title": "T", "published": "2022", '
            '"archive": ""}',
            "source.archive",
        ),
        ('"excerpt": ""', "claims[0].excerpt"),
        ('"as_of": ""', "claims[0].as_of"),
        ('"qualifiers": ""', "claims[0].qualifiers"),
        (
            '"acknowledge": [{"code": "D201", "reason": "r", "until": ""}]',
            "claims[0].acknowledge[0].until",
        ),
    ],
)
def test_an_optional_field_left_empty_is_told_to_be_left_out_or_null(
    field: str, where: str
) -> None:
    """A spreadsheet's export writes an empty cell as "": where the field is optional,
    the next step is to leave it out (or write null), not to write something."""
    source = '"source": {"id": "a", "outlet": "O", "title": "T", "published": "2022"}'
    claim = '{"id": "m", "subject": "Mia", "property": "age", "value": 22}'
    if field.startswith('"source"'):
        source = field
    else:
        claim = claim[:-1] + ", " + field + "}"
    text = "{" + source + ',\n"claims": [' + claim + "]}\n"
    found = claim_file_errors(text)
    assert [m for _, _, m in found] == [
        f"{where} is empty; leave the field out, or write null, if there is none"
    ]
    line, column, _ = found[0]
    assert text.splitlines()[line - 1][column - 1 : column + 1] == '""'


def test_a_qualifier_named_by_an_empty_text_is_no_empty_field() -> None:
    # `qualifiers: {"": I Am Ruth}` was told "qualifiers is empty; leave the field out",
    # which would lose the value: it is the name that is empty.
    text = (
        '{"source": {"id": "a", "outlet": "O", "title": "T", "published": "2022"},\n'
        '"claims": [{"id": "m", "subject": "Mia", "property": "age", "value": 22, '
        '"qualifiers": {"": "x"}}]}\n'
    )
    assert [m for _, _, m in claim_file_errors(text)] == [
        "claims[0].qualifiers has the name '', which does not have the expected form "
        "(lowercase letters, digits and underscores, like birth_date)"
    ]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "www.example.com/story?id=1",
            "source.url is the text 'www.example.com/story?id=1', which does not have the "
            "expected form (a web address starting https:// or http://); write "
            "'https://www.example.com/story?id=1'",
        ),
        (
            "javascript:alert(1)",
            "source.url is the text 'javascript:alert(1)', which does not have the expected "
            "form (a web address starting https:// or http://)",
        ),
        (
            "see the print edition",
            "source.url is the text 'see the print edition', which does not have the expected "
            "form (a web address starting https:// or http://)",
        ),
    ],
)
def test_a_url_that_is_no_web_address_is_refused_with_the_address_to_write(
    url: str, message: str
) -> None:
    """The reports and the ClaimReview link only to a web address: one without its
    scheme was accepted, then dropped from every link without a word."""
    text = f'source: {{id: a, outlet: O, title: T, published: 2022, url: "{url}"}}\nclaims: []\n'
    assert claim_file_errors(text) == [(1, 60, message)]


def test_a_web_address_is_a_url() -> None:
    text = "source: {id: a, outlet: O, title: T, published: 2022, url: https://a.example/x}\n"
    assert claim_file_errors(text + "claims: []\n") == []


@pytest.mark.parametrize(
    ("authors", "message"),
    [
        (
            "[Jane Doe, John Roe, Ann Poe]",
            "source.author should be text or null, not a list: write the authors as one text, "
            "such as 'Jane Doe, John Roe and Ann Poe'",
        ),
        (
            "[Jane Doe]",
            "source.author should be text or null, not a list: write the authors as one text, "
            "such as 'Jane Doe'",
        ),
        ("[]", "source.author should be text or null, not a list"),
    ],
)
def test_several_authors_in_a_list_are_told_to_be_one_text(authors: str, message: str) -> None:
    """A byline credits several writers; a claim file names them in one text."""
    text = f"source: {{id: a, outlet: O, title: T, published: 2022, author: {authors}}}\n"
    assert claim_file_errors(text + "claims: []\n") == [(1, 63, message)]


def test_claims_keyed_by_their_ids_are_told_to_be_a_list() -> None:
    """A script that keeps records by key writes `claims: {network: {...}}`."""
    text = (
        "source: {id: a, outlet: O, title: T, published: 2022}\n"
        "claims:\n"
        "  network: {subject: I Am Ruth, property: network, value: Channel 4}\n"
    )
    assert claim_file_errors(text) == [
        (
            3,
            3,
            "claims should be a list, not a mapping: write them as a list, each claim's key "
            'as its id (in YAML \'- id: network\', in JSON [{"id": "network", ...}])',
        )
    ]


def test_a_number_in_quotes_where_a_number_goes_is_told_to_lose_them() -> None:
    """A spreadsheet's export quotes every cell: `{about: "90"}`, `{from: "85"}`."""
    text = (
        '{"source": {"id": "a", "outlet": "O", "title": "T", "published": "2022"},\n'
        ' "claims": [{"id": "m", "subject": "I Am Ruth", "property": "runtime",'
        ' "value": {"from": "85", "to": 95}}, {"id": "n", "subject": "I Am Ruth",'
        ' "property": "runtime", "value": {"about": "90"}}, {"id": "o", "subject": "I Am Ruth",'
        ' "property": "runtime", "value": {"about": 90, "within": "5"}}]}\n'
    )
    assert [message for _, _, message in sorted(claim_file_errors(text))] == [
        "claims[0].value.from is the text '85', which does not have the expected form (a date "
        "such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00, or a number in the property's "
        "unit); write 85 without quotes",
        "claims[1].value.about should be a number, not the text '90'; write 90 without quotes",
        "claims[2].value.within should be a number, not the text '5'; write 5 without quotes",
    ]


def test_a_claim_of_more_acknowledgements_than_allowed_is_one_e102_saying_how_many() -> None:
    """Scenario: 50,000 acknowledgements on one claim (a 1.5 MB file) were 50,000 E108s,
    one for each that matched no finding; jsonschema's own words quoted the whole list."""

    def claim(count: int) -> str:
        acks = ", ".join(f"{{code: D20{n % 7 + 1}, reason: r{n}}}" for n in range(count))
        return (
            "source: {id: a, outlet: O, title: T, published: 2022-12-07}\n"
            "claims:\n"
            f"  - {{id: c, subject: Mia, property: age, value: 22, acknowledge: [{acks}]}}\n"
        )

    assert claim_file_errors(claim(100)) == []
    assert claim_file_errors(claim(50_000)) == [
        (
            3,
            66,
            "claims[0].acknowledge has 50,000 items; at most 100 are allowed (one for each "
            "finding a review settled)",
        )
    ]


_HEAD = "source: {id: s, outlet: O, title: T, published: 2022}\n"


def test_a_field_with_a_space_after_it_is_not_also_missing() -> None:
    """`"property ": runtime` is one mistake: it was also told 'property' is missing."""
    text = _HEAD + 'claims:\n  - id: a\n    subject: S\n    "property ": p\n    value: 1\n'
    assert claim_file_errors(text) == [
        (5, 5, "unknown field 'property ' in claims[0]: it ends with 1 space (U+0020); delete it")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # One claim written straight under `claims:`, not as an item: no claims keyed by
            # id, which the advice for a mapping there was.
            "claims:\n  id: a\n  subject: S\n  property: p\n  value: 1\n",
            (
                3,
                3,
                "claims should be a list, not a mapping: it holds one claim's fields; write the "
                "claim as an item of a list (in YAML '- ' before its first field, in JSON "
                "[{...}])",
            ),
        ),
        (
            "claims:\n",
            (
                2,
                8,
                "claims should be a list, not null: it is empty; list the source's claims under "
                "it, or write [] if it makes none",
            ),
        ),
        (
            "claims:\n  - {id: a, subject: [I Am Ruth], property: p, value: 1}\n",
            (
                3,
                22,
                "claims[0].subject should be text, not a list: write the text alone, without "
                "brackets: 'I Am Ruth'",
            ),
        ),
        (
            "claims:\n  - {id: a, subject: [A, B], property: p, value: 1}\n",
            (
                3,
                22,
                "claims[0].subject should be text, not a list: one claim has one subject; write "
                "a claim for each",
            ),
        ),
        (
            "claims:\n  - {id: a, subject: S, property: p, value: 1,"
            " acknowledge: {code: D201, reason: r}}\n",
            (
                3,
                61,
                "claims[0].acknowledge should be a list, not a mapping: write the acknowledgement "
                "as an item of a list (in YAML '- ' before its first field, in JSON [{...}])",
            ),
        ),
    ],
)
def test_a_container_of_the_wrong_kind_is_told_what_to_write(
    body: str, expected: tuple[int, int, str]
) -> None:
    assert claim_file_errors(_HEAD + body) == [expected]


def test_a_month_written_as_a_number_where_a_date_goes_is_told_the_month() -> None:
    found = claim_file_errors(
        "source: {id: s, outlet: O, title: T, published: 2022.12}\n"
        "claims:\n"
        "  - {id: a, subject: S, property: age, value: 22, as_of: 2022.10}\n"
    )
    assert sorted(found) == [
        (
            1,
            49,
            "source.published should be a date of any precision, or an interval of dates; got "
            "the number 2022.12; for the month 2022-12, write it as text: '2022-12'",
        ),
        (
            3,
            58,
            "claims[0].as_of should be a date of any precision, or an interval of dates; got "
            "the number 2022.10; for the month 2022-10, write it as text: '2022-10'",
        ),
    ]


def test_one_value_in_brackets_is_told_to_lose_them() -> None:
    text = _HEAD + "claims:\n  - {id: a, subject: S, property: p, value: [Channel 4]}\n"
    assert claim_file_errors(text) == [
        (
            3,
            45,
            "claims[0].value should be a string, number or boolean; a date, duration or entity "
            "name written as a string; an interval; or an approximate number; got a list: "
            "write the one value without brackets: 'Channel 4'",
        )
    ]


def test_a_number_is_shown_as_it_was_written() -> None:
    """`outlet: 0x10` is the number 16, but the message quotes what the file says: 16
    named nothing the writer could find in it."""
    found = claim_file_errors(
        "source: {id: s, outlet: 0x10, title: 1.50, published: 2022}\n"
        "claims:\n"
        "  - {id: a, subject: 1e3, property: age, value: [0o26]}\n"
        "  - {id: b, subject: S, property: runtime, value: {about: 90, within: -5.50}}\n"
    )
    assert sorted(found) == [
        (
            1,
            25,
            "source.outlet should be text, not the number 0x10; write it in quotes, '0x10', "
            "if it is the text",
        ),
        (
            1,
            38,
            "source.title should be text, not the number 1.50; write it in quotes, '1.50', "
            "if it is the text",
        ),
        (
            3,
            22,
            "claims[0].subject should be text, not the number 1e3; write it in quotes, '1e3', "
            "if it is the text",
        ),
        (
            3,
            49,
            "claims[0].value should be a string, number or boolean; a date, duration or "
            "entity name written as a string; an interval; or an approximate number; got a "
            "list: write the one value without brackets: 0o26",
        ),
        (
            4,
            71,
            "claims[1].value.within should be at least 0, not -5.50; a tolerance counts both "
            "ways from about: write 5.50",
        ),
    ]


def test_a_number_or_boolean_where_only_text_goes_is_told_to_quote_it() -> None:
    """Scenario: a review of the film *1917* (`title: 1917`) was told only that 1917 is a
    number, and every claim of the file was invalid with it."""
    found = claim_file_errors(
        "source: {id: s, outlet: true, title: 1917, author: false, published: 2022}\nclaims: []\n"
    )
    assert sorted(found) == [
        (
            1,
            25,
            "source.outlet should be text, not a boolean; write it in quotes, 'true', "
            "if it is the text",
        ),
        (
            1,
            38,
            "source.title should be text, not the number 1917; write it in quotes, "
            "'1917', if it is the text",
        ),
        (
            1,
            52,
            "source.author should be text or null, not a boolean; write it in quotes, "
            "'false', if it is the text",
        ),
    ]


def test_a_number_too_long_to_show_whole_is_told_to_be_quoted_without_its_cut_text() -> None:
    """The advice quoted the number as the message cuts it, ellipsis and all: writing
    that in quotes would lose the rest of the title."""
    digits = "1234567890" * 5
    found = claim_file_errors(
        f"source: {{id: s, outlet: O, title: {digits}, published: 2022}}\nclaims: []\n"
    )
    assert found == [
        (
            1,
            35,
            f"source.title should be text, not the number {digits[:39]}\u2026; write it in "
            "quotes if it is the text",
        )
    ]


def test_an_empty_text_where_a_form_goes_is_told_it_is_empty_and_the_form() -> None:
    """Scenario: a spreadsheet's empty cell (`published: ''`) was "the text '', which does
    not have the expected form", which read as though something had been written."""
    found = claim_file_errors(
        "source: {id: s, outlet: O, title: T, published: ''}\n"
        "claims:\n  - {id: '', subject: S, property: '', value: 1}\n"
    )
    assert sorted(found) == [
        (
            1,
            49,
            "source.published is empty; write its value (a date such as 2022, 2022-12, "
            "2022-12-08 or 2022-12-08T21:00)",
        ),
        (
            3,
            10,
            "claims[0].id is empty; write its value (lowercase letters, digits and hyphens, "
            "like outlet-2024-05-01)",
        ),
        # The dataset's names for a property are told once the dataset is read.
        (3, 36, "claims[0].property is empty"),
    ]


def dataset_errors(text: str) -> list[tuple[int, int, str]]:
    """Each schema error of a dataset file's text: its line, column and message."""
    data, positions, _ = load_yaml(text, files="dataset files")
    return [
        (e.line, e.column, e.message) for e in schema_errors(data, positions, "dataset.schema.json")
    ]


TYPES = "['entity', 'text', 'integer', 'number', 'percent', 'date', 'duration', 'boolean', 'quote']"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "  age: {type: integr}",
            f"properties.age.type: 'integr' is not one of {TYPES}; did you mean 'integer'?",
        ),
        # Written in another case: that choice, not one merely close to it.
        (
            "  age: {type: Date}",
            f"properties.age.type: 'Date' is not one of {TYPES}; did you mean 'date'?",
        ),
        ("  age: {type: stars}", f"properties.age.type: 'stars' is not one of {TYPES}"),
        ("  age: {type: 7}", f"properties.age.type: 7 is not one of {TYPES}"),
    ],
)
def test_a_choice_of_the_dataset_misspelt_is_told_the_one_meant(line: str, expected: str) -> None:
    assert dataset_errors(f"properties:\n{line}\n") == [(2, 15, expected)]


def test_a_pronoun_in_capitals_is_told_it_in_lower_case() -> None:
    found = dataset_errors("entities:\n  - {id: a, kind: person, names: [A], pronoun: She}\n")
    assert found == [
        (
            2,
            48,
            "entities[0].pronoun: 'She' is not one of ['she', 'he', 'they']; did you mean 'she'?",
        )
    ]
