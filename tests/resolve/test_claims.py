"""Resolution with what a run remembers gives exactly what resolution alone gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.per_file import FileChecker
from validator.read.files import LoadedFile, discover, load_file
from validator.resolve.claims import (
    ResolvedClaim,
    Statement,
    Unresolved,
    Written,
    resolve_as_of,
    resolve_claim,
    resolve_statement,
    source_published,
    statement_fields,
)
from validator.speed.memo import memoised

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ["claims", "tests/examples/semantics", "tests/examples/resolution"]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _parsed(folder: str) -> list[ParsedFile]:
    files: list[ParsedFile] = []
    for path in discover([str(ROOT / folder)]):
        loaded = load_file(path)
        if isinstance(loaded, LoadedFile):
            files.append(check_claim_file(loaded)[0])
    return files


@pytest.mark.parametrize("folder", FOLDERS)
def test_remembered_resolution_changes_no_outcome(folder: str, dataset: Dataset) -> None:
    """A run's resolvers remember each statement and date: every claim must still get
    exactly what resolving it alone gives."""
    remembered = FileChecker(dataset, remember=memoised).resolvers
    checked = 0
    for _ in range(2):  # the second pass answers from what was remembered
        for parsed in _parsed(folder):
            for entry in parsed.claims:
                if entry.model is None:
                    continue
                assert resolve_claim(entry, parsed, dataset, remembered) == resolve_claim(
                    entry, parsed, dataset
                )
                checked += 1
    assert checked > 0


def test_values_equal_in_python_but_not_as_written_are_kept_apart(dataset: Dataset) -> None:
    remembered = FileChecker(dataset, remember=memoised).resolvers
    one = Written("Kate Winslet", "age", 1, None)
    said = remembered.statement(one)
    assert not isinstance(said, Unresolved)
    # True == 1 in Python, but a boolean is no number: the run must not answer with 1's set.
    true = remembered.statement(one._replace(value=True))
    assert isinstance(true, Unresolved)
    assert [(p.code, p.where) for p in true.problems] == [("E106", ("value",))]
    assert "expected a whole number" in true.problems[0].message
    assert remembered.statement(one._replace(value=1.0)) == resolve_statement(
        one._replace(value=1.0), dataset
    )


def test_a_value_outside_its_range_is_an_e106(dataset: Dataset) -> None:
    # The shipped dataset declares `minimum: 0` for age; a percent is 0 to 100 by its type.
    negative = resolve_statement(Written("Mia Threapleton", "age", -3, None), dataset)
    assert isinstance(negative, Unresolved)
    assert [(p.code, p.where, p.message) for p in negative.problems] == [
        (
            "E106",
            ("value",),
            "value does not fit property 'age' (integer in years): -3 is not 0 or more, the "
            "range the dataset declares for the property; correct the value, or the "
            "property's minimum or maximum in the dataset if the value is real",
        )
    ]
    score = resolve_statement(Written("I Am Ruth", "rotten_tomatoes_score", 150, None), dataset)
    assert isinstance(score, Unresolved)
    assert [(p.code, p.where, p.message) for p in score.problems] == [
        (
            "E106",
            ("value",),
            "value does not fit property 'rotten_tomatoes_score' (percent): 150 is not from 0 "
            "to 100, the range of a percentage; correct the value",
        )
    ]
    for fits in (0, 100, {"from": 90, "to": 100}, "100%"):
        said = Written("I Am Ruth", "rotten_tomatoes_score", fits, None)
        assert not isinstance(resolve_statement(said, dataset), Unresolved)
    assert not isinstance(
        resolve_statement(Written("Mia Threapleton", "age", 0, None), dataset), Unresolved
    )


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_publication_date_resolved_once_changes_no_outcome(folder: str, dataset: Dataset) -> None:
    """A checker resolves each file's publication date once and hands it to every claim:
    each claim must get what resolving the date itself gives."""
    checked = 0
    for parsed in _parsed(folder):
        if parsed.source is None:
            continue
        published = resolve_as_of(source_published(parsed))
        for entry in parsed.claims:
            if entry.model is not None:
                alone = resolve_claim(entry, parsed, dataset)
                assert resolve_claim(entry, parsed, dataset, published=published) == alone
                checked += 1
    assert checked > 0


def test_statement_fields_are_the_statement(dataset: Dataset) -> None:
    """A claim's statement fields, as a plain tuple, equal its Statement and hash alike
    (what is kept by statement is found by them), field for field."""
    assert ResolvedClaim._fields[4:14] == Statement._fields
    resolved = [
        outcome
        for parsed in _parsed("claims")
        for entry in parsed.claims
        if entry.model is not None
        and not isinstance(outcome := resolve_claim(entry, parsed, dataset), list)
    ]
    assert resolved
    for claim in resolved:
        fields = statement_fields(claim)
        assert type(fields) is tuple
        assert fields == claim.statement
        assert hash(fields) == hash(claim.statement)


_ADD_ENTITY = "check the spelling, or add the entity (or the name) to the dataset"


@pytest.mark.parametrize(
    ("written", "code", "message"),
    [
        (
            Written("Zzqqxx Yyww", "age", 22, None),
            "E104",
            f"subject 'Zzqqxx Yyww' names no entity in the dataset; {_ADD_ENTITY}",
        ),
        (
            Written("I Am Ruth", "network", "Qqqxxx", None),
            "E104",
            f"value 'Qqqxxx' names no entity in the dataset; {_ADD_ENTITY}",
        ),
        (
            Written("Kate Winslet", "award_received", "Best Leading Actress", {"for_work": "Qqq"}),
            "E104",
            f"qualifier 'for_work': 'Qqq' names no entity in the dataset; {_ADD_ENTITY}",
        ),
        (
            Written("I Am Ruth", "qqqzzz", 1, None),
            "E105",
            "property 'qqqzzz' is not in the dataset's vocabulary; check the spelling, or "
            "define it in the dataset",
        ),
    ],
)
def test_a_name_with_nothing_close_still_gets_a_next_step(
    written: Written, code: str, message: str, dataset: Dataset
) -> None:
    """Without a name close enough to suggest, E104 and E105 ended at what was wrong."""
    unresolved = resolve_statement(written, dataset)
    assert isinstance(unresolved, Unresolved)
    assert [(p.code, p.message) for p in unresolved.problems] == [(code, message)]


def _messages(folder: Path, dataset: Dataset) -> list[str]:
    from validator.pipeline import validate

    result = validate(str(folder), dataset, jobs=1)
    return [
        f"{f.locations[0].line}:{f.locations[0].column}: {f.code} {f.message}"
        for f in result.findings
    ]


def test_a_year_written_as_a_whole_float_is_that_year(tmp_path: Path, dataset: Dataset) -> None:
    """JSON Schema counts 2022.0 as an integer, and JSON writers that print every number
    as a float write it: `published`, `as_of`, an interval's end and a date value take it
    as the year 2022, where the models refused it with pydantic's own words."""
    (tmp_path / "float-years.json").write_text(
        '{"source": {"id": "float-years", "outlet": "Wire", "title": "T",\n'
        ' "published": {"from": 2022.0}},\n'
        ' "claims": [\n'
        '  {"id": "bc", "subject": "I Am Ruth", "property": "first_broadcast",'
        ' "value": 2022.0, "as_of": 2023.0}]}\n',
        encoding="utf-8",
    )
    assert _messages(tmp_path, dataset) == [
        "4:80: D202 claims I Am Ruth first_broadcast 2022 as of 2023; the dataset gives "
        "2022-12-08T21:00 (I Am Ruth — Radio Times listing), which the claim includes: "
        "supported, but less precise; a more precise value would say more"
    ]


