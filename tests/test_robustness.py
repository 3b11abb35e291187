"""Hostile and broken input: every bad file is one finding on that file, the other files are
still checked, nothing crashes or hangs, and the reports can still be written.

`tests/examples/bad-input/` holds one committed file per kind of bad input and a good
file (inside a folder named like a claim file, which is searched, not refused). Kinds
git cannot hold well (links, pipes, invalid UTF-8, binary bytes, files that vanish or
cannot be read) are made in a temporary folder by the tests below.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

import validator.drive_files
import validator.per_file
import validator.read.files
import validator.rules.dataset_facts
import validator.rules.excerpts
from tests.claims_project import claims_project
from validator import Result, validate
from validator.cli.main import main
from validator.dataset.load import load_dataset
from validator.model.property_types.base import ValueProblem
from validator.model.property_types.registry import parse_value
from validator.parse.schema import load_schema
from validator.pipeline import Options, Settings, run
from validator.read.files import Limits, LoadedFile, load_file
from validator.report import (
    render_github,
    render_html,
    render_json,
    render_junit,
    render_markdown,
    render_sarif,
    render_text,
)
from validator.report.write_files import write_reports

ROOT = Path(__file__).resolve().parents[1]
BAD_INPUT = "tests/examples/bad-input"
DATASET = str(ROOT / "dataset")

_KEYS = "acknowledge, as_of, excerpt, id, note, property, qualifiers, subject, value"

# (file in bad-input/, code, line, column, message): exactly one per bad file.
EXPECTED_FINDINGS = [
    (
        "alias-bomb.yaml",
        "E101",
        8,
        12,
        "aliases expand the document to more than 2000000 nodes (an alias bomb?); "
        "refused before expanding them",
    ),
    (
        "bare-document-marker.yaml",
        "E101",
        1,
        1,
        "the document is empty; a claim file needs a source and its claims",
    ),
    (
        "comments-only.yaml",
        "E101",
        1,
        1,
        "the document is empty; a claim file needs a source and its claims",
    ),
    # A collection as a key is a problem at the key, the file's other claims checked.
    (
        "complex-key.yaml",
        "E101",
        15,
        7,
        "a mapping key must be a plain value, not a collection; write the field's name as "
        "the key, or remove the entry",
    ),
    # In a comment, it changes no data: the file's problem, its claims all checked.
    (
        "control-character-in-comment.yaml",
        "E101",
        11,
        58,
        "control character U+0007 is not allowed in YAML, not even in a comment; remove it "
        "(the claims were read as if it were not there)",
    ),
    (
        "control-character.json",
        "E101",
        11,
        22,
        "JSON syntax error: control character U+0007 inside a string; write it as \\u0007",
    ),
    (
        "control-character.yaml",
        "E101",
        8,
        17,
        "control character U+0007 is not allowed in YAML; remove it, or write it as an "
        'escape ("\\x07") inside a double-quoted string',
    ),
    # Lines ended by a lone CR, as classic Mac OS saved them: each is a line, as in an editor.
    (
        "cr-line-endings.json",
        "E102",
        13,
        7,
        "unknown field 'valeu' in claims[0]; did you mean 'value'?",
    ),
    (
        "cr-line-endings.yaml",
        "E102",
        10,
        5,
        "unknown field 'valeu' in claims[0]; did you mean 'value'?",
    ),
    # Nesting past the limit in a claim: passed over, a problem at it, the others checked.
    (
        "deep-nesting.yaml",
        "E101",
        11,
        73,
        "nesting is deeper than 64 levels; what it holds was not read, as no field nests so "
        "deep; remove the levels past it",
    ),
    (
        "duplicate-key.json",
        "E101",
        14,
        7,
        "duplicate key 'value' (first at line 13, column 7); keep one of them",
    ),
    (
        "duplicate-key.yaml",
        "E101",
        11,
        5,
        "duplicate key 'value' (first at line 10, column 5); keep one of them",
    ),
    (
        "empty-interval.yaml",
        "E102",
        10,
        12,
        "claims[0].value has no end: neither 'from' nor 'to' is given (an end written null is "
        "an open end); give at least one of them",
    ),
    ("empty.yaml", "E101", 1, 1, "file is empty; a claim file needs a source and its claims"),
    (
        "field-indented-deeper.yaml",
        "E101",
        10,
        11,
        "YAML syntax error: mapping values are not allowed in this context (line 10 is indented "
        "more than line 9 above it, so YAML reads it as more of that line's text; start it at "
        "column 5, where the field of line 9 starts)",
    ),
    (
        "field-indented-short.yaml",
        "E101",
        10,
        3,
        "YAML syntax error: did not find expected '-' indicator while parsing a block collection "
        "(started at line 7, column 3) (line 10 starts at column 3, but the fields above it "
        "start at column 5 (line 9): the fields of one mapping start at the same column; start "
        "it at column 5, or begin a new item with '- ')",
    ),
    (
        "huge-age.yaml",
        "E106",
        10,
        12,
        "value does not fit property 'age' (integer in years): 1e300 is too large to be a "
        "plausible value",
    ),
    (
        "huge-integer.yaml",
        "E101",
        10,
        12,
        "the number 100000000000000000000000000000000000000… is too large (the limit is about "
        "1.8e308); write a smaller number, or quote it if it is text",
    ),
    (
        "huge-number.json",
        "E101",
        13,
        16,
        "the number 1e400 is too large (the limit is about 1.8e308); write a smaller number, "
        "or quote it if it is text",
    ),
    (
        "infinity.json",
        "E101",
        13,
        16,
        "'-Infinity' is not a JSON number; write a number, or quote it if it is text",
    ),
    (
        "infinity.yaml",
        "E101",
        10,
        12,
        "'.inf' is not a finite number; write a number or quote it as text",
    ),
    (
        "integer-key.yaml",
        "E102",
        11,
        5,
        f"unknown field '1' in claims[0]; allowed here: {_KEYS}",
    ),
    # A JSON key with a bad escape is a problem at it, its entry left out, the file's
    # other claims checked (the whole file was refused).
    (
        "key-escape.json",
        "E101",
        15,
        11,
        "JSON syntax error: invalid escape '\\\\e' in a string; write \\\\ for a backslash",
    ),
    (
        "lone-surrogate.json",
        "E101",
        11,
        18,
        "the text holds a lone surrogate U+D800, which is not a character; write the "
        "character itself, or both halves of the pair",
    ),
    (
        "lone-surrogate.yaml",
        "E101",
        8,
        21,
        "YAML syntax error: found invalid Unicode character escape code while parsing a "
        "quoted scalar",
    ),
    # A key over the length limit is a problem at the key, the file's other claims checked.
    (
        "long-key.json",
        "E101",
        15,
        7,
        "a key of 1,001 characters is over the limit of 1,000; keys are field names: write "
        "the field's name as the key, or remove the entry",
    ),
    (
        "long-key.yaml",
        "E101",
        15,
        5,
        "a key of 1,001 characters is over the limit of 1,000; keys are field names: write "
        "the field's name as the key, or remove the entry",
    ),
    (
        "merge-key.yaml",
        "E102",
        16,
        5,
        "unknown field '<<' in claims[1]: a YAML 1.1 merge key, which YAML 1.2 (as factlint "
        "reads its files) does not have; write the fields out, or use an alias (*name) as a "
        "whole value",
    ),
    (
        "nan.json",
        "E101",
        13,
        16,
        "'NaN' is not a JSON number; write a number, or quote it if it is text",
    ),
    (
        "nan.yaml",
        "E101",
        10,
        12,
        "'.nan' is not a finite number; write a number or quote it as text",
    ),
    (
        "null-key.yaml",
        "E102",
        11,
        5,
        f"unknown field '~' in claims[0]; allowed here: {_KEYS}",
    ),
    (
        "python-tag.yaml",
        "E101",
        11,
        11,
        "the tag !!python/object/apply:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
    ),
    (
        "qualifier-under-empty-field.yaml",
        "E102",
        12,
        5,
        "unknown field 'character' in claims[0]; the field above it, 'qualifiers', is empty: "
        "to put 'character' in 'qualifiers', indent it under 'qualifiers'",
    ),
    # A value holding itself is a problem at the alias, the file's other claims checked.
    (
        "recursive-alias.yaml",
        "E101",
        15,
        12,
        "alias *loop is inside the value its anchor &loop marks, and a value cannot hold "
        "itself; write out what it should repeat",
    ),
    (
        "reversed-interval.yaml",
        "E106",
        11,
        12,
        "value does not fit property 'runtime' (duration in minutes): the interval 120..60 "
        "ends before it starts; swap from and to",
    ),
    (
        "tab-indentation.yaml",
        "E101",
        10,
        1,
        "YAML syntax error: found a tab character that violates indentation while scanning a "
        "plain scalar (started at line 9, column 15) (a tab; indent YAML with spaces)",
    ),
    (
        "top-level-list.json",
        "E102",
        1,
        1,
        "the document is a list; a claim file is a mapping with 'source' and 'claims'",
    ),
    (
        "top-level-list.yaml",
        "E102",
        1,
        1,
        "the document is a list; a claim file is a mapping with 'source' and 'claims'",
    ),
    (
        "top-level-scalar.yaml",
        "E102",
        1,
        1,
        "the document is plain text; a claim file is a mapping with 'source' and 'claims'",
    ),
    (
        "trailing-separator.yaml",
        "E101",
        11,
        1,
        "a second YAML document starts here, with nothing in it; a claim file holds one "
        "document: remove this '---'",
    ),
    (
        "two-documents.yaml",
        "E101",
        11,
        1,
        "a second YAML document starts here; a claim file holds one document: "
        "move it to a file of its own",
    ),
    (
        "unterminated-quote.json",
        "E101",
        11,
        35,
        'JSON syntax error: the string is not closed before the end of the line; add the closing "',
    ),
    (
        "unterminated-quote.yaml",
        "E101",
        11,
        1,
        "YAML syntax error: found unexpected end of stream while scanning a quoted scalar "
        "(started at line 8, column 14)",
    ),
    (
        "value-only-a-comment.yaml",
        "E102",
        10,
        11,
        "claims[0].value should be a string, number or boolean; a date, duration or entity "
        "name written as a string; an interval; or an approximate number; got null: it is "
        "empty, as a '#' after a space begins a comment ('# 22, check this'); write the "
        "value before the '#'",
    ),
]

EXPECTED_VERDICTS = {
    # A JSON string closed on its line with a control character or a bad escape is a
    # problem at it, the rest of the file read.
    "bad-control-json/mia-age": "invalid",
    # So is a YAML control character or bad escape: the claim is read past it.
    "bad-control-yaml/mia-age": "invalid",
    "bad-control-comment/mia-age": "supported",
    "bad-surrogate-yaml/mia-age": "invalid",
    "bad-surrogate-json/mia-age": "invalid",
    "bad-cr-line-endings-json/mia-age": "invalid",
    "bad-cr-line-endings-yaml/mia-age": "invalid",
    "bad-deep-nesting/mia-age": "invalid",
    "bad-deep-nesting/mia-age-too": "supported",
    "bad-duplicate-key-json/mia-age": "invalid",
    "bad-duplicate-key-yaml/mia-age": "invalid",
    "bad-empty-interval/mia-age": "invalid",
    "bad-huge-age/mia-age": "invalid",
    # A number no float holds is a problem at its node, the rest of the file still read,
    # in YAML and in JSON alike.
    "bad-huge-integer/mia-age": "invalid",
    "bad-huge-number-json/mia-age": "invalid",
    # So is NaN or Infinity in JSON, which Python's json module reads but JSON has not.
    "bad-infinity-json/mia-age": "invalid",
    "bad-infinity-yaml/mia-age": "invalid",
    "bad-complex-key/mia-age": "supported",
    "bad-complex-key/mia-complex": "invalid",
    "bad-integer-key/mia-age": "invalid",
    "bad-key-escape-json/mia-age": "supported",
    "bad-key-escape-json/mia-key-escape": "invalid",
    "bad-long-key-json/mia-age": "supported",
    "bad-long-key-json/mia-long-key": "invalid",
    "bad-long-key-yaml/mia-age": "supported",
    "bad-long-key-yaml/mia-long-key": "invalid",
    "bad-merge-key/mia-age-first": "supported",
    "bad-merge-key/mia-age-merged": "invalid",
    "bad-nan-json/mia-age": "invalid",
    "bad-nan-yaml/mia-age": "invalid",
    "bad-null-key/mia-age": "invalid",
    "bad-python-tag/mia-age": "invalid",
    "bad-qualifier-under-empty-field/cast-mia": "invalid",
    "bad-recursive-alias/mia-age": "supported",
    "bad-recursive-alias/mia-loop": "invalid",
    "bad-reversed-interval/runtime": "invalid",
    "bad-value-only-a-comment/mia-age": "invalid",
    "good-among-bad/mia-age": "supported",
    "good-among-bad/mia-network": "supported",
}

GOOD = """\
source: {id: good, outlet: Example Times, title: A correct article, published: 2022-12-07}
claims:
  - {id: mia-age, subject: Mia Threapleton, property: age, value: 22}
