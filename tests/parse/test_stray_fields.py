"""A field the source does not have is a stray; its own fields, kept."""

from __future__ import annotations

from validator.parse.located import Located
from validator.parse.stray_fields import SOURCE_FIELDS, known_fields, stray_source_field


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
