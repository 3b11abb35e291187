"""The canonical dataset as the checks see it: properties, entities, facts, and indexes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from validator.model.names import TITLES, SameWords, Suggester, normalise_name
from validator.model.values import Choice, ValueSet

from .property_words import SaidWith

__all__ = [
    "MAX_NARROWER",
    "Dataset",
    "Entity",
    "Fact",
    "PropertyDef",
    "Reference",
    "narrower_problem",
]

# The pairs of an entity and one narrower than it (itself included) that `broader`
# links may make in all. Every entity's narrower set is kept, so a chain of n entities
# makes n²/2 pairs: a dataset's 5,000-entity chain took 1.3 GB, where a taxonomy of
# 100,000 entities five levels deep makes 600,000.
MAX_NARROWER = 2_000_000


def narrower_problem(entity_id: str) -> str:
    """The dataset's problem when the narrower sets pass `MAX_NARROWER` at `entity_id`."""
    return (
        f"'{entity_id}' is one of more than {MAX_NARROWER} pairs of an entity and one "
        "narrower than it that the `broader` links make (a long chain of broader "
        f"entities?); at most {MAX_NARROWER} can be checked, so shorten it"
    )


@dataclass(frozen=True, slots=True)
class Reference:
    id: str
    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None

    def cite(self) -> str:
        parts = [self.title]
        if self.publisher and self.publisher not in self.title:
            parts.append(self.publisher)
        if self.published:
            parts.append(self.published)
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class PropertyDef:
    name: str
    type: str
    single: bool = False
    unit: str | None = None
    tolerance: float | None = None
    # The range a value may lie in (numeric types), beside the one the type implies.
    minimum: float | None = None
    maximum: float | None = None
    inverse: str | None = None
    derived: str | None = None
    source_property: str | None = None  # `from`: what a derived property is computed from
    time_dependent: bool = False
    qualifiers: tuple[tuple[str, str], ...] = ()
    description: str = ""
    # For `factlint draft` only: the phrases that signal the property in an article and
    # the entity kinds its subjects and values may be (empty: any).
    cues: tuple[str, ...] = ()
    # Where each cue is written ("file:line:column"), so that a cue drafting cannot use
    # is named where it can be mended; the cues are compiled only by drafting, long
    # after the dataset's positions are gone.
    cues_at: tuple[str, ...] = ()
    subject_kinds: tuple[str, ...] = ()
    value_kinds: tuple[str, ...] = ()
    # The kinds an entity qualifier's value is, by qualifier (an award's `for_work` is a
    # work, never the person it was won with); a qualifier not listed may be any.
    qualifier_kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __hash__(self) -> int:
        # A property is hashed with every claim it is remembered for (a resolved
        # statement's key holds it); its name tells properties apart, and equal
        # definitions have equal names, so hashing the name alone is enough and does
        # not walk its cue phrases and qualifiers every time.
        return hash(self.name)

    def qualifier_type(self, name: str) -> str | None:
        for qualifier, kind in self.qualifiers:
            if qualifier == name:
                return kind
        return None


@dataclass(frozen=True, slots=True)
class Fact:
    subject: str  # entity id
    property: str  # always a declared property, never an inverse name
    raw_value: Any
    value: ValueSet
    display: str
    qualifiers: tuple[tuple[str, ValueSet, str], ...] = ()  # name, set, display
    ref: str | None = None
    disputed: bool = False
    valid: ValueSet | None = None
    valid_display: str | None = None
    confidence: str | None = None
    note: str | None = None
    # No file or line: a fact's position matters only while the dataset is checked, and
    # those problems are found before the facts are built. 150,000 facts held 150,000
    # line numbers that nothing after loading read.

    def qualifier(self, name: str) -> tuple[ValueSet, str] | None:
        for qualifier, value, display in self.qualifiers:
            if qualifier == name:
                return value, display
        return None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    names: tuple[str, ...]
    broader: tuple[str, ...] = ()
    complete: tuple[str, ...] = ()
    description: str | None = None
    pronoun: str | None = None  # "she", "he" or "they": what the press calls a person

    @property
    def label(self) -> str:
        return self.names[0] if self.names else self.id


