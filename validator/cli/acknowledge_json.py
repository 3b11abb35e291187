"""An acknowledgement added to a JSON claim file with every other byte kept.

No JSON library gives a file back as it was written, and the edit is small, so it is
made in the text: the new entry goes in at the end of the claim's object (as a new
`acknowledge` member) or of its `acknowledge` array, written the way the file already
writes that object or array: on one line or one member per line, with its indentation
unit (spaces or tabs), separators and line ending, and with `\\u` escapes where the file
uses them for non-ASCII text. Renewing a code already acknowledged changes that entry's
`reason` and `until` alone. Positions come from validator.json_load, the reader the run
uses; the edited text is read back with it and must hold exactly the original data plus
the change, or nothing is written.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from validator.read.json_load import load_json
from validator.read.line_feeds import line_breaks, line_starts
from validator.read.positions import JsonPath, Positions
from validator.read.yaml_load import YamlParseError

from .acknowledge_request import AcknowledgeError, Request, ack_entry, acknowledged_list

__all__ = ["add_acknowledgement"]

# A string, or a bracket: enough to find where a value of a valid JSON text ends. (Runs
# of plain characters are taken whole: a megabyte of text is one step, not a million.)
_TOKEN = re.compile(r'"(?:[^"\\]+|\\.)*"|[{}\[\]]', re.DOTALL)
_SCALAR = re.compile(r"[^\s,\]}]+")
_BLANK = re.compile(r"[ \t]*")
_FIRST_INDENT = re.compile(r"\n([ \t]+)\S")
# ... in a file whose lines a lone CR mostly ends (read.line_feeds), after any break.
_FIRST_INDENT_CR = re.compile(r"[\r\n]([ \t]+)\S")
# A \u escape of a character past ASCII: the mark of a file written with ensure_ascii.
_ESCAPED_NON_ASCII = re.compile(r"\\u(?!00[0-7])[0-9a-fA-F]{4}")
# Characters the reader of a file would not see: written as \u escapes, which JSON
# reads back as the same text.
_UNSEEN = frozenset(("Cc", "Cf", "Zl", "Zp"))


@dataclass(frozen=True, slots=True)
class _Style:
    """How an object or array is written. `indent` is the indentation of its members'
    lines, or None when it is written on one line."""

    indent: str | None
    unit: str  # one level of indentation
    newline: str
    comma: str  # between members on one line: ", " or ","
    colon: str  # between a key and its value: ": " or ":"
    pad: str  # inside the brackets of one written on one line: "" or " "
    ascii: bool  # non-ASCII text written as \u escapes


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str


class _Document:
    """The file's text, its data, and the reader's positions as offsets."""

    def __init__(self, text: str, data: Any, positions: Positions) -> None:
        self.text = text
        self.data = data
        self.positions = positions
        # The reader's lines, which positions count: those a line feed ends, or in a file
        # whose lines a lone CR mostly ends, those an editor shows (read.line_feeds).
        # Decided once, and the lines' starts found in one pass over the text.
        self.breaks = line_breaks(text)
        self._line_starts = line_starts(text, self.breaks)

    def _offset(self, at: tuple[int, int]) -> int:
        return self._line_starts[at[0] - 1] + at[1] - 1

    def start(self, path: JsonPath) -> int:
        return self._offset(self.positions.values[path])

    def key_start(self, path: JsonPath) -> int:
        return self._offset(self.positions.keys[path])

    def end(self, path: JsonPath) -> int:
        """The offset just after the value at `path`."""
        start = self.start(path)
        if self.text[start] not in "{[":
            match = (_TOKEN if self.text[start] == '"' else _SCALAR).match(self.text, start)
            assert match is not None  # the reader found a value here
            return match.end()
        depth = 0
        for token in _TOKEN.finditer(self.text, start):
            bracket = token.group()
            if bracket[0] != '"':
                depth += 1 if bracket in "{[" else -1
                if depth == 0:
                    return token.end()
        raise AssertionError("the reader found this container closed")  # pragma: no cover

    def member_start(self, path: JsonPath) -> int:
        """Where a member begins: its key in an object, its value in an array."""
        return self.key_start(path) if isinstance(path[-1], str) else self.start(path)

    def indent_before(self, offset: int) -> str | None:
        """The whitespace from the start of `offset`'s line to it, or None when
        something else stands before it on that line."""
        line_start = self._line_starts[bisect.bisect_right(self._line_starts, offset) - 1]
        before = self.text[line_start:offset]
        return before if _BLANK.fullmatch(before) else None

    def style(self, path: JsonPath, outer: _Style, shown: str) -> _Style:
        """How the object or array at `path` is written, `outer`'s way where it does
        not tell (an empty one, a single member)."""
        value = self.data_at(path)
        members = [
            (*path, key) for key in (value if isinstance(value, dict) else range(len(value)))
        ]
        start, end = self.start(path), self.end(path)
        style = outer
        if members and isinstance(value, dict):
            first = members[0]
            key_end = _TOKEN.match(self.text, self.key_start(first))
            assert key_end is not None
            style = replace(style, colon=self.text[key_end.end() : self.start(first)])
        found = self.breaks.search(self.text, start, end)  # its first line break, if any
        if found is None:
            style = replace(style, indent=None)
            if members:
                style = replace(style, pad=self.text[start + 1 : self.member_start(members[0])])
            if len(members) > 1:
                between = self.text[self.end(members[0]) : self.member_start(members[1])]
                style = replace(style, comma=between)
            return style
        if not members:
            return replace(style, indent=outer.indent)
        indent = self.indent_before(self.member_start(members[-1]))
        if indent is None:
            raise AcknowledgeError(
                f"{shown}: the object or array at line {self.positions.of(path)[0]} is "
                "neither on one line nor one member per line; add the acknowledgement by hand"
            )
        newline = found.group()
        if newline == "\n" and self.text[found.start() - 1] == "\r":
            newline = "\r\n"
        closing = self.indent_before(end - 1)
        unit = style.unit
        if closing is not None and indent.startswith(closing) and len(indent) > len(closing):
            unit = indent[len(closing) :]
        return replace(style, indent=indent, unit=unit, newline=newline)

    def data_at(self, path: JsonPath) -> Any:
        value = self.data
        for part in path:
            value = value[part]
        return value


def add_acknowledgement(text: str, claim_id: str, wanted: Request, shown: str) -> str:
    """`text` with the acknowledgement added to the claim's `acknowledge` list (or, for
    a code it already acknowledges, that one renewed); AcknowledgeError when that
    cannot be done faithfully."""
    doc = _read(text, shown)
    path = _claim_path(doc.data, claim_id, shown)
    claim_style = doc.style(path, _file_style(text, doc.breaks), shown)
    claim = doc.data_at(path)
    # What the file must read as afterwards: a copy of the claim alone, to be changed, in
    # copies of the lists that hold it (a deep copy of a file of 10,000 claims took a
    # tenth of the edit's time).
    claims = list(doc.data["claims"])
    index = path[1]
    assert isinstance(index, int)  # _claim_path's: ("claims", its place in the list)
    claims[index] = expected_claim = dict(claim)
    expected = {**doc.data, "claims": claims}
    entry = ack_entry(wanted)
    acks = claim.get("acknowledge")
    if "acknowledge" not in claim:
        edits = [_add_member(doc, path, claim_style, "acknowledge", [entry])]
        expected_claim["acknowledge"] = [entry]
    elif acks is None:  # `"acknowledge": null` is no list yet: the list replaces it
        edits = [_replace(doc, (*path, "acknowledge"), claim_style, [entry])]
        expected_claim["acknowledge"] = [entry]
    elif not isinstance(acks, list):
        raise AcknowledgeError(
            f"{shown}: 'acknowledge' of claim '{claim_id}' is not a list; fix the file first"
        )
    else:
        edits = _into_list(doc, (*path, "acknowledge"), claim_style, wanted, shown)
        expected_claim["acknowledge"] = acknowledged_list(acks, wanted)
    written = _apply(text, edits)
    _check(written, expected, shown)
    return written


def _read(text: str, shown: str) -> _Document:
    try:
        data, positions, problems = load_json(text)
    except YamlParseError as error:
        raise AcknowledgeError(
            f"{shown}:{error.line}:{error.column}: {error.message}; fix the file first"
        ) from None
    if problems:
        first = problems[0]
        raise AcknowledgeError(f"{shown}:{first.line}:{first.column}: {first.message}")
    return _Document(text, data, positions)


def _claim_path(data: Any, claim_id: str, shown: str) -> JsonPath:
    claims = data.get("claims") if isinstance(data, dict) else None
    found = [
        index
        for index, claim in enumerate(claims if isinstance(claims, list) else ())
        if isinstance(claim, dict) and claim.get("id") == claim_id
    ]
    if not found:
        raise AcknowledgeError(f"{shown}: no claim with id '{claim_id}'")
    if len(found) > 1:
        raise AcknowledgeError(f"{shown}: two claims have the id '{claim_id}'; fix the file first")
    return ("claims", found[0])


def _file_style(text: str, breaks: re.Pattern[str]) -> _Style:
    """What the whole file says about its style: the outermost fallback. `breaks` end
    its lines (`line_breaks`): a lone CR ends them where it is one of them."""
    cr = breaks.match("\r") is not None
    indent = (_FIRST_INDENT_CR if cr else _FIRST_INDENT).search(text)
    return _Style(
        indent=None,
        unit=indent.group(1) if indent else "  ",
        newline="\r" if cr else "\r\n" if "\r\n" in text else "\n",
        comma=", ",
        colon=": ",
        pad="",
        ascii=text.isascii() and _ESCAPED_NON_ASCII.search(text) is not None,
    )


def _replace(doc: _Document, path: JsonPath, outer: _Style, value: Any) -> _Edit:
    """The value at `path` written afresh, the way its mapping writes its members."""
    return _Edit(doc.start(path), doc.end(path), _dump(value, outer, outer.indent))


def _into_list(
    doc: _Document, path: JsonPath, outer: _Style, wanted: Request, shown: str
) -> list[_Edit]:
    """The edits that put the acknowledgement into the existing list at `path`."""
    acks: list[Any] = doc.data_at(path)
    style = doc.style(path, outer, shown)
    for index, ack in enumerate(acks):
        if isinstance(ack, dict) and ack.get("code") == wanted.code:
            return _renew(doc, (*path, index), style, wanted, shown)
    entry = ack_entry(wanted)
    if not acks:  # `[]`: written afresh, the way its claim writes its members
        return [_replace(doc, path, outer, [entry])]
    last = (*path, len(acks) - 1)
    like = doc.style(last, style, shown) if isinstance(acks[-1], (dict, list)) else style
    after = doc.end(last)
    if style.indent is None:
        return [_Edit(after, after, style.comma + _dump(entry, like, like.indent))]
    separator = "," + style.newline + style.indent
    indent = None if like.indent is None else style.indent
    return [_Edit(after, after, separator + _dump(entry, like, indent))]


def _renew(
    doc: _Document, path: JsonPath, outer: _Style, wanted: Request, shown: str
) -> list[_Edit]:
    """A code acknowledged again: its reason replaced, its `until` set or removed."""
    ack: dict[str, Any] = doc.data_at(path)
    style = doc.style(path, outer, shown)
    edits = [_set_member(doc, path, style, "reason", wanted.reason)]
    if wanted.until is not None:
        edits.append(_set_member(doc, path, style, "until", wanted.until.isoformat()))
    elif "until" in ack:
        edits.append(_remove_member(doc, path, "until"))
    return edits


def _set_member(doc: _Document, path: JsonPath, style: _Style, key: str, value: str) -> _Edit:
    if key not in doc.data_at(path):
        return _add_member(doc, path, style, key, value)
    member = (*path, key)
    return _Edit(doc.start(member), doc.end(member), _string(value, style.ascii))


def _add_member(doc: _Document, path: JsonPath, style: _Style, key: str, value: Any) -> _Edit:
    """A member added at the end of the (non-empty) object at `path`."""
    last = (*path, list(doc.data_at(path))[-1])
    after = doc.end(last)
    name = _string(key, style.ascii) + style.colon
    if style.indent is None:
        return _Edit(after, after, style.comma + name + _dump(value, style, None))
    line = "," + style.newline + style.indent
    return _Edit(after, after, line + name + _dump(value, style, style.indent))


def _remove_member(doc: _Document, path: JsonPath, key: str) -> _Edit:
    """The member `key` taken out with the comma and space that set it apart."""
    keys = list(doc.data_at(path))
    at = keys.index(key)
    member = (*path, key)
    if at > 0:
        return _Edit(doc.end((*path, keys[at - 1])), doc.end(member), "")
    return _Edit(doc.key_start(member), doc.key_start((*path, keys[1])), "")


def _dump(value: Any, style: _Style, indent: str | None) -> str:
    """`value` (text, or lists and objects of text) written in `style`, starting at
    a line indented by `indent` (None: all on one line)."""
    if isinstance(value, str):
        return _string(value, style.ascii)
    inner = None if indent is None else indent + style.unit
    if isinstance(value, dict):
        items = [
            _string(k, style.ascii) + style.colon + _dump(v, style, inner) for k, v in value.items()
        ]
        opening, closing = "{", "}"
    else:
        items = [_dump(v, style, inner) for v in value]
        opening, closing = "[", "]"
    if indent is None or inner is None:
        return opening + style.pad + style.comma.join(items) + style.pad + closing
    lines = ("," + style.newline).join(inner + item for item in items)
    return opening + style.newline + lines + style.newline + indent + closing


def _string(value: str, ascii: bool) -> str:
    """A JSON string: quotes, backslashes and control characters escaped as JSON
    requires, and every other character a reader would not see (bidi controls, line
    separators) as a \\u escape too."""
    written = json.dumps(value, ensure_ascii=ascii)
    return "".join(
        json.dumps(char)[1:-1] if unicodedata.category(char) in _UNSEEN else char
        for char in written
    )


def _apply(text: str, edits: list[_Edit]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def _check(written: str, expected: Any, shown: str) -> None:
    """The edited text holds exactly the data intended, order and types included."""
    try:
        data, _, problems = load_json(written)
        same = not problems and json.dumps(data) == json.dumps(expected)
    except YamlParseError:
        same = False
    if not same:
        raise AcknowledgeError(
            f"{shown}: its layout cannot be kept exactly; add the acknowledgement by hand"
        )
