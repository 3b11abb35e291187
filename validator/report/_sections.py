"""The sections of the Markdown and HTML reports, in the order a reader needs them.

Errors first, then warnings, then info: what fails a run is never below what merely
informs. Each section has one severity and one layout (how its findings are drawn).
Which section a code's findings go to is the code table's (`CodeInfo.section`); a
finding whose code the table does not know falls into "Other errors", "Other warnings"
or "Other info". The counts per code are worked out here too, once per run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from validator.model.findings import CODES, Finding, Severity
from validator.model.result import Result

__all__ = ["SECTIONS", "Section", "code_counts", "findings_shown_by_section", "section_of"]


@dataclass(frozen=True, slots=True)
class Section:
    """`key` is its anchor in both reports; `layout` names how its findings are drawn:
    `claims` (a heading, the message and a table of the claims), `quotes` (the same with
    the word diff), `refuted`, `disputed`, `gaps`, `listing` (a row per finding) or
    `acknowledged`."""

    key: str
    title: str
    severity: Severity | None  # None: the acknowledged findings of every severity
    layout: str
    # Takes the findings of its severity that no section of their code's takes.
    catch_all: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes whose findings it shows, in the code table's order."""
        return tuple(code for code, info in CODES.items() if info.section == self.key)


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

SECTIONS: tuple[Section, ...] = (
    Section("invalid", "Claims that could not be checked", _E, "listing"),
    # Its claims were checked (their verdicts stand): only their excerpts are in doubt.
    Section("excerpts", "Excerpts not found in their archives", _E, "listing"),
    Section("contradictions", "Contradictions between sources", _E, "claims"),
    Section("refuted", "Refuted claims", _E, "refuted"),
    Section("misattributed", "Quotes attributed to different speakers", _E, "quotes"),
    Section("other-errors", "Other errors", _E, "listing", catch_all=True),
    Section("disputed", "Disputed", _W, "disputed"),
    Section("quotes", "Quote variants", _W, "quotes"),
    Section("undetermined", "Undetermined claims", _W, "listing"),
    Section("gaps", "Gaps in the dataset", _W, "gaps"),
    Section("unused-acknowledgements", "Unused acknowledgements", _W, "listing"),
    Section("other-warnings", "Other warnings", _W, "listing", catch_all=True),
    Section("differences", "Differences that can all be true", _I, "claims"),
    Section("punctuation", "Quotes that differ in punctuation or case", _I, "quotes"),
    Section("less-precise", "Less precise than the dataset", _I, "listing"),
    Section("no-longer-true", "No longer true", _I, "listing"),
    Section("shared-wording", "Sources that share wording", _I, "listing"),
    Section("other-info", "Other info", _I, "listing", catch_all=True),
    Section("acknowledged", "Acknowledged", None, "acknowledged"),
)

ACKNOWLEDGED = "acknowledged"

_BY_CODE = {code: info.section for code, info in CODES.items()}
_OTHER = {section.severity: section.key for section in SECTIONS if section.catch_all}


def section_of(finding: Finding) -> str:
    """The key of the section `finding` is drawn in."""
    key = _BY_CODE.get(finding.code)
    return key if key is not None else _OTHER[finding.severity]


def findings_shown_by_section(
    findings: Iterable[Finding], info_limit: int
) -> tuple[dict[str, list[Finding]], dict[str, list[Finding]]]:
    """The findings grouped by section key (`section_of`), in their given order, every
    acknowledged one also under "acknowledged": all of `findings`, and those a report
    shows (all errors and warnings, and the first `info_limit` info findings). One pass
    over them."""
    every: dict[str, list[Finding]] = {section.key: [] for section in SECTIONS}
    shown: dict[str, list[Finding]] = {section.key: [] for section in SECTIONS}
    info = Severity.INFO
    info_seen = 0
    for finding in findings:
        key = _BY_CODE.get(finding.code)
        if key is None:
            key = _OTHER[finding.severity]
        every[key].append(finding)
        show = True
        if finding.severity == info:
            info_seen += 1
            show = info_seen <= info_limit
        if show:
            shown[key].append(finding)
        if finding.acknowledged:
            every[ACKNOWLEDGED].append(finding)
            if show:
                shown[ACKNOWLEDGED].append(finding)
    return every, shown


@dataclass(frozen=True, slots=True)
class CodeCount:
    code: str
    severity: Severity
    section: str  # the key of the section its findings are in
    findings: int
    acknowledged: int


def code_counts(result: Result) -> list[CodeCount]:
    """How many findings each code has (and how many of those are acknowledged), worst
    severity first, then in the code table's order; codes without findings left out."""
    return list(result.derived("code_counts", _count_codes))


def _count_codes(result: Result) -> list[CodeCount]:
    findings: Counter[str] = Counter()
    acknowledged: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in result.findings:
        findings[finding.code] += 1
        acknowledged[finding.code] += finding.acknowledged
        first.setdefault(finding.code, finding)
    order = {code: n for n, code in enumerate(CODES)}

    def rank(code: str) -> tuple[int, int, str]:
        return (-first[code].severity.rank, order.get(code, len(order)), code)

    return [
        CodeCount(
            code, first[code].severity, section_of(first[code]), findings[code], acknowledged[code]
        )
        for code in sorted(findings, key=rank)
    ]
