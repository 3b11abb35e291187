"""Stage 4a: hold each resolved claim against the dataset's facts (D201-D206).

One comparison serves every property: the claim's set against each fact's set, and
the claim's qualifiers against the fact's. What differs between properties is only
which facts apply (time-dependent facts at the claim's `as_of`, a derived property's
base facts) and what an absent fact means (refuted where the list is `complete`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding, make_finding
from validator.model.result import Verdict
from validator.model.values import (
    Span,
    ValueSet,
    age_on,
    ages_between,
    contains,
    disjoint,
    equal,
    minutes_to_date,
    overlaps,
)
from validator.resolve.claims import ResolvedClaim
from validator.resolve.describe import describe_set

__all__ = ["AssessMemo", "Assessment", "assess_claim"]

_EARLIEST = date(1, 1, 1)
_LATEST = date(9999, 12, 31)


class Relation(Enum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    OVERLAPS = "overlaps"


# How a claim about one entry of a list reads against each entry the dataset has.
_LIST_TERMS = {
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


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    findings: tuple[Finding, ...]
    steps: tuple[str, ...]


def _relation(claim: ValueSet, fact: ValueSet) -> Relation:
    if contains(claim, fact):
        return Relation.SUPPORTS
    if disjoint(claim, fact):
        return Relation.REFUTES
    return Relation.OVERLAPS


def compare(claim: ResolvedClaim, fact: Fact, fact_value: ValueSet | None = None) -> Comparison:
    target = fact.value if fact_value is None else fact_value
    relation = _relation(claim.value, target)
    exact = relation is Relation.SUPPORTS and equal(claim.value, target)
    conflict: str | None = None
    for name, wanted, _ in claim.qualifiers:
        recorded = fact.qualifier(name)
        if recorded is None:
            # The fact is silent on it: the claim says more than the dataset can confirm.
            exact = False
            if relation is Relation.SUPPORTS:
                relation = Relation.OVERLAPS
            continue
        q_relation = _relation(wanted, recorded[0])
        if q_relation is Relation.REFUTES:
            conflict = name
        elif q_relation is Relation.OVERLAPS:
            exact = False
            if relation is Relation.SUPPORTS:
                relation = Relation.OVERLAPS
        elif not equal(wanted, recorded[0]):
            exact = False
    if conflict is not None and relation is not Relation.REFUTES:
        relation = Relation.REFUTES
    else:
        conflict = None
    return Comparison(fact, relation, exact, conflict)


class _Writer:
    """Builds the claim's findings and its explanation, sharing one vocabulary."""

    def __init__(self, claim: ResolvedClaim, dataset: Dataset) -> None:
        self.claim = claim
        self.dataset = dataset
        self.subject = dataset.label(claim.subject)
        self.steps: list[str] = []

    def claimed(self) -> str:
        c = self.claim
        quals = "".join(f", {name} {display}" for name, _, display in c.qualifiers)
        who = self.dataset.label(c.written_subject)
        return f"claims {who} {c.written_property} {c.value_display}{quals} as of {c.as_of_display}"

    def fact_text(self, fact: Fact) -> str:
        quals = "".join(f", {name} {display}" for name, _, display in fact.qualifiers)
        valid = f" (valid {fact.valid_display})" if fact.valid_display else ""
        # An inverted claim reads better against the whole fact, subject included.
        head = f"{self.subject} {fact.property} " if self.claim.inverted else ""
        return f"{head}{fact.display}{quals}{valid} ({self.dataset.cite(fact.ref)})"

    def finding(self, code: str, message: str, fact: Fact | None = None) -> Finding:
        details: list[tuple[str, str]] = [("claimed", self.claim.value_display)]
        if fact is not None:
            # An age is held against a birth date: say which property the value is.
            shown = (
                fact.display
                if fact.property == self.claim.prop.name
                else (f"{fact.property} {fact.display}")
            )
            details.append(("dataset_value", shown))
            details.append(("reference", self.dataset.cite(fact.ref)))
        details.append(("as_of", self.claim.as_of_display))
        return make_finding(
            code,
            message,
            claims=(self.claim.full_id,),
            locations=(self.claim.location,),
            key=f"{self.claim.prop.name}",
            details=tuple(details),
        )

    def done(self, verdict: Verdict, *findings: Finding) -> Assessment:
        self.steps.append(f"verdict: {verdict.value}")
        return Assessment(verdict, tuple(findings), tuple(self.steps))


