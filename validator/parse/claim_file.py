"""Stage 2: from a loaded document to a source and its schema-valid claims.

A schema error inside one claim makes only that claim invalid; the file's other claims
are still checked. An error in the source (or elsewhere outside the claims) makes them
all invalid, since their source is then unknown, except a field the source has not
(`colour:`) beside fields that are all as they should be, a publication date that
cannot be used or is missing, which leaves the source undated, and an anchor no alias
uses, whose text is used as read (`source_header`); but each claim is still
schema-checked and given its model, so that what is wrong with a claim whatever its
source says (a misspelt property, a value of the wrong type) is reported in the same
run rather than only once the source is fixed.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import ValidationError

from validator.model.findings import Finding, Location, invalidated_claims, make_finding
from validator.read.files import LoadedFile
from validator.read.positions import JsonPath, kept_as_read, path_key, refused_tags
from validator.read.yaml_faults import COMMENT

from .claim_texts import CLAIM_SCHEMA, claim_text, limits
from .comma_cuts import doubled_cuts
from .id_words import FreeIds
from .located import Located, located_findings
from .models import Claim, Source
from .nulls import drop_optional_nulls
from .schema_fast import file_schema_errors
from .source_header import (
    Header,
    dating_problem,
    harmless_in_source,
    header_keys,
    model_disagreement,
    read_source,
    unread_field,
)
from .unusable import long_written_out, unusable_acknowledgement

__all__ = [
    "CLAIM_SCHEMA",
    "ClaimEntry",
    "ParsedFile",
    "check_claim_file",
    "describe_kind",
    "unchecked_entries",
]


class ClaimEntry(NamedTuple):
    """One claim of a file, valid or not, with what reports need to show it. (A named
    tuple, as a run builds one per claim: see `ClaimRecord`.)"""

    number: int  # its place in the file's list of claims, from 0
    claim_id: str
    full_id: str
    line: int
    column: int
    raw: dict[str, Any]
    model: Claim | None  # None when the claim is invalid
    value_pos: tuple[int, int]
    subject_pos: tuple[int, int]
    property_pos: tuple[int, int]

    def position(self, loaded: LoadedFile, *path: str | int, at_key: bool = False) -> Location:
        """Where the value at `path` below the claim is written, or (`at_key`) its key."""
        where = ("claims", self.number, *path)
        positions = loaded.positions
        line, column = positions.of_key(where) if at_key else positions.of(where)
        return Location(loaded.path, line, column)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    loaded: LoadedFile
    source_id: str
    source: Source | None
    source_line: int
    claims: tuple[ClaimEntry, ...]
    # Its source's publication date cannot be used (its E102 says why): the claims that
    # take their date from it are checked only where the date decides nothing.
    undated: bool = False
    # When it is undated, or its source cannot be used, the key of the finding that says
    # why, which names the claims it keeps from being checked (`header_keys`).
    undated_by: str = ""
    unsourced_by: str = ""

    @property
    def path(self) -> str:
        return self.loaded.path

    def written(self, index: int) -> dict[Any, Any] | None:
        """The claim at `index` as written, where it is a mapping; else None."""
        data = self.loaded.data
        claims = data.get("claims") if isinstance(data, dict) else None
        if not isinstance(claims, list) or not 0 <= index < len(claims):
            return None
        claim = claims[index]
        return claim if isinstance(claim, dict) else None


def _loc(loaded: LoadedFile, line: int, column: int) -> Location:
    return Location(loaded.path, line, column)


def _fallback_source_id(loaded: LoadedFile) -> str:
    """What a file's claims' ids begin with when its source has no usable id: the id as
    written, if it is text (one in the form of an id is another file's only by E103);
    else the file's name, extension and all. No id has a dot, so a file without one
    cannot give its claims the ids of a source's claims: a broken file named after a
    source made that source's claims invalid, with no finding to say why. A text longer
    than an id may be is not kept: every claim's full id and record would repeat it, and
    an id of a megabyte in a file of thousands of claims took gigabytes."""
    data = loaded.data
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        candidate = data["source"].get("id")
        if isinstance(candidate, str) and 0 < len(candidate) <= limits()["id"]:
            return candidate
    return os.path.basename(loaded.path)


def check_claim_file(
    loaded: LoadedFile, max_claims: int = 100_000
) -> tuple[ParsedFile, list[Finding]]:
    findings: list[Finding] = []
    data = loaded.data
    source_id = _fallback_source_id(loaded)
    if not isinstance(data, dict):
        as_read = (problem for _, problem in _load_problems(loaded))
        findings.extend(located_findings(loaded.path, as_read, []).findings)
        if () in refused_tags(loaded.problems):
            return ParsedFile(loaded, source_id, None, 1, ()), findings
        findings.append(
            make_finding(
                "E102",
                f"the document is {describe_kind(data)}; a claim file is a mapping with "
                f"'source' and 'claims'{_wrapped_words(data)}",
                locations=(_loc(loaded, *loaded.positions.of(())),),
                key="(document)",
            )
        )
        return ParsedFile(loaded, source_id, None, 1, ()), findings
    drop_optional_nulls(data)
    raw_claims = data.get("claims")
    if isinstance(raw_claims, list) and len(raw_claims) > max_claims:
        findings.append(
            make_finding(
                "E101",
                f"the file has {len(raw_claims)} claims, over the limit of {max_claims}; split it",
                locations=(_loc(loaded, *loaded.positions.of(("claims",))),),
                key="too-many-claims",
            )
        )
        return ParsedFile(loaded, source_id, None, 1, ()), findings

    full_ids = _full_claim_ids(source_id, raw_claims)
    # Duplicate keys (E101) and schema errors (E102) both make the claim they sit in
    # invalid, or the whole file when they sit outside any claim; a character in a
    # comment, which changes no data, neither, nor an anchor outside the claims that no
    # alias uses, whose text is used as read (`harmless_in_source`).
    problems = list(_load_problems(loaded))
    free = FreeIds(raw_claims)  # an id told to write another claim's id: a free one
    read, errors = doubled_cuts(
        data,
        loaded.positions,
        (problem for kind, problem in problems if kind != COMMENT),
        [free.located(e) for e in file_schema_errors(loaded, CLAIM_SCHEMA)],
    )
    located = [*read, *errors]
    placed = located_findings(loaded.path, located, full_ids, harmless_in_source)
    findings.extend(placed.findings)
    findings.extend(
        make_finding("E101", p.message, locations=(_loc(loaded, p.line, p.column),), key=p.key)
        for kind, p in problems
        if kind == COMMENT
    )
    file_invalid, invalid = placed.file_invalid, placed.invalid
    header = Header(None, False)
    if not file_invalid:
        undated = any(dating_problem(problem) for problem in located)
        unread = frozenset(str(p.path[1]) for p in located if unread_field(p))
        header = read_source(loaded, data["source"], undated, findings, unread)
        file_invalid = header.source is None
    source_line = loaded.positions.of(("source",))[0]

    entries = _claim_entries(loaded, full_ids, raw_claims, file_invalid, invalid, findings)
    keys = header_keys(located, header.undated, file_invalid)
    parsed = ParsedFile(loaded, source_id, header.source, source_line, entries, *header[1:], *keys)
    return parsed, findings


def _load_problems(loaded: LoadedFile) -> Iterator[tuple[str, Located]]:
    """The problems the loader found in a document it could still read, as E101s. Each
    finding's key is its kind, its path and what else tells it apart (`about`); one
    that is still another's (the same collection as a key twice in one claim, a key
    written three times) is counted, `#2` on, so that no two findings of a file share a
    fingerprint and a baseline entry accepts one of them only."""
    counted: Counter[str] = Counter()
    used: set[str] = set()
    for p in loaded.problems:
        key = base = f"{p.kind}:{path_key(p.path)}" + (f":{p.about}" if p.about else "")
        while key in used:  # a count taken already by another key's own text too
            counted[base] += 1
            key = f"{base}#{counted[base] + 1}"
        used.add(key)
        yield (
            p.kind,
            Located("E101", p.path, p.line, p.column, p.message, key, None, kept_as_read(p)),
        )


_new_tuple = tuple.__new__


def _claim_entries(
    loaded: LoadedFile,
    full_ids: list[str],
    raw_claims: Any,
    file_invalid: bool,
    invalid: set[int],
    findings: list[Finding],
) -> tuple[ClaimEntry, ...]:
    """An entry for each claim, its model when it is valid; E103 for a repeated id.

    Runs once per claim of the corpus, so the positions are looked up directly, falling
    back to `Positions.of` (the nearest ancestor) only for a path that has none.
    """
    positions = loaded.positions
    at = positions.values.get
    of = positions.of
    entries: list[ClaimEntry] = []
    seen_ids: dict[str, int] = {}
    uses: dict[str, int] = {}  # how often each repeated id has been used so far
    # The model's own validator, called directly: `model_validate` adds a Python call
    # per claim around the same validation.
    validate = Claim.__pydantic_validator__.validate_python
    for index, raw in enumerate(raw_claims if isinstance(raw_claims, list) else []):
        raw_dict = raw if isinstance(raw, dict) else {}
        claim_id = _written_id(raw, index)
        full_id = full_ids[index]
        # Repeats are told by the id as written: one too long is cut with a note of its
        # own place (`claim_text`), and the same long id twice is still one id used twice.
        written = raw_dict.get("id")
        same = written if isinstance(written, str) and written else claim_id
        first_index = seen_ids.get(same)
        if first_index is None:
            seen_ids[same] = len(entries)
        else:
            # Invalid, yet still given its model: what else is wrong with it (a schema
            # error, a misspelt property) is reported in the same run, not after the
            # rename (`per_file`).
            uses[same] = uses.get(same, 1) + 1
            findings.append(_repeated_id(loaded, entries[first_index], index, full_id, uses[same]))
        path: JsonPath = ("claims", index)
        line, column = at(path) or of(path)
        model: Claim | None = None
        if index not in invalid:
            try:
                model = validate(raw)
            except ValidationError as error:
                findings.append(model_disagreement(loaded, path, error, (full_id,)))
            else:
                unusable = None
                if model.acknowledge:  # most claims acknowledge nothing
                    unusable = unusable_acknowledgement(loaded, index, model, full_id)
                if unusable is None and model.excerpt and not model.excerpt.isascii():
                    unusable = long_written_out(loaded, index, model.excerpt, full_id)
                if unusable is not None:  # the claim is invalid, as with a schema error
                    findings.append(unusable)
                    model = None
        value_path = ("claims", index, "value")
        subject_path = ("claims", index, "subject")
        property_path = ("claims", index, "property")
        # Through tuple.__new__, every field given: a named tuple's own constructor is
        # a Python call, and this runs once per claim.
        entries.append(
            _new_tuple(
                ClaimEntry,
                (
                    index,
                    claim_id,
                    full_id,
                    line,
                    column,
                    raw_dict,
                    model,
                    at(value_path) or of(value_path),
                    at(subject_path) or of(subject_path),
                    at(property_path) or of(property_path),
                ),
            )
        )
    return tuple(entries)


def unchecked_entries(
    parsed: ParsedFile, findings: Iterable[Finding], unsourced: bool
) -> list[ClaimEntry]:
    """The well-formed claims that will not be checked though nothing inside them is
    wrong: every claim of a file whose source cannot be used (`unsourced`), and a claim
    that repeats an earlier id (E103). What is wrong with them whatever their source
    says (E104-E106) is still reported, not only once the source is fixed or the claim
    renamed."""
    repeats: set[str] = set()
    others: list[Finding] = []
    for finding in findings:
        if finding.code == "E103":
            repeats.update(finding.claims)
        else:
            others.append(finding)
    if not unsourced and not repeats:
        return []
    named = invalidated_claims(others)
    return [
        entry
        for entry in parsed.claims
        if entry.model is not None
        and entry.full_id not in named
        and (unsourced or entry.full_id in repeats)
    ]


def _repeated_id(
    loaded: LoadedFile, first: ClaimEntry, index: int, full_id: str, uses: int
) -> Finding:
    """E103 on the `uses`-th use of an id: "used 3 times" on the third, where "twice"
    would miscount."""
    id_line, id_col = loaded.positions.of(("claims", index, "id"))
    # The line of the first id, as the finding's second location gives it: the claim's
    # own line is that of its anchor where one stands alone above it (`- &mia`).
    first_line, first_col = loaded.positions.of(("claims", first.number, "id"))
    times = "twice" if uses == 2 else f"{uses:,} times"
    return make_finding(
        "E103",
        # Quoted as every message quotes an id (`repr`): an invisible character shows.
        f"claim id {first.claim_id!r} is used {times} in this file (first at line "
        f"{first_line}); rename one",
        claims=(full_id,),
        locations=(_loc(loaded, id_line, id_col), _loc(loaded, first_line, first_col)),
        key=f"claim-id:{index}",
    )


def _wrapped_words(data: Any) -> str:
    """The next step for a list of claim files' mappings: an export that wraps the one
    source in a list (`[{...}]`, `- source:`), or gives several sources in one file."""
    if not isinstance(data, list) or not data:
        return ""
    if not all(isinstance(item, dict) and "source" in item for item in data[:100]):
        return ""
    if len(data) == 1:
        return (
            "; its one item is such a mapping: write it without the list around it (in "
            "JSON without '[' and ']', in YAML without the '- ', its fields at the margin)"
        )
    return f"; its {len(data):,} items are such mappings: give each source a file of its own"


def describe_kind(data: Any) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return "plain text"
    if isinstance(data, bool):
        return "a boolean"
    if isinstance(data, int | float):
        return "a number"
    return "empty" if data is None else "not a mapping"


def _written_id(raw: Any, index: int) -> str:
    """The claim's id as written, cut where longer than an id may be (`claim_text`), or
    `#N` (its place in the file) when it has none."""
    claim_id = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(claim_id, str) and claim_id:
        return claim_text(claim_id, "id", index)
    return f"#{index + 1}"


def _full_claim_ids(source_id: str, raw_claims: Any) -> list[str]:
    """Each claim's full id, by its place in the file: a claim that repeats an earlier
    id is `SOURCE/ID#N`, so that its own findings (E102 as well as E103) name it and
    not the earlier claim, which they would make invalid."""
    full_ids: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_claims if isinstance(raw_claims, list) else []):
        claim_id = _written_id(raw, index)
        full_id = f"{source_id}/{claim_id}"
        full_ids.append(full_id if claim_id not in seen else f"{full_id}#{index + 1}")
        seen.add(claim_id)
    return full_ids
