"""The words of an assessment: a statement's findings and its explanation share one
vocabulary.

What the claim says, each fact as the dataset records it (with its reference), and the
details every D2 finding carries are written here once for every conclusion.

The words are built in three layers, each from what it alone depends on. A
`Conclusion` is what the dataset makes of a statement: it depends on the claim's
`as_of` only through what the date decides (which facts apply, an age), never on how
the date is written. `Conclusion.as_of` words it with the claim's date as written (every
D2 message opens with what the claim says, ending "as of" that date), giving a
`Judgement`; `Judgement.for_claim` puts it to one claim, with its id and location.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding, Location, make_finding
from validator.model.property_types.registry import describe_set, property_type
from validator.model.result import Verdict
from validator.model.typography import listed, shorten
from validator.model.values import Choice, Span, overlaps
from validator.resolve.claims import Statement

from .bare_units import unit_words
from .shares import claim_share, share_given, share_words

__all__ = [
    "REFUTED_STEP",
    "Assessment",
    "Conclusion",
    "Judgement",
    "Note",
    "Step",
    "Unplaced",
    "Writer",
    "qualifier_text",
    "read_as",
]

Details = tuple[tuple[str, str], ...]

# How every D201 ends, after what to correct ("correct the claim, or ..."): one wording,
# which the rules refuting a claim share (two of them had said "with the conclusion").
REFUTED_STEP = "or acknowledge it with the fact-check's conclusion"


# Facts the reports' dataset column lists for one finding before "and N more".
_HELD_SHOWN = 12


@dataclass(frozen=True, slots=True)
class Assessment:
    """A claim's verdict, its findings and the steps that explain it."""

    verdict: Verdict
    findings: tuple[Finding, ...]
    steps: tuple[str, ...]


class Unplaced(NamedTuple):
    """A finding complete but for the claim it is about: code, message, key, details."""

    code: str
    message: str
    key: str
    details: Details


class Judgement(NamedTuple):
    """A statement's verdict, findings and steps, worded with its date as written:
    `unplaced` the findings, before they are put to a claim, and `bare` the assessment
    of any claim that makes the statement without its findings (the whole assessment
    when there are none, which most claims have, so it is built once)."""

    bare: Assessment
    unplaced: tuple[Unplaced, ...]

    def for_claim(self, claim: str, location: Location) -> Assessment:
        """The assessment of one claim that makes the statement."""
        bare = self.bare
        if not self.unplaced:
            return bare
        claims, locations = (claim,), (location,)
        findings = tuple(
            make_finding(code, message, claims=claims, locations=locations, key=k, details=d)
            for code, message, k, d in self.unplaced
        )
        return Assessment(bare.verdict, findings, bare.steps)


class Note(NamedTuple):
    """A finding about a statement, before its date is worded: the code, what the
    dataset says (the message's second half), the key, and the details but the date."""

    code: str
    says: str
    key: str
    details: Details


class Step(NamedTuple):
    """One step of an explanation: its text, or (`after` not None) its text up to the
    claim's date as written and what follows that date."""

    text: str
    after: str | None


class Conclusion(NamedTuple):
    """What the dataset makes of a statement, in words that leave out how its date is
    written. `claimed`: what the claim says, up to " as of"."""

    verdict: Verdict
    claimed: str
    notes: tuple[Note, ...]
    steps: tuple[Step, ...]

    def as_of(self, written: str) -> Judgement:
        """The conclusion worded for a claim whose date is written `written`."""
        opening, dated = f"{self.claimed} as of {written}; ", ("as_of", written)
        steps = tuple(t if after is None else t + written + after for t, after in self.steps)
        return Judgement(
            Assessment(self.verdict, (), steps),
            tuple(
                Unplaced(code, opening + says, key, (*details, dated))
                for code, says, key, details in self.notes
            ),
        )


