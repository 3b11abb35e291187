"""The next step for a value of the wrong shape that a desk's habits give a claim file:
several authors as a list, claims as a mapping keyed by their ids, a number in quotes
where a number goes. Each is still a schema error (E102); these say what to write.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from validator.model.codes import CODE_PATTERN
from validator.model.names import normalise_name
from validator.model.property_types.date_forms import written_otherwise
from validator.model.property_types.dates import day_as_number
from validator.model.property_types.number_forms import (
    TOO_LARGE,
    figures_alone,
    plain_figures,
    too_large,
    written_form,
)
from validator.model.reasons import unusable_reason
from validator.model.typography import flow_text, shorten
from validator.read.positions import JsonPath

__all__ = [
    "PART_UNIT_ADVICE",
    "authors_words",
    "bound_words",
    "coded_words",
    "comment_alone",
    "container_words",
    "empty_words",
    "grouped_words",
    "keyed_words",
    "number_part_words",
    "odd_spaces_words",
    "quoted_number_words",
    "twice_words",
]


def authors_words(path: JsonPath, instance: Any) -> str:
    """The next step for a source's several authors given as a list, as a byline credits
    them: one text naming them all, which is what reports and the ClaimReview show."""
    if path != ("source", "author") or not isinstance(instance, list) or not instance:
        return ""
    # Names only: an item that is a mapping or a list may be as large as the file, and
    # would be turned whole into text before being cut.
    names = [shorten(name, 40) for name in instance[:10] if isinstance(name, str)]
    if not names:
        return ""
    together = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f": write the authors as one text, such as {shorten(together, 100)!r}"


def keyed_words(path: JsonPath, instance: Any) -> str:
    """The next step for claims written as a mapping keyed by their ids, as a script
    that keeps records by key writes them: a list, each key the claim's own `id`."""
    if path != ("claims",) or not isinstance(instance, dict) or not instance:
        return ""
    if _CLAIM_FIELDS.intersection(instance):
        # One claim written straight under `claims:`, its fields not begun as an item.
        return (
            ": it holds one claim's fields; write the claim as an item of a list (in YAML "
            "'- ' before its first field, in JSON [{...}])"
        )
    first = shorten(str(next(iter(instance))), 40)
    # Quoted as each format quotes a text wherever the key holds more than an id's
    # characters (a quote, a line break): the example must be one to copy as it is.
    quoted = json.dumps(first, ensure_ascii=False)
    plain = first if _PLAIN_ID.fullmatch(first) else quoted
    return (
        f": write them as a list, each claim's key as its id (in YAML '- id: {plain}', "
        f'in JSON [{{"id": {quoted}, ...}}])'
    )


# The fields only a claim has: a mapping of claims keyed by id has none of them as keys.
_CLAIM_FIELDS = frozenset(("subject", "property", "value"))
_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def quoted_number_words(instance: Any, takes_a_number: bool, schema: Any = None) -> str:
    """The next step for a number written as text where a number goes (`{about: "90"}`,
    `{from: "85"}`, as a spreadsheet's export writes every cell): without the quotes
    (and the commas). `schema`: the place's, whose `minimum` it may have (a tolerance's)."""
    if not takes_a_number or not isinstance(instance, str):
        return ""
    # Thousands parted by commas only, as a spreadsheet's cell may hold them ("1,090").
    number = figures_alone(written_form(instance), ",")
    if number is None:
        return TOO_LARGE if too_large(instance) else ""  # "1e400"
    # Past the size a number may be, it is refused again without the quotes: as too
    # large (E101, E106), and the figures ran past the message's length.
    shown = plain_figures(number)
    if shown is None:
        return TOO_LARGE
    minimum = schema.get("minimum") if isinstance(schema, dict) else None
    if isinstance(minimum, int | float) and float(number) < minimum:
        # Without the quotes it is refused again, as below the least: say so now.
        return f"; write a number of at least {minimum}, without quotes"
    return f"; write {shown} without quotes"


# A number with its unit ("2 hours", "90 min") or a percent sign, and a date to the
# month, day or minute.
_WITH_UNIT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(%|[^\W\d_][^\W\d]*(?:\s+[^\W\d_]+)?)\Z")
_A_DATE = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2}(?:T[0-9]{2}:[0-9]{2})?)?\Z")


