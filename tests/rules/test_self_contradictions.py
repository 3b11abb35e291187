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


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # Two claims of ITV, which the dataset refutes, against one of Channel 4.
        (
            [
                ("a-itv", "network", "ITV"),
                ("b-itv", "network", "ITV"),
                ("c4", "network", "Channel 4"),
            ],
            (
                ("desk/a-itv", "desk/b-itv", "desk/c4"),
                ["claims/a.yaml:3:63", "claims/a.yaml:4:63", "claims/a.yaml:5:60"],
                "desk contradicts itself on I Am Ruth network: a-itv says ITV; b-itv says ITV; "
                "c4 says Channel 4; they cannot all be right; check the source",
            ),
        ),
        # 90 minutes, the dataset's, beside 2 hours and 120 minutes, which it refutes.
        (
            [("rt", "runtime", "90 min"), ("rt2", "runtime", "2 hours"), ("rt3", "runtime", "120")],
            (
                ("desk/rt2", "desk/rt3", "desk/rt"),
                ["claims/a.yaml:4:61", "claims/a.yaml:5:61", "claims/a.yaml:3:60"],
                "desk contradicts itself on I Am Ruth runtime: rt2 says 2 hours; rt3 says 120 "
                "minutes; rt says 90 min; they cannot all be right; check the source",
            ),
        ),
        # The dataset refutes the two claims of 2 hours, but the two it does not refute
        # (80 to 86 minutes, 94 to 100) do not fit each other: it does not say which
        # side is right, and the odd one out is the smallest side, the first by id
        # among those that tie.
        (
            [
                ("a-two", "runtime", "2 hours"),
                ("b-two", "runtime", "120"),
                ("c-low", "runtime", "{from: 80, to: 86}"),
                ("d-high", "runtime", "{from: 94, to: 100}"),
            ],
            (
                ("desk/c-low", "desk/d-high", "desk/a-two", "desk/b-two"),
                [f"claims/a.yaml:{at}" for at in ("5:63", "6:64", "3:63", "4:63")],
                "desk contradicts itself on I Am Ruth runtime: c-low says 80..86 minutes; "
                "d-high says 94..100 minutes; a-two says 2 hours; b-two says 120 minutes; "
                "they cannot all be right; check the source",
            ),
        ),
    ],
)
def test_a_side_the_dataset_refutes_is_the_place_where_it_settles_which_is_right(
    tmp_path: Path,
    claims: list[tuple[str, str, str]],
    expected: tuple[tuple[str, ...], list[str], str],
) -> None:
    """Where the dataset settles which side is right, the finding is placed on the side
    it refutes, which the message names first, not on the smallest side: the one claim
    that is right is no place for it. Where it settles nothing, the smallest side is."""
    written = "".join(
        f"  - {{id: {name}, subject: I Am Ruth, property: {prop}, value: {value}}}\n"
        for name, prop, value in claims
    )
    assert x303(tmp_path, written) == [expected]


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
