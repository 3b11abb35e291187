"""Stage 4: hold each resolved claim against the dataset's facts (D201-D206).

One comparison serves every property: the claim's set against each fact's set, and
the claim's qualifiers against the fact's. What differs between properties is only
which facts apply (time-dependent facts at the claim's `as_of`, a derived property's
base facts) and what an absent fact means (refuted where the list is `complete`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from validator.dataset.model import Dataset, Fact
from validator.model.property_types.registry import derivation, describe_set
from validator.model.result import Verdict
from validator.model.typography import listed
from validator.model.values import Choice, contains, equal, overlaps
from validator.resolve.claims import ResolvedClaim, Statement, statement_fields

from .dataset_derived import assess_derived, what_as_of_decides
from .fact_compare import (
    LIST_TERMS,
    Comparison,
    Relation,
    compare_all,
    postdates,
    qualifier_relations,
)
from .fact_times import changed_within, date_decides, held_elsewhen, superseded, throughout
from .fact_words import REFUTED_STEP, Assessment, Conclusion, Judgement, Note, Writer, read_as
from .rule import ClaimRule, Judge, Setting, Undated

__all__ = [
    "RULE",
    "Assessment",
    "assess_claim",
    "assess_statement",
    "conclude_statement",
    "conclusion_depends_on",
]


def assess_claim(
    claim: ResolvedClaim,
    dataset: Dataset,
    assess: Callable[[Statement], Judgement] | None = None,
) -> Assessment:
    """The claim's verdict against the dataset, with its findings and reasoning.

    `assess`: how the claim's statement is judged (by default `assess_statement` against
    `dataset`; a run passes it wrapped, to remember its judgements).
    """
    statement = claim.statement
    judged = assess_statement(statement, dataset) if assess is None else assess(statement)
    return judged.for_claim(claim.full_id, claim.location)


def assess_statement(
    statement: Statement,
    dataset: Dataset,
    conclude: Callable[[Statement], Conclusion] | None = None,
) -> Judgement:
    """What the dataset makes of a statement, worded with its date as written.

    `conclude`: how the conclusion is reached (by default `conclude_statement`; a run
    passes it wrapped, to remember conclusions by `conclusion_depends_on`).
    """
    reached = conclude_statement(statement, dataset) if conclude is None else conclude(statement)
    return reached.as_of(statement.as_of_display)


def conclude_statement(statement: Statement, dataset: Dataset, explain: bool = True) -> Conclusion:
    """What the dataset makes of a statement, how its date is written left out: its
    verdict, its notes and (`explain`) the steps that led there. Its result depends on
    nothing but `conclusion_depends_on(statement, dataset)` and the dataset."""
    return _assess(statement, Writer(statement, dataset, explain))


def conclusion_depends_on(statement: Statement, dataset: Dataset) -> Hashable:
    """What `conclude_statement` makes of a statement: what it says, and what its date
    decides (which facts of a time-dependent property apply, an age, which of two facts
    the source could have known of) rather than the date itself.

    A corpus repeats the same statements at many dates; most dates decide the same.
    """
    said = (*statement[:2], statement.prop.name, *statement[3:9])
    prop = statement.prop
    derived = derivation(prop.derived)
    if derived is not None:
        return (*said, what_as_of_decides(statement, dataset, derived))
    facts = dataset.facts_for(statement.subject, prop.name)
    # Which fact the source could have known of, where a fact has a date qualifier.
    known = tuple(postdates(f, statement) for f in facts if f.qualifiers)
    if prop.time_dependent:
        # Whether each applies at none, all or part of the date: a list's entry valid
        # for part of a claim's year may leave it undetermined, for the whole year
        # supports it.
        applies = tuple(date_decides(f, statement) for f in facts)
        return (*said, "time", applies, known)
    return (*said, "known", known)


def _assess(claim: Statement, w: Writer) -> Conclusion:
    dataset = w.dataset
    prop = claim.prop
    derived = derivation(prop.derived)
    kind = prop.type if derived is None else derived.value_type
    quals = "".join(f", {name} {display}" for name, _, display in claim.qualifiers)
    w.step(
        f"claim: {claim.subject} ({w.subject}) {prop.name} = "
        f"{describe_set(claim.value, kind, prop.unit)}{quals}, as of ",
        after_as_of="",
    )
    if derived is not None:
        return assess_derived(claim, dataset, w, derived)
    facts = every_time = dataset.facts_for(claim.subject, prop.name)
    if prop.time_dependent:
        facts = [f for f in facts if f.valid is None or overlaps(f.valid, claim.as_of)]
    if w.explain:  # a step a fact: thousands of facts are worded only when asked
        for fact in facts:
            w.step(f"fact: {w.fact_text(fact)}{' [disputed]' if fact.disputed else ''}")
    entity = dataset.entities.get(claim.subject)
    complete = entity is not None and prop.name in entity.complete
    if not facts:
        if complete:
            message = (
                f"the dataset marks {w.subject}'s {prop.name} list complete and "
                "it has no entry, so the claim is refuted; correct the claim or extend the dataset"
            )
            return w.done(Verdict.REFUTED, w.finding("D201", message))
        return w.done(Verdict.UNVERIFIABLE, w.finding("D203", w.nothing_to_check(every_time)))
    # A time-dependent property's facts are those valid at the claim's date: a list
    # made for this claim alone.
    comparisons = compare_all(claim, facts, indexed=not prop.time_dependent)
    conflicts = False
    for c in comparisons if w.explain else ():
        # An entry of the claim's value with another qualifier is no other entry: it
        # refutes ("not this entry" and "unverifiable" led to a verdict of refuted).
        term = LIST_TERMS[c.relation]
        if c.qualifier_conflict is not None:
            conflicts, term = True, f"the claim's value, but {_conflict(claim, c)}: refutes"
        if prop.single:
            w.step(f"compare with {c.fact.display}: {c.relation.value}")
        else:  # one entry of a list: a value that is not this entry may be another one
            w.step(f"list entry {w.fact_text(c.fact)}: {term}")
    if not prop.single:
        w.step(
            f"the list is {'complete' if complete else 'not marked complete'}: a value in "
            f"none of its entries is {'refuted' if complete else 'unverifiable'}"
            + ("; one in an entry with other qualifiers is refuted" if conflicts else "")
        )
    return _conclude(claim, comparisons, complete, w)


def _conclude(
    claim: Statement, comparisons: list[Comparison], complete: bool, w: Writer
) -> Conclusion:
    supporting = [c for c in comparisons if c.relation is Relation.SUPPORTS]
    if supporting and claim.prop.time_dependent:
        settled = [c for c in comparisons if not c.fact.disputed]
        fits = [c.fact for c in settled if c.relation is Relation.SUPPORTS]
        others = [c.fact for c in settled if c.relation is not Relation.SUPPORTS]
        if fits and others and claim.prop.single:
            return changed_within(fits[0], others[0], w)
        if fits and not throughout(fits, claim):
            return changed_within(fits[0], None, w)
    if supporting:
        return _supported(claim, comparisons, supporting, w)
    overlapping = [c for c in comparisons if c.relation is Relation.OVERLAPS]
    if overlapping:
        return _undetermined(claim, overlapping[0].fact, w)
    return _unsupported(claim, comparisons, complete, w)


def _supported(
    claim: Statement, comparisons: list[Comparison], supporting: list[Comparison], w: Writer
) -> Conclusion:
    """Some fact supports the claim: supported if a settled one does, else disputed."""
    settled_support = [c for c in supporting if not c.fact.disputed]
    if settled_support:
        # The fact to cite: an exact match, then one the source could have known of
        # (no date qualifier after the claim's as_of), then one with a reference.
        best = min(
            settled_support,
            key=lambda c: (not c.exact, postdates(c.fact, claim), c.fact.ref is None),
        )
        findings: list[Note] = []
        if not best.exact and not _names_its_entity(claim, best, w.dataset):
            # The value exactly the fact's: a qualifier is what is less precise.
            exact_value = equal(claim.value, best.fact.value)
            findings.append(
                w.finding(
                    "D202",
                    f"the dataset gives {w.fact_text(best.fact)}, which the claim "
                    "includes: supported, but less precise; a more precise value would say more",
                    best.fact,
                    _deciding_qualifier(claim, best.fact) if exact_value else None,
                )
            )
        later = superseded(best.fact, w)
        if later is not None:
            findings.append(
                w.finding(
                    "D206",
                    f"true then ({w.fact_text(best.fact)}), but the dataset has "
                    f"{w.fact_text(later)} since; say 'at the time' where the claim is reused",
                    later,
                )
            )
        return w.done(Verdict.SUPPORTED, *findings)
    side = supporting[0].fact
    others = [c.fact for c in comparisons if c.fact.disputed and c.fact is not side]
    against = "; against " + "; ".join(w.fact_text(f) for f in others) if others else ""
    message = (
        f"this matches one side of a dispute the dataset records: "
        f"{w.fact_text(side)}{against}; the dataset does not settle it: nothing to fix in "
        "the claim; update the dataset when new evidence settles the question"
    )
    return w.done(Verdict.DISPUTED, w.finding("D205", message, side))


def _names_its_entity(claim: Statement, compared: Comparison, dataset: Dataset) -> bool:
    """Whether the claim names the fact's own entity, with the fact's qualifiers: as
    precise as the dataset. Its set is wider than the fact's where the entity has
    narrower ones ("London", a venue in London being in the dataset), since a claim's
    entity allows them, but it says no less than the dataset does. (The qualifiers as
    `compare` found them, not held against the fact's a second time.)"""
    value = compared.fact.value
    if claim.prop.type != "entity" or not isinstance(value, Choice) or len(value.members) != 1:
        return False
    (member,) = value.members
    if not isinstance(claim.value, Choice) or claim.value.members != dataset.with_narrower(member):
        return False
    return compared.same_qualifiers


def _qualifiers_undecided(claim: Statement, fact: Fact) -> str:
    """Why the claim's qualifiers keep a matching value from being supported: the fact
    records none for some ("the claim's for_work I Am Ruth"), or records one the claim's
    is narrower than or only overlaps (a year 2023 against the claim's 2023-05-14)."""
    missing: list[str] = []
    narrower: list[str] = []
    for name, wanted, display in claim.qualifiers:
        recorded = fact.qualifier(name)
        if recorded is None:
            missing.append(f"{name} {display}")
        elif not contains(wanted, recorded[0]):
            how = "is more precise than" if contains(recorded[0], wanted) else "only overlaps"
            narrower.append(f"the claim's {name} {display} {how} the dataset's {recorded[1]}")
    reasons = [f"the dataset does not record the claim's {', '.join(missing)}"] if missing else []
    reasons.extend(narrower)
    return "; ".join(reasons) or "the dataset does not record the qualifiers the claim gives"


def _deciding_qualifier(claim: Statement, fact: Fact) -> str | None:
    """The first of the claim's qualifiers that is not the fact's own (the fact records
    none, or another set): where a finding the value does not decide points."""
    for name, _, same in qualifier_relations(claim.qualifiers, fact):
        if not same:
            return name
    return None


def _conflict(claim: Statement, compared: Comparison) -> str:
    """The qualifier that rules the compared fact out, as the fact and the claim give
    it: "character Billy, not Freya"."""
    name = compared.qualifier_conflict or ""
    recorded, wanted = compared.fact.qualifier(name), claim.qualifier(name)
    return f"{name} {recorded[1] if recorded else '?'}, not {wanted[1] if wanted else '?'}"


def _undetermined(claim: Statement, fact: Fact, w: Writer) -> Conclusion:
    """The claim and the fact overlap: say why the dataset cannot decide."""
    prop = claim.prop
    claimed = describe_set(claim.value, prop.type, prop.unit)
    held = describe_set(fact.value, prop.type, prop.unit)
    qualifier = None
    if contains(claim.value, fact.value):
        why = _qualifiers_undecided(claim, fact)
        qualifier = _deciding_qualifier(claim, fact)
    elif contains(fact.value, claim.value):
        why = f"the claim ({claimed}) is more precise than the dataset ({held})"
    else:
        why = f"the claim ({claimed}) and the dataset ({held}) only overlap"
    message = (
        f"the dataset gives {w.fact_text(fact)}: {why}, so the dataset "
        "neither confirms nor refutes it; check what the source meant"
    )
    return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fact, qualifier))