# A finding without its claim: code, message, key, details.
_Template = tuple[str, str, str, tuple[tuple[str, str], ...]]
_Done = tuple[Assessment, tuple[_Template, ...]]


class AssessMemo:
    """Assessments already made in one run, by what they depend on.

    A corpus of articles repeats itself: many claims say the same thing about the
    same subject, and differ at most in their `as_of`. An assessment depends on the
    claim's identity (id, location) only through its findings, which are rebuilt per
    claim, and on the `as_of` only in two ways: its text, which is only ever shown,
    and its span, which decides a few things (which facts of a time-dependent
    property apply, an age, which of two facts the source could have known of).

    So each distinct claim is assessed once as of a stand-in text, keyed by what the
    span decides; a claim then gets that assessment with its own `as_of` text put in.
    A memo belongs to one dataset and lives as long as one run.
    """

    __slots__ = ("_dated", "_general", "_placeholder", "_separator", "dataset", "explain")

    def __init__(self, dataset: Dataset, explain: bool = True) -> None:
        self.dataset = dataset
        # False: the assessments it gives have no steps (only `--explain` shows them, and
        # putting each claim's as_of into them is a good part of a memo hit's cost).
        self.explain = explain
        # The claim as said, with its as_of span and text -> its assessment.
        self._dated: dict[tuple[object, ...], _Done] = {}
        # The claim as said, with what its as_of span decides -> its assessment with
        # `_placeholder` for the as_of text, and its steps as one text. Both markers are
        # random, so no dataset or claim text holds them.
        self._general: dict[tuple[object, ...], tuple[Verdict, str, tuple[_Template, ...]]] = {}
        token = secrets.token_hex(8)
        self._placeholder = f"\x00as_of:{token}\x00"
        self._separator = f"\x00step:{token}\x00"  # between steps held as one text


def assess_claim(
    claim: ResolvedClaim, dataset: Dataset, memo: AssessMemo | None = None
) -> Assessment:
    """The claim's verdict against the dataset, with its findings and reasoning.

    `memo` carries the assessments of earlier claims of the same run.
    """
    if memo is None or memo.dataset is not dataset:
        return _assess(claim, dataset)
    # The claim as said (its first eight items), then its as_of span and text.
    dated_key = (
        claim.subject,
        claim.written_subject,
        claim.prop.name,
        claim.written_property,
        claim.inverted,
        claim.value,
        claim.value_display,
        claim.qualifiers,
        claim.as_of,
        claim.as_of_display,
    )
    done = memo._dated.get(dated_key)
    if done is None:
        done = memo._dated[dated_key] = _dated(claim, dated_key[:8], memo)
    assessment, templates = done
    if not templates:
        return assessment
    claims, locations = (claim.full_id,), (claim.location,)
    findings = tuple(
        make_finding(code, message, claims=claims, locations=locations, key=k, details=details)
        for code, message, k, details in templates
    )
    return Assessment(assessment.verdict, findings, assessment.steps)


