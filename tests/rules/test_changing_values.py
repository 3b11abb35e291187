"""Claims of a changing value over a span the dataset records it changing within: each
fits the dataset at part of the span, so neither sources nor a source are at odds."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import Result, validate

ROOT = Path(__file__).resolve().parents[2]
DATASET = str(ROOT / "tests" / "second_subject" / "dataset")


def write(folder: Path, source: str, claims: list[tuple[str, str, object]]) -> None:
    """A claim file `source.yaml`; each claim (id, property, value), of the club, as of
    2021 (its manager changed in November) or, for its ground's capacity, 2024."""
    lines = [f"source: {{id: {source}, outlet: O, title: T, published: 2025-01-01}}", "claims:"]
    for claim_id, prop, value in claims:
        subject, as_of = ("Estuary Park", 2024) if prop == "capacity" else ("Rovers", 2021)
        lines.append(
            f"  - {{id: {claim_id}, subject: {subject}, property: {prop}, value: {value}, "
            f"as_of: {as_of}}}"
        )
    (folder / f"{source}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    monkeypatch.chdir(folder)
    return validate(".", dataset=DATASET)


def codes(result: Result) -> list[tuple[str, str]]:
    return [(f.code, f.claims[0]) for f in result.findings]


def test_two_sources_each_giving_a_value_held_within_the_span_do_not_contradict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "brisk", [("manager", "manager", "Alan Brisk")])
    write(tmp_path, "okafor", [("manager", "manager", "Dana Okafor")])
    result = run(tmp_path, monkeypatch)
    assert codes(result) == [
        ("D204", "brisk/manager"),
        ("X302", "brisk/manager"),
        ("D204", "okafor/manager"),
    ]
    [differ] = [f for f in result.findings if f.code == "X302"]
    assert differ.message == (
        "sources differ on Saltmarsh Rovers F.C. manager, but all can be true: 1 source "
        "says Alan Brisk as of 2021 (brisk); 1 source says Dana Okafor as of 2021 (okafor); "
        "nothing to correct"
    )


def test_one_source_giving_both_values_held_within_the_span_does_not_contradict_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "both", [("before", "manager", "Brisk"), ("after", "manager", "Okafor")])
    write(tmp_path, "count", [("old", "capacity", 12400), ("new", "capacity", 11806)])
    result = run(tmp_path, monkeypatch)
    assert [code for code, _ in codes(result)] == ["D204", "D204", "D204", "D204"]


def test_a_value_held_at_no_time_in_the_span_still_contradicts_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "both", [("held", "manager", "Brisk"), ("never", "manager", "Varga")])
    write(tmp_path, "count", [("held", "capacity", 12400), ("never", "capacity", 15000)])
    result = run(tmp_path, monkeypatch)
    assert codes(result) == [
        ("D204", "both/held"),
        ("D201", "both/never"),
        ("X303", "both/never"),
        ("D204", "count/held"),
        ("D201", "count/never"),
        ("X303", "count/never"),
    ]
    [manager, capacity] = [f for f in result.findings if f.code == "X303"]
    assert manager.message == (
        "both contradicts itself on Saltmarsh Rovers F.C. manager: never says Varga as of "
        "2021; held says Brisk as of 2021; at most one of them can be right; check the source"
    )
    assert capacity.claims == ("count/never", "count/held")


def test_a_value_between_two_the_dataset_holds_still_contradicts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """12000 lies between 11806 and 12400, held in the span: widened to their hull, the
    claim of 12400 agreed with it."""
    write(tmp_path, "count", [("held", "capacity", 12400), ("never", "capacity", 12000)])
    result = run(tmp_path, monkeypatch)
    assert codes(result) == [
        ("D204", "count/held"),
        ("D201", "count/never"),
        ("X303", "count/never"),
    ]


def test_values_a_source_gives_where_the_dataset_holds_one_value_still_contradict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2022: Dana Okafor throughout; the dataset records no change within it.
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: O, title: T, published: 2023-01-01}\n"
        "claims:\n"
        "  - {id: m, subject: Rovers, property: manager, value: Okafor, as_of: 2022}\n"
        "  - {id: n, subject: Rovers, property: manager, value: Brisk, as_of: 2022}\n",
        encoding="utf-8",
    )
    result = run(tmp_path, monkeypatch)
    assert codes(result) == [("D206", "a/m"), ("D201", "a/n"), ("X303", "a/n")]
