"""SARIF 2.1.0, validated against the OASIS schema."""

from __future__ import annotations

import json
from dataclasses import replace
from email.message import Message
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from broken_headers import broken_header_result
from claims_project import claims_project
from reporting_sample import (
    LONG,
    check_golden,
    contradiction,
    empty_result,
    sample_result,
)
from shared_schemas import shared_schema

from validator import validate
from validator.cli.main import main
from validator.model.findings import CODES, Location, Side, make_finding
from validator.model.result import Result
from validator.report._text import TEXT_LIMIT
from validator.report.project_place import AT_ROOT, ProjectPlace
from validator.report.sarif import (
    LINK_NAME_LIMIT,
    MAX_LINKED,
    MAX_RELATED,
    MAX_RESULTS_PER_RULE,
    code_anchor,
    render_sarif,
    sarif_dict,
)


@cache
def _validator() -> jsonschema.Draft4Validator:
    schema = json.loads(shared_schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def _validate(data: Any) -> None:
    _validator().validate(data)


def _run(result: Result) -> dict[str, Any]:
    data = json.loads(render_sarif(result))
    run: dict[str, Any] = data["runs"][0]
    return run


def test_golden() -> None:
    check_golden("sample.sarif.json", render_sarif(sample_result()))


def test_valid_against_schema() -> None:
    _validate(json.loads(render_sarif(sample_result())))
    _validate(json.loads(render_sarif(empty_result())))


def test_log_header() -> None:
    data = json.loads(render_sarif(sample_result()))
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert data["version"] == "2.1.0"
    assert len(data["runs"]) == 1
    driver = data["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factlint"
    assert driver["version"] == "0.0.0-test"
    # The project owns no domain: without the published address of its docs, the log
    # names none rather than someone else's.
    assert "informationUri" not in driver


def test_a_rule_per_code() -> None:
    rules = _run(sample_result())["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(CODES)
    x301 = rules[list(CODES).index("X301")]
    assert x301 == {
        "id": "X301",
        "name": "SourcesContradict",
        "shortDescription": {"text": "Sources contradict"},
        "fullDescription": {"text": CODES["X301"].description},
        "help": {
            "text": "Sources contradict each other: no single value fits all their claims. "
            f"{CODES['X301'].fix} See factlint's docs/codes.md, X301 sources-contradict.",
            "markdown": "**X301 sources-contradict** (error)\n\n"
            "Sources contradict each other: no single value fits all their claims.\n\n"
            f"**Fix:** {CODES['X301'].fix}\n\n"
            "See factlint's docs/codes.md, X301 sources-contradict.",
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["factlint", "sources-contradict"], "problem.severity": "error"},
    }
    levels = {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}
    assert (levels["D203"], levels["D202"]) == ("warning", "note")
    # Code scanning's own scale for a rule that is not a security rule.
    severities = {rule["id"]: rule["properties"]["problem.severity"] for rule in rules}
    assert (severities["D201"], severities["D203"], severities["D202"]) == (
        "error",
        "warning",
        "recommendation",
    )
    assert set(severities.values()) == {"error", "warning", "recommendation"}


def test_results() -> None:
    result = sample_result()
    run = _run(result)
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(result.findings)
    for entry, finding in zip(run["results"], result.findings, strict=True):
        assert entry["ruleId"] == finding.code
        assert rules[entry["ruleIndex"]]["id"] == finding.code
        if len(finding.locations) > 1:  # the other side linked, for code scanning
            assert entry["message"]["text"].startswith(finding.message + " (other side: [")
        else:
            assert entry["message"]["text"] == finding.message
        assert entry["partialFingerprints"] == {"factlintFingerprint/v1": finding.fingerprint}
        # SARIF: a run's results all have `suppressions` or none do.
        assert bool(entry["suppressions"]) == finding.acknowledged
    levels = [entry["level"] for entry in run["results"]]
    # Two info findings and the acknowledged error.
    assert levels.count("note") == 3


def test_contradiction_has_the_other_side_as_related_location() -> None:
    run = _run(sample_result())
    x301 = next(entry for entry in run["results"] if entry["ruleId"] == "X301")
    assert x301["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "claims/yahoo.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 14, "startColumn": 12},
            }
        }
    ]
    assert x301["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "claims/tyla.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 9, "startColumn": 12},
            },
            "message": {"text": "other side: tyla-2022-12-07/mia-age"},
        }
    ]


