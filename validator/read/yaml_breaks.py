"""NEL, LS and PS (U+0085, U+2028, U+2029) read as YAML 1.2 reads them: characters of
the text they stand in, ending no line.

libyaml reads YAML 1.1, where each of them ends a line. So in a comment, what followed
one was read as YAML: a pull request's `property: runtime  # the runtime<LS>    value:
300` showed its reviewers one line holding a comment (GitHub and the editors end no line
there, nor does YAML 1.2, nor the JSON a claim file may be), and gave factlint a value
they never saw. In a quoted text, one was folded into a space.

Each is given to libyaml as a character of the Private Use Area that the document does
not hold, which libyaml reads as any other character of a text or comment, and is put
back in everything read: the keys and values, the paths of the positions, the problems'
messages. Every position stays where it was, as each stands in for one character. A
document holding every such character cannot be read so, and is refused at the first
of the three.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from .line_feeds import line_starts
from .positions import JsonPath, LoadProblem, Positions, duplicate_key
from .yaml_scalars import YamlParseError

__all__ = ["Loaded", "NonBreaks"]

# What the loader makes of a document: its data, positions and problems.
Loaded = tuple[Any, Positions, list[LoadProblem]]

_Place = TypeVar("_Place")

_MARKS = "\x85\u2028\u2029"
_NAMES = {"\x85": "NEL", "\u2028": "line separator", "\u2029": "paragraph separator"}
# The Private Use Area's characters, which no reader gives a meaning of its own.
_STAND_INS = (0xE000, 0xF900), (0xF0000, 0xFFFFE), (0x100000, 0x10FFFE)


class NonBreaks:
    """The stand-ins of one document's NEL, LS and PS, and the way back."""

    __slots__ = ("back", "text")

    def __init__(self, text: str, stand_ins: str) -> None:
        self.text = text.translate(str.maketrans(_MARKS, stand_ins))
        self.back = str.maketrans(stand_ins, _MARKS)

    @classmethod
    def of(cls, text: str) -> NonBreaks | None:
        """The stand-ins for `text`, or None when it holds none of the three (nearly
        every document, at the cost of three searches). Raises `YamlParseError` when
        every stand-in is in the document already."""
        if not any(mark in text for mark in _MARKS):
            return None
        held = set(text)
        free = "".join(itertools.islice((c for c in _candidates() if c not in held), 3))
        if len(free) < 3:
            raise _unreadable(text)
        return cls(text, free)

    def load(self, load: Callable[[str], Loaded]) -> Loaded:
        """`load` (the loader) of the stand-ins' text, the characters put back in what
        it made, or in the message of the error it raised."""
        try:
            return self.restore(load(self.text))
        except YamlParseError as error:
            error.message = self.put_back(error.message)
            error.args = (error.message,)
            raise

    def restore(self, loaded: Loaded) -> Loaded:
        """What libyaml made of the stand-ins' text, with the characters put back. Two
        keys of a mapping that are one once put back (one written with the character,
        one with its escape `\\u2028`) are a duplicate key, the first one kept, as the
        loader reports one."""
        data, positions, problems = loaded
        twins: list[tuple[JsonPath, str, str]] = []
        # An alias's collection is one object, rebuilt once.
        data = self._data(data, {}, (), twins)
        moved = Positions(
            _first(self._path, positions.values),
            _first(self._path, positions.keys),
            _first(self._path, positions.written),
            {self._path(p): self._path(q) for p, q in positions.aliases.items()},
            _first(self._path, positions.tags),
            {line: self.put_back(text) for line, text in positions.comments.items()},
        )
        problems = [self._problem(p) for p in problems]
        for path, first, second in twins:
            key = self.put_back(second)
            problems.append(
                duplicate_key(
                    (*self._path(path), key),
                    key,
                    positions.keys.get((*path, second), (1, 1)),
                    positions.keys.get((*path, first), (1, 1)),
                )
            )
        if twins:  # in the order of the document, as the loader's are
            problems.sort(key=lambda problem: (problem.line, problem.column))
        return data, moved, problems

    def put_back(self, text: str) -> str:
        return text.translate(self.back)

    def _data(
        self,
        value: Any,
        done: dict[int, Any],
        path: JsonPath,
        twins: list[tuple[JsonPath, str, str]],
    ) -> Any:
        if isinstance(value, str):
            return value.translate(self.back)
        if not isinstance(value, (dict, list)):
            return value
        made = done.get(id(value))
        if made is not None:
            return made
        if isinstance(value, list):
            made = [self._data(item, done, (*path, i), twins) for i, item in enumerate(value)]
        else:
            made = {}
            written: dict[Any, Any] = {}  # each key put back, as libyaml read it
            for key, item in value.items():
                back = key.translate(self.back) if isinstance(key, str) else key
                if back in made:
                    twins.append((path, written[back], key))
                    continue
                written[back] = key
                made[back] = self._data(item, done, (*path, key), twins)
        done[id(value)] = made
        return made

    def _path(self, path: JsonPath) -> JsonPath:
        return tuple(step.translate(self.back) if isinstance(step, str) else step for step in path)

    def _problem(self, problem: LoadProblem) -> LoadProblem:
        return LoadProblem(
            self._path(problem.path),
            problem.line,
            problem.column,
            self.put_back(problem.message),
            problem.kind,
            self.put_back(problem.about),
        )


def _first(
    path: Callable[[JsonPath], JsonPath], places: dict[JsonPath, _Place]
) -> dict[JsonPath, _Place]:
    """`places` by their paths put back, the first of two that are one once put back."""
    moved: dict[JsonPath, _Place] = {}
    for at, place in places.items():
        moved.setdefault(path(at), place)
    return moved


def _candidates() -> Iterator[str]:
    for start, end in _STAND_INS:
        yield from map(chr, range(start, end))


def _unreadable(text: str) -> YamlParseError:
    """The refusal of a document that holds every stand-in, at its first NEL, LS or PS."""
    at = min(index for index in map(text.find, _MARKS) if index >= 0)
    starts = line_starts(text)
    line = sum(1 for start in starts if start <= at)
    mark = text[at]
    return YamlParseError(
        f"{_NAMES[mark]} (U+{ord(mark):04X}) ends a line for some YAML readers and not "
        f'for others; write it as an escape ("\\u{ord(mark):04x}") inside a double-quoted '
        "string",
        line,
        at - starts[line - 1] + 1,
    )
