"""What a D201 adds where other sources make a claim in its group: how many of them agree
with the dataset, counted, sampled and named, before its next step."""

from __future__ import annotations

import pytest

from validator.model.findings import Finding, Location, Side, make_finding
from validator.rules.agreement import Agreement, with_agreement

HERE = Location("claims/a.yaml", 7, 12)
OWN = Side(("23",), ("a",), ("a/age",), (HERE,), 1)


def d201(message: str = "claims X age 23; the dataset has 22; check the source") -> Finding:
    return make_finding(
        "D201",
        message,
        claims=("a/age",),
        locations=(HERE,),
        key="age",
        details=(("claimed", "23"),),
    )


def agreeing(sources: tuple[str, ...], count: int | None = None) -> Side:
    claims = tuple(f"{s}/age" for s in sources)
    where = tuple(Location(f"claims/{s}.yaml", 1, 1) for s in sources)
    return Side(("22",), sources, claims, where, len(sources) if count is None else count)


@pytest.mark.parametrize(
    ("sources", "count", "others", "note"),
    [
        ((), 0, 1, "the other source on this is not supported by the dataset either"),
        ((), 0, 2, "none of the 2 other sources on this is supported by the dataset"),
        ((), 0, 12_345, "none of the 12,345 other sources on this is supported by the dataset"),
        (("b",), 1, 1, "1 other source agrees with the dataset (b)"),
        (("b", "c"), 2, 3, "2 other sources agree with the dataset (b, c)"),
        (("b", "c", "d"), 3, 3, "3 other sources agree with the dataset (b, c, d)"),
        (("b", "c", "d", "e"), 4, 4, "4 other sources agree with the dataset (b, c, d and 1 more)"),
        (
            tuple(f"s{n:04d}" for n in range(1234)),
            1234,
            1234,
            "1,234 other sources agree with the dataset (s0000, s0001, s0002 and 1,231 more)",
        ),
        # Sources that share wording count once.
        (
            ("b", "c", "d"),
            1,
            3,
            "3 other sources (1 independent) agree with the dataset (b, c, d)",
        ),
        (
            tuple(f"s{n}" for n in range(5)),
            2,
            5,
            "5 other sources (2 independent) agree with the dataset (s0, s1, s2 and 2 more)",
        ),
    ],
)
def test_a_d201_says_how_many_other_sources_agree_before_its_next_step(
    sources: tuple[str, ...], count: int, others: int, note: str
) -> None:
    side = agreeing(sources, count)
    (amended,) = with_agreement([d201()], {"a/age": Agreement(OWN, side, others)})
    assert amended.message == f"claims X age 23; the dataset has 22; {note}; check the source"
    assert amended.details == (("claimed", "23"), ("agreeing_sources", str(count)))
    assert amended.sides == (OWN, side)
    assert (amended.code, amended.claims, amended.locations, amended.key) == (
        "D201",
        ("a/age",),
        (HERE,),
        "age",
    )


@pytest.mark.parametrize(
    ("others", "named", "note"),
    [
        (1, ("b",), "the other source on this (b) is not supported by the dataset either"),
        (2, ("b", "c"), "none of the 2 other sources on this (b, c) is supported by the dataset"),
        (
            3,
            ("b", "c", "d"),
            "none of the 3 other sources on this (b, c, d) is supported by the dataset",
        ),
        (
            12_345,
            ("b", "c", "d"),
            "none of the 12,345 other sources on this (b, c, d and 12,342 more) is supported "
            "by the dataset",
        ),
    ],
)
def test_where_no_other_source_agrees_the_d201_names_them(
    others: int, named: tuple[str, ...], note: str
) -> None:
    """ "The other source on this is not supported by the dataset either" left the desk
    to find which source that was."""
    side = agreeing(())
    (amended,) = with_agreement([d201()], {"a/age": Agreement(OWN, side, others, named)})
    assert amended.message == f"claims X age 23; the dataset has 22; {note}; check the source"
    assert amended.details == (("claimed", "23"), ("agreeing_sources", "0"))


def test_a_message_without_a_next_step_ends_with_the_agreement() -> None:
    (amended,) = with_agreement(
        [d201("claims X age 23")], {"a/age": Agreement(OWN, agreeing(("b",)), 1)}
    )
    assert amended.message == "claims X age 23; 1 other source agrees with the dataset (b)"


def test_only_a_d201_of_one_claim_in_the_agreement_is_amended() -> None:
    agreement = {"a/age": Agreement(OWN, agreeing(("b",)), 1)}
    other_code = make_finding("D202", "m; n", claims=("a/age",))
    other_claim = make_finding("D201", "m; n", claims=("z/age",))
    two_claims = make_finding("D201", "m; n", claims=("a/age", "b/age"))
    findings = [other_code, other_claim, two_claims]
    assert with_agreement(findings, agreement) == findings


def test_without_agreement_the_findings_are_given_back_as_they_are() -> None:
    findings = [d201()]
    assert with_agreement(findings, {}) is findings
    assert with_agreement([], {"a/age": Agreement(OWN, agreeing(("b",)), 1)}) == []


def test_the_findings_keep_their_order() -> None:
    agreement = {"a/age": Agreement(OWN, agreeing(("b",)), 1)}
    before = make_finding("E102", "first", claims=("a/x",))
    after = make_finding("Q401", "last", claims=("a/y",))
    amended = with_agreement([before, d201(), after], agreement)
    assert [f.code for f in amended] == ["E102", "D201", "Q401"]
    assert amended[0] is before and amended[2] is after
