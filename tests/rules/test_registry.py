"""The registry of rules: every rule declares the codes it emits and what it needs, and
emits exactly the codes it declares; the run takes its rules from the registry."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from tests.emitters import stage_codes
from validator import per_file, pipeline
from validator.dataset.model import Dataset
from validator.model.codes import CODES
from validator.model.findings import Finding, make_finding
from validator.parse.claim_file import ParsedFile
from validator.pipeline import validate
from validator.resolve.claims import ResolvedClaim
from validator.rules import CLAIM_RULES, CROSS_RULES, FILE_RULES, RULES, check_across, judge
from validator.rules.dataset_facts import Assessment
from validator.rules.rule import (
    Across,
    AcrossFound,
    ClaimRule,
    CrossRule,
    FileRule,
    Judge,
    Needs,
    Setting,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"

# The codes no rule emits: the stages before the rules find them in a file (read: E101,
# parse: E101-E103, resolve: E104-E106), the run finds a source id used by two files
# (E103), and settling finds an acknowledgement that matches nothing (E108).
STAGE_CODES = stage_codes()


def test_each_rule_is_named_once_and_declares_codes_of_the_table() -> None:
    names = [rule.name for rule in RULES]
    assert names == [
        "transcripts", "dataset-facts", "excerpts", "shared-wording", "sources", "quotes",
    ]  # fmt: skip
    for rule in RULES:
        assert rule.codes and rule.codes <= set(CODES), rule.name
    for rule in CROSS_RULES:
        assert rule.amends <= set(CODES), rule.name


def test_the_stages_declare_the_codes_they_make() -> None:
    assert {"E101", "E102", "E103", "E104", "E105", "E106", "E108"} == STAGE_CODES


def test_every_code_of_the_table_is_a_rules_or_a_stages() -> None:
    declared = set().union(*(rule.codes for rule in RULES))
    assert declared.isdisjoint(STAGE_CODES)
    assert declared | STAGE_CODES == set(CODES)


def test_what_each_rule_needs() -> None:
    assert {rule.name: rule.needs for rule in RULES} == {
        "transcripts": Needs.CLAIM,
        "dataset-facts": Needs.CLAIM,
        "excerpts": Needs.FILE,
        "shared-wording": Needs.RECORDS,
        "sources": Needs.SAME_PROPERTY,
        "quotes": Needs.QUOTES,
    }
    # Only the rules that read resolved claims have them sent from where they were
    # resolved; the sources rule amends the D201 of the claims the dataset refutes.
    assert [rule.name for rule in CROSS_RULES if rule.wants is not None] == ["sources", "quotes"]
    assert {rule.name: rule.amends for rule in CROSS_RULES if rule.amends} == {
        "sources": frozenset({"D201"})
    }


class Recorder:
    """Every registered rule wrapped to note the codes of what it finds, and how many
    claim rules apply to each claim it is given."""

    def __init__(self) -> None:
        self.emitted: dict[str, set[str]] = defaultdict(set)
        self.applying: list[tuple[str, int]] = []  # (claim, claim rules that apply)

    def claim_rule(self, rule: ClaimRule) -> ClaimRule:
        def start(dataset: Dataset, setting: Setting) -> Judge:
            check = rule.start(dataset, setting)

            def judge(claim: ResolvedClaim) -> Assessment:
                self.applying.append(
                    (claim.full_id, sum(other.applies(claim) for other in CLAIM_RULES))
                )
                assessed = check(claim)
                self.emitted[rule.name].update(f.code for f in assessed.findings)
                return assessed

            return judge

        return replace(rule, start=start)

    def file_rule(self, rule: FileRule) -> FileRule:
        def start(dataset: Dataset, setting: Setting) -> Callable[[ParsedFile], Sequence[Finding]]:
            check = rule.start(dataset, setting)

            def checked(parsed: ParsedFile) -> Sequence[Finding]:
                found = check(parsed)
                self.emitted[rule.name].update(f.code for f in found)
                return found

            return checked

        return replace(rule, start=start)

    def cross_rule(self, rule: CrossRule) -> CrossRule:
        def check(given: Across) -> AcrossFound:
            found = rule.check(given)
            self.emitted[rule.name].update(f.code for f in found.findings)
            return found

        return replace(rule, check=check)


# A claim that gives a transcript's words to someone else: the one code the code
# examples give only from the dataset facts (a D201), which the transcripts rule gives too.
MISATTRIBUTED = """\
source:
  id: paper
  outlet: The Paper
  title: A review
  published: 2022-12-08
