"""Sides of a disagreement between sources, counted and summarised for messages.

A side may hold thousands of sources: a message counts them and names a few
("3 sources say 22 (a, b, c)", "2,000 sources say 22 (a, b, c and 1,997 more)"), and
the finding's `sides` carry every list in full for the JSON report. How many sources a
side counts as is decided in one place, `side_count`: sources that share wording
(S501, `check_wording`) are not independent, so each group of them counts once there
("3 sources (2 independent) say 22").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from operator import attrgetter

from validator.model.findings import Side
from validator.model.property_types.choices import normalise_text
from validator.model.typography import shorten
from validator.resolve.claims import ResolvedClaim

from .wording import sources_counted

__all__ = [
    "SAMPLE",
    "Label",
    "SidesWithout",
    "make_side",
    "said_side",
    "short",
    "shown_once",
    "shown_value",
    "side_text",
    "sides_text",
]

_NAMED = 3  # sources named in a side's summary
_VALUES = 3  # values named in a side's summary
_SIDES = 4  # sides summarised in one message; more are counted
_VALUE_CHARS = 60
# Claims a side standing beside many findings lists (see `make_side`).
SAMPLE = 20
# A resolved claim's fields, read in C (sides may list thousands of claims).
_BY_SOURCE = attrgetter("source_id", "full_id")
_SOURCE = attrgetter("source_id")
_FULL_ID = attrgetter("full_id")
_LOCATION = attrgetter("location")


def short(text: str, limit: int = _VALUE_CHARS) -> str:
    """`text` on one line, cut to `limit` characters."""
    return shorten(" ".join(text.split()), limit)


def side_count(sources: Iterable[str], groups: Mapping[str, str]) -> int:
    """How many sources a side counts as: each independent source once, and each group
    of sources that share wording once (`groups`: `check_wording.dependent_groups`)."""
    return sources_counted(sources, groups).independent


# An entity's label (`Dataset.label`): what a side shows for a claim written with an
# inverse property, whose value in the group's terms is the subject it was written with.
Label = Callable[[str], str]


def shown_value(claim: ResolvedClaim, mixed: bool, label: Label | None = None) -> str:
    """A claim's value in its own terms: an age as an age at its date, a changing value
    (a `time_dependent` property) with its date; in a group that mixes properties (ages
    with birth dates), each value with its property's name. A claim written with an
    inverse property ("Harbour Trust owns Rovers", in the group of Rovers' owner) shows
    the entity it was written about, by `label`: its value as written is the group's
    own subject, and two sources naming different owners read as both saying "Rovers"."""
    if claim.inverted and label is not None:
        value = short(label(claim.written_subject))
    else:
        value = short(claim.value_display)
    if claim.prop.derived:
        return f"{claim.prop.name} {value} as of {claim.as_of_display}"
    if claim.prop.time_dependent:  # a changing value is only ever true at a date
        value = f"{value} as of {claim.as_of_display}"
    return f"{claim.prop.name} {value}" if mixed else value


def make_side(
    claims: Sequence[ResolvedClaim],
    mixed: bool,
    groups: Mapping[str, str],
    values: Sequence[str] | None = None,
    limit: int | None = None,
    label: Label | None = None,
) -> Side:
    """The side of `claims`; `values` as shown, when not the claims' in order of frequency.

    With `limit`, the side's lists keep only its first `limit` claims (by source) and
    their sources, while `count` still counts every source. That is for a side that
    stands beside many findings, the same each time: the sources agreeing with the
    dataset beside each D201 of a group, the majority wording beside each Q402. In full,
    each of those findings would repeat it, and the JSON report would grow with the
    product of the two (875 MB for 100,000 claims quoting a few sentences)."""
    ordered = sorted(claims, key=_BY_SOURCE)
    everyone = tuple(sorted(set(map(_SOURCE, ordered))))
    if values is None:
        values = _by_frequency(shown_value(c, mixed, label) for c in ordered)
    sources = everyone
    if limit is not None and len(ordered) > limit:
        ordered = ordered[:limit]
        sources = tuple(sorted(set(map(_SOURCE, ordered))))
    return Side(
        values=tuple(values),
        sources=sources,
        claims=tuple(map(_FULL_ID, ordered)),
        locations=tuple(map(_LOCATION, ordered)),
        # Where no source shares wording, each counts once.
        count=side_count(everyone, groups) if groups else len(everyone),
    )


class SidesWithout:
    """`make_side(claims without one source's, mixed, groups, limit=limit)` for each
    source, from work done once for `claims`.

    Beside each D201 of a group stand the other sources the dataset supports: the same
    claims less the refuted claim's source. Built afresh per refuted claim, that was the
    whole group sorted and its values tallied again each time, quadratic in the group
    (76 % of a 100,000-claim run with 8 facts and thousands of wrong values). Here the
    claims are sorted and tallied once; a source's side subtracts that source's own
    tally, and takes its first `limit` claims skipping that source's."""

    def __init__(
        self,
        claims: Sequence[ResolvedClaim],
        mixed: bool,
        groups: Mapping[str, str],
        limit: int,
        label: Label | None = None,
    ) -> None:
        self.ordered = sorted(claims, key=_BY_SOURCE)
        self.limit = limit
        self.tally: Counter[str] = Counter()
        self.own: dict[str, Counter[str]] = defaultdict(Counter)
        for claim in self.ordered:
            shown = shown_value(claim, mixed, label)
            self.tally[shown] += 1
            self.own[claim.source_id][shown] += 1
        # side_count: each group of sources sharing wording counts once (sources_counted).
        self.group_of = {source: groups.get(source, source) for source in self.own}
        self.group_sizes = Counter(self.group_of.values())
        self.made: dict[str, Side] = {}

    def without(self, source: str) -> Side:
        """The side of every claim but `source`'s."""
        found = self.made.get(source)
        if found is None:
            found = self.made[source] = self._make(source)
        return found

    def _make(self, source: str) -> Side:
        ordered = list(islice((c for c in self.ordered if c.source_id != source), self.limit))
        own = self.own.get(source)
        tally = self.tally if own is None else self.tally - own  # drops counts reaching 0
        count = len(self.group_sizes)
        if own is not None and self.group_sizes[self.group_of[source]] == 1:
            count -= 1  # the source was its group's only member here
        return Side(
            values=tuple(sorted(tally, key=lambda value: (-tally[value], value))),
            sources=tuple(sorted({c.source_id for c in ordered})),
            claims=tuple(c.full_id for c in ordered),
            locations=tuple(c.location for c in ordered),
            count=count,
        )


def shown_once(
    alike: Iterable[Sequence[ResolvedClaim]], mixed: bool, label: Label | None = None
) -> list[str]:
    """The values a side shows, the most claimed first, from `alike`: the side's claims
    grouped by the one value each group allows. A source that writes one value two
    ways ("40" and "40%") shows it once, as its first claim writes it: "1 source says
    40 or 40%" read as a source unsure between two values. Two sources writing it two
    ways show both, as the side of sources that differ does (`said_side`), unless they
    differ only in case or spacing, as text values are compared: "2 sources say London
    or london" read as two places; the form most of them write stands for all."""
    tally: Counter[str] = Counter()
    for claims in alike:
        first: dict[str, ResolvedClaim] = {}
        for claim in sorted(claims, key=_BY_SOURCE):
            first.setdefault(claim.source_id, claim)
        forms = Counter(shown_value(claim, mixed, label) for claim in first.values())
        folded: dict[str, list[str]] = defaultdict(list)
        for form in forms:
            folded[normalise_text(form)].append(form)
        for same in folded.values():
            most = min(same, key=lambda form: (-forms[form], form))
            tally[most] += sum(forms[form] for form in same)
    return sorted(tally, key=lambda value: (-tally[value], value))


def _by_frequency(shown: Iterable[str]) -> list[str]:
    """The distinct values, the most common first (ties by the value's text). Each claim's
    value is put in words once: a side of a quote may hold thousands of long texts."""
    tally = Counter(shown)
    return sorted(tally, key=lambda value: (-tally[value], value))


def said_side(
    said: Sequence[Sequence[ResolvedClaim]],
    things: int,
    mixed: bool,
    groups: Mapping[str, str],
    label: Label | None = None,
) -> tuple[Side, str]:
    """The side of the sources that say the same `things` (each its own number of values):
    `said` holds, for each thing a source says, the claims saying it. Each value is shown
    once, as its first claim writes it ("2 sources say 2022-12", not "2022-12 and 2022-12";
    "90 min", not "90 min or 1.5 hours" where one source writes one length both ways),
    while the side lists every claim, as the JSON report's full lists must. Its values
    join as alternatives ("or") where each source says one thing, some writing it
    another way ("47", "about 47 ± 0"), else "and" (each says them all: a year and its
    day)."""
    shown = list(dict.fromkeys(shown_value(claims[0], mixed, label) for claims in said))
    every = [claim for claims in said for claim in claims]
    return make_side(every, mixed, groups, shown), "or" if things == 1 else "and"


def side_text(side: Side, conjunction: str = "or") -> str:
    """`N sources say V (a, b, c and N-3 more)`; a side's several values are joined by
    `conjunction`: "or" where each source gives one of them, "and" where each gives all."""
    count = side.count
    verb = "source says" if count == 1 else "sources say"
    if count < len(side.sources):  # some share wording: counted once per group
        verb = f"sources ({count:,} independent) say"
        count = len(side.sources)
    values = side.values[:_VALUES]
    said = f" {conjunction} ".join(values)
    if len(values) > 2:
        said = ", ".join(values[:-1]) + f" {conjunction} {values[-1]}"
    if len(side.values) > _VALUES:
        said += f" ({conjunction} {_others(len(side.values) - _VALUES, 'value')})"
    named = ", ".join(side.sources[:_NAMED])
    if len(side.sources) > _NAMED:
        named += f" and {len(side.sources) - _NAMED:,} more"
    return f"{count:,} {verb} {said} ({named})"


def sides_text(sides: Sequence[Side], joiner: str, conjunction: str | Sequence[str] = "or") -> str:
    """Several sides summarised, the first `_SIDES` of them in full; `conjunction`, one
    for every side or each side's own (see `side_text`)."""
    each = [conjunction] * len(sides) if isinstance(conjunction, str) else conjunction
    text = joiner.join(
        side_text(side, word) for side, word in zip(sides[:_SIDES], each, strict=False)
    )
    if len(sides) > _SIDES:
        text += f"{joiner}{_others(len(sides) - _SIDES, 'side')}"
    return text


def _others(count: int, noun: str) -> str:
    """`1 other side`, `2 other sides`."""
    return f"{count:,} other {noun}" + ("" if count == 1 else "s")
