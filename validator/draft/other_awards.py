"""A prize named only by its category under a headline naming other awards.

A dataset may give a category's everyday name ("Best Single Drama") to the one awards
whose prize it knows, with `broader` linking the prize to those awards. An article about
other awards names their prize of that category the same way: under the headline
"Broadcast Awards 2024: full list of winners", the line "Best Single Drama: I Am Ruth"
is the Broadcast Award, and a claim of the BAFTA would say something the article does not.
Such a claim is not drafted where the headline names awards (an entity with, or under,
something of the prize's kind) none of them related to the prize's, and the words of the
claim's excerpt name none of the prize's own awards ("won two BAFTAs last May, including
Leading Actress" does, and is kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from validator.dataset.model import Dataset

from .model import DraftClaim

__all__ = ["of_other_awards"]

_MAX_DEPTH = 20  # broader links followed from one entity, however the dataset chains them


def _with_broader(dataset: Dataset, entity: str) -> set[str]:
    """The entity and everything broader than it, through `broader` links."""
    found, todo = {entity}, [entity]
    for _ in range(_MAX_DEPTH):
        todo = [
            parent
            for known in todo
            if known in dataset.entities
            for parent in dataset.entities[known].broader
            if parent not in found
        ]
        if not todo:
            break
        found.update(todo)
    return found


def _other_awards(dataset: Dataset, prize: str, headline: Iterable[str]) -> bool:
    """Whether `prize` belongs to awards and the headline names only awards of its kind
    unrelated to them."""
    entity = dataset.entities.get(prize)
    if entity is None or not _category(dataset, prize):
        return False
    own = _with_broader(dataset, prize)
    lineages = [_with_broader(dataset, h) for h in headline]
    named = [
        lineage
        for lineage in lineages
        if any(e in dataset.entities and dataset.entities[e].kind == entity.kind for e in lineage)
    ]
    return bool(named) and all(not (lineage & own) for lineage in named)


def _category(dataset: Dataset, prize: str) -> bool:
    """Whether `prize` is a category of something of its own kind (a prize of awards):
    a place within a city, of another kind, is named by no category's name."""
    kind = dataset.entities[prize].kind
    return any(
        parent in dataset.entities and dataset.entities[parent].kind == kind
        for parent in dataset.entities[prize].broader
    )


def _names_own_awards(dataset: Dataset, prize: str, excerpt: str) -> bool:
    """Whether the excerpt's words name one of the awards the prize belongs to ("BAFTA"
    in "BAFTA for Best Single Drama" or "two BAFTAs"), as words of their own: an "RTS"
    is not named by "reports"."""
    words = excerpt.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(name.casefold())}(?:e?s)?(?!\w)", words) is not None
        for awards in _with_broader(dataset, prize) - {prize}
        if awards in dataset.entities
        for name in dataset.entities[awards].names
    )


def of_other_awards(
    dataset: Dataset, claims: list[DraftClaim], headline: Iterable[str]
) -> list[DraftClaim]:
    """The claims without those giving a prize the headline's awards rule out (see the
    module's description); `headline`: the entities the headline names."""
    named = tuple(headline)
    return [
        claim
        for claim in claims
        if not (
            isinstance(claim.value, str)
            and _other_awards(dataset, claim.value, named)
            and not _names_own_awards(dataset, claim.value, claim.excerpt)
        )
    ]
