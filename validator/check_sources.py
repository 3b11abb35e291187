"""Stage 4b: hold sources against each other (X301, X302, X303).

Claims about one subject and single-valued property are grouped (after inverse
normalisation) and compared with the same set algebra as the dataset checks: they
contradict when no one value lies in all their sets. Ages are compared as the birth
dates they imply, so two ages given at different dates are compared fairly. This
needs no dataset fact: sources can contradict each other about anything.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from .dataset import Dataset
from .findings import Finding, make_finding
from .resolve import ResolvedClaim
from .values import (
    Span,
    ValueSet,
    birth_dates_for_age,
    date_to_minutes,
    equal,
    intersect,
    minutes_to_date,
)

__all__ = ["check_sources", "compared", "comparison_set"]

_EARLIEST = date(1, 1, 1)
_LATEST = date(9999, 12, 31)
_EXCERPT_CHARS = 90


def comparison_set(claim: ResolvedClaim) -> tuple[tuple[str, ...], ValueSet]:
    """The group a claim is compared in, and the set it is compared with."""
    prop = claim.prop
    if prop.derived == "age" and isinstance(claim.value, Span):
        return (claim.subject, prop.source_property or prop.name), _births(claim.value, claim.as_of)
    key: tuple[str, ...] = (claim.subject, prop.name)
    if prop.time_dependent:
        # Two sources may both be right about a changing value at different times.
        key = (*key, repr((claim.as_of.low, claim.as_of.high)))
    return key, claim.value


@lru_cache(maxsize=4096)  # pure, and the same ages at the same dates recur constantly
def _births(ages: Span, as_of: Span) -> Span:
    first = _EARLIEST if as_of.low is None else minutes_to_date(as_of.low)
    last = _LATEST if as_of.high is None else minutes_to_date(as_of.high)
    oldest = None if ages.high is None else math.floor(ages.high)
    youngest = 0 if ages.low is None else max(0, math.ceil(ages.low))
    earliest = None
    if oldest is not None:
        found = birth_dates_for_age(oldest, first, last)
        earliest = None if found is None else found[0]
    latest_range = birth_dates_for_age(youngest, first, last)
    if latest_range is None:
        return Span(1.0, 0.0)
    low = None if earliest is None or earliest <= _EARLIEST else date_to_minutes(earliest)
    high = date_to_minutes(latest_range[1]) + 1439
    return Span(low, high)


def _common(sets: Iterable[ValueSet]) -> ValueSet | None:
    result: ValueSet | None = None
    for value in sets:
        result = value if result is None else intersect(result, value)
    return result


def _excerpt(claim: ResolvedClaim) -> str:
    if not claim.excerpt:
        return ""
    text = " ".join(claim.excerpt.split())
    if len(text) > _EXCERPT_CHARS:
        text = text[: _EXCERPT_CHARS - 1] + "…"
    return f', "{text}"'


def _said(claim: ResolvedClaim) -> str:
    loc = claim.location
    return (
        f"{claim.source_id} says {claim.value_display} "
        f"(as of {claim.as_of_display}{_excerpt(claim)}; {loc.file}:{loc.line})"
    )


def compared(claim: ResolvedClaim) -> bool:
    """Whether the claim is compared with other sources' claims: a property with one
    value at a time, or one derived from such (an age, from a birth date)."""
    return bool(claim.prop.single or claim.prop.derived)


def check_sources(claims: list[ResolvedClaim], dataset: Dataset) -> list[Finding]:
    groups: dict[tuple[str, ...], list[tuple[ResolvedClaim, ValueSet]]] = defaultdict(list)
    for claim in claims:
        if compared(claim):
            key, values = comparison_set(claim)
            groups[key].append((claim, values))
    findings: list[Finding] = []
    for key, members in sorted(groups.items()):
        if len(members) >= 2:
            findings.extend(_check_group(key, members, dataset))
    return findings


def _check_group(
    key: tuple[str, ...], members: list[tuple[ResolvedClaim, ValueSet]], dataset: Dataset
) -> list[Finding]:
    members = sorted(members, key=lambda m: m[0].full_id)
    by_source: dict[str, list[tuple[ResolvedClaim, ValueSet]]] = defaultdict(list)
    for member in members:
        by_source[member[0].source_id].append(member)
    subject_label = dataset.label(key[0])
    prop_name = members[0][0].prop.name
    findings: list[Finding] = []
    consistent: dict[str, ValueSet] = {}
    for source_id, own in sorted(by_source.items()):
        common = own[0][1] if len(own) == 1 else _common(v for _, v in own)
        if common is not None and common.empty:
            findings.append(
                _finding(
                    "X303",
                    f"{source_id} contradicts itself on {subject_label} {prop_name}: "
                    + "; ".join(f"{c.claim_id_part} says {c.value_display}" for c in _parts(own))
                    + "; at most one of them can be right; check the source",
                    [c for c, _ in own],
                    key,
                )
            )
        elif common is not None:
            consistent[source_id] = common
    if len(consistent) < 2:
        return findings
    involved = [m for m in members if m[0].source_id in consistent]
    # Thousands of sources may say the same few things: each distinct set once (an
    # intersection neither depends on the order of its sets nor changes with a repeat).
    distinct = dict.fromkeys(consistent.values())
    overall = _common(distinct)
    assert overall is not None
    if not overall.empty and all(equal(v, overall) for v in distinct):
        return findings  # all say the same: nothing to report (and nothing to write out)
    if overall.empty:
        disputed = [f for f in dataset.facts_for(key[0], prop_name) if f.disputed]
        note = ""
        if disputed:
            sides = " against ".join(f"{f.display} ({dataset.cite(f.ref)})" for f in disputed)
            note = f"; the dataset records this dispute ({sides}) without settling it"
        findings.append(
            _finding(
                "X301",
                f"sources contradict each other on {subject_label} {prop_name}: "
                f"{_all_said(involved)}; "
                f"no single value fits all{note}; find out which is right and acknowledge "
                "the finding on the claim that is wrong",
                [c for c, _ in involved],
                key,
            )
        )
        return findings
    written = {_written(c) for c, _ in involved}
    if len(written) > 1:
        findings.append(
            _finding(
                "X302",
                f"sources differ on {subject_label} {prop_name}, but all can be true: "
                f"{_all_said(involved)}",
                [c for c, _ in involved],
                key,
            )
        )
    return findings


def _all_said(involved: list[tuple[ResolvedClaim, ValueSet]]) -> str:
    """What each source says, written out only for a finding: most groups have none."""
    return "; ".join(_said(c) for c, _ in involved)


def _written(claim: ResolvedClaim) -> str:
    if claim.prop.derived:
        return claim.value_display
    return repr(claim.value)


class _Part:
    def __init__(self, claim: ResolvedClaim) -> None:
        self.claim_id_part = claim.full_id.split("/", 1)[1]
        self.value_display = claim.value_display


def _parts(own: list[tuple[ResolvedClaim, ValueSet]]) -> list[_Part]:
    return [_Part(c) for c, _ in own]


def _finding(code: str, message: str, claims: list[ResolvedClaim], key: tuple[str, ...]) -> Finding:
    return make_finding(
        code,
        message,
        claims=tuple(c.full_id for c in claims),
        locations=tuple(c.location for c in claims),
        key="/".join(key),
    )