class Writer:
    """Builds the statement's notes and its explanation, sharing one vocabulary.

    `explain` False: the conclusion has no steps (only `--explain` shows them)."""

    def __init__(self, claim: Statement, dataset: Dataset, explain: bool = True) -> None:
        self.claim = claim
        self.dataset = dataset
        self.explain = explain
        self.subject = dataset.label(claim.subject)
        self.steps: list[Step] = []

    def step(self, text: str, after_as_of: str | None = None) -> None:
        """A step; with `after_as_of`, `text` is followed by the claim's date as written
        and then by `after_as_of`."""
        self.steps.append(Step(text, after_as_of))

    def claimed(self) -> str:
        c = self.claim
        quals = "".join(f", {name} {display}" for name, _, display in c.qualifiers)
        who = self.dataset.label(c.written_subject)
        return f"claims {who} {c.written_property} {c.value_display}{quals}"

    def fact_text(self, fact: Fact, cited: bool = True, headed: bool = True) -> str:
        quals = "".join(f", {name} {display}" for name, _, display in fact.qualifiers)
        valid = f" (valid {fact.valid_display})" if fact.valid_display else ""
        # An inverted claim reads better against the whole fact, subject included, unless
        # the words before it name them (`headed` False): "X's cast_member is: ...".
        head = f"{self.subject} {fact.property} " if self.claim.inverted and headed else ""
        cite = f" ({self.dataset.cite(fact.ref)})" if cited else ""
        return f"{head}{fact.display}{quals}{valid}{cite}"

    def facts_text(self, facts: Sequence[Fact], limit: int) -> str:
        """The first `limit` of `facts`, the entries of a list whose subject and property
        the words before them name, each as `fact_text` words it without them; where they
        are more than one and all rest on one reference, it is cited once, after them: a
        complete list of five countries from one registry cited the registry five
        times."""
        refs = {fact.ref for fact in facts}
        if len(facts) < 2 or len(refs) > 1:
            shown = [self.fact_text(f, headed=False) for f in facts[:limit]]
            return listed(shown, "; ", len(facts))
        shown = [self.fact_text(f, cited=False, headed=False) for f in facts[:limit]]
        return f"{listed(shown, '; ', len(facts))} (all {self.dataset.cite(facts[0].ref)})"

    def dispute_text(self, disputed: list[Fact], limit: int) -> str:
        """Every side of a dispute the dataset records (the first `limit` named), for a
        claim that rules them all out: naming the first side alone read as though the
        dataset gave that value."""
        shown = [self.fact_text(fact) for fact in disputed[:limit]]
        sides = listed(shown, " against ", len(disputed))
        every = "both sides" if len(disputed) == 2 else "every side"
        return (
            f"the dataset records a dispute it does not settle, {sides}, and the claim "
            f"rules out {every}"
        )

    def finding(
        self,
        code: str,
        says: str,
        fact: Fact | None = None,
        qualifier: str | None = None,
        more: Sequence[Fact] = (),
    ) -> Note:
        """A note; `qualifier`: the claim's qualifier that decides it (the value does
        not), which the finding then names and points at; `more`: the facts held against
        the claim besides `fact` (the rest of a complete list, the other sides of a
        dispute), which the reports' dataset column lists with it."""
        # Where a qualifier decides it, both sides name it: "Lorraine, date 2022-12-02"
        # against "Lorraine, date 2022-12-01", not "Lorraine" against "Lorraine".
        claimed = self.claim.value_display + qualifier_text(qualifier, self.claim.qualifiers)
        details: list[tuple[str, str]] = [("claimed", claimed)]
        if qualifier is not None:
            details.append(("qualifier", qualifier))
        if fact is not None:
            # Every fact the claim was held against, not the first alone: "Ingrid Holm"
            # as the dataset's value read as though she were a complete list's one entry.
            facts = [fact, *more][:_HELD_SHOWN]
            # Each once: an inverted claim's facts all show the subject they are about.
            shown = dict.fromkeys(
                self._held(f) + qualifier_text(qualifier, f.qualifiers) for f in facts
            )
            cited = dict.fromkeys(self.dataset.cite(f.ref) for f in facts)
            total = len(shown) + max(0, len(more) + 1 - _HELD_SHOWN)
            details.append(("dataset_value", listed(list(shown), "; ", total)))
            details.append(("reference", "; ".join(cited)))
        return Note(code, says, f"{self.claim.prop.name}", tuple(details))

    def _held(self, fact: Fact) -> str:
        """A fact's value as the reports' dataset column shows it."""
        if self.claim.inverted:
            # "Joe Anders acted_in I Am Ruth" claims the fact's subject as its value.
            return self.dataset.label(fact.subject)
        # An age is held against a birth date: say which property the value is.
        if fact.property == self.claim.prop.name:
            return fact.display
        return f"{fact.property} {fact.display}"

    def nothing_to_check(self, other_times: list[Fact]) -> str:
        """D203's words: the dataset has nothing to hold the claim against, or, for a
        value that changes, only `other_times`' facts, valid when the claim is not ("has
        no night_price" read as though the dataset had none at all)."""
        name = self.claim.prop.name
        # 0.99 for a percentage, read as 0.99%: what to write if it was a share of 1;
        # 1 too, where the dataset gives 100 at other times.
        found = share_given(self.claim, (fact.value for fact in other_times))
        share = "" if found is None else f"{share_words(*found)}; "
        if other_times:
            shown = [self.fact_text(fact) for fact in other_times[:_OTHER_TIMES]]
            return (
                f"the dataset has {name} for {self.subject} only at other times: "
                f"{listed(shown, '; ', len(other_times))}; {share}add a referenced fact "
                "valid at the claim's date if one can be found"
            )
        return (
            f"the dataset has no {name} for {self.subject} to check it against; {share}"
            f"{self.other_way_round() or self.narrower_holds() or ''}add a referenced fact "
            "to the dataset if one can be found"
        )

    def narrower_holds(self) -> str | None:
        """For a subject the dataset has no facts of the property for, the narrower
        entities it has them for, and the advice to name one ("BAFTA TV Awards
        ceremony_date", where the dataset has it for BAFTA TV Awards 2023); None where
        there are none, or too many narrower entities to look through. Such a claim was
        told only to add a fact, to an entity that has no one such value."""
        dataset, name = self.dataset, self.claim.prop.name
        narrower = dataset.with_narrower(self.claim.subject)
        if len(narrower) > _NARROWER_LOOKED or self.claim.inverted:
            return None
        holding = [
            dataset.label(entity)
            for entity in sorted(narrower - {self.claim.subject})
            if dataset.facts_for(entity, name)
        ]
        if not holding:
            return None
        shown = listed(holding[:_NARROWER_SHOWN], ", ", len(holding), sentence=True)
        which = "it" if len(holding) == 1 else "one of them"
        return (
            f"it has {name} for {shown}, narrower than {self.subject}: if the source means "
            f"{which}, write that as the subject; if not, "
        )

    def other_way_round(self) -> str | None:
        """For an entity claim its subject has no facts for, the fact the dataset has
        with subject and value the other way round, and the advice to turn the claim
        ("Joe Anders cast_member I Am Ruth", where the dataset has I Am Ruth
        cast_member Joe Anders); None where there is none. Such a claim was told only
        to add a fact to the dataset, which would then record it the wrong way round."""
        claim, dataset = self.claim, self.dataset
        if not isinstance(claim.value, Choice) or claim.prop.type != "entity":
            return None
        name = claim.prop.name
        for entity in sorted(claim.value.members):
            for fact in dataset.facts_for(entity, name):
                if isinstance(fact.value, Choice) and claim.subject in fact.value.members:
                    other = name if claim.inverted else claim.prop.inverse
                    instead = f", or write {other} for {claim.written_property}" if other else ""
                    return (
                        f"it has {dataset.label(fact.subject)} {name} {self.subject} "
                        f"({dataset.cite(fact.ref)}): if the source says that, swap the "
                        f"claim's subject and value{instead}; if not, "
                    )
        return None

    def done(self, verdict: Verdict, *notes: Note) -> Conclusion:
        self.step(f"verdict: {verdict.value}")
        steps = tuple(self.steps) if self.explain else ()
        return Conclusion(verdict, self.claimed(), notes, steps)


