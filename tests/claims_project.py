"""A throwaway claims project for tests that run the command: the shipped dataset, the
claim files given, a configuration naming the dataset, run from its root away from CI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

__all__ = ["claims_project"]

ROOT = Path(__file__).resolve().parents[1]


def claims_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> Path:
    """`files` (name -> text) in `claims/` of a project at `tmp_path`; its root."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    for name, text in files.items():
        (tmp_path / "claims" / name).write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return tmp_path
