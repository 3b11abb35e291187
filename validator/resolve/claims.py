"""Stage 3: resolve each claim against the dataset's vocabulary into sets.

Names become entity ids, the property becomes its declaration (a claim written with an
inverse property is turned around), and the value, qualifiers and `as_of` become the
sets they denote. Anything that cannot be resolved is an E104/E105/E106 finding and
the claim is `invalid`.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding, Location, make_finding
from validator.model.property_types.base import (
    EntityLookup,
    UnknownEntity,
    ValueProblem,
    describe_raw,
)
from validator.model.property_types.registry import parse_value, property_type
from validator.model.values import Choice, Span, ValueSet
from validator.parse.claim_file import ClaimEntry, ParsedFile

__all__ = ["ResolveMemo", "ResolvedClaim", "resolve_claim"]

_SCALARS = frozenset((str, int, float, bool))


class ResolvedClaim(NamedTuple):
    """A claim as sets. Immutable; a named tuple rather than a frozen data class because
    a large run builds one per claim, and a frozen data class's constructor costs five
    times as much (it sets each of the sixteen fields through `object.__setattr__`)."""

    full_id: str
    source_id: str
    file: str
    location: Location  # the claim's value: where findings about it point
    subject: str  # entity id, in the declared direction of the property
    written_subject: str  # entity id of the subject as written (differs when inverted)
    prop: PropertyDef
    written_property: str
    inverted: bool
    raw_value: Any
    value: ValueSet
    value_display: str
    qualifiers: tuple[tuple[str, ValueSet, str], ...]
    as_of: Span
    as_of_display: str
    excerpt: str | None

    @property
    def group_key(self) -> tuple[str, str]:
        return (self.subject, self.prop.name)

    def qualifier(self, name: str) -> tuple[ValueSet, str] | None:
        for qualifier, value, display in self.qualifiers:
            if qualifier == name:
                return value, display
        return None


class ResolveMemo:
    """What one run learns while resolving, reused for every later claim.

    Claims repeat the same subjects, entity values and dates over and over; their
    resolution depends only on the written text and the dataset, so each is worked
    out once per run. A memo belongs to one dataset and lives as long as one run.
    """

    __slots__ = ("_entities", "_values", "dataset", "dates", "lookup", "published", "said")

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.lookup = EntityLookup(self._resolve_entity, dataset.with_narrower)
        self._entities: dict[str, str | None] = {}
        # (type, raw, kind, unit, tolerance) -> the set, or the problem to raise again.
        self._values: dict[tuple[Any, ...], ValueSet | Exception] = {}
        # For claims that resolved without findings: what was written (subject,
        # property, value, qualifiers) -> what it resolved to, and an as_of as written
        # -> its span and text.
        self.said: dict[tuple[Any, ...], _Said] = {}
        self.dates: dict[Any, tuple[Span, str]] = {}
        # The file last seen, its publication date as written, and that date's key.
        self.published: tuple[ParsedFile | None, Any, Any] = (None, None, None)

    def _resolve_entity(self, name: str) -> str | None:
        try:
            return self._entities[name]
        except KeyError:
            found = self._entities[name] = self.dataset.resolve_entity(name)
            return found

    def parse(
        self, raw: Any, kind: str, unit: str | None = None, tolerance: float | None = None
    ) -> ValueSet:
        """`parse_value` for a claim, remembered when the raw value is a scalar."""
        if type(raw) not in _SCALARS:
            return parse_value(raw, kind, unit=unit, tolerance=tolerance, lookup=self.lookup)
        # The type is part of the key: 1, 1.0 and True are equal but parse differently.
        key = (type(raw), raw, kind, unit, tolerance)
        found = self._values.get(key)
        if found is None:
            try:
                found = parse_value(raw, kind, unit=unit, tolerance=tolerance, lookup=self.lookup)
            except UnknownEntity as unknown:  # kept without its traceback and frames
                found = UnknownEntity(unknown.name)
            except ValueProblem as problem:
                found = ValueProblem(problem.message)
            self._values[key] = found
        if isinstance(found, UnknownEntity):
            raise UnknownEntity(found.name)
        if isinstance(found, ValueProblem):
            raise ValueProblem(found.message)
        assert not isinstance(found, Exception)
        return found


# What a claim's statement resolves to, whoever makes it: subject, written subject,
# property, written property, inverted, value, value display, qualifiers.
_Said = tuple[
    str, str, PropertyDef, str, bool, ValueSet, str, tuple[tuple[str, ValueSet, str], ...]
]


_NO_QUALIFIERS = (type(None), None)


def _frozen(raw: Any) -> Any:
    """A hashable stand-in for a written value, or None when it has none.

    Types are kept (1, 1.0 and True are equal in Python but not as written values), and
    so is the order of a mapping's keys, so equal stand-ins mean identical values.
    """
    kind = type(raw)
    if kind in _SCALARS or raw is None:
        return (kind, raw)
    if kind is dict:
        items = []
        for key, value in raw.items():
            frozen = _frozen(value)
            if frozen is None or type(key) not in _SCALARS:
                return None
            items.append((type(key), key, frozen))
        return (dict, tuple(items))
    return None


def _suggest(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    return "; did you mean " + " or ".join(f"'{n}'" for n in names) + "?"


def claim_problems(
    entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset, memo: ResolveMemo
) -> list[Finding]:
    """What keeps a claim from being checked whatever its source says (E104, E105,
    E106), for a claim whose source cannot be used: its date is then its own `as_of`,
    or none (the source's date's problem is the source's finding, not the claim's)."""
    outcome = _resolve(entry, parsed, dataset, memo, entry.raw.get("as_of"), undated=True)
    return outcome if isinstance(outcome, list) else []


def resolve_claim(
    entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset, memo: ResolveMemo | None = None
) -> ResolvedClaim | list[Finding]:
    """The claim as sets, or the findings that keep it from being checked.

    `memo` carries what earlier claims of the same run resolved (see `ResolveMemo`).
    """
    if memo is None or memo.dataset is not dataset:
        memo = ResolveMemo(dataset)
    raw = entry.raw
    as_of_raw = raw.get("as_of")
    if as_of_raw is None:
        if memo.published[0] is not parsed:  # claims come file by file
            published = parsed.loaded.data.get("source", {}).get("published")
            memo.published = (parsed, published, _frozen(published))
        _, as_of_raw, date_key = memo.published
    else:
        date_key = _frozen(as_of_raw)
    # What was said and when are remembered apart: the same statement recurs with
    # many dates, and the same date with many statements.
    said_key: tuple[Any, ...] | None = None
    subject_name, written_property = raw.get("subject"), raw.get("property")
    raw_value, raw_qualifiers = raw.get("value"), raw.get("qualifiers")
    value_key = (str, raw_value) if type(raw_value) is str else _frozen(raw_value)
    qualifiers_key = _NO_QUALIFIERS if raw_qualifiers is None else _frozen(raw_qualifiers)
    if (
        value_key is not None
        and qualifiers_key is not None
        and type(subject_name) is str
        and type(written_property) is str
    ):
        said_key = (subject_name, written_property, value_key, qualifiers_key)
    said = memo.said.get(said_key) if said_key is not None else None
    dated = memo.dates.get(date_key) if date_key is not None else None
    if said is None or dated is None:
        outcome = _resolve(entry, parsed, dataset, memo, as_of_raw)
        if isinstance(outcome, list):
            return outcome
        said, dated = outcome
        if said_key is not None:
            memo.said[said_key] = said
        if date_key is not None:
            memo.dates[date_key] = dated
    subject, written_subject, prop, written_property, inverted, value, shown, qualifiers = said
    # Positional, in the field order: a claim is built 100,000 times in a large run.
    return ResolvedClaim(
        entry.full_id,
        parsed.source_id,
        parsed.path,
        Location(parsed.loaded.path, *entry.value_pos),  # looked up when the file was checked
        subject,
        written_subject,
        prop,
        written_property,
        inverted,
        raw["value"],
        value,
        shown,
        qualifiers,
        *dated,
        raw.get("excerpt"),
    )


def _resolve(
    entry: ClaimEntry,
    parsed: ParsedFile,
    dataset: Dataset,
    memo: ResolveMemo,
    as_of_raw: Any,
    undated: bool = False,
) -> tuple[_Said, tuple[Span, str]] | list[Finding]:
    raw = entry.raw
    loaded = parsed.loaded
    findings: list[Finding] = []
    claims = (entry.full_id,)

    def fail(code: str, message: str, where: tuple[str | int, ...], key: str) -> None:
        findings.append(
            make_finding(
                code, message, claims=claims, locations=(entry.position(loaded, *where),), key=key
            )
        )

    subject_name: str = raw["subject"]
    subject = memo.lookup.resolve(subject_name)
    if subject is None:
        fail(
            "E104",
            f"subject '{subject_name}' names no entity in the dataset"
            f"{_suggest(dataset.entity_suggestions(subject_name))}",
            ("subject",),
            f"subject:{subject_name}",
        )
    written_property: str = raw["property"]
    found = dataset.property(written_property)
    if found is None:
        fail(
            "E105",
            f"property '{written_property}' is not in the dataset's vocabulary"
            f"{_suggest(dataset.property_suggestions(written_property))}",
            ("property",),
            f"property:{written_property}",
        )
        return findings
    prop, inverted = found
    value_kind = "entity" if inverted else prop.type

    raw_value = raw["value"]
    value: ValueSet | None = None
    try:
        value = memo.parse(raw_value, value_kind, prop.unit, prop.tolerance)
    except UnknownEntity as unknown:
        fail(
            "E104",
            f"value '{unknown.name}' names no entity in the dataset"
            f"{_suggest(dataset.entity_suggestions(unknown.name))}",
            ("value",),
            f"value:{unknown.name}",
        )
    except ValueProblem as problem:
        fail(
            "E106",
            f"value does not fit property '{written_property}' ({_type_words(prop, inverted)}): "
            f"{problem.message}",
            ("value",),
            "value",
        )

    qualifiers: list[tuple[str, ValueSet, str]] = []
    raw_qualifiers = raw.get("qualifiers")
    for name, qualifier_raw in sorted(raw_qualifiers.items()) if raw_qualifiers else ():
        kind = prop.qualifier_type(name)
        if kind is None:
            known = ", ".join(q for q, _ in prop.qualifiers) or "none"
            fail(
                "E106",
                f"qualifier '{name}' is not defined for property '{prop.name}' (defined: {known})",
                ("qualifiers", name),
                f"qualifier:{name}",
            )
            continue
        try:
            qualifiers.append((name, memo.parse(qualifier_raw, kind), describe_raw(qualifier_raw)))
        except UnknownEntity as unknown:
            fail(
                "E104",
                f"qualifier '{name}': '{unknown.name}' names no entity in the dataset"
                f"{_suggest(dataset.entity_suggestions(unknown.name))}",
                ("qualifiers", name),
                f"qualifier:{name}",
            )
        except ValueProblem as problem:
            fail(
                "E106",
                f"qualifier '{name}' should be {kind}: {problem.message}",
                ("qualifiers", name),
                f"qualifier:{name}",
            )

    where: tuple[str | int, ...] = ("as_of",)
    try:
        as_of = Span(None, None) if undated and as_of_raw is None else memo.parse(as_of_raw, "date")
    except ValueProblem as problem:
        fail("E106", f"as_of: {problem.message}", where, "as_of")
        as_of = Span(None, None)
    if findings or subject is None or value is None:
        return findings
    assert isinstance(as_of, Span)

    written_subject = subject
    if inverted:
        # `A acted_in B` is held as `B cast_member A`: facts are stored one way round.
        assert isinstance(value, Choice)
        named = memo.lookup.resolve(raw_value)
        assert named is not None
        subject, value = named, Choice(dataset.with_narrower(subject))
    said = (
        subject,
        written_subject,
        prop,
        written_property,
        inverted,
        value,
        describe_raw(raw_value),
        tuple(qualifiers),
    )
    return said, (as_of, describe_raw(as_of_raw))


def _type_words(prop: PropertyDef, inverted: bool) -> str:
    # An inverted claim's value is the subject of the declared property: an entity.
    return property_type("entity" if inverted else prop.type).words(prop.unit)
