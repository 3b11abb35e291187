"""A collection nested past the depth limit inside a claim, not read, so that only the
claim holding it is refused.

Nesting deeper than the limit refused the whole file, its other claims unchecked. The
JSON reader now passes over such a collection without building anything of it,
matching its brackets (and the strings that may hold some) with one byte held a level
(`after_json`). The YAML reader builds it as far as the limit again (twice the limit in
all: libyaml gives the events, and its nodes count towards the document's limit), then
empties it (`opened`, `emptied`). Either way an empty collection of its kind is in its
place, and a problem at it. Outside a claim, past twice the limit in YAML, under a YAML
anchor, or where its end cannot be found, it still refuses the file, at the first
level past the limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .positions import JsonPath, LoadProblem, in_claim
from .yaml_scalars import YamlLimits, YamlParseError

__all__ = ["NOT_READ", "STRING_REST", "after_json", "emptied", "opened"]

# What the problem at a collection passed over adds to the depth limit's message.
NOT_READ = "what it holds was not read, as no field nests so deep; remove the levels past it"

# In a collection passed over, only what opens or closes one, and the strings, are
# looked at: a run of openings or closings at a time.
_NESTING = re.compile(r'[\[{]+|[\]}]+|"')
# A JSON string's rest after its opening quote, up to its closing quote on the same
# line, escapes passed over whole (unrolled: a run of plain characters at a time).
STRING_REST = re.compile(r'[^"\\\r\n]*(?:\\[^\r\n][^"\\\r\n]*)*"')
_OPENING = str.maketrans("]}", "[{")


def after_json(text: str, start: int) -> int | None:
    """The offset after the JSON array or object that opens at `start`, its members
    passed over unread; None when its end cannot be found so (it is not closed, a
    bracket closes another kind, or a string in it runs past its line)."""
    opened = bytearray()  # the kind of each level still open: `[` or `{`
    at = start
    while True:
        found = _NESTING.search(text, at)
        if found is None:
            return None
        run, at = found.group(), found.end()
        if run == '"':
            closed = STRING_REST.match(text, at)
            if closed is None:
                return None
            at = closed.end()
        elif run[0] in "[{":
            opened += run.encode()
        else:
            count = min(len(run), len(opened))
            # The first closes the last opened, the second the one before, and so on.
            if run[:count].translate(_OPENING).encode() != bytes(reversed(opened[-count:])):
                return None
            del opened[-count:]
            if not opened:
                return found.start() + count


def opened(
    stack: Sequence[tuple[Any, ...]],
    here: JsonPath,
    at: tuple[int, int],
    places: dict[JsonPath, tuple[int, int]],
    limits: YamlLimits,
    problems: list[LoadProblem] | None,
    anchor: str | None,
) -> None:
    """A YAML collection opens at `at`, to be placed at `here`, past the depth limit
    (`stack`: the frames of the collections around it, the top level's first, each with
    its path third). The first level past it, inside a claim, is a problem there (not
    as a key, `problems` None: refused as a collection); it is read as far as the limit
    again and emptied when the document is complete (`emptied`). Past that, outside
    any claim, and under an `anchor` (its aliases would repeat it emptied), the whole
    document is refused, at the first level past it."""
    limit, depth = limits.max_depth, len(stack)
    first = here if depth == limit + 1 else stack[limit + 1][2]
    message = f"nesting is deeper than {limit} levels"
    if depth > 2 * limit or not in_claim(first) or (first == here and anchor is not None):
        raise YamlParseError(message, *(at if first == here else places[first]))
    if first == here and problems is not None:
        problems.append(LoadProblem(here, *at, f"{message}; {NOT_READ}", "depth"))


def emptied(data: Any, problems: Sequence[LoadProblem]) -> None:
    """Each collection of `data` a problem says nests past the depth limit, emptied:
    what it holds is not read. (Refused under an anchor, it is no alias's value.)"""
    for problem in problems:
        if problem.kind != "depth":
            continue
        node = data
        try:
            for step in problem.path:
                node = node[step]
        except (KeyError, IndexError, TypeError):
            continue  # in a value not kept: a repeated key's, an entry left out
        node.clear()
