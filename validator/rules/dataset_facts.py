"""Stage 4a: hold each resolved claim against the dataset's facts (D201-D206).

One comparison serves every property: the claim's set against each fact's set, and
the claim's qualifiers against the fact's. What differs between properties is only
which facts apply (time-dependent facts at the claim's `as_of`, a derived property's
base facts) and what an absent fact means (refuted where the list is `complete`).
"""

from __future__ import annotations

import secrets

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding, make_finding
from validator.model.property_types.registry import derivation, describe_set
from validator.model.result import Verdict
from validator.model.values import Span, contains, overlaps
from validator.resolve.claims import ResolvedClaim

from .dataset_derived import assess_derived, what_as_of_decides
from .fact_compare import LIST_TERMS, Comparison, Relation, compare, postdates
from .fact_words import Assessment, Writer
from .rule import ClaimRule, Judge, Setting

__all__ = ["RULE", "AssessMemo", "Assessment", "assess_claim"]


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
    derived = derivation(prop.derived)
    if derived is not None:
        return what_as_of_decides(claim, dataset, derived)
    facts = dataset.facts_for(claim.subject, prop.name)
    # Which fact the source could have known of, where a fact has a date qualifier.
    known = tuple(postdates(f, claim) for f in facts if f.qualifiers)
    if prop.time_dependent:
        applies = tuple(f.valid is None or overlaps(f.valid, claim.as_of) for f in facts)
        return ("time", applies, known)
    return ("known", known)


def _assess(claim: ResolvedClaim, dataset: Dataset) -> Assessment:
    w = Writer(claim, dataset)
    prop = claim.prop
    derived = derivation(prop.derived)
    kind = prop.type if derived is None else derived.value_type
    quals = "".join(f", {name} {display}" for name, _, display in claim.qualifiers)
    w.steps.append(
        f"claim: {claim.subject} ({w.subject}) {prop.name} = "
        f"{describe_set(claim.value, kind, prop.unit)}{quals}, as of {claim.as_of_display}"
    )
    if derived is not None:
        return assess_derived(claim, dataset, w, derived)
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
            w.steps.append(f"list entry {w.fact_text(c.fact)}: {LIST_TERMS[c.relation]}")
    if not prop.single:
        w.steps.append(
            f"the list is {'complete' if complete else 'not marked complete'}: a value in "
            f"none of its entries is {'refuted' if complete else 'unverifiable'}"
        )
    return _conclude(claim, comparisons, complete, w)


def _conclude(
    claim: ResolvedClaim, comparisons: list[Comparison], complete: bool, w: Writer
) -> Assessment:
    supporting = [c for c in comparisons if c.relation is Relation.SUPPORTS]
    if supporting:
        return _supported(claim, comparisons, supporting, w)
    overlapping = [c for c in comparisons if c.relation is Relation.OVERLAPS]
    if overlapping:
        return _undetermined(claim, overlapping[0].fact, w)
    return _unsupported(claim, comparisons, complete, w)


def _supported(
    claim: ResolvedClaim, comparisons: list[Comparison], supporting: list[Comparison], w: Writer
) -> Assessment:
    """Some fact supports the claim: supported if a settled one does, else disputed."""
    settled_support = [c for c in supporting if not c.fact.disputed]
    if settled_support:
        # The fact to cite: an exact match, then one the source could have known of
        # (no date qualifier after the claim's as_of), then one with a reference.
        best = min(
            settled_support,
            key=lambda c: (not c.exact, postdates(c.fact, claim), c.fact.ref is None),
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
    side = supporting[0].fact
    others = [c.fact for c in comparisons if c.fact.disputed and c.fact is not side]
    against = "; against " + "; ".join(w.fact_text(f) for f in others) if others else ""
    message = (
        f"{w.claimed()}; this matches one side of a dispute the dataset records: "
        f"{w.fact_text(side)}{against}; the dataset does not settle it"
    )
    return w.done(Verdict.DISPUTED, w.finding("D205", message, side))


def _undetermined(claim: ResolvedClaim, fact: Fact, w: Writer) -> Assessment:
    """The claim and the fact overlap: say why the dataset cannot decide."""
    prop = claim.prop
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


def _unsupported(
    claim: ResolvedClaim, comparisons: list[Comparison], complete: bool, w: Writer
) -> Assessment:
    """No fact supports or overlaps the claim: refuted where the dataset says all there
    is (a single value, a conflicting qualifier, a complete list), else unverifiable."""
    prop = claim.prop
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


def _superseded(fact: Fact, w: Writer) -> Fact | None:
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


def _start(dataset: Dataset, setting: Setting) -> Judge:
    memo = AssessMemo(dataset, setting.explain)

    def judge(claim: ResolvedClaim) -> Assessment:
        return assess_claim(claim, dataset, memo)

    return judge


def _not_a_quote(claim: ResolvedClaim) -> bool:
    return claim.prop.type != "quote"  # quotes are held against transcripts instead


RULE = ClaimRule(
    name="dataset-facts",
    codes=frozenset({"D201", "D202", "D203", "D204", "D205", "D206"}),
    applies=_not_a_quote,
    start=_start,
)
"""Every claim but a quote, held against the dataset's facts."""
