"""A value cut at a comma inside braces is one E102, at the value, that says so and what
to write (`validator.parse.comma_cuts`)."""

from __future__ import annotations

import pytest

from validator.parse.claim_file import check_claim_file
from validator.parse.comma_cuts import CommaCut, comma_cuts
from validator.parse.schema import schema_errors
from validator.read.files import Limits, LoadedFile, parse_text
from validator.read.yaml_load import load_yaml

SOURCE = "source: {id: s, outlet: S, title: T, published: 2022-12-07}\n"
READ = "inside braces a comma that is not quoted ends a value, so YAML read"


def _errors(text: str) -> list[tuple[int, int, str]]:
    data, positions, _ = load_yaml(text)
    return [
        (e.line, e.column, e.message)
        for e in schema_errors(data, positions, "claim-file.schema.json")
    ]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # Scenario: "'8 December' gives no year" and "unknown field '2022'", two errors
        # naming neither the comma nor the date meant.
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: first_broadcast, "
            "value: 2022-12-08, as_of: 8 December, 2022}\n",
            [
                (
                    3,
                    86,
                    f"claims[0].as_of '8 December, 2022' was cut at its comma: {READ} "
                    "'8 December' and a field '2022'; whole, it is a date in words; write it "
                    "as 2022-12-08",
                )
            ],
        ),
        (
            "source: {id: s, outlet: S, title: T, published: 7 December, 2022}\nclaims: []\n",
            [
                (
                    1,
                    49,
                    f"source.published '7 December, 2022' was cut at its comma: {READ} "
                    "'7 December' and a field '2022'; whole, it is a date in words; write it "
                    "as 2022-12-07",
                )
            ],
        ),
        # A qualifier's rest has a name of the wrong form, reported at its mapping.
        (
            SOURCE + "claims:\n  - id: a\n    subject: Kate Winslet\n    property: appeared_on\n"
            "    value: Lorraine\n    qualifiers: {date: December 1, 2022}\n",
            [
                (
                    7,
                    24,
                    f"claims[0].qualifiers.date 'December 1, 2022' was cut at its comma: {READ} "
                    "'December 1' and a field '2022'; whole, it is a date in words; write it "
                    "as 2022-12-01",
                )
            ],
        ),
        # A value of none of the forms offered: its mapping's error is the cut's.
        (
            SOURCE + "claims:\n  - id: a\n    subject: I Am Ruth\n    property: first_broadcast\n"
            "    value: {date: 8 December, 2022}\n",
            [
                (
                    6,
                    19,
                    f"claims[0].value.date '8 December, 2022' was cut at its comma: {READ} "
                    "'8 December' and a field '2022'; whole, it is a date in words; write it "
                    "as 2022-12-08",
                )
            ],
        ),
        # An interval's end: the error of the end read short stands in for its rest's.
        (
            SOURCE + "claims:\n  - id: a\n    subject: I Am Ruth\n    property: first_broadcast\n"
            "    value: {from: 1 December, 2022, to: 2022-12-09}\n",
            [
                (
                    6,
                    19,
                    f"claims[0].value.from '1 December, 2022' was cut at its comma: {READ} "
                    "'1 December' and a field '2022'; whole, it is a date in words; write it "
                    "as 2022-12-01",
                )
            ],
        ),
        # A number cut at its comma, as prose prints thousands or decimals: the form to
        # write, with the spaces after the comma as written. It said only "unknown field
        # '000 minutes'" (or '5').
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: runtime, "
            "value: 1,000 minutes}\n",
            [
                (
                    3,
                    59,
                    f"claims[0].value '1,000 minutes' was cut at its comma: {READ} '1' and a "
                    "field '000 minutes'; whole, it parts its thousands; write value: 1000 "
                    "minutes",
                )
            ],
        ),
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: runtime, value: 1,5}\n",
            [
                (
                    3,
                    59,
                    f"claims[0].value '1,5' was cut at its comma: {READ} '1' and a field '5'; "
                    "whole, it marks its decimals with a comma; write value: 1.5 if the comma "
                    "marks the decimals",
                )
            ],
        ),
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: rotten_tomatoes_score,"
            " value: 92,5 %}\n",
            [
                (
                    3,
                    73,
                    f"claims[0].value '92,5 %' was cut at its comma: {READ} '92' and a field "
                    "'5 %'; whole, it marks its decimals with a comma; write value: 92.5 % if "
                    "the comma marks the decimals",
                )
            ],
        ),
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: runtime, value: 90, 95}\n",
            [
                (
                    3,
                    59,
                    f"claims[0].value '90, 95' was cut at its comma: {READ} '90' and a field "
                    "'95'; whole, it gives two values where one goes: for a range, write "
                    "value: {from: 90, to: 95}; else write the one the source gives",
                )
            ],
        ),
        # Two numbers at an end of the value's form: the range is the value's. Quoted,
        # as it was told, "90, 95" was refused in turn.
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: runtime, value: "
            "{about: 90, 95}}\n",
            [
                (
                    3,
                    67,
                    f"claims[0].value.about '90, 95' was cut at its comma: {READ} '90' and a "
                    "field '95'; whole, it gives two values where one goes: for a range, write "
                    "value: {from: 90, to: 95}; else write the one the source gives",
                )
            ],
        ),
        (
            SOURCE + "claims:\n  - {id: a, subject: I Am Ruth, property: award_received, value: "
            "Best Single Drama, qualifiers: {year: 2023, 2022}}\n",
            [
                (
                    3,
                    104,
                    f"claims[0].qualifiers.year '2023, 2022' was cut at its comma: {READ} '2023' "
                    "and a field '2022'; whole, it gives two values where one goes: for a "
                    "range, write year: {from: 2022, to: 2023}; else write the one the source "
                    "gives",
                )
            ],
        ),
        # Text, not a date: quoting it is the way out; its rest may be several keys.
        (
            "source: {id: s, outlet: S, title: Kate, 47, opens up, published: 2022}\nclaims: []\n",
            [
                (
                    1,
                    35,
                    f"source.title 'Kate, 47, opens up' was cut at its comma: {READ} 'Kate' "
                    "and fields '47' and 'opens up'; quote it: title: 'Kate, 47, opens up'",
                )
            ],
        ),
        (
            "source: {id: s, outlet: S, title: Winslet's take, on it, published: 2022}\n"
            "claims: []\n",
            [
                (
                    1,
                    35,
                    f"source.title 'Winslet's take, on it' was cut at its comma: {READ} "
                    "'Winslet's take' and a field 'on it'; quote it: title: 'Winslet''s take, "
                    "on it'",
                )
            ],
        ),
    ],
)
def test_a_value_cut_at_a_comma_is_one_error_at_the_value(
    text: str, errors: list[tuple[int, int, str]]
) -> None:
    assert _errors(text) == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # A field written with its colon is a field, even empty, not a value's rest.
        (
            "source: {id: s, outlet: S, title: T, published: null}\nclaims: []\n",
            [
                (
                    1,
                    49,
                    "source.published should be a date of any precision, or an interval of "
                    "dates; got null: it is empty; write its value",
                )
            ],
        ),
        # A field the schema allows empty has no error: nothing is cut.
        ("source: {id: s, outlet: S, title: T, author, published: 2022}\nclaims: []\n", []),
        # A field in error beside a bare field it allows empty: no date read whole.
        (
            "source: {id: s, outlet: S, title: " + "x" * 2001 + ", author, published: 2022}\n"
            "claims: []\n",
            [
                (
                    1,
                    35,
                    "source.title is 2,001 characters long; at most 2,000 are allowed: shorten it",
                )
            ],
        ),
        # In a block a comma ends nothing: the value is the whole date in words.
        (
            "source:\n  id: s\n  outlet: S\n  title: T\n  published: 7 December, 2022\n"
            "claims: []\n",
            [
                (
                    5,
                    14,
                    "source.published '7 December, 2022' is a date in words; write it as "
                    "2022-12-07",
                )
            ],
        ),
        # A key on a line of its own is not the rest of the value above it.
        (
            "source: {id: s, outlet: S, title: T, published: 7 December,\n  2022}\nclaims: []\n",
            [
                (
                    2,
                    3,
                    "unknown field '2022' in source; allowed here: archive, author, id, "
                    "outlet, published, title, url",
                ),
                (
                    1,
                    49,
                    "source.published '7 December' gives no year; write the date with its "
                    "year, as YYYY-12-07",
                ),
            ],
        ),
    ],
)
def test_only_a_bare_key_after_a_value_on_its_line_is_read_as_its_rest(
    text: str, errors: list[tuple[int, int, str]]
) -> None:
    assert _errors(text) == errors


