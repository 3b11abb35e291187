"""The shipped claims give the real findings of ../shared/facts.md, and nothing false."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from validator import Result, validate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def result() -> Result:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return validate("claims", dataset="dataset", today=date(2026, 11, 21))


def test_the_run_passes_because_every_error_is_reviewed(result: Result) -> None:
    assert result.exit_code == 0
    errors = [f for f in result.findings if f.severity.value == "error"]
    assert [(f.code, f.claims, f.acknowledged) for f in errors] == [
        ("D201", ("dexerto-2023/runtime-two-hours",), True),
        (
            "X301",
            ("tyla-2022-12-07/casting-suggested-by", "yahoo-2022-12/casting-suggested-by"),
            True,
        ),
        ("D201", ("yahoo-2022-12/mia-age",), True),
        (
            "X301",
            ("yahoo-2022-12/casting-suggested-by", "tyla-2022-12-07/casting-suggested-by"),
            True,
        ),
    ]


def test_every_finding_but_the_gaps(result: Result) -> None:
    found = [(f.code, f.claims) for f in result.findings if f.code != "D203"]
    assert found == [
        # The dataset settles the runtime and Mia's age: one error each, on the wrong
        # claim (D201), and no finding between the sources.
        ("D201", ("dexerto-2023/runtime-two-hours",)),
        # Both print Threapleton's words as the transcript has them (Tyla cut four of
        # them): faithful quotes of one speaker are not copying. The two quotes the
        # dataset has no transcript of are shared wording.
        (
            "S501",
            (
                "dexerto-2023/winslet-playing-characters",
                "tyla-2022-12-07/winslet-playing-characters",
                "dexerto-2023/winslet-staggering",
                "tyla-2022-12-07/winslet-staggering",
            ),
        ),
        (
            "Q401",
            (
                "dexerto-2023/winslet-playing-characters",
                "tyla-2022-12-07/winslet-playing-characters",
            ),
        ),
        (
            "X302",
            (
                "tyla-2022-12-07/first-broadcast",
                "yahoo-2022-12/first-broadcast",
                "yahoo-2022-12/first-broadcast-caption",
            ),
        ),
        ("D202", ("tyla-2022-12-07/series-bafta-nominated",)),
        ("D205", ("tyla-2022-12-07/casting-suggested-by",)),
        ("X301", ("tyla-2022-12-07/casting-suggested-by", "yahoo-2022-12/casting-suggested-by")),
        ("D207", ("tyla-2022-12-07/winslet-social-media",)),
        # Each wording that deviates, once, placed on it: against the other source's
        # wording where no transcript decides, against the transcript where one does.
        ("Q402", ("tyla-2022-12-07/winslet-staggering", "dexerto-2023/winslet-staggering")),
        ("D207", ("tyla-2022-12-07/threapleton-chemistry",)),
        ("Q402", ("tyla-2022-12-07/threapleton-chemistry",)),
        ("D201", ("yahoo-2022-12/mia-age",)),
        ("D202", ("yahoo-2022-12/first-broadcast",)),
        ("D202", ("yahoo-2022-12/first-broadcast-caption",)),
        ("D202", ("yahoo-2022-12/runtime-feature-length",)),
        ("D205", ("yahoo-2022-12/casting-suggested-by",)),
        # The dispute the dataset records: one source on each side, so each carries it.
        ("X301", ("yahoo-2022-12/casting-suggested-by", "tyla-2022-12-07/casting-suggested-by")),
    ]


def test_the_gaps_are_seeds_only_facts_and_untranscribed_quotes(result: Result) -> None:
    gaps = [f.claims[0] for f in result.findings if f.code == "D203"]
    properties = Counter(result.claim(claim).property for claim in gaps if result.claim(claim))
    assert properties == {"said": 20, "cast_member": 5, "rotten_tomatoes_score": 1}


def test_yahoo_age_is_refuted_with_the_birth_date(result: Result) -> None:
    finding = next(f for f in result.findings if f.claims == ("yahoo-2022-12/mia-age",))
    assert str(finding.location) == "claims/yahoo-2022-12.yaml:13:12"
    assert finding.message == (
        "claims Mia Threapleton age 21 as of 2022-12-01..2022-12-08; the dataset gives "
        "birth_date 2000-10-12 (Published biographies of Kate Winslet and her family), so "
        "Mia Threapleton was 22 throughout; 1 other source agrees with the dataset "
        "(tyla-2022-12-07); correct the claim, or acknowledge it with the fact-check's conclusion"
    )


def test_quote_variants_show_word_diffs(result: Result) -> None:
    diffs = {(f.code, f.claims[0]): f.detail("diff") for f in result.findings}
    assert diffs["Q402", "tyla-2022-12-07/winslet-staggering"] == (
        "It was really staggering [-actually-] how alarmingly free Mia …"
    )
    for code in ("Q402", "D207"):
        assert diffs[code, "tyla-2022-12-07/threapleton-chemistry"] == (
            "… who are very close [-to each other-] was already there"
        )
    [decided] = [f for f in result.findings if f.code == "Q402" and len(f.claims) == 1]
    assert "which dexerto-2023 matches" in decided.message
    assert diffs["D207", "tyla-2022-12-07/winslet-social-media"] == (
        "Everyone knows that [-whilst-] {+while+} it can be a positive thing for some for "
        "[-other-] {+the vast majority of+} teenagers [-it-] {+social media+} can completely "
        "consume their worlds and not necessarily in positive ways"
    )


def test_verdict_counts(result: Result) -> None:
    assert result.verdict_counts() == {
        "supported": 53,
        "refuted": 2,
        "undetermined": 2,
        "disputed": 2,
        "unverifiable": 26,
        "invalid": 0,
    }
    assert all(len(result.verdict_counts(s.id)) == 6 for s in result.sources)
