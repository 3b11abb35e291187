"""How a schema error is put in words: the field, what it should be, and for an unknown
field the field it most likely misspells.

jsonschema's own messages ("None is not valid under any of the given schemas") name
neither the field nor what to write; `validator.parse.schema` places each phrase here
at the offending node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from validator.model.names import normalise_name, suggester_of
from validator.model.property_types.date_figures import figures_words
from validator.model.property_types.dates import time_words
from validator.model.typography import curly_quotes_hint, shorten
from validator.parse.field_places import belongs_elsewhere, unit_words
from validator.parse.field_synonyms import synonym_of
from validator.parse.nulls import optional_field
from validator.parse.pattern_words import choice_hint, mended_form, pattern_hint
from validator.parse.shape_words import (
    authors_words,
    bound_words,
    coded_words,
    container_words,
    empty_words,
    grouped_words,
    keyed_words,
    number_part_words,
    odd_spaces_words,
    quoted_number_words,
    twice_words,
)
from validator.parse.size_words import size_words
from validator.parse.when_words import dates_listed_words, relative_when_words, when_forms
from validator.read.positions import JsonPath, format_path

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

__all__ = ["Phrase", "phrases"]


def _written_pattern(pattern: str) -> str:
    """A pattern as the schema writes it (see `_end_anchored`)."""
    return pattern[:-2] + "$" if pattern.endswith("\\Z") else pattern


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "null",
}


def _describe_type(instance: Any, number: str | None = None) -> str:
    """`instance` in words; `number`: how it was written, where it is a number."""
    if instance is None:
        return "null"
    if isinstance(instance, bool):
        return "a boolean"
    if isinstance(instance, int | float):
        return f"the number {instance if number is None else number}"
    if isinstance(instance, str):
        return f"the text {shorten(instance, 60)!r}"
    if isinstance(instance, list):
        return "a list"
    if isinstance(instance, dict):
        return "a mapping"
    return type(instance).__name__


def _expected(schema: Any) -> str:
    """What a (sub)schema accepts, in words."""
    if not isinstance(schema, dict):
        return "a valid value"
    if "description" in schema and ("anyOf" in schema or "$ref" in schema):
        return str(schema["description"]).rstrip(".").lower()
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if types:
        return " or ".join(_TYPE_WORDS.get(t, t) for t in types)
    return "a valid value"


# A field of a mapping: the mapping's path and the field's name.
_Field = tuple[JsonPath, str]


def _misspelt(key: str, present: Iterable[str], allowed: list[str]) -> str | None:
    """The allowed field `key` is most likely a misspelling of, among those not given."""
    missing = tuple(a for a in allowed if a not in present)
    # A field written in another case (`Published`, `Subject`) is that field. The
    # suggester passes over a name equal to the one typed, as it must for an entity's
    # own names, so such a key got no guess and its field a "missing" error of its own.
    folded = normalise_name(key)
    same = [a for a in missing if normalise_name(a) == folded]
    if same:
        return same[0]
    # Another name for a field (`date` for `published`, `quote` for `excerpt`): its
    # letters may be nearer another field's (`quote` was "did you mean 'note'?").
    meant = synonym_of(key, missing)
    if meant is not None:
        return meant
    found = suggester_of(missing).suggest(key, limit=1) if missing else ()
    return found[0] if found else None


# Unknown fields of one mapping named each in a finding of its own, at most: a mapping of
# thousands of stray keys is one mistake many times over.
_MAX_UNKNOWN = 10

Phrase = tuple[JsonPath, str, bool, "_Field | None"]


# How much of an unknown key a message quotes.
_KEY_SHOWN = 60

# A YAML 1.1 merge key: under YAML 1.2, which claim and dataset files are read with, a
# plain key. The words name neither kind of file: a dataset file's was called a claim file.
_MERGE = "<<"
_MERGE_HINT = (
    ": a YAML 1.1 merge key, which YAML 1.2 (as factlint reads its files) does not have; "
    "write the fields out, or use an alias (*name) as a whole value"
)


# The text a number at a path was written as (`Positions.written_as`), or None.
WrittenText = Callable[[JsonPath], str | None]


def phrases(
    error: ValidationError, written: WrittenText, published: str | None = None
) -> list[Phrase]:
    """Each (path of the node, message, whether to point at the key rather than the
    value, and for a missing field or an unknown one that is a misspelling, which field
    that is): one for an error, but one for each unknown field of a mapping. `written`:
    the text each number was written as, which a message shows (`0x10`, not 16);
    `published`: the file's publication date in words, where it has one that can be
    used, which a relative `as_of` is counted from."""
    path: JsonPath = tuple(error.absolute_path)
    # The document itself is "the file" in a message (its findings' keys keep the
    # path's own name, so that fingerprints do not change with the wording).
    where = format_path(path) if path else "the file"
    v = error.validator
    if v == "required":
        if isinstance(error.instance, dict) and _MERGE in error.instance:
            return []  # the fields the merge was to bring: its own message says why
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        given = error.instance if isinstance(error.instance, dict) else {}
        if any(coded_words(path, given, key) for key in given):
            return []  # `- D201: reason`: its field's message names the code and reason
        return [
            (path, f"{where} is missing the required field '{missing}'", False, (path, missing))
        ]
    if v != "additionalProperties":
        return [(*_phrase_value(error, path, where, (written, published)), None)]
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = sorted((schema.get("properties") or {}).keys())
    given = error.instance if isinstance(error.instance, dict) else {}
    extras = [k for k in given if k not in allowed] or ["?"]
    hint = f"; allowed here: {', '.join(allowed)}" if allowed else ""
    found: list[Phrase] = []
    taken = set(given)  # a field guessed for one misspelling is not guessed again
    belongs = belongs_elsewhere(error.schema, path, allowed)
    for key in extras[:_MAX_UNKNOWN]:
        # A key may run to a thousand characters (the reading limit): quoted cut short,
        # as a value is, so that one line says what is wrong.
        shown = shorten(str(key), _KEY_SHOWN)
        if (coded := coded_words(path, given, key)) is not None:  # `- D201: reason`
            message = f"unknown field '{shown}' in {where}{coded}"
            found.append(((*path, key), message, True, None))
            continue
        # A merge key, a field of another level, or a number's group parted by a comma:
        # each says why; "" for a number's later group, told once, at its first.
        note = _MERGE_HINT if key == _MERGE else belongs.get(key)
        if note is None and key == "unit":
            note = unit_words(given, path, written((*path, "value")))
        note = grouped_words(key, given, path, written) if note is None else note
        if note is not None:
            if note:
                found.append(
                    ((*path, key), f"unknown field '{shown}' in {where}{note}", True, None)
                )
            continue
        spaced = odd_spaces_words(key)
        if spaced is not None:
            # `"property ": x` is the field `property`, not missing as well: one mistake.
            meant = key.strip() if key.strip() in allowed and key.strip() not in taken else None
            taken.add(key.strip())
            field = None if meant is None else (path, meant)
            found.append(((*path, key), f"unknown field '{shown}' in {where}{spaced}", True, field))
            continue
        twin = twice_words(str(key), given, allowed)
        if twin is not None:
            found.append(((*path, key), f"unknown field '{shown}' in {where}{twin}", True, None))
            continue
        near = _misspelt(str(key), taken, allowed)
        if near is None:
            found.append(((*path, key), f"unknown field '{shown}' in {where}{hint}", True, None))
            continue
        taken.add(near)
        message = f"unknown field '{shown}' in {where}; did you mean '{near}'?"
        found.append(((*path, key), message, True, (path, near)))
    return found


def _as_written(instance: Any, path: JsonPath, written: WrittenText) -> str | None:
    """The number `instance` at `path` as it was written (`0x10`, `1.50`, `1e3`), cut
    short as any value a message shows; None where it is no number, or has no text."""
    if type(instance) is not int and type(instance) is not float:
        return None
    text = written(path)
    return None if text is None else shorten(text)


def _phrase_value(
    error: ValidationError, path: JsonPath, where: str, known: tuple[WrittenText, str | None]
) -> tuple[JsonPath, str, bool]:
    """(path, message, at the key) for an error about a value, not the mapping's fields;
    `known`: how its numbers were written and the file's publication date (`phrases`)."""
    v, (written, published) = error.validator, known
    number = _as_written(error.instance, path, written)
    shown = _describe_type(error.instance, number)
    named = "propertyNames" in error.schema_path  # the instance is a name, not the value
    if error.instance == "" and not named and optional_field(path):
        # An empty cell of a spreadsheet's export, where a field that is not given goes:
        # "write at least 1 character" sent the writer to make up an excerpt or a date.
        return (
            path,
            f"{where} is empty; leave the field out, or write null, if there is none",
            False,
        )
    if v in ("type", "pattern") and _is_until(path):
        # The generic date hint lists 2022 and 2022-12, which `until` refuses: an expiry
        # is one day, so the message names that form and nothing it would reject; a day
        # in figures (31/12/2027), the day it is, as a value's date is told it.
        day = figures_words(error.instance) if isinstance(error.instance, str) else None
        step = f", such as 2027-01-01, not {shown}" if day is None else f"; {day}"
        return path, f"{where} should be the day the acknowledgement expires{step}", False
    if v == "type":
        hint = _type_hint(path, error) or _quoted_words(error.instance, number, error.schema)
        return path, f"{where} should be {_expected(error.schema)}, not {shown}{hint}", False
    if v == "pattern":
        seconds = time_words(error.instance) if _takes_minutes(error) else None
        words = seconds or relative_when_words(path, error.instance, published)
        if words is not None:
            return path, f"{where} {words}", False
        pattern = _written_pattern(str(error.validator_value))
        mended = mended_form(pattern, error.instance)
        numbered = _or_a_number(error)
        # A key's name (`propertyNames`): the mapping has it, it is not the mapping.
        name = error.instance
        keyed = "propertyNames" in error.relative_schema_path
        if name == "" and not keyed:  # as a null is told: "the text ''" said no more
            # A claim's property is told the dataset's names (`resolve.property_names`).
            form = f"; write its value ({pattern_hint(pattern)}{numbered})"
            return path, f"{where} is empty{'' if path[2:] == ('property',) else form}", False
        if keyed and isinstance(name, str):
            said = f"has the name {shorten(name, 60)!r}"
        else:
            said = f"is {_describe_type(name)}"
        # One next step: the form mended, else the quotes a number needs not, else the
        # curly quotes (a text of figures holds none, so the last two never meet).
        next_step = (
            mended
            or quoted_number_words(error.instance, bool(numbered))
            or curly_quotes_hint(error.instance)
            or number_part_words(path, error.instance)
        )
        expected = f"{when_forms(path, pattern_hint(pattern))}{numbered}"
        said = f"{where} {said}, which does not have the expected form ({expected})"
        return path, f"{said}{next_step}", False
    if v in ("anyOf", "oneOf"):
        step = (
            _one_value_each(path, error.instance, written)
            or dates_listed_words(path, error.instance, number)
            or empty_words(error.instance, error.schema)
        )
        return path, f"{where} should be {_expected(error.schema)}; got {shown}{step}", False
    if v in ("minLength", "maxLength", "maxItems"):
        return path, size_words(error, path, where), False
    if v in ("minimum", "maximum"):
        bound = "at least" if v == "minimum" else "at most"
        step = bound_words(path, error.instance, error.validator_value, number)
        said = str(error.instance) if number is None else number
        return path, f"{where} should be {bound} {error.validator_value}, not {said}{step}", False
    if v == "minProperties":
        # `{from: null, to: null}` reaches here empty (`parse.nulls`): "an empty mapping"
        # told its writer something the file does not show.
        ends = "neither 'from' nor 'to' is given (an end written null is an open end)"
        return path, f"{where} has no end: {ends}; give at least one of them", False
    if v == "propertyNames":
        return path, f"{where} has a name that is not lowercase_with_underscores", False
    return path, f"{where}: {_bounded(error)}{choice_hint(error)}", False


