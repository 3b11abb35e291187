"""Stage 3, a claim's qualifiers: each resolved into its set, or a problem saying why it
does not resolve (E104, E106), and no more problems a claim than a reader can act on.

A qualifier is a few bytes of YAML (`q1: x`); its finding, with its message, location
and key, a couple of kilobytes held and more in every report. One claim of 200,000
made-up qualifiers (a 2 MB file) gave 200,000 findings: 400 MB held and 200 MB of
reports, a 32 MiB file fourteen times that. A claim's first `MAX_PROBLEMS` problems are
each a finding; one more says how many qualifiers were left unchecked. The claim is
invalid either way.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from validator.dataset.model import Dataset, PropertyDef
from validator.model.names import normalise_name, suggester_of
from validator.model.property_types.base import (
    EntityLookup,
    NumberTexts,
    UnknownEntity,
    ValueProblem,
)
from validator.model.property_types.registry import as_written, describe_written, parse_value
from validator.model.typography import curly_quotes_hint, shorten
from validator.model.values import ValueSet
from validator.parse.claim_file import ClaimEntry, ParsedFile
from validator.parse.claim_texts import claim_qualifiers
from validator.parse.written_as import WrittenAs, other_base, untagged
from validator.resolve.entity_words import unknown_entity_words
from validator.resolve.range_values import ranged_words

__all__ = [
    "MAX_PROBLEMS",
    "Problem",
    "Qualifiers",
    "resolve_qualifiers",
    "shown_qualifiers",
    "unknown_name",
]

Qualifiers = tuple[tuple[str, ValueSet, str], ...]
MAX_PROBLEMS = 10


class Problem(NamedTuple):
    """Why part of a claim does not resolve, before it is placed in its file: the code,
    the message, where below the claim it points, and the finding's key."""

    code: str
    message: str
    where: tuple[str | int, ...]
    key: str
    # Whether it points at the key written at `where` rather than its value: a
    # qualifier's name that the property does not define is the key's problem.
    at_key: bool = False


# A claim's own fields (the claim-file schema's), which a desk may indent one level too
# deep, under `qualifiers`.
_CLAIM_FIELDS = frozenset(
    ("id", "subject", "property", "value", "as_of", "excerpt", "note", "acknowledge")
)


def resolve_qualifiers(
    written: Any,
    prop: PropertyDef,
    dataset: Dataset,
    lookup: EntityLookup,
    problems: list[Problem],
    texts: WrittenAs | None = None,
) -> Qualifiers:
    """The qualifiers' sets in name order, with a problem for each that does not resolve
    (at most `MAX_PROBLEMS`, then one for the qualifiers left unchecked). `texts`: how
    those that were read as numbers or booleans were written, for one that takes text."""
    qualifiers: list[tuple[str, ValueSet, str]] = []
    items = sorted(written.items()) if written else []
    found = 0
    for number, (name, raw) in enumerate(items):
        where, key = ("qualifiers", name), f"qualifier:{name}"
        if found == MAX_PROBLEMS:
            left = len(items) - number
            message = (
                f"{left:,} more qualifier{'s' if left > 1 else ''} not checked: "
                f"{MAX_PROBLEMS} already do not fit; correct those first"
            )
            problems.append(Problem("E106", message, where, "qualifier:unchecked"))
            break
        how: _How = (None, "", None, ())
        if texts is not None:
            below = texts.other_base_below("qualifiers", name)
            numbers = texts.qualifier_numbers(name)
            how = (texts.qualifier(name), texts.qualifier_tag(name), below, numbers)
        problem = _problem(name, raw, how, prop, dataset, lookup, qualifiers)
        if problem is not None:
            undefined = prop.qualifier_type(name) is None
            problems.append(Problem(problem[0], problem[1], (*where, *problem[2]), key, undefined))
            found += 1
    return tuple(qualifiers)


# How a qualifier was written, where a reader took it otherwise than as text: the text
# of a number or boolean, the tag or block style that made it text, an end of it
# written in another base (its key, the problem), and how its numbers and its ends'
# were written, which messages quote, each as `WrittenAs` has it.
_How = tuple[str | None, str, tuple[tuple[str, ...], str] | None, NumberTexts]


