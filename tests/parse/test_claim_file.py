"""Stage 2 for one claim file: its document checked against the claim-file schema into
a source and claims, each claim with its full id and where it is written (E101 for too
many claims, E102 for what the schema refuses, E103 for an id used twice)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_per_file import SOURCE
from validator.parse.claim_file import (
    ClaimEntry,
    ParsedFile,
    check_claim_file,
    describe_kind,
    unchecked_entries,
)
from validator.read.files import Limits, LoadedFile, parse_text

# The source of test_per_file, and four claims.
PAPER = (
    SOURCE
    + """\
  - {id: a, subject: Mia, property: age, value: 22}
  - id: b
    subject: Mia
    property: age
    value: {about: 22}
  - {id: a, subject: Mia, property: age, value: 23}
  - {id: d, subject: Mia, property: age, value: 23, colour: red}
"""
)


def _loaded(text: str, name: str = "p.yaml") -> LoadedFile:
    loaded = parse_text(text, name, Limits())
    assert isinstance(loaded, LoadedFile)
    return loaded


def _entry(parsed: ParsedFile, full_id: str) -> ClaimEntry:
    return next(entry for entry in parsed.claims if entry.full_id == full_id)


def test_each_claim_has_its_full_id_place_and_positions() -> None:
    parsed, _ = check_claim_file(_loaded(PAPER))
    assert (parsed.path, parsed.source_id, parsed.source_line) == ("p.yaml", "paper", 2)
    assert parsed.source is not None and parsed.source.outlet == "The Paper"
    assert [
        (e.number, e.claim_id, e.full_id, e.line, e.column, e.model is not None)
        for e in parsed.claims
    ] == [
        (0, "a", "paper/a", 7, 5, True),
        (1, "b", "paper/b", 8, 5, True),
        (2, "a", "paper/a#3", 12, 5, True),  # a repeated id is told apart by its place
        (3, "d", "paper/d", 13, 5, False),  # the schema refuses it
    ]
    b = _entry(parsed, "paper/b")
    assert (b.subject_pos, b.property_pos, b.value_pos) == ((9, 14), (10, 15), (11, 12))
    assert b.raw == {"id": "b", "subject": "Mia", "property": "age", "value": {"about": 22}}


def test_a_claims_position_is_of_its_value_or_its_key() -> None:
    loaded = _loaded(PAPER)
    parsed, _ = check_claim_file(loaded)
    first = _entry(parsed, "paper/a")
    assert str(first.position(loaded, "value")) == "p.yaml:7:49"
    assert str(first.position(loaded, "value", at_key=True)) == "p.yaml:7:42"
    # A path the claim does not have: where the nearest thing above it is written.
    assert str(first.position(loaded, "qualifiers", "character")) == "p.yaml:7:5"


def test_a_schema_error_and_a_repeated_id_are_findings_on_their_claims() -> None:
    _, findings = check_claim_file(_loaded(PAPER))
    assert [(f.code, f.claims, [str(at) for at in f.locations], f.message) for f in findings] == [
        (
            "E102",
            ("paper/d",),
            ["p.yaml:13:53"],
            "unknown field 'colour' in claims[3]; allowed here: acknowledge, as_of, excerpt, "
            "id, note, property, qualifiers, subject, value",
        ),
        (
            "E103",
            ("paper/a#3",),
            ["p.yaml:12:10", "p.yaml:7:10"],
            "claim id 'a' is used twice in this file (first at line 7); rename one",
        ),
    ]


def test_an_id_used_a_third_time_is_counted_so() -> None:
    """Each repeat is held against the first use; the third says "3 times", not "twice"."""
    text = PAPER + "  - {id: a, subject: Mia, property: age, value: 24}\n"
    _, findings = check_claim_file(_loaded(text))
    assert [
        (f.claims, [str(at) for at in f.locations], f.message) for f in findings if f.code == "E103"
    ] == [
        (
            ("paper/a#3",),
            ["p.yaml:12:10", "p.yaml:7:10"],
            "claim id 'a' is used twice in this file (first at line 7); rename one",
        ),
        (
            ("paper/a#5",),
            ["p.yaml:14:10", "p.yaml:7:10"],
            "claim id 'a' is used 3 times in this file (first at line 7); rename one",
        ),
    ]


def test_an_id_longer_than_the_schema_allows_is_cut_where_the_run_names_it() -> None:
    """Every finding and record names the claim by its cut id (`claim_texts`); two long
    ids alike in their first hundred characters are still two ids, not one used twice."""
    long = "x" * 300_000
    text = SOURCE + "".join(
        f"  - {{id: {long}{end}, subject: Mia, property: age, value: 22}}\n" for end in "ab"
    )
    parsed, findings = check_claim_file(_loaded(text))
    cut = "x" * 33 + " \u2026 (299,968 more characters; the file has it whole at claims[{}].id)"
    full_ids = [f"paper/{cut.format(0)}", f"paper/{cut.format(1)}"]
    assert [(e.claim_id, e.full_id) for e in parsed.claims] == [
        (cut.format(0), full_ids[0]),
        (cut.format(1), full_ids[1]),
    ]
    too_long = "claims[{}].id is 300,001 characters long; at most 100 are allowed: shorten it"
    assert sorted((f.code, f.claims, f.message) for f in findings) == [
        ("E102", (full_ids[0],), too_long.format(0)),
        ("E102", (full_ids[1],), too_long.format(1)),
    ]


def test_an_id_too_long_used_twice_is_still_told_used_twice() -> None:
    """Cut, the two claims' ids differ in the note of each one's place; written, they
    are one id, and the second use is E103 as a short id's would be."""
    long = "x" * 150
    text = SOURCE + "".join(
        f"  - {{id: {long}, subject: Mia, property: age, value: {age}}}\n" for age in (22, 23)
    )
    _, findings = check_claim_file(_loaded(text))
    cut = "x" * 37 + " \u2026 (113 more characters; the file has it whole at claims[{}].id)"
    assert [(f.code, f.claims, f.message) for f in findings if f.code == "E103"] == [
        (
            "E103",
            (f"paper/{cut.format(1)}",),
            f"claim id {cut.format(0)!r} is used twice in this file (first at line 7); rename one",
        )
    ]


