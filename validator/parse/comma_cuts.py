"""A value cut short at a comma inside braces. In a YAML flow mapping a comma that is
not quoted ends the value: `{..., as_of: 8 December, 2022}` reads `as_of: 8 December`
and a key `2022` with no value. The schema's errors about each half ("'8 December'
gives no year", "unknown field '2022'") named neither the comma nor the way out; they
become one error, at the value, that says what happened and what to write.

Only a key written with no colon and no value, on the value's own line after it, is
read as the rest of that value (a block mapping puts each key on a line of its own),
and only where an error is about that key or about its mapping as a whole, or about the
value cut short where the whole reads as a date (an interval's `from`, whose error
stands in for its rest's): a field the schema allows to be empty (`{title: T, author}`)
is never taken for a value's rest.

Two values cut alike in one mapping (`{from: 8 December, 2022, to: 9 December, 2022}`)
leave two bare keys `2022`: the second is a duplicate key to the reader, which keeps the
first alone. That duplicate is read as the rest of the value it follows (`doubled_cuts`),
so each value gets its explanation and no duplicate key is reported, which sent the
author looking for a key written twice.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from validator.model.property_types.date_forms import written_otherwise
from validator.model.typography import shorten
from validator.read.positions import JsonPath, Positions, format_path, path_key

from .located import Located

__all__ = ["CommaCut", "comma_cuts", "doubled_cuts"]

# Characters of the value a message quotes.
_SHOWN = 60


@dataclass(frozen=True, slots=True)
class CommaCut:
    path: JsonPath  # the value cut short
    rest: tuple[str, ...]  # the keys the rest of it became
    message: str


def comma_cuts(
    data: Any,
    positions: Positions,
    flagged: Collection[JsonPath],
    loose: Collection[JsonPath] = (),
) -> dict[JsonPath, CommaCut]:
    """Each cut in the mappings errors point into, by every path an error about it may
    be at: the value cut short, each key its rest became and, for a mapping in `loose`,
    the mapping. `flagged`: the paths that have errors; `loose`: the mappings whose
    error is about all their keys at once (a value of none of the forms offered)."""
    flagged = frozenset(flagged)  # asked of every key a cut may have
    mappings = {path[:-1] for path in flagged if path}
    mappings.update(loose)
    found: dict[JsonPath, CommaCut] = {}
    for mapping in mappings:  # each its own: their order changes nothing found
        node = _node(data, mapping)
        if not isinstance(node, dict):
            continue
        whole = mapping in loose
        for cut in _cuts(node, mapping, positions, flagged, whole):
            found[cut.path] = cut
            found.update({(*mapping, key): cut for key in cut.rest})
            if whole:
                found.setdefault(mapping, cut)
    return found


def _node(data: Any, path: JsonPath) -> Any:
    for part in path:
        held = isinstance(data, dict) and part in data
        held = held or (isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data))
        if not held:
            return None
        data = data[part]
    return data


def _cuts(
    node: dict[Any, Any],
    mapping: JsonPath,
    positions: Positions,
    flagged: Collection[JsonPath],
    whole: bool,
) -> Iterator[CommaCut]:
    keys = list(node)
    at = 0
    while at < len(keys):
        key, value = keys[at], node[keys[at]]
        at += 1
        if not isinstance(key, str):
            continue
        # A number before the comma ("value: 1,000 minutes", "value: 1,5"), as written:
        # plain, it ends where its text does, and the spaces after the comma are known.
        number = type(value) in (int, float)
        if number:
            value = positions.written.get((*mapping, key))
        if not isinstance(value, str):
            continue
        line, column = positions.of((*mapping, key))
        rest: list[str] = []
        # Where the text read so far ends, for the spaces after each comma.
        end = positions.values.get((*mapping, key), (line, column))[1] + len(value)
        spaces: list[int] = []
        while at < len(keys) and isinstance(keys[at], str) and node[keys[at]] is None:
            path = (*mapping, keys[at])
            if not _bare_key(positions, path, line, column):
                break
            rest.append(keys[at])
            start = positions.keys[path][1]
            spaces.append(max(start - end - 1, 0))
            end = start + len(keys[at])
            at += 1
        if rest and not whole and not all((*mapping, part) in flagged for part in rest):
            # A rest with no error of its own may be fields the schema allows empty,
            # unless the value flagged is a date read whole (an interval's `from`,
            # whose error stood in for the rest's).
            named = (*mapping, key) in flagged and written_otherwise(_whole(value, rest))
            if not named:
                rest = []
        if number and all(_GROUP.fullmatch(part) for part in rest):
            rest = []  # a number's thousands alone: `shape_words.grouped_words` tells it
        if rest:
            message = _message(mapping, key, value, rest, spaces if number else None)
            yield CommaCut((*mapping, key), tuple(rest), message)


def _bare_key(positions: Positions, path: JsonPath, line: int, column: int) -> bool:
    """Whether the key at `path` is written after (`line`, `column`) on that line with
    no colon after it: its empty value begins where the key's text ends (a key written
    `published: null` has its value past the colon)."""
    key = positions.keys.get(path)
    if key is None or key[0] != line or key[1] <= column:
        return False
    return positions.values.get(path) == (line, key[1] + len(str(path[-1])))


def _whole(value: str, rest: list[str], spaces: list[int] | None = None) -> str:
    """The value as written: each part after a comma and its spaces (one, unless
    `spaces` says how many)."""
    if spaces is None:
        return ", ".join((value, *rest))
    return value + "".join(f",{' ' * gap}{part}" for gap, part in zip(spaces, rest, strict=True))


def _message(
    mapping: JsonPath, key: str, value: str, rest: list[str], spaces: list[int] | None = None
) -> str:
    whole = _whole(value, rest, spaces)
    fields = " and ".join(f"'{shorten(part, _SHOWN)}'" for part in rest)
    said = (
        f"{format_path((*mapping, key))} '{shorten(whole, _SHOWN)}' was cut at its comma: "
        "inside braces a comma that is not quoted ends a value, so YAML read "
        f"'{shorten(value, _SHOWN)}' and {'a field' if len(rest) == 1 else 'fields'} {fields}"
    )
    advice = written_otherwise(whole)
    shown = f"'{shorten(whole)}' "
    if advice is not None and advice.startswith(shown):
        return f"{said}; whole, it {advice[len(shown) :]}"
    if (number := _COMMA_NUMBER.fullmatch(whole)) is not None:
        if number["thousands"]:
            return f"{said}; whole, it parts its thousands; write {key}: {whole.replace(',', '')}"
        point = whole.replace(",", ".", 1)
        return (
            f"{said}; whole, it marks its decimals with a comma; write {key}: {point} if the "
            "comma marks the decimals"
        )
    if (two := _TWO_NUMBERS.fullmatch(whole)) is not None:
        # Quoted, "90, 95" is refused in turn: it is two values where one goes.
        low, high = sorted((two[1], two[2]), key=float)
        end = key in _ENDS and bool(mapping) and isinstance(mapping[-1], str)
        field = mapping[-1] if end else key  # `value: {about: 90, 95}`: the value's
        return (
            f"{said}; whole, it gives two values where one goes: for a range, write "
            f"{field}: {{from: {low}, to: {high}}}; else write the one the source gives"
        )
    return f"{said}; quote it: {key}: {_quoted(whole)}"


# A number written with commas and perhaps its unit, as prose prints it: thousands parted
# ("1,000 minutes"), or a decimal comma ("1,5", "92,5 min"). Quoted, it is refused for
# its comma in turn: the message says the form to write.
_GROUP = re.compile(r"[0-9]{3}")
_COMMA_NUMBER = re.compile(
    r"(?:(?P<thousands>[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]{1,15},[0-9]{1,2})"
    r"(?: ?(?:%|[^\W\d]{1,20}\.?))?"
)

# Two numbers parted by a comma and a space ("90, 95"), and the fields of a value's
# forms that hold one number each.
_TWO_NUMBERS = re.compile(r"(-?[0-9]{1,15}(?:\.[0-9]{1,15})?), +(-?[0-9]{1,15}(?:\.[0-9]{1,15})?)")
_ENDS = frozenset(("about", "from", "to", "within"))


def _quoted(text: str) -> str:
    """`text` in YAML's single quotes, which take a quote written twice."""
    return "'" + shorten(text, _SHOWN).replace("'", "''") + "'"