def _dated(claim: ResolvedClaim, said: tuple[object, ...], memo: AssessMemo) -> _Done:
    """The claim's assessment from the one of any claim that says the same and whose
    as_of span decides the same, with this claim's as_of text."""
    general_key = (*said, _what_as_of_decides(claim, memo.dataset))
    general = memo._general.get(general_key)
    if general is None:
        stand_in = claim._replace(as_of_display=memo._placeholder)
        assessment = _assess(stand_in, memo.dataset)
        templates = tuple((f.code, f.message, f.key, f.details) for f in assessment.findings)
        # The steps as one text: one replace and one split put the as_of text in. (There
        # is always a step: the claim's own comes first.)
        assert assessment.steps
        steps = memo._separator.join(assessment.steps)
        general = memo._general[general_key] = (assessment.verdict, steps, templates)
    verdict, steps, templates = general
    placeholder, shown = memo._placeholder, claim.as_of_display
    explained: tuple[str, ...] = ()
    if memo.explain:
        explained = tuple(steps.replace(placeholder, shown).split(memo._separator))
    return (
        Assessment(verdict, (), explained),
        tuple(
            (
                code,
                message.replace(placeholder, shown),
                k,
                tuple((name, value.replace(placeholder, shown)) for name, value in details),
            )
            for code, message, k, details in templates
        ),
    )


def _what_as_of_decides(claim: ResolvedClaim, dataset: Dataset) -> tuple[object, ...]:
    """Everything `_assess` makes of the claim's as_of span (besides showing its text)."""
    prop = claim.prop
    if prop.derived == "age":
        base = dataset.facts_for(claim.subject, prop.source_property or "")
        settled = [f for f in base if not f.disputed]
        if not settled or not isinstance(settled[0].value, Span):
            return ("age",)
        born_first, born_last = _day_range(settled[0].value)
        first, last = _day_range(claim.as_of)
        return ("age", ages_between(born_first, born_last, first, last))
    facts = dataset.facts_for(claim.subject, prop.name)
    # Which fact the source could have known of, where a fact has a date qualifier.
    known = tuple(_postdates(f, claim) for f in facts if f.qualifiers)
    if prop.time_dependent:
        applies = tuple(f.valid is None or overlaps(f.valid, claim.as_of) for f in facts)
        return ("time", applies, known)
    return ("known", known)


def _assess(claim: ResolvedClaim, dataset: Dataset) -> Assessment:
    w = _Writer(claim, dataset)
    prop = claim.prop
    kind = "integer" if prop.derived else prop.type
    quals = "".join(f", {name} {display}" for name, _, display in claim.qualifiers)
    w.steps.append(
        f"claim: {claim.subject} ({w.subject}) {prop.name} = "
        f"{describe_set(claim.value, kind, prop.unit)}{quals}, as of {claim.as_of_display}"
    )
    if prop.derived == "age":
        return _assess_age(claim, dataset, w)
    facts = dataset.facts_for(claim.subject, prop.name)
    if prop.time_dependent:
        facts = [f for f in facts if f.valid is None or overlaps(f.valid, claim.as_of)]
    for fact in facts:
        w.steps.append(f"fact: {w.fact_text(fact)}{' [disputed]' if fact.disputed else ''}")
    entity = dataset.entities.get(claim.subject)
    complete = entity is not None and prop.name in entity.complete
    if not facts:
        if complete:
            message = (
                f"{w.claimed()}; the dataset marks {w.subject}'s {prop.name} list complete and "
                "it has no entry, so the claim is refuted; correct the claim or extend the dataset"
            )
            return w.done(Verdict.REFUTED, w.finding("D201", message))
        message = (
            f"{w.claimed()}; the dataset has no {prop.name} for {w.subject} to check it against; "
            "add a referenced fact to the dataset if one can be found"
        )
        return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))
    comparisons = [compare(claim, fact) for fact in facts]
    for c in comparisons:
        if prop.single:
            w.steps.append(f"compare with {c.fact.display}: {c.relation.value}")
        else:  # one entry of a list: a value that is not this entry may be another one
            w.steps.append(f"list entry {w.fact_text(c.fact)}: {_LIST_TERMS[c.relation]}")
    if not prop.single:
        w.steps.append(
            f"the list is {'complete' if complete else 'not marked complete'}: a value in "
            f"none of its entries is {'refuted' if complete else 'unverifiable'}"
        )
    return _conclude(claim, comparisons, complete, w)


