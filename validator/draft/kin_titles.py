"""A cue's title given to someone's relative or partner ("her marriage to director Jim
Threapleton") says what they are, not what they did in the article's work."""

from __future__ import annotations

import re

from .cue_parts import ENTITY

__all__ = ["titles_a_relative"]

# Words making the name after them someone's relative or partner, and what may link them
# to a title before the name: "her first marriage to director Jim Threapleton", "Joe's
# father is director Sam Mendes", "split from director Sam Mendes", "her husband, director".
_KIN = (
    "husband|wife|ex|ex-husband|ex-wife|partner|boyfriend|girlfriend|fianc[ée]e?|father|dad"
    "|mother|mum|son|daughter|brother|sister|marriage|married|wed|divorced|divorce|split"
)
# After a comma or "the", two words more of the title ("her husband, the film director
# Sam Mendes"); never a verb after the kin word ("her son thanked director Dominic Savage").
_TITLE_MODIFIERS = r"(?:(?-i:[a-z][\w’'-]*|[A-Z][\w’'-]*-[a-z][\w’'-]*)\s+){0,2}"
# Or the second of two people a relative is "of": "The daughter of Kate Winslet and the
# director Jim Threapleton", where the cue reads each name, and "The daughter" standing
# for one, as a run of marks (cue_parts.ENTITY).
_KIN_BEFORE = re.compile(
    rf"(?:(?<![\w’'-])(?i:{_KIN})|{ENTITY}(?=\s+(?i:of)\s))"
    rf"(?:(?:\s*,|\s+(?i:is|was|to|from|with))+\s+(?:(?i:the)\s+)?"
    rf"{_TITLE_MODIFIERS}|\s+(?:(?i:the)\s+{_TITLE_MODIFIERS})?"
    rf"|\s+(?i:of)\s+{ENTITY}\s+(?i:and)\s+(?:(?i:the)\s+)?{_TITLE_MODIFIERS})$"
)
_KIN_REACH = 60
_TITLE = re.compile(r"[\w’'/-]+:?\s+")


def titles_a_relative(match: re.Match[str]) -> bool:
    """Whether the words opening a cue naming no subject ("director {value}") follow words
    that make its value someone's relative or partner: in "Winslet was married to
    director Sam Mendes" Mendes did not direct the article's work."""
    start = match.start()
    if "value" not in match.re.groupindex or match.start("value") in (-1, start):
        return False  # "her daughter Mia Threapleton plays Freya": the name is the cue's
    if match.end("value") != match.end() or not _TITLE.fullmatch(
        match.string, start, match.start("value")
    ):
        return False  # a title is one word before the name alone: not "son is played by"
    return _KIN_BEFORE.search(match.string, max(0, start - _KIN_REACH), start) is not None
