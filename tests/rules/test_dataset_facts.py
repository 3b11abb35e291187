"""Dataset checks that the shipped dataset cannot show: time-dependent facts (D206),
complete lists without entries, and X301 against a recorded dispute."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import Result
from validator.dataset.load import load_dataset
from validator.model.findings import Finding
from validator.pipeline import Options, run
from validator.speed.memo import memoised

DATASET = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  rt-2023: {title: Review aggregator page, published: 2023-01}
  rt-2024: {title: Review aggregator page, published: 2024-06}
properties:
  score: {type: percent, single: true, time_dependent: true}
  director: {type: entity}
entities:
  - id: film
    kind: film
    names: [The Film]
    complete: [director]
    facts:
      - {property: score, value: 100, valid: {from: 2022-12, to: 2023-12}, ref: rt-2023}
      - {property: score, value: 96, valid: {from: 2024-01}, ref: rt-2024}
  - id: other
    kind: film
    names: [Other Film]
    complete: [director]
  - {id: someone, kind: person, names: [Someone]}
"""


def check(tmp_path: Path, claims: str, dataset: str = DATASET) -> Result:
    (tmp_path / "data.yaml").write_text(dataset)
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "claims" / "a.yaml").write_text(claims)
    dataset = load_dataset(str(tmp_path / "data.yaml"))
    return run([str(tmp_path / "claims")], dataset, Options(today=date(2026, 11, 21)))


def only_finding(tmp_path: Path, published: str, claim: str, dataset: str) -> Finding:
    """The one finding of a run over one source, published then, making `claim`."""
    source = f"{{id: a, outlet: A, title: T, published: {published}}}"
    [finding] = check(tmp_path, f"source: {source}\nclaims:\n  - {claim}\n", dataset).findings
    return finding


def scores(tmp_path: Path, given: tuple[tuple[str, str, object], ...]) -> Result:
    """A run over one claim file per (source, published, score) of The Film."""
    (tmp_path / "claims").mkdir()
    for source, published, value in given:
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            f"source: {{id: {source}, outlet: A, title: T, published: {published}}}\n"
            f"claims:\n  - {{id: score, subject: The Film, property: score, value: {value}}}\n"
        )
    return check(tmp_path, "source: {id: a, outlet: A, title: T, published: 2021}\nclaims: []\n")


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_true_then_and_no_longer_true(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2023-05-20}\n"
        "claims:\n"
        "  - {id: score, subject: The Film, property: score, value: 100}\n"
        "  - {id: later, subject: The Film, property: score, value: 100, as_of: 2025-01-01}\n"
        "  - {id: unknown, subject: The Film, property: score, value: 90, as_of: 2021}\n",
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/score", "supported"),
        ("a/later", "refuted"),
        ("a/unknown", "unverifiable"),
    ]
    d206 = next(f for f in result.findings if f.code == "D206")
    assert d206.claims == ("a/score",)
    assert d206.message == (
        "claims The Film score 100% as of 2023-05-20; true then (100% (valid 2022-12..2023-12) "
        "(Review aggregator page, 2023-01)), but the dataset has 96% (valid 2024-01 or later) "
        "(Review aggregator page, 2024-06) since; say 'at the time' where the claim is reused"
    )
    assert [f.code for f in result.findings if f.claims == ("a/later",)] == ["D201"]


def test_a_value_the_dataset_has_only_at_other_times_names_them(tmp_path: Path) -> None:
    """The score before December 2022 is unknown: D203 names the scores the dataset has
    and when they held, where "has no score" read as though it had none at all."""
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2021}\n"
        "claims:\n  - {id: unknown, subject: The Film, property: score, value: 90}\n",
    )
    assert [(f.code, f.message) for f in result.findings] == [
        (
            "D203",
            "claims The Film score 90% as of 2021; the dataset has score for The Film only at "
            "other times: 100% (valid 2022-12..2023-12) (Review aggregator page, 2023-01); 96% "
            "(valid 2024-01 or later) (Review aggregator page, 2024-06); add a referenced "
            "fact valid at the claim's date if one can be found",
        )
    ]


