"""One file's claims checked as far as that file decides them, and sent between processes."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.drive_files import CHECKED
from validator.model.findings import Finding, Location
from validator.model.result import SourceRecord, Verdict
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.per_file import CheckedFile, FileChecker, invalid_record
from validator.pipeline import validate
from validator.read.files import LoadedFile, discover, load_file
from validator.resolve.claims import ResolvedClaim
from validator.rules.fact_words import Assessment
from validator.speed.memo import memoised

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


SOURCE = """\
source:
  id: paper
  outlet: The Paper
  title: A review
  published: 2022-12-08
claims:
"""


def _checked(tmp_path: Path, claims: str, dataset: Dataset, *, explain: bool = True) -> CheckedFile:
    """The file of one source, `paper`, with these claims."""
    path = tmp_path / "a.yaml"
    path.write_text(SOURCE + claims, encoding="utf-8")
    loaded = load_file(str(path))
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    checked, _ = FileChecker(dataset, explain)((parsed, tuple(findings)))
    assert checked is not None
    return checked


def test_a_file_is_checked_claim_by_claim(tmp_path: Path, dataset: Dataset) -> None:
    checked = _checked(
        tmp_path,
        """\
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
  - id: wrong
    subject: I Am Ruth
    property: network
    value: ITV
  - id: nobody
    subject: Nobody At All
    property: network
    value: Channel 4
  - id: no-value
    subject: I Am Ruth
    property: network
""",
        dataset,
    )
    assert checked.source_id == "paper"
    assert checked.source_id_at == Location(checked.path, 2, 7)
    assert checked.source is not None and checked.source.published == "2022-12-08"
    assert checked.archive is None and checked.file_findings == ()
    network, wrong, nobody, no_value = checked.claims
    assert [c.full_id for c in checked.claims] == [
        "paper/network",
        "paper/wrong",
        "paper/nobody",
        "paper/no-value",
    ]
    assert [c.valid for c in checked.claims] == [True, True, True, False]
    assert network.resolved and network.findings == ()
    # network has one value at a time: compared with other sources, so kept.
    assert network.compared is not None and network.compared.full_id == "paper/network"
    assert network.record.verdict == Verdict.SUPPORTED
    assert network.record.subject_id == "i-am-ruth"
    assert network.record.as_of == "2022-12-08"
    assert network.record.explanation  # the assessment's reasoning
    assert wrong.record.verdict == Verdict.REFUTED
    assert [f.code for f in wrong.findings] == ["D201"]
    # Resolution failed: its findings, no resolved claim, an invalid record.
    assert not nobody.resolved and nobody.compared is None
    assert [f.code for f in nobody.findings] == ["E104"]
    assert nobody.record.verdict == Verdict.INVALID and nobody.record.as_of is None
    assert nobody.record.subject_id is None
    assert not no_value.resolved and no_value.compared is None and no_value.findings == ()
    assert no_value.record.verdict == Verdict.INVALID and no_value.record.value == ""


def test_a_quote_is_judged_against_the_transcripts(tmp_path: Path, dataset: Dataset) -> None:
    checked = _checked(
        tmp_path,
        """\
  - id: quote
    subject: Kate Winslet
    property: said
    value: "Words nobody ever said."
""",
        dataset,
    )
    (quote,) = checked.claims
    assert quote.resolved and quote.compared is not None  # compared with other quotes
    assert [f.code for f in quote.findings] == ["D203"]
    assert quote.record.verdict == Verdict.UNVERIFIABLE
    assert quote.record.explanation == (
        "claim: Kate Winslet said 'Words nobody ever said.' (as of 2022-12-08)",
        "no transcript in the dataset shares this quote's words",
        "verdict: unverifiable",
    )


SAVAGE = "In many ways, everyone will recognize the difficulties portrayed in the film"


def test_a_quote_is_held_to_what_the_transcript_says_it_is_about(
    tmp_path: Path, dataset: Dataset
) -> None:
    """The words agree with the transcript, which records them as about I Am Ruth: a
    claim that they are about Mia Threapleton is refuted; the same words claimed about
    I Am Ruth, or with nothing said of what they are about, are supported."""
    checked = _checked(
        tmp_path,
        f"""\
  - {{id: about-mia, subject: Savage, property: said, value: "{SAVAGE}.",
     qualifiers: {{about: Mia}}}}
  - {{id: about-film, subject: Savage, property: said, value: "{SAVAGE}.",
     qualifiers: {{about: I Am Ruth}}}}
  - {{id: bare, subject: Savage, property: said, value: "{SAVAGE}."}}
