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


def x303s_and_d201s(tmp_path: Path, claims: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = x303(tmp_path, claims)
    dataset = load_dataset(str(ROOT / "dataset"))
    result = run(["claims"], dataset, Options(today=date(2026, 11, 21)))
    assert [f[0] for f in found] == [f.claims for f in result.findings if f.code == "X303"]
    return [(f.code, f.claims, f.message) for f in result.findings if f.code in ("D201", "X303")]


def test_the_odd_claim_out_comes_first_and_the_others_may_agree(tmp_path: Path) -> None:
    """Three running times that agree with each other and one that agrees with none,
    where the dataset has none to settle it: the one is named first, and the message
    does not say only one can be right."""
    assert x303(
        tmp_path,
        "  - {id: about, subject: I Am Kirsty, property: runtime, value: {about: 90}}\n"
        "  - {id: hm, subject: I Am Kirsty, property: runtime, value: 1h30m}\n"
        "  - {id: two-hours, subject: I Am Kirsty, property: runtime, value: 2 hours}\n"
        "  - {id: range, subject: I Am Kirsty, property: runtime, value: {from: 85, to: 100}}\n",
    ) == [
        (
            ("desk/two-hours", "desk/about", "desk/hm", "desk/range"),
            [f"claims/a.yaml:{at}" for at in ("5:69", "3:65", "4:62", "6:65")],
            # Each in minutes, as the bare numbers are.
            "desk contradicts itself on I Am Kirsty runtime: two-hours says 2 hours; about "
            "says about 90 minutes; hm says 1h30m; range says 85..100 minutes; they cannot "
            "all be right; check the source",
        )
    ]


def test_what_the_dataset_settles_is_one_error_the_d201_of_the_claim_it_refutes(
    tmp_path: Path,
) -> None:
    """One mistake, one error (DESIGN section 4): a source that says 90 minutes and two
    hours, where the dataset gives about 90, has the D201 of its two hours, which names
    its own claim that the dataset supports; an X303 besides said the same of the same
    claim. Where every claim is refuted (ITV and The Times for Channel 4's film), each
    has its D201 and there is no X303 either."""
    assert x303s_and_d201s(
        tmp_path,
        "  - {id: about, subject: I Am Ruth, property: runtime, value: {about: 90}}\n"
        "  - {id: hm, subject: I Am Ruth, property: runtime, value: 1h30m}\n"
        "  - {id: two-hours, subject: I Am Ruth, property: runtime, value: 2 hours}\n"
        "  - {id: zero, subject: I Am Ruth, property: runtime, value: -0.0}\n"
        "  - {id: itv, subject: I Am Ruth, property: network, value: ITV}\n"
        "  - {id: times, subject: I Am Ruth, property: network, value: The Times}\n",
    ) == [
        (
            "D201",
            ("desk/two-hours",),
            "claims I Am Ruth runtime 2 hours as of 2022-12-07; the dataset gives about 90 "
            "minutes (The Guardian's review of I Am Ruth, 2022-12-08), which the claim (120 "
            "minutes) rules out; desk's own claims about and hm agree with the dataset; "
            "correct the claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            "D201",
            ("desk/zero",),
            "claims I Am Ruth runtime -0.0 minutes as of 2022-12-07; the dataset gives about "
            "90 minutes (The Guardian's review of I Am Ruth, 2022-12-08), which the claim "
            "rules out; desk's own claims about and hm agree with the dataset; correct the "
            "claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            "D201",
            ("desk/itv",),
            "claims I Am Ruth network ITV as of 2022-12-07; the dataset gives Channel 4 (TV "
            "listings for 8 December 2022, 2022-12-08), which the claim rules out; correct "
            "the claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            "D201",
            ("desk/times",),
            "claims I Am Ruth network The Times as of 2022-12-07; the dataset gives Channel 4 "
            "(TV listings for 8 December 2022, 2022-12-08), which the claim rules out; correct "
            "the claim, or acknowledge it with the fact-check's conclusion",
        ),
    ]


def test_claims_that_exclude_each_other_leave_at_most_one_right(tmp_path: Path) -> None:
    """Two sides of one claim each, which the dataset cannot settle: at most one is
    right."""
    assert x303(
        tmp_path,
        "  - {id: channel-4, subject: I Am Kirsty, property: network, value: Channel 4}\n"
        "  - {id: itv, subject: I Am Kirsty, property: network, value: ITV}\n",
    ) == [
        (
            ("desk/channel-4", "desk/itv"),
            ["claims/a.yaml:3:69", "claims/a.yaml:4:63"],
            "desk contradicts itself on I Am Kirsty network: channel-4 says Channel 4; itv "
            "says ITV; at most one of them can be right; check the source",
        )
    ]


def test_the_smaller_side_comes_first(tmp_path: Path) -> None:
    """The odd one out is the smallest side (DESIGN): two claims of ITV against one of
    Channel 4 name Channel 4 first."""
    assert x303(
        tmp_path,
        "  - {id: a-itv, subject: I Am Kirsty, property: network, value: ITV}\n"
        "  - {id: b-itv, subject: I Am Kirsty, property: network, value: ITV}\n"
        "  - {id: c4, subject: I Am Kirsty, property: network, value: Channel 4}\n",
    )[0][0] == ("desk/c4", "desk/a-itv", "desk/b-itv")


def test_the_claims_named_come_from_every_side_in_turn(tmp_path: Path) -> None:
    """Six claims of ITV against six of Channel 4: the message names five, three of
    Channel 4 (the side whose ids sort first, first) and two of ITV, not five of
    Channel 4 that show no contradiction; the finding still lists all twelve."""
    itv = [f"itv-{n}" for n in range(6)]
    c4 = [f"c4-{n}" for n in range(6)]
    found = x303(
        tmp_path,
        "".join(
            f"  - {{id: {i}, subject: I Am Kirsty, property: network, value: {v}}}\n"
            for i, v in [*((i, "ITV") for i in itv), *((i, "Channel 4") for i in c4)]
        ),
    )
    assert [(f[0], f[2]) for f in found] == [
        (
            tuple(f"desk/{i}" for i in (*c4, *itv)),
            "desk contradicts itself on I Am Kirsty network: c4-0 says Channel 4; c4-1 says "
            "Channel 4; c4-2 says Channel 4; itv-0 says ITV; itv-1 says ITV; and 7 more "
            "claims; they cannot all be right; check the source",
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
            f"  - {{id: n{k}, subject: I Am Kirsty, property: network, value: {v}}}\n"
            for k, v in enumerate(networks)
        ),
    )
    assert [f[2] for f in found] == [
        "desk contradicts itself on I Am Kirsty network: n0 says ITV; n1 says The Times; "
        f"n2 says The Guardian; n3 says Tyla; n4 says Dexerto; and {more}; at most one "
        "of them can be right; check the source"
    ]


def test_a_claim_written_the_other_way_round_says_whom_it_names(tmp_path: Path) -> None:
    """In the group of the club's kit supplier, which the dataset does not record, a
    claim written with the inverse property ("Tidewear supplies Rovers") gives the
    supplier it names: shown as written, its value was the club itself, and two
    different suppliers read as both saying "Rovers"."""
    assert x303(
        tmp_path,
        "  - {id: gull, subject: Gull, property: supplies_kit_to, value: Rovers}\n"
        "  - {id: tide, subject: Tidewear, property: supplies_kit_to, value: Rovers}\n",
        ROOT / "tests" / "second_subject" / "dataset",
    ) == [
        (
            ("desk/gull", "desk/tide"),
            ["claims/a.yaml:3:65", "claims/a.yaml:4:69"],
            "desk contradicts itself on Saltmarsh Rovers F.C. kit_supplier: gull says Gull "
            "Sportswear; tide says Tidewear; at most one of them can be right; check the "
            "source",
        )
    ]
