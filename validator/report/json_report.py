"""The JSON report (consistency.json), following schema/report.schema.json.

`report_dict` is the report as plain data. `render_json` writes the same data as
`json.dumps(report_dict(result), indent=2, ensure_ascii=False)` would, byte for byte,
but writes each source, claim and finding straight to text from a template: on a
100,000-claim corpus, building and then encoding the dictionaries took seconds.
tests/report/test_json_report.py holds the two to the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from operator import itemgetter
from typing import Any, cast

from validator.model.findings import Finding, Side
from validator.model.result import ClaimRecord, Result, SharedWording, SourceRecord

from ._content import (
    acknowledged_count,
    code_title,
    severity_counts,
    source_finding_counts,
    source_verdict_counts,
    verdict_counts,
)
from ._json import json_text
from ._json_memo import PAD12 as _PAD12
from ._json_memo import Encoded as _Encoded
from ._json_memo import Located as _Located
from ._json_memo import Sides as _Sides
from ._json_memo import list_text as _list_text
from ._json_memo import literal as _literal
from ._json_runs import SEPARATOR as _SEPARATOR
from ._json_runs import Kept, finding_file, kept_runs, names_of
from .escaping import json_safe

__all__ = [
    "claim_dict",
    "finding_dict",
    "json_parts",
    "json_pieces",
    "render_json",
    "report_dict",
]


def render_json(result: Result, *, quiet: bool = False) -> str:
    """`report_dict(result)` as indented JSON with a fixed key order and a final newline.

    With `quiet`, `findings` lists only those that fail the run; the summary still
    counts every finding."""
    return "".join(json_pieces(result, quiet=quiet))


# Records per piece of `json_pieces`: a few hundred kilobytes of text each, or as
# many as make a mebibyte (findings with many claims and sides are long).
_BATCH = 500
_BATCH_CHARACTERS = 1 << 20
# How deep the items of a finding's lists, and of its sides' lists, stand.
_PAD8 = " " * 8


def json_pieces(result: Result, *, quiet: bool = False) -> Iterator[str]:
    """`render_json`'s text in pieces, which joined are exactly that text: a report
    file is written a piece at a time, so that the whole text (101 MB for 100,000
    claims) is never held, nor its copies. Every string is made safe as it is
    written (`_literal`), not each piece afterwards: scanning the pieces took a third
    of the report's time."""
    return cast(Iterator[str], _parts(result, quiet, None))


def json_parts(
    result: Result, *, quiet: bool = False, kept: Kept | None = None
) -> Iterator[str | bytes]:
    """`json_pieces`, but, with `kept`, each file's claims and the findings that begin in
    it as one piece of UTF-8 bytes, taken from `kept` when it holds the text of records
    equal to them (see validator.report._json_runs). Encoded and joined, the pieces are
    exactly `render_json`'s text either way."""
    return _parts(result, quiet, kept)


_CLAIM_FILE = itemgetter(3)  # ClaimRecord.file, read in C


def _parts(result: Result, quiet: bool, kept: Kept | None) -> Iterator[str | bytes]:
    enc = _Encoded()
    at8, sides_written = _Located(enc, _PAD8), _Sides(enc)
    finding_counts = source_finding_counts(result)
    verdict_counts = source_verdict_counts(result)
    shared = _shared_by_source(result)
    head = ["{"]
    for key, value in _head(result).items():
        head.append(f"\n  {enc[key]}: {json_safe(json_text(value, '  '))},")
    head.append('\n  "sources": ')
    opening = "".join(head)
    made: dict[tuple[tuple[str, int], ...], str] = {}  # each distinct verdicts' text
    sources = (
        _source_text(
            s, verdict_counts[s.id], finding_counts.get(s.id, 0), shared.get(s.id, []), enc, made
        )
        for s in result.sources
    )
    findings = result.failing if quiet else result.findings
    if kept is None:
        claims = (_claim_text(c, enc) for c in result.claims)
        listed = (_finding_text(f, enc, at8, sides_written) for f in findings)
        for name, items in ((None, sources), ("claims", claims), ("findings", listed)):
            if name is not None:
                opening = f',\n  "{name}": '
            yield from _records(opening, items)
    else:
        kept = kept.part("json")
        yield from _records(opening, sources)
        claim_text = partial(_claim_text, enc=enc)
        names = names_of(result)
        runs = kept_runs(result.claims, _CLAIM_FILE, names.claims_run, claim_text, kept)
        yield from _runs(',\n  "claims": ', runs)
        finding_text = partial(_finding_text, enc=enc, at8=at8, written=sides_written)
        named = names.findings_run
        yield from _runs(
            ',\n  "findings": ', kept_runs(findings, finding_file, named, finding_text, kept)
        )
        kept.done()
    yield "\n}\n"