"""


def rows(result: Result, prefix: str = "") -> list[tuple[str, str, int, int, str]]:
    """Each finding as (file less `prefix`, code, line, column, message)."""
    out = []
    for finding in result.findings:
        assert len(finding.locations) == 1, finding
        loc = finding.locations[0]
        assert loc.file.startswith(prefix), loc.file
        out.append((loc.file[len(prefix) :], finding.code, loc.line, loc.column, finding.message))
    return out


def verdicts(result: Result) -> dict[str, str]:
    return {claim.full_id: claim.verdict.value for claim in result.claims}


def test_every_bad_file_is_one_finding_and_the_good_file_is_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    result = validate(BAD_INPUT, dataset="dataset")

    assert rows(result, BAD_INPUT + "/") == EXPECTED_FINDINGS
    bad_files = sorted(p.name for p in (ROOT / BAD_INPUT).iterdir() if p.is_file())
    per_file = Counter(row[0] for row in EXPECTED_FINDINGS)
    assert sorted(per_file) == [name for name in bad_files if name != "expected.txt"]
    assert set(per_file.values()) == {1}
    assert verdicts(result) == EXPECTED_VERDICTS
    assert f"{BAD_INPUT}/walked-into.yaml/good.yaml" in result.files
    assert result.exit_code == 1


def test_every_report_renders_and_writes_for_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = validate(BAD_INPUT, dataset="dataset")
    written = write_reports(result, str(tmp_path / "reports"))
    assert [Path(p).name for p in written] == [
        "consistency.html",
        "consistency.json",
        "consistency.md",
    ]
    assert (tmp_path / "reports" / "consistency.json").read_text("utf-8") == render_json(result)
    for render in (render_github, render_html, render_junit, render_markdown, render_sarif):
        render(result).encode("utf-8")
    render_text(result).encode("utf-8")


def test_a_yaml_tag_is_never_constructed_or_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    attacks = [
        f'x: !!python/object/apply:os.system ["touch {marker}"]\n',
        f'!!python/object/apply:os.system ["touch {marker}"]\n',
        f'!!python/object/apply:builtins.open ["{marker}", "w"]\n',
        f"x: !!python/object/new:builtins.open [{marker}, w]\n",
        f'? !!python/object/apply:os.system ["touch {marker}"]\n: x\n',
        f'x: [!!python/object/apply:os.system ["touch {marker}"]]\n',
        "x: !!python/name:os.system\n",
    ]
    messages = []
    for number, text in enumerate(attacks):
        path = tmp_path / f"attack-{number}.yaml"
        path.write_text(text, encoding="utf-8")
        loaded = load_file(str(path))
        assert isinstance(loaded, LoadedFile)
        # A collection as a key is a problem of its own, after the tag inside it.
        assert [problem.kind for problem in loaded.problems] in (["tag"], ["tag", "key"])
        messages.extend(problem.message for problem in loaded.problems)
    # The dataset loader reads YAML the same way.
    (tmp_path / "dataset.yaml").write_text(attacks[0], encoding="utf-8")
    with pytest.raises(
        Exception, match="is not allowed: dataset files hold plain data only; remove the tag"
    ):
        load_dataset(str(tmp_path / "dataset.yaml"))
    assert not marker.exists()
    assert messages == [
        "the tag !!python/object/apply:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
        "the tag !!python/object/apply:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
        "the tag !!python/object/apply:builtins.open is not allowed: claim files hold plain data "
        "only; remove the tag",
        "the tag !!python/object/new:builtins.open is not allowed: claim files hold plain data "
        "only; remove the tag",
        "the tag !!python/object/apply:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
        "a mapping key must be a plain value, not a collection; write the field's name as the "
        "key, or remove the entry",
        "the tag !!python/object/apply:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
        "the tag !!python/name:os.system is not allowed: claim files hold plain data only; "
        "remove the tag",
    ]


TAGGED = """\
source:
  id: tagged
  outlet: !outlet Example Times
  title: A file with tags
  published: 2022-12-07
