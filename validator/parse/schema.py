"""Stage 2: check a loaded document against a JSON Schema and explain what is wrong.

jsonschema's own messages ("None is not valid under any of the given schemas") name
neither the field nor what to write, so each error is rephrased here and placed at the
offending node: at the key itself for an unknown field, at the value otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeAlias

from validator.model.typography import shorten
from validator.read.positions import JsonPath, Positions, format_path

from .comma_cuts import comma_cuts
from .empty_above import under_empty_field
from .form_names import renamed_form
from .schema_words import Phrase, phrases
from .shape_words import comment_alone
from .when_words import publication

if TYPE_CHECKING:
    import jsonschema
    from jsonschema.exceptions import ValidationError

# jsonschema is imported where it is used: a run whose documents are all valid (the
# compiled fast path says so, see schema_fast) never needs it, and importing it costs
# a tenth of the command's start.

__all__ = ["Enums", "SchemaError", "explain", "load_schema", "schema_errors", "validator_for"]

# Lists a schema file leaves to the code to give, by JSON pointer to the `enum` (the
# dataset schema's property types are the type registry's): ((pointer, values), ...).
Enums = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class SchemaError:
    path: JsonPath  # the node the error is about
    line: int
    column: int
    message: str
    rank: int  # lower is more relevant
    # The field the error is about, missing or misspelt (`publihsed:`), as (the
    # mapping's path, the field's name); None for any other error.
    field: tuple[JsonPath, str] | None = None


@cache
def load_schema(name: str, enums: Enums = ()) -> dict[str, Any]:
    """The schema file `name`, with each of `enums` in place of the list it points at;
    raises ValueError for a pointer to no list."""
    text = resources.files("validator").joinpath("schemas").joinpath(name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    for pointer, values in enums:
        *parents, last = pointer.split("/")[1:]
        node: Any = schema
        for key in parents:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict) or not isinstance(node.get(last), list):
            raise ValueError(f"{name} has no list at {pointer}")
        node[last] = list(values)
    return schema


@cache
def validator_for(name: str, enums: Enums = ()) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(_end_anchored(load_schema(name, enums)))


# A compiled "is this item valid?" for a part of a schema (`schema_fast.subschema_check`),
# handed in by the fast path so that this module imports nothing of it.
ItemCheck: TypeAlias = Callable[[Any, str, Enums], Callable[[Any], bool] | None]


@cache
def _explaining_validator(
    name: str, enums: Enums = (), item_check: ItemCheck | None = None
) -> jsonschema.Draft202012Validator:
    """`validator_for(name, enums)`, but its `items` and `properties` walk only the
    values a compiled validator does not accept.

    A file with one broken claim in fifty failed the fast path as a whole, and jsonschema
    then walked all fifty claims in Python (39 % of a run on a corpus full of errors);
    and then, in a broken claim and in the file's valid source, every field. A value the
    compiled validator accepts gives jsonschema no error to report, so the errors, and
    their order, are the same without walking it."""
    import jsonschema
    from jsonschema.validators import extend

    if item_check is None:
        return validator_for(name, enums)
    draft = jsonschema.Draft202012Validator
    every_item = draft.VALIDATORS["items"]
    every_property = draft.VALIDATORS["properties"]
    checks: dict[int, tuple[Any, Any]] = {}  # id of a part of the schema -> (it, its check)

    def check_of(sub: Any) -> Any:
        found = checks.get(id(sub))
        if found is None:  # the schema lives as long as the validator: ids stay its own
            found = checks[id(sub)] = (sub, item_check(sub, name, enums))
        return found[1]

    def items(validator: Any, sub: Any, instance: Any, schema: Any) -> Iterable[Any]:
        if schema.get("prefixItems") or not validator.is_type(instance, "array"):
            yield from every_item(validator, sub, instance, schema)
            return
        check = check_of(sub)
        for index, item in enumerate(instance):
            if check is None or not _accepts(check, item):
                yield from validator.descend(instance=item, schema=sub, path=index)

    def properties(validator: Any, subs: Any, instance: Any, schema: Any) -> Iterable[Any]:
        if not isinstance(subs, dict) or not validator.is_type(instance, "object"):
            yield from every_property(validator, subs, instance, schema)
            return
        for key, sub in subs.items():  # as jsonschema's own `properties` walks them
            if key in instance:
                check = check_of(sub)
                if check is None or not _accepts(check, instance[key]):
                    yield from validator.descend(instance[key], sub, path=key, schema_path=key)

    keywords = {"items": items, "properties": properties}
    explaining: jsonschema.Draft202012Validator = extend(draft, keywords)(  # type: ignore[no-untyped-call]
        _end_anchored(load_schema(name, enums))
    )
    return explaining


def _accepts(check: Any, item: Any) -> bool:
    try:
        return bool(check(item))
    except Exception:  # an error inside the compiled validator is no answer
        return False


# Values that are data, not schemas: a "pattern" key inside them is not the keyword.
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "examples"})


def _end_anchored(schema: Any) -> Any:
    """`schema` with each pattern's final `$` made `\\Z`.

    JSON Schema patterns are ECMA-262 regular expressions, where `$` matches only at
    the end of the text; jsonschema runs them with Python's `re`, where `$` also
    matches before a final newline. So "network\\n" would pass `^[a-z0-9-]*$` here and
    fail in the compiled validator and the models, which then gave the E102 in
    pydantic's words. `\\Z` is Python's end of text.
    """
    if isinstance(schema, list):
        return [_end_anchored(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DATA_KEYWORDS:
            out[key] = value
        elif key == "pattern" and isinstance(value, str):
            out[key] = _python_pattern(value)
        elif key == "patternProperties" and isinstance(value, dict):
            out[key] = {_python_pattern(k): _end_anchored(v) for k, v in value.items()}
        else:
            out[key] = _end_anchored(value)
    return out


def _python_pattern(pattern: str) -> str:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + "\\Z"
    return pattern


def _leaf(error: ValidationError) -> ValidationError:
    """For an anyOf/oneOf failure, the branch error that best explains it, if one stands out.

    When every branch failed on type alone, the value is simply the wrong kind of thing,
    and the anyOf error itself (listing what is accepted) reads best. A type error
    inside the value (`{about: 2 hours}`: its `about` is not a number) is no such thing:
    it names the field that is wrong in the form the value took.
    """
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return error
    depth = len(error.absolute_path)
    deeper = [
        e for e in error.context if len(e.absolute_path) >= depth and not _wrong_kind(e, depth)
    ]
    if not deeper:
        return error
    from jsonschema.exceptions import relevance

    # The form the value was meant to take is the branch whose fields it has: an
    # interval's end or an approximate's `about` is never an unknown field of the other.
    misfit: dict[object, int] = {}
    for e in error.context:
        branch = _branch(e)
        misfit[branch] = misfit.get(branch, 0) + _misfit(e, depth)
    best = min(deeper, key=lambda e: (misfit[_branch(e)], relevance(e)))
    return _leaf(best)


# The mapping forms a schema's `$defs` offer, in words, by their names there.
_FORM_WORDS = {"interval": "an interval", "approximate": "an approximate number"}


def _forms_missed(error: ValidationError, root: Any) -> list[Phrase]:
    """One message at a mapping that takes none of the mapping forms offered where it
    stands (an interval, an approximate number), or mixes the fields of two of them.

    `_leaf` picks one form for it, whose every field the mapping lacks: `{name: Channel
    4, kind: broadcaster}` as a value gave an "unknown field" for each key, each with
    "allowed here: from, to", though `about` was allowed too; `{about: 90, from: 80}`
    said `about` was unknown. Empty where the mapping takes the fields of one form only,
    whose own errors say what is wrong (a misspelt or extra field)."""
    instance = error.instance
    if error.validator not in ("anyOf", "oneOf") or not isinstance(instance, dict) or not instance:
        return []
    forms = _mapping_forms(error.validator_value, root)
    given = set(instance)
    touched = [(name, given.intersection(fields)) for name, fields in forms]
    touched = [(name, common) for name, common in touched if common]
    if len(forms) < 2 or len(touched) == 1:
        return []
    path: JsonPath = tuple(error.absolute_path)
    shapes = [f"{_form(name)} ({', '.join(fields)})" for name, fields in forms]
    if touched:
        parts = [f"{_form(name)}'s {', '.join(sorted(common))}" for name, common in touched]
        said = f"mixes {' with '.join(parts)}; write one form: {' or '.join(shapes)}"
    else:
        keys = [repr(shorten(str(key), 60)) for key in list(instance)[:5]]
        if len(instance) > 5:
            keys.append(f"{len(instance) - 5:,} more")
        listed = ", ".join(keys[:-1]) + " and " + keys[-1] if len(keys) > 1 else keys[0]
        step = renamed_form(instance) or "write the value itself, or one of those forms"
        said = f"is a mapping of {listed}, fields that neither {' nor '.join(shapes)} has; {step}"
    return [(path, f"{format_path(path)} {said}", False, None)]


def _mapping_forms(branches: Any, root: Any) -> list[tuple[str, tuple[str, ...]]]:
    """Each branch of an anyOf that is a mapping with named fields and a name of its own
    in the schema's `$defs` (`{"$ref": "#/$defs/interval"}`), with its fields."""
    forms: list[tuple[str, tuple[str, ...]]] = []
    for branch in branches if isinstance(branches, list) else []:
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if not isinstance(ref, str) or not ref.startswith(_DEFS):
            continue
        name = ref[len(_DEFS) :]
        schema = (root.get("$defs") or {}).get(name) if isinstance(root, dict) else None
        if not isinstance(schema, dict) or schema.get("type") != "object":
            continue
        fields = schema.get("properties")
        if isinstance(fields, dict) and fields:
            forms.append((name, tuple(fields)))
    return forms


