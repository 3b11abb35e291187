"""Where a cue is looked for again in a sentence after a match whose slot took a name of
no kind the slot holds: that name may start a claim of its own."""

from __future__ import annotations

import re

from validator.dataset.model import PropertyDef

from .cue_parts import PRONOUNS
from .cues import FIRST_PERSON, CompiledCue
from .mentions import Mentions

__all__ = ["retry_at"]


def retry_at(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    cue: CompiledCue,
    prop: PropertyDef,
    found: bool = False,
) -> int | None:
    """Where to look for a cue again after a match that found nothing because a slot
    after its start took a name of no kind the slot holds: at that name, which may start
    the cue's words of its own. In "Winslet won for I Am Ruth, which also won the award
    for single drama", the prize's slot took the film, and "I Am Ruth, which also won
    ..." is the film's claim. After a match that `found` claims, at the first name of a
    list of no kind its slot holds: in "it won Best Single Drama and Winslet won Leading
    Actress" the list ends before Winslet, whose own claim starts there. None where the
    match failed otherwise, or its slots hold no such name. A match failing where its
    first slot is a pronoun standing for no one is looked for again right after it: in
    "Her daughter Freya (played by Kate Winslet's own daughter, Mia)", "Her ... daughter,
    Mia" names no mother, and "Kate Winslet's own daughter, Mia" does. So is one whose
    first slot is "I" outside a quotation: in "I Am Ruth stars Kate Winslet and her
    daughter Mia", the title's first word is no one, and "Kate Winslet and her daughter
    Mia" names the mother."""
    opening = [n for n, kind in cue.slots if kind == "entity" and match.start(n) == match.start()]
    if not found and opening and _stands_for_no_one(match.group(opening[0]).strip()):
        return match.end(opening[0])
    if not found and opening and _owned(match, match.end(opening[0])):
        return match.end(opening[0])
    if not found and opening and _GAP_AFTER_OPENING.match(cue.text):
        # "Savage thanked Kate Winslet and her daughter Mia": "her" is no one Savage
        # is called, and the next name in the gap may open the cue's words of its own.
        end = match.end(opening[0])
        later = [at for n in match.re.groupindex if (at := match.start(n)) >= end]
        if named := mentions.within(index, end, min(later, default=match.end())):
            return named[0].start
    for name, kind in cue.slots:
        allowed = {"subject": prop.subject_kinds, "value": prop.value_kinds}.get(name, ())
        if kind != "entity" or not allowed or match.start(name) <= match.start():
            continue
        named = mentions.within(index, *match.span(name))
        foreign = [m for m in named if mentions.kind(m.entity) not in allowed]
        if found and foreign:
            return foreign[0].start
        if named and len(foreign) == len(named):
            return match.start(name)
    return None


# Another's name in the possessive inside a match, which a cue's later words may start
# at: "Savage has cast Winslet's daughter Mia" is no claim about Savage, and one about
# Winslet ("{value} ... daughter {subject}" is looked for again after Savage).
_POSSESSIVE = re.compile(r"[\ue001\w][’']s(?![\w])")


def _owned(match: re.Match[str], start: int) -> bool:
    """Whether a name in the possessive lies in a match after offset `start`."""
    return _POSSESSIVE.search(match.string, start, match.end()) is not None


# A cue opening with a slot and a gap ("{value} ... daughter {subject}").
_GAP_AFTER_OPENING = re.compile(r"\{\w+(?::one)?\}\s*\.\.\.")


def _stands_for_no_one(words: str) -> bool:
    """Whether a slot's words are a pronoun alone, which may stand for no one here."""
    return words.lower() in PRONOUNS or words == FIRST_PERSON
