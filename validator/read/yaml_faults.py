"""A claim file's YAML that libyaml cannot get past for one character: a bad escape in
a double-quoted scalar (`"C:\\docs"`, `"\\ud800"`, `"\\x4"`) or a control character
(U+0001). libyaml stops there, and the whole file was refused, its other claims
unchecked.

That character is put out of the way (U+FFFD in its place, so every other position
stays) and the text is read again, a few times at most. Where the reader then finds a
node of a claim just before the fault, the fault is a problem at it on that claim, and
the node is read with U+FFFD in place of the character (a guess: the schema's verdict
on it is not reported). A control character in a comment (the node before it holds no
U+FFFD once read) changes no data: it is a problem of the file (`COMMENT`) that leaves
every claim read as written, wherever the comment is. Anything else (a fault in a
scalar outside any claim, more faults than the retries, another syntax error, a
character not where libyaml says) refuses the file with the first error, as before.
"""

from __future__ import annotations

import bisect
from typing import Any

from .line_feeds import line_starts
from .positions import JsonPath, LoadProblem, Positions, in_claim
from .yaml_load import YamlLimits, YamlParseError, load_yaml

__all__ = ["COMMENT", "load_claim_yaml"]

# The most faults of one file read past: each costs another reading of the whole text.
_MAX_FAULTS = 3
# The messages of the faults one character makes, as the reader words them.
_ESCAPES = (
    "YAML syntax error: found unknown escape character",
    "YAML syntax error: found invalid Unicode character escape code",
    "YAML syntax error: did not find expected hexdecimal number",
)
_CONTROL = "control character U+"
_PUT_ASIDE = "\ufffd"
# The kind of a problem in a comment: it concerns the file, and no claim is invalid by it.
COMMENT = "comment"


def load_claim_yaml(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """`load_yaml` of a claim file, read past up to `_MAX_FAULTS` characters libyaml
    cannot get past, each then a problem of the claim it is in."""
    faults: list[YamlParseError] = []
    written = text
    while True:
        try:
            data, positions, problems = load_yaml(text, limits)
            break
        except YamlParseError as error:
            # Its traceback (and its context's) holds the partly built document: not kept
            # while the text is read again.
            error.__traceback__ = error.__context__ = error.__cause__ = None
            offset = _fault(text, error)
            if offset is None or len(faults) == _MAX_FAULTS:
                raise (faults[0] if faults else error) from None
            faults.append(error)
            text = text[:offset] + _PUT_ASIDE + text[offset + 1 :]
    if not faults:  # placing one sorts every node of the file
        return data, positions, problems
    # Only where the text held no U+FFFD of its own does one read back tell the
    # character put aside: elsewhere every fault is placed as it was.
    told = _PUT_ASIDE not in written
    for path, fault in _places(data, positions, faults, told):
        if path is None:
            problems.append(LoadProblem((), fault.line, fault.column, _in_comment(fault), COMMENT))
        else:
            problems.append(LoadProblem(path, fault.line, fault.column, fault.message, "text"))
    return data, positions, problems


def _fault(text: str, error: YamlParseError) -> int | None:
    """The offset of the one character `error` is about: the control character at its
    place, or the backslash of the escape it is in (libyaml points at the backslash or
    up to two characters past it); None for any other error."""
    message = error.message
    starts = line_starts(text)
    if not (0 < error.line <= len(starts)):
        return None
    at = starts[error.line - 1] + error.column - 1
    if message.startswith(_CONTROL):
        code = int(message[len(_CONTROL) :].split(" ", 1)[0], 16)
        return at if at < len(text) and text[at] == chr(code) else None
    if message.startswith(_ESCAPES):
        back = text.rfind("\\", max(at - 2, starts[error.line - 1]), at + 1)
        return back if back >= 0 else None
    return None


def _places(
    data: Any, positions: Positions, faults: list[YamlParseError], told: bool
) -> list[tuple[JsonPath | None, YamlParseError]]:
    """The node each fault is in: the last value or key written at or before it, which
    must be in a claim; None for a fault in a comment (`told`: the text had no U+FFFD,
    and that node, read back, holds none); else the first fault in neither is raised, as
    it was."""
    nodes = [(at, path, False) for path, at in positions.values.items()]
    nodes += [(at, path, True) for path, at in positions.keys.items()]
    nodes.sort(key=lambda node: (node[0], len(node[1])))  # the deepest last at a place
    places = [at for at, _, _ in nodes]
    found: list[tuple[JsonPath | None, YamlParseError]] = []
    for fault in faults:
        index = bisect.bisect_right(places, (fault.line, fault.column)) - 1
        path, is_key = nodes[index][1:] if index >= 0 else ((), False)
        if told and fault.message.startswith(_CONTROL) and not _holds_put_aside(data, path, is_key):
            found.append((None, fault))
            continue
        if not in_claim(path):
            raise fault
        found.append((path, fault))
    return found


def _holds_put_aside(data: Any, path: JsonPath, is_key: bool) -> bool:
    """Whether the key or value at `path` of `data` holds the character put aside: the
    fault was in it, not in a comment after it. At the top (no node before the fault),
    nothing holds it."""
    if not path:
        return False
    node = data
    try:
        for step in path[:-1]:
            node = node[step]
        written = path[-1] if is_key else node[path[-1]]
    except (KeyError, IndexError, TypeError):  # a node left out: not told, as it was
        return True
    return isinstance(written, str) and _PUT_ASIDE in written


def _in_comment(fault: YamlParseError) -> str:
    """The message of a control character in a comment: the first part of libyaml's
    (which character), and the one repair that fits a comment."""
    code = fault.message[len(_CONTROL) :].split(" ", 1)[0]
    return (
        f"control character U+{code} is not allowed in YAML, not even in a comment; "
        "remove it (the claims were read as if it were not there)"
    )