_DEFS = "#/$defs/"


def _form(name: str) -> str:
    return _FORM_WORDS.get(name, f"the form '{name}'")


def _unlink(errors: Iterable[ValidationError]) -> None:
    """Break the links between each error and its branches' errors (`context` and
    `parent` name each other), which only the garbage collector frees. Files are parsed
    with it paused (`speed.gc_pause`) and the command then freezes what is left, so
    every broken file's errors stayed for the rest of the run, each message holding the
    bad value's repr: 6.5 GB at 8,000 files with a 100 KB value each."""
    pending = list(errors)
    while pending:
        error = pending.pop()
        pending.extend(error.context)
        error.context = []
        error.parent = None


def _branch(error: ValidationError) -> object:
    """Which branch of its anyOf/oneOf an error of the context comes from."""
    path = error.relative_schema_path
    return path[0] if path else None


def _wrong_kind(error: ValidationError, depth: int) -> bool:
    """Whether `error` says only that the value at `depth` is the wrong kind of thing
    for its branch: a type error, or a choice of kinds none of which it is (the date
    branch of `published`: text or a year). Such a branch explains nothing: for
    `published: {}` it read "should be a date ...; got a mapping", where an interval
    was meant and merely lacked its ends."""
    if len(error.absolute_path) != depth:
        return False
    if error.validator == "type":
        return True
    kinds = error.context
    return (
        error.validator in ("anyOf", "oneOf")
        and bool(kinds)
        and all(_wrong_kind(e, depth) for e in kinds)
    )