def test_each_path_an_error_may_be_at_gives_the_cut() -> None:
    data, positions, _ = load_yaml("{a: {x: 8 May, 2022, y: 1}, b: [1]}\n")
    cut = CommaCut(
        ("a", "x"),
        ("2022",),
        f"a.x '8 May, 2022' was cut at its comma: {READ} '8 May' and a field '2022'; whole, "
        "it is a date in words; write it as 2022-05-08",
    )
    assert comma_cuts(data, positions, [("a", "2022")]) == {("a", "x"): cut, ("a", "2022"): cut}
    assert comma_cuts(data, positions, [], loose=[("a",)]) == {
        ("a", "x"): cut,
        ("a", "2022"): cut,
        ("a",): cut,
    }
    # Errors elsewhere, or about a node that is no mapping, find no cut.
    assert comma_cuts(data, positions, [("a", "y"), ("b", 0), ("c", "d")]) == {}


def _file_findings(text: str) -> list[tuple[str, tuple[str, ...], str, str]]:
    loaded = parse_text(text, "a.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    found = sorted(check_claim_file(loaded)[1], key=lambda f: f.sort_key())
    return [(f.code, f.claims, str(f.location), f.message) for f in found]


def test_two_values_cut_alike_in_one_mapping_are_each_explained_and_no_duplicate_key() -> None:
    """`{from: 8 December, 2022, to: 9 December, 2022}` was the first end's explanation
    and an E101 "duplicate key '2022'" for the second, which sent the author looking for
    a key written twice and left the second date unexplained."""
    text = (
        "source: {id: s, outlet: S, title: T, published: {from: 8 Dec, 2022, to: 9 Dec, 2022}}\n"
        "claims:\n"
        "  - {id: a, subject: I Am Ruth, property: first_broadcast,"
        " value: {from: 8 December, 2022, to: 9 December, 2022}}\n"
        "  - {id: b, subject: I Am Ruth, property: first_broadcast, value: 2022,"
        " as_of: {from: May 1, 2022, to: May 3, 2022}}\n"
    )
    whole = "whole, it is a date in words; write it as"
    assert _file_findings(text) == [
        (
            "E102",
            (),
            "a.yaml:1:56",
            f"source.published.from '8 Dec, 2022' was cut at its comma: {READ} '8 Dec' and a "
            f"field '2022'; {whole} 2022-12-08",
        ),
        (
            "E102",
            (),
            "a.yaml:1:73",
            f"source.published.to '9 Dec, 2022' was cut at its comma: {READ} '9 Dec' and a "
            f"field '2022'; {whole} 2022-12-09",
        ),
        (
            "E102",
            ("s/a",),
            "a.yaml:3:74",
            f"claims[0].value.from '8 December, 2022' was cut at its comma: {READ} "
            f"'8 December' and a field '2022'; {whole} 2022-12-08",
        ),
        (
            "E102",
            ("s/a",),
            "a.yaml:3:96",
            f"claims[0].value.to '9 December, 2022' was cut at its comma: {READ} "
            f"'9 December' and a field '2022'; {whole} 2022-12-09",
        ),
        (
            "E102",
            ("s/b",),
            "a.yaml:4:87",
            f"claims[1].as_of.from 'May 1, 2022' was cut at its comma: {READ} 'May 1' and a "
            f"field '2022'; {whole} 2022-05-01",
        ),
        (
            "E102",
            ("s/b",),
            "a.yaml:4:104",
            f"claims[1].as_of.to 'May 3, 2022' was cut at its comma: {READ} 'May 3' and a "
            f"field '2022'; {whole} 2022-05-03",
        ),
    ]


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("{from: 2022, from: 2023}", ["E101"]),  # a key written twice, each with a value
        ("{from: 2022, to: 2023, to: 2024}", ["E101"]),
        # Its first use has a value: the second is a duplicate, not the rest of a date.
        ("{from: 8 December, 2022: 1, to: 9 December, 2022}", ["E102", "E101"]),
    ],
)
def test_a_key_written_twice_that_is_no_value_s_rest_is_still_a_duplicate(
    value: str, codes: list[str]
) -> None:
    text = (
        "source: {id: s, outlet: S, title: T, published: 2022-12-07}\nclaims:\n"
        f"  - {{id: a, subject: I Am Ruth, property: first_broadcast, value: {value}}}\n"
    )
    assert [code for code, *_ in _file_findings(text)] == codes