claims:
  - {id: good, subject: Mia Threapleton, property: age, value: 22}
  - {id: wrong, subject: Kate Winslet, property: age, value: 30}
  - id: custom
    subject: Mia Threapleton
    property: age
    value: !foo 22
  - id: python
    subject: !!python/object/apply:os.system ["echo pwned"]
    property: age
    value: 22
"""


def test_a_tag_is_a_finding_where_it_stands_and_the_rest_of_the_file_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `!foo` in one claim made its whole file one E101 at the tag, none of its other
    claims checked. Now it is an E101 on that claim, at the tag, as a duplicate key is;
    a tag outside the claims (in the source) leaves the claims unchecked, as any
    problem with the source does, but each is still read and its own problems named."""
    claims_project(tmp_path, monkeypatch, {"tagged.yaml": TAGGED.replace("!outlet ", "")})
    assert main(["--no-reports", "--no-cache"]) == 1
    out = capsys.readouterr().out.splitlines()
    not_allowed = "is not allowed: claim files hold plain data only; remove the tag"
    assert out[:3] == [
        "claims/tagged.yaml:8:62: D201 error tagged/wrong: claims Kate Winslet age 30 as "
        "of 2022-12-07; the dataset gives birth_date 1975-10-05 (Published biographies of "
        "Kate Winslet and her family), so Kate Winslet was 47 throughout; correct the "
        "claim, or acknowledge it with the fact-check's conclusion",
        f"claims/tagged.yaml:12:12: E101 error tagged/custom: the tag !foo {not_allowed}",
        "claims/tagged.yaml:14:14: E101 error tagged/python: the tag "
        f"!!python/object/apply:os.system {not_allowed}",
    ]
    assert len(out) == 4
    result = validate("claims", dataset="dataset")
    assert verdicts(result) == {
        "tagged/good": "supported",
        "tagged/wrong": "refuted",
        "tagged/custom": "invalid",
        "tagged/python": "invalid",
    }

    (tmp_path / "claims" / "tagged.yaml").write_text(TAGGED, encoding="utf-8")
    result = validate("claims", dataset="dataset")
    assert rows(result, "claims/tagged.yaml") == [
        (
            "",
            "E101",
            3,
            11,
            f"the tag !outlet {not_allowed}; until then 2 claims are not checked",
        ),
        ("", "E101", 12, 12, f"the tag !foo {not_allowed}"),
        ("", "E101", 14, 14, f"the tag !!python/object/apply:os.system {not_allowed}"),
    ]
    # The source's names the claims it keeps from being checked, those with no problem
    # of their own.
    assert [finding.claims for finding in result.findings] == [
        ("tagged/good", "tagged/wrong"),
        ("tagged/custom",),
        ("tagged/python",),
    ]
    assert set(verdicts(result).values()) == {"invalid"}


