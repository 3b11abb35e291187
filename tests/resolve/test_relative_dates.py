"""Dates a desk writes as its source words them ("last week", "Wednesday") and a list
where an interval is meant, in claim files as a desk writes them: each finding's code,
place and exact words, with where to count from and the form to write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from validator.dataset.load import load_dataset
from validator.pipeline import Options, run

ROOT = Path(__file__).resolve().parents[2]

FORMS = (
    "a date such as 2022-12-08 or 2022-12-08T21:00, a partial date such as 2022-12 or "
    "2022, or an interval such as {from: 2022-12-01, to: 2022-12-08}"
)
RELATIVE = "is a date relative to when the source was written; work out the date it means"


def _findings(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """(code, line:column, message) of each finding for the claim file `text`."""
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    result = run(
        [str(tmp_path / "a.yaml")],
        load_dataset(str(ROOT / "dataset")),
        Options(today=date(2026, 11, 21)),
    )
    places = [f.locations[0] for f in result.findings]
    assert {place.file.rsplit("/", 1)[-1] for place in places} <= {"a.yaml"}
    return [
        (f.code, f"{place.line}:{place.column}", f.message)
        for f, place in zip(result.findings, places, strict=True)
    ]


def _file(published: str, as_of: str) -> str:
    return (
        "source:\n  id: desk\n  outlet: Desk\n  title: A story\n"
        f"  published: {published}\n"
        "claims:\n  - id: mia-age\n    subject: Mia Threapleton\n    property: age\n"
        f"    value: 22\n    as_of: {as_of}\n"
    )


def test_a_relative_as_of_is_told_to_count_from_the_publication_date(tmp_path: Path) -> None:
    assert _findings(tmp_path, _file("2022-12-07", "last week")) == [
        (
            "E102",
            "11:12",
            f"claims[0].as_of 'last week' {RELATIVE} from the source's publication date, "
            f"2022-12-07, and write that: {FORMS}; or leave as_of out if the claim holds at "
            "the source's publication date",
        )
    ]


def test_a_relative_publication_date_is_told_the_forms_and_names_no_date(
    tmp_path: Path,
) -> None:
    assert _findings(tmp_path, _file("Wednesday", "last week")) == [
        (
            "E102",
            "5:14",
            "source.published 'Wednesday' is a date relative to when the source was "
            f"written, not its date; write the date it was published: {FORMS}",
        ),
        (
            "E102",
            "11:12",
            f"claims[0].as_of 'last week' {RELATIVE} from the source's publication date and "
            f"write that: {FORMS}; or leave as_of out if the claim holds at the source's "
            "publication date",
        ),
    ]


def test_a_publication_date_given_as_a_list_of_two_is_told_the_interval(
    tmp_path: Path,
) -> None:
    text = _file("[2022-12-01, 2022-12-08]", "2022-12-07").replace("    as_of: 2022-12-07\n", "")
    assert _findings(tmp_path, text) == [
        (
            "E102",
            "5:14",
            "source.published should be a date of any precision, or an interval of dates; "
            "got a list: write the period as an interval: {from: 2022-12-01, to: "
            "2022-12-08}; until then 1 claim whose verdict depends on the date is not checked",
        )
    ]


def test_a_date_qualifier_names_the_qualifier_and_the_form(tmp_path: Path) -> None:
    text = (
        "source: {id: desk, outlet: Desk, title: A story, published: 2022-12-07}\n"
        "claims:\n"
        "  - id: lorraine\n    subject: Kate Winslet\n    property: appeared_on\n"
        "    value: Lorraine\n    qualifiers: {date: Wednesday}\n"
        "  - id: bafta\n    subject: I Am Ruth\n    property: award_received\n"
        "    value: Best Single Drama\n    qualifiers: {year: twenty twenty-three}\n"
    )
    assert _findings(tmp_path, text) == [
        (
            "E106",
            "7:24",
            f"qualifier 'date' takes a date: 'Wednesday' {RELATIVE} from the source's "
            f"publication date, 2022-12-07, and write that: {FORMS}",
        ),
        (
            "E106",
            "12:24",
            "qualifier 'year' takes a date: 'twenty twenty-three' is not a date; write 2022, "
            "2022-12, 2022-12-08 or 2022-12-08T21:00",
        ),
    ]


def test_a_relative_date_as_a_date_propertys_value_is_told_where_to_count_from(
    tmp_path: Path,
) -> None:
    text = (
        "source: {id: desk, outlet: Desk, title: A story, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: on, subject: I Am Ruth, property: first_broadcast, value: tomorrow night}\n"
    )
    assert _findings(tmp_path, text) == [
        (
            "E106",
            "3:68",
            "value does not fit property 'first_broadcast' (date): 'tomorrow night' "
            f"{RELATIVE} from the source's publication date, 2022-12-07, and write that: "
            f"{FORMS}",
        )
    ]


def _sources(tmp_path: Path, published: dict[str, str]) -> list[tuple[str, str]]:
    """(file:line:column, message) of each finding of a run over one claim file a source
    for each of `published` (the name of its file: its `published` as written), each
    with a value and a date qualifier written relative to it."""
    for name, when in published.items():
        (tmp_path / f"{name}.yaml").write_text(
            f"source: {{id: {name}, outlet: Desk, title: A story, published: {when}}}\n"
            "claims:\n"
            "  - {id: on, subject: I Am Ruth, property: first_broadcast, value: last week}\n"
            "  - {id: lo, subject: Kate Winslet, property: appeared_on, value: Lorraine,"
            " qualifiers: {date: yesterday}}\n",
            encoding="utf-8",
        )
    result = run(
        [str(tmp_path / f"{name}.yaml") for name in published],
        load_dataset(str(ROOT / "dataset")),
        Options(today=date(2026, 11, 21)),
    )
    return [
        (str(f.locations[0]).rsplit("/", 1)[-1], f.message)
        for f in result.findings
        if f.code == "E106"
    ]


def test_sources_of_different_dates_each_name_their_own(tmp_path: Path) -> None:
    """A value or qualifier is worked out once for every source that writes it, and was
    told to count from "the source's publication date" unnamed; each claim's finding
    names its own source's date, and none where its source has none to use."""
    found = _sources(
        tmp_path,
        {"a": "2022-12-07", "b": "{from: 2022-12-01, to: 2022-12-08}", "c": "Wednesday"},
    )
    value = "value does not fit property 'first_broadcast' (date): 'last week'"
    date = "qualifier 'date' takes a date: 'yesterday'"
    unnamed = f"from the source's publication date and write that: {FORMS}"

    def named(day: str) -> str:
        return f"from the source's publication date, {day}, and write that: {FORMS}"

    interval = named("2022-12-01..2022-12-08")
    assert found == [
        ("a.yaml:3:68", f"{value} {RELATIVE} {named('2022-12-07')}"),
        ("a.yaml:4:96", f"{date} {RELATIVE} {named('2022-12-07')}"),
        ("b.yaml:3:68", f"{value} {RELATIVE} {interval}"),
        ("b.yaml:4:96", f"{date} {RELATIVE} {interval}"),
        ("c.yaml:3:68", f"{value} {RELATIVE} {unnamed}"),
        ("c.yaml:4:96", f"{date} {RELATIVE} {unnamed}"),
    ]