def _unsupported(
    claim: Statement, comparisons: list[Comparison], complete: bool, w: Writer
) -> Conclusion:
    """No fact supports or overlaps the claim: refuted where the dataset says all there
    is (a single value, a conflicting qualifier, a complete list), else unverifiable."""
    prop = claim.prop
    conflicts = [c for c in comparisons if c.qualifier_conflict is not None]
    if prop.single or conflicts or complete:
        if conflicts:
            c = conflicts[0]
            message = (
                f"the dataset gives {w.fact_text(c.fact)}: {_conflict(claim, c)}; "
                f"correct the claim, {REFUTED_STEP}"
            )
            return w.done(Verdict.REFUTED, w.finding("D201", message, c.fact, c.qualifier_conflict))
        fact, more = comparisons[0].fact, [c.fact for c in comparisons[1:]]
        if prop.single and len(disputed := [c.fact for c in comparisons if c.fact.disputed]) > 1:
            held = w.dispute_text(disputed, _LISTED_FACTS)
            fact, more = disputed[0], disputed[1:]
        elif prop.single:
            sides = " (one side of a dispute; neither side matches)" if fact.disputed else ""
            read = read_as(claim, fact)
            held = f"the dataset gives {w.fact_text(fact)}{sides}, which the claim{read}"
            held += held_elsewhen(w)
            more = []
        else:
            every = w.facts_text([c.fact for c in comparisons], _LISTED_FACTS)
            held = f"the dataset's complete list of {w.subject}'s {prop.name} is: {every}"
        message = f"{held}; correct the claim, {REFUTED_STEP}"
        return w.done(Verdict.REFUTED, w.finding("D201", message, fact, more=more))
    # Where the claim gives qualifiers, so does each entry: "1.2%, 1.4%" left unsaid
    # which arm of a trial each was, against a claim about one of them.
    quals = bool(claim.qualifiers) and any(c.fact.qualifiers for c in comparisons)
    entries = [
        c.fact.display + ("".join(f", {n} {d}" for n, _, d in c.fact.qualifiers) if quals else "")
        for c in comparisons[:_LISTED_FACTS]
    ]
    shown = listed(entries, "; " if quals else ", ", len(comparisons))
    message = (
        f"the dataset lists {shown} for {w.subject}'s {prop.name} but not this, "
        "and does not mark the list complete; add a referenced fact if one can be found"
    )
    return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))


