"""A claim file's YAML that libyaml cannot get past for one character: a bad escape in
a double-quoted scalar (`"C:\\docs"`, `"\\ud800"`, `"\\x4"`) or a control character
(U+0001). libyaml stops there, and the whole file was refused, its other claims
unchecked.

That character is put out of the way (U+FFFD in its place, so every other position
stays) and the text is read again, a few times at most. Where the reader then finds a
node of a claim just before the fault, the fault is a problem at it on that claim, and
the node is read with U+FFFD in place of the character (a guess: the schema's verdict
on it is not reported). Anything else (a fault outside any claim, more faults than the
retries, another syntax error, a character not where libyaml says) refuses the file
with the first error, as before.
"""

from __future__ import annotations

import bisect
from typing import Any

from .line_feeds import line_starts
from .positions import JsonPath, LoadProblem, Positions, in_claim
from .yaml_load import YamlLimits, YamlParseError, load_yaml

__all__ = ["load_claim_yaml"]

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


def load_claim_yaml(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """`load_yaml` of a claim file, read past up to `_MAX_FAULTS` characters libyaml
    cannot get past, each then a problem of the claim it is in."""
    faults: list[YamlParseError] = []
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
    if faults:
        found = _places(positions, faults)
        problems.extend(LoadProblem(path, f.line, f.column, f.message, "text") for path, f in found)
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
    positions: Positions, faults: list[YamlParseError]
) -> list[tuple[JsonPath, YamlParseError]]:
    """The node each fault is in: the last value or key written at or before it, which
    must be in a claim; else the first fault not in one is raised, as it was."""
    nodes = [(at, path) for path, at in positions.values.items()]
    nodes += [(at, path) for path, at in positions.keys.items()]
    nodes.sort(key=lambda node: (node[0], len(node[1])))  # the deepest last at a place
    places = [at for at, _ in nodes]
    found = []
    for fault in faults:
        index = bisect.bisect_right(places, (fault.line, fault.column)) - 1
        path = nodes[index][1] if index >= 0 else ()
        if not in_claim(path):
            raise fault
        found.append((path, fault))
    return found