# How `number_part_words` begins its step for a number written with its unit, which the
# resolve stage, knowing the property, says again in the property's unit.
PART_UNIT_ADVICE = "; write the number alone, in the unit the dataset gives the property"


def number_part_words(path: JsonPath, instance: Any) -> str:
    """The next step for text where a part of a value takes a number: an approximate
    value's `about` or `within` (`{about: 2 hours}`, `{about: 2022-12-08}`), or an
    interval's end (`{from: 85 min}`), each refused with no word of what to write: the
    number alone, in the property's unit, which the claim file does not write; a date is
    not approximate, but the span it may lie in is an interval."""
    if not isinstance(instance, str) or not path:
        return ""
    end = path[-1] in ("from", "to") and path[-2:-1] == ("value",)
    if not end and path[-1] not in ("about", "within"):
        return ""
    text = instance.strip()
    if not end and _A_DATE.match(text):
        coarser = text[:7] if len(text) > 7 else text[:4]
        return (
            "; only a number is approximate: write the span the date may lie in as an "
            f"interval ({{from: ..., to: ...}}), or the date less precisely, {coarser}"
        )
    match = _WITH_UNIT.match(text)
    if match is None or written_otherwise(text) is not None:  # "8 December", "9 pm"
        return ""
    if match[2] == "%":
        return f"{PART_UNIT_ADVICE} ({match[1]} for a percentage)"
    return f"{PART_UNIT_ADVICE} ({match[1]} if that unit is {match[2]!r})"


def bound_words(path: JsonPath, number: Any, bound: Any, written: str | None = None) -> str:
    """The next step for a number past the least or most (`bound`) its place takes
    (`written`: as it was written, where that is known), where there is one to name."""
    if bound == 9999 and type(number) is int:
        # A day written as one number (20221208) where a year goes: the day as text.
        return day_as_number(number)
    if path[-1:] == ("within",) and type(number) in (int, float):
        # `{about: 90, within: -5}`, as "90 ± 5" reads: the tolerance is both ways.
        both = -number if written is None or written[:1] != "-" else written[1:]
        return f"; a tolerance counts both ways from about: write {both}"
    return ""


# A finding code as written in an acknowledgement, in either case ("D201", "d201").
_CODE = re.compile(CODE_PATTERN.strip("^$"), re.IGNORECASE)


def container_words(path: JsonPath, instance: Any, expected: str) -> str:
    """The next step for a list where one text goes (`subject: [I Am Ruth]`), a mapping
    where a list goes (one acknowledgement not begun as an item), no claims at all
    (`claims:` with nothing under it), or a text where the source, a claim or an
    acknowledgement goes (`acknowledge: [D201]`)."""
    if isinstance(instance, list) and expected == "text":
        if len(instance) == 1 and isinstance(instance[0], str):
            return f": write the text alone, without brackets: {shorten(instance[0], 60)!r}"
        if len(path) == 3 and path[0] == "claims" and path[2] == "subject":
            return ": one claim has one subject; write a claim for each"
        return ""
    if isinstance(instance, dict) and expected == "a list" and path[-1:] == ("acknowledge",):
        return (
            ": write the acknowledgement as an item of a list (in YAML '- ' before its "
            "first field, in JSON [{...}])"
        )
    if isinstance(instance, list) and expected == "a mapping" and path[-1:] == ("qualifiers",):
        # `qualifiers: [character: Ruth]`, each name and value an item of a list.
        return ": write the names and values as one mapping" + _one_mapping(instance)
    if instance is None and path == ("claims",):
        return ": it is empty; list the source's claims under it, or write [] if it makes none"
    if expected == "a mapping" and isinstance(instance, str | int | float):
        # `source: Tyla, 7 December 2022`: the fields the one text was to say.
        if path == ("source",):
            return ": write its fields under it, indented: id, outlet, title and published"
        if len(path) == 2 and path[0] == "claims":
            return ": write the claim's fields after its '- ': id, subject, property and value"
        if len(path) == 4 and path[2] == "acknowledge" and isinstance(instance, str):
            return _acknowledgement(instance)
    if expected == "a list" and path[-1:] == ("acknowledge",) and isinstance(instance, str):
        return _acknowledgement(instance, "[", "]")
    return ""


