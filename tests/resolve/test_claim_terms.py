"""Messages and explanations in the claim's own terms: an age at an open-ended date as
ages with the day it changes, every qualifier, a list compared entry by entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import Result, validate
from validator.report.explain import explain

ROOT = Path(__file__).resolve().parents[2]

CLAIMS = """\
source:
  id: later
  outlet: Later
  title: An article dated only from a day on
  published: {from: 2023-05-14}
claims:
  - id: age
    subject: Kate Winslet
    property: age
    value: 48
  - id: cast
    subject: I Am Ruth
    property: cast_member
    value: Mia
    qualifiers: {character: Freya}
"""


@pytest.fixture
def result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    (tmp_path / "later.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return validate(".", dataset=str(ROOT / "dataset"))


def test_an_age_at_an_open_ended_date_names_the_birthday(result: Result) -> None:
    [finding] = [f for f in result.findings if f.claims == ("later/age",)]
    assert finding.message == (
        "claims Kate Winslet age 48 as of 2023-05-14 or later; the dataset gives birth_date "
        "1975-10-05 (Published biographies of Kate Winslet and her family), so Kate Winslet "
        "was 47 until 2023-10-04, 48 or more after; the claim cannot be confirmed for the "
        "whole period; find the date the source meant and give it as the claim's as_of"
    )


def test_explain_shows_qualifiers_and_compares_a_list_entry_by_entry(result: Result) -> None:
    text = explain(result, "later/cast")
    assert text is not None
    assert "1. claim: i-am-ruth (I Am Ruth) cast_member = mia-threapleton, character Freya" in text
    assert (
        "list entry Mia Threapleton, character Freya (I Am Ruth character notes, Channel 4): "
        "this entry"
    ) in text
    assert (
        "list entry Kate Winslet, character Ruth (I Am Ruth character notes, Channel 4): "
        "not this entry"
    ) in text
    assert "compare with" not in text
