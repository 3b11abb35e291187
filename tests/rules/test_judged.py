"""A claim rule's judgement kept for every claim that makes the statement: findings
placed on another claim, and when the rules say the date decides nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.findings import Location, Severity, make_finding
from validator.model.property_types.dates import date_span
from validator.model.result import Verdict
from validator.resolve.claims import ResolvedClaim, plain_resolvers
from validator.rules import CLAIM_RULES, undated
from validator.rules.fact_words import Assessment
from validator.rules.judged import Known, placed_findings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def test_findings_are_placed_on_another_claim() -> None:
    first = make_finding(
        "D207",
        "the quote differs",
        claims=("a/q",),
        locations=(Location("a.yaml", 3, 12),),
        key="transcript",
        details=(("diff", "[-x-] {+y+}"),),
    )
    (moved,) = placed_findings((first,), "b/q", Location("b.yaml", 9, 4))
    assert moved == make_finding(
        "D207",
        "the quote differs",
        claims=("b/q",),
        locations=(Location("b.yaml", 9, 4),),
        key="transcript",
        details=(("diff", "[-x-] {+y+}"),),
    )
    assert moved.severity is Severity.WARNING and moved.fingerprint != first.fingerprint
    assert placed_findings((), "b/q", Location("b.yaml", 9, 4)) == ()


def test_a_statement_known_has_no_judgement_yet() -> None:
    known = Known("said")
    assert (known.said, known.undated, known.dated) == ("said", None, {})


def _claim(dataset: Dataset, subject: str, prop: str, value: object) -> ResolvedClaim:
    said = plain_resolvers(dataset).statement((subject, prop, value, None))
    assert isinstance(said, tuple)
    return ResolvedClaim(
        "a/c",
        "a",
        "a.yaml",
        Location("a.yaml", 1, 1),
        *said,
        date_span("2023"),
        "2023",
        value,
        None,
    )


PLAIN = Assessment(Verdict.SUPPORTED, (), ())


def test_the_date_decides_nothing_only_where_the_rules_say_so(dataset: Dataset) -> None:
    free = undated(CLAIM_RULES, dataset)
    network = _claim(dataset, "I Am Ruth", "network", "Channel 4")
    assert free(network, PLAIN)
    # A step writes the date; so does a finding's message.
    assert not free(network, Assessment(Verdict.SUPPORTED, (), ("claim: ... as of 2023",)))
    finding = make_finding("D203", "as of 2023", claims=("a/c",))
    assert not free(network, Assessment(Verdict.UNVERIFIABLE, (finding,), ()))
    # An age is derived from a birth date over the claim's date.
    assert not free(_claim(dataset, "Mia Threapleton", "age", 22), PLAIN)
    # Which score applies depends on the date.
    assert not free(_claim(dataset, "I Am Ruth", "rotten_tomatoes_score", 100), PLAIN)
    # A fact with qualifiers (a character) may carry a date the claim's date precedes.
    assert not free(_claim(dataset, "I Am Ruth", "cast_member", "Kate Winslet"), PLAIN)
    # A quote's verdict and findings depend on its words and speaker alone.
    quote = _claim(dataset, "Kate Winslet", "said", "Words nobody ever said.")
    quote_finding = make_finding("D203", "no transcript", claims=("a/c",))
    assert free(quote, Assessment(Verdict.UNVERIFIABLE, (quote_finding,), ()))
    assert not free(quote, Assessment(Verdict.UNVERIFIABLE, (), ("claim: ... (as of 2023)",)))