def _conclude(
    claim: ResolvedClaim, comparisons: list[Comparison], complete: bool, w: _Writer
) -> Assessment:
    prop = claim.prop
    supporting = [c for c in comparisons if c.relation is Relation.SUPPORTS]
    settled_support = [c for c in supporting if not c.fact.disputed]
    if settled_support:
        # The fact to cite: an exact match, then one the source could have known of
        # (no date qualifier after the claim's as_of), then one with a reference.
        best = min(
            settled_support,
            key=lambda c: (not c.exact, _postdates(c.fact, claim), c.fact.ref is None),
        )
        findings: list[Finding] = []
        if not best.exact:
            findings.append(
                w.finding(
                    "D202",
                    f"{w.claimed()}; the dataset gives {w.fact_text(best.fact)}, which the claim "
                    "includes: supported, but less precise; a more precise value would say more",
                    best.fact,
                )
            )
        later = _superseded(best.fact, w)
        if later is not None:
            findings.append(
                w.finding(
                    "D206",
                    f"{w.claimed()}; true then ({w.fact_text(best.fact)}), but the dataset has "
                    f"{w.fact_text(later)} since; say 'at the time' where the claim is reused",
                    later,
                )
            )
        return w.done(Verdict.SUPPORTED, *findings)
    if supporting:
        side = supporting[0].fact
        others = [c.fact for c in comparisons if c.fact.disputed and c.fact is not side]
        against = "; against " + "; ".join(w.fact_text(f) for f in others) if others else ""
        message = (
            f"{w.claimed()}; this matches one side of a dispute the dataset records: "
            f"{w.fact_text(side)}{against}; the dataset does not settle it"
        )
        return w.done(Verdict.DISPUTED, w.finding("D205", message, side))
    overlapping = [c for c in comparisons if c.relation is Relation.OVERLAPS]
    if overlapping:
        fact = overlapping[0].fact
        claimed = describe_set(claim.value, prop.type, prop.unit)
        held = describe_set(fact.value, prop.type, prop.unit)
        if contains(claim.value, fact.value):
            missing = [
                f"{name} {display}"
                for name, _, display in claim.qualifiers
                if fact.qualifier(name) is None
            ]
            why = (
                f"the dataset does not record the claim's {', '.join(missing)}"
                if missing
                else "the dataset does not record the qualifiers the claim gives"
            )
        elif contains(fact.value, claim.value):
            why = f"the claim ({claimed}) is more precise than the dataset ({held})"
        else:
            why = f"the claim ({claimed}) and the dataset ({held}) only overlap"
        message = (
            f"{w.claimed()}; the dataset gives {w.fact_text(fact)}: {why}, so the dataset "
            "neither confirms nor refutes it; check what the source meant"
        )
        return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fact))
    conflicts = [c for c in comparisons if c.qualifier_conflict is not None]
    if prop.single or conflicts or complete:
        if conflicts:
            c = conflicts[0]
            name = c.qualifier_conflict or ""
            recorded = c.fact.qualifier(name)
            wanted = claim.qualifier(name)
            message = (
                f"{w.claimed()}; the dataset gives {w.fact_text(c.fact)}: {name} "
                f"{recorded[1] if recorded else '?'}, not {wanted[1] if wanted else '?'}; "
                "correct the claim, or acknowledge it with the fact-check's conclusion"
            )
            return w.done(Verdict.REFUTED, w.finding("D201", message, c.fact))
        fact = comparisons[0].fact
        if prop.single:
            sides = " (one side of a dispute; neither side matches)" if fact.disputed else ""
            held = f"the dataset gives {w.fact_text(fact)}{sides}, which the claim rules out"
        else:
            listed = "; ".join(w.fact_text(c.fact) for c in comparisons)
            held = f"the dataset's complete list of {w.subject}'s {prop.name} is: {listed}"
        message = (
            f"{w.claimed()}; {held}; "
            "correct the claim, or acknowledge it with the fact-check's conclusion"
        )
        return w.done(Verdict.REFUTED, w.finding("D201", message, fact))
    listed = ", ".join(c.fact.display for c in comparisons)
    message = (
        f"{w.claimed()}; the dataset lists {listed} for {w.subject}'s {prop.name} but not this, "
        "and does not mark the list complete; add a referenced fact if one can be found"
    )
    return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))