def coded_words(path: JsonPath, given: Mapping[Any, Any], key: object) -> str | None:
    """The next step for an acknowledgement written with its code as a field's name and
    its reason as that field's value (`acknowledge: [D201: the slot]`, which YAML reads
    as a mapping): the mapping to write; None for any other field."""
    if len(path) != 4 or path[2] != "acknowledge" or not isinstance(key, str):
        return None
    if not _CODE.fullmatch(key.strip()) or "code" in given:
        return None
    # The reason written: a `reason:` beside the code or under it, or else the field's
    # text (`{D204: a, reason: dup}` means the reason written as one, not the slip).
    value = given[key]
    under = value.get("reason") if isinstance(value, Mapping) else None
    written = ((given.get("reason"), "beside"), (under, "under"), (value, "after"))
    reason, place = next(((r, p) for r, p in written if _has_text(r)), (None, ""))
    mapping = _ack_mapping(key, reason, place)
    return f": the code is written as a field's name; write {mapping}"


# Where no reason is written, the mapping to write holds an empty one, '': copied as it
# is, it is refused as empty ("write what the review concluded"), where a placeholder
# such as "..." would be taken for the reason and acknowledge the finding.
_NO_REASON = "''"


def _has_text(value: object) -> bool:
    """Whether `value` is a reason (`reasons.unusable_reason`): "...", "-" and "TODO" are
    a placeholder's, which copied into the mapping to write would be refused in turn."""
    return isinstance(value, str) and unusable_reason(value) is None


# The longest reason a message writes out in the mapping to copy.
_REASON_SHOWN = 120


def _ack_mapping(code: str, reason: object, place: str) -> str:
    """`{code: D201, reason: ...}` for `code` and `reason` (a text, written `place`
    the code: "after" it, "under" it or "beside" it), or with `''` for the reason and
    where to write it where `reason` is none."""
    code = code.strip().upper()
    if isinstance(reason, str) and _has_text(reason) and len(reason.strip()) <= _REASON_SHOWN:
        return f"{{code: {code}, reason: {flow_text(reason.strip())}}}"
    if isinstance(reason, str) and _has_text(reason):
        # Cut short, the reason copied as it is would be acknowledged without its end.
        if place == "beside":
            return f"code: {code} in place of '{code}:' and keep the reason: as it is"
        return (
            f"the code and the reason as two fields, code: {code} and reason: followed by "
            f"the text now {place} '{code}:'"
        )
    return f"{{code: {code}, reason: {_NO_REASON}}}, why the finding stands in the quotes"


def _acknowledgement(text: str, before: str = "", after: str = "") -> str:
    """The next step for an acknowledgement written as one text: the code alone
    (`acknowledge: [D201]`) wants its reason, and a reason alone its code."""
    if _CODE.fullmatch(text.strip()):
        mapping = f"{{code: {text.strip().upper()}, reason: {_NO_REASON}}}"
        why = "the code and, in the quotes, why the finding stands"
        return f": write {before}{mapping}{after}, {why}"
    mapping = f"{{code: ..., reason: {flow_text(shorten(text.strip(), 60))}}}"
    return f": write {before}{mapping}{after}, the code of the finding and the reason"


def odd_spaces_words(key: object) -> str | None:
    """Why a key that starts or ends in white space YAML does not strip is unknown: a
    line pasted from a word processor or a web page indented with no-break spaces
    (U+00A0) is read as a key that starts with them, which the message shows as
    ordinary spaces, so the reader is told what they are."""
    if not isinstance(key, str) or key.strip() == key or not key.strip():
        return None
    start = len(key) - len(key.lstrip())
    end = len(key) - len(key.rstrip())
    odd = key[0] if start else key[-1]
    count = start or end
    name = unicodedata.name(odd, "white space").lower()
    plural = "s" if count > 1 else ""
    if start:
        return (
            f": it starts with {count} {name}{plural} (U+{ord(odd):04X}), which YAML does "
            f"not read as indentation; indent the line with ordinary spaces"
        )
    them = "them" if count > 1 else "it"
    return f": it ends with {count} {name}{plural} (U+{ord(odd):04X}); delete {them}"