claims:
  - id: misattributed
    subject: Dominic Savage
    property: said
    value: >-
      We just wanted to tell a story that was honest and highlighted those issues that
      are so extraordinarily prevalent at the moment, and alarmingly so.
"""


# A transcript that records nothing of what it is about, and a claim that says: the
# words agree, the qualifier cannot be confirmed, which the transcripts rule gives as D204.
UNQUALIFIED_DATASET = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  interview: {title: An interview, published: 2022-11}
properties:
  said: {type: quote, qualifiers: {about: entity}}
entities:
  - id: speaker
    kind: person
    names: [The Speaker]
    facts:
      - {property: said, value: Every word of this was said in the interview., ref: interview}
  - {id: film, kind: film, names: [The Film]}
"""
UNQUALIFIED = """\
source: {id: paper, outlet: The Paper, title: A review, published: 2022-12-08}
claims:
  - id: about
    subject: The Speaker
    property: said
    value: Every word of this was said in the interview.
    qualifiers: {about: The Film}
"""


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Recorder, set[str]]:
    """The code examples of docs/codes.md, which give every code, and a misattributed
    quote, run with every rule recorded; and the codes the runs report."""
    misattributed = tmp_path_factory.mktemp("quotes") / "paper.yaml"
    misattributed.write_text(MISATTRIBUTED, encoding="utf-8")
    recorder = Recorder()
    dataset = str(ROOT / "dataset")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(per_file, "CLAIM_RULES", tuple(map(recorder.claim_rule, CLAIM_RULES)))
        patch.setattr(per_file, "FILE_RULES", tuple(map(recorder.file_rule, FILE_RULES)))
        patch.setattr(pipeline, "CROSS_RULES", tuple(map(recorder.cross_rule, CROSS_RULES)))
        codes = validate(str(EXAMPLES / "codes"), dataset=dataset, root=str(ROOT))
        timed = validate(
            str(EXAMPLES / "time-dependent" / "claims"),
            dataset=str(EXAMPLES / "time-dependent" / "dataset.yaml"),
            root=str(ROOT),
        )
        quoted = validate(str(misattributed), dataset=dataset, root=str(misattributed.parent))
        unqualified = tmp_path_factory.mktemp("unqualified")
        (unqualified / "dataset.yaml").write_text(UNQUALIFIED_DATASET, encoding="utf-8")
        (unqualified / "claims").mkdir()
        (unqualified / "claims" / "paper.yaml").write_text(UNQUALIFIED, encoding="utf-8")
        about = validate(
            str(unqualified / "claims"),
            dataset=str(unqualified / "dataset.yaml"),
            root=str(unqualified),
        )
    assert [(f.code, f.message) for f in about.findings] == [
        (
            "D204",
            'claims The Speaker said "Every word of this was said in the interview.", about The '
            "Film; the words agree with the dataset's transcript (An interview, 2022-11), which "
            "does not record the claim's about, so the dataset neither confirms nor refutes it; "
            "check what the source meant",
        )
    ]
    assert [(f.code, f.message) for f in quoted.findings] == [
        (
            "D201",
            'claims Dominic Savage said "We just wanted to tell a story that was honest and '
            "highlighted those issues tha\u2026\"; the dataset's transcript (I Am Ruth press "
            "pack interviews, Channel 4, 2022-11) has these words from Kate Winslet; correct "
            "the speaker, or acknowledge it with the fact-check's conclusion",
        )
    ]
    results = (codes, timed, quoted, about)
    reported = {f.code for result in results for f in result.findings}
    # Every claim with a verdict was judged (and some more, which another file's claims
    # made invalid after their own file had judged them); a claim of a file whose source
    # id an earlier file has, under the id its file gave it ("@" and the file after it
    # once every file is in).
    valid = {c.full_id for r in results for c in r.claims if c.verdict != "invalid"}
    judged = {claim.partition("@")[0] for claim in valid}
    assert len(valid) == 31 and judged <= {claim for claim, _ in recorder.applying}
    return recorder, reported


