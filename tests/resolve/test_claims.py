"""Resolution with what a run remembers gives exactly what resolution alone gives."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.values import Choice
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.parse.written_as import WrittenAs
from validator.per_file import FileChecker
from validator.pipeline import Options, run
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
    assert ResolvedClaim._fields[4:15] == Statement._fields
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
        # A long name is quoted cut short, so the message keeps its next step.
        (
            Written("Q" * 500, "age", 22, None),
            "E104",
            f"subject '{'Q' * 79}…' names no entity in the dataset; {_ADD_ENTITY}",
        ),
        (
            Written("I Am Ruth", "network", "Q" * 5000, None),
            "E104",
            f"value '{'Q' * 79}…' names no entity in the dataset; {_ADD_ENTITY}",
        ),
        (
            Written("Kate Winslet", "award_received", "Leading Actress", {"for_work": "Q" * 900}),
            "E104",
            f"qualifier 'for_work': '{'Q' * 79}…' names no entity in the dataset; {_ADD_ENTITY}",
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


def test_a_subject_with_a_title_is_told_the_entity_named_without_it(
    tmp_path: Path, dataset: Dataset
) -> None:
    """Scenario: a claim about "Mrs Winslet" was asked "did you mean 'Bear Winslet'?"
    first, and one about "Dr Threapleton" "'Jim Threapleton'?", where the dataset's
    "Winslet" is Kate Winslet and it says most about Mia Threapleton."""
    (tmp_path / "titles.yaml").write_text(
        "source: {id: titles, outlet: Wire, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: a, subject: Mrs Winslet, property: age, value: 47}\n"
        "  - id: b\n"
        "    subject: Dr Threapleton\n"
        "    property: age\n"
        "    value: 22\n",
        encoding="utf-8",
    )
    assert _messages(tmp_path, dataset) == [
        "3:22: E104 subject 'Mrs Winslet' names no entity in the dataset; did you mean "
        "'Kate Winslet' or 'Bear Winslet' or 'Joe Alfie Winslet Mendes'?",
        "5:14: E104 subject 'Dr Threapleton' names no entity in the dataset; did you mean "
        "'Mia Threapleton' or 'Jim Threapleton'?",
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
        "5:60: D202 claims I Am Ruth runtime at most 100 minutes as of 2023 or earlier; the "
        f"dataset gives about 90 minutes (The Guardian's review of I Am Ruth, 2022-12-08), {tail}",
        "6:111: D202 claims Kate Winslet award_received Best Leading Actress, year 2023 or later"
        " as of 2022 or later; the dataset gives BAFTA TV Award for Leading Actress, for_work"
        " I Am Ruth, year 2023 (GoldDerby report of the BAFTA TV Awards 2023 winners), "
        f"{tail}",
    ]


HEAD = "source: {id: s, outlet: O, title: T, published: 2022-12-07}\nclaims:\n"
FREYA = (
    "the dataset gives Mia Threapleton, character Freya (I Am Ruth character notes, "
    "Channel 4): character Freya, not {shown}; correct the claim, or acknowledge it with "
    "the fact-check's conclusion"
)


def _outcome(tmp_path: Path, name: str, text: str, dataset: Dataset) -> list[tuple[str, ...]]:
    """(code, line:column, message) of each finding, then (id, value, verdict) of each
    claim, of the claim file `name` holding `text`."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([str(tmp_path / name)], dataset, Options(today=date(2026, 11, 21)))
    found = [
        (f.code, f"{f.locations[0].line}:{f.locations[0].column}", f.message)
        for f in result.findings
    ]
    return found + [(c.claim_id, c.value, c.verdict.value) for c in result.claims]


def _cast(claim: str, character: str) -> str:
    return (
        f"  - {{id: {claim}, subject: I Am Ruth, property: cast_member, value: Mia,\n"
        f"     qualifiers: {{character: {character}}}}}\n"
    )


