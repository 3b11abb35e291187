"""How a resolved claim relates to one fact of the dataset: supports, refutes, overlaps.

The claim's set is held against the fact's set, and the claim's qualifiers against the
fact's; a qualifier the fact is silent on keeps the claim from being fully supported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from validator.dataset.model import Fact
from validator.model.values import Choice, Span, ValueSet, contains, disjoint, equal
from validator.resolve.claims import Statement

__all__ = [
    "LIST_TERMS",
    "Comparison",
    "Relation",
    "compare_all",
    "postdates",
    "qualifier_relations",
    "relation",
]


class Relation(Enum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    OVERLAPS = "overlaps"


# How a claim about one entry of a list reads against each entry the dataset has.
LIST_TERMS = {
    Relation.SUPPORTS: "this entry",
    Relation.REFUTES: "not this entry",
    Relation.OVERLAPS: "may be this entry",
}


@dataclass(frozen=True, slots=True)
class Comparison:
    fact: Fact
    relation: Relation
    exact: bool  # the claim says exactly what the fact says
    qualifier_conflict: str | None  # the qualifier that rules the fact out, if any
    # Each qualifier the claim gives is the very set the fact records for it.
    same_qualifiers: bool = False


def relation(claim: ValueSet, fact: ValueSet) -> Relation:
    """How a claimed set stands to a recorded one."""
    if contains(claim, fact):
        return Relation.SUPPORTS
    if disjoint(claim, fact):
        return Relation.REFUTES
    return Relation.OVERLAPS


def compare(claim: Statement, fact: Fact, fact_value: ValueSet | None = None) -> Comparison:
    target = fact.value if fact_value is None else fact_value
    found = relation(claim.value, target)
    exact = found is Relation.SUPPORTS and equal(claim.value, target)
    conflict: str | None = None
    same_qualifiers = True
    for name, q_relation, same in qualifier_relations(claim.qualifiers, fact):
        same_qualifiers = same_qualifiers and same
        if q_relation is Relation.REFUTES:
            conflict = name
            continue
        if not same:
            exact = False
        # The fact silent on it (None), or only overlapping it: the claim says more
        # than the dataset can confirm.
        if q_relation is not Relation.SUPPORTS and found is Relation.SUPPORTS:
            found = Relation.OVERLAPS
    if conflict is not None and found is not Relation.REFUTES:
        found = Relation.REFUTES
    else:
        conflict = None
    return Comparison(fact, found, exact, conflict, same_qualifiers)


def qualifier_relations(
    qualifiers: Iterable[tuple[str, ValueSet, str]], fact: Fact
) -> list[tuple[str, Relation | None, bool]]:
    """Each of a claim's qualifiers (name, set, as shown) against the fact's: its name,
    how it stands to the one the fact records (None: the fact records none), and
    whether the two are the same set."""
    held: list[tuple[str, Relation | None, bool]] = []
    for name, wanted, _ in qualifiers:
        recorded = fact.qualifier(name)
        if recorded is None:
            held.append((name, None, False))
        else:
            held.append((name, relation(wanted, recorded[0]), equal(wanted, recorded[0])))
    return held


def postdates(fact: Fact, claim: Statement) -> bool:
    """Whether a date qualifier of the fact (a year, a date) lies wholly after the as_of."""
    end = claim.as_of.high
    if end is None:
        return False
    return any(
        claim.prop.qualifier_type(name) == "date"
        and isinstance(value, Span)
        and value.low is not None
        and value.low > end
        for name, value, _ in fact.qualifiers
    )


# From this many facts of one subject and property on, a claim naming discrete values
# (entities, words) is compared in full only with the facts that name one of them: a
# dataset may list thousands of entries for one property, and holding each claim
# against every entry grows with the product of the two.
_INDEXED = 64
# Indexes kept, one a list of facts: a dataset has few lists that long.
_KEPT = 256


@dataclass(frozen=True, slots=True)
class _FactIndex:
    facts: Sequence[Fact]  # kept, so that the list the index was made of stays itself
    by_member: dict[str, tuple[int, ...]]  # a member of a fact's set -> those facts
    others: tuple[int, ...]  # the facts whose set is not one of discrete values
    refuting: tuple[Comparison, ...]  # each fact as it stands to a claim it shares nothing with


_indexes: dict[int, _FactIndex] = {}


def _index(facts: Sequence[Fact]) -> _FactIndex:
    found = _indexes.get(id(facts))
    if found is not None and found.facts is facts:
        return found
    by_member: dict[str, list[int]] = {}
    others: list[int] = []
    for number, fact in enumerate(facts):
        value = fact.value
        if isinstance(value, Choice) and value.members:
            for member in value.members:
                by_member.setdefault(member, []).append(number)
        else:
            others.append(number)
    index = _FactIndex(
        facts,
        {member: tuple(numbers) for member, numbers in by_member.items()},
        tuple(others),
        tuple(Comparison(fact, Relation.REFUTES, False, None) for fact in facts),
    )
    if len(_indexes) >= _KEPT:
        _indexes.clear()
    _indexes[id(facts)] = index
    return index


def compare_all(
    claim: Statement, facts: Sequence[Fact], *, indexed: bool = True
) -> list[Comparison]:
    """`compare(claim, fact)` for each fact, in their order. `indexed`: `facts` is a
    list the dataset keeps (the facts of a subject and property), worth an index that
    outlives the call.

    Where a fact's set of discrete values shares none with the claim's, the two are
    disjoint: the fact refutes the claim, whatever their qualifiers say (a conflicting
    qualifier is named only where the values meet). So against many facts only those
    that share a value with the claim are compared."""
    value = claim.value
    if not indexed or len(facts) < _INDEXED or not isinstance(value, Choice) or not value.members:
        return [compare(claim, fact) for fact in facts]
    index = _index(facts)
    near = set(index.others)
    for member in value.members:
        near.update(index.by_member.get(member, ()))
    # Every fact refuting the claim, then those that share a value compared in full.
    comparisons = list(index.refuting)
    for number in near:
        comparisons[number] = compare(claim, facts[number])
    return comparisons
