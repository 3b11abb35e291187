"""Stage 2: what the claim-file schema lets through but cannot be used (E102).

A pattern checks a date's form, not the calendar: `2022-02-30` passes it, and so does an
interval that ends before it starts. Such a value in an acknowledgement's `until` makes
that claim invalid; in the source's `published`, which dates every claim, the file's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from validator.model.findings import Finding, Location, make_finding
from validator.model.property_types.base import ValueProblem
from validator.model.property_types.dates import date_span
from validator.model.property_types.registry import parse_value
from validator.model.reasons import unusable_reason
from validator.model.typography import plain_length
from validator.read.files import LoadedFile
from validator.read.positions import JsonPath, format_path

from .claim_texts import limits
from .models import Claim
from .written_as import other_base_at

__all__ = ["long_written_out", "unreal_published", "unusable_acknowledgement"]


def unusable_acknowledgement(
    loaded: LoadedFile, index: int, claim: Claim, full_id: str
) -> Finding | None:
    """E102 for an acknowledgement the schema lets through but that cannot be used: an
    `until` the calendar has not (`2022-02-30`; applying it stopped the whole run with
    an internal error), or a reason that says nothing (`unusable_reason`: a reason is
    required, and a blank one or "..." passed the schema's minimum length, and as a
    reason acknowledged the finding unreviewed)."""
    for number, ack in enumerate(claim.acknowledge):
        problem = field = ""
        unusable = unusable_reason(ack.reason)
        if unusable is not None:
            problem, field = f"reason {unusable}; say why the finding is accepted", "reason"
        elif ack.until is not None:
            try:
                date.fromisoformat(ack.until)
            except ValueError:
                field = "until"
                problem = f"until {_not_real(ack.until)}; write the day the acknowledgement expires"
        if problem:
            where = ("claims", index, "acknowledge", number, field)
            return make_finding(
                "E102",
                f"{format_path(where[:-1])}.{problem}",
                claims=(full_id,),
                locations=(Location(loaded.path, *loaded.positions.of(where)),),
                key=f"acknowledge:{index}:{number}:{field}",
            )
    return None


def long_written_out(loaded: LoadedFile, index: int, excerpt: str, full_id: str) -> Finding | None:
    """E102 for an excerpt within the schema's length that is longer than it once its
    compatibility characters are written out (NFKC), as excerpts are compared: U+FDFA
    is 18 characters there, and 300 excerpts of 2,000 of them took 11 s to check."""
    limit, spelt = limits()["excerpt"], plain_length(excerpt)
    if spelt <= limit:
        return None
    where = ("claims", index, "excerpt")
    return make_finding(
        "E102",
        f"{format_path(where)} is {spelt:,} characters once its compatibility characters "
        "(ligatures and the like) are written out as the letters they stand for, as "
        f"excerpts are compared; an excerpt holds at most {limit:,}; shorten it",
        claims=(full_id,),
        locations=(Location(loaded.path, *loaded.positions.of(where)),),
        key=f"excerpt:{index}",
    )


def unreal_published(loaded: LoadedFile, published: Any) -> Finding | None:
    """E102 for a publication date the schema lets through but the calendar has not
    (`2022-02-30`), or an interval that ends before it starts. Each claim, dated by it,
    was given an E106 for an `as_of` it never wrote, and a file with no valid claim had
    no finding at all. A year written in another base than ten (`0x7E6`) is as
    unusable: it dated every claim, as the year read, with nothing to say so."""
    based = other_base_at(loaded.positions, ("source", "published"), published)
    if based is not None:
        where: JsonPath = ("source", "published", *based[0])
        return make_finding(
            "E102",
            f"source.published: {based[1]}",
            locations=(Location(loaded.path, *loaded.positions.of(where)),),
            key="source.published",
        )
    try:
        parse_value(published, "date")
    except ValueProblem as problem:
        where = ("source", "published")
        return make_finding(
            "E102",
            f"source.published: {problem.message}; write when the source was published",
            locations=(Location(loaded.path, *loaded.positions.of(where)),),
            key="source.published",
        )
    return None


def _not_real(day: str) -> str:
    """Why `day`, of the schema's form, is no day of the calendar, in the words a value's
    date gets ("'2027-02-30' is not a real date: February 2027 has days 1 to 28")."""
    try:
        date_span(day)
    except ValueProblem as problem:
        return problem.message
    return f"'{day}' is not a real date"  # pragma: no cover - the parser refuses it too
