"""A compiled fast path for the schema stage: a quick "valid" for documents that are.

jsonschema explains a failure well (the E102 messages are built from its errors), but it
walks every node in Python: about 12 s for 100,000 claims. Almost every document of a
real corpus is valid, and a compiled validator says so in a fraction of that time
(jsonschema-rs: 0.04 s for the same 100,000 claims; fastjsonschema: 0.5 s).

So a compiled validator is only ever asked one question, "is this document valid?".
When it says yes, there are no schema errors to report. When it says no, or cannot
answer (not installed, the document holds something it cannot take in, the schema uses
a keyword it does not know), jsonschema decides and explains, exactly as without this
module. The compiled validator can therefore make a run faster, never change a finding,
as long as it never accepts what jsonschema rejects: both implement the same draft, and
tests/parse/test_schema_fast.py holds them to that on generated and mutated documents.

Optional: jsonschema-rs is used when installed, else fastjsonschema, else nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from validator.read.positions import JsonPath, refused_tags

from .schema import Enums, SchemaError, load_schema
from .schema import schema_errors as explained_errors

if TYPE_CHECKING:
    from validator.read.files import LoadedFile
    from validator.read.positions import Positions

__all__ = ["backend", "file_schema_errors", "is_valid", "schema_errors", "subschema_check"]

# Keywords fastjsonschema implements with the meaning draft 2020-12 gives them. A schema
# using anything else (unevaluatedProperties, prefixItems, $dynamicRef...) gets no fast
# path from it: an unknown keyword would be silently ignored, and a document accepted.
_FASTJSONSCHEMA_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "default",
        "examples", "type", "enum", "const", "properties", "required", "additionalProperties",
        "patternProperties", "propertyNames", "minProperties", "maxProperties", "items",
        "minItems", "maxItems", "uniqueItems", "contains", "pattern", "minLength",
        "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "anyOf", "oneOf", "allOf", "not", "if", "then", "else",
    }
)  # fmt: skip
# Keywords whose value is a schema, a list of schemas or a map of names to schemas.
_SUBSCHEMA = frozenset(
    {"additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else"}
)
_SUBSCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf"})
_SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs"})


def _keywords(schema: Any, found: set[str]) -> None:
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        found.add(key)
        if key in _SUBSCHEMA:
            if isinstance(value, list):  # `items` as a list: an older draft's meaning
                found.add(f"{key}[]")
            _keywords(value, found)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            for item in value:
                _keywords(item, found)
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            for item in value.values():
                _keywords(item, found)


def _jsonschema_rs(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    try:
        import jsonschema_rs  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        validator = jsonschema_rs.Draft202012Validator(schema)
    except Exception:  # an old or broken build: do without it
        return None
    check: Callable[[Any], bool] = validator.is_valid
    return check


def _fastjsonschema(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    try:
        import fastjsonschema  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    used: set[str] = set()
    _keywords(schema, used)
    if not used <= _FASTJSONSCHEMA_KEYWORDS:
        return None
    # fastjsonschema does not know the 2020-12 meta-schema URI; the keywords above mean
    # the same in draft 7, which it implements.
    draft7 = {k: v for k, v in schema.items() if k != "$schema"}
    try:
        compiled = fastjsonschema.compile(
            draft7, use_formats=False, use_default=False, detailed_exceptions=False
        )
    except Exception:
        return None
    error = fastjsonschema.JsonSchemaException

    def check(data: Any) -> bool:
        try:
            compiled(data)
        except error:
            return False
        return True

    return check


@cache
def _validator(schema_name: str, enums: Enums = ()) -> tuple[str, Callable[[Any], bool]] | None:
    try:
        schema = load_schema(schema_name, enums)
    except (OSError, ValueError):
        return None
    for name, build in (("jsonschema-rs", _jsonschema_rs), ("fastjsonschema", _fastjsonschema)):
        check = build(schema)
        if check is not None:
            return name, check
    return None


@cache
def _subschema_validator(
    schema_name: str, enums: Enums, subschema: str
) -> Callable[[Any], bool] | None:
    part = json.loads(subschema)
    try:
        schema = load_schema(schema_name, enums)
    except (OSError, ValueError):
        return None
    if not isinstance(part, dict) or "$id" in part or "$defs" in part:
        return None
    # The part as a schema of its own, with the whole schema's definitions in reach of
    # its references ("#/$defs/claim"): what the whole document's check applies to it.
    alone: dict[str, Any] = {k: schema[k] for k in ("$schema", "$defs") if k in schema}
    alone.update(part)
    for build in (_jsonschema_rs, _fastjsonschema):
        check = build(alone)
        if check is not None:
            return check
    return None


def subschema_check(
    subschema: Any, schema_name: str, enums: Enums = ()
) -> Callable[[Any], bool] | None:
    """A compiled "is this value valid?" for a part of `schema_name`'s schema (the
    schema of a list's items), or None when there is none.

    `subschema` comes from jsonschema's copy of the schema, whose patterns end in `\\Z`
    (see `schema._end_anchored`): a part with any pattern in it gets no check, so the
    part compiled is the part as the schema writes it. The check may only ever say
    "valid" for a value that is, as `is_valid` for whole documents; when it raises, the
    caller must take it as "no answer"."""
    try:
        text = json.dumps(subschema, sort_keys=True)
    except (TypeError, ValueError):
        return None
    if '"pattern' in text:
        return None
    return _subschema_validator(schema_name, enums, text)


def backend(schema_name: str) -> str | None:
    """The compiled validator used for `schema_name`, or None when there is none."""
    found = _validator(schema_name)
    return found[0] if found is not None else None


def is_valid(data: Any, schema_name: str, enums: Enums = ()) -> bool | None:
    """True when a compiled validator accepts `data`; False when it does not; None when
    there is no compiled validator. Never raises: an error inside it is "no answer"."""
    found = _validator(schema_name, enums)
    if found is None:
        return None
    try:
        return bool(found[1](data))
    except Exception:  # e.g. an integer too large for it: jsonschema will decide
        return False


def schema_errors(
    data: Any, positions: Positions, schema_name: str, enums: Enums = ()
) -> list[SchemaError]:
    """`validator.parse.schema.schema_errors`, answered at once for a document that is valid."""
    if is_valid(data, schema_name, enums):
        return []
    return explained_errors(data, positions, schema_name, enums, subschema_check)


def file_schema_errors(
    loaded: LoadedFile, schema_name: str, enums: Enums = ()
) -> list[SchemaError]:
    """`schema_errors` of a loaded file, but none on a node whose tag was refused, nor
    inside one below the document (`refused_tags`: what the schema makes of the node is
    a guess, and so is what it makes of the members of `!!set {22}`, read as keys)."""
    errors = schema_errors(loaded.data, loaded.positions, schema_name, enums)
    if errors and (tagged := refused_tags(loaded.problems)):
        return [error for error in errors if not _guessed(error.path, tagged)]
    return errors


def _guessed(path: JsonPath, tagged: frozenset[JsonPath]) -> bool:
    """Whether `path` is a node whose tag was refused, or inside one other than the
    document (a document with a tag refused is still checked field by field)."""
    return path in tagged or any(path[:end] in tagged for end in range(1, len(path)))
