"""Claims from cues naming no subject, set against the words of other cues and names
of their sentence: a value that other words tie to another subject is not the article's
work's."""

from __future__ import annotations

import re
from dataclasses import replace

from .cues import CompiledCue
from .mentions import Mentions
from .model import DraftClaim

__all__ = ["Named", "Topical", "note_value", "settled"]

# What relations.find_relations keeps of each match to drop claims afterwards (see there).
Named = dict[tuple[int, int], list[tuple[int, int, set[str], str, str]]]
# A claim from a cue naming no subject: its value's place, the match's span, and whether
# its sentence names its subject.
Topical = list[tuple[DraftClaim, tuple[int, int], tuple[int, int], bool]]


def settled(claims: list[DraftClaim], named: Named, topical: Topical) -> list[DraftClaim]:
    """A name that a cue's words, begun before the words that would make it the topic's,
    tie to another named subject is not the topic's: in "Joe, her son with the director
    Sam Mendes", Mendes is Joe's father, not the film's director. (In "Winslet plays Ruth
    and her daughter Mia", both cues begin at Winslet.) Nor is a value that a cue of the
    same property gives another named subject: in "I Am Victoria is a 90-minute film",
    the 90 minutes are not the topic's; its qualifiers are that subject's, though."""
    dropped: set[int] = set()
    claims += _named_here(topical, dropped)
    for claim, at, (start, end), _ in topical:
        for outer_start, outer_end, subjects, property_, words in named.get(at, ()):
            if claim.subject in subjects:
                continue
            if property_ == claim.property:
                dropped.add(id(claim))
                # "The new film stars Kate Winslet as Ruth" in an article about a series:
                # the film's cast member plays Ruth (with the named cue's excerpt, this
                # claim takes the place of the one without, see `_without_lesser`).
                if claim.qualifiers:
                    claims += [replace(claim, subject=s, excerpt=words) for s in sorted(subjects)]
            elif outer_start < start and end <= outer_end:
                dropped.add(id(claim))
    return [c for c in claims if id(c) not in dropped]


def _named_here(topical: Topical, dropped: set[int]) -> list[DraftClaim]:
    """Of two claims a cue naming no subject gives one value for one property, the one
    about a work its sentence does not name is dropped where the other's subject is
    named there, and its qualifiers are that one's: in "The series began with I Am
    Nicola, starring Vicky McClure as Nicola", McClure plays Nicola in I Am Nicola, not
    in the article's work. The claims added are returned; the dropped noted."""
    here: dict[tuple[tuple[int, int], str], set[str]] = {}
    for claim, at, _, named in topical:
        if named:
            here.setdefault((at, claim.property), set()).add(claim.subject)
    added: list[DraftClaim] = []
    for claim, at, _, named in topical:
        subjects = here.get((at, claim.property), set())
        if named or not subjects or claim.subject in subjects:
            continue
        dropped.add(id(claim))
        if claim.qualifiers:
            added += [replace(claim, subject=s) for s in sorted(subjects)]
    return added


def note_value(
    index: int,
    match: re.Match[str],
    cue: CompiledCue,
    found: list[DraftClaim],
    mentions: Mentions,
    named: Named,
    topical: Topical,
) -> None:
    """Record where the value of the claims a cue's match found stands: in `named` with
    the match's words and subjects, for a cue naming its subject; else in `topical`."""
    at = (index, match.start("value"))
    if not cue.has_subject:
        text = mentions.texts[index]
        here = {m.entity for m in mentions.within(index, 0, len(text))}
        topical.extend((claim, at, match.span(), claim.subject in here) for claim in found)
        return
    subjects = {c.subject for c in found}
    words = found[0].excerpt
    # Each name of a list in the slot: "of Kate Winslet and the director Jim
    # Threapleton" ties Threapleton too.
    listed = mentions.within(index, *match.span("value"))
    for start in {at[1], *(m.start for m in listed)}:
        named.setdefault((index, start), []).append((*match.span(), subjects, cue.property, words))