def test_every_rule_emits_exactly_the_codes_it_declares(
    recorded: tuple[Recorder, set[str]],
) -> None:
    recorder, reported = recorded
    assert reported == set(CODES)
    assert {rule.name: recorder.emitted[rule.name] for rule in RULES} == {
        rule.name: set(rule.codes) for rule in RULES
    }


def test_every_code_a_run_reports_is_a_rules_or_a_stages(
    recorded: tuple[Recorder, set[str]],
) -> None:
    recorder, reported = recorded
    by_rules = set().union(*recorder.emitted.values())
    assert reported - by_rules == STAGE_CODES


def test_exactly_one_claim_rule_judges_each_claim(recorded: tuple[Recorder, set[str]]) -> None:
    recorder, _ = recorded
    assert len(recorder.applying) == 31
    assert {count for _, count in recorder.applying} == {1}


def test_the_rules_across_sources_run_in_order_and_amend_at_the_end() -> None:
    def replaced(findings: list[Finding]) -> list[Finding]:
        return [
            replace(f, message=f"{f.message} (amended)") if f.code == "D201" else f
            for f in findings
        ]

    def first(given: Across) -> AcrossFound:
        return AcrossFound([make_finding("X301", "first")], amend=replaced)

    def second(given: Across) -> AcrossFound:
        return AcrossFound([make_finding("D201", "from a later rule")])

    rules = (
        CrossRule("first", frozenset({"X301"}), Needs.SAME_PROPERTY, first),
        CrossRule("second", frozenset({"D201"}), Needs.RECORDS, second),
    )
    given = Across(Dataset.__new__(Dataset), (), (), {}, ())
    found = check_across(rules, given, [make_finding("D201", "before")])
    assert [(f.code, f.message) for f in found] == [
        ("D201", "before (amended)"),
        ("X301", "first"),
        ("D201", "from a later rule (amended)"),
    ]


def test_findings_of_rules_run_elsewhere_take_their_place_in_order() -> None:
    """A rule run elsewhere is not run here; what it found is taken once every other
    rule has run, and goes where the rule's own run would have put it, amended alike."""
    calls: list[str] = []

    def replaced(findings: list[Finding]) -> list[Finding]:
        return [
            replace(f, message=f"{f.message} (amended)") if f.code == "D201" else f
            for f in findings
        ]

    def rule(name: str, code: str, amend: bool = False) -> CrossRule:
        def check(given: Across) -> AcrossFound:
            calls.append(f"{name} here")
            return AcrossFound([make_finding(code, name)], amend=replaced if amend else None)

        return CrossRule(name, frozenset({code}), Needs.QUOTES, check)

    def elsewhere(name: str, code: str) -> Callable[[], AcrossFound]:
        def take() -> AcrossFound:
            calls.append(f"{name} taken")
            return AcrossFound([make_finding(code, f"{name}, found elsewhere")])

        return take

    rules = (rule("one", "D201"), rule("two", "X301", amend=True), rule("three", "D201"))
    given = Across(Dataset.__new__(Dataset), (), (), {}, ())
    away = {"one": elsewhere("one", "D201"), "three": elsewhere("three", "D201")}
    found = check_across(rules, given, [make_finding("Q401", "before")], away)
    assert calls == ["two here", "one taken", "three taken"]
    assert [(f.code, f.message) for f in found] == [
        ("Q401", "before"),
        ("D201", "one, found elsewhere (amended)"),
        ("X301", "two"),
        ("D201", "three, found elsewhere (amended)"),
    ]


def test_a_claim_no_rule_applies_to_is_an_error_of_the_registry() -> None:
    def start(dataset: Dataset, setting: Setting) -> Judge:
        def never(claim: ResolvedClaim) -> Assessment:
            raise AssertionError("a rule that does not apply is never asked to judge")

        return never

    nothing = ClaimRule("nothing", frozenset({"D203"}), lambda claim: False, start)
    assert nothing.needs is Needs.CLAIM
    judged = judge((nothing,), Dataset.__new__(Dataset), Setting(False, str(ROOT)))
    claim = ResolvedClaim._make(("paper/claim", *(None,) * 16))
    with pytest.raises(LookupError) as raised:
        judged(claim)
    assert str(raised.value) == "no rule judges the claim paper/claim"
