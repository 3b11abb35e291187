"""The wordings and clusters of quotes across sources, and the findings naming them.

A wording is the same words by one speaker (case and punctuation aside) with every claim
that prints them; a cluster, the wordings of one speaker's quote, headed by the one most
printed. Both are built by `quote_clusters`; what stands beside a finding (its sources
named, its sides) is worked out here once a wording, which may stand beside hundreds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

from validator.model.findings import Finding, Side, make_finding
from validator.resolve.claims import ResolvedClaim

from .quote_match import Match, Quote
from .source_sides import SAMPLE, make_side

__all__ = ["NAMED", "Cluster", "Wording", "agrees", "finding", "named"]

NAMED = 3  # sources named in a message, then how many more


@dataclass(slots=True)
class Wording:
    quote: Quote
    claims: list[ResolvedClaim] = field(default_factory=list)
    # Worked out once all claims are in (`settle`): a wording printed by hundreds of
    # sources stands beside every variant's finding, and each finding named its sources
    # and sorted its claims again.
    sources: list[str] = field(default_factory=list)
    side: Side | None = None  # its side in full, for its own findings
    sample: Side | None = None  # its side listing SAMPLE claims, beside others' findings
    named: str | None = None  # its sources counted and named (`named`)
    # The same words printed with other punctuation or case (`_by_words`): the text it
    # shows, printed most, and the others, each a wording of its own claims.
    printed: Wording | None = None
    variants: list[Wording] = field(default_factory=list)

    def settle(self) -> None:
        self.sources = sorted({c.source_id for c in self.claims})


@dataclass(slots=True)
class Cluster:
    head: Wording  # the most printed wording
    members: list[Wording] = field(default_factory=list)


def named(wording: Wording) -> str:
    """`3 sources (a, b, c)`: worked out once a wording, which may stand beside the
    finding of every wording given to another speaker."""
    if wording.named is None:
        sources = wording.sources
        count = len(sources)
        names = ", ".join(sources[:NAMED])
        if count > NAMED:
            names += f" and {count - NAMED:,} more"
        wording.named = f"{count:,} {'source' if count == 1 else 'sources'} ({names})"
    return wording.named


def _sides(deviating: Wording, other: Wording | None) -> tuple[Side, ...]:
    """The deviating wording's side in full; the wording it is held against, beside
    every other variant's finding too, lists its first SAMPLE claims. Each is made once
    per wording."""
    if deviating.side is None:
        deviating.side = make_side(deviating.claims, False, {})
    if other is None:
        return (deviating.side,)
    if other.sample is None:
        other.sample = make_side(other.claims, False, {}, limit=SAMPLE)
    return (deviating.side, other.sample)


def finding(
    code: str, message: str, deviating: Wording, other: Wording | None, match: Match
) -> Finding:
    details = [("diff", match.diff)]
    if match.truncated:
        details.append(("compared", "the first 1,000 words of each quote"))
    # The claims in the sides' order: the deviating wording's by source, then a sample
    # of the other wording's (related, not at fault).
    sides = _sides(deviating, other)
    return make_finding(
        code,
        message,
        # A side may list thousands of claims: joined in C.
        claims=tuple(chain.from_iterable(side.claims for side in sides)),
        locations=tuple(chain.from_iterable(side.locations for side in sides)),
        key="quote",
        details=tuple(details),
        sides=sides,
    )


def agrees(found: Match | None) -> bool:
    return found is not None and found.words_agree
