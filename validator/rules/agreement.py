"""What a D201 adds where other sources make a claim in its group: how many of them
agree with the dataset, counted and sampled (`source_sides.SidesWithout`), so that one
wrong source among many right ones reads as that; where none agrees, which others there
are, named as the agreeing ones are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from validator.model.findings import Finding, Side

__all__ = ["NAMED", "Agreement", "with_agreement"]

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
        note = _agreement_text(found)
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


def _agreement_text(found: Agreement) -> str:
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