def _postdates(fact: Fact, claim: ResolvedClaim) -> bool:
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


def _superseded(fact: Fact, w: _Writer) -> Fact | None:
    """A later fact of a time-dependent property, when `fact` has stopped being valid."""
    valid = fact.valid
    if not w.claim.prop.time_dependent or not isinstance(valid, Span) or valid.high is None:
        return None
    ended = valid.high
    later: list[tuple[float, Fact]] = []
    for other in w.dataset.facts_for(w.claim.subject, w.claim.prop.name):
        starts = other.valid.low if isinstance(other.valid, Span) else None
        if starts is not None and starts > ended and not contains(w.claim.value, other.value):
            later.append((starts, other))
    return min(later, key=lambda pair: pair[0])[1] if later else None


def _day_range(span: Span) -> tuple[date, date]:
    first = _EARLIEST if span.low is None else minutes_to_date(span.low)
    last = _LATEST if span.high is None else minutes_to_date(span.high)
    return first, last


def _open_ended_age(born_first: date, born_last: date, first: date) -> str:
    """The ages over days from `first` on, with no last day: "47 until 2023-10-04, 48 or
    more after" for a known birthday, "47 or more" for a birth date known less precisely."""
    youngest = age_on(born_last, first)
    if born_first != born_last:
        return f"{youngest} or more"
    try:
        until = _years_after(born_first, youngest + 1) - timedelta(days=1)
    except (ValueError, OverflowError):
        return f"{youngest} or more"
    return f"{youngest} until {until.isoformat()}, {youngest + 1} or more after"


def _years_after(born: date, years: int) -> date:
    """The day someone born on `born` turns `years`: 29 February counts as 1 March."""
    year = born.year + years
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return date(year, 3, 1)


def _assess_age(claim: ResolvedClaim, dataset: Dataset, w: _Writer) -> Assessment:
    """An age is checked as the ages the recorded birth date allows at the claim's as_of."""
    prop = claim.prop
    base = prop.source_property or ""
    facts = [f for f in dataset.facts_for(claim.subject, base) if not f.disputed]
    if not facts:
        message = (
            f"{w.claimed()}; the dataset has no {base} for {w.subject}, so the age cannot be "
            "checked; add a referenced birth date to the dataset if one can be found"
        )
        return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))
    fact = facts[0]
    assert isinstance(fact.value, Span)
    born_first, born_last = _day_range(fact.value)
    first, last = _day_range(claim.as_of)
    youngest, oldest = ages_between(born_first, born_last, first, last)
    implied = Span(youngest, oldest)
    w.steps.append(f"fact: {base} {w.fact_text(fact)}")
    span_text = f"{youngest}" if youngest == oldest else f"between {youngest} and {oldest}"
    when = "throughout" if youngest == oldest else "in that time"
    if claim.as_of.high is None:
        # An as_of with no end ("2023-05-14 or later") would give "between 47 and 8024".
        span_text, when = _open_ended_age(born_first, born_last, first), ""
    w.steps.append(f"the birth date gives an age of {span_text} over {claim.as_of_display}")
    relation = _relation(claim.value, implied)
    w.steps.append(f"compare: {relation.value}")
    so = f"the dataset gives {base} {w.fact_text(fact)}, so {w.subject} was {span_text}"
    so = f"{so} {when}" if when else so
    if relation is Relation.SUPPORTS:
        if equal(claim.value, implied):
            return w.done(Verdict.SUPPORTED)
        message = f"{w.claimed()}; {so}: supported, but less precise"
        return w.done(Verdict.SUPPORTED, w.finding("D202", message, fact))
    if relation is Relation.REFUTES:
        message = f"{w.claimed()}; {so}; correct the claim, or acknowledge it with the conclusion"
        return w.done(Verdict.REFUTED, w.finding("D201", message, fact))
    message = f"{w.claimed()}; {so}; the claim cannot be confirmed for the whole period"
    return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fact))