def test_contradiction_links_the_other_side_in_its_message() -> None:
    # Code scanning shows a related location only where the message links it.
    run = _run(sample_result())
    x301 = next(entry for entry in run["results"] if entry["ruleId"] == "X301")
    assert x301["message"] == {
        "text": "yahoo-2022-12 says 21, tyla-2022-12-07 says 22: no single age of Mia "
        "Threapleton fits both; find out which source is right "
        "(other side: [tyla-2022-12-07/mia-age](1))"
    }


def test_acknowledged_is_suppressed_in_source() -> None:
    run = _run(sample_result())
    (suppressed,) = [entry for entry in run["results"] if entry["suppressions"]]
    assert suppressed["suppressions"] == [
        {
            "kind": "inSource",
            "status": "accepted",
            "justification": "The Times corrected this in print; kept for the record",
        }
    ]
    # Code scanning ignores suppressions: an accepted error is a note there, so it opens
    # no error alert; its own severity stays in its properties.
    assert suppressed["ruleId"] == "D201"
    assert suppressed["level"] == "note"
    assert suppressed["properties"]["severity"] == "error"


def test_a_finding_a_baseline_accepted_is_suppressed_externally() -> None:
    """A baseline is kept outside the claim files: SARIF's `external` kind (a baseline or
    suppression file), not `inSource`, which an acknowledgement in the claim file is."""
    finding = make_finding("D201", "wrong", claims=("s/c",)).acknowledge("baseline: old")
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    (entry,) = _run(result)["results"]
    assert entry["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "baseline: old"}
    ]
    _validate(json.loads(render_sarif(result)))


def test_every_result_says_whether_it_is_suppressed() -> None:
    for result in (sample_result(), contradiction("c")):
        for entry in _run(result)["results"]:
            assert isinstance(entry["suppressions"], list)


def test_no_absolute_paths() -> None:
    text = render_sarif(sample_result())
    assert "file:" not in text
    assert "originalUriBaseIds" not in text
    for entry in _run(sample_result())["results"]:
        for location in entry.get("locations", []):
            assert not location["physicalLocation"]["artifactLocation"]["uri"].startswith("/")


def test_uris_are_encoded() -> None:
    finding = make_finding("E101", "bad", locations=(Location("claims/x\\a b#1 é.yaml", 0, 0),))
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    data = json.loads(render_sarif(result))
    _validate(data)
    (location,) = data["runs"][0]["results"][0]["locations"]
    assert location == {
        "physicalLocation": {
            "artifactLocation": {
                "uri": "claims/x%5Ca%20b%231%20%C3%A9.yaml",
                "uriBaseId": "%SRCROOT%",
            }
        }
    }


def test_same_result_same_text() -> None:
    assert render_sarif(sample_result()) == render_sarif(sample_result())


def test_same_bytes_as_json_dumps() -> None:
    data = sarif_dict(sample_result())
    assert render_sarif(sample_result()) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_a_long_finding_stays_within_code_scannings_limits() -> None:
    text = render_sarif(contradiction(LONG))
    (found,) = json.loads(text)["runs"][0]["results"]
    # Shortened to TEXT_LIMIT: 94 nine-digit words and their spaces (939 characters),
    # then the note.
    # Shortened to leave room for links to the first MAX_LINKED of the 1,999 other
    # sides: 82 nine-digit words and their spaces, the note, then the links.
    links = ", ".join(f"[s000/c{i:04d}]({i})" for i in range(1, MAX_LINKED + 1))
    shown = (
        " ".join(f"{i:09d}" for i in range(82))
        + " \u2026 (199,181 more characters; consistency.json has it whole)"
        + f" (other side: {links} and 1,994 more)"
    )
    assert len(shown) <= TEXT_LIMIT
    assert found["message"] == {"text": shown}
    # 1,999 other sides, of which the file keeps MAX_RELATED (code scanning shows 100).
    related = found["relatedLocations"]
    assert len(related) == MAX_RELATED == 100
    assert related[0]["message"] == {"text": "other side: s000/c0001"}
    assert related[-1]["message"] == {"text": "other side: s005/c0100"}


