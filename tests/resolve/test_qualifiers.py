"""A claim's qualifiers: a finding for each that does not resolve, up to a bound, then
one for those left unchecked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.pipeline import Options, run
from validator.resolve.qualifiers import MAX_PROBLEMS

ROOT = Path(__file__).resolve().parents[2]


def _findings(tmp_path: Path, count: int) -> list[tuple[str, str, str]]:
    return _written(tmp_path, ", ".join(f"x{n:02}: a" for n in range(count)))


def _written(tmp_path: Path, qualifiers: str) -> list[tuple[str, str, str]]:
    """(code, file:line:column, message) of each finding for a claim of `cast_member`
    with the qualifier `character: Ruth` and `qualifiers`."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: s, outlet: O, title: T, published: 2022-12-07}\nclaims:\n"
        "  - {id: c, subject: I Am Ruth, property: cast_member, value: Kate Winslet,\n"
        f"     qualifiers: {{character: Ruth, {qualifiers}}}}}\n",
        encoding="utf-8",
    )
    result = run(
        [str(tmp_path / "a.yaml")],
        load_dataset(str(ROOT / "dataset")),
        Options(today=date(2026, 11, 21)),
    )
    assert [c.verdict.value for c in result.claims] == ["invalid"]
    return [(f.code, str(f.locations[0]).rsplit("/", 1)[1], f.message) for f in result.findings]


def _undefined(name: str) -> str:
    return (
        f"qualifier '{name}' is not defined for property 'cast_member' (defined: character); "
        "write one of those, or leave it out"
    )


@pytest.mark.parametrize("count", [1, MAX_PROBLEMS])
def test_each_qualifier_that_does_not_fit_is_a_finding(tmp_path: Path, count: int) -> None:
    found = _findings(tmp_path, count)
    assert [message for _, _, message in found] == [_undefined(f"x{n:02}") for n in range(count)]
    # At the name, which is what does not fit, not at its value.
    assert found[0][:2] == ("E106", "a.yaml:4:36")


@pytest.mark.parametrize(
    ("count", "unchecked", "column"),
    [(MAX_PROBLEMS + 1, "1 more qualifier", 121), (1000, "990 more qualifiers", 121)],
)
def test_past_the_bound_one_finding_says_how_many_were_not_checked(
    tmp_path: Path, count: int, unchecked: str, column: int
) -> None:
    """A claim of a thousand made-up qualifiers has eleven findings, not a thousand: the
    last at the first qualifier left unchecked."""
    found = _findings(tmp_path, count)
    assert found[:MAX_PROBLEMS] == [
        ("E106", f"a.yaml:4:{36 + 8 * n}", _undefined(f"x{n:02}")) for n in range(MAX_PROBLEMS)
    ]
    assert found[MAX_PROBLEMS:] == [
        (
            "E106",
            f"a.yaml:4:{column}",
            f"{unchecked} not checked: 10 already do not fit; correct those first",
        )
    ]