# Facts valid at other times that a D203 names: the rest are counted.
_OTHER_TIMES = 3
# The most entities narrower than a claim's subject a D203 looks through for facts of
# its property, and names.
_NARROWER_LOOKED = 50
_NARROWER_SHOWN = 3
# Characters of a qualifier's value named beside a claim's: as a side's value shows.
_QUALIFIER_CHARS = 60


def qualifier_text(name: str | None, qualifiers: Iterable[tuple[str, object, str]]) -> str:
    """Qualifier `name` as a claim's or a fact's `qualifiers` (name, set, as shown)
    record it, as `, date 2022-12-01`; "" where they do not, or `name` is None. The
    value is cut to one short line: a text qualifier may be a paragraph."""
    for given, _, shown in qualifiers:
        if given == name:
            return f", {name} {shorten(' '.join(shown.split()), _QUALIFIER_CHARS)}"
    return ""


def read_as(claim: Statement, fact: Fact) -> str:
    """ " rules out", with what the claim's number was read as where the words do not show
    it: a duration written in another unit than the property's ("21 weeks" is 147 days,
    against 150), "about" with nothing to widen it, which is the number exactly, or a
    percentage written as a share of 1 (0.745, as a spreadsheet exports 74.5%, and not
    "0.745%", whose sign says what was meant) that the fact's value would fit as the
    percentage."""
    value, prop = claim.value, claim.prop
    written = claim.value_display
    if (
        not isinstance(value, Span)
        or value.low is None
        or value.high is None
        or not property_type(prop.type).numeric
    ):
        return " rules out"
    spread = prop.tolerance or 0.0
    centre = describe_set(Span(value.low + spread, value.high - spread), prop.type, prop.unit)
    if written.startswith("about ") and "\u00b1" not in written and value.low == value.high:
        number = describe_set(value, prop.type, None)
        return (
            f" rules out: {{about: {number}}} with no within is {number} exactly, as "
            f"{prop.name} has no tolerance; give within for how far off the source may be"
        )
    if ".." in written or written.startswith("about "):
        return " rules out"
    found = claim_share(claim, whole=True)  # 1 where the fact gives 100
    if found is not None and overlaps(fact.value, Span(float(found[1]), float(found[1]))):
        shown, percent = found
        return (
            f" rules out, though {shown} as a share of 1, as a spreadsheet writes a percentage, "
            f"is {percent}%: write {percent} if the source meant that"
        )
    # 2 for a two-hour slot counted in minutes: what to write if hours were meant.
    unit = unit_words(claim, lambda meant: overlaps(fact.value, meant))
    if unit is not None:
        return f" rules out, {unit}"
    # Only a number written in another unit is shown again ("21 weeks": 147 days); one
    # whose figures are the number read ("1.50 minutes", "47 min") says it already.
    figures = _LEADING_NUMBER.match(written)
    same = figures is not None and float(figures[0]) == value.low + spread
    return " rules out" if centre == written or same else f" ({centre}) rules out"


# The figures a number written as text starts with ("21" of "21 weeks").
_LEADING_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
