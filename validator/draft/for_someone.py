"""A prize "for" a person, where the sentence is about a work: in "I Am Ruth won two
prizes at the awards: Single Drama, and Leading Actress for Winslet", the last prize is
the person's, won for the work, and the others of the list are the work's own. Read as
written, the person would be the work a prize was for, and every prize of the list the
work's: the draft made Winslet the work I Am Ruth's Single Drama was for. The word
joining them is the one the property's cues put between the value and an entity
qualifier ("{value} for {for_work}").

Only then is a person "for" whom a prize was won read at all: an entity qualifier the
dataset gives kinds (`qualifier_kinds`) keeps only names of them. "Kate Winslet won
Leading Actress for Dominic Savage" drafted Savage as the work she won it for; it is
drafted as her win, with no work."""

from __future__ import annotations

import re
from functools import cache

from validator.dataset.model import PropertyDef

from .mentions import Mentions
from .model import Drafted

__all__ = ["for_someone", "of_kinds"]

_Slots = dict[str, list[Drafted]]
_Paired = dict[str, list[Drafted | None]]
_JOINED = re.compile(r"\{value\}\s+([\w’'-]+(?:\s+[\w’'-]+)?)\s+\{(\w+)\}")


def for_someone(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    prop: PropertyDef,
    slots: _Slots,
    paired: _Paired,
) -> list[tuple[_Slots, _Paired]]:
    """The slots (and the qualifiers `paired` with the values) of each claim a match
    makes: as taken, unless the value slot's last name is followed by the joining word
    and a person, and the subject is one thing (see the module's opening); then the
    other values with the thing as subject, without the person as a qualifier, and
    the last with the person as its subject and the thing as that qualifier."""
    subjects, values = slots["subject"], slots.get("value", [])
    joins = _joins(prop)
    if not joins or len(subjects) != 1 or "value" not in match.re.groupindex:
        return [(slots, paired)]
    people = set(prop.subject_kinds) - set(mentions.things(prop.subject_kinds))
    if _kind(mentions, subjects[0]) not in set(prop.subject_kinds) - people:
        return [(slots, paired)]
    named = [
        m
        for m in mentions.within(index, *match.span("value"))
        if mentions.kind(m.entity) in prop.value_kinds
    ]
    for word, qualifier in joins:
        joined = word.match(match.string, match.end("value"))
        if joined is None or not named:
            continue
        after = mentions.within(index, joined.end(), len(match.string))
        if not after or after[0].start != joined.end():
            continue
        person, prize = after[0].entity, named[-1].entity
        if mentions.kind(person) not in people:
            continue
        # The slot may have kept the list's first name alone ("Single Drama, and ...").
        at = values.index(prize) if prize in values else len(values)
        rest = {n: v for n, v in slots.items() if slots[n] != [person] or n == "subject"}
        pairs = {n: v for n, v in paired.items() if n in rest}
        own = dict(rest, value=values[:at] + values[at + 1 :])
        won: _Slots = {**rest, "subject": [person], "value": [prize], qualifier: subjects}
        return [
            (own, {n: v[:at] + v[at + 1 :] for n, v in pairs.items()}),
            (won, {n: v[at : at + 1] for n, v in pairs.items()}),
        ]
    return [(slots, paired)]


@cache
def _joins(prop: PropertyDef) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The words the property's cues put between the value and an entity qualifier, as
    a pattern matching them between spaces, and that qualifier."""
    found = {
        (join.group(1), join.group(2))
        for cue in prop.cues
        for join in _JOINED.finditer(cue)
        if prop.qualifier_type(join.group(2)) == "entity"
    }
    return tuple((re.compile(rf"\s+(?i:{re.escape(w)})\s+"), q) for w, q in sorted(found))


def _kind(mentions: Mentions, value: Drafted) -> str | None:
    """The kind of an entity a slot took; None for any other value."""
    if not isinstance(value, str) or value not in mentions.dataset.entities:
        return None
    return mentions.kind(value)


def of_kinds(
    mentions: Mentions, prop: PropertyDef, slots: _Slots, paired: _Paired
) -> tuple[_Slots, _Paired]:
    """The slots and paired qualifiers without an entity qualifier's names of no kind
    the property gives that qualifier; a qualifier left with none is left out."""
    out, pairs = dict(slots), dict(paired)
    for name, kinds in prop.qualifier_kinds:
        if name in out:
            kept = [v for v in out[name] if _kind(mentions, v) in kinds]
            if kept:
                out[name] = kept
            else:
                del out[name]
        if name in pairs:
            pairs[name] = [
                v if v is not None and _kind(mentions, v) in kinds else None for v in pairs[name]
            ]
    return out, pairs