# Entries of a list a message names before "and N more": a dataset may list thousands.
_LISTED_FACTS = 12


def _start(dataset: Dataset, setting: Setting) -> Judge:
    # Conclusions remembered by what they depend on, then worded per date as written.
    conclude = setting.remember(
        partial(conclude_statement, dataset=dataset, explain=setting.explain),
        partial(conclusion_depends_on, dataset=dataset),
    )
    # Judgements remembered by the statement, asked for by its fields as a plain tuple
    # (equal to the statement, and hashed alike): a claim whose statement was judged
    # before costs a slice and a lookup, with no Statement built for it.
    assess = setting.remember(partial(_assess_said, dataset=dataset, conclude=conclude), None)

    def judge(claim: ResolvedClaim) -> Assessment:
        return assess(statement_fields(claim)).for_claim(claim.full_id, claim.location)

    return judge


def _assess_said(
    said: tuple[Any, ...], dataset: Dataset, conclude: Callable[[Statement], Conclusion]
) -> Judgement:
    """`assess_statement` of the statement whose fields are `said`, in their order."""
    return assess_statement(Statement._make(said), dataset, conclude)


def _not_a_quote(claim: ResolvedClaim) -> bool:
    return claim.prop.type != "quote"  # quotes are held against transcripts instead


def _undated(dataset: Dataset) -> Undated:
    return partial(undated, dataset=dataset)


def undated(claim: ResolvedClaim, assessment: Assessment, dataset: Dataset) -> bool:
    """Whether every claim that says what `claim` says, at any date, is assessed as it
    was (`assessment`, but for the claim its findings name). The date decides nothing
    (see `conclusion_depends_on`) for a property neither derived nor time-dependent
    whose facts have no qualifiers (a date qualifier's fact may postdate the claim); and
    the words leave the date out when there is no finding and no step to write it in."""
    if assessment.findings or assessment.steps:
        return False
    prop = claim.prop
    if prop.time_dependent or derivation(prop.derived) is not None:
        return False
    return not any(fact.qualifiers for fact in dataset.facts_for(claim.subject, prop.name))


RULE = ClaimRule(
    name="dataset-facts",
    codes=frozenset({"D201", "D202", "D203", "D204", "D205", "D206"}),
    applies=_not_a_quote,
    start=_start,
    undated=_undated,
)
"""Every claim but a quote, held against the dataset's facts."""