def _refuted(shown: str) -> str:
    return f"claims I Am Ruth cast_member Mia, character {shown} as of 2022-12-07; " + FREYA.format(
        shown=shown
    )


def test_a_text_qualifier_takes_a_bare_number_or_boolean_as_written(
    tmp_path: Path, dataset: Dataset
) -> None:
    """`character: 007` is the text "007", not the number 7; `1.50` is "1.50", `0x1F`
    "0x1F", `true` "true" (it was E106); quoted or not, the same text."""
    claims = [("zeros", "007"), ("quoted", "'007'"), ("float", "1.50"), ("hex", "0x1F")]
    claims += [("sign", "+1"), ("flag", "true"), ("freya", "FREYA")]
    text = HEAD + "".join(_cast(claim, written) for claim, written in claims)
    # The qualifier's value is at column 30 of the second line of each claim.
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        ("D201", "4:30", _refuted("007")),
        ("D201", "6:30", _refuted("007")),
        ("D201", "8:30", _refuted("1.50")),
        ("D201", "10:30", _refuted("0x1F")),
        ("D201", "12:30", _refuted("+1")),
        ("D201", "14:30", _refuted("true")),
        ("zeros", "Mia", "refuted"),
        ("quoted", "Mia", "refuted"),
        ("float", "Mia", "refuted"),
        ("hex", "Mia", "refuted"),
        ("sign", "Mia", "refuted"),
        ("flag", "Mia", "refuted"),
        ("freya", "Mia", "supported"),
    ]


def _unlisted(shown: str) -> str:
    return (
        f"claims I Am Ruth format {shown} as of 2022-12-07; the dataset lists feature-length "
        "single drama for I Am Ruth's format but not this, and does not mark the list "
        "complete; add a referenced fact if one can be found"
    )


def test_a_text_value_takes_a_bare_number_or_boolean_as_written(
    tmp_path: Path, dataset: Dataset
) -> None:
    # `format` is a text property of the shipped dataset; `value: 90` stays the text 90.
    text = HEAD + "".join(
        f"  - {{id: f{n}, subject: I Am Ruth, property: format, value: {written}}}\n"
        for n, written in enumerate(["90", "1.50", "1e3", "False"])
    )
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        ("D203", "3:59", _unlisted("90")),
        ("D203", "4:59", _unlisted("1.50")),
        ("D203", "5:59", _unlisted("1e3")),
        ("D203", "6:59", _unlisted("False")),
        ("f0", "90", "unverifiable"),
        ("f1", "1.50", "unverifiable"),
        ("f2", "1e3", "unverifiable"),
        ("f3", "False", "unverifiable"),
    ]


def test_in_json_a_number_for_a_text_property_is_its_json_text(
    tmp_path: Path, dataset: Dataset
) -> None:
    text = (
        '{"source": {"id": "s", "outlet": "O", "title": "T", "published": "2022-12-07"},\n'
        ' "claims": [\n'
        '  {"id": "a", "subject": "I Am Ruth", "property": "format", "value": 1.50},\n'
        '  {"id": "b", "subject": "I Am Ruth", "property": "cast_member", "value": "Mia",\n'
        '   "qualifiers": {"character": 1E3}},\n'
        '  {"id": "c", "subject": "I Am Ruth", "property": "runtime", "value": 90.0}]}\n'
    )
    assert _outcome(tmp_path, "a.json", text, dataset) == [
        ("D203", "3:70", _unlisted("1.50")),
        ("D201", "5:32", _refuted("1E3")),
        ("a", "1.50", "unverifiable"),
        ("b", "Mia", "refuted"),
        ("c", "90.0 minutes", "supported"),  # a number: as written, with its unit
    ]


