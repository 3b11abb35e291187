"""The JSON report's pieces that repeat, each written once: string literals made safe,
locations, sides (see validator.report.json_report).

What they remember is bounded, as every report's memos are (`_memo.Memo`):
remembering everything a million-claim report writes (every claim id, every location,
every side) held half a gigabyte while the report was written. A full memo starts again
(what repeats is soon back in it); the text written is the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring

from validator.model.findings import Location, Side

from ._memo import Memo
from .escaping import json_safe

__all__ = ["PAD12", "Encoded", "Located", "Sides", "list_text", "literal", "side_text"]

# How deep the items of a side's lists stand.
PAD12 = " " * 12


def literal(text: str) -> str:
    """A string as a JSON string literal, with control and bidi characters as `\\u`
    escapes: the same data to a JSON reader, nothing a terminal or log viewer would act
    on (see json_safe). Outside its strings the report is ASCII punctuation, digits and
    words, so every string written through here (or `Encoded`) makes the whole safe."""
    return json_safe(encode_basestring(text))


def _literal_or_null(text: str | None) -> str:
    return "null" if text is None else literal(text)


class Encoded(Memo[str | None, str]):
    """Each string as a JSON string literal (None as null), made safe and encoded once:
    ids, files, subjects, properties and values repeat across many records."""

    def __init__(self) -> None:
        super().__init__(_literal_or_null, size=len)


class Located(Memo[Location, str]):
    """Each location as its JSON object at one depth, written once: a claim is named
    by every finding and side it is on (a side may list thousands of claims, and one
    claim may stand on many sides). Bounded by its entries: a location's text is short,
    its file's literal and two numbers."""

    def __init__(self, enc: Encoded, pad: str) -> None:
        super().__init__(self.written)
        self.enc = enc
        self.pad = pad

    def written(self, loc: Location) -> str:
        inner = self.pad + "  "
        return (
            f'{{\n{inner}"file": {self.enc[loc.file]},\n{inner}"line": {loc.line},\n'
            f'{inner}"column": {loc.column}\n{self.pad}}}'
        )


def list_text(items: Iterable[str], pad: str) -> str:
    """Strings already written as JSON, as a list whose items stand at `pad` (its
    closing bracket two spaces left of them)."""
    body = (",\n" + pad).join(items)
    return f"[\n{pad}{body}\n{pad[:-2]}]" if body else "[]"


def _text_size(kept: tuple[Side, str]) -> int:
    return len(kept[1])


class Sides(Memo[int, tuple[Side, str]]):
    """Each side as its JSON object, written once: one side often stands beside many
    findings (the wording most sources print, beside each variant's finding; a quarter
    of the sides of a quote-heavy corpus are distinct). Keyed by identity, as hashing
    a side means hashing its thousands of claims; the side is kept with its text, so
    its id stays its own while it is remembered. Filled by `text`, bounded by the
    characters of the texts."""

    def __init__(self, enc: Encoded) -> None:
        super().__init__(size=_text_size)
        self.enc = enc
        self.at12 = Located(enc, PAD12)

    def text(self, side: Side) -> str:
        found = self.get(id(side))
        if found is None:
            found = self.keep(id(side), (side, side_text(side, self.enc, self.at12)))
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
