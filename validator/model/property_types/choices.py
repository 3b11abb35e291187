"""The discrete types: entity, text, quote and boolean. A value is a finite set of
members (`Choice`): the entity's id (with everything narrower, for a claim), the text
normalised, or true or false. None has intervals or approximations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from validator.model.typography import plain_length, shorten
from validator.model.values import Choice, ValueSet

from .base import (
    NumberTexts,
    PropertyType,
    UnknownEntity,
    ValueProblem,
    Written,
    describe_raw,
    type_words,
)

__all__ = ["BOOLEAN", "ENTITY", "ONE_VALUE", "QUOTE", "TEXT", "describe_choice", "normalise_text"]

# The next step for a range where a discrete type's value goes, which a claim's check
# words for what the range holds (`validator.resolve.range_values`).
ONE_VALUE = "write one value"


def normalise_text(text: str) -> str:
    return " ".join(text.casefold().split())


def describe_choice(values: ValueSet, unit: str | None = None) -> str:
    """The members in order, or "nothing"."""
    assert isinstance(values, Choice)
    return ", ".join(sorted(values.members)) or "nothing"


def _discrete(name: str, members: Callable[[Written], frozenset[str]]) -> Callable[..., ValueSet]:
    def parse(written: Written) -> ValueSet:
        if isinstance(written.raw, dict):
            article = "an" if name[0] in "aeiou" else "a"
            raise ValueProblem(
                f"{article} {name} value cannot be an interval or approximate; {ONE_VALUE}"
            )
        return Choice(members(written))

    return parse


# YAML 1.1's words for true and false, which YAML 1.2 (claim files are read with it)
# and JSON read as text: each with the boolean it meant. Written unquoted, `value: on`
# was told "write true or false without quotes", as if it had quotes to lose.
_WORD_BOOLEANS = {
    "yes": "true",
    "y": "true",
    "on": "true",
    "no": "false",
    "n": "false",
    "off": "false",
}


def _boolean(written: Written) -> frozenset[str]:
    raw = written.raw
    if isinstance(raw, str):
        # Quoted ("true") or a YAML 1.1 word (yes, on): text either way. Shown as text,
        # or the message would read "expected true or false, not 'true'".
        meant = _WORD_BOOLEANS.get(raw.strip().casefold())
        if meant is not None:
            raise ValueProblem(
                f"expected true or false, not the text {shorten(raw, 60)!r}: only true and "
                f"false are booleans (yes, no, on and off are text); write {meant}"
            )
        folded = raw.strip().casefold()
        # Only "true" or "false" has quotes to lose: "maybe" is no boolean without them.
        step = (
            f"write {folded} without quotes"
            if folded in ("true", "false")
            else "write true or false"
        )
        raise ValueProblem(f"expected true or false, not the text {shorten(raw, 60)!r}; {step}")
    if not isinstance(raw, bool):
        # 1 and 0, as a spreadsheet or a database exports a tick box.
        meant = {1: "true", 0: "false"}.get(raw) if type(raw) in (int, float) else None
        step = f"; write {meant}" if meant else ""
        raise ValueProblem(f"expected true or false, not {_written(raw, written.texts)}{step}")
    return frozenset(("true" if raw else "false",))


def _written(raw: Any, texts: NumberTexts = ()) -> str:
    """A value that is not text, as the reader wrote it: `the number 1917`, `true`; a
    number as `texts` says it was written (`the number 1.50`)."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return f"the number {describe_raw(raw, texts)}"
    return describe_raw(raw, texts)


def _entity(written: Written) -> frozenset[str]:
    raw, lookup = written.raw, written.lookup
    if not isinstance(raw, str):
        # An unquoted name that reads as a number or boolean (a film called 1917).
        raise ValueProblem(
            f"expected the name of an entity, not {_written(raw, written.texts)}; put the name "
            "in quotes"
        )
    if lookup is None:
        raise ValueProblem("entity values need a dataset to resolve against")
    entity = lookup.resolve(raw)
    if entity is None:
        raise UnknownEntity(raw)
    return lookup.widen(entity) if written.widen else frozenset((entity,))


# The most characters a text value may hold: the claim-file schema's bound on a value
# written as text. A number written where a text goes (`format: 1.000...01`) is taken as
# the text it was written as (see `registry.as_written`), and the schema bounds no
# number's length: without this, 500,000 digits passed as one text, copied whole into
# every report.
_MAX_TEXT_CHARACTERS = 20_000