def _misfit(error: ValidationError, depth: int) -> int:
    """How many of the value's own fields the branch of `error` does not have (its
    unknown ones, at the value's own depth); 0 for an error about what lies inside."""
    if error.validator != "additionalProperties" or len(error.absolute_path) != depth:
        return 0
    known = (error.schema.get("properties") or {}) if isinstance(error.schema, dict) else {}
    given = error.instance if isinstance(error.instance, dict) else {}
    return sum(1 for key in given if key not in known)


def schema_errors(
    data: Any,
    positions: Positions,
    schema_name: str,
    enums: Enums = (),
    item_check: ItemCheck | None = None,
) -> list[SchemaError]:
    """Every violation, most relevant first, each at its node's line and column.
    `item_check`: a compiled check of a list's items; jsonschema then walks only the
    items it does not accept, which gives the same errors in the same order."""
    return explain(_explaining_validator(schema_name, enums, item_check), data, positions)


# How an unknown field's message lists the fields its mapping allows.
_ALLOWED = "; allowed here: "


def _phrased(
    ranked: list[ValidationError], schema: Any, positions: Positions, data: Any
) -> tuple[list[Phrase], list[JsonPath], set[JsonPath]]:
    """The phrases of `ranked`, in order; the node each is about (a key's own path for
    a key's bad name, which is reported at its mapping); the mappings whose phrase is
    about all their keys at once (a value of none of the forms offered)."""
    phrased: list[Phrase] = []
    about: list[JsonPath] = []
    loose: set[JsonPath] = set()
    published = publication(data) if ranked else None  # what a relative as_of counts from
    for error in ranked:
        forms = _forms_missed(error, schema)
        loose.update(phrase[0] for phrase in forms)
        key = None
        if not forms:
            leaf = _leaf(error)
            forms = phrases(leaf, positions.written_as, published)
            if "propertyNames" in leaf.relative_schema_path and isinstance(leaf.instance, str):
                key = leaf.instance
        phrased.extend(forms)
        about.extend(phrase[0] if key is None else (*phrase[0], key) for phrase in forms)
    return phrased, about, loose


def explain(
    validator: jsonschema.Draft202012Validator, data: Any, positions: Positions
) -> list[SchemaError]:
    """`schema_errors` with the given validator (tests hold `validator_for`'s, which
    walks every item, to the same errors)."""
    from jsonschema.exceptions import relevance

    raw: Iterable[ValidationError] = validator.iter_errors(data)
    errors: list[SchemaError] = []
    reported: set[JsonPath] = set()
    ranked = sorted(raw, key=relevance, reverse=True)
    phrased, about, loose = _phrased(ranked, validator.schema, positions, data)
    _unlink(ranked)
    # A value cut at a comma inside braces: one error, at the value, for all its halves.
    cuts = comma_cuts(data, positions, about, loose)
    # A misspelt field is one mistake: its "did you mean" says which field is missing,
    # so the missing field's own error is left out.
    misspelt = {field for path, _, at_key, field in phrased if at_key and field}
    for (path, message, at_key, field), node in zip(phrased, about, strict=True):
        cut = cuts.get(node)
        if cut is not None:
            path, message, at_key, field = cut.path, cut.message, False, None
        if not at_key and field in misspelt:
            continue
        if path in reported:
            continue  # one message per node: the most relevant one
        reported.add(path)
        if at_key and _ALLOWED in message:
            # A field meant to go in the empty field above it: that, not the list.
            under = under_empty_field(data, positions, path)
            message = message.split(_ALLOWED)[0] + under if under else message
        line, column = positions.of_key(path) if at_key else positions.of(path)
        if positions.comments and not at_key:  # `value: # 90?`: the comment says why
            message = comment_alone(message, positions.comments.get(line))
        errors.append(SchemaError(path, line, column, message, len(errors), field))
    return errors
