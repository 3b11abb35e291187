"""What the aliases of a YAML document repeat, bounded like a file's size, and where
the numbers they repeat were written.

Without aliases a document's text is at most its file's size; an alias repeats its
anchor's text once more. A node count alone does not bound that (see `RepeatedText`),
so the loader counts the characters each alias repeats, and refuses the document past
its limit before expanding anything. A text property takes a number as written
(`007`), so an alias also says where its anchor's numbers were written (`Origin`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from validator.model.typography import shorten

from .positions import JsonPath, LoadProblem, Positions, key_about
from .yaml_scalars import YamlLimits, YamlParseError

__all__ = ["COLLECTION_KEY", "MAX_GUESSED", "Aliases", "Guessed", "RepeatedText", "record_origin"]

# The most aliases of one document that are a problem at their node (see `_guessed`): a
# claim file written by hand has one or two.
MAX_GUESSED = 100

# The problem of a mapping key that is a collection, written or through an alias.
COLLECTION_KEY = (
    "a mapping key must be a plain value, not a collection; write the field's name as the "
    "key, or remove the entry"
)

# Where the scalars of a node were written: for a number or boolean, its text as written;
# for an alias of a collection, the path of the collection its anchor names; else None.
Origin = str | JsonPath | None


@dataclass(frozen=True, slots=True)
class Guessed:
    """The `Origin` of an alias read as a guess (see `Aliases.unplaced`): its own
    origin, the problem to record where it is placed (`Aliases.place`), and what a
    collection holding it holds, for an alias repeating that (`Aliases.repeats_itself`)."""

    origin: Origin
    message: str
    line: int
    column: int
    holds: str


# What a value holding an alias read as a guess holds, by why it is a guess.
_INSIDE = "an alias inside itself"
_NO_ANCHOR = "an alias naming no anchor before it"


def record_origin(positions: Positions, here: JsonPath, origin: str | JsonPath) -> None:
    """Keep, for the node placed at `here`, how its numbers and booleans were written
    (see `Positions.written_as`). A value inside a duplicate key's value, which is not
    kept, has the path of the kept one's: the first to come is kept, as for the key."""
    if isinstance(origin, str):
        positions.written.setdefault(here, origin)
    else:
        positions.aliases.setdefault(here, origin)


def _text_in(value: Any, sizes: dict[int, int]) -> int:
    """The characters of text (keys and values) `value` holds, its aliases expanded.

    A node count does not bound what an alias repeats: 20,000 aliases of one anchored
    text of 900,000 characters are 20,000 nodes, but 18 billion characters for the
    schema check to copy (a 1.2 MB claim file took 23 GB and minutes). Each aliased
    collection is counted once and remembered by identity, so an alias of an anchor
    built from other aliases costs its own length, not its expansion."""
    if type(value) is str:
        return len(value)
    if not isinstance(value, dict | list):
        return 0
    known = sizes.get(id(value))
    if known is None:
        if isinstance(value, dict):
            known = sum(len(k) + _text_in(v, sizes) for k, v in value.items())
        else:
            known = sum(_text_in(v, sizes) for v in value)
        sizes[id(value)] = known
    return known


class RepeatedText:
    """The characters of text the aliases of one document repeat, within `limit`."""

    __slots__ = ("limit", "sizes", "total")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sizes: dict[int, int] = {}  # id of an aliased collection -> its characters
        self.total = 0

    def add(self, value: Any, line: int, column: int) -> None:
        """Count an alias of `value`, written at `line`:`column`; refused past the limit."""
        self.total += _text_in(value, self.sizes)
        if self.total > self.limit:
            raise YamlParseError(
                f"aliases repeat more than {self.limit:,} characters of text "
                "(an alias bomb?); refused before expanding them",
                line,
                column,
            )