def _problem(
    name: str,
    raw: Any,
    how: _How,
    prop: PropertyDef,
    dataset: Dataset,
    lookup: EntityLookup,
    qualifiers: list[tuple[str, ValueSet, str]],
) -> tuple[str, str, tuple[str, ...]] | None:
    """The code and message of what is wrong with one qualifier, and where below it,
    written as `raw` (and `how`, `_How`), or None when its set is added to
    `qualifiers`. The name is cut for the messages: the schema bounds its form, not its
    length."""
    kind, shown = prop.qualifier_type(name), shorten(name)
    text, tag, below, numbers = how
    if kind is None:
        known = ", ".join(q for q, _ in prop.qualifiers)
        defined = f"(defined: {known})" if known else "(it defines none)"
        if name in _CLAIM_FIELDS:
            # `qualifiers: {as_of: 2023-02}`: a claim's own field, indented one level too
            # deep. "Write one of those, or leave it out" would lose the date.
            step = f"{defined}; {name} is a field of the claim: write it beside value"
        elif (meant := _meant(name, [q for q, _ in prop.qualifiers])) is not None:
            step = f"{defined}; did you mean '{meant}'?"
        elif known:
            step = f"{defined}; write one of those, or leave it out"
        else:
            step = f"{defined}; leave it out"
        return "E106", f"qualifier '{shown}' is not defined for property '{prop.name}' {step}", ()
    if text is not None:
        raw = as_written(raw, kind, text)
        if (other := other_base(text, raw)) is not None:  # `year: 0x7E7`, read as 2023
            return "E106", f"qualifier '{shown}' takes {_takes(kind)}: {other}", ()
    if below is not None:  # `year: {from: 0x7E7}`: at the end so written
        return "E106", f"qualifier '{shown}' takes {_takes(kind)}: {below[1]}", below[0]
    try:
        shown_value = describe_written(raw, kind, numbers, resolved=True)
        qualifiers.append((name, parse_value(raw, kind, lookup=lookup, texts=numbers), shown_value))
    except UnknownEntity as unknown:
        suggested = unknown_entity_words(dataset, unknown.name)
        return (
            "E104",
            f"qualifier '{shown}': '{unknown_name(unknown.name)}' names no entity in the "
            f"dataset{suggested}",
            (),
        )
    except ValueProblem as problem:
        hint = curly_quotes_hint(raw)
        said = untagged(ranged_words(problem.message, raw, shown), tag, shown)
        return "E106", f"qualifier '{shown}' takes {_takes(kind)}: {said}{hint}", ()
    return None


def _meant(name: str, defined: list[str]) -> str | None:
    """The defined qualifier `name` most likely means: the same in another case or with
    other separators (`For Work`), the one its name shortens (`for` for `for_work`) or
    lengthens (`character_name` for `character`), or the closest in spelling."""
    folded = normalise_name(name.replace("_", " "))
    spaced = {q: normalise_name(q.replace("_", " ")) for q in defined}
    same = [q for q, words in spaced.items() if words == folded]
    parted = [
        q
        for q, words in spaced.items()
        if words.startswith(folded + " ") or folded.startswith(words + " ")
    ]
    if same or len(parted) == 1:
        return (same or parted)[0]
    close = suggester_of(tuple(defined)).suggest(name, limit=1) if defined else ()
    return close[0] if close else None


# What a qualifier of each type takes, in words: "should be date" named the type as the
# dataset spells it, which no one writing a claim file need know.
_TAKES = {
    "date": "a date",
    "integer": "a whole number",
    "number": "a number",
    "percent": "a percentage",
    "duration": "a duration",
    "boolean": "true or false",
    "text": "text",
    "quote": "words, as text",
    "entity": "an entity's name",
}


def _takes(kind: str) -> str:
    return _TAKES.get(kind, kind)


# Characters of a name that names no entity quoted in its E104: a value may run to
# 20,000, and the message, cut at its limit, lost its next step behind them.
_NAME_CHARS = 80


def unknown_name(name: str) -> str:
    """A name that names no entity, as its E104 quotes it: cut short."""
    return shorten(name, _NAME_CHARS)


def shown_qualifiers(
    entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset, resolved: Qualifiers | None
) -> tuple[tuple[str, str], ...]:
    """The qualifiers of the claim of `entry` in `parsed` as its record shows them
    (`claim_qualifiers`): `resolved`, where they resolved; else as written, each that
    the property it names defines shown as its type shows it, as a resolved one is."""
    written = entry.raw.get("property")
    found = dataset.property(written) if isinstance(written, str) else None
    kinds = dict(found[0].qualifiers) if found is not None else None
    return claim_qualifiers(entry.raw, entry.number, parsed.loaded, resolved, kinds)