def test_a_file_of_more_claims_than_the_limit_is_refused_whole() -> None:
    parsed, findings = check_claim_file(_loaded(PAPER), max_claims=3)
    assert parsed.claims == ()
    assert [(f.code, [str(at) for at in f.locations], f.message) for f in findings] == [
        ("E101", ["p.yaml:7:3"], "the file has 4 claims, over the limit of 3; split it")
    ]
    assert check_claim_file(_loaded(PAPER), max_claims=4)[0].claims != ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("- a\n", "a list"),
        ("just text\n", "plain text"),
        ("42\n", "a number"),
        ("true\n", "a boolean"),
    ],
)
def test_a_document_that_is_no_mapping_is_one_e102(text: str, kind: str) -> None:
    parsed, findings = check_claim_file(_loaded(text, "x.yaml"))
    assert (parsed.source_id, parsed.source, parsed.claims) == ("x.yaml", None, ())
    assert [(f.code, [str(at) for at in f.locations], f.message) for f in findings] == [
        (
            "E102",
            ["x.yaml:1:1"],
            f"the document is {kind}; a claim file is a mapping with 'source' and 'claims'",
        )
    ]


@pytest.mark.parametrize(
    ("source", "source_id"),
    [
        ("{id: B bad}", "B bad"),  # text: the id as written
        ("{id: 7}", "n.yaml"),  # else the file's name
        (f"{{id: {'x' * 101}}}", "n.yaml"),  # longer than an id may be
        ("{id: ''}", "n.yaml"),
        ("[]", "n.yaml"),
    ],
)
def test_a_source_without_a_usable_id_lends_its_claims_one(source: str, source_id: str) -> None:
    parsed, _ = check_claim_file(_loaded(f"source: {source}\nclaims: []\n", "n.yaml"))
    assert parsed.source_id == source_id
    assert parsed.source is None


def test_unchecked_entries_are_the_well_formed_claims_left_unchecked() -> None:
    parsed, findings = check_claim_file(_loaded(PAPER))
    # The repeated id only: its own claim is invalid though nothing inside it is wrong.
    assert [e.full_id for e in unchecked_entries(parsed, findings, unsourced=False)] == [
        "paper/a#3"
    ]
    # A source that cannot be used: every well-formed claim (paper/d has its E102).
    assert [e.full_id for e in unchecked_entries(parsed, findings, unsourced=True)] == [
        "paper/a",
        "paper/b",
        "paper/a#3",
    ]
    assert unchecked_entries(parsed, [], unsourced=False) == []


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ([], "a list"),
        ("text", "plain text"),
        (False, "a boolean"),
        (1.5, "a number"),
        (None, "empty"),
        (object(), "not a mapping"),
    ],
)
def test_describe_kind(data: Any, kind: str) -> None:
    assert describe_kind(data) == kind
