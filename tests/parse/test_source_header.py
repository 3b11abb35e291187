"""The source a header describes: usable, undated (its date cannot be used) or not usable."""

from __future__ import annotations

from typing import Any

import pytest

from validator.model.findings import Finding
from validator.parse.claim_file import check_claim_file
from validator.parse.located import Located
from validator.parse.source_header import (
    Header,
    dating_problem,
    harmless_in_source,
    read_source,
)
from validator.read.files import Limits, LoadedFile, parse_text


def _e(code: str, *path: str | int) -> Located:
    return Located(code, path, 5, 3, "m", "k")


def test_a_problem_in_the_date_or_a_stray_field_leaves_the_source_usable() -> None:
    assert dating_problem(_e("E102", "source", "published"))
    assert dating_problem(_e("E101", "source", "published", "from"))
    assert not dating_problem(_e("E102", "source"))  # the date missing: no date to read
    assert not dating_problem(_e("E102", "source", "title"))
    assert not dating_problem(_e("E102", "claims", 0, "as_of"))
    assert harmless_in_source(_e("E102", "source", "published", "to"))
    assert harmless_in_source(_e("E102", "source", "colour"))
    assert not harmless_in_source(_e("E102", "source", "title"))


def _loaded(published: str) -> LoadedFile:
    text = (
        f"source: {{id: s, outlet: O, title: T, published: {published}}}\n"
        "claims:\n  - {id: a, subject: S, property: p, value: 1}\n"
    )
    found = parse_text(text, "s.yaml", Limits())
    assert isinstance(found, LoadedFile)
    return found


def _read(published: str, undated: bool = False) -> tuple[Header, list[Finding]]:
    loaded = _loaded(published)
    findings: list[Finding] = []
    return read_source(loaded, loaded.data["source"], undated, findings), findings


def test_a_usable_date_dates_the_source() -> None:
    header, findings = _read("2022-12-08T21:00")
    assert header.source is not None and not header.undated
    assert header.source.published == "2022-12-08T21:00"
    assert findings == []


@pytest.mark.parametrize("published", ["2022-12-08T10:00:00Z", "'{from: 2022}'"])
def test_a_date_the_schema_refused_leaves_the_source_undated_with_its_date_as_written(
    published: str,
) -> None:
    header, findings = _read(published, undated=True)
    assert header.source is not None and header.undated
    assert header.source.published == _loaded(published).data["source"]["published"]
    assert (header.source.id, header.source.outlet, header.source.title) == ("s", "O", "T")
    assert findings == []  # the schema's E102 is the date's finding


def test_a_date_the_calendar_has_not_leaves_the_source_undated_with_its_e102() -> None:
    header, findings = _read("2022-02-30")
    assert header.source is not None and header.undated
    assert [(f.code, f.claims, str(f.location)) for f in findings] == [("E102", (), "s.yaml:1:49")]


@pytest.mark.parametrize(
    ("published", "undated", "invalid"),
    [
        ("2022-12-08", False, False),
        ("2022-12-08T10:00+01:00", True, False),
        ("2022-12-08 10:00", True, False),
        ("{from: 2022-12-08T10:00:00}", True, False),
        ("2022-13-01", True, False),
        ("[2022]", True, False),
    ],
)
def test_a_file_whose_date_alone_is_wrong_keeps_its_source_and_claims(
    published: str, undated: bool, invalid: bool
) -> None:
    parsed, findings = check_claim_file(_loaded(published))
    assert parsed.undated is undated
    assert (parsed.source is None) is invalid
    assert [entry.model is not None for entry in parsed.claims] == [True]
    dated: list[Any] = [f.code for f in findings]
    assert dated == (["E102"] if undated else [])


def test_a_file_with_another_error_in_its_source_is_not_usable() -> None:
    found = parse_text(
        "source: {id: s, outlet: O, title: '', published: 2022-12-08T10:00Z}\n"
        "claims:\n  - {id: a, subject: S, property: p, value: 1}\n",
        "s.yaml",
        Limits(),
    )
    assert isinstance(found, LoadedFile)
    parsed, findings = check_claim_file(found)
    assert parsed.source is None and not parsed.undated  # so no claim of it is checked
    assert sorted(f.message.split(" ")[0] for f in findings) == [
        "source.published",
        "source.title",
    ]
