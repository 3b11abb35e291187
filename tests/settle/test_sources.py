"""The scorecard's rows: one a file, under an id no other row has."""

from __future__ import annotations

from dataclasses import replace

from validator.model.result import SourceRecord
from validator.settle.sources import source_rows


def _usable(source_id: str, file: str) -> SourceRecord:
    return SourceRecord(source_id, file, 2, "Example", "A title", "2023-01-01")


def _broken(source_id: str, file: str) -> SourceRecord:
    return SourceRecord(source_id, file, 2, "", "", "", usable=False)


def test_usable_sources_keep_their_rows_as_they_are() -> None:
    a, b = _usable("a-src", "claims/a.yaml"), _usable("b-src", "claims/b.yaml")
    rows, renamed = source_rows([(a, False), (b, False)])
    assert rows == (a, b)
    assert rows[0] is a and rows[1] is b
    assert renamed == {}


def test_a_broken_source_has_its_row_under_the_id_it_wrote() -> None:
    a, bad = _usable("a-src", "claims/a.yaml"), _broken("B bad", "claims/b.yaml")
    rows, renamed = source_rows([(a, False), (bad, False)])
    assert rows == (a, bad)
    assert renamed == {}


def test_a_source_whose_id_an_earlier_file_has_gets_a_row_of_its_own() -> None:
    """E103: the later file's row takes its file after the id, and is not usable."""
    a, again = _usable("a-src", "claims/a.yaml"), _usable("a-src", "claims/c.yaml")
    rows, renamed = source_rows([(a, False), (again, True)])
    assert rows == (a, replace(again, id="a-src@claims/c.yaml", usable=False))
    assert renamed == {"claims/c.yaml": "a-src@claims/c.yaml"}


def test_a_usable_source_keeps_its_id_whichever_file_comes_first() -> None:
    """A broken file without an id goes by its file's name, which a usable source may
    have as its id: the usable source keeps it, even after the broken file."""
    broken, usable = _broken("b", "claims/x/b.yaml"), _usable("b", "claims/b.yaml")
    rows, renamed = source_rows([(broken, False), (usable, False)])
    assert rows == (replace(broken, id="b@claims/x/b.yaml"), usable)
    assert renamed == {"claims/x/b.yaml": "b@claims/x/b.yaml"}


def test_broken_files_of_one_id_are_not_one_row() -> None:
    first, second = _broken("b", "claims/x/b.yaml"), _broken("b", "claims/y/b.yaml")
    rows, renamed = source_rows([(first, False), (second, False)])
    assert [row.id for row in rows] == ["b", "b@claims/y/b.yaml"]
    assert renamed == {"claims/y/b.yaml": "b@claims/y/b.yaml"}


def test_an_id_written_like_a_row_made_unique_is_made_unique_again() -> None:
    """A written id is any text: one may be what another row's id would become."""
    taken = _broken("b@claims/y.yaml", "claims/x.yaml")
    first, second = _broken("b", "claims/w.yaml"), _broken("b", "claims/y.yaml")
    rows, renamed = source_rows([(taken, False), (first, False), (second, False)])
    assert [row.id for row in rows] == ["b@claims/y.yaml", "b", "b@claims/y.yaml@claims/y.yaml"]
    assert renamed == {"claims/y.yaml": "b@claims/y.yaml@claims/y.yaml"}
    assert len({row.id for row in rows}) == 3