def test_a_value_that_changed_within_the_claims_date_is_undetermined(tmp_path: Path) -> None:
    """The score was 100 until 2023-12 and 96 from 2024-01: "100 as of 2023..2024" fits
    one and not the other, which was "supported" and "true then"; "96..100" fits both,
    and "100" within 2023 fits the one valid then."""
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: {from: 2023-06, to: 2024-06}}\n"
        "claims:\n"
        "  - {id: across, subject: The Film, property: score, value: 100}\n"
        "  - {id: both, subject: The Film, property: score, value: {from: 96, to: 100}}\n"
        "  - {id: within, subject: The Film, property: score, value: 100, as_of: 2023-07}\n",
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/across", "undetermined"),
        ("a/both", "supported"),
        ("a/within", "supported"),
    ]
    assert [(f.code, f.message) for f in result.findings if f.claims == ("a/across",)] == [
        (
            "D204",
            "claims The Film score 100% as of 2023-06..2024-06; the dataset gives 100% (valid "
            "2022-12..2023-12) (Review aggregator page, 2023-01), and also 96% (valid 2024-01 or "
            "later) (Review aggregator page, 2024-06): the value changed within the claim's "
            "date, so the dataset neither confirms nor refutes it; find the date the source "
            "meant and give it as the claim's as_of",
        )
    ]


def test_time_dependent_claims_at_different_dates_do_not_contradict(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2023-05-20}\n"
        "claims:\n"
        "  - {id: then, subject: The Film, property: score, value: 100}\n"
        "  - {id: now, subject: The Film, property: score, value: 96, as_of: 2024-06}\n"
        "  - {id: same-day, subject: The Film, property: score, value: 90}\n",
    )
    x = [(f.code, f.claims) for f in result.findings if f.code.startswith("X")]
    assert x == [("X303", ("a/same-day", "a/then"))]


def test_an_empty_complete_list_refutes(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2023}\n"
        "claims:\n"
        "  - {id: d, subject: Other Film, property: director, value: Someone}\n",
    )
    (finding,) = result.findings
    assert (finding.code, finding.message) == (
        "D201",
        "claims Other Film director Someone as of 2023; the dataset marks Other Film's director "
        "list complete and it has no entry, so the claim is refuted; correct the claim or extend "
        "the dataset",
    )


def test_remembered_assessment_changes_no_assessment() -> None:
    """Claims that say the same share a remembered conclusion: each must still get
    exactly what assessing it alone gives (verdict, steps, findings with its own id and
    location)."""
    from validator.model.property_types.dates import date_span
    from validator.parse.claim_file import check_claim_file
    from validator.per_file import FileChecker
    from validator.read.files import LoadedFile, discover, load_file
    from validator.resolve.claims import ResolvedClaim, resolve_claim
    from validator.rules.dataset_facts import assess_claim

    root = Path(__file__).resolve().parents[2]
    dataset = load_dataset(str(root / "dataset"))
    claims: list[ResolvedClaim] = []
    for path in discover([str(root / "claims"), str(root / "tests/examples/semantics")]):
        loaded = load_file(path)
        assert isinstance(loaded, LoadedFile)
        parsed = check_claim_file(loaded)[0]
        for entry in parsed.claims:
            if entry.model is not None:
                outcome = resolve_claim(entry, parsed, dataset)
                if not isinstance(outcome, list) and outcome.prop.type != "quote":
                    claims.append(outcome)
    dated = [
        c._replace(full_id=f"{c.full_id}@{when}", as_of=date_span(when), as_of_display=when)
        for when in ("2000", "2021-06", "2022-12-08", "2023", "2040-02-29")
        for c in claims
    ]
    remembered = FileChecker(dataset, remember=memoised).judge  # the run's rules, remembering
    for claim in [*claims, *dated, *claims]:
        assert remembered(claim) == assess_claim(claim, dataset)


AWARDS = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  report: {title: Awards report, published: 2023-05-14}
properties:
  award_received: {type: entity, qualifiers: {year: date, for_work: entity}}
entities:
  - id: winner
    kind: person
    names: [Winner]
    facts:
      - {property: award_received, value: prize, qualifiers: {year: 2023}, ref: report}
  - {id: prize, kind: award, names: [The Prize]}
  - {id: work, kind: film, names: [The Work]}
