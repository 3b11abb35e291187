"""Stage 2's account of a claim file's source for the run: where it names its id, and
its row in the reports' scorecard, usable or not.
"""

from __future__ import annotations

from validator.model.findings import Location
from validator.model.property_types.base import describe_raw
from validator.model.result import SourceRecord

from .claim_file import ParsedFile

__all__ = ["source_id_at", "source_record"]


def source_id_at(parsed: ParsedFile) -> Location | None:
    """Where the file names its source's id, usable or not; None where it names none.
    A source unusable for another reason (a title missing) still takes its id: a later
    file with the same id would otherwise find its claims invalid, named by the first
    file's findings, with no E103 to say why."""
    data = parsed.loaded.data
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, dict) or not isinstance(source.get("id"), str):
        return None
    return Location(parsed.path, *parsed.loaded.positions.of(("source", "id")))


def source_record(parsed: ParsedFile) -> SourceRecord:
    """The file's scorecard row; for a source that cannot be used, under the id its
    claims' full ids begin with, and with nothing of a header the schema refused."""
    source = parsed.source
    if source is None:
        path, line = parsed.path, parsed.source_line
        return SourceRecord(parsed.source_id, path, line, "", "", "", usable=False)
    return SourceRecord(
        id=parsed.source_id,
        file=parsed.path,
        line=parsed.source_line,
        outlet=source.outlet,
        title=source.title,
        published=_published(parsed.loaded.data["source"]),
        author=source.author,
        url=source.url,
        url_at=parsed.loaded.positions.of(("source", "url")) if source.url else (0, 0),
    )


def _published(header: dict[str, object]) -> str:
    """The publication date as written; "" where the header has none (the scorecard's
    dash: a source without the field is no source dated `null`)."""
    return describe_raw(header["published"]) if "published" in header else ""
