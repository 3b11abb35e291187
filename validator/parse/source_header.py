"""Stage 2: the source a claim file's header describes, and how far its problems reach.

Most problems in the header make the source unusable, and every claim of the file with
it. Some do not. A field the source does not have (`colour:`) changes nothing the claims
are checked with (`stray_fields`), nor does a web address or an author of the wrong form,
which is left out (`unread_field`). A publication date that cannot be used (a time zone,
seconds, a day the calendar has not), or none written, leaves the source undated: its
E102 says what to write, and only the claims that take their date from it and whose
verdict the date can change are kept from being checked
(`validator.resolve.unknown_dates`). Each claim was invalid, whatever it said, though
"the network is Channel 4" holds at any date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from pydantic import ValidationError

from validator.model.findings import Finding, Location, make_finding
from validator.read.files import LoadedFile
from validator.read.positions import JsonPath, format_path, path_key

from .located import Located
from .models import Source
from .stray_fields import known_fields, stray_file_field, stray_source_field
from .unusable import unreal_published

__all__ = [
    "Header",
    "dating_problem",
    "harmless_in_source",
    "header_keys",
    "model_disagreement",
    "read_source",
    "undated_by",
    "unread_field",
]

# A date the model takes, standing in for one the header has but cannot use while the
# other fields are checked; the source keeps the date as written.
_STAND_IN = "2000"


class Header(NamedTuple):
    """The file's source (None when it cannot be used), and whether it is undated."""

    source: Source | None
    undated: bool


# A problem whose field is this says the source has no `published` at all.
_PUBLISHED: tuple[JsonPath, str] = (("source",), "published")
# The key of the E102 for a date the calendar has not (`unusable.unreal_published`).
_DATE_KEY = "source.published"
# The optional fields of a source that reports show and no check reads.
_UNREAD = frozenset(("url", "author"))


def dating_problem(problem: Located) -> bool:
    """Whether `problem` is about the source's publication date, or inside it, or says
    the source has none: not written, or misspelt (`publihsed:`). A missing date leaves
    the source undated as one that cannot be used does: every claim of a file without
    one was invalid, though `published: null` had those no date decides checked. (An
    unused anchor on it leaves the date as read, which is judged as any other.)"""
    if problem.as_read:
        return False
    return problem.path[:2] == ("source", "published") or problem.field == _PUBLISHED


def undated_by(located: Iterable[Located]) -> str:
    """The key of the finding that says why an undated source has no date it can use:
    the first problem in `located` about it, else the calendar's (`unreal_published`).
    That finding names the claims the date would decide."""
    return next((problem.key for problem in located if dating_problem(problem)), _DATE_KEY)


def header_keys(located: Iterable[Located], undated: bool, unsourced: bool) -> tuple[str, str]:
    """The keys of the findings that say why a source is `undated` (`undated_by`) and
    why one cannot be used (`unsourced`): the first problem in `located` outside the
    claims that leaves it unusable (a source id of the wrong form), which names the
    claims it keeps from being checked (they were invalid with nothing to say so); ""
    for each where it is not."""
    unusable = (p.key for p in located if p.path[:1] != ("claims",) and not harmless_in_source(p))
    return undated_by(located) if undated else "", next(unusable, "") if unsourced else ""


def unread_field(problem: Located) -> bool:
    """Whether `problem` is in a field of the source that no check reads and that may be
    left out (`_UNREAD`): a web address without its scheme (`www.example.com/...`), an
    author given as a list. The field is left out, its E102 said; the claims are checked.
    Each made every claim of the file invalid."""
    path = problem.path
    return len(path) >= 2 and path[0] == "source" and path[1] in _UNREAD


def harmless_in_source(problem: Located) -> bool:
    """Whether `problem`, outside the claims, leaves the source usable: a stray field
    of the source or of the file,
    a publication date that cannot be used or is missing, which leaves the source
    undated, a problem that leaves its text as read (an unused anchor), or one in a
    field no check reads, which is left out (`unread_field`)."""
    return (
        problem.as_read
        or stray_source_field(problem)
        or stray_file_field(problem)
        or dating_problem(problem)
        or unread_field(problem)
    )


def read_source(
    loaded: LoadedFile,
    written: dict[str, Any],
    undated: bool,
    findings: list[Finding],
    unread: frozenset[str] = frozenset(),
) -> Header:
    """The source of the header `written`, whose fields the schema accepts (but for its
    date when `undated`, and those in `unread`, left out: `unread_field`); the findings
    of what it cannot use are added to `findings`."""
    known = known_fields(written)
    kept = {key: value for key, value in known.items() if key not in unread}
    try:
        source = Source.model_validate({**kept, "published": _STAND_IN} if undated else kept)
    except ValidationError as error:
        if len(known) == len(written):  # the schema and the models disagree: say so
            findings.append(model_disagreement(loaded, ("source",), error, ()))
        # Else a required field is missing, misspelt as one of the stray ones
        # (`publihsed:`), whose E102 says so and names the field meant.
        return Header(None, False)
    if not undated:
        unreal = unreal_published(loaded, written["published"])
        if unreal is None:
            return Header(source, False)
        findings.append(unreal)
    return Header(source.model_copy(update={"published": written.get("published")}), True)


def model_disagreement(
    loaded: LoadedFile, path: JsonPath, error: ValidationError, claims: tuple[str, ...]
) -> Finding:
    """E102 where the models refuse what the schema accepted: a mistake of factlint's
    own, reported rather than raised."""
    first = error.errors()[0]
    where = (*path, *first["loc"])
    line, column = loaded.positions.of(tuple(p for p in where if isinstance(p, str | int)))
    return make_finding(
        "E102",
        f"{format_path(path)}: {first['msg']}",
        claims=claims,
        locations=(Location(loaded.path, line, column),),
        key=f"model:{path_key(path)}",
    )
