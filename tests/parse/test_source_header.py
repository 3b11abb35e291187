"""The source a header describes: usable, undated (its date cannot be used) or not usable."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.one_file import located, one_file
from validator.model.findings import Finding, Location, make_finding
from validator.parse.claim_file import check_claim_file
from validator.parse.located import Located
from validator.parse.source_header import (
    Header,
    dating_problem,
    harmless_in_source,
    read_source,
    undated_by,
)
from validator.pipeline import validate
from validator.read.files import Limits, LoadedFile, parse_text

ROOT = Path(__file__).resolve().parents[2]


def _e(code: str, *path: str | int) -> Located:
    return Located(code, path, 5, 3, "m", "k")


def test_a_problem_in_the_date_or_a_stray_field_leaves_the_source_usable() -> None:
    assert dating_problem(_e("E102", "source", "published"))
    assert dating_problem(_e("E101", "source", "published", "from"))
    assert not dating_problem(_e("E102", "source"))  # the date missing: no date to read
    assert not dating_problem(_e("E102", "source", "title"))
    assert not dating_problem(_e("E102", "claims", 0, "as_of"))
    assert harmless_in_source(_e("E102", "source", "published", "to"))
    assert harmless_in_source(_e("E102", "source", "colour"))
    assert not harmless_in_source(_e("E102", "source", "title"))


def _parsed(text: str) -> LoadedFile:
    found = parse_text(text, "s.yaml", Limits())
    assert isinstance(found, LoadedFile)
    return found


def _loaded(published: str) -> LoadedFile:
    return _parsed(
        f"source: {{id: s, outlet: O, title: T, published: {published}}}\n"
        "claims:\n  - {id: a, subject: S, property: p, value: 1}\n"
    )


def _read(published: str, undated: bool = False) -> tuple[Header, list[Finding]]:
    loaded = _loaded(published)
    findings: list[Finding] = []
    return read_source(loaded, loaded.data["source"], undated, findings), findings


def test_a_usable_date_dates_the_source() -> None:
    header, findings = _read("2022-12-08T21:00")
    assert header.source is not None and not header.undated
    assert header.source.published == "2022-12-08T21:00"
    assert findings == []


@pytest.mark.parametrize("published", ["2022-12-08T10:00:00Z", "'{from: 2022}'"])
def test_a_date_the_schema_refused_leaves_the_source_undated_with_its_date_as_written(
    published: str,
) -> None:
    header, findings = _read(published, undated=True)
    assert header.source is not None and header.undated
    assert header.source.published == _loaded(published).data["source"]["published"]
    assert (header.source.id, header.source.outlet, header.source.title) == ("s", "O", "T")
    assert findings == []  # the schema's E102 is the date's finding


def test_a_date_the_calendar_has_not_leaves_the_source_undated_with_its_e102() -> None:
    header, findings = _read("2022-02-30")
    assert header.source is not None and header.undated
    assert [(f.code, f.claims, str(f.location)) for f in findings] == [("E102", (), "s.yaml:1:49")]


@pytest.mark.parametrize(
    ("published", "undated", "invalid"),
    [
        ("2022-12-08", False, False),
        ("2022-12-08T10:00+01:00", True, False),
        ("2022-12-08 10:00", True, False),
        ("{from: 2022-12-08T10:00:00}", True, False),
        ("2022-13-01", True, False),
        ("[2022]", True, False),
    ],
)
def test_a_file_whose_date_alone_is_wrong_keeps_its_source_and_claims(
    published: str, undated: bool, invalid: bool
) -> None:
    parsed, findings = check_claim_file(_loaded(published))
    assert parsed.undated is undated
    assert (parsed.source is None) is invalid
    assert [entry.model is not None for entry in parsed.claims] == [True]
    dated: list[Any] = [f.code for f in findings]
    assert dated == (["E102"] if undated else [])


def test_a_file_with_another_error_in_its_source_is_not_usable() -> None:
    found = parse_text(
        "source: {id: s, outlet: O, title: '', published: 2022-12-08T10:00Z}\n"
        "claims:\n  - {id: a, subject: S, property: p, value: 1}\n",
        "s.yaml",
        Limits(),
    )
    assert isinstance(found, LoadedFile)
    parsed, findings = check_claim_file(found)
    assert parsed.source is None and not parsed.undated  # so no claim of it is checked
    assert sorted(f.message.split(" ")[0] for f in findings) == [
        "source.published",
        "source.title",
    ]


def test_a_missing_or_misspelt_date_is_a_dating_problem_and_an_unused_anchor_none() -> None:
    missing = Located("E102", ("source",), 1, 9, "m", "source", (("source",), "published"))
    misspelt = Located("E102", ("source", "publihsed"), 5, 3, "m", "source.publihsed")
    misspelt = misspelt._replace(field=(("source",), "published"))
    assert dating_problem(missing) and harmless_in_source(missing)
    assert dating_problem(misspelt) and harmless_in_source(misspelt)
    title = Located("E102", ("source",), 1, 9, "m", "source", (("source",), "title"))
    assert not dating_problem(title) and not harmless_in_source(title)
    # An anchor no alias uses leaves the date as read: judged as any other date.
    anchored = Located("E101", ("source", "published"), 5, 14, "m", "anchor:source.published")
    anchored = anchored._replace(as_read=True)
    assert not dating_problem(anchored) and harmless_in_source(anchored)
    assert undated_by([anchored, misspelt]) == "source.publihsed"
    assert undated_by([anchored]) == "source.published"  # the calendar's E102


def _claim_file(header: str) -> str:
    return (
        f"source:\n  id: s\n  outlet: O\n{header}"
        "claims:\n  - {id: net, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n"
    )


def test_a_source_without_published_is_undated_its_e102_at_the_header_naming_the_age(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: a file with no `published` key made every claim invalid, where
    `published: null` had the network checked. The schema's E102 stays, once, at the
    header, with its fingerprint; it names the claim the date would decide."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.yaml").write_text(_claim_file("  title: T\n"), encoding="utf-8")
    result = validate(["s.yaml"], str(ROOT / "dataset"), root=str(tmp_path), today=date(2026, 1, 1))
    (finding,) = result.findings
    assert (finding.code, finding.claims, str(finding.location), finding.message) == (
        "E102",
        ("s/age",),
        "s.yaml:2:3",
        "source is missing the required field 'published'; until then 1 claim whose "
        "verdict depends on the date is not checked",
    )
    schema_only = make_finding("E102", "m", locations=(Location("s.yaml", 2, 3),), key="source")
    assert finding.fingerprint == schema_only.fingerprint
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("s/net", "supported"),
        ("s/age", "invalid"),
    ]
    assert [s.published for s in result.sources] == [""]


@pytest.mark.parametrize(
    ("header", "undated"),
    [
        ("  title: &t I Am Ruth\n  published: 2022-12-08\n", False),
        ("  title: T\n  published: &d 2022-12-08\n", False),
        ("  title: T\n  published: &d 2022-12-08 10:00\n", True),
    ],
)
def test_an_unused_anchor_in_the_header_leaves_its_text_as_read_and_the_claims_checked(
    header: str, undated: bool
) -> None:
    """Scenario: a title that kept a template's anchor (`&t`) made every claim invalid."""
    parsed, findings = check_claim_file(_parsed(_claim_file(header)))
    assert parsed.source is not None and parsed.undated is undated
    assert [entry.model is not None for entry in parsed.claims] == [True, True]
    codes = [(f.code, f.claims) for f in findings]
    assert codes == [("E101", ())] + ([("E102", ())] if undated else [])


