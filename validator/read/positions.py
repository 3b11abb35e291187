"""Where each node of a parsed document came from, so any JSON path maps to line:column."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from validator.model.typography import shorten

__all__ = [
    "JsonPath",
    "LoadProblem",
    "Positions",
    "duplicate_key",
    "format_path",
    "in_claim",
    "kept_as_read",
    "key_about",
    "path_key",
    "refused_tags",
]

JsonPath = tuple[str | int, ...]


@dataclass(slots=True)
class Positions:
    """1-based (line, column) of every value node, and of every mapping key.

    A path that has no entry of its own (a node inside an alias, say) falls back to
    its nearest ancestor, so a lookup always answers.
    """

    values: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    # The text of each scalar read as a number or boolean, as it was written (`007` for
    # 7, `1.50` for 1.5): a property that takes text takes it as written (`written_as`).
    written: dict[JsonPath, str] = field(default_factory=dict)
    # Each alias of a collection, by the path of the collection its anchor names: the
    # scalars it repeats were written there. (An alias of a scalar has its text in
    # `written`.)
    aliases: dict[JsonPath, JsonPath] = field(default_factory=dict)
    # Each scalar a tag or a block made text that plain would be a number or boolean
    # (`!!str 22`, `|` and `22` below it), with its tag or the block's `|` or `>`: a
    # message asking for the number names that to drop, not quotes.
    tags: dict[JsonPath, str] = field(default_factory=dict)
    # By line, the comment of each key or item with nothing but it after (`value: # 90?`,
    # `yaml_parser.comments_alone`): an E102 for the null there says what was read.
    comments: dict[int, str] = field(default_factory=dict)

    def of(self, path: JsonPath) -> tuple[int, int]:
        while True:
            found = self.values.get(path)
            if found is not None:
                return found
            if not path:
                return (1, 1)
            path = path[:-1]

    def of_key(self, path: JsonPath) -> tuple[int, int]:
        """The key's own position when `path` ends in a mapping key, else the value's."""
        found = self.keys.get(path)
        return found if found is not None else self.of(path)

    def written_as(self, path: JsonPath) -> str | None:
        """The text the number or boolean at `path` was written as, also through an
        alias; None for any other node, and for a number or boolean whose tag (`!!int`)
        chose its type, as nothing then says it was meant as text."""
        found = self.written.get(path)
        if found is not None or not self.aliases:
            return found
        # Each step moves into an anchor's collection, which was complete before the
        # alias: the steps cannot come back, and there are no more than the aliases.
        for _ in range(len(self.aliases)):
            for end in range(len(path) - 1, 0, -1):
                origin = self.aliases.get(path[:end])
                if origin is not None:
                    path = (*origin, *path[end:])
                    break
            else:
                return None
            found = self.written.get(path)
            if found is not None:
                return found
        return None


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A problem the parser found inside an otherwise readable document. `kind`: what
    the problem is (a key written twice, a tag refused), which names its finding;
    `about`: what tells it from another of its kind at the same path, where the path
    does not (an entry left out has no key of its own in it: `key_about`)."""

    path: JsonPath
    line: int
    column: int
    message: str
    kind: str = "duplicate-key"
    about: str = ""
    # The node holds what YAML reads, a text, not a guess: an anchor no alias uses on a
    # text leaves the text after it (`title: &t I Am Ruth`), which may have lost its
    # first word to the anchor, or may be all there was.
    as_read: bool = False


def refused_tags(problems: Iterable[LoadProblem]) -> frozenset[JsonPath]:
    """The nodes whose tag was refused, whose anchor no alias uses, whose number no
    float holds (`.inf`, `1e400`), or whose JSON string holds a bad escape or a control
    character. Each is read as written, without its tag or anchor, which is a guess, so
    the schema's verdict on the node itself is not reported. For a collection nested
    past the depth limit, read as an empty one, that is the whole field it is in (of
    its claim, or of the document): the schema would judge the field's shape by it.
    A text an unused anchor leaves outside the claims (`title: &t I Am Ruth`) is no
    guess: it is used as read (`kept_as_read`), so the schema judges it."""
    return frozenset(
        _guessed_at(problem)
        for problem in problems
        if problem.kind in _GUESSED and not kept_as_read(problem)
    )


