"""A percentage written as a share of 1 (0.12 where the source said 12%, as a
spreadsheet exports one) is read as written, 0.12%, and where that reading is all a
finding says (the dataset cannot check it, other claims contradict it) the finding
says what to write if the source meant 12%: exact words, code and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dated_sources import findings_of
from validator.dataset.model import PropertyDef
from validator.model.values import Choice, Span
from validator.rules.shares import share_of_one

DATASET = """\
dataset: {id: test, title: Test}
references:
  paper: {title: The trial's paper, published: 2024-03}
properties:
  efficacy: {type: percent, single: true}
  dropout: {type: percent, single: true}
  dose: {type: number, unit: milligrams, single: true}
  approval: {type: percent, single: true, time_dependent: true}
  uptake: {type: percent, single: true, time_dependent: true}
  retention: {type: percent, single: true, time_dependent: true}
entities:
  - id: trial
    names: [The Trial]
    kind: trial
    facts:
      - {property: efficacy, value: 74.5, ref: paper}
      - {property: approval, value: 100, valid: {from: 2024-03}, ref: paper}
      - {property: uptake, value: 100, valid: {from: 2023-01, to: 2024-02}, ref: paper}
      - {property: retention, value: 96, valid: {from: 2023-01, to: 2024-02}, ref: paper}
"""

SHARE = (
    "0.12 is read as 0.12%, though as a share of 1, as a spreadsheet writes a percentage, it is 12%"
)
# 1 or 1.0, a spreadsheet's 100%, where another claim or the dataset gives 100.
WHOLE = "1 is read as 1%, though as a share of 1, as a spreadsheet writes a percentage, it is 100%"
# (the share written, the percentage another claim gives, the words on the share)
SHARES = [("0.12", "12", SHARE), ("1", "100", WHOLE), ("1.0", "100", WHOLE)]


def _findings(
    tmp_path: Path, files: dict[str, list[tuple[str, str]]]
) -> list[tuple[str, str, str]]:
    """(code, file:line:column, message) of each finding of a run over `files`, each a
    source published 2024-03-07 making the claims listed (id and value of dropout)."""
    claims = {
        source: [f"id: {c}, subject: The Trial, property: dropout, value: {v}" for c, v in listed]
        for source, listed in files.items()
    }
    return findings_of(tmp_path, DATASET, claims)


UNCHECKED = "the dataset has no dropout for The Trial to check it against; "
ADD = "add a referenced fact to the dataset if one can be found"


def test_a_share_of_one_the_dataset_cannot_check_is_told_what_it_is_read_as(
    tmp_path: Path,
) -> None:
    assert _findings(tmp_path, {"a": [("c", "0.12")]}) == [
        (
            "D203",
            "a.yaml:3:59",
            "claims The Trial dropout 0.12% as of 2024-03-07; "
            f"{UNCHECKED}{SHARE}: write 12 if the source meant that; {ADD}",
        )
    ]


@pytest.mark.parametrize("value", ["12", "0", "1", "{from: 0.1, to: 0.2}", "{about: 0.5}"])
def test_a_percentage_that_is_no_share_of_one_is_told_nothing_more(
    tmp_path: Path, value: str
) -> None:
    [(code, _, message)] = _findings(tmp_path, {"a": [("c", value)]})
    assert code == "D203"
    assert message.endswith(f"; {UNCHECKED}{ADD}")


@pytest.mark.parametrize(("share", "percent", "words"), SHARES)
def test_sources_contradicting_a_share_of_one_are_told_what_to_write(
    tmp_path: Path, share: str, percent: str, words: str
) -> None:
    """0.12 against 12; and 1 (or 1.0) against 100, a spreadsheet's 100% as the
    commonest score written so is."""
    found = _findings(tmp_path, {"a": [("c", share)], "b": [("c", percent)]})
    step = (
        f"no single value fits every side; a/c's {words}, as b/c gives: write {percent} if "
        "the source meant that; find out which is right and acknowledge the finding on the "
        "claim that is wrong"
    )
    assert [f for f in found if f[0] == "X301"] == [
        (
            "X301",
            "a.yaml:3:59",
            f"sources contradict each other on The Trial dropout: 1 source says {share}% (a) "
            f"against 1 source says {percent}% (b); {step}",
        ),
        (
            "X301",
            "b.yaml:3:59",
            f"sources contradict each other on The Trial dropout: 1 source says {percent}% (b) "
            f"against 1 source says {share}% (a); {step}",
        ),
    ]


@pytest.mark.parametrize(("share", "percent", "words"), SHARES)
def test_a_source_contradicting_itself_with_a_share_of_one_is_told_what_to_write(
    tmp_path: Path, share: str, percent: str, words: str
) -> None:
    found = _findings(tmp_path, {"a": [("c", share), ("d", percent)]})
    assert [f for f in found if f[0] == "X303"] == [
        (
            "X303",
            "a.yaml:3:59",
            f"a contradicts itself on The Trial dropout: c says {share}%; d says {percent}%; "
            "at most one of them can be right; check the source; "
            f"a/c's {words}, as a/d gives: write {percent} if the source meant that",
        )
    ]


def test_a_contradiction_a_share_of_one_would_not_settle_says_nothing_of_it(
    tmp_path: Path,
) -> None:
    found = _findings(tmp_path, {"a": [("c", "0.12"), ("d", "40")]})
    [(_, _, message)] = [f for f in found if f[0] == "X303"]
    assert message.endswith("; at most one of them can be right; check the source")


def test_a_percentage_written_with_its_sign_is_no_share_of_one(tmp_path: Path) -> None:
    """`"0.12%"` says 0.12 percent was meant, yet it was told, as the bare 0.12 is, that
    it is read as 0.12% and to write 12 if that was meant. With its sign, quoted or not,
    spaced or not, it is told nothing of a share of 1."""
    found = _findings(tmp_path, {"a": [("c", "0.12%"), ("d", "'0.12 %'")], "b": [("c", "12")]})
    step = (
        "no single value fits every side; find out which is right and acknowledge the "
        "finding on the claim that is wrong"
    )
    assert found == [
        (
            "D203",
            "a.yaml:3:59",
            f"claims The Trial dropout 0.12% as of 2024-03-07; {UNCHECKED}{ADD}",
        ),
        (
            "X301",
            "a.yaml:3:59",
            "sources contradict each other on The Trial dropout: 1 source says 0.12% (a) "
            f"against 1 source says 12% (b); {step}",
        ),
        (
            "D203",
            "a.yaml:4:59",
            f"claims The Trial dropout 0.12 % as of 2024-03-07; {UNCHECKED}{ADD}",
        ),
        ("D203", "b.yaml:3:59", f"claims The Trial dropout 12% as of 2024-03-07; {UNCHECKED}{ADD}"),
        (
            "X301",
            "b.yaml:3:59",
            "sources contradict each other on The Trial dropout: 1 source says 12% (b) "
            f"against 1 source says 0.12% (a); {step}",
        ),
    ]


def test_a_source_contradicting_itself_with_a_signed_percentage_is_told_nothing_more(
    tmp_path: Path,
) -> None:
    found = _findings(tmp_path, {"a": [("c", "0.12%"), ("d", "12")]})
    [x303] = [f for f in found if f[0] == "X303"]
    said = "c says 0.12%; d says 12%; at most one of them can be right; check the source"
    assert x303 == ("X303", "a.yaml:3:59", f"a contradicts itself on The Trial dropout: {said}")


def test_a_bare_and_a_signed_percentage_are_told_apart(tmp_path: Path) -> None:
    """The two are one statement but for the sign: the finding of the first judged was
    not given to the other."""
    found = _findings(tmp_path, {"a": [("c", "0.12"), ("d", "0.12%")]})
    assert [(place, message) for code, place, message in found if code == "D203"] == [
        (
            "a.yaml:3:59",
            f"claims The Trial dropout 0.12% as of 2024-03-07; {UNCHECKED}{SHARE}: write 12 if "
            f"the source meant that; {ADD}",
        ),
        ("a.yaml:4:59", f"claims The Trial dropout 0.12% as of 2024-03-07; {UNCHECKED}{ADD}"),
    ]


def test_only_one_number_between_0_and_1_of_a_percentage_is_a_share_of_one() -> None:
    percent, number = PropertyDef("p", "percent"), PropertyDef("n", "number")
    assert share_of_one(Span(0.745, 0.745), percent, "0.745%") == ("0.745", "74.5")
    assert share_of_one(Span(0.99, 0.99), percent, "0.99%") == ("0.99", "99")
    assert share_of_one(Span(0.5, 0.5), number, "0.5") is None
    assert share_of_one(Span(1.0, 1.0), percent, "1%") is None
    # 1 only for a caller that finds 100 beside it.
    assert share_of_one(Span(1.0, 1.0), percent, "1%", whole=True) == ("1", "100")
    assert share_of_one(Span(1.5, 1.5), percent, "1.5%", whole=True) is None
    assert share_of_one(Span(0.0, 0.0), percent, "0%") is None
    assert share_of_one(Span(0.1, 0.2), percent, "0.1..0.2%") is None
    assert share_of_one(Span(0.4, 0.6), percent, "about 0.5%") is None
    assert share_of_one(Span(0.5, None), percent, "0.5% or more") is None
    assert share_of_one(Choice(frozenset({"x"})), percent, "x") is None


@pytest.mark.parametrize("other", ["92", "0.5", "50"])
def test_one_beside_no_hundred_is_told_nothing_of_a_share(tmp_path: Path, other: str) -> None:
    """1 is as often 1% as a spreadsheet's 100%: beside 92, 0.5 or 50 it is told nothing
    of a share of 1 (nor is 0.5, which as a share of 1 is 50%, not 1%)."""
    found = _findings(tmp_path, {"a": [("c", "1"), ("d", other)]})
    assert [f for f in found if f[0] == "X303"] == [
        (
            "X303",
            "a.yaml:3:59",
            f"a contradicts itself on The Trial dropout: c says 1%; d says {other}%; at most "
            "one of them can be right; check the source",
        )
    ]


REFUTED = (
    "the dataset gives 100% (valid 2024-03 or later) (The trial's paper, 2024-03), which the "
    "claim rules out, though 1 as a share of 1, as a spreadsheet writes a percentage, is "
    "100%: write 100 if the source meant that; correct the claim, or acknowledge it with "
    "the fact-check's conclusion"
)
OTHER_TIMES = "only at other times: {} (valid 2023-01..2024-02) (The trial's paper, 2024-03); "
LATER = "add a referenced fact valid at the claim's date if one can be found"


@pytest.mark.parametrize(
    ("prop", "value", "place", "says"),
    [
        # The dataset's 100 at the claim's date refutes 1 read as 1%.
        ("approval", "1", "3:60", REFUTED),
        ("approval", "1.0", "3:60", REFUTED),
        # The dataset has 100 at other times only.
        (
            "uptake",
            "1",
            "3:58",
            f"the dataset has uptake for The Trial {OTHER_TIMES.format('100%')}{WHOLE}: write "
            f"100 if the source meant that; {LATER}",
        ),
        (
            "uptake",
            "1.0",
            "3:58",
            f"the dataset has uptake for The Trial {OTHER_TIMES.format('100%')}{WHOLE}: write "
            f"100 if the source meant that; {LATER}",
        ),
        # No 100 anywhere: 1 is 1%, and told nothing of a share.
        (
            "retention",
            "1",
            "3:61",
            f"the dataset has retention for The Trial {OTHER_TIMES.format('96%')}{LATER}",
        ),
    ],
)
def test_one_is_told_what_it_is_as_a_share_where_the_dataset_gives_a_hundred(
    tmp_path: Path, prop: str, value: str, place: str, says: str
) -> None:
    """1 or 1.0 held against the dataset: told that as a share of 1 it is 100% where the
    dataset gives 100, at the claim's date (D201) or at other times (D203)."""
    code = "D201" if prop == "approval" else "D203"
    claim = f"id: c, subject: The Trial, property: {prop}, value: {value}"
    assert findings_of(tmp_path, DATASET, {"a": [claim]}) == [
        (code, f"a.yaml:{place}", f"claims The Trial {prop} {value}% as of 2024-03-07; {says}")
    ]