def test_a_tagged_document_is_a_finding_at_its_tag_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims_project(tmp_path, monkeypatch, {"list.yaml": "!foo [1, 2]\n"})
    result = validate("claims", dataset="dataset")
    assert rows(result, "claims/list.yaml") == [
        (
            "",
            "E101",
            1,
            1,
            "the tag !foo is not allowed: claim files hold plain data only; remove the tag",
        ),
    ]


def _run_in(folder: Path, monkeypatch: pytest.MonkeyPatch, limits: Limits | None = None) -> Result:
    monkeypatch.chdir(folder.parent)
    options = Options(limits=limits or Limits())
    return run([folder.name], load_dataset(DATASET), options)


def test_files_git_cannot_hold_are_one_finding_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "invalid-utf8.yaml").write_bytes(
        b"source:\n  id: latin-1\n  title: Caf\xe9 society\n"
    )
    (folder / "binary.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "nul.json").write_bytes(b'{"source": \x00}')
    (folder / "utf16.yaml").write_bytes("source: x\n".encode("utf-16"))
    os.symlink("loop-b.yaml", folder / "loop-a.yaml")
    os.symlink("loop-a.yaml", folder / "loop-b.yaml")
    os.symlink("missing.yaml", folder / "broken-link.yaml")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder cycle: walked once, no hang
    os.symlink("../good.yaml", folder / "sub" / "same-file.yaml")
    (folder / "unreadable.yaml").write_text(GOOD.replace("id: good", "id: secret"), "utf-8")
    (folder / "vanishing.yaml").write_text(GOOD.replace("id: good", "id: gone"), "utf-8")
    with open(folder / "oversize.yaml", "wb") as handle:
        handle.truncate(32 * 1024 * 1024 + 1)  # sparse: refused before it is read

    real_open = os.open
    real_discover = validator.pipeline.discover

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith("unreadable.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def discover_then_delete(paths: Any, root: str | None = None, skip: Any = ()) -> list[str]:
        found = real_discover(paths, root, skip)
        os.remove(folder / "vanishing.yaml")
        return found

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(validator.pipeline, "discover", discover_then_delete)
    result = _run_in(folder, monkeypatch)

    assert rows(result, "claims/") == [
        (
            "binary.yaml",
            "E101",
            1,
            1,
            "not valid UTF-8: byte 0x89 at offset 0; save the file as UTF-8",
        ),
        (
            "broken-link.yaml",
            "E101",
            1,
            1,
            "is a symbolic link whose target does not exist, so it was not read; commit "
            "the file itself in the project, or remove the link",
        ),
        (
            "invalid-utf8.yaml",
            "E101",
            3,
            13,
            "not valid UTF-8: byte 0xe9 at offset 34 (\xe9 in Windows-1252, which the file "
            "seems to be saved in); save the file as UTF-8",
        ),
        ("loop-a.yaml", "E101", 1, 1, "cannot be read: a loop of symbolic links"),
        ("loop-b.yaml", "E101", 1, 1, "cannot be read: a loop of symbolic links"),
        ("nul.json", "E101", 1, 12, "contains a NUL character: is this a binary file?"),
        (
            "oversize.yaml",
            "E101",
            1,
            1,
            "file is 33,554,433 bytes, over the limit of 33,554,432; split it into one file "
            "per source",
        ),
        ("unreadable.yaml", "E101", 1, 1, "cannot be read: permission denied"),
        (
            "utf16.yaml",
            "E101",
            1,
            1,
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
        ),
        ("vanishing.yaml", "E101", 1, 1, "file disappeared before it could be read"),
    ]
    # good.yaml, reached through sub/same-file.yaml as well, is checked once.
    assert verdicts(result) == {"good/mia-age": "supported"}
    assert "claims/good.yaml" in result.files
    assert "claims/sub/same-file.yaml" not in result.files
    assert result.exit_code == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_pipe_named_like_a_claim_file_is_refused_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")  # reading it would wait for a writer forever
    result = _run_in(folder, monkeypatch)
    assert rows(result, "claims/") == [
        (
            "pipe.yaml",
            "E101",
            1,
            1,
            "is not a regular file (a pipe, socket or device); claim files are ordinary files",
        )
    ]
    assert verdicts(result) == {"good/mia-age": "supported"}


def test_an_unreadable_folder_is_a_finding_not_silence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "good.yaml").write_text(GOOD.replace("id: good", "id: other"), encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path: Any = ".") -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = _run_in(folder, monkeypatch)
    assert rows(result, "claims/") == [
        (
            "locked",
            "E101",
            1,
            1,
            "folder cannot be read: permission denied; the claim files in it were not checked",
        )
    ]
    assert verdicts(result) == {"other/mia-age": "supported"}


def test_line_endings_and_byte_order_marks_are_accepted_with_right_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    body = (
        "source:\n"
        "  id: {id}\n"
        "  outlet: Example Times\n"
        "  title: Line endings\n"
        "  published: 2022-12-07\n"
        "claims:\n"
        "  - id: mia-age\n"
        "    subject: Mia Threapleton\n"
        "    property: age\n"
        "    value: 22\n"
        "  - id: typo\n"
        "    subject: Mia Threapleton\n"
        "    property: age\n"
        "    valeu: 22\n"
    )
    (folder / "crlf.yaml").write_bytes(body.format(id="crlf").replace("\n", "\r\n").encode())
    (folder / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + body.format(id="bom").encode())
    (folder / "bom-crlf.json").write_bytes(
        b'\xef\xbb\xbf{"colour": 1, "source": {"id": "bom-json", "outlet": "O", "title": "T",'
        b'\r\n "published": "2022-12-07"}, "claims": [{"id": "x", "subject": "Mia Threapleton",'
        b'\r\n "property": "age", "value": 22, "shade": 1}]}\r\n'
    )
    result = _run_in(folder, monkeypatch)
    assert rows(result, "claims/") == [
        (
            "bom-crlf.json",
            "E102",
            1,
            2,
            "unknown field 'colour' in the file; allowed here: $schema, claims, source",
        ),
        (
            "bom-crlf.json",
            "E102",
            3,
            34,
            f"unknown field 'shade' in claims[0]; allowed here: {_KEYS}",
        ),
        ("bom.yaml", "E102", 14, 5, "unknown field 'valeu' in claims[1]; did you mean 'value'?"),
        ("crlf.yaml", "E102", 14, 5, "unknown field 'valeu' in claims[1]; did you mean 'value'?"),
    ]
    assert verdicts(result) == {
        "bom-json/x": "invalid",
        "bom/mia-age": "supported",
        "bom/typo": "invalid",
        "crlf/mia-age": "supported",
        "crlf/typo": "invalid",
    }


def test_huge_nesting_long_lines_and_big_files_are_refused_fast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "flow.yaml").write_text("[" * 100_000, encoding="utf-8")
    (folder / "flow.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / "block.yaml").write_text("- " * 200_000 + "x\n", encoding="utf-8")
    (folder / "mapping.yaml").write_text(
        "".join(" " * depth + "a:\n" for depth in range(100)), encoding="utf-8"
    )
    long_excerpt = GOOD.replace("id: good", "id: long-excerpt").replace(
        "value: 22}", "value: 22, excerpt: " + "y" * 100_000 + "}"
    )
    (folder / "long-excerpt.yaml").write_text(long_excerpt, encoding="utf-8")
    long_note = GOOD.replace("id: good", "id: long-note").replace(
        "value: 22}", "value: 22, note: " + "z" * 2_000_000 + "}"
    )
    (folder / "long-note.yaml").write_text(long_note, encoding="utf-8")
    result = _run_in(folder, monkeypatch)
    assert rows(result, "claims/") == [
        ("block.yaml", "E101", 1, 129, "nesting is deeper than 64 levels"),
        ("flow.json", "E101", 1, 65, "nesting is deeper than 64 levels"),
        ("flow.yaml", "E101", 1, 65, "nesting is deeper than 64 levels"),
        (
            "long-excerpt.yaml",
            "E102",
            3,
            80,
            "claims[0].excerpt is 100,000 characters long; at most 2,000 are allowed: shorten it",
        ),
        (
            "long-note.yaml",
            "E101",
            3,
            77,
            "a text of 2,000,000 characters is over the limit of 1,000,000; shorten it",
        ),
        ("mapping.yaml", "E101", 65, 65, "nesting is deeper than 64 levels"),
    ]
    # A text too long is a problem on its claim, the file read (it was refused whole).
    assert verdicts(result) == {
        "good/mia-age": "supported",
        "long-excerpt/mia-age": "invalid",
        "long-note/mia-age": "invalid",
    }


def test_too_many_claims_is_one_finding_at_the_claims_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    many = GOOD.replace("id: good", "id: many") + "".join(
        f"  - {{id: c{n}, subject: Mia Threapleton, property: age, value: 22}}\n" for n in range(3)
    )
    (folder / "many.yaml").write_text(many, encoding="utf-8")
    result = _run_in(folder, monkeypatch, Limits(max_claims=3))
    assert rows(result, "claims/") == [
        ("many.yaml", "E101", 3, 3, "the file has 4 claims, over the limit of 3; split it")
    ]
    assert verdicts(result) == {"good/mia-age": "supported"}


def test_a_file_name_that_is_not_utf8_reaches_every_report_as_its_own_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each byte of a name that is not UTF-8 was shown as U+FFFD, in SARIF URIs too
    (`%EF%BF%BD`): `caf\\xe9.yaml` and `caf\\xe8.yaml` looked alike, and no URI led to
    the file. Each output now shows the byte: `\\xe9` in text, `%E9` in a URI, and a
    JSON string a reader gets the name back from (`\\udce9`, as `os.fsdecode` has it)."""
    if sys.platform in ("darwin", "win32"):  # pragma: no cover
        pytest.skip("the file system refuses names that are not UTF-8")
    folder = tmp_path / "claims"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.yaml")
    (folder / name).write_text(GOOD.replace("value: 22", "value: 21"), encoding="utf-8")
    other = os.fsdecode(b"caf\xe8.yaml")
    (folder / other).write_text(GOOD.replace("id: good", "id: other"), encoding="utf-8")
    result = _run_in(folder, monkeypatch)
    assert result.files == ("claims/caf\udce8.yaml", "claims/caf\udce9.yaml")
    assert [(f.code, str(f.locations[0])) for f in result.findings] == [
        ("D201", "claims/caf\udce9.yaml:3:67")
    ]
    write_reports(result, str(tmp_path / "reports"))
    report = (tmp_path / "reports" / "consistency.json").read_text(encoding="utf-8")
    assert '"file": "claims/caf\\udce9.yaml"' in report
    files = [claim["file"] for claim in json.loads(report)["claims"]]
    assert [os.fsencode(file) for file in files] == [b"claims/caf\xe8.yaml", b"claims/caf\xe9.yaml"]
    for render in (render_github, render_junit, render_text):
        assert "caf\\xe9.yaml" in render(result)
    markdown = (tmp_path / "reports" / "consistency.md").read_text(encoding="utf-8")
    assert "[claims/caf\\\\xe9.yaml:3:67](../claims/caf%E9.yaml#L3)" in markdown
    assert '"uri": "claims/caf%E9.yaml"' in render_sarif(result)

    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    assert main(["claims", "--dataset", "dataset", "--reports", "out"]) == 1
    assert capsys.readouterr().out.startswith("claims/caf\\xe9.yaml:3:67: D201 error good/mia-age")


def test_a_claim_file_in_a_folder_whose_name_is_not_utf8_finds_its_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The archive was looked for beside the path as shown, U+FFFD in place of the
    folder's odd byte: it "does not exist" (a false E107), and the excerpt went unchecked."""
    if sys.platform in ("darwin", "win32"):  # pragma: no cover
        pytest.skip("the file system refuses names that are not UTF-8")
    folder = tmp_path / "claims" / os.fsdecode(b"dir\xff")
    folder.mkdir(parents=True)
    source = GOOD.replace("published: 2022-12-07", "published: 2022-12-07, archive: a.txt")
    (folder / "a.yaml").write_text(
        source.replace("value: 22}", "value: 22, excerpt: Mia is 22.}"), encoding="utf-8"
    )
    (folder / "a.txt").write_text("The article says Mia is 22.\n", encoding="utf-8")
    result = _run_in(tmp_path / "claims", monkeypatch)
    assert result.findings == ()
    # Read as itself: its stamp is of its real path and its bytes.
    digest = hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest()
    stamp = f"read\0{os.path.realpath(folder / 'a.txt')}\0{digest}"
    assert result.read == (("claims/dir\udcff/a.txt", stamp),)


def test_an_internal_error_names_the_file_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "claims" / "b.yaml").write_text(GOOD.replace("id: good", "id: b"), "utf-8")
    monkeypatch.chdir(tmp_path)
    real = validator.drive_files.check_claim_file

    def explode_on_b(loaded: LoadedFile, *args: Any) -> Any:
        if loaded.path.endswith("b.yaml"):
            raise ZeroDivisionError("division by zero")
        return real(loaded, *args)

    monkeypatch.setattr(validator.drive_files, "check_claim_file", explode_on_b)
    with pytest.raises(ZeroDivisionError) as raised:
        validate("claims", dataset="dataset")
    assert raised.value.factlint_file == "claims/b.yaml"  # type: ignore[attr-defined]

    assert main(["claims", "--dataset", "dataset", "--no-reports"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "validate: internal error while checking claims/b.yaml: ZeroDivisionError: division by "
        "zero; please report it (run with -v for the traceback)\n"
    )
    assert main(["claims", "--dataset", "dataset", "--no-reports", "-v"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("validate: internal error while checking claims/b.yaml: ")
    assert "Traceback (most recent call last):" in err
    assert err.endswith("ZeroDivisionError: division by zero\n")


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        # found by the fuzzer: `within` was turned into a float unchecked
        ({"about": 90, "within": "="}, "duration", "expected a number, not '='"),
        ({"about": 90, "within": [5]}, "integer", "expected a number, not '[5]'"),
        ({"about": 90, "within": True}, "number", "expected a number, not 'true'"),
        # integers past the largest float reach here only through the Python API
        (10**400, "integer", "the number is too large to be a plausible value"),
        ({"from": -(10**5000)}, "number", "the number is too large to be a plausible value"),
        (
            {"about": 1, "within": 10**400},
            "number",
            "the number is too large to be a plausible value",
        ),
    ],
    ids=["within-text", "within-list", "within-bool", "huge-int", "huge-from", "huge-within"],
)
def test_values_the_schema_would_refuse_are_value_problems(
    raw: Any, kind: str, message: str
) -> None:
    with pytest.raises(ValueProblem) as raised:
        parse_value(raw, kind, unit="minutes")
    assert raised.value.message == message


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("module", "stage"),
    [
        # What builds every resolved claim.
        (validator.per_file, "placed"),
        (validator.rules.excerpts, "check_excerpts"),  # run by the per-file stage
        # What the dataset-facts rule calls for every claim it judges.
        (validator.rules.dataset_facts, "statement_fields"),
    ],
    ids=["placed", "check_excerpts", "dataset_facts"],
)
def test_an_internal_error_in_a_later_stage_names_the_file(
    module: ModuleType, stage: str, jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `jobs`, a child that fails while checking a file stops; this process checks
    what it did not deliver, meets the same error, and names the file."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for number in range(24):  # enough files to be shared between processes
        # Each published on its own day: an age is judged once per statement and date.
        text = GOOD.replace("id: good", f"id: good-{number:02d}").replace(
            "2022-12-07", f"2022-11-{number + 1:02d}"
        )
        (folder / f"f{number:02d}.yaml").write_text(text, encoding="utf-8")
    real = getattr(module, stage)

    def explode_on_17(*args: Any) -> Any:
        names = [getattr(arg, "path", None) or getattr(arg, "file", "") for arg in args]
        if any(str(name).endswith("f17.yaml") for name in names):
            raise KeyError("boom")
        return real(*args)

    monkeypatch.setattr(module, stage, explode_on_17)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KeyError) as raised:
        run(["claims"], load_dataset(DATASET), Options(), Settings(jobs=jobs))
    assert raised.value.factlint_file == "claims/f17.yaml"  # type: ignore[attr-defined]


