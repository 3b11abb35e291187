"""Loading the canonical dataset: one or more YAML files, checked before any claim is.

A claim is only as good as what it is held against, so a broken dataset stops the
run (exit 2) with every problem at its file, line and column, rather than producing
findings nobody can trust.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from validator.model.names import normalise_name
from validator.model.property_types import registry
from validator.model.property_types.base import (
    EntityLookup,
)
from validator.model.typography import shorten
from validator.model.values import Choice
from validator.parse.schema_fast import file_schema_errors
from validator.read.files import Limits, LoadedFile, decode, display_path, parse_text
from validator.read.positions import JsonPath

from .broader_loops import index_broader
from .fact_values import FactProblem, fact_display, fact_parts, range_problems
from .files import DatasetError, DatasetFile, dataset_files, read_dataset_files
from .model import Dataset, Entity, Fact, PropertyDef, Reference
from .reported import reported

__all__ = [
    "DatasetError",
    "DatasetFile",
    "build_dataset",
    "dataset_files",
    "load_dataset",
    "read_dataset_files",
]

DATASET_SCHEMA = "dataset.schema.json"
# A name as a problem quotes it: an id's pattern sets no length, and one can be a megabyte.
_q = partial(shorten, limit=80)


# A problem, where it is: the file's path (None: no one file's), line and column (0: not
# known), and the message with its place before it.
_Problem = tuple["str | None", int, int, str]


@dataclass(slots=True)
class _Builder:
    problems: list[_Problem]
    references: dict[str, Reference]
    properties: dict[str, PropertyDef]
    entities: dict[str, tuple[Entity, LoadedFile, JsonPath]]
    raw_facts: list[tuple[str, dict[str, Any], LoadedFile, JsonPath]]
    header: tuple[dict[str, Any], LoadedFile] | None = None
    # The file declaring each property (at ("properties", name)), for the problems
    # found once every file is read.
    declared: dict[str, LoadedFile] = field(default_factory=dict)
    # The file defining each reference (at ("references", id)), for a second definition.
    cited: dict[str, LoadedFile] = field(default_factory=dict)

    def problem(self, loaded: LoadedFile, path: JsonPath, message: str) -> None:
        line, column = loaded.positions.of(path)
        self.placed(loaded.path, line, column, message)

    def placed(self, path: str, line: int, column: int, message: str) -> None:
        self.problems.append((path, line, column, f"{path}:{line}:{column}: {message}"))

    def failed(self, order: Sequence[str]) -> DatasetError:
        """The problems found, in the order of the files (`order`: their paths) and, in
        each, of their lines and columns, as a reader fixes them from the top: the
        schema gives a file's problems by how much each explains, and the checks after
        it by kind. Those of no one file come last."""
        rank = {path: number for number, path in enumerate(order)}

        def place(problem: _Problem) -> tuple[int, int, int]:
            path, line, column, _ = problem
            return rank.get(path, len(rank)) if path is not None else len(rank), line, column

        return DatasetError([text for *_, text in sorted(self.problems, key=place)])


def _place(loaded: LoadedFile, path: JsonPath) -> str:
    """Where the node at `path` is written, as "file:line:column"."""
    line, column = loaded.positions.of(path)
    return f"{loaded.path}:{line}:{column}"


def _places(loaded: LoadedFile, path: JsonPath, count: int) -> tuple[str, ...]:
    """Where each of the `count` items of the list at `path` is written, as
    "file:line:column"."""
    return tuple(_place(loaded, (*path, index)) for index in range(count))


def _parse(shown: str, raw: bytes, limits: Limits) -> LoadedFile | str:
    text = decode(raw, shown)
    if not isinstance(text, str):
        loc = text.location
        return f"{loc}: {text.message}" if loc else text.message
    loaded = parse_text(text, shown, limits, kind="dataset files")
    if not isinstance(loaded, LoadedFile):
        loc = loaded.location
        return f"{loc}: {loaded.message}" if loc else loaded.message
    return loaded


def load_dataset(path: str, limits: Limits | None = None) -> Dataset:
    """Load and check every YAML file under `path`; raises `DatasetError`."""
    limits = limits or Limits()
    return build_dataset(read_dataset_files(path, limits), display_path(path), limits)


def build_dataset(files: Sequence[DatasetFile], shown: str, limits: Limits) -> Dataset:
    """The dataset the files' contents make (`shown`: the dataset's path, for a problem
    that belongs to no one file), checked; raises `DatasetError`. A function of the
    contents alone: nothing is read here."""
    builder = _Builder([], {}, {}, {}, [])
    loaded_files: list[LoadedFile] = []
    order = [file for file, _ in files]  # each file's path, as its problems name it
    for file, raw in files:
        loaded = raw if isinstance(raw, str) else _parse(file, raw, limits)
        if isinstance(loaded, str):  # the file's one problem, its place written in it
            builder.problems.append((file, 0, 0, loaded))
            continue
        for problem in loaded.problems:
            builder.placed(loaded.path, problem.line, problem.column, problem.message)
        # The schema's list of property types is the registry's.
        enums = registry.TYPES.schema_enums()
        errors = file_schema_errors(loaded, DATASET_SCHEMA, enums)
        for error in errors:
            builder.placed(loaded.path, error.line, error.column, error.message)
        if not errors:
            loaded_files.append(replace(loaded, positions=reported(loaded.positions)))
    if builder.problems:
        raise builder.failed(order)
    for loaded in loaded_files:
        _collect(builder, loaded)
    if builder.header is None:
        header = f"{shown}: no file has the `dataset:` header (id, title, checked)"
        builder.problems.append((None, 0, 0, header))
    if builder.problems:
        raise builder.failed(order)
    return _built(builder, order)


def _built(builder: _Builder, order: Sequence[str]) -> Dataset:
    assert builder.header is not None
    head = builder.header[0]
    dataset = Dataset(
        id=head["id"],
        title=head["title"],
        checked=str(head["checked"]) if head.get("checked") is not None else None,
        references=builder.references,
        properties=builder.properties,
        entities={k: v[0] for k, v in builder.entities.items()},
        kind_words={k: tuple(v) for k, v in (head.get("kind_words") or {}).items()},
    )
    _check_properties(builder, dataset)
    _index_names(builder, dataset)
    _build_facts(builder, dataset)
    if builder.problems:
        raise builder.failed(order)
    return dataset


def _collect(builder: _Builder, loaded: LoadedFile) -> None:
    data: dict[str, Any] = loaded.data
    if "dataset" in data:
        if builder.header is not None:
            first = _place(builder.header[1], ("dataset",))
            builder.problem(
                loaded, ("dataset",), f"a second `dataset:` header (the first is at {first})"
            )
        else:
            builder.header = (data["dataset"], loaded)
    for ref_id, ref in (data.get("references") or {}).items():
        if ref_id in builder.references:
            first = _place(builder.cited[ref_id], ("references", ref_id))
            builder.problem(
                loaded,
                ("references", ref_id),
                f"reference '{_q(ref_id)}' is defined twice (first at {first}); rename one",
            )
            continue
        builder.cited[ref_id] = loaded
        builder.references[ref_id] = Reference(
            ref_id,
            ref["title"],
            ref.get("url"),
            ref.get("publisher"),
            None if ref.get("published") is None else str(ref["published"]),
        )
    _collect_properties(builder, loaded, data.get("properties") or {})
    _collect_entities(builder, loaded, data.get("entities") or [])


def _collect_properties(builder: _Builder, loaded: LoadedFile, specs: dict[str, Any]) -> None:
    for name, spec in specs.items():
        if name in builder.properties:
            first = _place(builder.declared[name], ("properties", name))
            builder.problem(
                loaded,
                ("properties", name),
                f"property '{_q(name)}' is defined twice (first at {first}); keep one",
            )
            continue
        builder.declared[name] = loaded
        builder.properties[name] = PropertyDef(
            name=name,
            type=spec["type"],
            single=bool(spec.get("single", False)),
            unit=spec.get("unit"),
            tolerance=spec.get("tolerance"),
            minimum=spec.get("minimum"),
            maximum=spec.get("maximum"),
            inverse=spec.get("inverse"),
            derived=spec.get("derived"),
            source_property=spec.get("from"),
            time_dependent=bool(spec.get("time_dependent", False)),
            qualifiers=tuple(sorted((spec.get("qualifiers") or {}).items())),
            description=spec.get("description", ""),
            cues=tuple(spec.get("cues") or ()),
            cues_at=_places(loaded, ("properties", name, "cues"), len(spec.get("cues") or ())),
            subject_kinds=tuple(spec.get("subject_kinds") or ()),
            value_kinds=tuple(spec.get("value_kinds") or ()),
            qualifier_kinds=tuple(
                (q, tuple(kinds))
                for q, kinds in sorted((spec.get("qualifier_kinds") or {}).items())
            ),
        )
        for message in range_problems(builder.properties[name]):
            builder.problem(loaded, ("properties", name), message)


def _collect_entities(builder: _Builder, loaded: LoadedFile, entities: list[Any]) -> None:
    for index, raw in enumerate(entities):
        path: JsonPath = ("entities", index)
        entity_id = raw["id"]
        if entity_id in builder.entities:
            _, first, first_path = builder.entities[entity_id]
            builder.problem(
                loaded,
                (*path, "id"),
                f"entity id '{_q(entity_id)}' is used twice "
                f"(first at {_place(first, (*first_path, 'id'))}); rename one",
            )
            continue
        entity = Entity(
            id=entity_id,
            kind=raw["kind"],
            names=tuple(raw["names"]),
            broader=tuple(raw.get("broader") or ()),
            complete=tuple(raw.get("complete") or ()),
            description=raw.get("description"),
            pronoun=raw.get("pronoun"),
        )
        builder.entities[entity_id] = (entity, loaded, path)
        for f_index, fact in enumerate(raw.get("facts") or []):
            builder.raw_facts.append((entity_id, fact, loaded, (*path, "facts", f_index)))


def _check_properties(builder: _Builder, dataset: Dataset) -> None:
    declared = dataset.properties
    inverse_of: dict[str, str] = {}
    for prop in declared.values():
        loaded, path = builder.declared[prop.name], ("properties", prop.name)
        if prop.inverse is not None:
            problem = _inverse_problem(prop, prop.inverse, declared, inverse_of)
            if problem is not None:
                builder.problem(loaded, (*path, "inverse"), problem)
            inverse_of.setdefault(prop.inverse, prop.name)
        derived = registry.derivation(prop.derived)
        if derived is not None:
            base = declared.get(prop.source_property or "")
            if base is None or base.type != derived.base_type:
                builder.problem(
                    loaded,
                    (*path, "from"),
                    f"property '{prop.name}' is derived from '{_q(prop.source_property or '')}', "
                    f"which must be a declared {derived.base_type} property",
                )


def _inverse_problem(
    prop: PropertyDef, inverse: str, declared: dict[str, PropertyDef], inverse_of: dict[str, str]
) -> str | None:
    """Why `prop`'s `inverse` (its name) cannot be used, or None; `inverse_of`: the inverse
    names taken by the properties before it. An inverse swaps a fact's subject and
    value, so only an entity property has one: a date's inverse stopped every run with
    an internal error; and one inverse name of two properties stood for the last."""
    if prop.type != "entity":
        return (
            f"property '{prop.name}' has inverse '{_q(inverse)}', but its values are of type "
            f"{prop.type}, not entities, so they cannot be the subject of the inverse; "
            "remove `inverse`"
        )
    other = declared.get(inverse)
    if other is not None and other.inverse != prop.name:
        return (
            f"property '{prop.name}' has inverse '{_q(inverse)}', which is "
            "declared with another meaning; declare only one direction"
        )
    first = inverse_of.get(inverse)
    if other is None and first is not None:
        return (
            f"property '{prop.name}' has inverse '{_q(inverse)}', which is already the "
            f"inverse of '{first}'; give each property an inverse of its own"
        )
    return None


def _index_names(builder: _Builder, dataset: Dataset) -> None:
    owners: dict[str, str] = {}
    for entity_id, (entity, loaded, path) in builder.entities.items():
        for parent in entity.broader:
            if parent not in builder.entities:
                builder.problem(
                    loaded,
                    (*path, "broader"),
                    f"'{_q(entity_id)}' is narrower than unknown entity '{_q(parent)}'",
                )
        for prop in entity.complete:
            if dataset.property(prop) is None:
                builder.problem(
                    loaded, (*path, "complete"), f"'complete' names unknown property '{_q(prop)}'"
                )
        for name in {entity_id, *entity.names}:
            key = normalise_name(name)
            owner = owners.get(key)
            if owner is not None and owner != entity_id:
                builder.problem(
                    loaded,
                    (*path, "names"),
                    f"the name '{_q(name)}' is given to both '{_q(owner)}' and '{_q(entity_id)}'; "
                    "give one of them a name that tells them apart",
                )
                continue
            owners[key] = entity_id
    dataset.names = owners
    index_broader(dataset, builder.entities, builder.problem)  # loops refused, sets bounded


def _build_facts(builder: _Builder, dataset: Dataset) -> None:
    lookup = EntityLookup(dataset.resolve_entity, dataset.with_narrower)
    for subject, raw, loaded, path in builder.raw_facts:
        found = dataset.property(raw["property"])
        if found is None:
            hint = dataset.property_suggestions(raw["property"])
            more = "; did you mean " + " or ".join(f"'{h}'" for h in hint) + "?" if hint else ""
            unknown = _q(raw["property"])
            builder.problem(
                loaded, (*path, "property"), f"fact uses unknown property '{unknown}'{more}"
            )
            continue
        prop, inverted = found
        if inverted and prop.type != "entity":
            continue  # an inverse only an entity property can have: refused above
        ref = raw.get("ref")
        if ref is not None and ref not in dataset.references:
            builder.problem(loaded, (*path, "ref"), f"fact cites unknown reference '{_q(ref)}'")
            continue
        if prop.derived is not None:
            builder.problem(
                loaded,
                (*path, "property"),
                f"'{prop.name}' is derived; record '{prop.source_property}' instead",
            )
            continue
        parts = fact_parts(raw, prop, lookup, dataset.label, loaded.positions.written_as, path)
        if isinstance(parts, FactProblem):
            builder.problem(loaded, parts.at, parts.message)
            continue
        raw_value, value, qualifiers, (valid, valid_display) = parts
        if inverted:
            # Stored in the declared direction so a claim finds it from either side.
            assert isinstance(value, Choice) and len(value.members) == 1
            target = next(iter(value.members))
            value = registry.parse_value(subject, "entity", lookup=lookup, widen=False)
            subject_id = target
        else:
            subject_id = subject
        fact = Fact(
            subject=subject_id,
            property=prop.name,
            raw_value=raw_value if not inverted else subject,
            value=value,
            display=fact_display(raw_value if not inverted else subject, prop, dataset),
            qualifiers=qualifiers,
            ref=ref,
            disputed=raw.get("status") == "disputed",
            valid=valid,
            valid_display=valid_display,
            confidence=raw.get("confidence"),
            note=raw.get("note"),
        )
        dataset.facts.setdefault((subject_id, prop.name), []).append(fact)