CODES_URL = "https://docs.example.org/factlint/codes.md"
ONE_CLAIM = """\
source: {id: c, outlet: Example, title: One, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
DOCS = Path(__file__).parents[2] / "docs" / "codes.md"
ROOT = Path(__file__).parents[2]


def test_golden_with_a_docs_address() -> None:
    text = render_sarif(sample_result(), codes_url=CODES_URL)
    check_golden("sample.docs-url.sarif.json", text)
    _validate(json.loads(text))


def test_help_uri_is_the_codes_section() -> None:
    data = json.loads(render_sarif(sample_result(), codes_url=CODES_URL))
    _validate(data)
    driver = data["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == CODES_URL
    uris = {rule["id"]: rule["helpUri"] for rule in driver["rules"]}
    assert uris["E104"] == CODES_URL + "#e104-unknown-entity"
    assert uris["X301"] == CODES_URL + "#x301-sources-contradict"
    # Each anchor is a section of docs/codes.md, named as forges name headings.
    headings = {
        line[3:].strip().lower().replace(" ", "-")
        for line in DOCS.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    }
    for code, uri in uris.items():
        assert uri.partition("#")[2] == code_anchor(code)
        assert code_anchor(code) in headings, code
    d201 = driver["rules"][list(CODES).index("D201")]["help"]["markdown"]
    assert d201.endswith(
        "See factlint's docs/codes.md, "
        "[D201 refuted](https://docs.example.org/factlint/codes.md#d201-refuted)."
    )


def test_a_configured_docs_url_gives_help_uri_and_wins_over_the_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`docs-url` in [tool.factlint], end to end: each rule's helpUri is that address
    and the code's anchor; the installed metadata's Documentation URL is the fallback."""
    claims_project(tmp_path, monkeypatch, {"c.yaml": ONE_CLAIM})
    pyproject = tmp_path / "pyproject.toml"
    found = Message()
    found["Project-URL"] = "Documentation, https://meta.example.org/docs"
    monkeypatch.setattr(metadata, "metadata", lambda name: found)

    def help_uris() -> dict[str, str]:
        assert main(["--no-reports", "-q", "--no-cache", "--sarif", "out.sarif"]) == 0
        data = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
        _validate(data)
        rules = data["runs"][0]["tool"]["driver"]["rules"]
        return {rule["id"]: rule["helpUri"] for rule in rules}

    assert help_uris()["D201"] == "https://meta.example.org/docs/codes.md#d201-refuted"
    pyproject.write_text(
        pyproject.read_text() + 'docs-url = "https://example.org/factlint/codes"\n'
    )
    uris = help_uris()
    assert uris["D201"] == "https://example.org/factlint/codes#d201-refuted"
    assert uris["S501"] == "https://example.org/factlint/codes#s501-shared-wording"
    capsys.readouterr()
    pyproject.write_text(pyproject.read_text().replace("https://example.org", "ftp://x"))
    assert main(["--no-reports", "--sarif", "out.sarif"]) == 2
    assert capsys.readouterr().err == (
        "validate: configuration: pyproject.toml:3:12: 'docs-url' should be an "
        'absolute http(s) address, such as "https://example.org/factlint/codes"\n'
    )


def test_help_uri_must_be_absolute() -> None:
    with pytest.raises(ValueError, match="absolute http"):
        sarif_dict(sample_result(), codes_url="docs/codes.md")