def test_a_number_or_boolean_a_tag_asks_for_is_e106_for_a_text_property(
    tmp_path: Path, dataset: Dataset
) -> None:
    """`!!int 007` is the number 7 on purpose; a text property cannot take it, and how it
    was meant to read (7? 007?) is not known: the finding says to write the text."""
    text = (
        HEAD
        + _cast("tagged", "!!int 007")
        + (
            "  - {id: flag, subject: I Am Ruth, property: format, value: !!bool true}\n"
            "  - {id: float, subject: I Am Ruth, property: format, value: !!float 1.50}\n"
        )
    )
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        (
            "E106",
            "4:30",
            "qualifier 'character' takes text: expected text, not the number 7, which "
            "its tag asks for; write the text in quotes, without the tag",
        ),
        (
            "E106",
            "5:61",
            "value does not fit property 'format' (text): expected text, not true, which its "
            "tag asks for; write the text in quotes, without the tag",
        ),
        (
            "E106",
            "6:62",
            "value does not fit property 'format' (text): expected text, not the number 1.5, "
            "which its tag asks for; write the text in quotes, without the tag",
        ),
        ("tagged", "Mia", "invalid"),
        ("flag", "true", "invalid"),
        ("float", "1.5", "invalid"),
    ]


def test_a_number_through_an_alias_is_taken_as_its_anchor_wrote_it(
    tmp_path: Path, dataset: Dataset
) -> None:
    text = HEAD + (
        "  - {id: a, subject: I Am Ruth, property: cast_member, value: Mia,\n"
        "     qualifiers: &q {character: 007}}\n"
        "  - {id: b, subject: I Am Ruth, property: cast_member, value: Mia, qualifiers: *q}\n"
        "  - {id: c, subject: I Am Ruth, property: format, value: &n 1.50}\n"
        "  - {id: d, subject: I Am Ruth, property: format, value: *n}\n"
    )
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        ("D201", "4:33", _refuted("007")),
        ("D201", "5:80", _refuted("007")),  # an alias's findings are at the alias
        ("D203", "6:58", _unlisted("1.50")),
        ("D203", "7:58", _unlisted("1.50")),
        ("a", "Mia", "refuted"),
        ("b", "Mia", "refuted"),
        ("c", "1.50", "unverifiable"),
        ("d", "1.50", "unverifiable"),
    ]


def test_a_number_for_another_type_is_still_the_number(tmp_path: Path, dataset: Dataset) -> None:
    # The text kept for a number changes no reading where the property takes numbers or
    # entities: `022` is 22 years (shown as written), and a film called 1917 is still
    # to be quoted.
    text = HEAD + (
        "  - {id: age, subject: Mia Threapleton, property: age, value: 022}\n"
        "  - {id: film, subject: Mia Threapleton, property: acted_in, value: 1917}\n"
    )
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        (
            "E106",
            "4:69",
            "value does not fit property 'acted_in' (an entity): expected the name of an "
            "entity, not the number 1917; put the name in quotes",
        ),
        ("age", "022", "supported"),
        ("film", "1917", "invalid"),
    ]


def test_a_boolean_or_a_month_as_a_number_is_told_as_what_it_is(
    tmp_path: Path, dataset: Dataset
) -> None:
    # `true` where a number or a date goes was quoted as the text 'true', with no next
    # step; `2022.12` was quoted as text too, though YAML read it as a number.
    text = HEAD + (
        "  - {id: age, subject: Mia Threapleton, property: age, value: true}\n"
        "  - {id: day, subject: I Am Ruth, property: first_broadcast, value: false}\n"
        "  - {id: month, subject: I Am Ruth, property: first_broadcast, value: 2022.12}\n"
    )
    fits = "value does not fit property"
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        (
            "E106",
            "3:63",
            f"{fits} 'age' (integer in years): expected a whole number, not the boolean true; "
            "write the number the source gives",
        ),
        (
            "E106",
            "4:69",
            f"{fits} 'first_broadcast' (date): expected a date such as 2022-12-08, not the "
            "boolean false; write the date the source gives",
        ),
        (
            "E106",
            "5:71",
            f"{fits} 'first_broadcast' (date): expected a date such as 2022-12-08, not the "
            "number 2022.12; for the month 2022-12, write it as text: '2022-12'",
        ),
        ("age", "true", "invalid"),
        ("day", "false", "invalid"),
        ("month", "2022.12", "invalid"),
    ]


