"""Whether a slot a cue sets beside its value (a listing's time, a `{KIND}` name) holds
what it stands for."""

from __future__ import annotations

import re

from .mentions import Mentions

__all__ = ["fits_beside"]


def fits_beside(mentions: Mentions, index: int, match: re.Match[str], slot: str, kind: str) -> bool:
    """Whether what a slot beside the value holds ("time", "kind": see cues) is what it
    stands for: a `{KIND}` slot's name is of its kind (the cue marks the names of its
    other slots' kinds too)."""
    if kind != "kind":
        return True
    beside = mentions.within(index, *match.span(slot), loose=True)
    return bool(beside) and all(mentions.kind(m.entity) == slot for m in beside)
