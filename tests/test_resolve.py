"""Resolution with a run's memo gives exactly what resolution without one gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.property_types.base import ValueProblem
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.read.files import LoadedFile, discover, load_file
from validator.resolve.claims import ResolveMemo, resolve_claim

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ["claims", "tests/examples/semantics", "tests/examples/resolution"]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _parsed(folder: str) -> list[ParsedFile]:
    files: list[ParsedFile] = []
    for path in discover([str(ROOT / folder)]):
        loaded = load_file(path)
        if isinstance(loaded, LoadedFile):
            files.append(check_claim_file(loaded)[0])
    return files


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_memo_changes_no_outcome(folder: str, dataset: Dataset) -> None:
    memo = ResolveMemo(dataset)
    checked = 0
    for _ in range(2):  # the second pass answers from the memo
        for parsed in _parsed(folder):
            for entry in parsed.claims:
                if entry.model is None:
                    continue
                assert resolve_claim(entry, parsed, dataset, memo) == resolve_claim(
                    entry, parsed, dataset
                )
                checked += 1
    assert checked > 0


def test_values_equal_in_python_but_not_as_written_are_kept_apart(dataset: Dataset) -> None:
    parsed = _parsed("claims")[0]
    entry = next(e for e in parsed.claims if e.model is not None)
    memo = ResolveMemo(dataset)
    assert memo.parse(1, "integer").empty is False
    # True == 1 in Python, but a boolean is no number: the memo must not answer with 1's set.
    with pytest.raises(ValueProblem, match="expected a whole number"):
        memo.parse(True, "integer")
    assert resolve_claim(entry, parsed, dataset, memo) == resolve_claim(entry, parsed, dataset)


def test_a_memo_for_another_dataset_is_not_used(dataset: Dataset) -> None:
    other = load_dataset(str(ROOT / "dataset"))
    (parsed,) = _parsed("claims")[:1]
    memo = ResolveMemo(other)
    for entry in parsed.claims:
        if entry.model is not None:
            assert resolve_claim(entry, parsed, dataset, memo) == resolve_claim(
                entry, parsed, dataset
            )
