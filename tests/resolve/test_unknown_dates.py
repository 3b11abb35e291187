"""The claims of an undated source: which its date decides, and the finding naming them."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.findings import Location, make_finding
from validator.model.values import Span
from validator.parse.located import Located
from validator.parse.source_header import dating_problem, undated_by
from validator.resolve.claims import Said, Unresolved, resolve_statement
from validator.resolve.unknown_dates import (
    UNKNOWN_DATE,
    date_decides,
    naming_unchecked,
    written_date_decides,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _said(dataset: Dataset, subject: str, prop: str, value: object) -> Said:
    said = resolve_statement((subject, prop, value, None, None), dataset)
    assert not isinstance(said, Unresolved)
    return said


def test_the_unknown_date_is_every_moment() -> None:
    assert (Span(None, None), "an unknown date") == UNKNOWN_DATE


@pytest.mark.parametrize(
    ("subject", "prop", "value", "decides"),
    [
        ("I Am Ruth", "network", "Channel 4", False),
        ("I Am Ruth", "cast_member", "Mia Threapleton", False),
        ("Mia Threapleton", "acted_in", "I Am Ruth", False),  # the inverse alike
        ("I Am Ruth", "first_broadcast", "2022-12-08", False),  # a date value, no date qualifier
        ("Mia Threapleton", "age", 22, True),  # derived from the birth date at the date
        ("I Am Ruth", "rotten_tomatoes_score", 90, True),  # time-dependent
        ("Mia Threapleton", "birth_date", "2000-10-12", False),  # what the age is derived from
        # A fact's year decides only which fact is cited, not the verdict.
        ("I Am Ruth", "award_received", "Best Single Drama", False),
        ("Kate Winslet", "appeared_on", "Lorraine", False),
    ],
)
def test_the_date_decides_a_derived_or_a_changing_value(
    dataset: Dataset, subject: str, prop: str, value: object, decides: bool
) -> None:
    assert date_decides(_said(dataset, subject, prop, value)) is decides


def test_the_first_finding_about_the_date_names_the_claims_it_kept_from_being_checked() -> None:
    other = make_finding("E104", "x", claims=("p/typo",), key="subject:x")
    dating = make_finding(
        "E102",
        "source.published: bad",
        locations=(Location("a.yaml", 5, 14),),
        key="source.published",
    )
    named = naming_unchecked([other, dating], ("p/age", "p/score"), "source.published")
    assert named[0] is other
    assert named[1].claims == ("p/age", "p/score")
    assert named[1].message == (
        "source.published: bad; until then 2 claims whose verdict depends on the date are "
        "not checked"
    )
    assert named[1].fingerprint == dating.fingerprint  # the file's finding still
    one = naming_unchecked([dating], ("p/age",), "source.published")[0]
    assert one.message == (
        "source.published: bad; until then 1 claim whose verdict depends on the date is not checked"
    )
    assert naming_unchecked([dating], (), "source.published") == [dating]


def test_the_finding_keyed_as_the_file_says_names_them_where_the_date_is_missing() -> None:
    """No `published`, or one misspelt: the finding is the schema's, not at the date."""
    at_date = make_finding("E101", "m", locations=(Location("a.yaml", 5, 14),), key="x")
    misspelt = make_finding(
        "E102",
        "unknown field 'publihsed' in source; did you mean 'published'?",
        locations=(Location("a.yaml", 5, 3),),
        key="source.publihsed",
    )
    named = naming_unchecked([at_date, misspelt], ("p/age",), "source.publihsed")
    assert named[0] is at_date
    assert named[1].claims == ("p/age",)
    assert named[1].message == (
        "unknown field 'publihsed' in source; did you mean 'published'? Until then 1 claim "
        "whose verdict depends on the date is not checked"
    )
    assert named[1].fingerprint == misspelt.fingerprint


@pytest.mark.parametrize(
    ("code", "key", "about"),
    [
        ("E102", "source.published", True),
        ("E102", "source.published.from", True),
        ("E101", "duplicate-key:source.published.from", True),
        ("E101", "number-too-large:source.published", True),
        ("E102", "source.publisher", False),
        ("E102", "source.title", False),
    ],
)
def test_only_a_finding_at_the_date_is_about_it(code: str, key: str, about: bool) -> None:
    """As the file says (`undated_by`): a problem elsewhere in the source leaves the
    calendar's key, which no such finding has."""
    located = Located(code, tuple(key.rpartition(":")[2].split(".")), 5, 14, "m", key)
    finding = make_finding(code, "m", locations=(Location("a.yaml", 5, 14),), key=key)
    assert dating_problem(located) is about
    named = naming_unchecked([finding], ("p/a",), undated_by([located]))
    assert (named[0].claims == ("p/a",)) is about


@pytest.mark.parametrize(
    ("raw", "decides"),
    [
        ({"subject": "Kate Winslet", "property": "age", "value": "1e400"}, True),
        ({"subject": "I Am Ruth", "property": "rotten_tomatoes_score", "value": "x"}, True),
        ({"subject": "Kate Winslet", "property": "age", "value": 47, "as_of": "2022"}, False),
        ({"subject": "I Am Ruth", "property": "network", "value": "Channel 4"}, False),
        ({"subject": "I Am Ruth", "property": "no_such_property", "value": 1}, False),
        ({"subject": "I Am Ruth", "property": ["age"], "value": 1}, False),
        (["not", "a", "mapping"], False),
    ],
)
def test_a_claim_kept_from_checks_otherwise_is_named_where_the_date_decides_it(
    dataset: Dataset, raw: object, decides: bool
) -> None:
    assert written_date_decides(raw, dataset) is decides


def test_a_claim_written_with_an_inverse_is_named_as_its_resolved_statement_would_be(
    tmp_path: Path,
) -> None:
    """`employs` is the inverse of a time-dependent `employer`: the date decides a claim
    of either name (`date_decides`), and a claim of the inverse kept from its checks was
    not named, since only the declared names were looked up."""
    (tmp_path / "data.yaml").write_text(
        "dataset: {id: jobs, title: Jobs, checked: 2026-11-21}\n"
        "properties:\n"
        "  employer: {type: entity, time_dependent: true, inverse: employs}\n"
        "entities:\n"
        "  - {id: paper, kind: organisation, names: [The Paper]}\n"
        "  - {id: jo, kind: person, names: [Jo]}\n",
        encoding="utf-8",
    )
    jobs = load_dataset(str(tmp_path / "data.yaml"))
    assert date_decides(_said(jobs, "The Paper", "employs", "Jo")) is True
    raw = {"subject": "The Paper", "property": "employs", "value": "Jo"}
    assert written_date_decides(raw, jobs) is True
    assert written_date_decides({**raw, "property": "employer"}, jobs) is True