""",
        dataset,
    )
    assert [(c.record.verdict.value, [f.code for f in c.findings]) for c in checked.claims] == [
        ("refuted", ["D201"]),
        ("supported", []),
        ("supported", []),
    ]
    (finding,) = checked.claims[0].findings
    # Placed at the qualifier that decides it, as a fact's finding is: the words agree.
    assert finding.detail("qualifier") == "about"
    # Both sides name the qualifier that decides it: the words alone read the same.
    assert (finding.detail("claimed"), finding.detail("dataset_value")) == (
        f"{SAVAGE}., about Mia",
        "In many ways, everyone will recognize the difficulties portrayed in the film be…, "
        "about I Am Ruth",
    )
    assert (finding.locations[0].line, finding.locations[0].column) == (8, 26)
    assert finding.message == (
        'claims Dominic Savage said "In many ways, everyone will recognize the difficulties '
        "portrayed in the film.\", about Mia; the words agree with the dataset's transcript (I "
        "Am Ruth press pack interviews, Channel 4, 2022-11), which has them about I Am Ruth, "
        "not Mia; correct the claim, or acknowledge it with the fact-check's conclusion"
    )
    assert checked.claims[0].record.explanation == (
        "claim: Dominic Savage said 'In many ways, everyone will recognize the difficulties "
        "portrayed in the film.' (as of 2022-12-08)",
        # Cut with a mark: "film bet" read as the transcript's own words.
        "transcript: 'In many ways, everyone will recognize the difficulties portrayed in the "
        "film be…' (I Am Ruth press pack interviews, Channel 4, 2022-11)",
        "the words agree with the transcript",
        "about: the claim's Mia against the transcript's I Am Ruth",
        "verdict: refuted",
    )


def test_words_of_another_speaker_name_the_transcript_s_speaker(
    tmp_path: Path, dataset: Dataset
) -> None:
    """Savage's words claimed as Mia's: the dataset's value beside the refuted claim
    read the same words as the claim's, with nothing to say whose they are."""
    checked = _checked(
        tmp_path,
        f"""\
  - {{id: as-mia, subject: Mia, property: said, value: "{SAVAGE}."}}
""",
        dataset,
    )
    (finding,) = checked.claims[0].findings
    assert finding.code == "D201"
    assert (finding.detail("claimed"), finding.detail("dataset_value")) == (
        f"{SAVAGE}.",
        "In many ways, everyone will recognize the difficulties portrayed in the film be…, "
        "said by Dominic Savage",
    )


def test_a_claim_found_invalid_later_is_shown_as_written(tmp_path: Path, dataset: Dataset) -> None:
    checked = _checked(
        tmp_path,
        """\
  - id: played
    subject: Mia Threapleton
    property: acted_in
    value: I Am Ruth
""",
        dataset,
    )
    (played,) = checked.claims
    # A cast member is one of many: no other source's claim contradicts it, and so the
    # resolved claim stays where it was resolved.
    assert played.resolved and played.compared is None
    assert played.record.subject_id == "mia-threapleton"  # shown as written
    assert played.record.verdict == Verdict.SUPPORTED and played.record.as_of == "2022-12-08"
    shown = invalid_record(played.record, dataset)
    assert shown.verdict == Verdict.INVALID
    assert shown.subject_id == "mia-threapleton"
    assert (shown.as_of, shown.explanation) == (None, ())
    assert (shown.full_id, shown.value, shown.line) == (
        played.record.full_id,
        played.record.value,
        played.record.line,
    )


REPEATED = """\
  - {id: age-1, subject: Mia Threapleton, property: age, value: 21}
  - {id: age-2, subject: Mia Threapleton, property: age, value: 21, as_of: 2023-01-05}
  - {id: quote-1, subject: Kate Winslet, property: said, value: "Words nobody ever said."}
  - {id: quote-2, subject: Kate Winslet, property: said, value: "Words nobody ever said."}
  - {id: nobody, subject: Nobody At All, property: age, value: 3}
"""


def test_without_explanations_only_the_steps_are_left_out(tmp_path: Path, dataset: Dataset) -> None:
    # The second claim of each pair is a memo hit: its steps are not built at all.
    explained = _checked(tmp_path, REPEATED, dataset)
    plain = _checked(tmp_path, REPEATED, dataset, explain=False)
    assert [len(c.record.explanation) for c in explained.claims] == [5, 5, 3, 3, 0]
    assert [c.record.explanation for c in plain.claims] == [()] * 5
    assert plain.claims == tuple(
        c._replace(record=c.record._replace(explanation=())) for c in explained.claims
    )
    assert plain._replace(claims=()) == explained._replace(claims=())