def _file_findings(
    tmp_path: Path, name: str, text: str, dataset: Path = ROOT / "dataset"
) -> list[tuple[str, str, str]]:
    """(code, file:line:column, message) of each finding for the claim file `text`."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(
        [str(tmp_path / name)], load_dataset(str(dataset)), Options(today=date(2026, 11, 21))
    )
    return [(f.code, str(f.locations[0]).rsplit("/", 1)[1], f.message) for f in result.findings]


@pytest.mark.parametrize(
    ("name", "step"),
    [
        ("version", "leave it out"),
        # A claim's own field, indented one level too deep.
        ("note", "note is a field of the claim: write it beside value"),
    ],
)
def test_a_qualifier_of_a_property_defining_none_is_found_at_its_name(
    tmp_path: Path, name: str, step: str
) -> None:
    text = (
        '{"source": {"id": "s", "outlet": "O", "title": "T", "published": "2022-12-07"},\n'
        ' "claims": [{"id": "c", "subject": "I Am Ruth", "property": "runtime", "value": 90,\n'
        f'             "qualifiers": {{"{name}": "cut"}}}}]}}\n'
    )
    assert _file_findings(tmp_path, "a.json", text) == [
        (
            "E106",
            "a.json:3:29",
            f"qualifier '{name}' is not defined for property 'runtime' (it defines none); {step}",
        )
    ]


def test_a_claim_field_under_qualifiers_is_told_to_move_up(tmp_path: Path) -> None:
    """`as_of`, `excerpt` or `note` indented under `qualifiers` was told to write a
    qualifier or leave it out, which would lose the date or the excerpt."""
    found = _written(tmp_path, "as_of: 2023-02, excerpt: as Ruth")
    assert found == [
        (
            "E106",
            "a.yaml:4:36",
            "qualifier 'as_of' is not defined for property 'cast_member' (defined: character); "
            "as_of is a field of the claim: write it beside value",
        ),
        (
            "E106",
            "a.yaml:4:52",
            "qualifier 'excerpt' is not defined for property 'cast_member' (defined: "
            "character); excerpt is a field of the claim: write it beside value",
        ),
    ]


def test_a_long_qualifier_name_is_cut_in_the_message(tmp_path: Path) -> None:
    """The schema bounds a qualifier's name to a form, not a length: a name of three
    hundred letters is quoted by its first 39 and an ellipsis."""
    found = _written(tmp_path, f"{'q' * 300}: a")
    assert [message for _, _, message in found] == [_undefined("q" * 39 + "…")]


def test_a_qualifier_in_another_base_is_told_the_number_read(tmp_path: Path) -> None:
    """`year: 0x7E7` was checked as the year 2023 with nothing said."""
    text = (
        "source: {id: s, outlet: O, title: T, published: 2023-06-01}\nclaims:\n"
        "  - id: c\n    subject: Kate Winslet\n    property: award_received\n"
        "    value: BAFTA TV Award for Leading Actress\n    qualifiers:\n      year: 0x7E7\n"
    )
    assert _file_findings(tmp_path, "a.yaml", text) == [
        (
            "E106",
            "a.yaml:8:13",
            "qualifier 'year' takes a date: 0x7E7 is read as the hexadecimal number 2023; "
            "write numbers in decimal digits (2023, if that is the number meant)",
        )
    ]


@pytest.mark.parametrize(
    ("written", "shown", "step"),
    [
        ("!!str 9", "9", "write 9 without the tag !!str"),
        (
            "|\n        9",
            "9\n",
            "write 9 on the line of shirt:, without the |: what a | begins is always text",
        ),
        ('"9"', "9", "write 9 without quotes"),
    ],
)
def test_a_qualifier_made_text_is_told_what_made_it(
    tmp_path: Path, written: str, shown: str, step: str
) -> None:
    """A number qualifier tagged `!!str` or written as a block was told to lose quotes it
    never had."""
    text = (
        "source: {id: s, outlet: O, title: T, published: 2023-06-01}\nclaims:\n"
        "  - id: c\n    subject: Rovers\n    property: squad_member\n    value: Reed\n"
        f"    qualifiers:\n      shirt: {written}\n"
    )
    dataset = ROOT / "tests" / "second_subject" / "dataset"
    message = f"qualifier 'shirt' takes a whole number: expected a whole number, not {shown!r}; "
    assert _file_findings(tmp_path, "a.yaml", text, dataset) == [
        ("E106", "a.yaml:8:14", message + step)
    ]


def test_an_unresolved_claims_qualifiers_read_as_their_types_do(tmp_path: Path) -> None:
    """A claim whose value names no entity still shows its year as a date reads, as a
    resolved claim's does ("2022 or later", not "at least 2022"); a claim naming no
    property the dataset has, each qualifier as written."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: s, outlet: O, title: T, published: 2023-01-07}\nclaims:\n"
        "  - {id: c, subject: Kate Winslet, property: award_received, value: Nobody Award,\n"
        "     qualifiers: {year: {from: 2022}}}\n"
        "  - {id: d, subject: Kate Winslet, property: awarded, value: Nobody Award,\n"
        "     qualifiers: {year: {from: 2022}}}\n",
        encoding="utf-8",
    )
    result = run(
        [str(tmp_path / "a.yaml")],
        load_dataset(str(ROOT / "dataset")),
        Options(today=date(2026, 11, 21)),
    )
    assert [(c.claim_id, c.qualifiers, c.verdict.value) for c in result.claims] == [
        ("c", (("year", "2022 or later"),), "invalid"),
        ("d", (("year", "at least 2022"),), "invalid"),
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("character_name", "character"),  # the name lengthened
        ("charcter", "character"),  # misspelt
    ],
)
def test_a_qualifier_near_a_defined_one_is_told_which(
    tmp_path: Path, written: str, meant: str
) -> None:
    found = _written(tmp_path, f"{written}: Ruth")
    assert [message for _, _, message in found] == [
        f"qualifier '{written}' is not defined for property 'cast_member' (defined: "
        f"character); did you mean '{meant}'?"
    ]


def test_a_qualifier_shortened_is_told_the_one_it_shortens() -> None:
    # `for:` where `for_work` is defined was told to "write one of those": which one?
    from validator.resolve.qualifiers import _meant

    assert _meant("for", ["for_work", "year"]) == "for_work"
    assert _meant("work", ["for_work", "year"]) == "for_work"  # a word of it
    assert _meant("FOR-WORK", ["for_work", "year"]) == "for_work"
    assert _meant("colour", ["for_work", "year"]) is None
    assert _meant("x", []) is None
