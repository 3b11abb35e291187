"""The shell examples in README.md and docs/ print what `validate` prints.

Every fenced block that starts `$ validate ...` is run, in a copy of the project, and
each line it shows must be the command's output line for line (standard error, then
standard output), up to a `…` that elides the rest. `$ echo $?` after a command gives
its exit status, and `| tail -1` keeps the last line. A message, a count or a step
reworded since leaves no stale example behind.
"""

from __future__ import annotations

import json
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from validator.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Examples that need a project set up otherwise than the shipped one, by the line they
# show first: the configuration with a misspelt key it shows the error for.
SET_UP_ELSEWHERE = {
    "validate: configuration: pyproject.toml:2:1: unknown key 'colour'; known "
    "keys: dataset, paths, reports, select, ignore, fail-on, baseline, publisher, "
    "review-url, claimreview-verdicts, docs-url": "[tool.factlint]\ncolour = true\n",
}


@dataclass(frozen=True)
class Example:
    page: str
    line: int  # of the command
    command: str
    shown: tuple[str, ...]  # the lines shown under it, up to an elision
    status: int | None  # from a following `$ echo $?`

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: $ {self.command}"


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """The fenced blocks, each a list of its lines with their numbers."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(("```", "~~~")):
            if current is not None:
                blocks.append(current)
            current = None if current is not None else []
        elif current is not None:
            current.append((number, line))
    return blocks


def examples() -> list[Example]:
    found: list[Example] = []
    for page in PAGES:
        for block in _blocks(page.read_text(encoding="utf-8")):
            if not block or not block[0][1].startswith("$ validate"):
                continue
            commands: list[tuple[int, str, list[str]]] = []
            for number, line in block:
                if line.startswith("$ "):
                    commands.append((number, line[2:], []))
                else:
                    commands[-1][2].append(line)
            for index, (number, command, shown) in enumerate(commands):
                if command == "echo $?":
                    continue
                after = commands[index + 1] if index + 1 < len(commands) else None
                status = int(after[2][0]) if after and after[1] == "echo $?" else None
                cut = shown.index("…") if "…" in shown else len(shown)
                found.append(Example(page.name, number, command, tuple(shown[:cut]), status))
    return found


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("claims", "dataset", "docs/examples"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "CI", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return tmp_path


def test_the_examples_are_found() -> None:
    commands = [f"{example.page}: $ {example.command}" for example in examples()]
    assert "README.md: $ validate --explain yahoo-2022-12/mia-age --no-reports" in commands
    assert "configuration.md: $ validate claims/ --write-baseline" in commands
    assert commands.count("configuration.md: $ validate") == 2
    assert len(commands) == len({str(example) for example in examples()}) >= 8


@pytest.mark.parametrize("example", examples(), ids=str)
def test_a_shell_example_shows_what_validate_prints(
    example: Example, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = SET_UP_ELSEWHERE.get(example.shown[0]) if example.shown else None
    if config is not None:
        (project / "pyproject.toml").write_text(config, encoding="utf-8")
    words = shlex.split(example.command)
    last = words[-3:] == ["|", "tail", "-1"]
    status = main(words[1:-3] if last else words[1:])
    captured = capsys.readouterr()
    printed = (captured.err + captured.out).splitlines()
    if last:
        printed = printed[-1:]
    assert printed[: len(example.shown)] == list(example.shown)
    if example.status is not None:
        assert status == example.status


def test_the_sarif_message_ending_docs_ci_quotes_is_what_validate_writes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    quoted = text.split("message (`docs/examples/codes/x-first.yaml`'s) ends:")[1]
    ending = quoted.split("```")[1].strip()
    argv = ["docs/examples/codes", "--no-reports", "--sarif", "out.sarif", "-q"]
    assert main(argv) == 1
    sarif = json.loads((project / "out.sarif").read_text(encoding="utf-8"))
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert [m for m in messages if m.endswith(ending)] != []
