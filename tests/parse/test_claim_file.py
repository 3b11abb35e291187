"""Stage 2 for one claim file: its document checked against the claim-file schema into
a source and claims, each claim with its full id and where it is written (E101 for too
many claims and for what the reader found in a claim or outside any, E102 for what the
schema refuses, E103 for an id used twice)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
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
from validator.pipeline import validate
from validator.read.files import Limits, LoadedFile, parse_text

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 21)

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


def test_a_claim_repeated_by_an_alias_names_the_line_of_the_first_id() -> None:
    """A desk that copies a claim by an alias writes its anchor alone above the first
    claim's fields: the message named the anchor's line, the location the id's."""
    claim = "  - &mia\n    id: a\n    subject: Mia\n    property: age\n    value: 22\n"
    text = SOURCE + claim + "  - *mia\n"
    _, findings = check_claim_file(_loaded(text))
    assert [(f.code, f.claims, [str(at) for at in f.locations], f.message) for f in findings] == [
        (
            "E103",
            ("paper/a#2",),
            ["p.yaml:12:5", "p.yaml:8:9"],
            "claim id 'a' is used twice in this file (first at line 8); rename one",
        )
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


# A JSON claim file whose numbers a float holds, and the same file with each of them
# (at a claim's value, nested in one, in the source) a number no float holds.
_JSON_PAPER = """\
{
  "source": {
    "id": "paper",
    "outlet": "The Paper",
    "title": "A review",
    "published": "2022-12-08"
  },
  "claims": [
    {"id": "age", "subject": "Mia Threapleton", "property": "age", "value": AGE},
    {"id": "network", "subject": "I Am Ruth", "property": "network", "value": "Channel 4"},
    {"id": "about", "subject": "Kate Winslet", "property": "age", "value": {"about": ABOUT}},
    {"id": "typo", "subject": "I Am Ruthh", "property": "network", "value": "Channel 4"}
  ]
}
"""
_TOO_LARGE = (
    "is too large (the limit is about 1.8e308); write a smaller number, or quote it if it is text"
)
_TYPO = (
    "E104",
    ("paper/typo",),
    "p.json:12:31",
    "subject 'I Am Ruthh' names no entity in the dataset; did you mean 'I Am Ruth' or "
    "'I Am Hannah' or 'I Am Kirsty'?",
)


def _json_run(tmp_path: Path, **numbers: str) -> tuple[list[Any], list[str]]:
    """The findings (code, claims, place, message) and the verdicts of `_JSON_PAPER`'s
    claims, in order, its numbers `AGE` and `ABOUT` written as given (22 and 47 unless
    given)."""
    text = _JSON_PAPER.replace("AGE", numbers.get("age", "22"))
    text = text.replace("ABOUT", numbers.get("about", "47"))
    text = text.replace('"2022-12-08"', numbers.get("published", '"2022-12-08"'))
    (tmp_path / "p.json").write_text(text, encoding="utf-8")
    result = validate(["p.json"], str(ROOT / "dataset"), root=str(tmp_path), today=TODAY)
    findings = [(f.code, f.claims, str(f.location), f.message) for f in result.findings]
    assert [c.full_id for c in result.claims] == [
        "paper/age",
        "paper/network",
        "paper/about",
        "paper/typo",
    ]
    return findings, [c.verdict.value for c in result.claims]


def test_a_json_number_no_float_holds_is_an_e101_on_its_claim_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON file with one such number was one E101 for the whole file, none of its
    claims checked; as in YAML, it is an E101 at the number, on the claim holding it,
    which is invalid, and the file's other claims are checked as ever."""
    monkeypatch.chdir(tmp_path)
    findings, verdicts = _json_run(tmp_path)
    assert findings == [_TYPO]
    assert verdicts == ["supported", "supported", "supported", "invalid"]
    findings, verdicts = _json_run(tmp_path, age="1e400")
    assert findings == [
        ("E101", ("paper/age",), "p.json:9:77", f"the number 1e400 {_TOO_LARGE}"),
        _TYPO,
    ]
    assert verdicts == ["invalid", "supported", "supported", "invalid"]


def test_json_numbers_no_float_holds_nested_and_several_are_each_on_their_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    digits = "9" * 400
    findings, verdicts = _json_run(tmp_path, age=f"-{digits}", about="1e-400")
    assert findings == [
        (
            "E101",
            ("paper/age",),
            "p.json:9:77",
            f"the number -99999999999999999999999999999999999999… {_TOO_LARGE}",
        ),
        (
            "E101",
            ("paper/about",),
            "p.json:11:86",
            "the number 1e-400 is too small to be told from 0 (the limit is about 5e-324); "
            "write 0, or quote it if it is text",
        ),
        _TYPO,
    ]
    assert verdicts == ["invalid", "supported", "invalid", "invalid"]


def test_a_json_number_no_float_holds_in_the_source_s_date_leaves_it_undated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the publication date, as in YAML: one E101 at the date, naming the claims the
    date decides (an age, the one whose value no float holds too), which are invalid; a
    claim no date changes (the network) is checked, and what is wrong inside a claim still
    said."""
    monkeypatch.chdir(tmp_path)
    findings, verdicts = _json_run(tmp_path, published="-1e400", age="1e400")
    assert findings == [
        (
            "E101",
            ("paper/age", "paper/about"),
            "p.json:6:18",
            f"the number -1e400 {_TOO_LARGE}; until then 2 claims whose verdict depends on the "
            "date are not checked",
        ),
        ("E101", ("paper/age",), "p.json:9:77", f"the number 1e400 {_TOO_LARGE}"),
        _TYPO,
    ]
    assert verdicts == ["invalid", "supported", "invalid", "invalid"]
    # The YAML file of the same claims, its number the same: the same findings, verdicts.
    yaml_text = (
        "source: {id: paper, outlet: The Paper, title: A review, published: -1e400}\n"
        "claims:\n"
        "  - {id: age, subject: Mia Threapleton, property: age, value: 1e400}\n"
        "  - {id: network, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: about, subject: Kate Winslet, property: age, value: {about: 47}}\n"
        "  - {id: typo, subject: I Am Ruthh, property: network, value: Channel 4}\n"
    )
    (tmp_path / "p.yaml").write_text(yaml_text, encoding="utf-8")
    result = validate(["p.yaml"], str(ROOT / "dataset"), root=str(tmp_path), today=TODAY)
    assert [(f.code, f.claims) for f in result.findings] == [(f[0], f[1]) for f in findings]
    assert [c.verdict.value for c in result.claims] == verdicts


_COLLECTION_KEY = (
    "a mapping key must be a plain value, not a collection; write the field's name as the "
    "key, or remove the entry"
)
_LONG_KEY = (
    "a key of 1,001 characters is over the limit of 1,000; keys are field names: write the "
    "field's name as the key, or remove the entry"
)
_LEFT_OUT_TWICE = (
    SOURCE
    + f"""\
  - id: a
    subject: Mia
    property: age
    value: 22
    ? [x, y]
    : 1
    {"k" * 1001}: 2
    ? [x, y]
    : 3
    ? [x, z]
    : 4
  - {{id: b, subject: Mia, property: age, value: 22}}
"""
)


def _e101s(text: str, name: str = "p.yaml") -> list[tuple[str, tuple[str, ...], str, str, str]]:
    _, findings = check_claim_file(_loaded(text, name))
    return [
        (f.code, f.claims, str(f.location), f.message, f.fingerprint)
        for f in findings
        if f.code == "E101"
    ]


def test_keys_left_out_of_one_claim_each_have_a_fingerprint_of_their_own() -> None:
    """Two keys left out of one claim (a collection and a key too long, or two of
    either) shared one fingerprint, made of the path they are left out at: a baseline
    entry accepting one accepted them all. Each is now told by its text (a collection
    by its JSON), and the same text again by a count, so each has its own; none moves
    when lines are added above, nor when another is removed."""
    found = _e101s(_LEFT_OUT_TWICE)
    assert [finding[:4] for finding in found] == [
        ("E101", ("paper/a",), "p.yaml:11:7", _COLLECTION_KEY),
        ("E101", ("paper/a",), "p.yaml:13:5", _LONG_KEY),
        ("E101", ("paper/a",), "p.yaml:14:7", _COLLECTION_KEY),
        ("E101", ("paper/a",), "p.yaml:16:7", _COLLECTION_KEY),
    ]
    prints = [finding[4] for finding in found]
    assert len(set(prints)) == 4
    moved = _e101s(_LEFT_OUT_TWICE.replace("claims:\n", "claims:\n\n\n"))
    assert [finding[4] for finding in moved] == prints
    assert [finding[2] for finding in moved] == [
        "p.yaml:13:7",
        "p.yaml:15:5",
        "p.yaml:16:7",
        "p.yaml:18:7",
    ]
    # The key too long fixed: the other three keep their fingerprints.
    fixed = _e101s(_LEFT_OUT_TWICE.replace("k" * 1001, "kk"))
    assert [finding[4] for finding in fixed] == [prints[0], prints[2], prints[3]]


def test_two_long_json_keys_in_one_claim_each_have_a_fingerprint_of_their_own() -> None:
    text = (
        '{"source": {"id": "paper", "outlet": "The Paper", "title": "A review",\n'
        ' "published": "2022-12-08"},\n'
        ' "claims": [{"id": "a", "subject": "Mia", "property": "age", "value": 22,\n'
        f'  "{"k" * 1001}": 1,\n'
        f'  "{"j" * 1001}": 2}}]}}\n'
    )
    found = _e101s(text, "p.json")
    assert [finding[:4] for finding in found] == [
        ("E101", ("paper/a",), "p.json:4:3", _LONG_KEY),
        ("E101", ("paper/a",), "p.json:5:3", _LONG_KEY),
    ]
    assert found[0][4] != found[1][4]


def test_a_key_written_three_times_gives_two_fingerprints() -> None:
    text = SOURCE + "  - {id: a, subject: Mia, property: age, value: 22, value: 23, value: 24}\n"
    found = _e101s(text)
    message = "duplicate key 'value' (first at line 7, column 42); keep one of them"
    assert [finding[:4] for finding in found] == [
        ("E101", ("paper/a",), "p.yaml:7:53", message),
        ("E101", ("paper/a",), "p.yaml:7:64", message),
    ]
    assert found[0][4] != found[1][4]


def test_a_control_character_in_a_comment_is_an_e101_of_the_file_that_leaves_claims_valid() -> None:
    """It was put on the claim before it, which was then invalid, or refused the whole
    file outside any claim. A comment changes no data: the E101 concerns the file, and
    every claim is checked."""
    text = SOURCE + "  - {id: a, subject: Mia, property: age, value: 22}\n# checked \x07\n"
    parsed, findings = check_claim_file(_loaded(text))
    assert [(f.code, f.claims, str(f.location), f.message) for f in findings] == [
        (
            "E101",
            (),
            "p.yaml:8:11",
            "control character U+0007 is not allowed in YAML, not even in a comment; "
            "remove it (the claims were read as if it were not there)",
        )
    ]
    assert [entry.model is not None for entry in parsed.claims] == [True]
    assert parsed.source is not None
    moved = check_claim_file(_loaded("\n" + text))[1]
    assert [f.fingerprint for f in moved] == [findings[0].fingerprint]


def test_a_claim_file_wrapped_in_a_list_is_told_to_lose_the_list() -> None:
    """Scenario: a content system exported the one source as a list of one (`[{...}]`),
    and a desk pasted two sources into one file as items of a list; both were told only
    that a claim file is a mapping."""
    one = "- " + SOURCE.replace("\n", "\n  ").rstrip() + " []\n"
    _, findings = check_claim_file(_loaded(one))
    assert [(f.code, f.message) for f in findings] == [
        (
            "E102",
            "the document is a list; a claim file is a mapping with 'source' and 'claims'; "
            "its one item is such a mapping: write it without the list around it (in JSON "
            "without '[' and ']', in YAML without the '- ', its fields at the margin)",
        )
    ]
    _, findings = check_claim_file(_loaded(one + one))
    assert [f.message for f in findings] == [
        "the document is a list; a claim file is a mapping with 'source' and 'claims'; "
        "its 2 items are such mappings: give each source a file of its own"
    ]
    _, findings = check_claim_file(_loaded("- a\n- b\n"))
    assert [f.message for f in findings] == [
        "the document is a list; a claim file is a mapping with 'source' and 'claims'"
    ]


def test_a_stray_field_in_a_sound_source_leaves_its_claims_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: `autor:` for `author:` made every claim of the file invalid, and hid
    their refutations, though nothing the claims are checked with was wrong. The E102
    stays, at the key, with the field meant; the claims are checked."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(
        "source:\n  id: paper\n  outlet: The Paper\n  title: A review\n  autor: Jo Bloggs\n"
        "  colour: red\n  published: 2022-12-08\nclaims:\n"
        "  - {id: runtime, subject: I Am Ruth, property: runtime, value: 120}\n"
        "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n",
        encoding="utf-8",
    )
    parsed, _ = check_claim_file(_loaded((tmp_path / "p.yaml").read_text(), "p.yaml"))
    assert parsed.source is not None and parsed.source.author is None
    result = validate(["p.yaml"], str(ROOT / "dataset"), root=str(tmp_path), today=TODAY)
    assert [(f.code, f.claims, str(f.location), f.message) for f in result.findings] == [
        ("E102", (), "p.yaml:5:3", "unknown field 'autor' in source; did you mean 'author'?"),
        (
            "E102",
            (),
            "p.yaml:6:3",
            "unknown field 'colour' in source; allowed here: archive, author, id, outlet, "
            "published, title, url",
        ),
        (
            "D201",
            ("paper/runtime",),
            "p.yaml:9:65",
            "claims I Am Ruth runtime 120 minutes as of 2022-12-08; the dataset gives about 90 "
            "minutes (The Guardian's review of I Am Ruth, 2022-12-08), which the claim rules "
            "out; correct the claim, or acknowledge it with the fact-check's conclusion",
        ),
    ]
    assert [c.verdict.value for c in result.claims] == ["refuted", "supported"]
    assert result.exit_code == 1


def test_a_stray_field_that_misspells_a_required_one_leaves_the_source_unusable() -> None:
    text = (
        "source:\n  id: paper\n  outlet: The Paper\n  titel: A review\n"
        "  published: 2022-12-08\n"
        "claims:\n  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n"
    )
    parsed, findings = check_claim_file(_loaded(text))
    assert parsed.source is None
    assert [(f.code, f.claims, str(f.location), f.message) for f in findings] == [
        ("E102", (), "p.yaml:4:3", "unknown field 'titel' in source; did you mean 'title'?")
    ]
    assert unchecked_entries(parsed, findings, unsourced=True) == list(parsed.claims)


@pytest.mark.parametrize(
    ("header", "message", "where", "key"),
    [
        # Misspelt: its "did you mean" is the finding, and names the claims.
        (
            "  publihsed: 2022-12-08\n",
            "unknown field 'publihsed' in source; did you mean 'published'?",
            "p.yaml:5:3",
            "source.publihsed",
        ),
        # Not written at all: the schema's "missing", at the source.
        ("", "source is missing the required field 'published'", "p.yaml:1:9", "source"),
    ],
)
def test_a_source_without_a_publication_date_is_undated_not_unusable(
    header: str, message: str, where: str, key: str
) -> None:
    text = (
        "source: {id: paper, outlet: The Paper, title: A review}\n"
        if not header
        else f"source:\n  id: paper\n  outlet: The Paper\n  title: A review\n{header}"
    ) + "claims:\n  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n"
    parsed, findings = check_claim_file(_loaded(text))
    assert parsed.source is not None and parsed.source.published is None
    assert (parsed.undated, parsed.undated_by) == (True, key)
    assert [(f.code, f.claims, str(f.location), f.message, f.key) for f in findings] == [
        ("E102", (), where, message, key)
    ]
    assert [entry.model is not None for entry in parsed.claims] == [True]
    assert unchecked_entries(parsed, findings, unsourced=False) == []