def test_an_invalid_claims_megabyte_texts_reach_every_output_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two claims the schema refuses, each with a value and an excerpt of a million
    characters: consistency.json held them whole (4.0 MB), consistency.html too (2.0 MB),
    and --explain printed 2.0 MB. Every output now carries the texts cut to the schema's
    limits (20,000 and 2,000 characters), the same cut everywhere."""
    million = "word " * 200_000
    claims = [
        {"id": name, "subject": "I Am Ruth", "property": prop, "value": million, "excerpt": million}
        for name, prop in (("a", "director"), ("b", "said"))
    ]
    source = {"id": "huge", "outlet": "Outlet", "title": "Title", "published": 2023}
    claims_project(
        tmp_path, monkeypatch, {"huge.json": json.dumps({"source": source, "claims": claims})}
    )
    outputs = ["--junit", "junit.xml", "--sarif", "sarif.json"]
    assert main(["claims", "--no-cache", "--reports", "rep", *outputs]) == 1
    text = capsys.readouterr().out
    assert text.splitlines()[0] == (
        "claims/huge.json:1:165: E102 error huge/a: claims[0].value is 1,000,000 characters "
        "long; at most 20,000 are allowed: shorten it"
    )
    note = " \u2026 ({} more characters; the file has it whole at claims[{}].{})"
    report = json.loads((tmp_path / "rep" / "consistency.json").read_text("utf-8"))
    jsonschema.validate(report, load_schema("report.schema.json"))
    assert [(c["id"], c["verdict"], c["value"], c["excerpt"]) for c in report["claims"]] == [
        (
            f"huge/{name}",
            "invalid",
            "word " * 3_984 + "word" + note.format("980,076", number, "value"),
            "word " * 384 + "word" + note.format("998,076", number, "excerpt"),
        )
        for number, name in enumerate("ab")
    ]
    html = (tmp_path / "rep" / "consistency.html").read_text("utf-8")
    assert "word" + note.format("980,076", 1, "value") in html
    assert main(["claims", "--no-cache", "--no-reports", "--explain", "huge/b"]) == 1
    explained = capsys.readouterr().out
    assert "word" + note.format("998,076", 1, "excerpt") in explained
    assert main(["claims", "--no-cache", "--no-reports", "--format", "github"]) == 1
    annotations = capsys.readouterr().out
    # Each output within what the two claims' cut texts (2 x 22,000 characters) and a few
    # kilobytes of the rest take.
    written = ["consistency.json", "consistency.html", "consistency.md"]
    files = [*(f"rep/{name}" for name in written), "junit.xml", "sarif.json"]
    sizes = {name: len((tmp_path / name).read_bytes()) for name in files}
    sizes |= {"text": len(text), "github": len(annotations), "explain": len(explained)}
    assert {name: size < 60_000 for name, size in sizes.items()} == dict.fromkeys(sizes, True)
