"""Contradictions that name the culprit: bystanders are no party, the finding sits on the
odd one out, the dataset settles what it can with one error, and sides are counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator import Result, validate
from validator.model.findings import MAX_MESSAGE, Finding
from validator.report.json_report import render_json
from validator.rules.source_sides import SAMPLE
from validator.rules.sources import TIED

ROOT = Path(__file__).resolve().parents[2]
DATASET = str(ROOT / "dataset")


def write(folder: Path, source: str, claims: list[tuple[str, str, str, Any]], **extra: Any) -> None:
    """A claim file `source.yaml`; each claim (id, subject, property, value)."""
    lines = [
        "source:",
        f"  id: {source}",
        f"  outlet: {source}",
        "  title: An article",
        f"  published: {extra.get('published', '2022-12-08')}",
        "claims:",
    ]
    for claim_id, subject, prop, value in claims:
        lines += [
            f"  - id: {claim_id}",
            f"    subject: {subject}",
            f"    property: {prop}",
            f"    value: {json.dumps(value)}",
        ]
        if "excerpt" in extra:
            lines.append(f"    excerpt: {json.dumps(extra['excerpt'])}")
    (folder / f"{source}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    monkeypatch.chdir(folder)
    return validate(".", dataset=DATASET)


def coded(result: Result, *codes: str) -> list[Finding]:
    return [f for f in result.findings if f.code in codes]


def write_twice(folder: Path) -> None:
    """A source giving one running time two ways: twice/hours and twice/minutes."""
    lengths = [("hours", "1h30m"), ("minutes", "90 min")]
    write(folder, "twice", [(name, "Nice Girl", "runtime", value) for name, value in lengths])


def runtime(value: Any) -> list[tuple[str, str, str, Any]]:
    # The dataset has no runtime for Nice Girl: it settles nothing about it.
    return [("runtime", "Nice Girl", "runtime", value)]


def test_a_bystander_is_no_party_and_the_odd_one_out_carries_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "two-hours", runtime("2 hours"))
    write(tmp_path, "ninety", runtime({"about": 90}))
    write(tmp_path, "ninety-again", runtime({"about": 90}))
    write(tmp_path, "feature-length", runtime({"from": 60}))
    [finding] = coded(run(tmp_path, monkeypatch), "X301", "X302")
    assert finding.code == "X301"
    assert finding.message == (
        "sources contradict each other on Nice Girl runtime: 1 source says 2 hours "
        "(two-hours) against 2 sources say about 90 minutes (ninety, ninety-again); no single "
        "value fits every side; find out which is right and acknowledge the finding on the "
        "claim that is wrong"
    )
    assert finding.claims == ("two-hours/runtime", "ninety/runtime", "ninety-again/runtime")
    assert [str(loc) for loc in finding.locations] == [
        "two-hours.yaml:10:12",
        "ninety.yaml:10:12",
        "ninety-again.yaml:10:12",
    ]
    assert [(s.count, s.values, s.sources) for s in finding.sides] == [
        (1, ("2 hours",), ("two-hours",)),
        (2, ("about 90 minutes",), ("ninety", "ninety-again")),
    ]


def test_sides_that_tie_each_carry_the_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "a", runtime("2 hours"))
    write(tmp_path, "b", runtime({"about": 90}))
    found = coded(run(tmp_path, monkeypatch), "X301")
    assert [(f.claims, f.file) for f in found] == [
        (("a/runtime", "b/runtime"), "a.yaml"),
        (("b/runtime", "a/runtime"), "b.yaml"),
    ]
    assert found[1].message.startswith(
        "sources contradict each other on Nice Girl runtime: 1 source says about 90 minutes "
        "(b) against 1 source says 2 hours (a);"
    )


@pytest.mark.parametrize("new", ["aaa-new", "zzz-new"])
def test_the_dataset_settles_it_with_one_error_in_the_wrong_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new: str
) -> None:
    network = [("network", "I Am Ruth", "network", "Channel 4")]
    write(tmp_path, "old-one", network)
    write(tmp_path, "old-two", network)
    write(tmp_path, new, [("network", "I Am Ruth", "network", "ITV")])
    result = run(tmp_path, monkeypatch)
    errors = [f for f in result.findings if f.severity.value == "error"]
    assert [(f.code, f.claims, f.file) for f in errors] == [
        ("D201", (f"{new}/network",), f"{new}.yaml")
    ]
    assert errors[0].message == (
        "claims I Am Ruth network ITV as of 2022-12-08; the dataset gives Channel 4 (TV "
        "listings for 8 December 2022, 2022-12-08), which the claim rules out; 2 other "
        "sources agree with the dataset (old-one, old-two); correct the claim, or acknowledge "
        "it with the fact-check's conclusion"
    )
    assert errors[0].detail("agreeing_sources") == "2"
    assert not coded(result, "X301", "X302")


def test_a_d201_does_not_call_an_undetermined_source_a_disagreement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """92 minutes only overlaps the dataset's about 90: the D201 of 75 minutes said the
    other source "does not agree with the dataset either", as though both were wrong."""
    write(tmp_path, "short", [("runtime", "I Am Ruth", "runtime", 75)])
    write(tmp_path, "near", [("runtime", "I Am Ruth", "runtime", "92 min")])
    [d201] = coded(run(tmp_path, monkeypatch), "D201")
    assert d201.message == (
        "claims I Am Ruth runtime 75 minutes as of 2022-12-08; the dataset gives about 90 "
        "minutes "
        "(The Guardian's review of I Am Ruth, 2022-12-08), which the claim rules out; the "
        "other source on this (near) is not supported by the dataset either; correct the "
        "claim, or acknowledge it with the fact-check's conclusion"
    )


def test_a_d201_names_the_other_sources_where_none_agrees_with_the_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its own source left out, the first three by id, then how many more."""
    for source, minutes in (("s1", 75), ("s2", 70), ("s3", 65), ("s4", 60), ("s5", 92)):
        write(tmp_path, source, [("runtime", "I Am Ruth", "runtime", minutes)])
    found = {f.claims[0]: f.message for f in coded(run(tmp_path, monkeypatch), "D201")}
    assert sorted(found) == ["s1/runtime", "s2/runtime", "s3/runtime", "s4/runtime"]
    assert (
        "; none of the 4 other sources on this (s1, s2, s4 and 1 more) is supported by "
        in (found["s3/runtime"])
    )
    assert found["s1/runtime"].endswith(
        "; none of the 4 other sources on this (s2, s3, s4 and 1 more) is supported by the "
        "dataset; correct the claim, or acknowledge it with the fact-check's conclusion"
    )