def doubled_cuts(
    data: Any,
    positions: Positions,
    problems: Iterable[Located],
    schema: list[Located],
) -> tuple[list[Located], list[Located]]:
    """The reading problems `problems` and schema errors `schema` of a document, with
    each duplicate key that is the rest of a value cut at its comma (a bare key written
    after the value on its line, whose first use is a bare key too) taken for what it
    is: the duplicate is left out, and the value's error (added where the schema had
    none, the interval's other end standing in for it) explains the cut."""
    kept: list[Located] = []
    cuts: dict[JsonPath, CommaCut] = {}
    for problem in problems:
        cut = _doubled(data, positions, problem)
        if cut is None:
            kept.append(problem)
        else:
            cuts.setdefault(cut.path, cut)
    if not cuts:
        return kept, schema
    errors = [e._replace(message=cuts.pop(e.path).message) if e.path in cuts else e for e in schema]
    for path, cut in cuts.items():
        errors.append(Located("E102", path, *positions.of(path), cut.message, path_key(path)))
    return kept, errors


def _doubled(data: Any, positions: Positions, problem: Located) -> CommaCut | None:
    """The cut whose rest is the duplicate key of `problem`, if it is one."""
    if problem.code != "E101" or not problem.path or not problem.key.startswith("duplicate-key:"):
        return None
    mapping, rest = problem.path[:-1], problem.path[-1]
    node = _node(data, mapping)
    if not isinstance(node, dict) or not isinstance(rest, str) or node.get(rest, 0) is not None:
        return None
    first = positions.keys.get(problem.path)
    if first is None or not _bare_key(positions, problem.path, first[0], 0):
        return None  # its first use was a key with a value of its own: a real duplicate
    # The value written last before the duplicate, on its line: (column, key).
    on_line = [
        (at[1], key)
        for key in node
        if (at := positions.values.get((*mapping, key))) is not None
        and at[0] == problem.line
        and at[1] < problem.column
    ]
    if not on_line:
        return None
    column, key = max(on_line, key=lambda found: found[0])
    value = node[key]
    if (
        not isinstance(key, str)
        or not isinstance(value, str)
        or column + len(value) >= problem.column
    ):
        return None
    return CommaCut((*mapping, key), (rest,), _message(mapping, key, value, [rest]))
