"""A wrong value the dataset records at another time is stale, not distinctive: two
sources giving it need not have copied each other (S501)."""

from __future__ import annotations

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import ClaimRecord, SharedWording, Verdict
from validator.rules.stale_values import StaleValues
from validator.rules.wording import shared_wording

CLUB = """\
dataset: {id: club, title: A club}
references:
  {site: {title: The club's site}}
properties:
  manager: {type: entity, single: true, time_dependent: true}
  ground: {type: entity, single: true}
  attendance: {type: integer, single: true, time_dependent: true}
entities:
  - {id: brisk, kind: person, names: [Alan Brisk, Brisk]}
  - {id: gale, kind: person, names: [Mary Gale]}
  - {id: stone, kind: person, names: [Ted Stone]}
  - {id: park, kind: place, names: [Harl Park]}
  - {id: lane, kind: place, names: [Mill Lane]}
  - id: rovers
    kind: club
    names: [Rovers]
    facts:
      - {property: manager, value: brisk, valid: {from: 2019, to: 2022-05}, ref: site}
      - {property: manager, value: gale, valid: {from: 2022-06}, ref: site}
      - {property: ground, value: park, ref: site}
      - {property: attendance, value: 18500, valid: {from: 2023, to: 2023}, ref: site}
      - {property: attendance, value: 21000, valid: {from: 2022, to: 2022}, ref: site}
"""


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    folder = tmp_path_factory.mktemp("club")
    (folder / "club.yaml").write_text(CLUB, encoding="utf-8")
    return load_dataset(str(folder))


@pytest.mark.parametrize(
    ("prop", "value", "held"),
    [
        ("manager", "Alan Brisk", True),  # the manager before
        ("manager", "Brisk", True),  # by another of his names
        ("manager", "Ted Stone", False),  # never the manager
        ("manager", "Nobody Known", False),  # no entity: not read
        ("attendance", "21000", True),
        ("attendance", "20000", False),
        ("attendance", "21000.0", True),
        ("attendance", "21_000", False),  # no figures a number is shown as
        ("attendance", "nan", False),
        ("ground", "Mill Lane", False),  # a value that does not change with time
    ],
)
def test_a_value_held_at_some_time_is_stale(
    club: Dataset, prop: str, value: str, held: bool
) -> None:
    assert StaleValues(club).held_sometime("rovers", prop, value) is held


def test_a_subject_that_did_not_resolve_holds_nothing(club: Dataset) -> None:
    assert StaleValues(club).held_sometime(None, "manager", "Alan Brisk") is False


def _refuted(source: str, prop: str, value: str) -> ClaimRecord:
    return ClaimRecord(
        full_id=f"{source}/c",
        source_id=source,
        claim_id="c",
        file=f"claims/{source}.yaml",
        line=3,
        column=5,
        subject="Rovers",
        property=prop,
        value=value,
        verdict=Verdict.REFUTED,
        subject_id="rovers",
    )


def test_two_sources_a_change_behind_share_no_wrong_value(club: Dataset) -> None:
    stale = [_refuted("a", "manager", "Alan Brisk"), _refuted("b", "manager", "Alan Brisk")]
    assert shared_wording(stale, club) == ()
    made_up = [_refuted("a", "manager", "Ted Stone"), _refuted("b", "manager", "Ted Stone")]
    assert shared_wording(made_up, club) == (SharedWording("a", "b", (), (("a/c", "b/c"),), 0),)
