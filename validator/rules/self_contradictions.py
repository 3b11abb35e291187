"""Stage 4: a source that contradicts itself (X303).

Among one source's claims about one subject and single-valued property, those that
share no value with all the others are the parties (a claim compatible with each other
claim is a bystander, as for X301), listed with the odd one out first or, where the
dataset settles which side is right, a side it refutes first. Its claims still take
part in the comparison with other sources (`validator.rules.sources`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Sequence
from itertools import accumulate

from validator.model.findings import Finding, make_finding
from validator.model.values import ValueSet, intersect
from validator.resolve.claims import ResolvedClaim

from .bare_units import unit_note
from .shares import share_note
from .source_sides import Label, shown_value
from .value_clusters import compatible_with_all, sides

__all__ = ["Member", "self_contradictions"]

Member = tuple[ResolvedClaim, ValueSet]
_LISTED = 5  # a self-contradicting source's claims named in its X303


def self_contradictions(
    members: list[Member],
    label: Callable[[Sequence[Member]], str],
    key: tuple[str, ...],
    mixed: bool,
    refuted: Container[str] = (),
    entity_label: Label | None = None,
) -> list[Finding]:
    """X303 for each source whose own claims in the group have no value in common; each
    value shown as X301 shows it (an age with its date: ages at different dates conflict
    through the birth dates they allow, which bare numbers do not show). `refuted`: the
    full ids of the claims the dataset refutes: where it settles which side is right,
    the finding is placed on a side it refutes; else they break a tie between sides.
    `label`: what the claims named are about ("Kate Winslet age"), from those claims
    alone, not from the group's (where other sources give a birth date too).
    `entity_label`: an entity's name, for the claims written with an inverse property
    (see `shown_value`)."""
    by_source: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_source[member[0].source_id].append(member)
    findings: list[Finding] = []
    for source_id, own in sorted(by_source.items()):
        if len(own) < 2:
            continue
        common: ValueSet = own[0][1]
        for _, value in own[1:]:
            common = intersect(common, value)
        if not common.empty:
            continue
        # Only the claims that conflict are parties, as for X301: a claim compatible with
        # each of the others ("1975-10" beside "1975-10-06") is a bystander. Where every
        # claim meets every other and only all of them together share nothing (entities
        # a claim widens), all are parties.
        fits = compatible_with_all([value for _, value in own])
        parties = [member for member, fit in zip(own, fits, strict=True) if not fit]
        own = parties if len(parties) >= 2 else own
        grouped = _ordered_sides(own, refuted)
        own = [own[i] for side in grouped for i in side]
        can_be_right = (
            "at most one of them can be right"
            if all(len(side) == 1 for side in grouped)
            else "they cannot all be right"
        )
        said = "; ".join(
            f"{own[i][0].full_id.split('/', 1)[1]} says "
            f"{shown_value(own[i][0], mixed, entity_label)}"
            for i in _named([len(side) for side in grouped])
        )
        if len(own) > _LISTED:
            more = len(own) - _LISTED
            said += f"; and {more:,} more {'claim' if more == 1 else 'claims'}"
        findings.append(
            make_finding(
                "X303",
                f"{source_id} contradicts itself on {label(own)}: {said}; {can_be_right}; check "
                f"the source{share_note(own) or unit_note(own)}",
                claims=tuple(c.full_id for c, _ in own),
                locations=tuple(c.location for c, _ in own),
                key="/".join(key),
            )
        )
    return findings


def _ordered_sides(own: Sequence[Member], refuted: Container[str]) -> list[list[int]]:
    """The sides of a source's conflicting claims `own`, as indices into it, the side
    the finding is placed on first.

    Where the dataset settles which side is right (it refutes some of the claims, and
    those it does not refute all fit each other), a side it refutes comes first, its
    refuted claims first: "90 min" beside "2 hours" and "120", where the dataset gives
    about 90 minutes, sends the reader to the claims that are wrong, not to the one
    claim that is right for being the smallest side. Otherwise, as for X301, the odd
    one out first (the smallest side, its claims then in order of id): "2 hours"
    against three claims of about 90 minutes that agree. Between sides of one size, a
    side the dataset refutes is the odd one out: "1998-06" against "1999" sends the
    reader to the year the dataset rules out, not to the claim that sorts first."""
    wrong = [claim.full_id in refuted for claim, _ in own]
    standing = [value for (_, value), bad in zip(own, wrong, strict=True) if not bad]
    settled = any(wrong) and bool(standing) and all(compatible_with_all(standing))
    grouped = sides([value for _, value in own])
    if not settled:
        return sorted(grouped, key=lambda side: (len(side), not any(wrong[i] for i in side)))
    for side in grouped:
        side.sort(key=lambda i: not wrong[i])  # stable: in order of id otherwise
    return sorted(
        grouped,
        key=lambda side: (not all(wrong[i] for i in side), not any(wrong[i] for i in side)),
    )


def _named(sizes: list[int]) -> list[int]:
    """Where, among the claims listed side after side (of `sizes` claims each), the
    claims the message names are: at most `_LISTED`, taken from each side in turn, shown
    in the order listed. The first five of a side of 2,500 claims all said one value, and
    the message showed no contradiction at all. Beyond the first five sides none is
    reached, however many there are."""
    starts = list(accumulate([0, *sizes[:-1]]))
    turns = sorted(
        (depth, k) for k, size in enumerate(sizes[:_LISTED]) for depth in range(min(size, _LISTED))
    )
    return sorted(starts[k] + depth for depth, k in turns[:_LISTED])
