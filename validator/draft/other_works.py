"""A cue naming no subject that is said of a work the dataset does not know.

Articles about one work recall others by the same people: "Winslet, who played Rose
DeWitt Bukater in James Cameron's Titanic, ..." in an article about I Am Ruth. The cue's
words ("{value}, who played {character}") name no subject, and would be about the
article's work; but "in" and a title right after them say which work they are about.
Where that title is no name the dataset knows, the words are about another work, and
no claim is the article's.
"""

from __future__ import annotations

import re

from validator.dataset.model import PropertyDef

from .cue_parts import NAME_MARK
from .dates import month_number
from .mentions import Mentions

__all__ = ["in_another_work"]

# "in" or "for", then an owner written with "'s" ("James Cameron's", up to four words,
# or a name the dataset knows), then "The", "A" or "An", then a capitalised word.
# Or, after a cue ending in a word and a comma, the title set off right after it: in
# "the ITV film, Inside Winslet, aired in 2011" the channel is that film's. (After a
# name and a comma, "wrote it with Jane Doe, Ann Roe said", the words go on elsewhere.)
_TITLE_AFTER = re.compile(
    rf"(?:\s+(?:in|for)\s+|(?<=[^{NAME_MARK[0]}{NAME_MARK[1]}\s],)\s+)"
    rf"(?:(?:(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*|{NAME_MARK[0]}{NAME_MARK[1]}*)['’]s\s+)?"
    r"(?:(?:The|A|An)\s+)?(?P<title>[A-Z][\w’'-]*)"
)


def in_another_work(
    mentions: Mentions, index: int, match: re.Match[str], prop: PropertyDef
) -> bool:
    """Whether the words right after a cue's `match` (in the sentence `index`, its names
    marked) set it in a work the dataset does not know: "in" and a capitalised word that
    starts no name it knows, nor a month's ("in December") or a day's. Only a relation
    between entities: "Filming started in March in Kent" is set in a place."""
    if prop.type != "entity":
        return False
    marked = match.string
    found = _TITLE_AFTER.match(marked, match.end())
    if found is None:
        return False
    start = found.start("title")
    word = found.group("title")
    if month_number(word) is not None or word.lower().endswith("day"):
        return False
    named = mentions.within(index, match.end(), len(marked), loose=True)
    return not any(m.start <= start < m.end for m in named)  # "The Glass Orchard" is one
