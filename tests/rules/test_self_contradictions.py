"""X303: a source that contradicts itself, its odd claim out first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.pipeline import Options, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def x303(
    tmp_path: Path, claims: str, dataset_path: Path = ROOT / "dataset"
) -> list[tuple[tuple[str, ...], list[str], str]]:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        "source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}\nclaims:\n" + claims
    )
    dataset = load_dataset(str(dataset_path))
    result = run(["claims"], dataset, Options(today=date(2026, 11, 21)))
    return [
        (f.claims, [str(loc) for loc in f.locations], f.message)
        for f in result.findings
        if f.code == "X303"
    ]


def test_the_odd_claim_out_comes_first_and_the_others_may_agree(tmp_path: Path) -> None:
    """Three running times that agree with each other and one that agrees with none:
    the one is named first, and the message does not say only one can be right."""
    assert x303(
        tmp_path,
        "  - {id: about, subject: I Am Ruth, property: runtime, value: {about: 90}}\n"
        "  - {id: hm, subject: I Am Ruth, property: runtime, value: 1h30m}\n"
        "  - {id: two-hours, subject: I Am Ruth, property: runtime, value: 2 hours}\n"
        "  - {id: range, subject: I Am Ruth, property: runtime, value: {from: 85, to: 100}}\n",
    ) == [
        (
            ("desk/two-hours", "desk/about", "desk/hm", "desk/range"),
            [f"claims/a.yaml:{at}" for at in ("5:67", "3:63", "4:60", "6:63")],
            # Each in minutes, as the bare numbers are.
            "desk contradicts itself on I Am Ruth runtime: two-hours says 2 hours; about says "
            "about 90 minutes; hm says 1h30m; range says 85..100 minutes; they cannot all be "
            "right; check the source",
        )
    ]


def test_claims_that_exclude_each_other_leave_at_most_one_right(tmp_path: Path) -> None:
    """Two sides of one claim each: the one the dataset refutes (ITV) is the odd one
    out, named first and the finding's place, though its id sorts after the other's."""
    assert x303(
        tmp_path,
        "  - {id: channel-4, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: itv, subject: I Am Ruth, property: network, value: ITV}\n",
    ) == [
        (
            ("desk/itv", "desk/channel-4"),
            ["claims/a.yaml:4:61", "claims/a.yaml:3:67"],
            "desk contradicts itself on I Am Ruth network: itv says ITV; channel-4 says "
            "Channel 4; at most one of them can be right; check the source",
        )
    ]


def test_a_tie_the_dataset_cannot_break_keeps_the_order_of_ids(tmp_path: Path) -> None:
    """Neither value is the dataset's (both refuted): the tie stays with the order of
    the claims' ids."""
    assert x303(
        tmp_path,
        "  - {id: bbc, subject: I Am Ruth, property: network, value: ITV}\n"
        "  - {id: another, subject: I Am Ruth, property: network, value: The Times}\n",
    ) == [
        (
            ("desk/another", "desk/bbc"),
            ["claims/a.yaml:4:65", "claims/a.yaml:3:61"],
            "desk contradicts itself on I Am Ruth network: another says The Times; bbc says "
            "ITV; at most one of them can be right; check the source",
        )
    ]


def test_the_smaller_side_comes_first_even_when_the_dataset_refutes_the_larger(
    tmp_path: Path,
) -> None:
    """The odd one out is the smallest side (DESIGN), whatever the dataset says: two
    claims of ITV against one of Channel 4 name Channel 4 first."""
    assert x303(
        tmp_path,
        "  - {id: a-itv, subject: I Am Ruth, property: network, value: ITV}\n"
        "  - {id: b-itv, subject: I Am Ruth, property: network, value: ITV}\n"
        "  - {id: c4, subject: I Am Ruth, property: network, value: Channel 4}\n",
    )[0][0] == ("desk/c4", "desk/a-itv", "desk/b-itv")


def test_the_claims_named_come_from_every_side_in_turn(tmp_path: Path) -> None:
    """Six claims of ITV against six of Channel 4: the message names five, three of
    ITV (the side the dataset refutes, first) and two of Channel 4, not five of ITV
    that show no contradiction; the finding still lists all twelve."""
    itv = [f"itv-{n}" for n in range(6)]
    c4 = [f"c4-{n}" for n in range(6)]
    found = x303(
        tmp_path,
        "".join(
            f"  - {{id: {i}, subject: I Am Ruth, property: network, value: {v}}}\n"
            for i, v in [*((i, "ITV") for i in itv), *((i, "Channel 4") for i in c4)]
        ),
    )
    assert [(f[0], f[2]) for f in found] == [
        (
            tuple(f"desk/{i}" for i in (*itv, *c4)),
            "desk contradicts itself on I Am Ruth network: itv-0 says ITV; itv-1 says ITV; "
            "itv-2 says ITV; c4-0 says Channel 4; c4-1 says Channel 4; and 7 more claims; "
            "they cannot all be right; check the source",
        )
    ]


@pytest.mark.parametrize(
    ("extra", "more"),
    [(["Yahoo UK", "Channel 4"], "2 more claims"), (["Channel 4"], "1 more claim")],
)
def test_no_more_than_five_sides_are_named(tmp_path: Path, extra: list[str], more: str) -> None:
    """Six or seven claims, each a network of its own: the first five sides are named,
    one claim each, in the order listed, and the rest counted."""
    networks = ["ITV", "The Times", "The Guardian", "Tyla", "Dexerto", *extra]
    found = x303(
        tmp_path,
        "".join(
            f"  - {{id: n{k}, subject: I Am Ruth, property: network, value: {v}}}\n"
            for k, v in enumerate(networks)
        ),
    )
    assert [f[2] for f in found] == [
        "desk contradicts itself on I Am Ruth network: n0 says ITV; n1 says The Times; "
        f"n2 says The Guardian; n3 says Tyla; n4 says Dexerto; and {more}; at most one "
        "of them can be right; check the source"
    ]


def test_a_claim_written_the_other_way_round_says_whom_it_names(tmp_path: Path) -> None:
    """In the group of the club's owner, a claim written with the inverse property
    ("Harbour Trust owns Rovers") gives the owner it names: shown as written, its value
    was the club itself, and two different owners read as both saying "Rovers"."""
    assert x303(
        tmp_path,
        "  - {id: fenwick, subject: Fenwick Town, property: owns, value: Rovers}\n"
        "  - {id: trust, subject: Harbour Trust, property: owns, value: Rovers}\n",
        ROOT / "tests" / "second_subject" / "dataset",
    ) == [
        (
            ("desk/fenwick", "desk/trust"),
            ["claims/a.yaml:3:65", "claims/a.yaml:4:64"],
            "desk contradicts itself on Saltmarsh Rovers F.C. owner: fenwick says Fenwick "
            "Town; trust says Saltmarsh Harbour Trust; at most one of them can be right; check "
            "the source",
        )
    ]