"""


def awards(tmp_path: Path, claims: str) -> Result:
    """A run over one claim file of `claims` (its lines under `claims:`), published
    2023-05-15, against the AWARDS dataset."""
    (tmp_path / "data.yaml").write_text(AWARDS)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2023-05-15}\nclaims:\n" + claims
    )
    dataset = load_dataset(str(tmp_path / "data.yaml"))
    return run([str(tmp_path / "claims")], dataset, Options(today=date(2026, 11, 21)))


def test_an_undetermined_qualifier_says_how_it_stands_to_the_facts(tmp_path: Path) -> None:
    """A qualifier the fact records but the claim gives more precisely (the night, not
    the year) is named as such, not as one the dataset does not record."""
    result = awards(
        tmp_path,
        "  - {id: night, subject: Winner, property: award_received, value: The Prize,\n"
        "     qualifiers: {year: 2023-05-14}}\n"
        "  - {id: both, subject: Winner, property: award_received, value: The Prize,\n"
        "     qualifiers: {year: {from: 2022-06, to: 2023-06}, for_work: The Work}}\n",
    )
    assert [(f.code, f.message) for f in result.findings] == [
        (
            "D204",
            "claims Winner award_received The Prize, year 2023-05-14 as of 2023-05-15; the "
            "dataset gives The Prize, year 2023 (Awards report, 2023-05-14): the claim's year "
            "2023-05-14 is more precise than the dataset's 2023, so the dataset neither confirms "
            "nor refutes it; check what the source meant",
        ),
        (
            "D204",
            "claims Winner award_received The Prize, for_work The Work, year 2022-06..2023-06 as "
            "of 2023-05-15; the dataset gives The Prize, year 2023 (Awards report, 2023-05-14): "
            "the dataset does not record the claim's for_work The Work; the claim's year "
            "2022-06..2023-06 only overlaps the dataset's 2023, so the dataset neither confirms "
            "nor refutes it; check what the source meant",
        ),
    ]


def test_sources_giving_a_changing_value_at_different_dates_differ(tmp_path: Path) -> None:
    """Claims of a time-dependent property at different dates are not compared as
    contradicting, but sources that give different values at different dates differ
    (X302, each value with its date); a claim the dataset refutes (98 in 2025, when it
    has 96) is settled by its D201 and left out; claims of one date still contradict."""
    result = scores(
        tmp_path,
        (
            ("b", "2023-05-20", 100),
            ("c", "2023-05-20", "100%"),
            ("d", "2024-06", 96),
            ("e", "2025", 98),
        ),
    )
    x = [(f.code, f.claims, f.message) for f in result.findings if f.code.startswith("X")]
    assert x == [
        (
            "X302",
            ("b/score", "c/score", "d/score"),
            # A bare 100 and a written 100% read alike, as one value.
            "sources differ on The Film score, but all can be true: 2 sources say 100% as of "
            "2023-05-20 (b, c); 1 source says 96% as of 2024-06 (d); nothing to correct",
        )
    ]
    # Before the dataset's first score: b and c contradict at one date, and no X302.
    for source, value in (("b", 100), ("c", 90)):
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            f"source: {{id: {source}, outlet: A, title: T, published: 2021-06}}\n"
            f"claims:\n  - {{id: score, subject: The Film, property: score, value: {value}}}\n"
        )
    result = check(tmp_path, "source: {id: a, outlet: A, title: T, published: 2021}\nclaims: []\n")
    x = [(f.code, f.claims) for f in result.findings if f.code.startswith("X")]
    assert x == [("X301", ("b/score", "c/score")), ("X301", ("c/score", "b/score"))]


def test_sources_giving_the_same_scores_at_the_same_dates_do_not_differ(tmp_path: Path) -> None:
    """Each source gives the score of 2023 and of 2024: their values differ from each
    other, but no source differs from another, and there was an X302 "sources differ"
    of one side."""
    (tmp_path / "claims").mkdir()
    for source in ("b", "c"):
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            f"source: {{id: {source}, outlet: A, title: T, published: 2024-06}}\n"
            "claims:\n"
            "  - {id: then, subject: The Film, property: score, value: 100, as_of: 2023-05}\n"
            "  - {id: now, subject: The Film, property: score, value: 96, as_of: 2024-06}\n"
        )
    result = check(tmp_path, "source: {id: a, outlet: A, title: T, published: 2021}\nclaims: []\n")
    assert [f.code for f in result.findings if f.code.startswith("X")] == []
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("b/then", "supported"),
        ("b/now", "supported"),
        ("c/then", "supported"),
        ("c/now", "supported"),
    ]


def test_a_source_contradicting_itself_at_one_date_leaves_no_difference(tmp_path: Path) -> None:
    """b gives two scores for one date (X303): an X302 said the scores of b and c at
    two dates could all be true."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "b.yaml").write_text(
        "source: {id: b, outlet: A, title: T, published: 2021-06}\n"
        "claims:\n"
        "  - {id: high, subject: The Film, property: score, value: 100}\n"
        "  - {id: low, subject: The Film, property: score, value: 90}\n"
    )
    (tmp_path / "claims" / "c.yaml").write_text(
        "source: {id: c, outlet: A, title: T, published: 2024-06}\n"
        "claims:\n  - {id: score, subject: The Film, property: score, value: 96}\n"
    )
    result = check(tmp_path, "source: {id: a, outlet: A, title: T, published: 2021}\nclaims: []\n")
    x = [(f.code, f.claims) for f in result.findings if f.code.startswith("X")]
    assert x == [("X303", ("b/high", "b/low"))]