def test_an_invalid_claim_shows_a_text_value_as_written(tmp_path: Path, dataset: Dataset) -> None:
    text = HEAD + "  - {id: a, subject: Nobody Known, property: format, value: 007}\n"
    found = _outcome(tmp_path, "a.yaml", text, dataset)
    assert [row[:2] for row in found[:-1]] == [("E104", "3:22")]
    assert found[-1] == ("a", "007", "invalid")


def test_remembered_resolution_keeps_texts_written_apart(dataset: Dataset) -> None:
    """`007` and `7` are both the number 7, but not the same text: a run that remembers
    statements must not answer one with the other's set."""
    remembered = FileChecker(dataset, remember=memoised).resolvers
    seven = Written("I Am Ruth", "format", 7, None, WrittenAs("7"))
    zeros = seven._replace(written_as=WrittenAs("007"))
    for said in (seven, zeros, seven):
        assert remembered.statement(said) == resolve_statement(said, dataset)
    first, second = remembered.statement(seven), remembered.statement(zeros)
    assert not isinstance(first, Unresolved) and not isinstance(second, Unresolved)
    assert (first[5], first[6]) == (Choice(frozenset({"7"})), "7")
    assert (second[5], second[6]) == (Choice(frozenset({"007"})), "007")
    # Without the text written (a caller of plain data), a number is no text.
    bare = resolve_statement(Written("I Am Ruth", "format", 7, None), dataset)
    assert isinstance(bare, Unresolved)
    assert [p.code for p in bare.problems] == ["E106"]


def test_curly_quotes_around_a_value_are_named(tmp_path: Path, dataset: Dataset) -> None:
    """A word processor types “22” for "22": in YAML and JSON alike the curly quotes are
    part of the text, so a number, date or boolean written so does not fit its type,
    and the message says which characters to drop."""
    (tmp_path / "curly.yaml").write_text(
        "source: {id: curly, outlet: Desk, title: T, published: ‘2022-12-07’}\n"
        "claims:\n"
        "  - {id: age, subject: Mia, property: age, value: “22”}\n",
        encoding="utf-8",
    )
    (tmp_path / "curly2.yaml").write_text(
        "source: {id: curly2, outlet: Desk, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: age, subject: Mia, property: age, value: “22”}\n"
        "  - {id: imp, subject: I Am Ruth, property: dialogue_improvised, value: “true”}\n"
        "  - {id: aw, subject: Kate Winslet, property: award_received,"
        " value: Best Leading Actress, qualifiers: {year: «2023»}}\n",
        encoding="utf-8",
    )
    drop = "the curly quotes around it are part of the text, not quotation marks: write"
    assert _messages(tmp_path, dataset) == [
        "1:56: E102 source.published is the text '‘2022-12-07’', "
        "which does not have the expected form (a date such as 2022-12-08 or "
        "2022-12-08T21:00, a partial date such as 2022-12 or 2022, or an interval such as "
        f"{{from: 2022-12-01, to: 2022-12-08}}); {drop} 2022-12-07 without them; until then "
        "1 claim whose verdict depends on the date is not checked",
        *[
            "3:51: E106 value does not fit property 'age' (integer in years): expected a whole "
            f"number, not '“22”'; {drop} 22 without them"
        ]
        * 2,
        "4:73: E106 value does not fit property 'dialogue_improvised' (boolean): expected true"
        " or false, not the text '“true”'; write true or false; "
        f"{drop} true without them",
        "5:111: E106 qualifier 'year' takes a date: '«2023»' is not a date; write 2022, "
        f"2022-12, 2022-12-08 or 2022-12-08T21:00; {drop} 2023 without them",
    ]


SECOND_SUBJECT = ROOT / "tests" / "second_subject" / "dataset"
TOO_LARGE = "is too large to be a plausible value"


