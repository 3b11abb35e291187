"""The properties an article's word for what they record names ("born", "starring"):
a property written as that word (E105) is told them, where no name of the vocabulary is
close to it in its letters. It was told only to check the spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["SaidWith"]

_WORD = re.compile(r"[^\W\d_]+")
# Words that say nothing of what a property records.
_SLIGHT = frozenset(("a", "an", "the", "of", "in", "on", "is", "was", "by", "for", "to"))
# Past this many characters a written name is no word of an article.
_LONGEST = 40


class SaidWith:
    """The words of each property's description and cue phrases, gathered once."""

    def __init__(self, properties: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        """`properties`: each property's name, description and cue phrases."""
        self.words = [
            (name, frozenset(_WORD.findall(" ".join((description, *cues)).casefold())))
            for name, description, cues in properties
        ]

    def names(self, name: str) -> list[str]:
        """The properties whose description or cue phrases have every word of `name`
        (`birth_date` and `place_of_birth` for "born"), in the dataset's order; none
        where `name` has no word that says something."""
        words = set(_WORD.findall(name.casefold())) - _SLIGHT if len(name) <= _LONGEST else set()
        return [prop for prop, said in self.words if words and words <= said]