def test_a_source_that_contradicts_itself_is_still_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path,
        "torn",
        [
            ("long", "Nice Girl", "runtime", "2 hours"),
            ("short", "Nice Girl", "runtime", {"from": 90, "to": 100}),
        ],
    )
    write(tmp_path, "other", runtime({"about": 90}))
    result = run(tmp_path, monkeypatch)
    [x303] = coded(result, "X303")
    assert x303.claims == ("torn/long", "torn/short")
    [x301] = coded(result, "X301")
    assert x301.claims == ("torn/long", "other/runtime", "torn/short")
    assert "1 source says 2 hours (torn) against 2 sources say" in x301.message


def test_a_claim_of_its_own_source_that_fits_every_other_is_no_party_to_x303(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """October 1975 fits both the 6th and a range ending on the 4th: only those two
    conflict. It was named among them, and the finding placed on it."""
    born = [
        ("month", "Jim Threapleton", "birth_date", "1975-10"),
        ("day", "Jim Threapleton", "birth_date", "1975-10-06"),
        ("range", "Jim Threapleton", "birth_date", {"from": "1975-09", "to": "1975-10-04"}),
    ]
    write(tmp_path, "torn", born)
    [x303] = coded(run(tmp_path, monkeypatch), "X303")
    assert x303.claims == ("torn/day", "torn/range")
    assert [str(loc) for loc in x303.locations] == ["torn.yaml:14:12", "torn.yaml:18:12"]
    assert x303.message == (
        "torn contradicts itself on Jim Threapleton birth_date: day says 1975-10-06; range "
        "says 1975-09..1975-10-04; at most one of them can be right; check the source"
    )


def test_a_self_contradiction_shows_ages_with_their_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """22 at the publication date and 0 in 1990 conflict through the birth dates they
    allow; the message said "now says 22; then says 0", which hid why."""
    write(
        tmp_path,
        "torn",
        [("now", "Seroca Davis", "age", 22), ("born", "Seroca Davis", "birth_date", 1980)],
    )
    path = tmp_path / "torn.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - {id: then, subject: Seroca Davis, property: age, value: 0, as_of: 1990}\n",
        encoding="utf-8",
    )
    [x303] = coded(run(tmp_path, monkeypatch), "X303")
    assert x303.message == (
        "torn contradicts itself on Seroca Davis age and birth_date: born says birth_date "
        "1980; now says age 22 as of 2022-12-08; then says age 0 as of 1990; at most one of "
        "them can be right; check the source"
    )


