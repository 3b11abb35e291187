"""A claim file's source for the run: where it names its id, and its scorecard row."""

from __future__ import annotations

from validator.model.findings import Location
from validator.model.result import SourceRecord
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.parse.source_rows import source_id_at, source_record
from validator.read.files import Limits, LoadedFile, parse_text


def _parsed(header: str) -> ParsedFile:
    found = parse_text(
        f"source: {header}\nclaims:\n  - {{id: a, subject: S, property: p, value: 1}}\n",
        "s.yaml",
        Limits(),
    )
    assert isinstance(found, LoadedFile)
    return check_claim_file(found)[0]


def test_an_undated_source_is_a_usable_row_with_its_date_as_written() -> None:
    parsed = _parsed("{id: s, outlet: O, title: T, published: 2022-12-08T10:00Z}")
    assert source_record(parsed) == SourceRecord("s", "s.yaml", 1, "O", "T", "2022-12-08T10:00Z")
    assert source_id_at(parsed) == Location("s.yaml", 1, 14)


def test_an_unusable_source_is_a_row_with_nothing_of_its_header() -> None:
    parsed = _parsed("{id: s, outlet: O, title: '', published: 2022-12-08}")
    assert source_record(parsed) == SourceRecord("s", "s.yaml", 1, "", "", "", usable=False)
    assert source_id_at(parsed) == Location("s.yaml", 1, 14)
    assert source_id_at(_parsed("{outlet: O}")) is None
