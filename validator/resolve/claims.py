"""Stage 3: resolve each claim against the dataset's vocabulary into sets.

Names become entity ids, the property becomes its declaration (a claim written with an
inverse property is turned around), and the value, qualifiers and `as_of` become the
sets they denote. Anything that cannot be resolved is an E104/E105/E106 finding and
the claim is `invalid`.

A claim is resolved in two parts, each a pure function of what was written: its
statement (subject, property, value, qualifiers: `resolve_statement`) and its date
(`resolve_as_of`). The same statement recurs with many dates and the same date with
many statements, so a run remembers each part's results apart (see `Resolvers`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from validator.dataset.fact_values import fits_property, property_value
from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding, Location, make_finding
from validator.model.property_types.base import (
    EntityLookup,
    NumberTexts,
    UnknownEntity,
    ValueProblem,
    describe_raw,
    with_unit,
    written_with_sign,
)
from validator.model.property_types.registry import as_written, describe_written, property_type
from validator.model.typography import curly_quotes_hint
from validator.model.values import Choice, Span, ValueSet
from validator.parse.claim_file import ClaimEntry, ParsedFile
from validator.parse.when_words import publication_named
from validator.parse.written_as import (
    WrittenAs,
    glued_comment,
    untagged,
    written_as,
)

from .claim_dates import Dated, own_date, resolve_as_of, source_published
from .entity_words import suggest as _suggest
from .entity_words import unknown_entity_words
from .qualifiers import Problem, Qualifiers, resolve_qualifiers, unknown_name
from .range_values import ranged_words

__all__ = [
    "Dated",
    "Problem",
    "ResolvedClaim",
    "Resolvers",
    "Said",
    "Statement",
    "Unresolved",
    "Written",
    "claim_problems",
    "located",
    "own_date",
    "placed",
    "plain_resolvers",
    "resolve_as_of",
    "resolve_claim",
    "resolve_statement",
    "shown_value",
    "source_published",
    "statement_fields",
    "unresolved_problems",
]


def _qualifier(qualifiers: Qualifiers, name: str) -> tuple[ValueSet, str] | None:
    for qualifier, value, display in qualifiers:
        if qualifier == name:
            return value, display
    return None


class Statement(NamedTuple):
    """What a claim says and when, resolved: everything its assessment against the
    dataset depends on, and nothing of which claim says it."""

    subject: str
    written_subject: str
    prop: PropertyDef
    written_property: str
    inverted: bool
    value: ValueSet
    value_display: str
    qualifiers: Qualifiers
    value_signed: bool  # "0.99%" or "2 minutes", not a bare number (`base.written_with_sign`)
    as_of: Span
    as_of_display: str

    def qualifier(self, name: str) -> tuple[ValueSet, str] | None:
        return _qualifier(self.qualifiers, name)


class ResolvedClaim(NamedTuple):
    """A claim as sets. Immutable; a named tuple rather than a frozen data class because
    a large run builds one per claim, and a frozen data class's constructor costs five
    times as much (it sets each of the sixteen fields through `object.__setattr__`).

    The fields of its `Statement` come together, in the statement's order (see
    `statement_fields`)."""

    full_id: str
    source_id: str
    file: str
    location: Location  # the claim's value: where findings about it point
    subject: str  # entity id, in the declared direction of the property
    written_subject: str  # entity id of the subject as written (differs when inverted)
    prop: PropertyDef
    written_property: str
    inverted: bool
    value: ValueSet
    value_display: str
    qualifiers: Qualifiers
    value_signed: bool
    as_of: Span
    as_of_display: str
    raw_value: Any
    excerpt: str | None

    @property
    def group_key(self) -> tuple[str, str]:
        return (self.subject, self.prop.name)

    @property
    def statement(self) -> Statement:
        return Statement._make(statement_fields(self))

    def qualifier(self, name: str) -> tuple[ValueSet, str] | None:
        return _qualifier(self.qualifiers, name)


# A claim's statement as a plain tuple: the fields of a `ResolvedClaim` that make its
# `Statement`, in order, so equal to `claim.statement` and hashed alike. What is kept
# by statement is found by these without a `Statement` built per claim (a C-level slice).
statement_fields: Callable[[ResolvedClaim], tuple[Any, ...]] = itemgetter(slice(4, 15))


class Written(NamedTuple):
    """A claim's statement as written: subject, property, value and qualifiers, and the
    text its numbers and booleans were written as (None: it has none), which a property
    that takes text takes."""

    subject: str
    property: str
    value: Any
    qualifiers: Any
    written_as: WrittenAs | None = None


# A `Written` as a plain tuple, as a run hands it over for each claim (a named tuple's
# constructor is a Python call; a plain tuple costs nothing to build).
WrittenFields = tuple[str, str, Any, Any, WrittenAs | None]


# What a statement resolves to, whoever makes it: subject, written subject, property,
# written property, inverted, value, value display, qualifiers, value signed.
Said = tuple[str, str, PropertyDef, str, bool, ValueSet, str, Qualifiers, bool]


class Unresolved(NamedTuple):
    """A statement that does not resolve. `dated`: whether the claim's date is worth
    checking too (not when its property is unknown: nothing else is said then)."""

    problems: tuple[Problem, ...]
    dated: bool


class Resolvers(NamedTuple):
    """How a claim's two parts are resolved: by the plain functions (`plain_resolvers`),
    or by the same functions wrapped by a run to remember their results."""

    statement: Callable[[WrittenFields], Said | Unresolved]
    as_of: Callable[[Any], Dated | Problem]


def plain_resolvers(dataset: Dataset) -> Resolvers:
    return Resolvers(partial(resolve_statement, dataset=dataset), resolve_as_of)


def written_fields(entry: ClaimEntry, parsed: ParsedFile) -> WrittenFields:
    """The statement of the claim of `entry` in `parsed`, as written."""
    raw = entry.raw
    texts = written_as(raw, entry.number, parsed.loaded)
    return (raw["subject"], raw["property"], raw["value"], raw.get("qualifiers"), texts)


def shown_value(entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset) -> str:
    """The value of a claim that did not resolve, as reports show it: as written, a
    number or boolean for a property that takes text as the text written, and any
    number as written (`0x10`, `1e20`), not as read."""
    raw = entry.raw
    if "value" not in raw:
        return ""
    value = raw["value"]
    texts = None if type(value) is str else written_as(raw, entry.number, parsed.loaded)
    if texts is None:
        return describe_raw(value)
    written_property, kind = raw.get("property"), None
    if isinstance(written_property, str):
        found = dataset.property(written_property)
        if found is not None:
            kind = "entity" if found[1] else found[0].type
            value = as_written(value, kind, texts.value)
    # A number as written, as its E106 quotes it: `0x10`, not the 16 it was read as; a
    # date as a resolved one reads ("1975 or later", not "at least 1975").
    return describe_written(value, kind, texts.numbers)


def located(entry: ClaimEntry, parsed: ParsedFile, problems: Sequence[Problem]) -> list[Finding]:
    """The findings of `problems` of the claim of `entry` in `parsed`."""
    claims, loaded = (entry.full_id,), parsed.loaded
    return [
        make_finding(
            p.code,
            publication_named(p.message, loaded.data),
            claims=claims,
            locations=(entry.position(loaded, *p.where, at_key=p.at_key),),
            key=p.key,
        )
        for p in problems
    ]


def claim_problems(entry: ClaimEntry, parsed: ParsedFile, dataset: Dataset) -> list[Finding]:
    """What keeps a claim from being checked whatever its source says (E104, E105,
    E106), for a claim whose source cannot be used: its date is then its own `as_of`,
    or none (the source's date's problem is the source's finding, not the claim's)."""
    said = resolve_statement(written_fields(entry, parsed), dataset)
    problems = list(said.problems) if isinstance(said, Unresolved) else []
    as_of_raw = entry.raw.get("as_of")
    if as_of_raw is not None and (not isinstance(said, Unresolved) or said.dated):
        dated = own_date(entry, parsed, resolve_as_of)
        if isinstance(dated, Problem):
            problems.append(dated)
    return located(entry, parsed, problems)


def resolve_claim(
    entry: ClaimEntry,
    parsed: ParsedFile,
    dataset: Dataset,
    resolvers: Resolvers | None = None,
    published: Dated | Problem | None = None,
) -> ResolvedClaim | list[Finding]:
    """The claim as sets, or the findings that keep it from being checked.

    `resolvers`: how its statement and date are resolved (by default, `plain_resolvers`).
    `published`: the file's publication date resolved (`resolvers.as_of` of it), which a
    claim without its own `as_of` takes; a caller resolving a file's claims resolves it
    once for all of them (by default it is resolved here).
    """
    use = plain_resolvers(dataset) if resolvers is None else resolvers
    raw = entry.raw
    said = use.statement(written_fields(entry, parsed))
    as_of_raw = raw.get("as_of")
    if as_of_raw is not None:
        dated = own_date(entry, parsed, use.as_of)
    elif published is not None:
        dated = published
    else:
        dated = use.as_of(source_published(parsed))
    if isinstance(said, Unresolved) or isinstance(dated, Problem):
        return located(entry, parsed, unresolved_problems(said, dated))
    return placed(entry, parsed, said, dated)


def unresolved_problems(said: Said | Unresolved, dated: Dated | Problem) -> list[Problem]:
    """Why a claim saying `said` at `dated` (one of them failed) does not resolve: its
    statement's problems, and its date's where the statement asks for one."""
    if not isinstance(said, Unresolved):
        assert isinstance(dated, Problem)
        return [dated]
    if said.dated and isinstance(dated, Problem):  # its date is reported only if asked
        return [*said.problems, dated]
    return list(said.problems)


_new_tuple = tuple.__new__


def placed(
    entry: ClaimEntry,
    parsed: ParsedFile,
    said: Said,
    dated: Dated,
    at: Location | None = None,
    written: tuple[Any, str | None] | None = None,
) -> ResolvedClaim:
    """The claim of `entry` in `parsed`, which says `said` at `dated` (its statement and
    date resolved); `at`: where its value is, and `written`: its value and excerpt as
    written, when the caller has them already (a string the caller shares, say)."""
    raw = entry.raw
    location = Location(parsed.loaded.path, *entry.value_pos) if at is None else at
    value, excerpt = (raw["value"], raw.get("excerpt")) if written is None else written
    # Positional, in the field order, through tuple.__new__ (a named tuple's own
    # constructor is a Python call): a claim is built 100,000 times in a large run.
    fields = (entry.full_id, parsed.source_id, parsed.path, location, *said, *dated)
    return _new_tuple(ResolvedClaim, (*fields, value, excerpt))


def resolve_statement(
    said: WrittenFields, dataset: Dataset, entity: Callable[[str], str | None] | None = None
) -> Said | Unresolved:
    """What a claim says (a `Written`, or the same fields as a plain tuple), resolved
    against the dataset's vocabulary: the subject's entity, the property's declaration,
    the value's and the qualifiers' sets.

    `entity`: how a name is resolved to an entity (by default `dataset.resolve_entity`;
    a run passes it wrapped, to remember each name it has resolved)."""
    written = Written(*said)  # the text written may be left out: there is none
    problems: list[Problem] = []
    lookup = EntityLookup(
        dataset.resolve_entity if entity is None else entity, dataset.with_narrower
    )
    subject = lookup.resolve(written.subject)
    if subject is None:
        suggested = unknown_entity_words(dataset, written.subject)
        shown = unknown_name(written.subject)
        message = f"subject '{shown}' names no entity in the dataset{suggested}"
        problems.append(Problem("E104", message, ("subject",), f"subject:{written.subject}"))
    found = dataset.property(written.property)
    if found is None:
        suggested = _suggest(dataset.property_suggestions(written.property), "define it in")
        message = f"property '{written.property}' is not in the dataset's vocabulary{suggested}"
        problems.append(Problem("E105", message, ("property",), f"property:{written.property}"))
        return Unresolved(tuple(problems), dated=False)
    prop, inverted = found
    texts = written.written_as
    raw = written.value
    if texts is not None:  # a number or boolean, taken as written if its type takes text
        raw = as_written(raw, "entity" if inverted else prop.type, texts.value)
    numbers = () if texts is None else texts.numbers
    value = _value(
        written.property, (raw, numbers, texts), prop, inverted, dataset, lookup, problems
    )
    qualifiers = resolve_qualifiers(written.qualifiers, prop, dataset, lookup, problems, texts)
    if problems or subject is None or value is None:
        return Unresolved(tuple(problems), dated=True)
    written_subject = subject
    if inverted:
        # `A acted_in B` is held as `B cast_member A`: facts are stored one way round.
        assert isinstance(value, Choice)
        named = lookup.resolve(written.value)
        assert named is not None
        subject, value = named, Choice(dataset.with_narrower(subject))
    shown = describe_written(raw, prop.type, numbers, resolved=True)
    if not inverted and not prop.derived:
        # With its unit, as the dataset's value is shown: "about 45 minutes" against "90
        # minutes", not "about 45". A derived value (an age) is held against one shown bare.
        shown = with_unit(shown, raw, property_type(prop.type), prop.unit)
    signed = written_with_sign(raw, property_type(prop.type))
    what = (subject, written_subject, prop, written.property, inverted, value, shown)
    return (*what, qualifiers, signed)


def _value(
    written_property: str,
    said: tuple[Any, NumberTexts, WrittenAs | None],
    prop: PropertyDef,
    inverted: bool,
    dataset: Dataset,
    lookup: EntityLookup,
    problems: list[Problem],
) -> ValueSet | None:
    """The set of the value `raw` (an entity for an inverted property) of `said`, with
    how its numbers were written and how it was written (`written_as`), or None and a
    problem."""
    raw, numbers, texts = said
    try:
        if texts is not None and (other := texts.value_in_other_base(raw)) is not None:
            raise other
        return property_value(raw, prop, lookup, inverted=inverted, texts=numbers)
    except UnknownEntity as unknown:
        suggested = unknown_entity_words(dataset, unknown.name, prop)
        message = f"value '{unknown_name(unknown.name)}' names no entity in the dataset{suggested}"
        problems.append(Problem("E104", message, ("value",), f"value:{unknown.name}"))
    except ValueProblem as problem:
        fits = partial(fits_property, prop=prop, lookup=lookup, inverted=inverted)
        refused = ranged_words(problem.message, raw, "value", prop)
        found = glued_comment(raw, fits) or untagged(refused, texts.tag if texts else "")
        message = (
            f"value does not fit property '{written_property}' ({_type_words(prop, inverted)}): "
            f"{found}{curly_quotes_hint(raw)}"
        )
        problems.append(Problem("E106", message, ("value", *problem.where), "value"))
    return None


def _type_words(prop: PropertyDef, inverted: bool) -> str:
    # An inverted claim's value is the subject of the declared property: an entity.
    return property_type("entity" if inverted else prop.type).words(prop.unit)
