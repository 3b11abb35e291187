"""Whether a slot a cue sets beside its value (a listing's time, a `{KIND}` name) holds
what it stands for, and the year such a name gives the claim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from validator.dataset.model import PropertyDef

from .mentions import Mentions

__all__ = ["dated_beside", "fits_beside"]


def fits_beside(mentions: Mentions, index: int, match: re.Match[str], slot: str, kind: str) -> bool:
    """Whether what a slot beside the value holds ("time", "kind": see cues) is what it
    stands for: a `{KIND}` slot's name is of its kind (the cue marks the names of its
    other slots' kinds too)."""
    if kind != "kind":
        return True
    beside = mentions.within(index, *match.span(slot), loose=True)
    return bool(beside) and all(mentions.kind(m.entity) == slot for m in beside)


_YEAR = re.compile(r"(?<![\w,.])(?:1[89]|20)\d\d(?![\w]|[,.]\d)")


def dated_beside(
    text: str, match: re.Match[str], slots: Sequence[tuple[str, str]], prop: PropertyDef
) -> dict[str, str]:
    """The year a `{KIND}` slot's name holds ("won Leading Actress at the 2023 BAFTA TV
    Awards" names the 2023 awards), for the property's one date qualifier that the cue
    has no slot of: the claim is dated so, as by "on Sunday". None where the name holds
    two years, or the property has no such qualifier or several. `text` is the sentence
    `match` was found in with its names marked: the name is read there."""
    taken = {name for name, _ in slots}
    dates = [n for n, kind in prop.qualifiers if kind == "date" and n not in taken]
    if len(dates) != 1:
        return {}
    years = {
        found.group()
        for name, kind in slots
        if kind == "kind" and match.start(name) >= 0
        for found in _YEAR.finditer(text, *match.span(name))
    }
    return {dates[0]: years.pop()} if len(years) == 1 else {}
