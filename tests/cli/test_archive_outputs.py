"""Which outputs might replace an archive (an existing file in view in the project that
is not factlint's own output), and which claim file names one as its archive, parsing
only the files that hold its name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.cli import archive_outputs
from validator.cli.archive_outputs import ClaimBytes, archive_naming, may_be_archive
from validator.read.files import Limits


@pytest.mark.parametrize(
    ("opening", "own"),
    [
        ('{\n  "tool": {"name": "factlint"}', True),
        ('\ufeff{"$schema": "https://json.schemastore.org/sarif-2.1.0.json"', True),
        ('{"@context": "https://schema.org"', True),
        ('{"factlint_baseline": 1', True),
        ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n', True),
        ("# factlint report: I Am Ruth\n", True),
        ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>factlint report: X</title>', True),
        # An archived page, a source's text, a person's notes, the text format's output.
        ("<!DOCTYPE html>\n<html><head><title>Tyla</title>", False),
        ("Kate Winslet and her daughter", False),
        ('{"source": {}, "claims": []}', False),
        ("claims/a.yaml:3:5: D201 error a/age: ...\nfactlint: 1 file", False),
        ("", False),
    ],
)
def test_only_an_existing_file_in_view_that_is_not_factlint_s_own_may_be_an_archive(
    tmp_path: Path, opening: str, own: bool
) -> None:
    (tmp_path / "out").write_text(opening, encoding="utf-8")
    assert may_be_archive(str(tmp_path / "out"), str(tmp_path)) is not own


def test_a_file_outside_the_project_hidden_missing_or_no_file_is_no_archive(
    tmp_path: Path,
) -> None:
    """The excerpt rule reads no archive outside the project or in a hidden folder
    (`archive_place`), and one not there is missing, not replaced."""
    project = tmp_path / "project"
    (project / ".build").mkdir(parents=True)
    for path in (tmp_path / "outside.txt", project / ".build" / "out.txt"):
        path.write_text("notes", encoding="utf-8")
    (project / "out.txt").symlink_to(tmp_path / "outside.txt")
    for path in ("outside.txt", "project/.build/out.txt", "project/out.txt", "project/none.txt"):
        assert not may_be_archive(str(tmp_path / path), str(project))
    assert not may_be_archive(str(project), str(project))
    if hasattr(os, "mkfifo"):
        os.mkfifo(project / "pipe")
        assert not may_be_archive(str(project / "pipe"), str(project))


def _claims(tmp_path: Path, files: dict[str, str]) -> ClaimBytes:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return ClaimBytes([str(tmp_path / "claims")], str(tmp_path), (), Limits())


def test_the_claim_file_naming_an_output_as_its_archive_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a file holding the output's name is parsed; one that cannot be read or
    parsed, or names no archive or another, is passed over, whatever it holds."""
    claims = _claims(
        tmp_path,
        {
            "claims/a.yaml": "source: {archive: out.txt}\nclaims: []\n",
            "claims/b.yaml": "source: {id: b}\nclaims: []\n",
            "claims/c.yaml": "source: {archive: '..\\0/out.txt'}\n",
            "claims/d.json": '["out.txt"]',
            "claims/e.json": '{"source": {"archive": "../out.txt"}, "claims": [',
            "claims/f.yaml": "source: {archive: ../texts/out.txt}\n",
            "claims/g.yaml": "source: {archive: ../out.txt}\nclaims: []\n",
            "out.txt": "the archive",
        },
    )
    parsed: list[str] = []
    real_parse = archive_outputs.parse_text
    monkeypatch.setattr(
        archive_outputs,
        "parse_text",
        lambda text, shown, limits: (
            parsed.append(os.path.basename(shown)) or real_parse(text, shown, limits)
        ),
    )
    out = os.path.realpath(tmp_path / "out.txt")
    found = archive_naming({out: "out.txt"}, claims)
    assert found == (out, os.path.relpath(tmp_path / "claims" / "g.yaml"))
    assert parsed == ["a.yaml", "c.yaml", "d.json", "e.json", "f.yaml", "g.yaml"]
    assert archive_naming({out + "x": "out.txtx"}, claims) is None


def test_an_output_through_a_link_is_found_by_either_name(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        {"claims/a.yaml": "source: {archive: ../texts/a.txt}\n", "texts/a.txt": "text"},
    )
    (tmp_path / "out.txt").symlink_to("texts/a.txt")
    real = os.path.realpath(tmp_path / "texts" / "a.txt")
    assert archive_naming({real: "out.txt"}, claims) == (
        real,
        os.path.relpath(tmp_path / "claims" / "a.yaml"),
    )


def test_an_archive_through_a_chain_of_links_too_long_to_resolve_names_no_output(
    tmp_path: Path,
) -> None:
    """A claim file naming `--junit out.xml` in a comment, its archive a committed chain
    of 1,500 links, ended the run in an internal error (RecursionError) when out.xml was
    a file of the project: the chain opens nothing, and names no output."""
    claims = _claims(tmp_path, {"claims/a.yaml": "source: {archive: l0}  # out.txt\n"})
    for number in range(1_500):
        (tmp_path / "claims" / f"l{number}").symlink_to(f"l{number + 1}")
    (tmp_path / "claims" / "l1500").symlink_to("../out.txt")
    (tmp_path / "out.txt").write_text("the archive", encoding="utf-8")
    out = os.path.realpath(tmp_path / "out.txt")
    assert archive_naming({out: "out.txt"}, claims) is None


def test_the_claim_files_are_read_once_and_kept(tmp_path: Path) -> None:
    claims = _claims(tmp_path, {"claims/a.yaml": "x: 1\n"})
    assert claims.read is None
    first = claims.files()
    (tmp_path / "claims" / "a.yaml").write_text("changed", encoding="utf-8")
    assert claims.files() is first and claims.read is first
    assert list(first.values()) == [b"x: 1\n"]