def test_a_number_too_large_is_quoted_as_the_claim_file_writes_it(tmp_path: Path) -> None:
    """YAML reads `1e20` as the float Python shows as 1e+20: the message quotes the
    number as written, in the value, at an end of it and in a qualifier."""
    text = (
        "source: {id: s, outlet: O, title: T, published: 2023-06-01}\nclaims:\n"
        "  - {id: a, subject: Estuary Park, property: pitch_length, value: 1e20}\n"
        "  - {id: b, subject: Estuary Park, property: pitch_length, value: {about: 1.0E+20}}\n"
        "  - {id: c, subject: Estuary Park, property: capacity, value: {from: 1, to: 1e16}}\n"
        "  - {id: d, subject: Rovers, property: squad_member, value: Reed,"
        " qualifiers: {shirt: 2.5e20}}\n"
    )
    dataset = load_dataset(str(SECOND_SUBJECT))
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        (
            "E106",
            "3:67",
            f"value does not fit property 'pitch_length' (number in metres): 1e20 {TOO_LARGE}",
        ),
        (
            "E106",
            "4:67",
            f"value does not fit property 'pitch_length' (number in metres): 1.0E+20 {TOO_LARGE}",
        ),
        (
            "E106",
            "5:63",
            f"value does not fit property 'capacity' (integer in spectators): 1e16 {TOO_LARGE}",
        ),
        ("E106", "6:87", f"qualifier 'shirt' takes a whole number: 2.5e20 {TOO_LARGE}"),
        ("a", "1e20", "invalid"),
        ("b", "about 1.0E+20", "invalid"),
        ("c", "1..1e16", "invalid"),
        ("d", "Reed", "invalid"),
    ]