def test_what_a_child_sends_comes_back_equal(dataset: Dataset) -> None:
    checker = FileChecker(dataset)
    sent = 0
    for path in sorted((ROOT / "claims").rglob("*.yaml")):
        loaded = load_file(str(path))
        assert isinstance(loaded, LoadedFile)
        parsed, findings = check_claim_file(loaded)
        checked = checker((parsed, tuple(findings)))
        back = CHECKED.loads(CHECKED.dumps(checked))
        assert back == checked
        assert type(back[0]) is CheckedFile
        sent += 1
    assert sent == 3


def test_a_file_that_could_not_be_read_passes_through(dataset: Dataset) -> None:
    outcome = validate(str(ROOT / "tests/examples/foundation"), dataset)
    unreadable = [f for f in outcome.findings if f.code == "E101" and not f.claims]
    assert unreadable  # the syntax error: no claims, but its finding
    assert FileChecker(dataset)((None, (unreadable[0],))) == (
        None,
        (unreadable[0],),
    )


def test_a_bad_source_does_not_hide_what_is_wrong_with_its_claims(
    tmp_path: Path, dataset: Dataset
) -> None:
    """A bad `published` leaves every claim its date decides invalid (an age), named by
    its E102 whatever else is wrong with it (a subject misspelt, a value in words), and
    the errors each claim has whatever its source says are reported in the same run,
    with no E106 for a date the claim never wrote."""
    (tmp_path / "bad.yaml").write_text(
        SOURCE.replace("2022-12-08", "2022-13-08")
        + "  - {id: age, subject: Mia Threapletn, property: age, value: 22}\n"
        + "  - {id: cast, subject: I Am Ruth, property: cast, value: Kate Winslet}\n"
        + "  - {id: age2, subject: Mia Threapleton, property: age, value: twenty}\n"
        + "  - {id: fine, subject: Mia Threapleton, property: age, value: 22}\n"
        + "  - {id: dated, subject: Mia Threapleton, property: age, value: 22,"
        + " as_of: 2022-02-30}\n",
        encoding="utf-8",
    )
    result = validate(str(tmp_path / "bad.yaml"), dataset=dataset)
    assert [(f.code, f.claims, f.location.line if f.location else 0) for f in result.findings] == [
        ("E102", ("paper/age", "paper/age2", "paper/fine"), 5),
        ("E104", ("paper/age",), 7),
        ("E105", ("paper/cast",), 8),
        ("E106", ("paper/age2",), 9),
        ("E106", ("paper/dated",), 11),  # its own as_of is its own problem
    ]
    messages = [f.message for f in result.findings]
    assert messages[2] == (
        "property 'cast' is not in the dataset's vocabulary; did you mean 'cast_member' or "
        "'casting_suggested_by'?"
    )
    assert {c.verdict for c in result.claims} == {Verdict.INVALID}


