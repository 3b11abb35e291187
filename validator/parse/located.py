"""The E101 and E102 findings of a claim file's problems that have a place: at most
`LISTED_PER_PLACE` of one code for each claim, and for the file outside its claims,
then one finding that counts the rest.

A document may hold a duplicate key or a refused tag at each of its two million nodes,
and each was a finding: 300,000 duplicate keys in a 2.4 MB claim file took 5 s and
420 MB, and put 300,000 lines in every report and in the log. Every problem still makes
the claim it sits in invalid (or, outside any claim, the whole file); only the listing
stops.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from validator.model.findings import Finding, Location, make_finding
from validator.read.positions import JsonPath

__all__ = ["LISTED_PER_PLACE", "Located", "located_findings"]

LISTED_PER_PLACE = 10
_WHAT = {"E101": "problems reading", "E102": "schema errors in"}


class Located(NamedTuple):
    """A problem at a node of the document: its code, the node's path, where it is
    written, the message and the finding's key."""

    code: str
    path: JsonPath
    line: int
    column: int
    message: str
    key: str
    # The field the problem is about, missing or misspelt, as (the mapping's path, the
    # field's name): a schema error's (`SchemaError.field`).
    field: tuple[JsonPath, str] | None = None
    # The node holds what YAML reads, outside any claim: a reading problem that keeps
    # nothing from being checked (`positions.kept_as_read`).
    as_read: bool = False


class Placed(NamedTuple):
    """The findings of a file's located problems, and where they sit: the claims they
    make invalid (by their place in the file), and whether one sits outside any claim."""

    findings: list[Finding]
    invalid: set[int]
    file_invalid: bool


def _claim_index(path: JsonPath) -> int | None:
    """The place in the file of the claim a node at `path` is in, None outside any. An
    entry left out of a mapping `claims` (its key no plain value) is at a negative
    place, which names no claim: counted from the end, it named the last."""
    if len(path) >= 2 and path[0] == "claims" and isinstance(path[1], int) and path[1] >= 0:
        return path[1]
    return None


def located_findings(
    file: str,
    located: Iterable[Located],
    full_ids: list[str],
    harmless: Callable[[Located], bool] | None = None,
) -> Placed:
    """The findings of the problems in the claim file shown as `file` (its claims' full
    ids `full_ids`), listed up to `LISTED_PER_PLACE` of a code for each claim or for the
    file outside its claims, in order, then the count of the rest at the first not
    listed. A problem outside the claims makes the file invalid unless `harmless` says
    it leaves everything the claims are checked with as it is."""
    findings: list[Finding] = []
    invalid: set[int] = set()
    file_invalid = False
    listed: Counter[tuple[str, int | None]] = Counter()
    unlisted: dict[tuple[str, int | None], tuple[int, Located]] = {}
    for problem in located:
        index = _claim_index(problem.path)
        if index is None:
            file_invalid = file_invalid or harmless is None or not harmless(problem)
        else:
            invalid.add(index)
        place = (problem.code, index)
        if listed[place] < LISTED_PER_PLACE:
            listed[place] += 1
            findings.append(_finding(file, problem, full_ids, index, problem.message))
            continue
        count, first = unlisted.get(place, (0, problem))
        unlisted[place] = (count + 1, first)
    for (code, index), (count, first) in unlisted.items():
        scope = "claim" if _claims(full_ids, index) else "file"
        message = (
            f"{count:,} more {_WHAT.get(code, 'problems in')} this {scope}, from here on, are "
            f"not listed one by one; fix the {LISTED_PER_PLACE} listed above, then run again"
        )
        more = first._replace(key=f"more:{code}:{index}")
        findings.append(_finding(file, more, full_ids, index, message))
    return Placed(findings, invalid, file_invalid)


def _finding(
    file: str, problem: Located, full_ids: list[str], index: int | None, message: str
) -> Finding:
    return make_finding(
        problem.code,
        message,
        claims=_claims(full_ids, index),
        locations=(Location(file, problem.line, problem.column),),
        key=problem.key,
    )


def _claims(full_ids: list[str], index: int | None) -> tuple[str, ...]:
    if index is None or index >= len(full_ids):
        return ()
    return (full_ids[index],)
