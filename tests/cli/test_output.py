"""Where the GitHub job summary's locations link: the commit under test, or nowhere; and
what --show-source shows of a finding's file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

import validator.read.held_bytes as held_bytes
from validator.cli.output import root_base, source_lines, summary_held, summary_link_root
from validator.model.findings import Location, make_finding
from validator.model.result import Result

SHA = "0123456789abcdef0123456789abcdef01234567"


def _actions(workspace: Path, **changes: str) -> dict[str, str]:
    environ = {
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "owner/claims",
        "GITHUB_SHA": SHA,
        "GITHUB_WORKSPACE": str(workspace),
    }
    environ.update(changes)
    return environ


def test_the_working_folder_as_seen_from_the_project_root(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert root_base(str(tmp_path), str(tmp_path / "a" / "b")) == "a/b"
    assert root_base(str(tmp_path), str(tmp_path)) == ""
    assert root_base(str(tmp_path / "a"), str(tmp_path)) == ".."  # outside: from the root
    assert root_base(str(tmp_path / "a"), str(tmp_path / "b")) == "../b"
    assert root_base(None, str(tmp_path)) == ""


def test_the_summary_file_s_size_is_what_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert summary_held(True) == 0  # not there yet
    summary.write_bytes(b"x" * 1234)
    assert summary_held(True) == 1234
    assert summary_held(False) == 0  # outside GitHub Actions: no summary


def test_the_checkout_s_root_and_a_folder_in_it(tmp_path: Path) -> None:
    (tmp_path / "sub dir").mkdir()
    root = f"https://github.com/owner/claims/blob/{SHA}"
    assert summary_link_root(_actions(tmp_path), str(tmp_path)) == root
    assert summary_link_root(_actions(tmp_path), str(tmp_path / "sub dir")) == root + "/sub%20dir"


def test_no_link_outside_the_checkout_or_actions(tmp_path: Path) -> None:
    (tmp_path / "checkout").mkdir()
    assert summary_link_root(_actions(tmp_path / "checkout"), str(tmp_path)) is None
    assert summary_link_root({}, str(tmp_path)) is None


def test_values_not_of_their_form_give_no_link(tmp_path: Path) -> None:
    for change in (
        {"GITHUB_SERVER_URL": "javascript:alert(1)"},
        {"GITHUB_SERVER_URL": "https://evil.example/x"},
        {"GITHUB_REPOSITORY": "owner/claims)[x](y"},
        {"GITHUB_SHA": "main"},
        {"GITHUB_WORKSPACE": ""},
    ):
        assert summary_link_root(_actions(tmp_path, **change), str(tmp_path)) is None, change


def test_show_source_shows_only_the_bytes_the_run_read_and_reads_nothing_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--show-source read a file of the run again by the name shown when the run's map
    of what it read lacked it: a name that is a link the walk did not follow
    (`claims/env.json -> ../.env`), or a file replaced since the checks, was read
    through. It shows lines only of the bytes the run read and checked, whatever its
    caller passes: a name missing from that map, a name not among the run's files, a
    file that could not be read, and a line number out of range are shown nothing,
    and no file is opened."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    os.symlink(".env", tmp_path / "env.json")
    (tmp_path / "a.yaml").write_text("a1 on disk\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("other on disk\n", encoding="utf-8")
    spy = mock.Mock(wraps=held_bytes.read_bytes)
    monkeypatch.setattr(held_bytes, "read_bytes", spy)
    real_open = os.open

    def no_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith((".yaml", ".json", ".env")):
            raise AssertionError(f"{path} was opened")
        return int(real_open(path, flags, *args, **kwargs))

    monkeypatch.setattr(os, "open", no_open)
    unread = make_finding("E101", "cannot be read", locations=(Location("b.yaml", 1, 1),))
    files = ("a.yaml", "b.yaml", "c.yaml", "env.json")
    result = Result(findings=(), claims=(), sources=(), files=files)
    read = {"b.yaml": unread, "c.yaml": b"c1 as read\nc2\r\n", "other.yaml": b"other\n"}
    line = source_lines(result, read)
    assert [line("c.yaml", 1), line("c.yaml", 2), line("c.yaml", 4)] == ["c1 as read", "c2", None]
    assert [line("c.yaml", 0), line("c.yaml", -1)] == [None, None]
    assert [line(name, 1) for name in ("a.yaml", "b.yaml", "env.json")] == [None] * 3
    assert [line(name, 1) for name in ("other.yaml", ".env", "../a.yaml")] == [None] * 3
    assert spy.call_count == 0
