"""The words of an assessment: a claim's findings and its explanation share one vocabulary.

What the claim says, each fact as the dataset records it (with its reference), and the
details every D2 finding carries are written here once for every conclusion.
"""

from __future__ import annotations

from dataclasses import dataclass

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding, make_finding
from validator.model.result import Verdict
from validator.resolve.claims import ResolvedClaim

__all__ = ["Assessment", "Writer"]


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    findings: tuple[Finding, ...]
    steps: tuple[str, ...]


class Writer:
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