def test_a_date_interval_with_a_year_as_a_number_reads_as_dates(
    tmp_path: Path, dataset: Dataset
) -> None:
    """`{from: 2022}` is a date interval like `{from: "2022"}`: "2022 or later", not
    "at least 2022", which is how a number's interval (a runtime's) reads."""
    (tmp_path / "years.yaml").write_text(
        "source: {id: years, outlet: Wire, title: T, published: {from: 2022}}\n"
        "claims:\n"
        "  - {id: bc, subject: I Am Ruth, property: first_broadcast, value: 2022-12}\n"
        "  - {id: bc2, subject: I Am Ruth, property: first_broadcast, value: {to: 2023},"
        " as_of: {from: 2022, to: 2023}}\n"
        "  - {id: rt, subject: I Am Ruth, property: runtime, value: {to: 100}, as_of: {to: 2023}}\n"
        "  - {id: aw, subject: Kate Winslet, property: award_received,"
        " value: Best Leading Actress, qualifiers: {year: {from: 2023}}}\n",
        encoding="utf-8",
    )
    tail = (
        "which the claim includes: supported, but less precise; a more precise value would say more"
    )
    assert _messages(tmp_path, dataset) == [
        "3:68: D202 claims I Am Ruth first_broadcast 2022-12 as of 2022 or later; the dataset "
        f"gives 2022-12-08T21:00 (I Am Ruth — Radio Times listing), {tail}",
        "4:69: D202 claims I Am Ruth first_broadcast 2023 or earlier as of 2022..2023; the "
        f"dataset gives 2022-12-08T21:00 (I Am Ruth — Radio Times listing), {tail}",
        "5:60: D202 claims I Am Ruth runtime at most 100 as of 2023 or earlier; the dataset "
        f"gives about 90 minutes (The Guardian's review of I Am Ruth, 2022-12-08), {tail}",
        "6:111: D202 claims Kate Winslet award_received Best Leading Actress, year 2023 or later"
        " as of 2022 or later; the dataset gives BAFTA TV Award for Leading Actress, for_work"
        " I Am Ruth, year 2023 (GoldDerby report of the BAFTA TV Awards 2023 winners), "
        f"{tail}",
    ]
