"""Which of several value sets conflict, and how they fall into sides.

Claims about one subject and single-valued property denote sets (see `values`). Two
questions decide a contradiction finding: which sets are compatible with every other
(such a claim is a bystander, never a party to a contradiction), and how the others
split into sides, each side having one value common to all its sets. Neither needs
every pair compared, since a group can hold thousands of distinct sets:

- Intervals: a set overlaps every other exactly when it overlaps the one with the
  highest lower end and the one with the lowest upper end (intervals on a line have a
  common point exactly when every pair overlaps). Sides come from one sweep in order of
  lower ends, starting a side whenever the next interval misses what the current side
  has in common; for intervals this gives the fewest sides possible.
- Finite sets (entities with what is narrower, text, booleans): an index from each
  member to the sets holding it. A set is compatible with all when the sets reached
  through its members are all of them; sides are built first-fit, a member belonging to
  the common part of at most one side at a time.

Everything here is a pure function of the sets and their order; callers pass them in a
canonical order (`canonical_order`) so that results do not depend on file order.
"""

from __future__ import annotations

from collections.abc import Sequence

from validator.model.values import Choice, Span, ValueSet, high_key, intersect, low_key, overlaps

__all__ = ["canonical_order", "compatible_with_all", "sides"]


def canonical_order(value: ValueSet) -> tuple[object, ...]:
    """A sort key for sets of one kind that depends on the set alone."""
    if isinstance(value, Span):
        return (low_key(value), high_key(value), value.empty)
    return tuple(sorted(value.members))


def compatible_with_all(sets: Sequence[ValueSet]) -> list[bool]:
    """For each set, whether it shares a value with every other set in `sets`."""
    if len(sets) < 2:
        return [True] * len(sets)
    empty = sum(1 for s in sets if s.empty)
    if empty:
        # The empty set shares nothing: with one present no set is compatible with all.
        return [False] * len(sets)
    if isinstance(sets[0], Span):
        return _spans_compatible([s for s in sets if isinstance(s, Span)])
    return _choices_compatible([s for s in sets if isinstance(s, Choice)])


def _spans_compatible(spans: list[Span]) -> list[bool]:
    # The two highest lower ends and the two lowest upper ends: the extreme other than
    # a set itself is then always at hand.
    by_low = sorted(range(len(spans)), key=lambda i: low_key(spans[i]), reverse=True)[:2]
    by_high = sorted(range(len(spans)), key=lambda i: high_key(spans[i]))[:2]
    result: list[bool] = []
    for index, span in enumerate(spans):
        top_low = by_low[0] if by_low[0] != index else by_low[1]
        bottom_high = by_high[0] if by_high[0] != index else by_high[1]
        result.append(overlaps(span, spans[top_low]) and overlaps(span, spans[bottom_high]))
    return result


def _choices_compatible(choices: list[Choice]) -> list[bool]:
    holders: dict[str, list[int]] = {}
    for index, choice in enumerate(choices):
        for member in choice.members:
            holders.setdefault(member, []).append(index)
    total = len(choices)
    result: list[bool] = []
    for choice in choices:
        reached: set[int] = set()
        for member in choice.members:
            reached.update(holders[member])
            if len(reached) == total:
                break
        result.append(len(reached) == total)
    return result


def sides(sets: Sequence[ValueSet]) -> list[list[int]]:
    """A partition of the indices of `sets` into sides, each with a value common to all
    its sets; an empty set is a side of its own. Sides are in order of their first
    index, and indices within a side ascending."""
    found: list[list[int]] = []
    live = [i for i, s in enumerate(sets) if not s.empty]
    found.extend([i] for i, s in enumerate(sets) if s.empty)
    if live and isinstance(sets[live[0]], Span):
        found.extend(_span_sides(sets, live))
    elif live:
        found.extend(_choice_sides(sets, live))
    for side in found:
        side.sort()
    found.sort(key=lambda side: side[0])
    return found


def _span_sides(sets: Sequence[ValueSet], live: list[int]) -> list[list[int]]:
    order = sorted(live, key=lambda i: (canonical_order(sets[i]), i))
    found: list[list[int]] = []
    common: ValueSet | None = None
    for index in order:
        value = sets[index]
        joined = None if common is None else intersect(common, value)
        if joined is None or joined.empty:
            found.append([index])
            common = value
        else:
            found[-1].append(index)
            common = joined
    return found


def _choice_sides(sets: Sequence[ValueSet], live: list[int]) -> list[list[int]]:
    found: list[list[int]] = []
    commons: list[frozenset[str]] = []
    side_of: dict[str, int] = {}  # a member of some side's common part -> that side
    for index in live:
        value = sets[index]
        assert isinstance(value, Choice)
        reached = [side_of[m] for m in value.members if m in side_of]
        if not reached:
            side_of.update(dict.fromkeys(value.members, len(found)))
            found.append([index])
            commons.append(value.members)
            continue
        side = min(reached)
        kept = commons[side] & value.members
        for member in commons[side] - kept:
            del side_of[member]
        commons[side] = kept
        found[side].append(index)
    return found
