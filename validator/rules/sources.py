"""Stage 4: hold sources against each other (X301, X302, X303), and count the sources
that agree with the dataset where it refutes a claim (D201).

Claims about one subject and single-valued property are grouped (after inverse
normalisation) and compared with the same set algebra as the dataset checks: they
contradict when no one value lies in all their sets. Ages are compared as the birth
dates they imply, so two ages given at different dates are compared fairly.

A contradiction names the culprits, not the group: a claim compatible with every other
is a bystander and no party to it; the others fall into sides (`value_clusters`), and
the finding is placed on the smallest side, the odd one out (on each, when a few tie),
with the other sides as related locations. One mistake is one error: a claim the
dataset refutes already has its D201, so it is left out of the comparison, and its D201
says how many other sources agree with the dataset; what remains contradicts only where
the dataset cannot settle it (it has no fact, or records a dispute). A source that
contradicts itself gets X303 and its claims still take part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import partial
from itertools import islice
from typing import NamedTuple

from validator.dataset.model import Dataset
from validator.model.findings import Finding, make_finding
from validator.model.property_types.registry import derivation
from validator.model.result import Verdict
from validator.model.values import Span, ValueSet
from validator.resolve.claims import ResolvedClaim

from .agreement import NAMED, Agreement, with_agreement
from .bare_units import unit_note
from .changing_values import within_changes
from .recalled import GroupOutcome, group_name, is_group_outcome
from .rule import Across, AcrossFound, CrossRule, Needs, Recall, recall_nothing
from .self_contradictions import Member, self_contradictions
from .shares import share_note
from .source_sides import (
    SAMPLE,
    SidesWithout,
    make_side,
    said_side,
    short,
    shown_once,
    side_text,
    sides_text,
)
from .value_clusters import canonical_order, compatible_with_all, sides
from .wording import dependent_groups

__all__ = ["RULE", "TIED", "check_sources"]

# Sides that tie as the odd one out of an X301 each carry their own, up to this many;
# more share one (`_compare`).
TIED = 20


def comparison_set(claim: ResolvedClaim) -> tuple[tuple[str, ...], ValueSet]:
    """The group a claim is compared in, and the set it is compared with."""
    prop = claim.prop
    derived = derivation(prop.derived)
    if derived is not None and isinstance(claim.value, Span):
        # Values derived at different dates compare as the base values they allow.
        base = derived.base_values(claim.value, claim.as_of)
        return (claim.subject, prop.source_property or prop.name), base
    key: tuple[str, ...] = (claim.subject, prop.name)
    if prop.time_dependent:
        # Two sources may both be right about a changing value at different times.
        key = (*key, repr((claim.as_of.low, claim.as_of.high)))
    return key, claim.value


def compared(claim: ResolvedClaim) -> bool:
    """Whether the claim is compared with other sources' claims: a property with one
    value at a time, or one derived from such (an age, from a birth date)."""
    return bool(claim.prop.single or claim.prop.derived)


_CONFLICTS = frozenset({"X301", "X303"})  # not all the claims of a group can be true


class _Context(NamedTuple):
    dataset: Dataset
    verdicts: Mapping[str, Verdict]
    groups: Mapping[str, str]


class SourceChecks(NamedTuple):
    findings: list[Finding]  # X301, X302, X303
    agreement: dict[str, Agreement]  # refuted claim's full id -> what its D201 adds


def check_sources(
    claims: list[ResolvedClaim],
    dataset: Dataset,
    verdicts: Mapping[str, Verdict] | None = None,
    groups: Mapping[str, str] | None = None,
    tokens: Mapping[str, str] | None = None,
    recall: Recall = recall_nothing,
) -> SourceChecks:
    """The findings between sources; `verdicts` are the claims' verdicts against the
    dataset (a claim it refutes is settled by its D201 and left out of comparisons);
    `groups` maps each source that shares wording with others to its group
    (`check_wording.dependent_groups`), so that a side counts each group once.

    A group's findings depend on its members, their verdicts and the groups of their
    sources alone: with `tokens` (`Across.tokens`) for all its members, a group is
    named by them, and `recall` may give what an earlier run found for it."""
    by_key: dict[tuple[str, ...], list[Member]] = defaultdict(list)
    for claim in claims:
        if compared(claim):
            key, values = comparison_set(claim)
            by_key[key].append((claim, values))
    out = SourceChecks([], {})
    context = _Context(dataset, verdicts or {}, groups or {})
    for key, members in sorted(by_key.items()):
        if len(members) < 2:
            continue
        named = group_name("sources", key, (c for c, _ in members), tokens or {}, context.groups)
        if named is None:
            _check_group(key, members, context, out)
            continue
        found, agreed = recall(named, partial(_outcome, key, members, context), is_group_outcome)
        out.findings.extend(found)
        out.agreement.update((claim_id, Agreement(*sides)) for claim_id, sides in agreed)
    _across_dates(by_key, context, out)
    return out


def _across_dates(
    by_key: Mapping[tuple[str, ...], list[Member]], context: _Context, out: SourceChecks
) -> None:
    """X302 where sources give a changing value (a `time_dependent` property) at
    different dates: the claims are grouped by their `as_of` above, and claims of
    different dates cannot contradict, but sources that give different values are worth
    one note, as two that differ in precision are ("100 as of 2023-05 ... 92 as of
    2024-01"). It stands in for the X302s of the dates it covers, and is not given where
    claims of one date contradict, those of two sources or a source's own (X301, X303):
    then not all can be true."""
    dates: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key, members in by_key.items():
        if members[0][0].prop.time_dependent:
            dates[key[:2]].append(key)
    # One pass over the findings for the groups in conflict, and one to drop the X302s
    # replaced: a pass for every subject's dates is quadratic in a large desk's claims.
    conflicted = {f.key for f in out.findings if f.code in _CONFLICTS}
    replaced: set[str] = set()
    added: list[Finding] = []
    for base, keys in sorted(dates.items()):
        joined = {"/".join(key) for key in keys}
        if len(keys) < 2 or not conflicted.isdisjoint(joined):
            continue
        kept = sorted(
            (
                member
                for key in keys
                for member in by_key[key]
                if context.verdicts.get(member[0].full_id) is not Verdict.REFUTED
            ),
            key=lambda member: member[0].full_id,
        )
        if len({c.source_id for c, _ in kept}) < 2:
            continue
        replaced |= joined
        label = _label(base, kept, context.dataset)
        added.extend(_difference(base, kept, label, False, context))
    out.findings[:] = [f for f in out.findings if f.code != "X302" or f.key not in replaced] + added


def _outcome(key: tuple[str, ...], members: list[Member], context: _Context) -> GroupOutcome:
    out = SourceChecks([], {})
    _check_group(key, members, context, out)
    agreed = tuple(
        (claim_id, (found.own, found.agreeing, found.others, found.other_sources))
        for claim_id, found in out.agreement.items()
    )
    return tuple(out.findings), agreed


def _check_group(
    key: tuple[str, ...], members: list[Member], context: _Context, out: SourceChecks
) -> None:
    dataset, verdicts, groups = context
    members = within_changes(sorted(members, key=lambda m: m[0].full_id), dataset)
    label = _label(key, members, dataset)
    mixed = len({c.prop.name for c, _ in members}) > 1
    refuted = {c.full_id for c, _ in members if verdicts.get(c.full_id) is Verdict.REFUTED}
    named = partial(_label, key, dataset=dataset)
    labels = dataset.label
    out.findings.extend(self_contradictions(members, named, key, mixed, refuted, labels))
    kept = [m for m in members if m[0].full_id not in refuted]
    if refuted:
        supported = [c for c, _ in kept if verdicts.get(c.full_id) is Verdict.SUPPORTED]
        # The agreeing side of each refuted claim is the supported claims less its own
        # source's: worked out once for the group, then once per source (SidesWithout).
        agreeing = SidesWithout(supported, mixed, groups, SAMPLE, labels)
        sources = sorted({c.source_id for c, _ in members})
        others = len(sources) - 1  # the claim's own source aside
        for claim, _ in members:
            if others and claim.full_id in refuted:
                # The first few other sources, skipping its own: a few steps a claim,
                # however large the group.
                first = islice((s for s in sources if s != claim.source_id), NAMED)
                out.agreement[claim.full_id] = Agreement(
                    make_side([claim], mixed, groups, label=labels),
                    agreeing.without(claim.source_id),
                    others,
                    tuple(first),
                )
    if len({c.source_id for c, _ in kept}) >= 2:
        out.findings.extend(_compare(key, kept, context, label, mixed))


def _label(key: tuple[str, ...], members: Sequence[Member], dataset: Dataset) -> str:
    names = sorted({c.prop.name for c, _ in members})
    return f"{dataset.label(key[0])} {' and '.join(names)}"


def _compare(
    key: tuple[str, ...], kept: list[Member], context: _Context, label: str, mixed: bool
) -> list[Finding]:
    """X301 on each odd side out where the claims conflict; else X302 where they differ."""
    by_set: dict[ValueSet, list[ResolvedClaim]] = {}
    for claim, value in kept:
        by_set.setdefault(value, []).append(claim)
    distinct = sorted(by_set, key=canonical_order)
    fits = compatible_with_all(distinct)
    parties = [value for value, fit in zip(distinct, fits, strict=True) if not fit]
    if not parties:
        return _difference(key, kept, label, mixed, context)
    if len({c.source_id for value in parties for c in by_set[value]}) < 2:
        return []  # only one source's own claims conflict: its X303 says so
    labels = context.dataset.label
    found = [
        make_side(
            [c for i in side for c in by_set[parties[i]]],
            mixed,
            context.groups,
            shown_once((by_set[parties[i]] for i in side), mixed, labels),
            label=labels,
        )
        for side in sides(parties)
    ]
    # About the parties' properties alone: ages that conflict beside a bystander's birth
    # date are no contradiction "on age and birth_date".
    label = _label(key, [(c, v) for v in parties for c in by_set[v]], context.dataset)
    found.sort(key=lambda side: side.count)  # stable: ties keep the sets' order
    # 0.99 against 99 for a percentage: what to write if the 0.99 was a share of 1.
    # 2 against 120 minutes for a duration: what to write if the 2 was in hours.
    members = [(c, v) for v in parties for c in by_set[v]]
    share = share_note(members) or unit_note(members)
    note = share + _dispute_note(key, context.dataset)
    tied = [side for side in found if side.count == found[0].count]
    verdict = "no single value fits every side"
    if len(tied) > TIED:
        # Each tied side's own X301 would list every other side: findings and reports
        # quadratic in the sides (2.6 GB of JSON for 1,000 sources each giving its own
        # birth date). One finding, on the first of them, stands for them all.
        verdict += f", and {len(tied):,} sides tie as the odd one out: one finding for them all"
        tied = tied[:1]
    findings: list[Finding] = []
    for odd in tied:
        others = [side for side in found if side is not odd]
        message = (
            f"sources contradict each other on {label}: {side_text(odd)} against "
            f"{sides_text(others, ' and ')}; {verdict}{note}"
        )
        ordered = (odd, *others)
        findings.append(
            make_finding(
                "X301",
                message,
                claims=tuple(c for side in ordered for c in side.claims),
                locations=tuple(loc for side in ordered for loc in side.locations),
                key="/".join(key),
                sides=ordered,
            )
        )
    return findings


def _dispute_note(key: tuple[str, ...], dataset: Dataset) -> str:
    """What an X301 ends with: the next step, after the dispute the dataset records. A
    recorded dispute leaves no claim known to be wrong (D205: nothing to fix in it):
    the desk concludes, or new evidence settles it."""
    disputed = [f for f in dataset.facts_for(key[0], key[1]) if f.disputed]
    if not disputed:
        return "; find out which is right and acknowledge the finding on the claim that is wrong"
    facts = " against ".join(f"{short(f.display)} ({dataset.cite(f.ref)})" for f in disputed[:4])
    return (
        f"; the dataset records this dispute ({facts}) without settling it; acknowledge the "
        "finding with the desk's conclusion, or settle the dispute in the dataset when new "
        "evidence does"
    )


def _difference(
    key: tuple[str, ...], kept: list[Member], label: str, mixed: bool, context: _Context
) -> list[Finding]:
    """X302 where the claims are written differently but a value fits them all. The
    sides are the sources that say the same things (a source giving two values, a
    year and a day, is one source saying both, not two sources). `kept` is in the
    order of the claims' ids."""
    written = _Written()
    if len({written(c) for c, _ in kept}) < 2:
        return []
    # source -> what it says -> its claims saying it (a source may say one thing twice,
    # "1h30m" and "90 min": each value is shown once, and its side lists both claims)
    said: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(dict)
    # By value, then by id: `kept` is in the order of ids already (`_check_group`), which
    # a stable sort keeps among equal values; each set's order is worked out once.
    order: dict[int, tuple[object, ...]] = {}

    def by_value(member: Member) -> tuple[object, ...]:
        found = order.get(id(member[1]))
        if found is None:
            found = order[id(member[1])] = canonical_order(member[1])
        return found

    for claim, _ in sorted(kept, key=by_value):
        said[claim.source_id].setdefault(_said(claim, written), []).append(claim)
    by_values: dict[tuple[str, ...], list[list[ResolvedClaim]]] = defaultdict(list)
    for claims in said.values():
        by_values[tuple(claims)].extend(claims.values())
    found = sorted(
        (
            said_side(each, len(values), mixed, context.groups, context.dataset.label)
            for values, each in by_values.items()
        ),
        key=lambda pair: (-pair[0].count, pair[0].values),
    )
    if len(found) < 2:
        # Every source says the same things (a year and its day): none differs.
        return []
    sides = [side for side, _ in found]
    ordered = [c for c, _ in kept]  # in the order of ids (`_check_group`)
    return [
        make_finding(
            "X302",
            f"sources differ on {label}, but all can be true: "
            + sides_text(sides, "; ", conjunction=[word for _, word in found])
            + "; nothing to correct",
            claims=tuple(c.full_id for c in ordered),
            locations=tuple(c.location for c in ordered),
            key="/".join(key),
            sides=tuple(sides),
        )
    ]


def _said(claim: ResolvedClaim, written: _Written) -> str:
    """What a claim says, for telling the sources that say the same things apart: a
    changing value (`_across_dates`) with its date, as a side gives each value it shows."""
    if claim.prop.time_dependent:
        return f"{written(claim)} as of {claim.as_of_display}"
    return written(claim)


class _Written(dict[int, str]):
    """How a claim's value is written, for telling the ways a group's claims are
    written apart: as its own set's repr (an age as the ages it allows, not the birth
    dates they give at its date, so that "47" and "{about: 47, within: 0}" are one way
    of writing it, and "47" at two dates too). Worked out once for each value set,
    which claims that resolved alike share (a data class's repr is a call in Python for
    each field)."""

    def __call__(self, claim: ResolvedClaim) -> str:
        value = claim.value
        # By identity: the sets live as long as the group, and sets equal but made
        # apart may still be written differently.
        found = self.get(id(value))
        if found is None:
            found = self[id(value)] = repr(value)
        return found


def _check(given: Across) -> AcrossFound:
    # Sides of a disagreement count a group of sources that share wording once.
    groups = dependent_groups(given.shared)
    between = check_sources(
        list(given.claims), given.dataset, given.verdicts, groups, given.tokens, given.recall
    )
    return AcrossFound(between.findings, partial(with_agreement, agreement=between.agreement))


RULE = CrossRule(
    name="sources",
    codes=frozenset({"X301", "X302", "X303"}),
    needs=Needs.SAME_PROPERTY,
    check=_check,
    wants=compared,
    amends=frozenset({"D201"}),
)
"""The claims of every source about one subject and property, held against each other."""
