"""A claim rule's judgement of one statement, kept for every claim that makes it.

A corpus says the same thing thousands of times, often at the same date. A claim rule's
assessment depends on nothing of a claim but what it says (see `rule.ClaimRule`), so
the run judges each distinct statement once per date, or once for every date where the
rule says the date decides nothing (`ClaimRule.undated`), and places the findings of
the first claim judged on each other claim that makes the statement.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from validator.model.findings import Finding, Location, make_finding

from .fact_words import Assessment

__all__ = ["Judged", "Known", "placed_findings"]

S = TypeVar("S")

# A claim's assessment (with its findings about the first claim that made the statement
# at that date), and whether a rule across sources wants the claim.
Judged = tuple[Assessment, bool]


class Known(Generic[S]):
    """What a run knows of one statement as written (subject, property, value and
    qualifiers): what it resolves to (`said`), and how it is judged at every date
    (`undated`, once the rule said the date decides nothing) or at each date apart
    (`dated`, by the stand-in of the date as written)."""

    __slots__ = ("dated", "said", "undated")

    def __init__(self, said: S) -> None:
        self.said = said
        self.undated: Judged | None = None
        self.dated: dict[Hashable, Judged] = {}


def placed_findings(
    findings: tuple[Finding, ...],
    claim: str,
    at: Location,
    qualifier_at: Callable[[str], Location] | None = None,
) -> tuple[Finding, ...]:
    """A claim rule's findings about one claim, about the claim `claim` at `at` instead
    (a rule's findings about a claim name it alone, at its value): equal to what the
    rule gives that claim. A finding a qualifier decides (its `qualifier` detail) is
    placed at that qualifier, by `qualifier_at`, where the caller knows where it is."""
    claims = (claim,)
    placed = []
    for f in findings:
        name = f.detail("qualifier") if qualifier_at is not None else None
        where = at if name is None or qualifier_at is None else qualifier_at(name)
        placed.append(
            make_finding(
                f.code,
                f.message,
                claims=claims,
                locations=(where,),
                key=f.key,
                details=f.details,
                sides=f.sides,
            )
        )
    return tuple(placed)
