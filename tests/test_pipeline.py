"""The whole run: what it keeps of each claim once every file is in."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import Verdict
from validator.pipeline import validate

ROOT = Path(__file__).resolve().parents[1]

CLAIMS = """\
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
    excerpt: It went out on Channel 4.
  - id: wrong
    subject: I Am Ruth
    property: network
    value: ITV
"""


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _source(number: int) -> str:
    return (
        f"source:\n  id: paper-{number}\n  outlet: The Paper\n  title: A review\n"
        f"  published: 2022-12-08\nclaims:\n" + CLAIMS
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_equal_texts_of_the_records_are_one_string(
    tmp_path: Path, dataset: Dataset, jobs: int
) -> None:
    """Each file's records are parsed on their own, perhaps in another process: the run
    keeps one string for a claim id, subject, property, value or excerpt that many
    records repeat (a million claims hold it a million times otherwise)."""
    for number in range(6):
        (tmp_path / f"s{number}.yaml").write_text(_source(number), encoding="utf-8")
    result = validate(str(tmp_path), dataset, jobs=jobs)
    assert [c.full_id for c in result.claims] == [
        f"paper-{n}/{claim}" for n in range(6) for claim in ("network", "wrong")
    ]
    assert [c.verdict for c in result.claims] == [Verdict.SUPPORTED, Verdict.REFUTED] * 6
    first, second = result.claims[0], result.claims[1]
    for record in result.claims[2:]:
        like = first if record.claim_id == "network" else second
        assert record.claim_id is like.claim_id
        assert record.subject is first.subject == "I Am Ruth"
        assert record.property is first.property == "network"
        assert record.value is like.value
        assert record.excerpt is like.excerpt
    assert first.excerpt == "It went out on Channel 4."
    assert second.excerpt is None
    # What is not repeated stays each record's own.
    assert len({id(c.full_id) for c in result.claims}) == 12