def report_dict(result: Result) -> dict[str, Any]:
    """The whole report as plain data: every claim and every finding, nothing capped."""
    finding_counts = source_finding_counts(result)
    verdict_counts = source_verdict_counts(result)
    shared = _shared_by_source(result)
    return {
        **_head(result),
        "sources": [
            _source(s, verdict_counts[s.id], finding_counts.get(s.id, 0), shared.get(s.id, []))
            for s in result.sources
        ],
        "claims": [claim_dict(c) for c in result.claims],
        "findings": [finding_dict(f) for f in result.findings],
    }


def _head(result: Result) -> dict[str, Any]:
    """The report's fields before its lists of sources, claims and findings."""
    dataset = result.dataset
    return {
        "tool": {"name": "factlint", "version": result.tool_version},
        "dataset": (
            None
            if dataset is None
            else {"id": dataset.id, "title": dataset.title, "checked": dataset.checked}
        ),
        "summary": {
            "passed": result.passed,
            "exit_code": result.exit_code,
            "fail_on": result.fail_on.value,
            "files": len(result.files),
            "sources": len(result.sources),
            "claims": len(result.claims),
            "verdicts": verdict_counts(result),
            "findings": len(result.findings),
            "severities": severity_counts(result),
            "acknowledged": acknowledged_count(result),
        },
    }


def _shared_by_source(result: Result) -> dict[str, list[dict[str, Any]]]:
    """Source id -> the sources it shares wording with (S501), by their ids."""
    found: dict[str, list[dict[str, Any]]] = {}
    for pair in result.shared_wording:
        found.setdefault(pair.first, []).append(_shared(pair, pair.second, 0))
        found.setdefault(pair.second, []).append(_shared(pair, pair.first, 1))
    for partners in found.values():
        partners.sort(key=lambda p: str(p["source"]))
    return found


def _shared(pair: SharedWording, partner: str, side: int) -> dict[str, Any]:
    pick = itemgetter(side)  # in C: a pair's claims one by one in Python were a tenth of it
    return {
        "source": partner,
        "passages": pair.count,
        "wrong_values": len(pair.wrong_values),
        "claims": sorted({*map(pick, pair.passages), *map(pick, pair.wrong_values)}),
        "address": pair.address or None,
    }


def _source(
    source: SourceRecord,
    verdicts: dict[str, int],
    findings: int,
    shared: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "id": source.id,
        "file": source.file,
        "line": source.line,
        "outlet": source.outlet,
        "title": source.title,
        "author": source.author,
        "url": source.url,
        "published": source.published,
        "claims": sum(verdicts.values()),
        "verdicts": verdicts,
        "findings": findings,
        "shares_wording_with": shared,
    }


def claim_dict(claim: ClaimRecord) -> dict[str, Any]:
    """A claim as the report lists it."""
    return {
        "id": claim.full_id,
        "source": claim.source_id,
        "file": claim.file,
        "line": claim.line,
        "column": claim.column,
        "subject": claim.subject,
        "subject_id": claim.subject_id,
        "property": claim.property,
        "value": claim.value,
        "qualifiers": dict(claim.qualifiers),
        "as_of": claim.as_of,
        "excerpt": claim.excerpt,
        "verdict": claim.verdict.value,
    }


def _side(side: Side) -> dict[str, Any]:
    return {
        "count": side.count,
        "values": list(side.values),
        "sources": list(side.sources),
        "claims": list(side.claims),
        "locations": [
            {"file": loc.file, "line": loc.line, "column": loc.column} for loc in side.locations
        ],
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as the report lists it, its sides in full."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": code_title(finding.code),
        "message": finding.message,
        "claims": list(finding.claims),
        "locations": [
            {"file": loc.file, "line": loc.line, "column": loc.column} for loc in finding.locations
        ],
        "details": dict(finding.details),
        "acknowledged": finding.acknowledged,
        "acknowledgement": finding.acknowledgement,
        "fingerprint": finding.fingerprint,
        # Only findings about sources that disagree have sides: every list in full.
        "sides": [_side(side) for side in finding.sides],
    }


# The text templates below write what `json_text` writes for the dictionaries above,
# as items of a list nested in the report: the record's braces at four spaces, its
# fields at six.


def _records(opening: str, items: Iterable[str]) -> Iterator[str]:
    """A list of records already written as text, after `opening`: `[]`, or one
    record a line, `_BATCH` records a piece, or fewer when they add up to
    `_BATCH_CHARACTERS` (a finding with its sides can be a megabyte of text)."""
    out = [opening]
    size = 0
    separator = "[\n    "  # the first record's separator opens the list
    for count, item in enumerate(items, start=1):
        out.append(separator)
        out.append(item)
        size += len(item)
        separator = ",\n    "
        if count % _BATCH == 0 or size >= _BATCH_CHARACTERS:
            yield "".join(out)
            out.clear()
            size = 0
    out.append("[]" if separator == "[\n    " else "\n  ]")
    yield "".join(out)


def _runs(opening: str, runs: Iterable[bytes]) -> Iterator[str | bytes]:
    """A list of records as `_records` writes it, its records given a run at a time,
    each run's records already joined (see `_json_runs.kept_runs`)."""
    separator = "[\n    "  # the first run's separator opens the list
    for run in runs:
        yield opening + separator
        yield run
        opening, separator = "", _SEPARATOR
    yield opening + ("[]" if separator == "[\n    " else "\n  ]")