# jsonschema's own message quotes the whole value (`repr`); past this many characters it
# is put in words that quote at most the start of a text.
_MESSAGE_LIMIT = 200


def _bounded(error: ValidationError) -> str:
    """jsonschema's message, or one of bounded length where that quotes a long value: a
    dataset's `type` of a megabyte, or a `names` list of 20,000 with one repeated, was
    quoted whole on the one line the run stops with."""
    if len(error.message) <= _MESSAGE_LIMIT:
        return error.message
    instance = error.instance
    if error.validator == "enum":
        return f"{_describe_type(instance)} is not one of {error.validator_value!r}"
    if error.validator == "uniqueItems" and isinstance(instance, list):
        seen: set[str] = set()
        for item in instance:
            if isinstance(item, str):
                if item in seen:
                    return f"lists {_describe_type(item)} more than once; list each once"
                seen.add(item)
        return f"a list of {len(instance)} items has non-unique elements; list each once"
    return shorten(error.message, _MESSAGE_LIMIT)


def _one_value_each(path: JsonPath, instance: Any, written: WrittenText) -> str:
    """The next step for a list where a claim's value or a qualifier goes: one claim
    holds one value (DESIGN section 2), so several values are several claims; a number
    in it as `written`."""
    if not isinstance(instance, list) or len(path) < 3 or path[0] != "claims":
        return ""
    if len(instance) == 1 and isinstance(instance[0], str | int | float):
        one = instance[0]
        number = _as_written(one, (*path, 0), written)
        shown = repr(shorten(one, 60)) if isinstance(one, str) else number or str(one).lower()
        return f": write the one value without brackets: {shown}"
    if len(path) == 3 and path[2] == "value":
        return ": one claim holds one value; write a claim for each value"
    if len(path) == 4 and path[2] == "qualifiers":
        return ": a qualifier holds one value; write a claim for each value"
    return ""


