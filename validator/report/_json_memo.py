"""The JSON report's pieces that repeat, each written once: string literals made safe,
locations, sides (see validator.report.json_report).

What they remember is bounded: remembering everything a million-claim report writes
(every claim id, every location, every side) held half a gigabyte while the report was
written. A full memo starts again (what repeats is soon back in it); the text written
is the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring

from validator.model.findings import Location, Side

from ._memo import MEMO_CHARACTERS, MEMO_ENTRIES, TextMemo
from .escaping import json_safe

__all__ = [
    "MEMO_CHARACTERS",
    "MEMO_ENTRIES",
    "PAD12",
    "Encoded",
    "Located",
    "Sides",
    "list_text",
    "literal",
    "side_text",
]

# How deep the items of a side's lists stand.
PAD12 = " " * 12


def literal(text: str) -> str:
    """A string as a JSON string literal, with control and bidi characters as `\\u`
    escapes: the same data to a JSON reader, nothing a terminal or log viewer would act
    on (see json_safe). Outside its strings the report is ASCII punctuation, digits and
    words, so every string written through here (or `Encoded`) makes the whole safe."""
    return json_safe(encode_basestring(text))


class Encoded(TextMemo[str | None]):
    """Each string as a JSON string literal (None as null), made safe and encoded once:
    ids, files, subjects, properties and values repeat across many records."""

    def make(self, text: str | None) -> str:
        return "null" if text is None else literal(text)


class Located(dict[Location, str]):
    """Each location as its JSON object at one depth, written once: a claim is named
    by every finding and side it is on (a side may list thousands of claims, and one
    claim may stand on many sides)."""

    def __init__(self, enc: Encoded, pad: str) -> None:
        super().__init__()
        self.enc = enc
        self.pad = pad

    def __missing__(self, loc: Location) -> str:
        if len(self) >= MEMO_ENTRIES:
            self.clear()
        inner = self.pad + "  "
        text = self[loc] = (
            f'{{\n{inner}"file": {self.enc[loc.file]},\n{inner}"line": {loc.line},\n'
            f'{inner}"column": {loc.column}\n{self.pad}}}'
        )
        return text


def list_text(items: Iterable[str], pad: str) -> str:
    """Strings already written as JSON, as a list whose items stand at `pad` (its
    closing bracket two spaces left of them)."""
    body = (",\n" + pad).join(items)
    return f"[\n{pad}{body}\n{pad[:-2]}]" if body else "[]"


class Sides(dict[int, tuple[Side, str]]):
    """Each side as its JSON object, written once: one side often stands beside many
    findings (the wording most sources print, beside each variant's finding; a quarter
    of the sides of a quote-heavy corpus are distinct). Keyed by identity, as hashing
    a side means hashing its thousands of claims; the side is kept with its text, so
    its id stays its own while the report is written."""

    def __init__(self, enc: Encoded) -> None:
        super().__init__()
        self.enc = enc
        self.at12 = Located(enc, PAD12)
        self.characters = 0  # of the texts remembered

    def text(self, side: Side) -> str:
        found = self.get(id(side))
        if found is None:
            text = side_text(side, self.enc, self.at12)
            if self.characters + len(text) > MEMO_CHARACTERS:
                self.clear()
                self.characters = 0
            found = self[id(side)] = (side, text)
            self.characters += len(text)
        return found[1]


def side_text(side: Side, enc: Encoded, at12: Located) -> str:
    """`json_report._side(side)` as an item of a finding's `sides`, from a template: a side lists
    every claim of its wording or value, thousands on a large corpus, and walking
    their dictionaries took most of the report's time."""
    return (
        f'{{\n          "count": {side.count},\n'
        f'          "values": {list_text(map(enc.__getitem__, side.values), PAD12)},\n'
        f'          "sources": {list_text(map(enc.__getitem__, side.sources), PAD12)},\n'
        f'          "claims": {list_text(map(enc.__getitem__, side.claims), PAD12)},\n'
        f'          "locations": {list_text(map(at12.__getitem__, side.locations), PAD12)}\n'
        "        }"
    )