def test_sources_giving_one_score_at_different_dates_are_sides_apart(tmp_path: Path) -> None:
    """A side's values are joined by "and", as each of its sources says them all: two
    sources giving 100 at two dates were one side, "100 as of 2023-05-20 and 100 as of
    2023-09", and two giving 96 at one date "96 as of 2024-06 and 96 as of 2024-06"."""
    result = scores(
        tmp_path,
        (
            ("b", "2023-05-20", 100),
            ("c", "2023-09", 100),
            ("d", "2024-06", 96),
            ("e", "2024-06", 96),
        ),
    )
    x = [(f.code, f.claims, f.message) for f in result.findings if f.code.startswith("X")]
    assert x == [
        (
            "X302",
            ("b/score", "c/score", "d/score", "e/score"),
            "sources differ on The Film score, but all can be true: 2 sources say 96% as of "
            "2024-06 (d, e); 1 source says 100% as of 2023-05-20 (b); 1 source says 100% as of "
            "2023-09 (c); nothing to correct",
        )
    ]


def test_a_finding_about_a_qualifier_points_at_the_qualifier(tmp_path: Path) -> None:
    """Where the value is right and a qualifier decides the verdict (a wrong year, one
    the dataset does not record, one less precise than the fact's), the finding points
    at that qualifier and names it: an annotation on the value marks a correct line."""
    result = awards(
        tmp_path,
        "  - id: wrong-year\n"
        "    subject: Winner\n"
        "    property: award_received\n"
        "    value: The Prize\n"
        "    qualifiers:\n"
        "      year: 2022\n"
        "  - id: unrecorded\n"
        "    subject: Winner\n"
        "    property: award_received\n"
        "    value: The Prize\n"
        "    qualifiers: {year: 2023, for_work: The Work}\n"
        "  - id: vague\n"
        "    subject: Winner\n"
        "    property: award_received\n"
        "    value: The Prize\n"
        "    qualifiers: {year: {from: 2022, to: 2023}}\n",
    )
    assert [
        (f.code, f.claims, [(loc.line, loc.column) for loc in f.locations], f.detail("qualifier"))
        for f in result.findings
    ] == [
        ("D201", ("a/wrong-year",), [(8, 13)], "year"),
        ("D204", ("a/unrecorded",), [(13, 40)], "for_work"),
        ("D202", ("a/vague",), [(18, 24)], "year"),
    ]


TURNED = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  notes: {title: Character notes}
properties:
  cast_member: {type: entity, inverse: acted_in}
  director: {type: entity}
entities:
  - id: film
    kind: film
    names: [The Film]
    facts:
      - {property: cast_member, value: someone, ref: notes}
      - {property: director, value: maker}
  - {id: someone, kind: person, names: [Someone]}
  - {id: maker, kind: person, names: [Maker]}
