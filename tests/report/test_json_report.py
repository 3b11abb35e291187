"""The JSON report and its schema."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from broken_headers import HOSTILE, broken_header_result
from reporting_sample import LONG, MANY, check_golden, contradiction, empty_result, sample_result

from validator.model.codes import CODES
from validator.model.findings import Location, Side, make_finding
from validator.model.result import ClaimRecord, Result, SharedWording, SourceRecord, Verdict
from validator.report import _json_memo, _memo, json_report
from validator.report._json import dump_json
from validator.report.escaping import json_safe
from validator.report.json_report import json_pieces, render_json, report_dict

SCHEMA_PATH = Path(__file__).parents[2] / "validator" / "schemas" / "report.schema.json"


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_golden() -> None:
    check_golden("sample.json", render_json(sample_result()))


def test_valid_against_schema() -> None:
    _validator().validate(json.loads(render_json(sample_result())))


def test_empty_run_valid_against_schema() -> None:
    data = json.loads(render_json(empty_result()))
    _validator().validate(data)
    assert data["dataset"] is None
    assert data["summary"]["passed"] is True
    assert data["summary"]["exit_code"] == 0


def test_every_code_fits_the_schema() -> None:
    # S501 once fell outside the pattern: the shipped report, which has one, was invalid.
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    code = schema["$defs"]["finding"]["properties"]["code"]
    for name in CODES:
        jsonschema.validate(name, code)


def test_shipped_report_valid_against_schema() -> None:
    shipped = Path(__file__).parents[2] / "reports" / "consistency.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    assert "S501" in {f["code"] for f in data["findings"]}
    _validator().validate(data)


def test_schema_identity() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://factlint.dev/schema/report.schema.json"


def _objects(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


def test_schema_closes_and_describes_every_object() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for node in _objects(schema):
        if "properties" in node and isinstance(node["properties"], dict):
            assert node["additionalProperties"] is False
            for name, sub in node["properties"].items():
                assert "description" in sub, name
            assert sorted(node["required"]) == sorted(node["properties"])


def test_fixed_key_order() -> None:
    data = json.loads(render_json(sample_result()))
    assert list(data) == ["tool", "dataset", "summary", "sources", "claims", "findings"]
    assert list(data["summary"]) == [
        "passed",
        "exit_code",
        "fail_on",
        "files",
        "sources",
        "claims",
        "verdicts",
        "findings",
        "severities",
        "acknowledged",
    ]
    assert list(data["sources"][0]) == [
        "id",
        "file",
        "line",
        "outlet",
        "title",
        "author",
        "url",
        "published",
        "claims",
        "verdicts",
        "findings",
        "shares_wording_with",
    ]
    assert list(data["claims"][0]) == [
        "id",
        "source",
        "file",
        "line",
        "column",
        "subject",
        "subject_id",
        "property",
        "value",
        "qualifiers",
        "as_of",
        "excerpt",
        "verdict",
    ]
    assert list(data["findings"][0]) == [
        "code",
        "severity",
        "title",
        "message",
        "claims",
        "locations",
        "details",
        "acknowledged",
        "acknowledgement",
        "fingerprint",
        "sides",
    ]


def test_summary() -> None:
    summary = report_dict(sample_result())["summary"]
    assert summary == {
        "passed": False,
        "exit_code": 1,
        "fail_on": "error",
        "files": 4,
        "sources": 3,
        "claims": 10,
        "verdicts": {
            "supported": 3,
            "refuted": 2,
            "undetermined": 0,
            "disputed": 1,
            "unverifiable": 3,
            "invalid": 1,
        },
        "findings": 12,
        "severities": {"error": 5, "warning": 5, "info": 2},
        "acknowledged": 1,
    }


def test_tool_and_dataset() -> None:
    data = report_dict(sample_result())
    assert data["tool"] == {"name": "factlint", "version": "0.0.0-test"}
    assert data["dataset"] == {
        "id": "i-am-ruth",
        "title": "I Am Ruth (Channel 4, 2022)",
        "checked": "2026-11-21",
    }


def test_finding_entry() -> None:
    result = sample_result()
    x301 = next(f for f in result.findings if f.code == "X301")
    entry = next(e for e in report_dict(result)["findings"] if e["code"] == "X301")
    assert entry == {
        "code": "X301",
        "severity": "error",
        "title": "sources-contradict",
        "message": x301.message,
        "claims": ["yahoo-2022-12/mia-age", "tyla-2022-12-07/mia-age"],
        "locations": [
            {"file": "claims/yahoo.yaml", "line": 14, "column": 12},
            {"file": "claims/tyla.yaml", "line": 9, "column": 12},
        ],
        "details": {},
        "acknowledged": False,
        "acknowledgement": None,
        "fingerprint": x301.fingerprint,
        "sides": [],
    }


def test_source_entry_counts() -> None:
    sources = {s["id"]: s for s in report_dict(sample_result())["sources"]}
    assert sources["times-2022-12"]["claims"] == 4
    assert sources["times-2022-12"]["findings"] == 5
    assert sources["times-2022-12"]["verdicts"]["refuted"] == 1
    assert sources["tyla-2022-12-07"]["url"] == "javascript:alert(1)"
    assert sources["times-2022-12"]["author"] is None


def test_file_level_finding_counts_for_its_source() -> None:
    source = SourceRecord("s", "a.yaml", 1, "Outlet", "Title", "2022")
    finding = make_finding("E102", "bad field", locations=(Location("a.yaml", 3, 1),))
    result = Result(findings=(finding,), claims=(), sources=(source,), files=("a.yaml",))
    assert report_dict(result)["sources"][0]["findings"] == 1


def test_non_ascii_kept_and_trailing_newline() -> None:
    text = render_json(sample_result())
    assert text.endswith("}\n")
    finding = make_finding("D201", "Caf\u00e9 \u2014 \u201cquoted\u201d", claims=("s/c",))
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    assert "Caf\u00e9 \u2014 \u201cquoted\u201d" in render_json(result)
    assert json.loads(render_json(result)) == report_dict(result)


def test_same_bytes_as_json_dumps() -> None:
    """render_json writes what json.dumps(indent=2, ensure_ascii=False) would, faster."""
    for result in (sample_result(), empty_result()):
        data = report_dict(result)
        assert render_json(result) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    odd = {"a": [], "b": {}, "c": [1, True, None, 2.5, "\u00e9\n\x00"], "d": [{"e": [[]]}]}
    assert dump_json(odd) == json.dumps(odd, indent=2, ensure_ascii=False) + "\n"


_SHARED_SIDE = Side(("x",), ("t", "u"), ("t/b", "u/c"), (Location("b.yaml", 4, 6),), 2)


def _edge_result() -> Result:
    """Every shape a record can take: missing optional fields, empty and repeated
    details, more claims than locations, acknowledgements, and awkward text."""
    sources = (
        SourceRecord("s", "a.yaml", 1, "Out\u00e9let", 'Ti"tle\n', "2022", "A. Author", "http://x"),
        SourceRecord("t", "b.yaml", 2, "Outlet", "Title", "2023"),
    )
    claims = (
        ClaimRecord(
            "s/a", "s", "a", "a.yaml", 3, 5, "Subj", "prop", "v\x00\u2028", Verdict.REFUTED
        ),
        ClaimRecord(
            "t/b",
            "t",
            "b",
            "b.yaml",
            4,
            6,
            "Subj",
            "prop",
            "",
            Verdict.SUPPORTED,
            subject_id="Q1",
            excerpt="\u201cquoted\u201d \\ /",
            as_of="2021",
            qualifiers=(("character", 'Fr\u00e9ya "\\\x1b[31m\u202e'), ("year", "2023")),
        ),
    )
    findings = (
        make_finding(
            "X301",
            "contradiction",
            claims=("s/a", "t/b", "u/missing"),
            locations=(Location("a.yaml", 3, 5),),
            details=(("k", "1"), ("j", "2"), ("k", "3")),
        ).acknowledge("why\tnot"),
        make_finding("E102", "file level", locations=(Location("b.yaml", 1, 1),)),
        make_finding("D201", "no claims, no locations"),
        # Sides: empty lists, and a location shared with the finding's own list.
        make_finding(
            "X302",
            "sides",
            claims=("s/a", "t/b"),
            locations=(Location("a.yaml", 3, 5), Location("b.yaml", 4, 6)),
            sides=(
                Side(("v\x00\u2028", "w"), ("s",), ("s/a",), (Location("a.yaml", 3, 5),), 1),
                Side((), (), (), (), 0),
                _SHARED_SIDE,
            ),
        ),
        # The same side object beside another finding, and an equal one.
        make_finding("Q402", "again", claims=("t/b",), sides=(_SHARED_SIDE,)),
        make_finding("Q402", "equal", claims=("u/c",), sides=(replace(_SHARED_SIDE),)),
    )
    # Sources sharing wording: passages and wrong values, and a pair with no claims.
    shared = (
        SharedWording("s", "t", (("s/a", "t/b"), ("s/a", "t/c")), (("s/d", "t/b"),), 2),
        SharedWording("s", "u\u2028", count=0),
    )
    return Result(
        findings=findings,
        claims=claims,
        sources=sources,
        files=("a.yaml", "b.yaml"),
        shared_wording=shared,
    )


def test_same_bytes_as_json_dumps_for_every_record_shape() -> None:
    """render_json writes each record from a template, not from report_dict: the two
    must still agree byte for byte."""
    data = report_dict(_edge_result())
    expected = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert render_json(_edge_result()) == json_safe(expected)


def test_a_claim_lists_its_qualifiers_in_name_order_escaped() -> None:
    """A claim's qualifiers as an object of display texts, in the record's (name) order;
    a control or bidi character as its escape, as every string of the report is."""
    text = render_json(_edge_result())
    assert (
        '      "value": "",\n'
        '      "qualifiers": {\n'
        '        "character": "Fr\u00e9ya \\"\\\\\\u001b[31m\\u202e",\n'
        '        "year": "2023"\n'
        "      },\n"
        '      "as_of": "2021",\n'
    ) in text
    claims = json.loads(text)["claims"]
    assert [c["qualifiers"] for c in claims] == [
        {},
        {"character": 'Fr\u00e9ya "\\\x1b[31m\u202e', "year": "2023"},
    ]
    _validator().validate(json.loads(text))


def test_long_finding_message_is_written_once() -> None:
    text = render_json(contradiction(LONG))
    (found,) = json.loads(text)["findings"]
    assert found["message"] == LONG
    assert len(found["claims"]) == len(found["locations"]) == MANY
    short = render_json(contradiction("x"))
    assert len(text) - len(short) == len(LONG) - 1


def _many_records() -> Result:
    """Claims and findings whose text JSON escapes (a control character, a bidi
    mark, the Actions runner's `##[`) at every place a piece may begin or end."""
    awkward = ("##[", "\x1b[31m", "\u202e", "x##", "[y", "plain", "caf\u00e9")
    sources = tuple(
        SourceRecord(f"s{n}", f"{n}.yaml", 1, awkward[n % 7], "T", "2022") for n in range(9)
    )
    claims = tuple(
        ClaimRecord(
            f"s{n % 9}/c{n}",
            f"s{n % 9}",
            f"c{n}",
            f"{n % 9}.yaml",
            n + 2,
            3,
            awkward[n % 7],
            "prop",
            awkward[(n + 3) % 7],
            Verdict.SUPPORTED,
            excerpt=awkward[(n + 5) % 7],
        )
        for n in range(23)
    )
    findings = tuple(
        make_finding(
            "X301",
            awkward[n % 7] + " message",
            claims=(f"s0/c{n}",),
            locations=(Location(awkward[(n + 1) % 7], n, 1),),
            details=((awkward[(n + 2) % 7], awkward[(n + 4) % 7]),),
            sides=(
                Side(
                    (awkward[(n + 6) % 7],),
                    (awkward[n % 7],),
                    (awkward[(n + 1) % 7] + "/c",),
                    (Location(awkward[(n + 3) % 7], 2, n),),
                    1,
                ),
            ),
        ).acknowledge(awkward[(n + 5) % 7])
        for n in range(11)
    )
    return Result(findings=findings, claims=claims, sources=sources, files=("0.yaml",))


@pytest.mark.parametrize("batch", [1, 2, 3, 500])
def test_pieces_join_to_the_whole_text(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """A report file is written from json_pieces: joined, they are exactly render_json's
    text (itself held to json.dumps' bytes above), wherever the pieces are cut."""
    monkeypatch.setattr(json_report, "_BATCH", batch)
    for result in (_many_records(), sample_result(), empty_result(), _edge_result()):
        for quiet in (False, True):
            pieces = list(json_pieces(result, quiet=quiet))
            whole = json_safe(
                json.dumps(
                    report_dict(result) if not quiet else _quiet(result),
                    indent=2,
                    ensure_ascii=False,
                )
                + "\n"
            )
            assert "".join(pieces) == render_json(result, quiet=quiet) == whole
    pieces = list(json_pieces(_many_records()))
    # 23 claims at `batch` a piece, each list's last piece closing it, and the end.
    assert len(pieces) == sum(-(-n // batch) + (n % batch == 0) for n in (9, 23, 11)) + 1


def _quiet(result: Result) -> dict[str, Any]:
    """report_dict as --quiet has it: every finding counted, the failing ones listed."""
    data = report_dict(result)
    data["findings"] = report_dict(replace(result, findings=result.failing))["findings"]
    return data


@pytest.mark.parametrize("entries, characters", [(1, 1), (2, 50), (3, 400)])
def test_memos_that_start_again_write_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch, entries: int, characters: int
) -> None:
    """The report's memos (string literals, locations, sides) are bounded, so that a
    large report does not remember everything it wrote: however small the bound, the
    text is the same, and no memo ever holds more than it allows."""
    expected = {
        name: render_json(result)
        for name, result in (("sample", sample_result()), ("edge", _edge_result()))
    }
    # The bounds of every memo, read from `_memo` when a memo is made.
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", entries)
    monkeypatch.setattr(_memo, "MEMO_CHARACTERS", characters)
    largest: dict[str, int] = {}
    most_characters: dict[str, int] = {}
    real_setitem = dict.__setitem__

    def watched(memo: _memo.Memo[Any, Any], key: Any, value: Any) -> None:
        real_setitem(memo, key, value)
        name = type(memo).__name__
        largest[name] = max(largest.get(name, 0), len(memo))
        if memo.size is not None:  # counted once it is stored
            held = memo.characters + memo.size(value)
            most_characters[name] = max(most_characters.get(name, 0), held)

    for cls in (_json_memo.Encoded, _json_memo.Located, _json_memo.Sides):
        monkeypatch.setattr(cls, "__setitem__", watched)
    for name, result in (("sample", sample_result()), ("edge", _edge_result())):
        assert render_json(result) == expected[name]
    assert largest["Located"] == entries
    # The literals and the sides are bounded by their characters too: one longer than
    # the bound is written and never remembered.
    assert largest.get("Encoded", 0) == (0 if characters == 1 else entries)
    # The sides (the edge result's: 132, 366 and three of 373 characters) fit in no
    # bound below 132; in 400 each fits, but no two together.
    assert largest.get("Sides", 0) == {1: 0, 50: 0, 400: 1}[characters]
    assert most_characters.get("Sides", 0) == {1: 0, 50: 0, 400: 373}[characters]
    assert all(held <= characters for held in most_characters.values())
    assert sorted(most_characters) == sorted(
        name for name in ("Encoded", "Sides") if name in largest
    )


def test_a_piece_ends_once_its_records_pass_the_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """A piece holds at most `_BATCH` records, fewer once their text passes
    `_BATCH_CHARACTERS`: a finding with thousands of claims on its sides is long."""
    result = sample_result()
    whole = render_json(result)
    monkeypatch.setattr(json_report, "_BATCH_CHARACTERS", 1)  # a record a piece
    pieces = list(json_pieces(result))
    assert "".join(pieces) == whole
    lists = (len(result.sources), len(result.claims), len(result.findings))
    assert all(lists)
    # Each record ends a piece; each list's closing bracket, and the report's, one more.
    assert len(pieces) == sum(lists) + 3 + 1


def _row(
    source_id: str,
    file: str,
    counts: tuple[int, int, int],
    written: tuple[str, str, str] = ("", "", ""),
) -> dict[str, Any]:
    """A source entry of a run of one claim a source: `counts`, its supported and
    invalid claims and its findings; `written`, its outlet, title and date."""
    supported, invalid, findings = counts
    return {
        "id": source_id,
        "file": file,
        "line": 2,
        "outlet": written[0],
        "title": written[1],
        "author": None,
        "url": None,
        "published": written[2],
        "claims": 1,
        "verdicts": {
            "supported": supported,
            "refuted": 0,
            "undetermined": 0,
            "disputed": 0,
            "unverifiable": 0,
            "invalid": invalid,
        },
        "findings": findings,
        "shares_wording_with": [],
    }


def test_every_file_is_a_source_a_file_whose_source_cannot_be_used_included(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under an id no other source has, each claim's `source` naming its own file's, and
    valid against the schema as every other report is."""
    result = broken_header_result(tmp_path, monkeypatch)
    text = render_json(result)
    data = json.loads(text)
    _validator().validate(data)
    assert text == dump_json(report_dict(result))
    assert data["summary"]["files"] == data["summary"]["sources"] == 4
    usable = ("Example", "An article", "2023-01-01")
    taken = ("Example Too", "The same id", "2023-01-02")
    assert data["sources"] == [
        _row("a-src", "claims/a.yaml", (1, 0, 0), usable),
        _row(HOSTILE, "claims/b.yaml", (0, 1, 4)),
        _row("a-src@claims/c.yaml", "claims/c.yaml", (1, 0, 1), taken),
        _row("d.yaml", "claims/d.yaml", (0, 1, 1)),
    ]
    assert [(c["id"], c["source"]) for c in data["claims"]] == [
        ("a-src/c1", "a-src"),
        (f"{HOSTILE}/c1", HOSTILE),
        ("a-src/c1@claims/c.yaml", "a-src@claims/c.yaml"),
        ("d.yaml/c1", "d.yaml"),
    ]
    # Control and bidi characters as \u escapes, the id kept exactly.
    assert "\\u001b[31m\\u202e" in text
