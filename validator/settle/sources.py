"""The scorecard's rows: one for every claim file, in the files' order.

A file whose source could not be used (schema errors in its header, or an id an earlier
file has: E103) has every claim invalid (but for an id an earlier file has: its claims
are checked under its row's id, see validator.shadowed), yet a desk reading the
scorecard must still find it there, with its claims and its findings counted. Its row
cannot always go by the id it wrote: that may be another source's, or another broken
file's (two files without an id, named alike in two folders), and the reports key each
row by its id.
Such a row then takes "@" and its file after the id, as the record of a claim whose id
an earlier file has does; a usable source keeps its id, which E103 keeps unique.

A file that could not be read or parsed at all (E101: not YAML, not UTF-8, too large)
has its row too, under its file's name as a broken header without an id has, with no
claims and its findings counted: the desk gave it, and a scorecard without it listed
fewer sources than the files checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from validator.model.result import SourceRecord

__all__ = ["every_file", "source_rows"]


def every_file(
    files: Iterable[str], given: Mapping[str, tuple[SourceRecord, bool]]
) -> Iterator[tuple[SourceRecord, bool]]:
    """For each of `files` (paths as shown), in their order, its source and whether an
    earlier file took its id, as `given` by path; for a file `given` lacks (it could
    not be read or parsed), an unusable source named as its file is."""
    for file in files:
        found = given.get(file)
        if found is None:
            found = SourceRecord(file.rpartition("/")[2], file, 1, "", "", "", usable=False), False
        yield found


def source_rows(
    sources: Iterable[tuple[SourceRecord, bool]],
) -> tuple[tuple[SourceRecord, ...], dict[str, str]]:
    """The rows of `sources`, each given with whether an earlier file took its id
    (E103); and, by file, the id of the row each file's claims now count towards where
    it is not the id their full ids begin with (their records' `source_id`)."""
    given = [(source, source.usable and not shadowed) for source, shadowed in sources]
    taken = {source.id for source, stands in given if stands}
    rows: list[SourceRecord] = []
    renamed: dict[str, str] = {}
    for source, stands in given:
        if stands:
            rows.append(source)
            continue
        row_id = source.id
        while row_id in taken:  # a written id may itself end in another file's name
            row_id = f"{row_id}@{source.file}"
        taken.add(row_id)
        if row_id != source.id:
            renamed[source.file] = row_id
        rows.append(replace(source, id=row_id, usable=False))
    return tuple(rows), renamed