def _text(written: Written) -> frozenset[str]:
    raw: Any = written.raw
    if isinstance(raw, str) and len(raw) > _MAX_TEXT_CHARACTERS:
        raise ValueProblem(
            f"the value is {len(raw):,} characters long; a text holds at most "
            f"{_MAX_TEXT_CHARACTERS:,}; shorten it"
        )
    if isinstance(raw, str) and (spelt := plain_length(raw)) > _MAX_TEXT_CHARACTERS:
        # Texts are compared written out (NFKC), where U+FDFA is 18 characters: 50
        # quotes of 19,000 of them took 18 s to compare, 1,500 minutes.
        raise ValueProblem(
            f"the value is {spelt:,} characters once its compatibility characters (ligatures "
            "and the like) are written out as the letters they stand for, as texts are "
            f"compared; a text holds at most {_MAX_TEXT_CHARACTERS:,}; shorten it"
        )
    if not isinstance(raw, str):
        # A bare number or boolean comes here as the text it was written as (see
        # `registry.as_written`); one that still is not text was made so by its tag
        # (`!!int 007`), and its text as written is not known: 7, or 007?
        raise ValueProblem(
            f"expected text, not {_written(raw)}, which its tag asks for; "
            "write the text in quotes, without the tag"
        )
    text = normalise_text(raw)
    if not text:  # " " passes the schema's minimum length, and says nothing
        raise ValueProblem("the value is blank (only white space); write the words")
    if all(unicodedata.category(c) in _INVISIBLE for c in text):
        # A zero-width space or a byte order mark pasted alone shows as nothing at all,
        # yet is no white space to Python: it was a text the dataset does not list.
        first = text[0]
        name = unicodedata.name(first, "invisible character").lower()
        raise ValueProblem(
            f"the value holds only invisible characters (U+{ord(first):04X}, {name}); "
            "write the words"
        )
    return frozenset((text,))


# Format characters (zero-width spaces and joiners, marks of direction, the byte order
# mark) and other characters that show as nothing.
_INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn"})


_POINTED = re.compile(r"[+-]?[0-9]+\.")


def _text_value(written: Written) -> frozenset[str]:
    """A text value's members: the text as `_text` has it, less one full stop ending it.
    "feature-length single drama." is the writer's sentence ended, not other words: it
    was unverifiable against the dataset's "feature-length single drama" (D203, "the
    dataset lists feature-length single drama ... but not this"). An ellipsis ("...")
    marks words cut, and stays; a quote keeps its punctuation, which Q401 compares. So
    does a number written with its point (`5.`), which is the text as written."""
    (text,) = _text(written)
    if text.endswith(".") and not text.endswith("..") and not _POINTED.fullmatch(text):
        text = text[:-1].rstrip()
    if not text:
        raise ValueProblem("the value is only a full stop; write the words")
    return frozenset((text,))


def _quote(written: Written) -> frozenset[str]:
    # A number is no words said: `said: 42` was taken as the text "42" here, but no
    # quote check reads a quote that is not text, so the claim was unverifiable with
    # no finding at all. Words that are a number are written in quotes.
    if not isinstance(written.raw, str):
        raise ValueProblem(
            f"expected the words said, as text, not {describe_raw(written.raw, written.texts)}; "
            "put them in quotes"
        )
    members = _text(written)
    if not any(c.isalnum() for c in written.raw):
        # Quotation marks with nothing between them ("“”"), or a dash for a cell left
        # empty: no words said, which every quote check would compare as if they were.
        raise ValueProblem(
            f"the quote {shorten(written.raw.strip(), 40)!r} holds no words; write the words "
            "said, or leave the claim out"
        )
    return members


def _an_entity(unit: str | None) -> str:
    return "an entity"


ENTITY = PropertyType(
    "entity", Choice, _discrete("entity", _entity), describe_choice, _an_entity, of_entities=True
)
TEXT = PropertyType(
    "text",
    Choice,
    _discrete("text", _text_value),
    describe_choice,
    type_words("text"),
    verbatim=True,
)
QUOTE = PropertyType(
    "quote", Choice, _discrete("quote", _quote), describe_choice, type_words("quote")
)
BOOLEAN = PropertyType(
    "boolean", Choice, _discrete("boolean", _boolean), describe_choice, type_words("boolean")
)