def _source_text(
    source: SourceRecord,
    verdicts: dict[str, int],
    findings: int,
    shared: list[dict[str, Any]],
    enc: _Encoded,
    made: dict[tuple[tuple[str, int], ...], str],
) -> str:
    # The verdicts' text made once for each distinct set of counts (`made`): sources of
    # a claim or two have a handful between them.
    counts = tuple(verdicts.items())
    verdicts_text = made.get(counts)
    if verdicts_text is None:
        verdicts_text = made[counts] = json_safe(json_text(verdicts, "      "))
    return (
        f'{{\n      "id": {enc[source.id]},\n      "file": {enc[source.file]},\n'
        f'      "line": {source.line},\n      "outlet": {enc[source.outlet]},\n'
        f'      "title": {enc[source.title]},\n      "author": {enc[source.author]},\n'
        f'      "url": {enc[source.url]},\n      "published": {enc[source.published]},\n'
        f'      "claims": {sum(verdicts.values())},\n'
        f'      "verdicts": {verdicts_text},\n'
        f'      "findings": {findings},\n'
        f'      "shares_wording_with": {_shared_text(shared, enc)}\n    }}'
    )


def _shared_text(shared: list[dict[str, Any]], enc: _Encoded) -> str:
    """`json_text(shared, "      ")` from a template: a source may share wording with
    hundreds of others, and walking each entry's dictionary took 7 % of a run."""
    if not shared:
        return "[]"
    entries = []
    for entry in shared:
        listed = _list_text(map(enc.__getitem__, entry["claims"]), _PAD12)
        entries.append(
            f'{{\n          "source": {enc[entry["source"]]},\n'
            f'          "passages": {entry["passages"]},\n'
            f'          "wrong_values": {entry["wrong_values"]},\n'
            f'          "claims": {listed},\n'
            f'          "address": {enc[entry["address"]]}\n        }}'
        )
    return "[\n        " + ",\n        ".join(entries) + "\n      ]"


def _claim_text(claim: ClaimRecord, enc: _Encoded) -> str:
    # A claim's id is remembered: the findings and sides about it name it again. Its
    # excerpt is often unique: encoded directly. The verdict is a str enum, encoded as
    # its value.
    excerpt = claim.excerpt
    return (
        f'{{\n      "id": {enc[claim.full_id]},\n'
        f'      "source": {enc[claim.source_id]},\n      "file": {enc[claim.file]},\n'
        f'      "line": {claim.line},\n      "column": {claim.column},\n'
        f'      "subject": {enc[claim.subject]},\n      "subject_id": {enc[claim.subject_id]},\n'
        f'      "property": {enc[claim.property]},\n      "value": {enc[claim.value]},\n'
        f'      "qualifiers": {_qualifiers_text(claim.qualifiers, enc)},\n'
        f'      "as_of": {enc[claim.as_of]},\n'
        f'      "excerpt": {"null" if excerpt is None else _literal(excerpt)},\n'
        f'      "verdict": {enc[claim.verdict]}\n    }}'
    )


def _qualifiers_text(qualifiers: tuple[tuple[str, str], ...], enc: _Encoded) -> str:
    """`json_text(dict(qualifiers), "      ")` from a template: names and values repeat
    (a character, a year), each encoded once."""
    if not qualifiers:
        return "{}"
    pairs = ",\n        ".join(f"{enc[name]}: {enc[value]}" for name, value in qualifiers)
    return "{\n        " + pairs + "\n      }"


def _finding_text(finding: Finding, enc: _Encoded, at8: _Located, written: _Sides) -> str:
    # at8: the locations' objects as the finding's own list holds them (at eight spaces).
    claims = _list_text(map(enc.__getitem__, finding.claims), _PAD8)
    locations = _list_text(map(at8.__getitem__, finding.locations), _PAD8)
    if finding.details:
        # dict() as in finding_dict: a repeated detail name keeps its first place, last value.
        details = (
            "{\n        "
            + ",\n        ".join(
                f"{enc[name]}: {_literal(value)}" for name, value in dict(finding.details).items()
            )
            + "\n      }"
        )
    else:
        details = "{}"
    sides = _list_text(map(written.text, finding.sides), _PAD8)
    return (
        f'{{\n      "code": {enc[finding.code]},\n      "severity": {enc[finding.severity]},\n'
        f'      "title": {enc[code_title(finding.code)]},\n'
        f'      "message": {_literal(finding.message)},\n'
        f'      "claims": {claims},\n      "locations": {locations},\n'
        f'      "details": {details},\n'
        f'      "acknowledged": {"true" if finding.acknowledged else "false"},\n'
        f'      "acknowledgement": {enc[finding.acknowledgement]},\n'
        f'      "fingerprint": {_literal(finding.fingerprint)},\n'
        f'      "sides": {sides}\n    }}'
    )