def test_one_age_written_two_ways_is_no_difference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """47 and {about: 47, within: 0} allow the same ages; they were told apart by how
    they are displayed, and an X302 said the sources differed."""
    write(tmp_path, "plain", [("age", "Kate Winslet", "age", 47)])
    write(tmp_path, "about", [("age", "Kate Winslet", "age", {"about": 47, "within": 0})])
    write(tmp_path, "range", [("age", "Kate Winslet", "age", {"from": 47, "to": 48})])
    [x302] = coded(run(tmp_path, monkeypatch), "X301", "X302")
    assert x302.message == (
        "sources differ on Kate Winslet age, but all can be true: 2 sources say age about 47 "
        "± 0 as of 2022-12-08 or age 47 as of 2022-12-08 (about, plain); 1 source says age "
        "47..48 as of 2022-12-08 (range); nothing to correct"
    )


def test_a_side_lists_every_claim_of_a_value_written_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One source gives one length twice, written two ways: its value is shown once, but
    the side lists both claims (the JSON report's full lists), so that neither reads as
    the other side's."""
    write_twice(tmp_path)
    write(tmp_path, "once", runtime("92 min"))
    [x302] = coded(run(tmp_path, monkeypatch), "X301", "X302")
    assert x302.message == (
        "sources differ on Nice Girl runtime, but all can be true: 1 source says 1h30m "
        "(twice); 1 source says 92 min (once); nothing to correct"
    )
    assert [(s.values, s.claims) for s in x302.sides] == [
        (("1h30m",), ("twice/hours", "twice/minutes")),
        (("92 min",), ("once/runtime",)),
    ]
    assert sorted(c for s in x302.sides for c in s.claims) == sorted(x302.claims)


def test_a_side_of_a_contradiction_shows_a_value_written_twice_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One source giving one length two ways was "1 source says 1h30m or 90 min", as
    though it were unsure between two; its side still lists both claims."""
    write_twice(tmp_path)
    write(tmp_path, "longer", runtime("2 hours"))
    found = coded(run(tmp_path, monkeypatch), "X301", "X302")
    assert [(f.code, f.message) for f in found] == [
        (
            "X301",
            "sources contradict each other on Nice Girl runtime: 1 source says 2 hours "
            "(longer) against 1 source says 1h30m (twice); no single value fits every side; "
            "find out which is right and acknowledge the finding on the claim that is wrong",
        ),
        (
            "X301",
            "sources contradict each other on Nice Girl runtime: 1 source says 1h30m (twice) "
            "against 1 source says 2 hours (longer); no single value fits every side; find "
            "out which is right and acknowledge the finding on the claim that is wrong",
        ),
    ]
    assert [(s.values, s.claims) for s in found[1].sides] == [
        (("1h30m",), ("twice/hours", "twice/minutes")),
        (("2 hours",), ("longer/runtime",)),
    ]


def test_a_side_shows_values_that_differ_only_in_case_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three sources naming one place, one in lower case, were "3 sources say London or
    london", read as two places: text is compared without case, and the side shows the
    form most of them write. Two names of one place still show both."""
    places = ["London", "london", "London ", "New York", "new york city"]
    for source, place in zip("abcde", places, strict=True):
        write(tmp_path, source, [("born", "Bear Winslet", "place_of_birth", place)])
    [x301] = coded(run(tmp_path, monkeypatch), "X301")
    assert x301.message == (
        "sources contradict each other on Bear Winslet place_of_birth: 2 sources say New "
        "York or new york city (d, e) against 3 sources say London (a, b, c); no single "
        "value fits every side; find out which is right and acknowledge the finding on the "
        "claim that is wrong"
    )
    assert [(s.values, s.claims) for s in x301.sides] == [
        (("New York", "new york city"), ("d/born", "e/born")),
        (("London",), ("a/born", "b/born", "c/born")),
    ]


def test_ages_are_shown_as_ages_beside_birth_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "born", [("born", "Seroca Davis", "birth_date", 1980)])
    write(tmp_path, "aged", [("age", "Seroca Davis", "age", 30)], published="2022-12-07")
    found = coded(run(tmp_path, monkeypatch), "X301")
    [finding] = [f for f in found if f.file == "aged.yaml"]
    assert finding.message.startswith(
        "sources contradict each other on Seroca Davis age and birth_date: 1 source says "
        "age 30 as of 2022-12-07 (aged) against 1 source says birth_date 1980 (born);"
    )


