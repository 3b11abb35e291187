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
from dataclasses import fields
from itertools import groupby, repeat
from operator import attrgetter, itemgetter
from typing import Any, Protocol, TypeVar, cast

from validator.model.findings import Finding, Location, Side
from validator.model.result import ClaimRecord, Result, SourceRecord

__all__ = [
    "CLAIM_FIELDS",
    "SEPARATOR",
    "UNWRITTEN",
    "Kept",
    "RunNames",
    "claims_name",
    "finding_file",
    "kept_runs",
    "names_of",
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
    run, so that what it was handed is written before the process goes. Each report
    keeps its texts in a `part` of its own: reports may be written by different
    processes at once."""

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, text: bytes) -> None: ...

    def done(self) -> None: ...

    def part(self, report: str) -> Kept: ...


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

    def fields(self, f: Finding) -> tuple[Any, ...]:
        """Every field of a finding, as plain values (ValueError: a side marshal does
        not take)."""
        return (
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

    def findings(self, run: Sequence[Finding]) -> str | None:
        """The name of a run of findings: a digest of every field of each."""
        try:
            fields: list[Any] = list(map(self.fields, run))
        except ValueError:  # a side marshal does not take
            return None
        return _digest(b"findings\0", fields)


_RECORD = itemgetter(
    *(n for n, f in enumerate(ClaimRecord._fields) if f not in ("verdict", "explanation"))
)
_FULL_ID = attrgetter("full_id")
_FILE = attrgetter("file")
_SOURCE = attrgetter(*(f.name for f in fields(SourceRecord)))


def _named(value: Any) -> bytes:
    return hashlib.blake2b(marshal.dumps(value, 2), digest_size=20).digest()


class _Claims(dict[str, bytes | None]):
    """Full id -> the digest of its file's records (`Names`), None where marshal does
    not take one of them; for a claim with no record, a digest of nothing (its cells
    are then worked out from its id and the sources, which `Names.base` holds)."""

    def __missing__(self, full_id: str) -> bytes | None:
        return b"-"


class Names:
    """What the names of a run's texts are made of, worked out once per run (see
    `names_of`) for every report that keeps texts: the digest of each claim file's
    records (every field but the explanation, which no report writes), each finding's
    digest (kept with the finding: no other object is given its id while it lives),
    and `base`, a digest of every source and of the dataset's
    name of every entity the claims are about."""

    def __init__(self, result: Result) -> None:
        labels = result.dataset.labels if result.dataset is not None else {}
        self.base = _named((sorted(labels.items()), list(map(_SOURCE, result.sources))))
        self.claims = _Claims()
        # A run's first full id -> its name (None: not named) and its size.
        self.runs: dict[str, tuple[str | None, int]] = {}
        for _, grouped in groupby(result.claims, _FILE):
            run = list(grouped)
            verdicts = "\0".join(map(str, map(_VERDICT, run)))
            try:
                digest: bytes | None = _named(("claims", verdicts, list(map(_RECORD, run))))
            except ValueError:  # a value of a type marshal does not write
                digest = None
            self.claims.update(zip(map(_FULL_ID, run), repeat(digest)))
            self.runs[run[0].full_id] = (None if digest is None else digest.hex(), len(run))
        self.names = RunNames()
        self.findings: dict[int, tuple[Finding, bytes | None]] = {}
        for finding in result.findings:
            self.finding(finding)

    def finding(self, finding: Finding) -> bytes | None:
        """A digest of every field of `finding`; None when marshal does not take one."""
        found = self.findings.get(id(finding))
        if found is None:
            try:
                digest: bytes | None = _named(self.names.fields(finding))
            except ValueError:
                digest = None
            found = self.findings[id(finding)] = (finding, digest)
        return found[1]

    def claims_run(self, run: Sequence[ClaimRecord]) -> str | None:
        """The name of a run of one file's claim records: its file's digest, where the
        run is all of the file's records as `Result.claims` holds them."""
        found = self.runs.get(run[0].full_id) if run else None
        if found is None or found[1] != len(run):
            return claims_name(run)
        return found[0]

    def findings_run(self, run: Sequence[Finding]) -> str | None:
        """The name of a run of findings: a digest of each one's digest."""
        digests = list(map(self.finding, run))
        if None in digests:
            return None
        joined = b"".join(cast(list[bytes], digests))
        return hashlib.blake2b(b"findings\0" + joined, digest_size=20).hexdigest()


def _names(result: Result) -> Names:
    return Names(result)


def names_of(result: Result) -> Names:
    """`Names` of `result`, worked out once for all the reports a process renders."""
    return result.derived("report names", _names)


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