"""


def test_a_claim_the_dataset_has_the_other_way_round_is_told_to_turn(tmp_path: Path) -> None:
    # Told only to add a fact, the desk would have the dataset record it the wrong way
    # round: the fact it has is named, with the two ways to write it.
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2023}\n"
        "claims:\n"
        "  - {id: cast, subject: Someone, property: cast_member, value: The Film}\n"
        "  - {id: acted, subject: The Film, property: acted_in, value: Someone}\n"
        "  - {id: director, subject: Maker, property: director, value: The Film}\n"
        "  - {id: unknown, subject: Maker, property: cast_member, value: The Film}\n",
        TURNED,
    )
    assert [c.verdict.value for c in result.claims] == ["unverifiable"] * 4
    assert [(f.code, str(f.locations[0]), f.message) for f in result.findings] == [
        (
            "D203",
            "claims/a.yaml:3:64",
            "claims Someone cast_member The Film as of 2023; the dataset has no cast_member "
            "for Someone to check it against; it has The Film cast_member Someone (Character "
            "notes): if the source says that, swap the claim's subject and value, or write "
            "acted_in for cast_member; if not, add a referenced fact to the dataset if one can "
            "be found",
        ),
        (
            "D203",
            "claims/a.yaml:4:63",
            "claims The Film acted_in Someone as of 2023; the dataset has no cast_member for "
            "Someone to check it against; it has The Film cast_member Someone (Character "
            "notes): if the source says that, swap the claim's subject and value, or write "
            "cast_member for acted_in; if not, add a referenced fact to the dataset if one can "
            "be found",
        ),
        (
            "D203",
            "claims/a.yaml:5:63",
            "claims Maker director The Film as of 2023; the dataset has no director for Maker "
            "to check it against; it has The Film director Maker (no reference): if the source "
            "says that, swap the claim's subject and value; if not, add a referenced fact to "
            "the dataset if one can be found",
        ),
        (
            "D203",
            "claims/a.yaml:6:65",
            "claims Maker cast_member The Film as of 2023; the dataset has no cast_member for "
            "Maker to check it against; add a referenced fact to the dataset if one can be "
            "found",
        ),
    ]


def test_a_subject_broader_than_the_one_with_the_fact_is_told_its_name(tmp_path: Path) -> None:
    """Scenario: "BAFTA TV Awards ceremony_date 2023-05-14" was told only to add a fact,
    to awards that have one ceremony a year; the dataset has it for one of those."""
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2023}\n"
        "claims:\n"
        "  - {id: date, subject: The Awards, property: ceremony_date, value: 2023-05-14}\n"
        "  - {id: later, subject: The Awards 2024, property: ceremony_date, value: 2024}\n",
        "dataset: {id: awards, title: Awards, checked: 2026-11-21}\n"
        "references: {news: {title: A report}}\n"
        "properties: {ceremony_date: {type: date, single: true}}\n"
        "entities:\n"
        "  - {id: awards, kind: award, names: [The Awards]}\n"
        "  - {id: awards-2023, kind: ceremony, names: [The Awards 2023], broader: [awards],\n"
        "     facts: [{property: ceremony_date, value: 2023-05-14, ref: news}]}\n"
        "  - {id: awards-2024, kind: ceremony, names: [The Awards 2024], broader: [awards]}\n",
    )
    assert [(f.code, str(f.locations[0]), f.message) for f in result.findings] == [
        (
            "D203",
            "claims/a.yaml:3:69",
            "claims The Awards ceremony_date 2023-05-14 as of 2023; the dataset has no "
            "ceremony_date for The Awards to check it against; it has ceremony_date for The "
            "Awards 2023, narrower than The Awards: if the source means it, write that as "
            "the subject; if not, add a referenced fact to the dataset if one can be found",
        ),
        (
            "D203",
            "claims/a.yaml:4:75",
            "claims The Awards 2024 ceremony_date 2024 as of 2023; the dataset has no "
            "ceremony_date for The Awards 2024 to check it against; add a referenced fact to "
            "the dataset if one can be found",
        ),
    ]


# A hall in a city; one person born in the city, another in the hall.
PLACES = (
    "dataset: {id: places, title: Places, checked: 2026-11-21}\n"
    "references: {bio: {title: A biography}}\n"
    "properties: {born_in: {type: entity, single: true}}\n"
    "entities:\n"
    "  - {id: city, kind: place, names: [The City]}\n"
    "  - {id: hall, kind: venue, names: [The Hall], broader: [city]}\n"
    "  - {id: someone, kind: person, names: [Someone],\n"
    "     facts: [{property: born_in, value: city, ref: bio}]}\n"
    "  - {id: another, kind: person, names: [Another],\n"
    "     facts: [{property: born_in, value: hall, ref: bio}]}\n"
)


def test_a_claim_naming_the_facts_own_entity_is_as_precise_as_it(tmp_path: Path) -> None:
    """The City has a hall in it, so a claim naming the City allows the hall too: its
    set is wider than the fact's, and a claim of the fact's own value was told it was
    less precise (D202). Naming the City where the dataset has the hall is."""
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2022}\n"
        "claims:\n"
        "  - {id: same, subject: Someone, property: born_in, value: The City}\n"
        "  - {id: wider, subject: Another, property: born_in, value: The City}\n"
        "  - {id: exact, subject: Another, property: born_in, value: The Hall}\n",
        PLACES,
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/same", "supported"),
        ("a/wider", "supported"),
        ("a/exact", "supported"),
    ]
    assert [(f.code, f.claims) for f in result.findings] == [("D202", ("a/wider",))]


DISPUTED = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  one: {title: One interview}
  two: {title: Another interview, published: 2022-12-01}
properties:
  suggested_by: {type: entity, single: true}
entities:
  - id: film
    kind: film
    names: [The Film]
    facts:
      - {property: suggested_by, value: ann, status: disputed, ref: one}
      - {property: suggested_by, value: bob, status: disputed, ref: two}
  - {id: ann, kind: person, names: [Ann]}
  - {id: bob, kind: person, names: [Bob]}
  - {id: cat, kind: person, names: [Cat]}
"""


