"""docs/draft.md's worked example is what `factlint draft` gives on the seed articles,
read from the shared folder beside the repository (they are not copied into it). Outside
CI a missing seed skips with a reason naming it; under CI (`CI=true`) it fails."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.shared_schemas import shared_file
from validator.draft.command import main

ROOT = Path(__file__).parents[2]
TYLA = "tyla-winslet-difficulty.txt"
DEXERTO = "dexerto-what-is-i-am-ruth-about.txt"


def _seed(name: str) -> Path:
    return shared_file("seeds", name, "the seed article")


def _yaml_blocks() -> list[str]:
    text = (ROOT / "docs" / "draft.md").read_text(encoding="utf-8")
    return re.findall(r"```yaml\n(.*?)```", text, flags=re.S)


def test_the_worked_example_is_what_the_command_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tyla, dexerto = _seed(TYLA), _seed(DEXERTO)
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims" / "sources").mkdir(parents=True)
    shutil.copy(tyla, tmp_path / "claims" / "sources" / TYLA)
    monkeypatch.chdir(tmp_path)
    args = [f"claims/sources/{TYLA}", "--published", "2022-12-07", "--outlet", "Tyla"]
    assert main([*args, "-o", "claims/tyla.yaml"]) == 0
    drafted = (tmp_path / "claims" / "tyla.yaml").read_text(encoding="utf-8")
    assert main([str(dexerto), "--published", "2023-05-14/", "--outlet", "Dexerto"]) == 0
    dexerto_draft = capsys.readouterr().out
    start, end, unplaced = _yaml_blocks()
    assert drafted.startswith(start)
    assert end in drafted and "# Found but not placed" not in drafted
    assert dexerto_draft.endswith(unplaced)