def kept_as_read(problem: LoadProblem) -> bool:
    """Whether `problem` leaves its node as YAML reads it (`LoadProblem.as_read`) outside
    any claim, where every claim of the file would be invalid with it: a leftover anchor
    on a title (`title: &t I Am Ruth`) cost every claim its check. Its E101 still says
    the text may have lost its first word; inside a claim it is that claim's own."""
    return problem.as_read and not in_claim(problem.path)


def _guessed_at(problem: LoadProblem) -> JsonPath:
    path = problem.path
    if problem.kind != "depth":
        return path
    return path[: 3 if len(path) > 3 and in_claim(path) else 1]


def in_claim(path: JsonPath) -> bool:
    """Whether a node at `path` is inside a claim of a claim file's `claims`: only there
    is a collection nested too deep passed over, or a fault read past. Elsewhere every
    claim would be invalid with it, and the file is refused as it was."""
    return len(path) > 2 and path[0] == "claims" and type(path[1]) is int


# The problems that leave a node read as a guess (`refused_tags`).
_GUESSED = frozenset(("tag", "anchor", "number", "alias", "text", "depth"))


def key_about(key: Any) -> str:
    """What names a mapping key whose entry is left out (too long, or a collection) in
    its finding, whatever its place: a digest of its text, or of its collection as JSON
    writes it. Two such keys in one claim shared the path their entry is left out at,
    and so a fingerprint: a baseline accepting one accepted the other. The collection is
    one the loader built, within its limits on nodes and on what aliases repeat, so
    writing it costs no more than building it did."""
    text = key if isinstance(key, str) else json.dumps(key, separators=(",", ":"), default=repr)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def duplicate_key(
    path: JsonPath, key: str, at: tuple[int, int], first: tuple[int, int], json: bool = False
) -> LoadProblem:
    """The problem both loaders report for a key written twice in one mapping (`json`:
    in a JSON document, whose items are not begun as YAML's are)."""
    shown = shorten(key)
    return LoadProblem(
        path,
        at[0],
        at[1],
        f"duplicate key '{shown}' (first at line {first[0]}, column {first[1]}); keep one of "
        f"them{_another_item(path, json)}",
    )


# A list's item whose `id` comes twice most likely runs on into the next item, whose
# `- ` was left out: the lists of claim and dataset files, by the name of their items.
_ITEMS = {"claims": "claim", "entities": "entity"}


def _another_item(path: JsonPath, json: bool) -> str:
    """The second way out for an item's `id` written twice: it may start another item."""
    if len(path) < 3 or path[-1] != "id" or not isinstance(path[-2], int):
        return ""
    item = _ITEMS.get(str(path[-3]))
    begin = "write '}, {' before it" if json else "begin that with '- '"
    return f", or, if it starts another {item}, {begin}" if item else ""


def path_key(path: JsonPath) -> str:
    """`claims[3].value.from`: a node's path as findings' keys (and so their fingerprints,
    which baselines hold) name it, every name bare. `format_path` is the path messages
    show; the keys stay as they were when it wrote names as these do."""
    return _joined(path, quote=False)


def format_path(path: JsonPath) -> str:
    """`claims[3].value.from`: how messages name a node. A name that is not a word
    (empty, or holding a dot, a bracket or a space) is written in brackets and quotes,
    `qualifiers['']`, so that the path still names one node."""
    return _joined(path, quote=True)


def _joined(path: JsonPath, quote: bool) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif quote and not _NAME.fullmatch(part):
            out += "['" + part.replace("'", "''") + "']"
        else:
            out += f".{part}" if out else part
    return out or "(document)"


# A field's name as a path writes it bare.
_NAME = re.compile(r"(?:[^\W\d]|\$)\w*(?:-\w+)*")  # `$schema` is a field of its own
