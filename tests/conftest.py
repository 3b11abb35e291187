"""Fixtures shared across the test folders.

`play_project`: a project with a small made-up dataset about a stage play. Drafting works
for any subject whose dataset declares cues, and nothing in these tests comes from the
shipped articles; the `factlint` command's tests draft in it too.

Hypothesis runs with no deadline: a law holds or not whatever the machine's load, and
an example that took 330 ms under load failed a run as "unreliable"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from tests.draft.play import PLAY_DATASET

settings.register_profile("factlint", deadline=None)
settings.load_profile("factlint")


@pytest.fixture()
def play_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the play dataset and a configuration naming it."""
    (tmp_path / "dataset").mkdir()
    (tmp_path / "dataset" / "dataset.yaml").write_text(PLAY_DATASET, encoding="utf-8")
    (tmp_path / "claims" / "sources").mkdir(parents=True)
    (tmp_path / "factlint.toml").write_text('dataset = "dataset"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path