def test_a_date_time_with_seconds_is_told_to_drop_them(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates go down to the minute (DESIGN section 2): `2022-12-08T21:00:00` was "not a
    date" (E106) or "does not have the expected form" (E102), with nothing wrong in it
    but the seconds. Each says so, and what to write instead, wherever a date goes."""
    (tmp_path / "a.yaml").write_text(
        SOURCE
        + "  - {id: when, subject: I Am Ruth, property: first_broadcast,"
        + " value: 2022-12-08T21:00:00}\n"
        + "  - {id: dated, subject: Mia Threapleton, property: age, value: 22,"
        + " as_of: 2022-12-08T21:00:00}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        SOURCE.replace("id: paper", "id: other").replace("2022-12-08", "2022-12-08T21:00:30")
        + "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate(["a.yaml", "b.yaml"], dataset=dataset)
    advice = "has seconds, but factlint takes date-times to the minute; drop the seconds: write"
    assert [(f.code, f.claims, str(f.location), f.message) for f in result.findings] == [
        (
            "E106",
            ("paper/when",),
            "a.yaml:7:70",
            "value does not fit property 'first_broadcast' (date): '2022-12-08T21:00:00' "
            f"{advice} 2022-12-08T21:00",
        ),
        (
            "E102",
            ("paper/dated",),
            "a.yaml:8:76",
            f"claims[1].as_of '2022-12-08T21:00:00' {advice} 2022-12-08T21:00",
        ),
        (
            "E102",
            ("other/age",),
            "b.yaml:5:14",
            f"source.published '2022-12-08T21:00:30' {advice} 2022-12-08T21:00; until then 1 "
            "claim whose verdict depends on the date is not checked",
        ),
    ]


def test_a_date_time_with_a_time_zone_is_told_to_give_the_sources_time(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`2022-12-08T21:00Z`, as Wikidata exports it, was "not a date" with nothing said
    of the zone, in a value, an as_of and a publication date alike."""
    (tmp_path / "a.yaml").write_text(
        SOURCE.replace("2022-12-08", "2022-12-08T09:00+01:00")
        + "  - {id: when, subject: I Am Ruth, property: first_broadcast,"
        + " value: 2022-12-08T21:00Z, as_of: 2022-12-08T21:00:00Z}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate(["a.yaml"], dataset=dataset)
    advice = "but factlint's dates and times have none: write the time as the source gives it"
    assert [(f.code, f.claims, str(f.location), f.message) for f in result.findings] == [
        (
            "E102",
            (),
            "a.yaml:5:14",
            f"source.published '2022-12-08T09:00+01:00' has a time zone (+01:00), {advice}, "
            "such as 2022-12-08T09:00",
        ),
        (
            "E102",
            ("paper/when",),
            "a.yaml:7:96",
            f"claims[0].as_of '2022-12-08T21:00:00Z' has a time zone (Z), {advice}, such as "
            "2022-12-08T21:00",
        ),
    ]


def test_a_repeated_acknowledgement_is_told_it_never_applies(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two acknowledgements of one code with no `until` were accepted in silence; the
    first always holds, so the second is E108 at its code, naming the first."""
    (tmp_path / "a.yaml").write_text(
        SOURCE
        + "  - id: age\n    subject: Mia Threapleton\n    property: age\n    value: 30\n"
        + "    acknowledge:\n      - {code: D201, reason: a}\n      - {code: D201, reason: b}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate("a.yaml", dataset=dataset)
    assert [(f.code, f.claims, str(f.location), f.acknowledgement) for f in result.findings] == [
        ("D201", ("paper/age",), "a.yaml:10:12", "a"),
        ("E108", ("paper/age",), "a.yaml:13:16", None),
    ]
    assert result.findings[1].message == (
        "acknowledgement of D201 repeats the one at line 12, which comes first and holds as "
        "long, so this one never applies; keep one of them"
    )
    assert result.exit_code == 0  # a warning: the finding is acknowledged, by the first


def test_a_repeated_claim_id_does_not_hide_what_else_is_wrong(
    tmp_path: Path, dataset: Dataset
) -> None:
    """A claim that repeats an earlier id is invalid (E103), yet its misspelt property
    is reported in the same run, and a schema error in such a claim names that claim
    (`paper/lead#3`), not the earlier one it shares an id with: that made the earlier,
    valid claim invalid, and the claim with the error got no E103."""
    (tmp_path / "a.yaml").write_text(
        SOURCE
        + "  - {id: lead, subject: I Am Ruth, property: network, value: Channel 4}\n"
        + "  - {id: lead, subject: I Am Ruth, property: runtme, value: 90}\n"
        + "  - {id: lead, subject: I Am Ruth, property: runtime, value: 90, colour: red}\n",
        encoding="utf-8",
    )
    result = validate(str(tmp_path / "a.yaml"), dataset=dataset)
    found = [(f.code, f.claims, f.location.line if f.location else 0) for f in result.findings]
    assert found == [
        ("E103", ("paper/lead#2",), 8),
        ("E105", ("paper/lead#2",), 8),
        ("E103", ("paper/lead#3",), 9),
        ("E102", ("paper/lead#3",), 9),
    ]
    assert result.findings[1].message == (
        "property 'runtme' is not in the dataset's vocabulary; did you mean 'runtime'?"
    )
    assert [(c.full_id, c.verdict) for c in result.claims] == [
        ("paper/lead", Verdict.SUPPORTED),
        ("paper/lead#2", Verdict.INVALID),
        ("paper/lead#3", Verdict.INVALID),
    ]


def test_a_bad_source_still_holds_its_id(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a bad source (its title empty) and a later file with the same source
    id: the later file is E103, as it is after a good source. Before, its claims whose ids the first
    file's invalid claims had were made invalid with no finding of theirs to say why."""
    (tmp_path / "a.json").write_text(
        '{"source": {"id": "paper", "outlet": "o", "title": "", "published": "2022-12-08"},'
        ' "claims": [{"id": "age", "subject": "Mia Threapletn", "property": "age", "value": 22}]}',
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        SOURCE + "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate(".", dataset=dataset)
    assert [(f.code, f.claims, [str(x) for x in f.locations]) for f in result.findings] == [
        ("E102", ("paper/age",), ["a.json:1:52"]),
        ("E104", ("paper/age",), ["a.json:1:120"]),
        ("E103", (), ["b.yaml:2:7", "a.json:1:19"]),
    ]
    assert result.findings[2].message == (
        "source id 'paper' is also used by a.json; give each source its own id"
    )
    assert [(c.full_id, c.verdict) for c in result.claims] == [
        ("paper/age", Verdict.INVALID),
        ("paper/age@b.yaml", Verdict.SUPPORTED),  # checked all the same, under its own id
    ]
    # Each file its row: the first under the id it wrote, the second made its own.
    assert result.sources == (
        SourceRecord("paper", "a.json", 1, "", "", "", usable=False),
        SourceRecord(
            "paper@b.yaml", "b.yaml", 2, "The Paper", "A review", "2022-12-08", usable=False
        ),
    )
    assert [c.source_id for c in result.claims] == ["paper", "paper@b.yaml"]


@pytest.mark.parametrize(
    ("header", "row_id"),
    [
        ("  id: B bad\n  outlet: 5\n", "B bad"),  # text: the id as written
        # Text longer than an id may be: each claim's full id would repeat it.
        (f"  id: {'b' * 100}\n  outlet: 5\n", "b" * 100),
        (f"  id: {'b' * 101}\n  outlet: Example\n", "broken.yaml"),
        ("  id: 7\n  outlet: Example\n", "broken.yaml"),  # else the file's name
        ("  outlet: Example\n", "broken.yaml"),
    ],
)
def test_a_source_that_cannot_be_used_still_has_its_row(
    tmp_path: Path, dataset: Dataset, header: str, row_id: str
) -> None:
    """Under the id its claims' full ids begin with, and with nothing else of a header
    the schema refused; it travels from a child process as it is."""
    path = tmp_path / "broken.yaml"
    path.write_text(
        "source:\n" + header + "claims:\n  - {id: c1, subject: Kate Winslet, "
        "property: birth_date, value: 1975-10-05}\n",
        encoding="utf-8",
    )
    loaded = load_file(str(path))
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    outcome = FileChecker(dataset)((parsed, tuple(findings)))
    checked = outcome[0]
    assert checked is not None
    assert checked.source == SourceRecord(row_id, loaded.path, 2, "", "", "", usable=False)
    assert [c.full_id for c in checked.claims] == [f"{row_id}/c1"]
    assert checked.archive is None
    assert CHECKED.loads(CHECKED.dumps(outcome)) == outcome


def test_records_share_the_texts_they_repeat(tmp_path: Path, dataset: Dataset) -> None:
    """A checker keeps one string for each claim id, subject, property, value and
    excerpt its records repeat, across files; what a child sends back arrives as new
    strings, which `SharedTexts.file` makes the checker's own again."""
    checker = FileChecker(dataset)
    files = []
    for number in range(2):
        path = tmp_path / f"f{number}.yaml"
        path.write_text(
            SOURCE.replace("id: paper", f"id: paper-{number}")
            + "  - id: network\n    subject: I Am Ruth\n    property: network\n"
            "    value: Channel 4\n    excerpt: On Channel 4.\n",
            encoding="utf-8",
        )
        loaded = load_file(str(path))
        assert isinstance(loaded, LoadedFile)
        parsed, findings = check_claim_file(loaded)
        checked, _ = checker((parsed, tuple(findings)))
        assert checked is not None
        files.append(checked)
    first, second = (f.claims[0].record for f in files)
    texts = ("claim_id", "subject", "property", "value", "excerpt")
    assert [getattr(first, t) for t in texts] == [
        "network",
        "I Am Ruth",
        "network",
        "Channel 4",
        "On Channel 4.",
    ]
    assert all(getattr(first, t) is getattr(second, t) for t in texts)
    assert first.full_id == "paper-0/network" and second.full_id == "paper-1/network"

    back = CHECKED.loads(CHECKED.dumps(files[1]))
    assert back.claims[0].record.subject is not first.subject  # new strings
    arrived = checker.texts.file(back)
    assert arrived == files[1]
    assert all(getattr(arrived.claims[0].record, t) is getattr(first, t) for t in texts)
    # A record whose texts are the table's already is itself.
    assert checker.texts.record(first) is first
    assert checker.texts.file(None) is None


def _parsed(path: Path) -> tuple[ParsedFile, tuple[Finding, ...]]:
    loaded = load_file(str(path))
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    return parsed, tuple(findings)


@pytest.mark.parametrize("explain", [True, False])
def test_a_claim_checked_after_others_is_checked_as_if_alone(
    tmp_path: Path, dataset: Dataset, explain: bool
) -> None:
    """Claims that say the same thing (at the same date, or at any date where the rule
    says the date decides nothing) share one resolution and one assessment: each must
    still get exactly what checking it alone gives (verdict, steps, findings with its
    own id and location, its resolved claim)."""
    shared = FileChecker(dataset, explain, remember=memoised)
    folders = ("claims", "tests/examples/semantics", "tests/examples/cross-source")
    paths = discover([str(ROOT / folder) for folder in folders])
    compared = 0
    for number, path in enumerate(paths):
        text = Path(path).read_text(encoding="utf-8")
        for when in ("2000", "2022-12-08", "2023-06"):  # the same claims at other dates
            variant = tmp_path / f"{number}-{when}.yaml"
            variant.write_text(re.sub(r"published: [0-9-]+", f"published: {when}", text))
            parsed, findings = _parsed(variant)
            together, _ = shared((parsed, findings))
            assert together is not None
            for entry, claim in zip(parsed.claims, together.claims, strict=True):
                one = replace(parsed, claims=(entry,))
                alone, _ = FileChecker(dataset, explain)((one, findings))
                assert alone is not None and alone.claims == (claim,)
                compared += 1
    assert compared == 3 * sum(len(_parsed(Path(p))[0].claims) for p in paths)


ALL_DATES = """\
  - {id: net-1, subject: I Am Ruth, property: network, value: Channel 4, as_of: 2020}
  - {id: net-2, subject: I Am Ruth, property: network, value: Channel 4, as_of: 2023-01}
  - {id: net-3, subject: I Am Ruth, property: network, value: Channel 4}
  - {id: age-1, subject: Mia Threapleton, property: age, value: 22, as_of: 2020}
  - {id: age-2, subject: Mia Threapleton, property: age, value: 22, as_of: 2023-01}
  - {id: age-3, subject: Mia Threapleton, property: age, value: 22}
  - {id: age-4, subject: Mia Threapleton, property: age, value: 22}
  - {id: wrong-1, subject: I Am Ruth, property: network, value: ITV, as_of: 2020}
  - {id: wrong-2, subject: I Am Ruth, property: network, value: ITV}
"""


@pytest.mark.parametrize(("explain", "judged"), [(False, 6), (True, 8)])
def test_a_statement_is_judged_once_for_every_date_the_date_decides_nothing_at(
    tmp_path: Path, dataset: Dataset, explain: bool, judged: int
) -> None:
    """The network, with no finding, reads the same at any date (judged once); an age
    depends on its date (once per date: age-3 and age-4 share the publication date),
    and a refuted network's message names its date (once per date). With explanations,
    every step names the date: once per statement and date."""
    checker = FileChecker(dataset, explain)
    asked: list[str] = []
    real = checker.judge

    def counted(claim: ResolvedClaim) -> Assessment:
        asked.append(claim.full_id)
        return real(claim)

    checker.judge = counted
    (tmp_path / "a.yaml").write_text(SOURCE + ALL_DATES, encoding="utf-8")
    checked, _ = checker(_parsed(tmp_path / "a.yaml"))
    assert checked is not None
    expected = ["paper/net-1", "paper/age-1", "paper/age-2", "paper/age-3"]
    expected += ["paper/wrong-1", "paper/wrong-2"]
    if explain:
        expected[1:1] = ["paper/net-2", "paper/net-3"]
    assert asked == expected and len(asked) == judged
    assert [c.record.verdict.value for c in checked.claims] == [
        *["supported"] * 3,
        "refuted",
        *["supported"] * 3,
        *["refuted"] * 2,
    ]
    assert [c.record.as_of for c in checked.claims[:3]] == ["2020", "2023-01", "2022-12-08"]
    wrong_1, wrong_2 = (c.findings for c in checked.claims[7:])
    assert [(f.code, f.claims, f.location) for f in (*wrong_1, *wrong_2)] == [
        ("D201", ("paper/wrong-1",), Location(checked.path, 14, 65)),
        ("D201", ("paper/wrong-2",), Location(checked.path, 15, 65)),
    ]


def test_an_invalid_claims_texts_are_cut_to_the_schemas_limits_a_valid_ones_kept(
    tmp_path: Path, dataset: Dataset
) -> None:
    """What the reports show of a claim the schema refused is bounded by the schema's own
    limits (`parse.claim_texts`); a valid claim's texts, within them, are its own."""
    million = "word " * 200_000
    quote = "word " * 3_999 + "word"  # 19,999 characters: as long as a valid value may be
    excerpt = "x" * 2_000
    checked = _checked(
        tmp_path,
        f"""\
  - id: long
    subject: "{million}"
    property: said
    value: "{million}"
    excerpt: "{million}"
  - id: fits
    subject: Kate Winslet
    property: said
    value: "{quote} "
    excerpt: {excerpt}
""",
        dataset,
    )
    long, fits = (claim.record for claim in checked.claims)
    note = " \u2026 ({} more characters; the file has it whole at claims[0].{})"
    assert (long.verdict, long.property) == (Verdict.INVALID, "said")
    assert long.subject == "word " * 84 + "word" + note.format("999,576", "subject")
    assert long.value == "word " * 3_984 + "word" + note.format("980,076", "value")
    assert long.excerpt == "word " * 384 + "word" + note.format("998,076", "excerpt")
    assert (len(long.subject), len(long.value), len(long.excerpt)) == (496, 19_994, 1_996)
    assert fits.verdict is not Verdict.INVALID
    assert (fits.value, fits.excerpt) == (quote + " ", excerpt)


def test_a_record_lists_its_qualifiers_in_name_order(tmp_path: Path, dataset: Dataset) -> None:
    """A resolved claim's qualifiers as its steps show them (a year written as a number
    is a date: "2023 or later", not "at least 2023"); an unresolved one's as written,
    a number as its file writes it (`0x7E7`, not 2023)."""
    checked = _checked(
        tmp_path,
        """\
  - id: won
    subject: Kate Winslet
    property: award_received
    value: Best Leading Actress
    qualifiers: {year: {from: 2023}, for_work: I Am Ruth}
  - id: hex
    subject: Kate Winslet
    property: award_received
    value: Best Leading Actress
    qualifiers: {year: 0x7E7, for_work: [I Am Ruth]}
  - id: cast
    subject: I Am Ruth
    property: cast_member
    value: Mia
  - id: listed
    subject: I Am Ruth
    property: cast_member
    value: Mia
    qualifiers: [character]
""",
        dataset,
    )
    assert [(c.record.qualifiers, c.record.verdict) for c in checked.claims] == [
        ((("for_work", "I Am Ruth"), ("year", "2023 or later")), Verdict.SUPPORTED),
        ((("for_work", "[I Am Ruth]"), ("year", "0x7E7")), Verdict.INVALID),
        ((), Verdict.SUPPORTED),
        ((), Verdict.INVALID),
    ]


def test_an_unresolved_claims_dates_read_as_a_resolved_ones(
    tmp_path: Path, dataset: Dataset
) -> None:
    """A year written as a number reads "2022 or later" whether the claim resolved or
    not, never "at least 2022", in its qualifiers and in its value."""
    checked = _checked(
        tmp_path,
        """\
  - id: won
    subject: Kate Winslet
    property: award_received
    value: Best Leading Actress
    qualifiers: {year: {from: 2022}}
  - id: unknown-award
    subject: Kate Winslet
    property: award_received
    value: Nobody Award
    qualifiers: {year: {from: 2022}}
  - id: unknown-person
    subject: Nobody
    property: birth_date
    value: {to: 1975}
""",
        dataset,
    )
    assert [(c.record.value, c.record.qualifiers, c.record.verdict) for c in checked.claims] == [
        ("Best Leading Actress", (("year", "2022 or later"),), Verdict.SUPPORTED),
        ("Nobody Award", (("year", "2022 or later"),), Verdict.INVALID),
        ("1975 or earlier", (), Verdict.INVALID),
    ]


def test_an_unresolved_claim_lists_ten_qualifiers_each_cut(
    tmp_path: Path, dataset: Dataset
) -> None:
    """A claim may be written with 200,000 qualifiers, each name and value as long as a
    file allows: its record lists the first ten by name, cut as a value is."""
    names = ", ".join(f"q{n:06}: x" for n in range(200_000))
    long_name, long_value = "n" * 150, "word " * 5_000
    checked = _checked(
        tmp_path,
        f"""\
  - id: many
    subject: I Am Ruth
    property: cast_member
    value: Mia
    qualifiers: {{{names}}}
  - id: long
    subject: I Am Ruth
    property: cast_member
    value: Mia
    qualifiers: {{{long_name}: 1, character: {long_value}}}
""",
        dataset,
    )
    many, long = (c.record for c in checked.claims)
    assert many.qualifiers == tuple((f"q{n:06}", "x") for n in range(10))
    where = "the file has it whole at claims[1].qualifiers"
    assert long.qualifiers == (
        ("character", "word " * 3_984 + f"word \u2026 (5,075 more characters; {where})"),
        ("n" * 29 + f" \u2026 (121 more characters; {where})", "1"),
    )


def test_an_undated_source_s_claims_are_checked_where_the_date_decides_nothing(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A publication date with a time zone, in JSON as in YAML, made every claim of the
    file invalid. It is one E102 at the date, naming the claims whose verdict the date
    decides (an age, a changing score), which are invalid; a claim no date changes and
    one with an `as_of` of its own are checked as ever, as of an unknown date or of
    their own."""
    claims = [
        {"id": "net", "subject": "I Am Ruth", "property": "network", "value": "Channel 4"},
        {"id": "age", "subject": "Mia Threapleton", "property": "age", "value": 22},
        {"id": "score", "subject": "I Am Ruth", "property": "rotten_tomatoes_score", "value": 9},
        {"id": "own", "subject": "Mia", "property": "age", "value": 22, "as_of": "2022-12"},
        {"id": "wrong", "subject": "I Am Ruth", "property": "network", "value": "The Guardian"},
        {
            "id": "award",
            "subject": "I Am Ruth",
            "property": "award_received",
            "value": "Best Single Drama",
            "qualifiers": {"year": 2023},
        },
    ]
    document = {
        "source": {"id": "j", "outlet": "O", "title": "T", "published": "2022-12-07T09:30Z"},
        "claims": claims,
    }
    (tmp_path / "j.json").write_text(json.dumps(document, indent=1), encoding="utf-8")
    (tmp_path / "y.yaml").write_text(
        "source: {id: y, outlet: O, title: T, published: {from: 2022-12-07T09:30:00}}\n"
        "claims:\n" + "".join(f"  - {json.dumps(claim)}\n" for claim in claims),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate(["j.json", "y.yaml"], dataset=dataset)
    dated = [f for f in result.findings if f.code == "E102"]
    assert [(f.claims, str(f.location), f.message) for f in dated] == [
        (
            ("j/age", "j/score"),
            "j.json:6:16",
            "source.published '2022-12-07T09:30Z' has a time zone (Z), but factlint's dates "
            "and times have none: write the time as the source gives it, such as "
            "2022-12-07T09:30; until then 2 claims whose verdict depends on the date are not "
            "checked",
        ),
        (
            ("y/age", "y/score"),
            "y.yaml:1:56",
            "source.published.from '2022-12-07T09:30:00' has seconds, but factlint takes "
            "date-times to the minute; drop the seconds: write 2022-12-07T09:30; until then "
            "2 claims whose verdict depends on the date are not checked",
        ),
    ]
    assert [(c.full_id, c.verdict.value, c.as_of) for c in result.claims] == [
        ("j/net", "supported", "an unknown date"),
        ("j/age", "invalid", None),
        ("j/score", "invalid", None),
        ("j/own", "supported", "2022-12"),
        ("j/wrong", "refuted", "an unknown date"),
        ("j/award", "supported", "an unknown date"),  # its year decides nothing of it
        ("y/net", "supported", "an unknown date"),
        ("y/age", "invalid", None),
        ("y/score", "invalid", None),
        ("y/own", "supported", "2022-12"),
        ("y/wrong", "refuted", "an unknown date"),
        ("y/award", "supported", "an unknown date"),
    ]
    assert [s.published for s in result.sources] == [
        "2022-12-07T09:30Z",
        "2022-12-07T09:30:00 or later",
    ]
    refuted = [(f.claims, f.message) for f in result.findings if f.code == "D201"]
    words = (
        "claims I Am Ruth network The Guardian as of an unknown date; the dataset gives "
        "Channel 4 (TV listings for 8 December 2022, 2022-12-08), which the claim rules out; "
        "1 other source agrees with the dataset ({}); correct the claim, or acknowledge it "
        "with the fact-check's conclusion"
    )
    assert refuted == [
        (("j/wrong",), words.format("y")),
        (("y/wrong",), words.format("j")),
    ]


def test_an_undated_source_s_finding_names_its_claims_whatever_else_keeps_them_unchecked(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An age of a source published in year 0: with a number no float holds (an E101 at
    parsing) the date's E102 named the claim, with an undefined qualifier (an E106 at
    resolution) it named none. It names the claim in both, and each file still says
    what else is wrong with it."""
    claim = {"id": "c", "subject": "Mia Threapleton", "property": "age", "value": 7}
    source = {"id": "", "outlet": "x", "title": "t", "published": "0000"}
    for name, extra, value in (("q", {"qualifiers": {"a": "x"}}, "7"), ("n", {}, "1e400")):
        document = {"source": {**source, "id": name}, "claims": [{**claim, **extra}]}
        text = json.dumps(document, indent=1).replace('"value": 7', f'"value": {value}')
        (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate(["q.json", "n.json"], dataset=dataset)
    dating = (
        "source.published: '0000' is not a real date: there is no year 0; write when the "
        "source was published; until then 1 claim whose verdict depends on the date is not "
        "checked"
    )
    assert [(f.code, f.claims, str(f.location), f.message) for f in result.findings] == [
        ("E102", ("n/c",), "n.json:6:16", dating),
        (
            "E101",
            ("n/c",),
            "n.json:13:13",
            "the number 1e400 is too large (the limit is about "
            "1.8e308); write a smaller number, or quote it if it is text",
        ),
        ("E102", ("q/c",), "q.json:6:16", dating),
        (
            "E106",
            ("q/c",),
            "q.json:15:5",
            "qualifier 'a' is not defined for property 'age' (it defines none); leave it out",
        ),
    ]
    assert {c.verdict for c in result.claims} == {Verdict.INVALID}