def test_paths_are_made_relative_to_the_project_root(tmp_path: Path) -> None:
    """A run in docs/ shows `../claims/a.yaml`, and `x.yaml` of its own folder, for the
    root's `claims/a.yaml` and `docs/x.yaml`."""
    finding = make_finding(
        "X303",
        "differ",
        claims=("a/c", "a/d"),
        locations=(Location("../claims/a.yaml", 3, 5), Location("x.yaml", 1, 1)),
    )
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    place = ProjectPlace(str(tmp_path), str(tmp_path / "docs"))
    (out,) = sarif_dict(result, place=place)["runs"][0]["results"]
    assert out["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "claims/a.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    related = out["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
    assert related == {"uri": "docs/x.yaml", "uriBaseId": "%SRCROOT%"}


def _error_flood(count: int) -> Result:
    """`count` refuted claims in one file, and one contradiction naming all of them:
    what a claim file full of errors gives."""
    ids = tuple(f"flood/c{i}" for i in range(count))
    locations = tuple(Location("claims/flood.yaml", 1 + i, 5) for i in range(count))
    refuted = tuple(
        make_finding("D201", f"claim {i} is refuted", claims=(ids[i],), locations=(locations[i],))
        for i in range(count)
    )
    message = "; ".join(f"c{i} says {1900 + i % 100}" for i in range(count))
    contradiction = make_finding("X303", message, claims=ids, locations=locations)
    return Result(
        findings=(*refuted, contradiction), claims=(), sources=(), files=("claims/flood.yaml",)
    )


def test_a_claim_file_full_of_errors_stays_within_code_scannings_limits() -> None:
    """Scenario 10: results per rule capped and the cap said in the run."""
    text = render_sarif(_error_flood(2_500))
    data = json.loads(text)
    _validate(data)
    run = data["runs"][0]
    codes = [r["ruleId"] for r in run["results"]]
    assert codes.count("D201") == MAX_RESULTS_PER_RULE == 1_000
    assert codes.count("X303") == 1
    assert len(run["results"]) == 1_001 <= 25_000
    assert run["properties"] == {"omittedResults": {"D201": 1_500}, "maxResultsPerRule": 1_000}
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    assert invocation["toolExecutionNotifications"] == [
        {
            "level": "warning",
            "message": {
                "text": "1,500 more D201 results left out: this file holds the first 1,000 of "
                "each rule; consistency.json lists them all"
            },
            "associatedRule": {"id": "D201", "index": list(CODES).index("D201")},
        }
    ]
    # The first 1,000 in order, the rest left out.
    assert run["results"][999]["message"]["text"] == "claim 999 is refuted"
    # A run that writes no reports names what lists them all instead.
    (without,) = sarif_dict(_error_flood(2_500), reports=False)["runs"][0]["invocations"]
    assert without["toolExecutionNotifications"][0]["message"]["text"] == (
        "1,500 more D201 results left out: this file holds the first 1,000 of "
        "each rule; --format json lists them all"
    )
    contradiction = run["results"][-1]
    assert len(contradiction["relatedLocations"]) == MAX_RELATED
    assert len(contradiction["message"]["text"]) <= TEXT_LIMIT
    # Linear in what is kept, not in the input: under 1,000 characters a result.
    assert len(text) < 1_001 * 1_000 + MAX_RELATED * 300 + 50_000


def test_within_the_caps_nothing_is_said_about_them() -> None:
    run = _run(_error_flood(MAX_RESULTS_PER_RULE))
    assert "invocations" not in run and "properties" not in run
    assert len(run["results"]) == MAX_RESULTS_PER_RULE + 1


def test_link_texts_are_escaped_and_bounded() -> None:
    # A claim's name cannot close the link early or open one of its own, and a long
    # one is cut: the message keeps to TEXT_LIMIT.
    long_claim = "s/" + "x" * 200
    finding = make_finding(
        "X301",
        "they differ",
        claims=("a/one", "b/t]w[o\\", long_claim),
        locations=(
            Location("claims/a.yaml", 1, 1),
            Location("claims/b.yaml", 2, 3),
            Location("claims/c.yaml", 4, 5),
        ),
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    _validate(data)
    (entry,) = data["runs"][0]["results"]
    cut = long_claim[: LINK_NAME_LIMIT - 1] + "\u2026"
    assert entry["message"] == {
        "text": f"they differ (other side: [b/t\\]w\\[o\\\\](1), [{cut}](2))"
    }
    assert len(cut) == LINK_NAME_LIMIT
    assert [r["message"]["text"] for r in entry["relatedLocations"]] == [
        "other side: b/t\\]w\\[o\\\\",
        f"other side: {long_claim}",
    ]


def test_link_texts_show_controls_as_the_message_and_related_locations_do() -> None:
    # A control or bidi character is shown by the same escape in a link's text as in
    # the related location's message (its backslash was doubled in the link), a cut
    # never splits an escape (`\u202e` was cut to a lone backslash before the
    # ellipsis), and a name of brackets keeps to the limit once escaped.
    near_the_cut = "s/" + "x" * 56 + "\u202eyy"
    brackets = "s/" + "[]" * 40
    finding = make_finding(
        "X301",
        "they differ",
        claims=("a/one", "b/t\u202ew\x1bo\\", near_the_cut, brackets),
        locations=tuple(Location(f"claims/{n}.yaml", n, 1) for n in range(1, 5)),
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    _validate(data)
    (entry,) = data["runs"][0]["results"]
    pair = "\\[\\]"  # a bracket pair escaped
    assert entry["message"] == {
        "text": "they differ (other side: [b/t\\u202ew\\x1bo\\\\](1), "
        f"[s/{'x' * 56}\u2026](2), [s/{pair * 14}\u2026](3))"
    }
    assert [r["message"]["text"] for r in entry["relatedLocations"]] == [
        "other side: b/t\\u202ew\\x1bo\\\\",
        f"other side: s/{'x' * 56}\\u202eyy",
        f"other side: s/{pair * 40}",
    ]


def test_the_sources_rows_change_nothing_in_sarif(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SARIF has no per-source part: a file whose source cannot be used shows in its
    findings, as it did before it had a row."""
    result = broken_header_result(tmp_path, monkeypatch)
    usable = replace(result, sources=tuple(s for s in result.sources if s.usable))
    assert render_sarif(result) == render_sarif(usable)
    _validate(json.loads(render_sarif(result)))


def test_brackets_and_backslashes_in_a_message_are_escaped_so_no_link_is_forged() -> None:
    # A claim's value quoted in a message could otherwise be read as an embedded link
    # (to a related location, or to a page); a word diff's marks are shown as written.
    finding = make_finding(
        "Q402",
        "quote differs: it was [-really-] {+truly+} staggering; see [here](1) or "
        "[there](https://example.com) \\[x](2)",
        claims=("a/one", "b/two"),
        locations=(Location("claims/a.yaml", 1, 1), Location("claims/b.yaml", 2, 3)),
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    _validate(data)
    (entry,) = data["runs"][0]["results"]
    assert entry["message"] == {
        "text": "quote differs: it was \\[-really-\\] {+truly+} staggering; see \\[here\\](1) or "
        "\\[there\\](https://example.com) \\\\\\[x\\](2) (other side: [b/two](1))"
    }


def test_a_message_of_brackets_keeps_to_the_limit_once_escaped() -> None:
    # Every escape is made room for before the message is cut, and no cut splits one.
    finding = make_finding(
        "D201", "[" * 3 * TEXT_LIMIT, claims=("a/one",), locations=(Location("a.yaml", 1, 1),)
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    text = data["runs"][0]["results"][0]["message"]["text"]
    kept, note = text.split(" \u2026 ")
    assert kept == "\\[" * (len(kept) // 2)
    assert note.startswith("(") and note.endswith("; consistency.json has it whole)")
    assert len(text) <= TEXT_LIMIT


def test_a_message_of_bidi_controls_keeps_to_the_limit_once_shown() -> None:
    # Each is shown as its six-character escape: counting only brackets let the message
    # run to six times the limit.
    finding = make_finding(
        "D201",
        "\u202e" * 3 * TEXT_LIMIT,
        claims=("a/one",),
        locations=(Location("a.yaml", 1, 1),),
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    text = data["runs"][0]["results"][0]["message"]["text"]
    assert (
        text == "\\u202e" * 109 + " \u2026 (2,891 more characters; consistency.json has it whole)"
    )
    assert len(text) <= TEXT_LIMIT


def test_a_message_of_brackets_keeps_what_fits_once_escaped() -> None:
    # Only the brackets of what is kept take room: counting those of the first
    # TEXT_LIMIT characters kept none of them.
    finding = make_finding(
        "D201", "[" * 3 * TEXT_LIMIT, claims=("a/one",), locations=(Location("a.yaml", 1, 1),)
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    text = data["runs"][0]["results"][0]["message"]["text"]
    assert text == "\\[" * 443 + " \u2026 (2,557 more characters; consistency.json has it whole)"
    assert len(text) <= TEXT_LIMIT


def _side(*claims: str) -> Side:
    locations = tuple(Location(f"claims/{c.split('/')[0]}.yaml", 3, 12) for c in claims)
    sources = tuple(sorted({c.split("/")[0] for c in claims}))
    return Side(("v",), sources, claims, locations, len(sources))


def test_a_claim_of_the_results_own_side_is_not_labelled_the_other_side() -> None:
    # Two sources against two: the result stands on one side, whose second claim is on
    # the same side as its first, and only the other two are the other side.
    odd, other = _side("a/x", "b/x"), _side("c/x", "d/x")
    finding = make_finding(
        "X301",
        "they contradict",
        claims=(*odd.claims, *other.claims),
        locations=(*odd.locations, *other.locations),
        sides=(odd, other),
    )
    data = json.loads(render_sarif(Result(findings=(finding,), claims=(), sources=(), files=())))
    _validate(data)
    (entry,) = data["runs"][0]["results"]
    assert entry["message"] == {
        "text": "they contradict (same side: [b/x](1); other side: [c/x](2), [d/x](3))"
    }
    assert [r["message"]["text"] for r in entry["relatedLocations"]] == [
        "same side: b/x",
        "other side: c/x",
        "other side: d/x",
    ]


def test_a_shared_wrong_value_is_shared_wording_not_a_shared_passage() -> None:
    """S501 is also two sources giving the same distinctive wrong value, where nothing is
    a passage: its related location said "shared passage: c/x"."""
    message = (
        "b shares the same wrong value (I Am Ruth broadcast_slot 90 minutes) with c, in its "
        "claim x; the two are not independent confirmations: where sources are counted, "
        "they count once"
    )
    finding = make_finding(
        "S501",
        message,
        claims=("b/x", "c/x"),
        locations=(Location("b.yaml", 3, 5), Location("c.yaml", 3, 5)),
    )
    run = _run(Result(findings=(finding,), claims=(), sources=(), files=("b.yaml", "c.yaml")))
    (entry,) = run["results"]
    assert entry["message"]["text"] == f"{message} (shared wording: [c/x](1))"
    assert [r["message"]["text"] for r in entry["relatedLocations"]] == ["shared wording: c/x"]


def test_shared_wording_and_a_duplicate_id_say_what_their_related_locations_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """S501 names the passages two sources share, its own source's as well as the
    other's, and E103 the other use of the id: neither is the other side of anything."""
    monkeypatch.chdir(ROOT)
    result = validate(
        ["tests/examples/third-desk", "tests/examples/foundation/duplicate-id.json"],
        dataset="dataset",
    )
    run = _run(result)
    s501 = next(entry for entry in run["results"] if entry["ruleId"] == "S501")
    assert s501["message"]["text"].endswith(
        "where sources are counted, they count once (shared wording: "
        "[tyla-2022-12-07/said-characters](1), [dexerto-2023-05/said-for-sure](2), "
        "[tyla-2022-12-07/said-for-sure](3), [dexerto-2023-05/said-hurting](4), "
        "[tyla-2022-12-07/said-hurting](5))"
    )
    assert [r["message"]["text"] for r in s501["relatedLocations"]] == [
        "shared wording: tyla-2022-12-07/said-characters",
        "shared wording: dexerto-2023-05/said-for-sure",
        "shared wording: tyla-2022-12-07/said-for-sure",
        "shared wording: dexerto-2023-05/said-hurting",
        "shared wording: tyla-2022-12-07/said-hurting",
    ]
    e103 = next(entry for entry in run["results"] if entry["ruleId"] == "E103")
    assert e103["message"]["text"] == (
        "claim id 'age' is used twice in this file (first at line 4); rename one "
        "(same id: [tests/examples/foundation/duplicate-id.json](1))"
    )
    assert [r["message"]["text"] for r in e103["relatedLocations"]] == [
        "same id: tests/examples/foundation/duplicate-id.json"
    ]


def test_paths_from_above_the_project_are_made_relative_to_its_root(tmp_path: Path) -> None:
    """A run from the folder above the root shows `proj/claims/a.yaml`, the root's
    `claims/a.yaml`. A file outside the project (`other/x.yaml` beside it) is named by
    no URI: `../other/x.yaml` from %SRCROOT% pointed out of every checkout. Beside a
    result inside, it is a related location with its message alone, named in the
    result's message without a link."""
    finding = make_finding(
        "X303",
        "differ",
        claims=("a/c", "x/d"),
        locations=(Location("proj/claims/a.yaml", 3, 5), Location("other/x.yaml", 1, 1)),
    )
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    data = sarif_dict(result, place=ProjectPlace(str(tmp_path / "proj"), str(tmp_path)))
    _validate(data)
    (out,) = data["runs"][0]["results"]
    assert out["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "claims/a.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    assert out["relatedLocations"] == [{"id": 1, "message": {"text": "other side: x/d"}}]
    assert out["message"]["text"] == "differ (other side: x/d)"
    assert "invocations" not in data["runs"][0]


def test_a_result_in_a_file_outside_the_project_is_left_out_and_counted(
    tmp_path: Path,
) -> None:
    """`validate ../other/x.yaml` from the root wrote the result at the URI
    `../other/x.yaml` from %SRCROOT%: outside every checkout, and code scanning refuses
    a whole file holding a result it cannot place. It is left out, and a notification
    and the run's properties count it; the results inside the project stay."""
    outside = make_finding("E102", "bad", locations=(Location("../other/x.yaml", 2, 3),))
    absolute = make_finding("E102", "bad", locations=(Location("/tmp/x.yaml", 2, 3),))
    inside = make_finding("E102", "bad", locations=(Location("claims/a.yaml", 2, 3),))
    result = Result(findings=(outside, absolute, inside), claims=(), sources=(), files=())
    data = sarif_dict(result, place=ProjectPlace(str(tmp_path), str(tmp_path)))
    _validate(data)
    (run,) = data["runs"]
    assert [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    ] == ["claims/a.yaml"]
    assert run["properties"] == {"resultsOutsideProject": 2}
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notification == {
        "level": "warning",
        "message": {
            "text": "2 results left out as in files outside the project, the first in "
            "../other/x.yaml, line 2: this file names files from the project's root only; "
            "move them under the root, the folder of the configuration, for code scanning "
            "to show them; consistency.json lists them all"
        },
    }
    # No URI climbs out of %SRCROOT%: the one `../` is the notification's naming the file.
    assert json.dumps(data).count("../") == 1 and "/tmp/" not in json.dumps(data)
    # An absolute path is named by its last part alone: the rest is this machine's.
    result = Result(findings=(absolute, inside), claims=(), sources=(), files=())
    data = sarif_dict(result, reports=False, place=ProjectPlace(str(tmp_path), str(tmp_path)))
    (notification,) = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notification["message"]["text"] == (
        "1 result left out as in files outside the project, the first in x.yaml (given by "
        "its absolute path), line 2: this file names files from the project's root only; "
        "move them under the root, the folder of the configuration, for code scanning to "
        "show them; --format json lists them all"
    )
    assert "/tmp/" not in json.dumps(data)


def test_the_place_of_the_run_is_worked_out_from_both_folders(tmp_path: Path) -> None:
    """The run's folder from the root and the root from the run's folder are worked
    out together: given only the root `proj` as seen from the run's folder, a file
    `other/x.yaml` beside it was written as the root's own `other/x.yaml`."""
    above = ProjectPlace(str(tmp_path / "proj"), str(tmp_path))
    assert (above.base, above.root) == ("..", "proj")
    assert above.path("proj/claims/a.yaml") == "claims/a.yaml"
    assert above.path("other/x.yaml") is None
    below = ProjectPlace(str(tmp_path), str(tmp_path / "docs"))
    assert (below.base, below.root) == ("docs", "..")
    assert below.path("x.yaml") == "docs/x.yaml"
    assert below.path("../claims/./a.yaml") == "claims/a.yaml"
    assert below.path("../../x.yaml") is None
    assert AT_ROOT.path("claims/a.yaml") == "claims/a.yaml"
    assert AT_ROOT.path("../x.yaml") is None
    assert AT_ROOT.path("/etc/x.yaml") is None
    assert AT_ROOT.path("C:/x.yaml") is None
    assert AT_ROOT == ProjectPlace() == ProjectPlace(str(tmp_path), str(tmp_path))