def _type_hint(path: JsonPath, error: ValidationError) -> str:
    """The next step for a value of the wrong type, where there is one to name."""
    instance = error.instance
    return (
        authors_words(path, instance)
        or keyed_words(path, instance)
        or container_words(path, instance, _expected(error.schema))
        or quoted_number_words(instance, _expected(error.schema) == "a number", error.schema)
        or number_part_words(path, instance)
        or empty_words(error.instance, error.schema)
    )


def _quoted_words(instance: Any, number: str | None, schema: Any) -> str:
    """The next step for a number or boolean where only text goes (`title: 1917`,
    `outlet: true`): the same in quotes, as written. It was told only what it was."""
    if not isinstance(instance, int | float) or _expected(schema) not in ("text", "text or null"):
        return ""
    written = number or ("true" if instance is True else "false" if instance is False else "")
    if not written:
        return ""
    # A number cut short for the message (`shorten`'s "…") is no text to copy.
    quoted = "" if written.endswith("\u2026") else f", '{written}',"
    return f"; write it in quotes{quoted} if it is the text"


def _or_a_number(error: ValidationError) -> str:
    """ ", or a number ..." where the text's place also takes a number (an interval's
    end in a value: a runtime from 60), so the message names both forms."""
    parent = error.parent
    # The forms offered at the text's own place: those of every anyOf around it there.
    while parent is not None and parent.absolute_path == error.absolute_path:
        offered = parent.validator_value if parent.validator in ("anyOf", "oneOf") else None
        branches: list[Any] = offered if isinstance(offered, list) else []
        if any(isinstance(b, dict) and b.get("type") == "number" for b in branches):
            return ", or a number in the property's unit"
        parent = parent.parent
    return ""


def _takes_minutes(error: ValidationError) -> bool:
    """Whether the pattern that refused the text is that of a date down to the minute
    (not a day only, as a dataset's `checked`), so dropping the seconds is the fix."""
    pattern = _written_pattern(str(error.validator_value))
    return pattern.startswith("^[0-9]{4}") and "T(" in pattern


def _is_until(path: JsonPath) -> bool:
    """Whether `path` is an acknowledgement's `until`: claims[i].acknowledge[j].until."""
    return len(path) == 5 and path[2] == "acknowledge" and path[4] == "until"
