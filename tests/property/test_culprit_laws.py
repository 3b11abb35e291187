"""Laws of contradictions between sources: only claims that conflict are parties; sides
have a value in common; a source agreeing with the dataset never adds an error to
another source. (That findings do not depend on file order or names is in
test_check_laws.)"""

from __future__ import annotations

from datetime import date
from itertools import combinations
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from validator.model.values import Span, ValueSet, age_on, disjoint, intersect
from validator.rules.sources import check_sources
from validator.rules.value_clusters import compatible_with_all, sides

from .strategies import choices, compared_spans, resolved_claim, spans
from .test_check_laws import DATASET, SETTINGS, check, days, sources

RUNTIME = DATASET.properties["runtime"]


def _common(sets: list[ValueSet]) -> ValueSet:
    found = sets[0]
    for value in sets[1:]:
        found = intersect(found, value)
    return found


@SETTINGS
@given(st.one_of(st.lists(spans(), max_size=8), st.lists(choices, max_size=8)))
def test_compatible_with_all_is_every_pair_overlapping(sets: list[ValueSet]) -> None:
    expected = [
        all(not disjoint(s, t) for j, t in enumerate(sets) if j != i) for i, s in enumerate(sets)
    ]
    assert compatible_with_all(sets) == expected


@SETTINGS
@given(st.one_of(st.lists(spans(), max_size=8), st.lists(choices, max_size=8)))
def test_sides_partition_the_sets_and_each_has_a_common_value(sets: list[ValueSet]) -> None:
    found = sides(sets)
    assert sorted(i for side in found for i in side) == list(range(len(sets)))
    for side in found:
        assert len(side) == 1 or not _common([sets[i] for i in side]).empty
    for first, second in combinations(range(len(sets)), 2):
        if disjoint(sets[first], sets[second]) and not sets[first].empty:
            assert not any(first in side and second in side for side in found)


@SETTINGS
@given(compared_spans)
def test_a_claim_compatible_with_every_other_is_never_in_a_contradiction(
    drawn: list[tuple[int, Span]],
) -> None:
    claims = [
        resolved_claim(f"s{source}", n, value, RUNTIME) for n, (source, value) in enumerate(drawn)
    ]
    by_id = {c.full_id: c for c in claims}
    findings = check_sources(claims, DATASET).findings
    for finding in findings:
        if finding.code != "X301":
            continue
        for full_id in finding.claims:
            claim = by_id[full_id]
            assert any(disjoint(claim.value, other.value) for other in claims if other is not claim)
        # Placed on the smallest side, whose claims come first.
        odd = finding.sides[0]
        assert odd.count == min(side.count for side in finding.sides)
        assert finding.claims[: len(odd.claims)] == odd.claims


# What the dataset holds about I Am Ruth and Mia Threapleton, written as claims that it
# supports (for an age, at the publication date drawn).
def _agreeing(published: date) -> list[dict[str, Any]]:
    return [
        {"id": "broadcast", "subject": "I Am Ruth", "property": "first_broadcast",
         "value": "2022-12-08T21:00"},
        {"id": "runtime", "subject": "I Am Ruth", "property": "runtime", "value": {"about": 90}},
        {"id": "network", "subject": "I Am Ruth", "property": "network", "value": "Channel 4"},
        {"id": "age", "subject": "Mia Threapleton", "property": "age",
         "value": age_on(date(2000, 10, 12), published), "as_of": published.isoformat()},
    ]  # fmt: skip


def _errors(result: Any, files: set[str]) -> set[tuple[str, tuple[str, ...]]]:
    return {
        (f.code, f.claims)
        for f in result.findings
        if f.severity.value == "error" and f.file.rsplit("/", 1)[-1] in files
    }


@SETTINGS
@given(a=sources("alpha"), b=sources("beta"), published=days, data=st.data())
def test_a_source_agreeing_with_the_dataset_adds_no_error_to_another(
    a: dict[str, Any], b: dict[str, Any], published: date, data: st.DataObject
) -> None:
    picked = data.draw(st.lists(st.sampled_from(_agreeing(published)), min_size=1, unique_by=str))
    agreeing = {
        "source": {"id": "zeta", "outlet": "Z", "title": "T", "published": published.isoformat()},
        "claims": picked,
    }
    before = check({"1.json": a, "2.json": b})
    after = check({"1.json": a, "2.json": b, "3.json": agreeing})
    assert _errors(after, {"1.json", "2.json"}) <= _errors(before, {"1.json", "2.json"})
    assert not _errors(after, {"3.json"})
