"""A field the source does not have is a stray, and one the file does not have; the
source's own fields, kept."""

from __future__ import annotations

from pathlib import Path

from tests.one_file import ROOT, located, one_file
from validator import validate
from validator.parse.located import Located
from validator.parse.stray_fields import (
    SOURCE_FIELDS,
    known_fields,
    stray_file_field,
    stray_source_field,
)


def _e(code: str, *path: str | int) -> Located:
    return Located(code, path, 5, 3, "m", "k")


def test_only_an_e102_at_a_field_the_source_has_not_is_a_stray() -> None:
    assert {"id", "outlet", "title", "url", "author", "published", "archive"} == SOURCE_FIELDS
    assert stray_source_field(_e("E102", "source", "colour"))
    assert stray_source_field(_e("E102", "source", "publihsed"))
    assert not stray_source_field(_e("E102", "source", "published"))  # its own field
    assert not stray_source_field(_e("E101", "source", "colour"))  # read, not schema
    assert not stray_source_field(_e("E102", "source"))  # a required field missing
    assert not stray_source_field(_e("E102", "source", "published", "from"))
    assert not stray_source_field(_e("E102", "claims", "colour"))


def test_known_fields_leaves_the_strays_out() -> None:
    written = {"id": "p", "colour": "red", "title": "T", "autor": "Jo"}
    assert known_fields(written) == {"id": "p", "title": "T"}


def test_only_an_e102_at_a_field_the_file_has_not_is_a_stray_of_the_file() -> None:
    assert stray_file_field(_e("E102", "notes"))
    assert stray_file_field(_e("E102", "claim"))  # its E102 says 'claims' is missing
    assert not stray_file_field(_e("E102", "source"))
    assert not stray_file_field(_e("E102", "claims"))
    assert not stray_file_field(_e("E102", "$schema"))
    assert not stray_file_field(_e("E101", "notes"))  # read, not schema
    assert not stray_file_field(_e("E102"))  # the document: a required field missing
    assert not stray_file_field(_e("E102", "source", "colour"))
    # A stray told to be the missing source or claims is that field's one finding.
    assert not stray_file_field(_e("E102", "src")._replace(field=((), "source")))
    assert not stray_file_field(_e("E102", "claimz")._replace(field=((), "claims")))
    assert stray_file_field(_e("E102", "schema")._replace(field=((), "$schema")))


def test_a_note_of_the_desks_beside_the_source_leaves_the_claims_checked(
    tmp_path: Path,
) -> None:
    """`reviewed_by:` beside `source` and `claims`, as a desk adds a note of its own,
    made every claim of the file invalid, with no finding to say so: its E102 fails the
    run, and the claims are checked."""
    result = one_file(
        tmp_path,
        "reviewed_by: J. Smith\n"
        "source: {id: desk, outlet: The Desk, title: T, published: 2022-12-09}\n"
        "claims:\n"
        "  - {id: runtime, subject: I Am Ruth, property: runtime, value: 120}\n",
    )
    assert [found[:4] for found in located(result)] == [
        ("E102", (), 1, 1),
        ("D201", ("desk/runtime",), 4, 65),
    ]
    assert result.findings[0].message == (
        "unknown field 'reviewed_by' in the file; allowed here: $schema, claims, source"
    )
    assert [claim.verdict.value for claim in result.claims] == ["refuted"]


def test_a_misspelt_source_leaves_the_claims_unchecked_and_the_other_files_checked(
    tmp_path: Path,
) -> None:
    """`src:` (or `Source:`) where `source:` goes, with claims beside it, stopped the
    whole run in an internal error: its one E102, "did you mean 'source'?", was taken
    for a stray's, which leaves the claims checked, and there was no source to check
    them with."""
    (tmp_path / "a.yaml").write_text(
        "Source: {id: a, outlet: O, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: net, subject: I Am Ruth, property: network, value: Channel 4}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(
        '{"src": {"id": "b", "outlet": "O", "title": "T", "published": "2022-12-07"},\n'
        ' "claims": [{"id": "n", "subject": "I Am Ruth", "property": "runtime", "value": 90}]}\n',
        encoding="utf-8",
    )
    (tmp_path / "c.yaml").write_text(
        "source: {id: c, outlet: O, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: rt, subject: I Am Ruth, property: runtime, value: 120}\n",
        encoding="utf-8",
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(code, claims, line, column) for code, claims, line, column, _ in located(result)] == [
        ("E102", ("a.yaml/net",), 1, 1),
        ("E102", ("b.json/n",), 1, 2),
        ("D201", ("c/rt",), 3, 60),
    ]
    assert [f.message for f in result.findings[:2]] == [
        "unknown field 'Source' in the file; did you mean 'source'? Until then 1 claim is "
        "not checked",
        "unknown field 'src' in the file; did you mean 'source'? Until then 1 claim is not checked",
    ]
    assert [claim.verdict.value for claim in result.claims] == ["invalid", "invalid", "refuted"]