@dataclass(slots=True)
class Dataset:
    """Indexes are built once; lookups during checks are dictionary reads."""

    id: str
    title: str
    checked: str | None
    references: dict[str, Reference]
    properties: dict[str, PropertyDef]
    entities: dict[str, Entity]
    facts: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # normalised name -> entity id
    inverses: dict[str, str] = field(default_factory=dict)  # inverse name -> declared name
    # Only entities with something narrower: the rest are themselves alone, which
    # `with_narrower` answers without storing 100,000 one-member sets.
    narrower: dict[str, frozenset[str]] = field(default_factory=dict)
    # For `factlint draft`: the words besides its name an entity of each kind is called by.
    kind_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Built on first use; not part of what the dataset is (two equal datasets may have
    # built them or not).
    _entity_suggester: Suggester | None = field(default=None, compare=False, repr=False)
    _property_suggester: Suggester | None = field(default=None, compare=False, repr=False)
    _property_words: SameWords | None = field(default=None, compare=False, repr=False)
    _property_said: SaidWith | None = field(default=None, compare=False, repr=False)

    def resolve_entity(self, name: str) -> str | None:
        if name in self.entities:
            return name
        return self.names.get(normalise_name(name))

    def with_narrower(self, entity_id: str) -> frozenset[str]:
        """The entity and everything narrower than it, through `broader` links."""
        return self.narrower.get(entity_id, frozenset((entity_id,)))

    def facts_for(self, subject: str, prop: str) -> list[Fact]:
        return self.facts.get((subject, prop), [])

    def facts_of(self, props: Container[str]) -> list[Fact]:
        """Every fact of the properties `props`, by subject and then property. Only their
        subjects and properties are sorted: sorting every fact's of a dataset of 100,000
        entities to pick its quotes took 1.4 s on every run."""
        return [
            fact
            for key in sorted(k for k in self.facts if k[1] in props)
            for fact in self.facts[key]
        ]

    def property(self, name: str) -> tuple[PropertyDef, bool] | None:
        """The declared property for `name` and whether `name` is its inverse."""
        found = self.properties.get(name)
        if found is not None:
            return found, False
        declared = self.inverses.get(name)
        if declared is not None:
            return self.properties[declared], True
        return None

    def entity_suggestions(self, name: str) -> tuple[str, ...]:
        if self._entity_suggester is None:
            pairs = [(n, e.id) for e in self.entities.values() for n in (*e.names, e.id)]
            self._entity_suggester = Suggester(
                [n for n, _ in pairs],
                [o for _, o in pairs],
                titles=TITLES,
                weights=self._mentions(),
            )
        suggested = self._entity_suggester.suggest(name)
        turned = self._turned(name)
        if turned is None:
            return suggested
        written, owner = turned
        others = (s for s in suggested if self.resolve_entity(s) != owner)
        return (written, *others)[:3]

    def _mentions(self) -> dict[str, int]:
        """How many facts name each entity, as their subject or their value: of two
        names equally close to a typed one, the entity the dataset says more about is
        the likelier meant (the film's lead before her younger son, for "Winslet")."""
        counts: dict[str, int] = defaultdict(int)
        for (subject, prop), facts in self.facts.items():
            counts[subject] += len(facts)
            if self.properties[prop].type != "entity":
                continue
            for fact in facts:
                if isinstance(fact.value, Choice):
                    for member in fact.value.members:
                        counts[member] += 1
        return counts

    def _turned(self, name: str) -> tuple[str, str] | None:
        """A name written surname first ("Winslet, Kate", as a catalogue or a
        spreadsheet lists people), as the dataset writes it the other way round, and
        the entity it names."""
        last, comma, first = name.partition(",")
        if not comma or "," in first or not last.strip() or not first.strip():
            return None
        key = normalise_name(f"{first} {last}")
        owner = self.names.get(key)
        if owner is None:
            return None
        written = next((n for n in self.entities[owner].names if normalise_name(n) == key), None)
        return None if written is None else (written, owner)

    def property_suggestions(self, name: str) -> tuple[str, ...]:
        if self._property_suggester is None or self._property_words is None:
            self._property_suggester = Suggester([*self.properties, *self.inverses])
            self._property_words = SameWords([*self.properties, *self.inverses])
        # A name of the same words first: it is the one meant, whatever its letters.
        same = self._property_words.same(name)
        found = [*same, *self._property_suggester.suggest(name)]
        # None close in its letters ("born", "starring"): those whose description and
        # cue phrases use the word, as an article says what the property records.
        if not found:
            if self._property_said is None:
                said = ((p.name, p.description, p.cues) for p in self.properties.values())
                self._property_said = SaidWith(said)
            found = self._property_said.names(name)
        return tuple(dict.fromkeys(found))[:3]

    def cite(self, ref: str | None) -> str:
        if ref is None:
            return "no reference"
        found = self.references.get(ref)
        return found.cite() if found else ref

    def label(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.label if entity else entity_id

    def index(self) -> str | None:
        """(Re)build the inverse and narrower indexes after loading. Returns the entity
        at which the narrower sets passed `MAX_NARROWER` pairs in all, and stops there
        (None: they did not)."""
        self.inverses = {
            p.inverse: p.name for p in self.properties.values() if p.inverse is not None
        }
        children: dict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for parent in entity.broader:
                children[parent].add(entity.id)
        self.narrower = {}
        pairs = 0
        for entity_id in children:
            if entity_id not in self.entities:
                continue  # an unknown parent: loading reports it
            seen = {entity_id}
            pending = [entity_id]
            while pending:
                for child in children.get(pending.pop(), ()):
                    if child not in seen:
                        seen.add(child)
                        pending.append(child)
            if len(seen) > 1:
                self.narrower[entity_id] = frozenset(seen)
            pairs += len(seen)
            if pairs > MAX_NARROWER:
                return entity_id
        return None
