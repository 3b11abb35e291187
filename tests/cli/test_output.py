"""Where the GitHub job summary's locations link: the commit under test, or nowhere."""

from __future__ import annotations

from pathlib import Path

from validator.cli.output import summary_link_root

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