def test_an_unused_anchor_leaves_a_header_field_to_the_schema() -> None:
    """The text left is no guess: an id of the wrong form is the schema's E102 still."""
    text = _claim_file("  title: T\n  published: 2022-12-08\n").replace("id: s", "id: &x S 1")
    parsed, findings = check_claim_file(_parsed(text))
    assert parsed.source is None
    assert [(f.code, str(f.location)) for f in findings] == [
        ("E101", "s.yaml:2:7"),
        ("E102", "s.yaml:2:7"),
    ]


def test_a_web_address_or_author_of_the_wrong_form_is_left_out_and_the_claims_checked() -> None:
    """Scenario: `url: www.example.com/...`, pasted without its scheme, made every claim
    of the file invalid, though no check reads it. Its E102 stays; the field is left
    out of the source, so no report links to it."""
    header = "  title: T\n  url: www.example.com/ruth\n  author: [Jo, Al]\n  published: 2022\n"
    parsed, findings = check_claim_file(_parsed(_claim_file(header)))
    assert parsed.source is not None
    assert (parsed.source.url, parsed.source.author) == (None, None)
    assert [entry.model is not None for entry in parsed.claims] == [True, True]
    # In the file's order: jsonschema's releases give equally relevant errors in other
    # orders (the run sorts its findings by place; the stage leaves them as found).
    in_file = sorted(findings, key=lambda f: (f.location.line, f.location.column))
    assert [(f.code, f.claims, str(f.location), f.message) for f in in_file] == [
        (
            "E102",
            (),
            "s.yaml:5:8",
            "source.url is the text 'www.example.com/ruth', which does not have the expected "
            "form (a web address starting https:// or http://); write "
            "'https://www.example.com/ruth'",
        ),
        (
            "E102",
            (),
            "s.yaml:6:11",
            "source.author should be text or null, not a list: write the authors as one "
            "text, such as 'Jo and Al'",
        ),
    ]


def test_a_source_that_cannot_be_used_names_the_claims_it_keeps_from_being_checked(
    tmp_path: Path,
) -> None:
    """A source id of the wrong form made every claim of the file invalid, and its E102
    named none of them nor the id to write: it names the claims with no problem of their
    own at parsing (a claim whose subject names no entity too: mending the id alone would
    not get it checked), and says how many."""
    result = one_file(
        tmp_path,
        "source:\n"
        "  id: The Desk 2022/12/09\n"
        "  outlet: The Desk\n"
        "  title: T\n"
        "  published: 2022-12-09\n"
        "claims:\n"
        "  - {id: runtime, subject: I Am Ruth, property: runtime, value: 90}\n"
        "  - {id: odd, subject: I Am Ruth, property: runtime, value: 90, colour: red}\n"
        "  - {id: typo, subject: I Am Rut, property: runtime, value: 90}\n",
    )
    assert [found[:4] for found in located(result)] == [
        ("E102", ("The Desk 2022/12/09/runtime", "The Desk 2022/12/09/typo"), 2, 7),
        ("E102", ("The Desk 2022/12/09/odd",), 8, 65),
        ("E104", ("The Desk 2022/12/09/typo",), 9, 25),
    ]
    assert result.findings[0].message == (
        "source.id is the text 'The Desk 2022/12/09', which does not have the expected form "
        "(lowercase letters, digits and hyphens, like outlet-2024-05-01); write "
        "'the-desk-2022-12-09'; until then 2 claims are not checked"
    )
    assert [claim.verdict.value for claim in result.claims] == ["invalid"] * 3
