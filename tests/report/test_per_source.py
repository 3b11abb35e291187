"""What the reports count per source, and the scorecard's numbers made of it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from broken_headers import HOSTILE, broken_header_result
from reporting_sample import sample_result

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import Result
from validator.report._content import tally
from validator.report._per_source import (
    VERDICT_ORDER,
    scorecard_numbers,
    source_finding_counts,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_scorecard_numbers_are_each_sources_counts() -> None:
    result = sample_result()
    assert dict(scorecard_numbers(result)) == {
        "times-2022-12": ("4", "1", "1", "0", "0", "1", "1", "5"),
        "tyla-2022-12-07": ("4", "2", "0", "1", "0", "1", "0", "5"),
        "yahoo-2022-12": ("2", "0", "1", "0", "0", "1", "0", "4"),
    }
    findings = source_finding_counts(result)
    for source in result.sources:  # as counted claim by claim
        counts = result.verdict_counts(source.id)
        expected = [sum(counts.values()), *(counts[v.value] for v in VERDICT_ORDER)]
        assert scorecard_numbers(result)[source.id] == (
            *map(str, expected),
            str(findings[source.id]),
        )


def test_sources_with_the_same_counts_share_one_row() -> None:
    """Three sources of no claim and no finding: one row of zeros, made once."""
    result = sample_result()
    quiet = tuple(
        replace(result.sources[0], id=f"quiet-{n}", file=f"quiet-{n}.yaml") for n in range(3)
    )
    numbers = scorecard_numbers(replace(result, sources=(*result.sources, *quiet)))
    assert numbers["quiet-0"] == ("0",) * 8
    assert numbers["quiet-0"] is numbers["quiet-1"] is numbers["quiet-2"]
    assert numbers["times-2022-12"] == ("4", "1", "1", "0", "0", "1", "1", "5")


def test_the_scorecard_numbers_cannot_be_changed() -> None:
    """Every report reads the same numbers: none can change them for the next."""
    numbers = scorecard_numbers(sample_result())
    with pytest.raises(TypeError):
        numbers["times-2022-12"] = ("0",) * 8  # type: ignore[index]


def test_tally_makes_the_scorecard_numbers_once() -> None:
    result = sample_result()
    tally(result)

    def again(_: Result) -> object:
        raise AssertionError("made again")

    result.derived("scorecard_numbers", again)
    assert scorecard_numbers(result) == scorecard_numbers(sample_result())


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def test_each_file_whose_source_cannot_be_used_counts_its_own_claims_and_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    """b's three schema errors and its claim's E104 count for b alone; c's E103 for c,
    not for a, whose id it repeats, and its claim, checked all the same, for c; d's
    schema error for d. Every finding located in a
    claim file is counted once."""
    result = broken_header_result(tmp_path, monkeypatch, dataset)
    assert dict(scorecard_numbers(result)) == {
        "a-src": ("1", "1", "0", "0", "0", "0", "0", "0"),
        HOSTILE: ("1", "0", "0", "0", "0", "0", "1", "4"),
        "a-src@claims/c.yaml": ("1", "1", "0", "0", "0", "0", "0", "1"),
        "d.yaml": ("1", "0", "0", "0", "0", "0", "1", "1"),
    }
    assert sum(source_finding_counts(result).values()) == len(result.findings) == 6
    for source in result.sources:  # as Result counts them one source at a time
        assert source_finding_counts(result)[source.id] == len(
            result.findings_for_source(source.id)
        )