class Aliases:
    """The anchors of one document so far (`named`: name -> value, the nodes it stands
    for, the levels of nesting it adds, its `Origin`), and what their aliases repeat.
    `plain`: the anchors on plain texts, by where each stands (name, text as written),
    and `used` the names an alias used, so the anchors no alias uses are known from the
    one parse (`validator.read.yaml_anchors`)."""

    __slots__ = (
        "broken",
        "guesses",
        "holding",
        "left_out",
        "limits",
        "max_depth",
        "named",
        "plain",
        "problems",
        "repeated",
        "used",
    )

    def __init__(self, limits: YamlLimits, problems: list[LoadProblem] | None = None) -> None:
        self.limits = limits  # the document's: a key's too (`yaml_keys.key_text`)
        self.max_depth = limits.max_depth
        self.problems = [] if problems is None else problems  # the document's, so far
        self.named: dict[str, tuple[Any, int, int, Origin]] = {}
        self.repeated = RepeatedText(limits.max_aliased_chars)
        self.plain: dict[tuple[int, int], tuple[str, str]] = {}
        self.used: set[str] = set()
        # The collections holding an alias read as the text written (inside its own
        # anchor, or naming none), by id, kept so no id is reused, with what they hold;
        # and the anchors on them, whose aliases repeat that guess (see `hold`).
        self.holding: dict[int, tuple[Any, str]] = {}
        self.broken: dict[str, str] = {}
        self.guesses = 0
        self.left_out = False  # whether a mapping's entry was left out (`refuse_key`)

    def use(
        self, event: Any, anchor: str | None, around: Sequence[tuple[Any, ...]], want_key: bool
    ) -> tuple[Any, int, int, Origin | Guessed, int, int]:
        """What the alias `event` stands for (`expand`). One naming no anchor before it,
        or inside the value its anchor marks (`anchor` the innermost open collection's,
        `around` the frames of the others, each with its anchor fourth), or repeating
        such a value, is read as a guess, a problem where it is placed (`place`); as a
        key (`want_key`), a key that cannot be read (`refuse_key`)."""
        name = event.anchor
        if name not in self.named:
            inside = name == anchor or any(frame[3] == name for frame in around)
            return self.unplaced(event, want_key, inside)
        found = self.expand(event, len(around))
        if name in self.broken and not want_key:
            return self.repeats_itself(event, found)
        return found

    def close(self, anchor: str, named: tuple[Any, int, int, JsonPath]) -> None:
        """The anchored collection `named` closes: its aliases may be used. When it holds
        an alias read as a guess (`hold`), so do they, each a problem too."""
        self.named[anchor] = named
        held = self.holding.get(id(named[0])) if self.holding else None
        if held is not None:
            self.broken[anchor] = held[1]

    def place(
        self,
        positions: Positions,
        here: JsonPath,
        origin: Origin | Guessed,
        innermost: Any,
        around: Sequence[tuple[Any, ...]],
    ) -> None:
        """`record_origin` for the node placed at `here` in the open collection
        `innermost` (`around`: the frames of those around it, each its collection
        first); for an alias read as a guess, first the problem at `here`, and every
        open collection marked as holding it (`hold`)."""
        if isinstance(origin, Guessed):
            self.problems.append(
                LoadProblem(here, origin.line, origin.column, origin.message, "alias")
            )
            self.hold(innermost, around, origin.holds)
            origin = origin.origin
        if origin is not None:
            record_origin(positions, here, origin)

    def hold(self, innermost: Any, around: Sequence[tuple[Any, ...]], holds: str) -> None:
        """Mark the open collections, `innermost` first, as holding a node read as a
        guess (`holds`: what it is): an alias inside its own anchor or naming none, or
        one repeating such a value. An alias of an anchor on any of them is then a
        problem too. Stops at the first marked already: the ones around it were marked
        with it, so each is marked once."""
        for collection in chain((innermost,), (frame[0] for frame in reversed(around))):
            if collection is None or id(collection) in self.holding:
                return
            self.holding[id(collection)] = (collection, holds)

    def unplaced(
        self, event: Any, want_key: bool, inside: bool
    ) -> tuple[Any, int, int, Guessed, int, int]:
        """An alias naming no anchor before it, or one `inside` the value its anchor
        marks, which would hold itself: as `expand` gives a value, the text written
        (`*x`), a guess whose problem `place` records where the alias is placed, so that
        only the claim holding it is refused, not the whole file (its other claims were
        left unchecked for one). As a key (`want_key`) the guess itself, which is no
        text: the key is refused (`refuse_key`), as one that is a collection is. An
        anchor of its name written later is not taken for prose (`used`): the alias
        says what is wrong."""
        self.used.add(event.anchor)
        message = self.unknown(event, inside).message
        guess = self._guessed(event, None, message, _INSIDE if inside else _NO_ANCHOR)
        value = guess if want_key else f"*{event.anchor}"
        return value, 1, 0, guess, guess.line, guess.column

    def refuse_key(
        self,
        here: JsonPath,
        key: Any,
        at: tuple[int, int],
        innermost: Any,
        around: Sequence[tuple[Any, ...]],
    ) -> None:
        """A mapping's key that is no plain value, written at `at`: a collection, or an
        alias inside its own anchor (a `Guessed`); the entry, placed at `here`, is left
        out of the mapping. A problem there (the whole file was refused for one, its
        other claims unchecked), and for a guess every open collection marked as
        holding it (`hold`), as `place` does for a value."""
        self.left_out = True
        if isinstance(key, Guessed):
            self.problems.append(LoadProblem(here, key.line, key.column, key.message, "alias"))
            self.hold(innermost, around, key.holds)
            return
        last = self.problems[-1] if self.problems else None
        if last is None or (last.line, last.column, last.message) != (*at, COLLECTION_KEY):
            # `? *x : 1` is the key `{*x: 1}`, refused where its own key is: once there.
            self.problems.append(LoadProblem(here, *at, COLLECTION_KEY, "key", key_about(key)))

    def repeats_itself(
        self, event: Any, found: tuple[Any, int, int, Origin, int, int]
    ) -> tuple[Any, int, int, Guessed, int, int]:
        """An alias of an anchor whose value holds an alias read as a guess, as `expand`
        `found` it: a guess too, whose problem `place` records."""
        name, holds = shorten(event.anchor), self.broken[event.anchor]
        message = (
            f"alias *{name} repeats the value its anchor &{name} marks, which holds {holds}; "
            "write out what it should repeat"
        )
        value, count, levels, origin, line, column = found
        guess = self._guessed(event, origin, message, holds)
        return value, count, levels, guess, line, column

    def _guessed(self, event: Any, origin: Origin, message: str, holds: str) -> Guessed:
        """The guess of the alias `event`, counted; past `MAX_GUESSED` the whole
        document is refused, as it was for the first: each is a finding, and a 4 MB
        claim file of a million `*x` inside `&x` took 7 s and 850 MB."""
        self.guesses += 1
        mark = event.start_mark
        if self.guesses > MAX_GUESSED:
            raise YamlParseError(
                f"more than {MAX_GUESSED} aliases name no anchor before them, are inside the "
                "value their anchor marks, or repeat such a value; write out what they "
                "should repeat",
                mark.line + 1,
                mark.column + 1,
            )
        return Guessed(origin, message, mark.line + 1, mark.column + 1, holds)

    def scalar(self, event: Any, value: Any, origin: Origin, line: int, column: int) -> None:
        """The anchored scalar `event`, read as `value`, written at `line`:`column`: named
        for its aliases, and kept by where it stands when it is a plain text, which may
        be prose starting with '&' (see `plain`)."""
        self.named[event.anchor] = (value, 1, 0, origin)
        if not event.style:
            self.plain[(line, column)] = (event.anchor, event.value)

    def expand(self, event: Any, depth: int) -> tuple[Any, int, int, Origin, int, int]:
        """An alias's value, the nodes it expands to, the levels it adds and its anchor's
        `Origin`, and where it is written (`depth` levels down); refused if its anchor
        is not complete yet, it would nest too deep, or the text it repeats passes the
        document's limit."""
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        name = event.anchor
        if name not in self.named:
            raise self.unknown(event, inside=False)
        value, count, levels, origin = self.named[name]
        self.used.add(name)
        if depth + levels > self.max_depth:
            raise YamlParseError(
                f"nesting is deeper than {self.max_depth} levels (through the alias "
                f"*{shorten(name)})",
                line,
                column,
            )
        self.repeated.add(value, line, column)
        return value, count, levels, origin, line, column

    @staticmethod
    def unknown(event: Any, inside: bool) -> YamlParseError:
        """The error of an alias whose anchor is not complete: one still open around it
        (`inside`: a value that would hold itself), or none written before it. Both were
        "refers to no complete anchor", which told neither what was wrong."""
        mark, name = event.start_mark, shorten(event.anchor)
        if inside:
            message = (
                f"alias *{name} is inside the value its anchor &{name} marks, and a value "
                "cannot hold itself; write out what it should repeat"
            )
        else:
            message = (
                f"alias *{name} names no anchor before it; mark the value it repeats with "
                f"&{name} earlier in the file, or write the value out"
            )
        return YamlParseError(message, mark.line + 1, mark.column + 1)