def test_a_number_is_quoted_as_the_claim_file_writes_it(tmp_path: Path, dataset: Dataset) -> None:
    """`1.50` is read as 1.5, but the reader knows how it was written: every message
    about the value quotes that, as the claim's value in the reports does."""
    text = HEAD + (
        "  - {id: a, subject: I Am Ruth, property: runtime, value: 1.50}\n"
        "  - {id: b, subject: I Am Ruth, property: runtime, value: {about: 90.50, within: 5.0}}\n"
        "  - {id: c, subject: Mia Threapleton, property: age, value: 22.50}\n"
        "  - {id: d, subject: I Am Ruth, property: rotten_tomatoes_score, value: 150.50}\n"
        "  - {id: e, subject: I Am Ruth, property: runtime, value: {from: 90.50, to: 1.50}}\n"
        "  - {id: f, subject: I Am Ruth, property: dialogue_improvised, value: 1.0}\n"
        "  - {id: g, subject: I Am Ruth, property: network, value: 4.0}\n"
        "  - {id: h, subject: I Am Ruth, property: first_broadcast, value: 2022.50}\n"
        "  - {id: i, subject: Kate Winslet, property: said, value: 1.50}\n"
        # A date's numbers too, at the ends of its interval or of a qualifier's.
        "  - {id: j, subject: Kate Winslet, property: award_received,"
        " value: Best Leading Actress, qualifiers: {year: {from: 2023.50}}}\n"
        "  - {id: k, subject: Mia Threapleton, property: birth_date,"
        " value: {from: 2000-01-01, to: 90.0}}\n"
        "  - {id: l, subject: I Am Ruth, property: first_broadcast,"
        " value: {from: 2023.0, to: 2022.0}}\n"
    )
    guardian = "about 90 minutes (The Guardian's review of I Am Ruth, 2022-12-08)"
    fits = "value does not fit property"
    assert _outcome(tmp_path, "a.yaml", text, dataset) == [
        (
            "D201",
            "3:59",
            "claims I Am Ruth runtime 1.50 minutes as of 2022-12-07; the dataset gives "
            f"{guardian}, which the claim rules out, though 1.50 hours is 90 minutes: a bare "
            "number is read in minutes, the property's unit; write '1.50 hours' if the source "
            "meant that; correct the claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            "X303",
            "3:59",
            "s contradicts itself on I Am Ruth runtime: a says 1.50 minutes; b says about "
            "90.50 ± 5.0 minutes; at most one of them can be right; check the source; s/a's "
            "1.50 minutes is read in minutes, the property's unit, though 1.50 hours is 90 "
            "minutes, as s/b gives: write '1.50 hours' if the source meant that",
        ),
        (
            "D204",
            "4:59",
            "claims I Am Ruth runtime about 90.50 ± 5.0 minutes as of 2022-12-07; the dataset "
            f"gives {guardian}: the claim (85.5..95.5 minutes) and the dataset (85..95 minutes) "
            "only overlap, so the dataset neither confirms nor refutes it; check what the source "
            "meant",
        ),
        (
            "E106",
            "5:61",
            f"{fits} 'age' (integer in years): expected a whole number, not 22.50; write a "
            "whole number, such as 22 or 23",
        ),
        (
            "E106",
            "6:73",
            f"{fits} 'rotten_tomatoes_score' (percent): 150.50 is not from 0 to 100, the range "
            "of a percentage; correct the value",
        ),
        (
            "E106",
            "7:59",
            f"{fits} 'runtime' (duration in minutes): the interval 90.50..1.50 ends before it "
            "starts; swap from and to",
        ),
        (
            "E106",
            "8:71",
            f"{fits} 'dialogue_improvised' (boolean): expected true or false, not the number "
            "1.0; write true",
        ),
        (
            "E106",
            "9:59",
            f"{fits} 'network' (an entity): expected the name of an entity, not the number 4.0; "
            "put the name in quotes",
        ),
        (
            "E106",
            "10:67",
            f"{fits} 'first_broadcast' (date): expected a date such as 2022-12-08, not the "
            "number 2022.50; write the date as text, such as 2022-12-08",
        ),
        (
            "E106",
            "11:59",
            f"{fits} 'said' (quote): expected the words said, as text, not 1.50; put them in "
            "quotes",
        ),
        (
            "E106",
            "12:110",
            "qualifier 'year' takes a date: expected a date such as 2022-12-08, not the number "
            "2023.50; write the date as text, such as 2022-12-08",
        ),
        (
            "E106",
            "13:91",
            f"{fits} 'birth_date' (date): to: 90.0 is read as the year 90, before the "
            "interval's start (2000-01-01); write to: as a date, as from: is",
        ),
        (
            "E106",
            "14:67",
            f"{fits} 'first_broadcast' (date): the interval 2023.0..2022.0 ends before it "
            "starts; swap from and to",
        ),
        ("a", "1.50 minutes", "refuted"),
        ("b", "about 90.50 ± 5.0 minutes", "undetermined"),
        ("c", "22.50", "invalid"),
        ("d", "150.50", "invalid"),
        ("e", "90.50..1.50", "invalid"),
        ("f", "1.0", "invalid"),
        ("g", "4.0", "invalid"),
        ("h", "2022.50", "invalid"),
        ("i", "1.50", "invalid"),
        ("j", "Best Leading Actress", "invalid"),
        ("k", "2000-01-01..90.0", "invalid"),
        ("l", "2023.0..2022.0", "invalid"),
    ]