def test_a_value_outside_a_recorded_dispute_is_held_against_both_sides(tmp_path: Path) -> None:
    """The claim is refuted by every side of the dispute, and the D201 names them all:
    naming the first alone read as though the dataset gave that value."""
    claim = "{id: who, subject: The Film, property: suggested_by, value: Cat}"
    d201 = only_finding(tmp_path, "2022-12-05", claim, DISPUTED)
    assert (d201.code, d201.claims) == ("D201", ("a/who",))
    assert d201.message == (
        "claims The Film suggested_by Cat as of 2022-12-05; the dataset records a dispute it "
        "does not settle, Ann (One interview) against Bob (Another interview, 2022-12-01), "
        "and the claim rules out both sides; correct the claim, or acknowledge it with the "
        "fact-check's conclusion"
    )
    # The reports' refuted table shows every side beside the claim, as the message does.
    assert (d201.detail("dataset_value"), d201.detail("reference")) == (
        "Ann; Bob",
        "One interview; Another interview, 2022-12-01",
    )


COMPLETE = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  {credits: {title: The film's credits}, report: {title: Engineering report, published: 2019-11}}
properties: {designed_by: {type: entity, qualifiers: {role: text}}}
entities:
  - {id: ann, kind: person, names: [Ann]}
  - {id: bob, kind: person, names: [Bob]}
  - {id: firm, kind: company, names: [Ann & Partners]}
  - id: bridge
    names: [The Bridge]
    kind: bridge
    complete: [designed_by]
    facts:
      - {property: designed_by, value: ann, qualifiers: {role: architect}, ref: credits}
      - {property: designed_by, value: bob, qualifiers: {role: engineer}, ref: report}
"""


def test_a_value_outside_a_complete_list_is_shown_beside_the_whole_list(tmp_path: Path) -> None:
    """The refuted table's dataset column showed the list's first entry alone: "Ann",
    as though she were its one designer."""
    claim = "{id: firm, subject: The Bridge, property: designed_by, value: Ann & Partners}"
    d201 = only_finding(tmp_path, "2019-06", claim, COMPLETE)
    shown = (d201.code, d201.message, d201.detail("dataset_value"), d201.detail("reference"))
    assert shown == (
        "D201",
        "claims The Bridge designed_by Ann & Partners as of 2019-06; the dataset's complete "
        "list of The Bridge's designed_by is: Ann, role architect (The film's credits); Bob, "
        "role engineer (Engineering report, 2019-11); correct the claim, or acknowledge it "
        "with the fact-check's conclusion",
        "Ann; Bob",
        "The film's credits; Engineering report, 2019-11",
    )


TRIAL = """\
dataset: {id: test, title: Test}
references:
  registry: {title: Registry record}
  paper: {title: The trial's paper, published: 2024-03}
properties:
  site_country: {type: entity}
  adverse_events: {type: percent, qualifiers: {arm: text}}
entities:
  - {id: uk, kind: country, names: [UK]}
  - {id: spain, kind: country, names: [Spain]}
  - {id: japan, kind: country, names: [Japan]}
  - id: trial
    names: [The Trial]
    kind: trial
    complete: [site_country]
    facts:
      - {property: site_country, value: uk, ref: registry}
      - {property: site_country, value: spain, ref: registry}
      - {property: adverse_events, value: 1.2, qualifiers: {arm: drug}, ref: paper}
      - {property: adverse_events, value: 1.4, qualifiers: {arm: placebo}, ref: paper}
"""


def test_a_complete_list_from_one_reference_cites_it_once(tmp_path: Path) -> None:
    """Each of a registry's countries was followed by the registry's name."""
    claim = "{id: c, subject: The Trial, property: site_country, value: Japan}"
    d201 = only_finding(tmp_path, "2024-03-07", claim, TRIAL)
    assert d201.message == (
        "claims The Trial site_country Japan as of 2024-03-07; the dataset's complete list of "
        "The Trial's site_country is: UK; Spain (all Registry record); correct the claim, or "
        "acknowledge it with the fact-check's conclusion"
    )


@pytest.mark.parametrize(
    ("given", "listed"),
    [
        # The claim names an arm: so does each entry, or "1.2%, 1.4%" hid the arm's own.
        (", qualifiers: {arm: drug}", "1.2%, arm drug; 1.4%, arm placebo"),
        ("", "1.2%, 1.4%"),
    ],
)
def test_a_list_a_claim_is_missing_from_names_the_qualifiers_it_gives(
    tmp_path: Path, given: str, listed: str
) -> None:
    claim = f"{{id: c, subject: The Trial, property: adverse_events, value: 2.1{given}}}"
    d203 = only_finding(tmp_path, "2024-03-07", claim, TRIAL)
    assert d203.code == "D203"
    assert d203.message.split("; the dataset lists ")[1] == (
        f"{listed} for The Trial's adverse_events but not this, and does not mark the list "
        "complete; add a referenced fact if one can be found"
    )


READ_AS = """\
dataset: {id: test, title: Test}
references:
  paper: {title: The trial's paper, published: 2024-03}
properties:
  follow_up: {type: duration, unit: days, single: true}
  runtime: {type: duration, unit: minutes, single: true, tolerance: 5}
  price: {type: number, unit: pounds, single: true}
  efficacy: {type: percent, single: true}
entities:
  - id: trial
    names: [The Trial]
    kind: trial
    facts:
      - {property: follow_up, value: 150, ref: paper}
      - {property: runtime, value: 90, ref: paper}
      - {property: price, value: 295, ref: paper}
      - {property: efficacy, value: 74.5, ref: paper}
"""


@pytest.mark.parametrize(
    ("written", "rules_out"),
    [
        # Written in another unit: the number it was read as, in the property's unit.
        ("follow_up, value: 21 weeks", "which the claim (147 days) rules out;"),
        ("runtime, value: 2 hours", "which the claim (120 minutes) rules out;"),
        # "About" with nothing to widen it is the number exactly.
        (
            "price, value: {about: 300}",
            "which the claim rules out: {about: 300} with no within is 300 exactly, as price "
            "has no tolerance; give within for how far off the source may be;",
        ),
        # A percentage as a spreadsheet exports it, a share of 1, that would fit as one.
        (
            "efficacy, value: 0.745",
            "which the claim rules out, though 0.745 as a share of 1, as a spreadsheet writes "
            "a percentage, is 74.5%: write 74.5 if the source meant that;",
        ),
        ("efficacy, value: 0.5", "which the claim rules out;"),
        # With its sign, 0.745 percent was meant: no share of 1.
        ("efficacy, value: 0.745%", "which the claim rules out;"),
        ("efficacy, value: '0.745 %'", "which the claim rules out;"),
        # Written as the dataset writes it, or vaguely: nothing to add.
        ("follow_up, value: 140", "which the claim rules out;"),
        ("runtime, value: 1.50 minutes", "which the claim rules out;"),
        ("runtime, value: 1 minute", "which the claim rules out;"),
        ("price, value: {about: 300, within: 2}", "which the claim rules out;"),
        # A within of 0 is given: "with no within" would say otherwise.
        ("price, value: {about: 300, within: 0}", "which the claim rules out;"),
        ("follow_up, value: {from: 100, to: 120}", "which the claim rules out;"),
    ],
)
def test_a_refuted_number_says_what_it_was_read_as(
    tmp_path: Path, written: str, rules_out: str
) -> None:
    """A follow-up of "21 weeks" refuted by "150 days" left the reader to work out the
    147 days; a price of "about 300" refuted by 295 read as though "about" had no say."""
    claim = f"{{id: c, subject: The Trial, property: {written}}}"
    d201 = only_finding(tmp_path, "2024-03-07", claim, READ_AS)
    assert d201.code == "D201"
    assert rules_out in d201.message


def test_a_value_that_held_at_another_time_is_named_beside_its_refutation(
    tmp_path: Path,
) -> None:
    """A score of 100 as of 2024-06, when the dataset has 96 from 2024 and 100 until the
    end of 2023, was refuted as though the source had made it up; it had it from before."""
    claim = "{id: s, subject: The Film, property: score, value: 100}"
    d201 = only_finding(tmp_path, "2024-06", claim, DATASET)
    assert d201.message == (
        "claims The Film score 100% as of 2024-06; the dataset gives 96% (valid 2024-01 or "
        "later) (Review aggregator page, 2024-06), which the claim rules out; the dataset has "
        "100% (valid 2022-12..2023-12) (Review aggregator page, 2023-01), so the claim held "
        "at another time: if the source meant then, give that date as the claim's as_of; "
        "correct the claim, or acknowledge it with the fact-check's conclusion"
    )
    # A value the dataset has at no time is refuted as it was.
    claim = "{id: s, subject: The Film, property: score, value: 50}"
    d201 = only_finding(tmp_path, "2024-06", claim, DATASET)
    assert "held at another time" not in d201.message


def test_a_number_open_at_one_end_reads_as_written_beside_the_dataset(tmp_path: Path) -> None:
    """A runtime of `{from: 88}` read "at least 88 minutes" in the claim's own words and
    "88..… minutes" where the message set it beside the dataset's 85..95."""
    claim = "{id: c, subject: The Trial, property: runtime, value: {from: 88}}"
    d204 = only_finding(tmp_path, "2024-03-07", claim, READ_AS)
    assert (d204.code, d204.message) == (
        "D204",
        "claims The Trial runtime at least 88 minutes as of 2024-03-07; the dataset gives 90 "
        "minutes (The trial's paper, 2024-03): the claim (at least 88 minutes) and the dataset "
        "(85..95 minutes) only overlap, so the dataset neither confirms nor refutes it; check "
        "what the source meant",
    )


@pytest.mark.parametrize(
    ("dataset", "claim", "listed"),
    [
        (
            TRIAL.replace("{type: entity}", "{type: entity, inverse: hosted_trial}"),
            "{id: c, subject: Japan, property: hosted_trial, value: The Trial}",
            "The Trial's site_country is: UK; Spain (all Registry record)",
        ),
        (
            COMPLETE.replace("{type: entity,", "{type: entity, inverse: designed,"),
            "{id: c, subject: Ann & Partners, property: designed, value: The Bridge}",
            "The Bridge's designed_by is: Ann, role architect (The film's credits); Bob, role "
            "engineer (Engineering report, 2019-11)",
        ),
    ],
)
def test_a_complete_list_against_an_inverted_claim_names_its_subject_once(
    tmp_path: Path, dataset: str, claim: str, listed: str
) -> None:
    """Each entry was the whole fact ("The Trial site_country UK; The Trial site_country
    Spain"), after words naming the list's subject and property already."""
    d201 = only_finding(tmp_path, "2024-03-07", claim, dataset)
    assert d201.code == "D201"
    assert d201.message.split("; the dataset's complete list of ")[1] == (
        f"{listed}; correct the claim, or acknowledge it with the fact-check's conclusion"
    )


CAST = """\
dataset: {id: test, title: Test, checked: 2026-11-21}
references:
  notes: {title: Character notes}
properties:
  cast_member: {type: entity, qualifiers: {character: text}}
entities:
  - id: film
    kind: film
    names: [The Film]
    facts:
      - {property: cast_member, value: someone, qualifiers: {character: Ruth}, ref: notes}
      - {property: cast_member, value: other, qualifiers: {character: Billy}, ref: notes}
  - {id: someone, kind: person, names: [Someone]}
  - {id: other, kind: person, names: [Other]}
"""


def test_an_entry_of_the_value_with_another_qualifier_is_explained_as_refuting(
    tmp_path: Path,
) -> None:
    # The steps called the entry of the claim's own value "not this entry", and the
    # list's not being complete made such a value unverifiable: then "verdict: refuted".
    result = check(
        tmp_path,
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\nclaims:\n"
        "  - {id: wrong, subject: The Film, property: cast_member, value: Other,"
        " qualifiers: {character: Ruth}}\n",
        CAST,
    )
    assert [(f.code, f.message) for f in result.findings] == [
        (
            "D201",
            "claims The Film cast_member Other, character Ruth as of 2022-12-07; the dataset "
            "gives Other, character Billy (Character notes): character Billy, not Ruth; correct "
            "the claim, or acknowledge it with the fact-check's conclusion",
        )
    ]
    assert result.claims[0].explanation[-4:] == (
        "list entry Someone, character Ruth (Character notes): not this entry",
        "list entry Other, character Billy (Character notes): the claim's value, but "
        "character Billy, not Ruth: refutes",
        "the list is not marked complete: a value in none of its entries is unverifiable; "
        "one in an entry with other qualifiers is refuted",
        "verdict: refuted",
    )
