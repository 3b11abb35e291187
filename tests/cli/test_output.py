"""Where the GitHub job summary's locations link: the commit under test, or nowhere."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

import validator.read.held_bytes as held_bytes
from validator.cli.output import source_lines, summary_link_root
from validator.model.result import Result
from validator.read.files import Limits

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


def test_show_source_reads_within_the_runs_bound_one_file_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--show-source read each file with a finding again, and kept the lines of 64 of
    them: 30 claim files of 31 MiB took 1 GB. It keeps one file's lines at a time (the
    findings come file by file), and reads no more in all than one run reads."""
    monkeypatch.chdir(tmp_path)
    for name, text in (("a.yaml", "a1\na2\n"), ("b.yaml", "b1\n"), ("c.yaml", "c1\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    spy = mock.Mock(wraps=held_bytes.read_bytes)
    monkeypatch.setattr(held_bytes, "read_bytes", spy)
    result = Result(findings=(), claims=(), sources=(), files=("a.yaml", "b.yaml", "c.yaml"))
    line = source_lines(result, {"c.yaml": b"c1 as read\n"}, Limits(max_claim_bytes=7))
    assert [line("a.yaml", 1), line("a.yaml", 2), line("b.yaml", 1)] == ["a1", "a2", None]
    assert [line("c.yaml", 1), line("elsewhere.yaml", 1)] == ["c1 as read", None]
    # b.yaml would pass the bound; c.yaml was read already.
    assert [call.args[0] for call in spy.call_args_list] == ["a.yaml"]
    # Its lines were not kept, and reading it again would pass the bound too.
    assert line("a.yaml", 1) is None and spy.call_count == 1