def test_the_reports_show_an_invalid_value_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid claim's value in the reports is what the claim file wrote, as its E106
    quotes it: `0x16`, not the 22 YAML reads it as."""
    from validator.cli.main import main

    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        HEAD
        + "  - {id: age, subject: Mia Threapleton, property: age, value: 0x16}\n"
        + "  - {id: runs, subject: I Am Ruth, property: runtime, value: {about: 1e20}}\n"
        + "  - {id: born, subject: Mia Threapleton, property: birth_date,"
        + " value: {from: 2000-01-01, to: 0x10}}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert main(["claims", "--dataset", str(ROOT / "dataset"), "--reports", "out", "-q"]) == 1
    report = json.loads((tmp_path / "out" / "consistency.json").read_text(encoding="utf-8"))

    def claim(name: str, line: int, subject: str, prop: str, value: str) -> dict[str, object]:
        return {
            "id": f"s/{name}",
            "source": "s",
            "file": "claims/a.yaml",
            "line": line,
            "column": 5,
            "subject": subject,
            "subject_id": "i-am-ruth" if subject == "I Am Ruth" else "mia-threapleton",
            "property": prop,
            "value": value,
            "qualifiers": {},
            "as_of": None,
            "excerpt": None,
            "verdict": "invalid",
        }

    assert report["claims"] == [
        claim("age", 3, "Mia Threapleton", "age", "0x16"),
        claim("runs", 4, "I Am Ruth", "runtime", "about 1e20"),
        claim("born", 5, "Mia Threapleton", "birth_date", "2000-01-01..0x10"),
    ]
    page = (tmp_path / "out" / "consistency.html").read_text(encoding="utf-8")
    cells = re.findall(r'<span class="v v-invalid" id=[^>]*>.*?</span>', page)
    assert cells == [
        '<span class="v v-invalid" id="claim-s/runs" title="invalid: s/runs at claims/a.yaml:4:5">'
        "about 1e20<small>invalid</small></span>",
        '<span class="v v-invalid" id="claim-s/age" title="invalid: s/age at claims/a.yaml:3:5">'
        "0x16<small>invalid</small></span>",
        '<span class="v v-invalid" id="claim-s/born" title="invalid: s/born at claims/a.yaml:5:5">'
        "2000-01-01..0x10<small>invalid</small></span>",
    ]


def test_a_bare_number_is_shown_with_its_property_s_unit_as_the_dataset_s_value_is(
    tmp_path: Path, dataset: Dataset
) -> None:
    """ "about 45" against "about 90 minutes" read as different kinds of number: a claim's
    bare number, interval or approximation is shown in its property's unit, and a
    percentage with its sign; a value written with a unit of its own as written, and a
    derived value (an age), held against one shown bare, bare."""
    (tmp_path / "units.yaml").write_text(
        "source: {id: units, outlet: Wire, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: bare, subject: I Am Ruth, property: runtime, value: 47}\n"
        "  - {id: about, subject: I Am Ruth, property: runtime, value: {about: 45}}\n"
        "  - {id: own, subject: I Am Ruth, property: runtime, value: 47 min}\n"
        "  - {id: rt, subject: I Am Ruth, property: rotten_tomatoes_score, value: 52}\n"
        "  - {id: age, subject: Kate Winslet, property: age, value: 2}\n",
        encoding="utf-8",
    )
    guardian = "about 90 minutes (The Guardian's review of I Am Ruth, 2022-12-08)"
    refuted = (
        f"the dataset gives {guardian}, which the claim rules out; correct the claim, or "
        "acknowledge it with the fact-check's conclusion"
    )
    assert _messages(tmp_path, dataset) == [
        f"3:62: D201 claims I Am Ruth runtime 47 minutes as of 2022-12-07; {refuted}",
        f"4:63: D201 claims I Am Ruth runtime about 45 minutes as of 2022-12-07; {refuted}",
        f"5:61: D201 claims I Am Ruth runtime 47 min as of 2022-12-07; {refuted}",
        "6:74: D203 claims I Am Ruth rotten_tomatoes_score 52% as of 2022-12-07; the dataset "
        "has no rotten_tomatoes_score for I Am Ruth to check it against; add a referenced "
        "fact to the dataset if one can be found",
        "7:60: D201 claims Kate Winslet age 2 as of 2022-12-07; the dataset gives birth_date "
        "1975-10-05 (Published biographies of Kate Winslet and her family), so Kate Winslet "
        "was 47 throughout; correct the claim, or acknowledge it with the fact-check's conclusion",
    ]
