"""The stages one claim file goes through before it is checked: its bytes read (E101
when they cannot be), decoded and parsed (E101), then schema-checked into a source and
its claims; and what a cache entry must be to stand for their outcome."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from validator.model.findings import Finding, Location, make_finding
from validator.parse.claim_file import ParsedFile
from validator.read.files import Limits, LoadedFile
from validator.stages import FileOutcome, parsed, read, well_formed

VALID = b"source: {id: s, outlet: O, title: T, published: 2022}\nclaims: []\n"


def _parsed(raw: bytes, shown: str = "a.yaml") -> FileOutcome:
    return parsed(shown, raw, hashlib.sha256(raw).hexdigest(), Limits())


def test_read_takes_what_was_read_already_before_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(VALID)
    assert read(str(path), Limits(), {}) == VALID
    assert read(str(path), Limits(), {str(path): b"read before"}) == b"read before"


def test_read_says_why_a_file_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    found = read("nowhere.yaml", Limits(), {})
    assert isinstance(found, Finding)
    assert (found.code, found.message, str(found.location)) == (
        "E101",
        "file disappeared before it could be read",
        "nowhere.yaml:1:1",
    )


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (
            b"\xff\xfe bad",
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
            "a.yaml:1:1",
        ),
        (
            b"source: [\n",
            "YAML syntax error: did not find expected node content while parsing a flow node",
            "a.yaml:2:1",
        ),
    ],
)
def test_bytes_that_cannot_be_decoded_or_parsed_are_one_e101(
    raw: bytes, message: str, where: str
) -> None:
    parsed_file, findings = _parsed(raw)
    assert parsed_file is None
    assert [(f.code, f.message, str(f.location)) for f in findings] == [("E101", message, where)]


def test_a_parsed_file_is_schema_checked_into_its_source_and_claims() -> None:
    parsed_file, findings = _parsed(VALID, "b.yaml")
    assert findings == ()
    assert isinstance(parsed_file, ParsedFile)
    assert (parsed_file.path, parsed_file.source_id, parsed_file.claims) == ("b.yaml", "s", ())
    assert parsed_file.loaded.digest == hashlib.sha256(VALID).hexdigest()


def test_the_check_of_stage_2_may_be_substituted() -> None:
    seen: list[tuple[str, int]] = []

    def check(loaded: LoadedFile, max_claims: int) -> tuple[ParsedFile, list[Finding]]:
        seen.append((loaded.path, max_claims))
        return ParsedFile(loaded, "x", None, 1, ()), []

    outcome = parsed("c.yaml", VALID, "digest", Limits(max_claims=7), check)
    assert seen == [("c.yaml", 7)]
    assert outcome[0] is not None and outcome[0].source_id == "x"


def test_well_formed_is_an_outcome_of_the_file_shown() -> None:
    good = _parsed(VALID, "a.yaml")
    unread = (None, (make_finding("E101", "x", locations=(Location("a.yaml", 1, 1),)),))
    assert well_formed(good, "a.yaml")
    assert well_formed(unread, "a.yaml")
    assert well_formed((None, ()), "a.yaml")
    assert not well_formed(good, "b.yaml")  # another file's
    assert not well_formed([good[0], good[1]], "a.yaml")  # not a tuple
    assert not well_formed((good[0],), "a.yaml")
    assert not well_formed(("a.yaml", ()), "a.yaml")
    assert not well_formed((None, ["not a finding"]), "a.yaml")
    assert not well_formed((None, list(unread[1])), "a.yaml")