def test_a_conflict_is_about_the_properties_of_its_parties(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ages that conflict, beside a birth date that fits each of them: the X301 and X303
    are about the age alone, not "age and birth_date" as the whole group is."""
    write(tmp_path, "young", [("age", "Seroca Davis", "age", 30)])
    write(tmp_path, "old", [("age", "Seroca Davis", "age", 40)])
    write(tmp_path, "torn", [("a", "Seroca Davis", "age", 30), ("b", "Seroca Davis", "age", 40)])
    write(tmp_path, "born", [("born", "Seroca Davis", "birth_date", {"from": 1975, "to": 1995})])
    found = coded(run(tmp_path, monkeypatch), "X301", "X303")
    assert {f.message.split(":", 1)[0] for f in found} == {
        "sources contradict each other on Seroca Davis age",
        "torn contradicts itself on Seroca Davis age",
    }
    assert all("born/born" not in f.claims for f in found)


def test_thousands_of_sources_are_counted_not_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(300):
        write(tmp_path, f"s{number:03d}", runtime({"about": 90}))
    for number in range(5):
        write(tmp_path, f"w{number}", runtime("2 hours"))
    result = run(tmp_path, monkeypatch)
    [finding] = coded(result, "X301")
    assert finding.message == (
        "sources contradict each other on Nice Girl runtime: 5 sources say 2 hours (w0, w1, w2 "
        "and 2 more) against 300 sources say about 90 minutes (s000, s001, s002 and 297 more); "
        "no "
        "single value fits every side; find out which is right and acknowledge the finding on "
        "the claim that is wrong"
    )
    assert len(finding.claims) == 305
    report = json.loads(render_json(result))
    [entry] = [f for f in report["findings"] if f["code"] == "X301"]
    assert [len(side["sources"]) for side in entry["sides"]] == [5, 300]
    assert entry["sides"][1]["locations"][0] == {"file": "s000.yaml", "line": 10, "column": 12}
    assert max(len(line) for line in render_json(result).splitlines()) < 4096
    assert all(len(f.message) <= MAX_MESSAGE for f in result.findings)


def test_sources_that_share_wording_count_once_on_their_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = "the film runs for about ninety minutes and was shot in three weeks in the spring"
    for name in ("copy-a", "copy-b", "copy-c"):
        write(tmp_path, name, runtime({"about": 90}), excerpt=copied)
    write(tmp_path, "own-a", runtime("2 hours"), excerpt="a two-hour film")
    write(tmp_path, "own-b", runtime("2 hours"), excerpt="it lasts two hours")
    result = run(tmp_path, monkeypatch)
    [finding] = coded(result, "X301")
    # Three copies of one text are one independent source: the odd one out.
    assert finding.message.startswith(
        "sources contradict each other on Nice Girl runtime: 3 sources (1 independent) say "
        "about 90 minutes (copy-a, copy-b, copy-c) against 2 sources say 2 hours "
        "(own-a, own-b);"
    )
    assert finding.file == "copy-a.yaml"
    assert [side.count for side in finding.sides] == [1, 2]


def test_the_sources_agreeing_with_the_dataset_are_counted_and_sampled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside every D201 of a group stands the same list of agreeing sources: in full, the
    JSON report grew with refuted claims times agreeing sources. A sample is listed, and
    the count and the message still count them all."""
    network = [("network", "I Am Ruth", "network", "Channel 4")]
    for n in range(SAMPLE + 5):
        write(tmp_path, f"right-{n:02d}", network)
    for name in ("wrong-a", "wrong-b"):
        write(tmp_path, name, [("network", "I Am Ruth", "network", "ITV")])
    found = coded(run(tmp_path, monkeypatch), "D201")
    assert [f.claims for f in found] == [("wrong-a/network",), ("wrong-b/network",)]
    for finding in found:
        own, agreeing = finding.sides
        assert (own.count, agreeing.count) == (1, SAMPLE + 5)
        assert agreeing.claims == tuple(f"right-{n:02d}/network" for n in range(SAMPLE))
        assert agreeing.sources == tuple(f"right-{n:02d}" for n in range(SAMPLE))
        assert len(agreeing.locations) == SAMPLE
        assert f"{SAMPLE + 5} other sources agree with the dataset (right-00, right-01, " in (
            finding.message
        )


def test_a_contradiction_the_dataset_records_as_a_dispute_says_what_can_be_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the dataset records the dispute, neither claim is known to be wrong (each
    claim's D205 says there is nothing to fix in it): the next step is the desk's
    conclusion or new evidence, not "acknowledge it on the claim that is wrong"."""
    write(tmp_path, "a", [("casting", "I Am Ruth", "casting_suggested_by", "Savage")])
    write(tmp_path, "b", [("casting", "I Am Ruth", "casting_suggested_by", "Kate Winslet")])
    found = coded(run(tmp_path, monkeypatch), "X301")
    assert found[0].message == (
        "sources contradict each other on I Am Ruth casting_suggested_by: 1 source says "
        "Savage (a) against 1 source says Kate Winslet (b); no single value fits every side; "
        "the dataset records this dispute (Dominic Savage (Lorraine — Kate Winslet interview, "
        "ITV, 2022-12-01) against Kate Winslet (Kate Winslet interview in which Savage asks "
        "who should play Freya)) without settling it; acknowledge the finding with the "
        "desk's conclusion, or settle the dispute in the dataset when new evidence does"
    )


@pytest.mark.parametrize("count", [TIED, TIED + 1])
def test_many_sides_that_tie_share_one_finding(
    count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each tied side's own X301 lists every other side: with each of 1,000 sources giving
    its own value, a million sides in the findings and gigabytes of reports. Up to `TIED`
    tied sides each carry their own; more share one, on the first, naming every claim."""
    for n in range(count):
        write(tmp_path, f"s{n:02d}", runtime(100 + 20 * n))
    result = run(tmp_path, monkeypatch)
    found = coded(result, "X301")
    claims = tuple(f"s{n:02d}/runtime" for n in range(count))
    if count == TIED:
        assert len(found) == TIED
        assert all(len(f.sides) == TIED and sorted(f.claims) == list(claims) for f in found)
        assert "tie as the odd one out" not in found[0].message
        return
    [finding] = found
    assert finding.message == (
        "sources contradict each other on Nice Girl runtime: 1 source says 100 minutes (s00) "
        "against 1 source says 120 minutes (s01) and 1 source says 140 minutes (s02) and 1 "
        "source says 160 minutes (s03) and 1 source says 180 minutes (s04) and 16 other "
        "sides; no single value fits every side, and 21 "
        "sides tie as the odd one out: one finding for them all; find out which is right and "
        "acknowledge the finding on the claim that is wrong"
    )
    assert finding.claims == claims
    assert finding.file == "s00.yaml"
    assert [side.sources for side in finding.sides] == [(f"s{n:02d}",) for n in range(count)]


def test_sides_give_the_value_a_claim_written_the_other_way_round_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second subject's single-valued property with an inverse and no fact: the
    sources that name the club's kit supplier from the supplier's side ("Gull supplies
    kit to Rovers") say Gull, not the club they were written about."""
    write(tmp_path, "gull", [("kit", "Gull", "supplies_kit_to", "Rovers")])
    write(tmp_path, "gull-again", [("kit", "Gull Sportswear", "supplies_kit_to", "SRFC")])
    write(tmp_path, "tidewear", [("kit", "Saltmarsh Rovers", "kit_supplier", "Tidewear")])
    monkeypatch.chdir(tmp_path)
    result = validate(".", dataset=str(ROOT / "tests" / "second_subject" / "dataset"))
    [finding] = coded(result, "X301", "X302")
    assert finding.message == (
        "sources contradict each other on Saltmarsh Rovers F.C. kit_supplier: 1 source says "
        "Tidewear (tidewear) against 2 sources say Gull Sportswear (gull, gull-again); no "
        "single value fits every side; find out which is right and acknowledge the finding "
        "on the claim that is wrong"
    )
    assert [s.values for s in finding.sides] == [("Tidewear",), ("Gull Sportswear",)]
