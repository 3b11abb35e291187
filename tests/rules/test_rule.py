"""What a rule declares: what it needs is fixed by its kind, and the defaults a rule runs
with when the driver passes nothing (nothing remembered, nothing recalled, each date
judged apart)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.rules.rule import (
    CLAIMS_ONLY,
    Across,
    AcrossFound,
    ClaimRule,
    CrossRule,
    FileRule,
    Needs,
    Setting,
    always_dated,
    recall_nothing,
    remember_nothing,
)

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))


def test_remembering_nothing_gives_the_function_itself() -> None:
    def double(n: int) -> int:
        return 2 * n

    assert remember_nothing(double, None) is double
    assert remember_nothing(double, lambda n: n % 2) is double


def test_recalling_nothing_computes_each_time_whatever_the_key() -> None:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert recall_nothing("key", compute, lambda value: False) == 1
    assert recall_nothing("key", compute, lambda value: True) == 2


def test_always_dated_never_judges_a_statement_for_every_date() -> None:
    undated = always_dated(DATASET)
    assert undated(None, None) is False  # type: ignore[arg-type]


def start_nothing(*args: object) -> Callable[..., object]:
    raise AssertionError("not started")


def test_what_a_claim_or_file_rule_needs_is_fixed_by_its_kind() -> None:
    claim = ClaimRule("c", frozenset({"D201"}), lambda claim: True, start_nothing)
    file = FileRule("f", frozenset({"D205"}), start_nothing)
    assert claim.needs is Needs.CLAIM
    assert file.needs is Needs.FILE
    assert claim.undated is always_dated
    with pytest.raises(TypeError):
        ClaimRule("c", frozenset(), lambda claim: True, start_nothing, needs=Needs.FILE)  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.name = "other"  # type: ignore[misc]


def test_a_cross_rule_reads_only_the_records_and_amends_nothing_by_default() -> None:
    rule = CrossRule("x", frozenset({"W301"}), Needs.RECORDS, lambda across: AcrossFound(()))
    assert rule.wants is None
    assert rule.amends == frozenset()
    assert AcrossFound(()).amend is None


def test_the_rules_that_need_only_the_claims_are_the_quotes() -> None:
    assert {Needs.QUOTES} == set(CLAIMS_ONLY)
    assert [need for need in Needs if need not in CLAIMS_ONLY] == [
        Needs.CLAIM,
        Needs.FILE,
        Needs.SAME_PROPERTY,
        Needs.RECORDS,
    ]


def test_a_setting_remembers_nothing_and_keeps_no_archives_by_default() -> None:
    setting = Setting(explain=False, root="/project")
    assert setting.remember is remember_nothing
    assert setting.archives is None


def test_what_the_rules_across_sources_are_given_by_default() -> None:
    across = Across(DATASET, records=(), claims=(), verdicts={}, shared=())
    assert across.tokens == {}
    assert across.recall is recall_nothing
    assert across.recall("k", lambda: 7, lambda value: True) == 7