def _one_mapping(items: list[Any]) -> str:
    """`items`, each a mapping of one name, as one mapping in YAML's flow style: "",
    where they are not, or where a name or value is no plain text or number."""
    pairs: list[str] = []
    for item in items[:5]:
        if not isinstance(item, dict) or len(item) != 1:
            return ""
        ((name, value),) = item.items()
        if not isinstance(value, str | int | float) or not _PLAIN_ID.fullmatch(str(name)):
            return ""
        pairs.append(f"{name}: {shorten(str(value), 40)}")
    if not pairs:
        return ""
    more = ", ..." if len(items) > 5 else ""
    return f": {{{', '.join(pairs)}{more}}}"


def twice_words(key: str, given: Iterable[object], allowed: list[str]) -> str | None:
    """Why `key` is unknown where it is an allowed field written in another case beside
    that field (`Value: 23` under `value: 22`): not a misspelling to correct, but the
    same field twice, the one in the other case read as a field of its own."""
    folded = normalise_name(key)
    same = next((a for a in allowed if a in given and normalise_name(a) == folded), None)
    if same is None:
        return None
    return (
        f": '{same}' is written in it already, and field names are case-sensitive; keep "
        f"the one meant, spelt '{same}', and delete the other"
    )


def empty_words(instance: Any, schema: Any) -> str:
    """The next step for a null where text, a number or a date goes: `value:` with
    nothing after it but, perhaps, a comment (`value: # 22?`). An optional field's null
    reads as the field left out (`parse.nulls`), so this null is a required field's or
    a value's, which wants writing."""
    if instance is not None:
        return ""
    types = schema.get("type") if isinstance(schema, dict) else None
    if types in ("object", "array"):
        return ""  # a mapping or list left empty: what goes in it is no one value
    return _EMPTY


_EMPTY = ": it is empty; write its value"


def comment_alone(message: str, comment: str | None) -> str:
    """`message`, where it says a value is empty, with the `comment` written where the
    value goes (`value: # 90?`): it is the reason, and the value meant may be in it."""
    if comment is None or not message.endswith(_EMPTY):
        return message
    return (
        f"{message.removesuffix(_EMPTY)}: it is empty, as a '#' after a space begins a "
        f"comment ({shorten(comment)!r}); write the value before the '#'"
    )


# Three digits as a field's name: a group of a number's thousands, where a comma parted
# them in a mapping written in braces (`{value: 24,000}`), as a comma parts its fields.
_GROUP = re.compile(r"[0-9]{3}")


def _is_group(key: object, given: Mapping[Any, Any]) -> bool:
    return isinstance(key, str) and _GROUP.fullmatch(key) is not None and given[key] is None


def grouped_words(
    key: object, given: Mapping[Any, Any], path: JsonPath, written: Callable[[JsonPath], Any]
) -> str | None:
    """Why `key` is unknown where it is digits the comma of a number parted from the field
    before it, with nothing after them: in `{value: 24,000}`, YAML reads `value: 24` and
    a field `000`, and the claim was told only which fields it may have. "" for a later
    group of the same number (`1,350,000`): one mistake, told once. `written`: the text
    a number at a path was written as."""
    if not _is_group(key, given):
        return None
    keys = list(given)
    first = last = keys.index(key)
    while first > 0 and _is_group(keys[first - 1], given):
        first -= 1
    while last + 1 < len(keys) and _is_group(keys[last + 1], given):
        last += 1
    field = keys[first - 1] if first > 0 else None
    number = given.get(field) if isinstance(field, str) else None
    if not isinstance(field, str) or type(number) is not int or number < 0:
        return None
    if key != keys[first]:
        return ""  # one finding for the number, on its first group
    text = written((*path, field)) or str(number)
    groups = keys[first : last + 1]
    fields = f"a field '{key}'" if len(groups) == 1 else f"fields {_quoted(groups)}"
    return (
        f": in a mapping written in braces a comma parts the fields, so '{field}: "
        f"{text},{','.join(groups)}' was read as {field} {text} and {fields}; write "
        f"{text}{''.join(groups)}, without the commas"
    )


def _quoted(names: list[str]) -> str:
    quoted = [f"'{name}'" for name in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}"
