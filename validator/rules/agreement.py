"""What a D201 adds where other sources make a claim in its group: how many of them
agree with the dataset, counted and sampled (`source_sides.SidesWithout`), so that one
wrong source among many right ones reads as that; where none agrees, which others there
are, named as the agreeing ones are."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace
from itertools import islice
from typing import NamedTuple

from validator.model.findings import Finding, Side
from validator.model.typography import listed
from validator.resolve.claims import ResolvedClaim

from .source_sides import SAMPLE, Label, SidesWithout, make_side

__all__ = ["Agreement", "agreements", "with_agreement"]

# How many sources a D201 names on either side before "and N more".
NAMED = 3


class Agreement(NamedTuple):
    """What a refuted claim's D201 adds about the other sources in its group."""

    own: Side  # the refuted claim
    agreeing: Side  # the other sources whose claims the dataset supports
    others: int  # how many other sources make a claim in the group
    # The first of those other sources (at most `NAMED`, sorted), named where none of
    # them agrees with the dataset, as the agreeing ones are named where some do.
    other_sources: tuple[str, ...] = ()
    # The claims of its own source in the group that the dataset supports (their ids in
    # the file, at most `NAMED`, and how many there are): the source contradicts itself,
    # and the dataset settles which of its claims is right (no X303 then).
    own_supported: tuple[str, ...] = ()
    own_count: int = 0


def agreements(
    members: Sequence[ResolvedClaim],
    refuted: Container[str],
    supported: Sequence[ResolvedClaim],
    mixed: bool,
    groups: Mapping[str, str],
    labels: Label,
) -> dict[str, Agreement]:
    """What the D201 of each claim of `members` (one group's) in `refuted` adds: the
    other sources of the group, the `supported` claims of them that agree with the
    dataset, and those of its own source (`mixed`, `groups`, `labels`: as for
    `make_side`)."""
    # The agreeing side of each refuted claim is the supported claims less its own
    # source's: worked out once for the group, then once per source (SidesWithout).
    agreeing = SidesWithout(supported, mixed, groups, SAMPLE, labels)
    own: dict[str, list[str]] = defaultdict(list)
    for claim in supported:
        own[claim.source_id].append(claim.full_id.split("/", 1)[1])
    sources = sorted({c.source_id for c in members})
    others = len(sources) - 1  # the claim's own source aside
    found: dict[str, Agreement] = {}
    for claim in members:
        its = own.get(claim.source_id, [])
        if (others or its) and claim.full_id in refuted:
            # The first few other sources, skipping its own: a few steps a claim,
            # however large the group.
            first = islice((s for s in sources if s != claim.source_id), NAMED)
            found[claim.full_id] = Agreement(
                make_side([claim], mixed, groups, label=labels),
                agreeing.without(claim.source_id),
                others,
                tuple(first),
                tuple(its[:NAMED]),
                len(its),
            )
    return found


def with_agreement(findings: list[Finding], agreement: Mapping[str, Agreement]) -> list[Finding]:
    """`findings` with each D201 of a claim in `agreement` saying how many other sources
    agree with the dataset (before its next step, which stays last)."""
    if not agreement:
        return findings
    out: list[Finding] = []
    for finding in findings:
        found = agreement.get(finding.claims[0]) if finding.code == "D201" else None
        if found is None or len(finding.claims) != 1:
            out.append(finding)
            continue
        note = "; ".join(
            text for text in (_own_text(finding, found), _agreement_text(found)) if text
        )
        cut = finding.message.rfind("; ")
        message = (
            f"{finding.message}; {note}"
            if cut < 0
            else f"{finding.message[:cut]}; {note}{finding.message[cut:]}"
        )
        out.append(
            replace(
                finding,
                message=message,
                details=(*finding.details, ("agreeing_sources", str(found.agreeing.count))),
                sides=(found.own, found.agreeing),
            )
        )
    return out


def _own_text(finding: Finding, found: Agreement) -> str:
    """What the refuted claim's own source says elsewhere that the dataset supports, or
    "": "tyla's own claim runtime-90 agrees with the dataset"."""
    if not found.own_count:
        return ""
    source = finding.claims[0].split("/", 1)[0]
    named = listed(found.own_supported, ", ", found.own_count, sentence=True)
    if found.own_count == 1:
        return f"{source}'s own claim {named} agrees with the dataset"
    return f"{source}'s own claims {named} agree with the dataset"


def _agreement_text(found: Agreement) -> str:
    if not found.others:  # its own source's claims alone: `_own_text` says it
        return ""
    count = found.agreeing.count
    if count == 0:
        # Not "does not agree": the others may be undetermined or match one side of a
        # recorded dispute, which is no disagreement with the dataset.
        # The other source is named, as agreeing ones are: "either" alone left the
        # reader to find it.
        who = f" ({_named(found.other_sources, found.others)})" if found.other_sources else ""
        if found.others == 1:
            return f"the other source on this{who} is not supported by the dataset either"
        none = f"none of the {found.others:,} other sources on this{who} is supported"
        return f"{none} by the dataset"
    sources = found.agreeing.sources
    named = _named(sources, len(sources))
    if count < len(sources):  # some share wording: each group counts once
        many = f"{len(sources):,} other sources ({count:,} independent)"
        return f"{many} agree with the dataset ({named})"
    verb = "other source agrees" if count == 1 else "other sources agree"
    return f"{count:,} {verb} with the dataset ({named})"


def _named(sources: tuple[str, ...], total: int) -> str:
    """The first `NAMED` of `sources`, and how many more of `total` there are."""
    named = ", ".join(sources[:NAMED])
    if total > NAMED:
        named += f" and {total - NAMED:,} more"
    return named
