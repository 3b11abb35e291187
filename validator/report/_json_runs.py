"""The JSON report's claims and findings a file at a time, each file's text kept from one
run to the next (see validator.report.json_report).

Re-run with one file changed, nearly every other file's claims and findings are what they
were, and so is their text: rendering it again was most of the JSON report's time. Each
run of consecutive records of one file (its claims; the findings that begin in it) is
named by a digest of every field of its records the report writes, and its text, as
UTF-8, asked of a `Kept` store by that name before it is written afresh (and handed to
the store). The text of a record is a function of its fields alone (no record's text
depends on its place or on another record), so a run of equal records has equal text
wherever it stands. The fields go in as plain values through `marshal` format 2, which writes equal
values alike whether or not they are the same object; a run with a field marshal does
not take is written afresh and not kept.

Naming a run costs about a third of writing it (every field is read either way); what a
re-run saves is the rest, the template, escaping and encoding of each record.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Any, Protocol, TypeVar

from validator.model.findings import Finding, Location, Side
from validator.model.result import ClaimRecord

__all__ = [
    "CLAIM_FIELDS",
    "SEPARATOR",
    "UNWRITTEN",
    "Kept",
    "RunNames",
    "claims_name",
    "finding_file",
    "kept_runs",
]

T = TypeVar("T")

# Between two records of a list, and so between two runs of them.
SEPARATOR = ",\n    "

# A location as plain values: every field of one (tests/report/test_json_runs.py holds
# the findings' names to every field their text writes).
_PLACE = attrgetter("file", "line", "column")
# The fields of a claim record the report does not write: its id within its file (the
# full id is written), the reasoning behind its verdict (megabytes for 100,000 claims)
# and its inverse property turned around. A run is named by all the others, so that a
# field added to records is named until it is left out here.
UNWRITTEN = frozenset({"claim_id", "explanation", "forward"})
CLAIM_FIELDS = tuple(f for f in ClaimRecord._fields if f not in UNWRITTEN and f != "verdict")
# A claim record's verdict (a str enum, named by its text), and its other fields.
_VERDICT = itemgetter(ClaimRecord._fields.index("verdict"))
_WRITTEN = itemgetter(*map(ClaimRecord._fields.index, CLAIM_FIELDS))


class Kept(Protocol):
    """Where the text of each run is kept between runs, by its name (the command: signed
    entries of the cache folder). `done` is called once the report has asked for every
    run, so that what it was handed is written before the process goes."""

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, text: bytes) -> None: ...

    def done(self) -> None: ...


def _digest(kind: bytes, fields: list[Any]) -> str | None:
    try:
        dumped = marshal.dumps(fields, 2)
    except ValueError:  # a value of a type marshal does not write: not named
        return None
    return hashlib.blake2b(kind + dumped, digest_size=20).hexdigest()


def claims_name(run: Sequence[ClaimRecord]) -> str | None:
    """The name of a run of claim records: a digest of each one's verdict, as its text,
    and its other fields the report writes (`CLAIM_FIELDS`), read in C."""
    verdicts = "\0".join(map(str, map(_VERDICT, run)))
    return _digest(b"claims\0", [verdicts, *map(_WRITTEN, run)])


class RunNames:
    """Names runs of findings. A side is named once (a finding's side may list thousands
    of claims, and one side stands beside many findings), by identity, held with its
    name so that its id stays its own while the report is written."""

    def __init__(self) -> None:
        self.sides: dict[int, tuple[Side, bytes]] = {}

    def side(self, side: Side) -> bytes:
        found = self.sides.get(id(side))
        if found is None:
            fields = (
                side.values,
                side.sources,
                side.claims,
                tuple(map(_PLACE, side.locations)),
                side.count,
            )
            digest = hashlib.blake2b(marshal.dumps(fields, 2), digest_size=20).digest()
            found = self.sides[id(side)] = (side, digest)
        return found[1]

    def findings(self, run: Sequence[Finding]) -> str | None:
        """The name of a run of findings: a digest of every field of each."""
        try:
            fields: list[Any] = [
                (
                    f.code,
                    str(f.severity),
                    f.message,
                    f.claims,
                    tuple(map(_PLACE, f.locations)),
                    f.key,
                    f.details,
                    tuple(map(self.side, f.sides)),
                    f.acknowledged,
                    f.acknowledgement,
                    f.fingerprint,
                )
                for f in run
            ]
        except ValueError:  # a side marshal does not take
            return None
        return _digest(b"findings\0", fields)


def finding_file(finding: Finding) -> str:
    """The file a finding begins in (its first location's), "" for none."""
    locations: tuple[Location, ...] = finding.locations
    return locations[0].file if locations else ""


def kept_runs(
    items: Iterable[T],
    file: Callable[[T], str],
    name: Callable[[Sequence[T]], str | None],
    text: Callable[[T], str],
    kept: Kept,
) -> Iterator[bytes]:
    """The text of each run of consecutive `items` of one `file`, its records joined as
    the report's list joins them, as UTF-8: taken from `kept` by the run's `name`, or
    written by `text` and handed to `kept`."""
    for _, grouped in groupby(items, file):
        run = list(grouped)
        named = name(run)
        found = None if named is None else kept.get(named)
        if found is None:
            found = SEPARATOR.join(map(text, run)).encode("utf-8")
            if named is not None:
                kept.put(named, found)
        yield found
