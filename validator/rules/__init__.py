"""Stage 4, rules: resolved claims held against the dataset (D2xx), against each other
across sources (X3xx), their quotes (Q4xx), excerpts (E107) and shared wording (S501).
Rules return findings; they never print.

Every rule is registered here, in `RULES`: each rule module declares one `RULE` (see
`validator.rules.rule`) with the codes it emits, what it needs and its check, and the
run takes its rules from these tables: `validator.per_file` the rules given one claim or
one file, `validator.pipeline` the rules across sources. Adding a rule is a module with
its `RULE`, a line below and its test (docs/architecture.md, "Where a new rule goes").
The tables are plain tuples, so a plugin loader (entry points, say) would only append
to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile
from validator.resolve.claims import ResolvedClaim

from . import dataset_facts, excerpts, quotes, shared_findings, sources, transcripts
from .fact_words import Assessment
from .rule import Across, AcrossFound, ClaimRule, CrossRule, FileRule, Judge, Rule, Setting, Undated

__all__ = [
    "CLAIM_RULES",
    "CROSS_RULES",
    "FILE_RULES",
    "RULES",
    "check_across",
    "check_file",
    "judge",
    "undated",
    "wanted",
]

# The rules given one resolved claim, in the order they are asked whether they apply:
# the first that applies gives the claim's verdict.
CLAIM_RULES: tuple[ClaimRule, ...] = (transcripts.RULE, dataset_facts.RULE)
# The rules given one parsed file.
FILE_RULES: tuple[FileRule, ...] = (excerpts.RULE,)
# The rules across sources, in the order they run.
CROSS_RULES: tuple[CrossRule, ...] = (shared_findings.RULE, sources.RULE, quotes.RULE)

RULES: tuple[Rule, ...] = (*CLAIM_RULES, *FILE_RULES, *CROSS_RULES)


def judge(rules: Sequence[ClaimRule], dataset: Dataset, setting: Setting) -> Judge:
    """One check for every resolved claim: each rule started once, and a claim judged
    by the first rule that applies to it."""
    started = [(rule.applies, rule.start(dataset, setting)) for rule in rules]

    def judged(claim: ResolvedClaim) -> Assessment:
        for applies, check in started:
            if applies(claim):
                return check(claim)
        # The registry covers every claim (the dataset facts take all but quotes).
        raise LookupError(f"no rule judges the claim {claim.full_id}")

    return judged


def undated(rules: Sequence[ClaimRule], dataset: Dataset) -> Undated:
    """Whether the rule that judges a claim (the first that applies, as in `judge`)
    gives the same assessment at any other date, given the one it gave."""
    started = [(rule.applies, rule.undated(dataset)) for rule in rules]

    def free(claim: ResolvedClaim, assessment: Assessment) -> bool:
        for applies, check in started:
            if applies(claim):
                return check(claim, assessment)
        return False

    return free


def check_file(
    rules: Sequence[FileRule], dataset: Dataset, setting: Setting
) -> Callable[[ParsedFile], tuple[Finding, ...]]:
    """One check for a parsed file: every file rule's findings, rule by rule."""
    started = [rule.start(dataset, setting) for rule in rules]

    def checked(parsed: ParsedFile) -> tuple[Finding, ...]:
        return tuple(finding for check in started for finding in check(parsed))

    return checked


def wanted(rules: Iterable[CrossRule]) -> Callable[[ResolvedClaim], bool]:
    """Whether some rule across sources wants a resolved claim: only those travel back
    from the process that resolved them."""
    wants = [rule.wants for rule in rules if rule.wants is not None]
    return lambda claim: any(want(claim) for want in wants)


def check_across(
    rules: Sequence[CrossRule],
    given: Across,
    findings: list[Finding],
    away: Mapping[str, Callable[[], AcrossFound]] | None = None,
) -> list[Finding]:
    """`findings` with what every rule across sources finds appended, in the rules'
    order, and then amended by the rules that amend other rules' findings.

    `away`: how to take what the rules it names found elsewhere (another process); each
    is asked once every other rule has run here, so that the two overlap."""
    away = away or {}
    found = {rule.name: rule.check(given) for rule in rules if rule.name not in away}
    found.update((rule.name, away[rule.name]()) for rule in rules if rule.name in away)
    amends = []
    for rule in rules:
        result = found[rule.name]
        findings.extend(result.findings)
        if result.amend is not None:
            amends.append(result.amend)
    for amend in amends:
        findings = amend(findings)
    return findings
