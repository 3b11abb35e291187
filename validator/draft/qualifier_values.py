"""What a qualifier's slot gives its qualifier: a plain value, never an approximate one;
and a date at the precision the dataset records that qualifier in, where its facts all
give one. An award's `year` recorded as years is the year of "won ... on Sunday": the
day, read against the publication date as any weekday is, says more than the
qualifier holds."""

from __future__ import annotations

import weakref

from validator.dataset.model import PropertyDef

from .mentions import Mentions
from .model import Drafted

__all__ = ["as_qualifier"]

# The lengths of the dates "2023", "2023-05" and "2023-05-14", the precisions a
# qualifier's date is cut to.
_PRECISIONS = (4, 7, 10)
# Each article's precisions, worked out once (by its mentions, which hold the dataset).
_KNOWN: weakref.WeakKeyDictionary[Mentions, dict[tuple[str, str], int | None]] = (
    weakref.WeakKeyDictionary()
)


def as_qualifier(
    mentions: Mentions, prop: PropertyDef, name: str, parsed: Drafted | None
) -> Drafted | None:
    """The value the slot `name` of a cue of `prop` holds, its words read as `parsed`:
    the value slot's as read; a qualifier's as the module's opening says."""
    if name == "value" or parsed is None:
        return parsed
    if isinstance(parsed, dict):
        return None
    if prop.qualifier_type(name) != "date" or not isinstance(parsed, str):
        return parsed
    width = _precision(mentions, prop.name, name)
    return parsed[:width] if width is not None and len(parsed) > width else parsed


def _precision(mentions: Mentions, prop: str, name: str) -> int | None:
    """The length of every date the dataset's facts of `prop` give qualifier `name`, where
    they all give one of the same precision; else None."""
    known = _KNOWN.setdefault(mentions, {})
    if (prop, name) not in known:
        lengths = {
            len(found[1])
            for fact in mentions.dataset.facts_of((prop,))
            if (found := fact.qualifier(name)) is not None
        }
        width = lengths.pop() if len(lengths) == 1 else None
        known[(prop, name)] = width if width in _PRECISIONS else None
    return known[(prop, name)]
