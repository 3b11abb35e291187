"""A configuration file's TOML: read the safe way, parsed at most once a run."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

from validator import config_toml
from validator.config import ConfigError, find_config, load_config
from validator.config_toml import MAX_CONFIG_BYTES, no_file, read_toml
from validator.guard.safe_read import Refused


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the TOML texts parsed from now on, one a parse."""
    parsed: list[int] = []
    real = tomllib.loads

    def counted(text: str, **options: Any) -> dict[str, Any]:
        parsed.append(len(text))
        return real(text, **options)

    monkeypatch.setattr(tomllib, "loads", counted)
    return parsed


def test_a_pyproject_found_and_loaded_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the configuration parsed a pyproject.toml to see its [tool.factlint]
    table, and loading it parsed it again: a [tool.other] table of 1.9 million numbers
    (3.8 MB, under the size limit) took 2.8 s each time. Now once; a file changed
    between the two is read as it is then, and a file passed over is not held."""
    monkeypatch.chdir(tmp_path)
    numbers = ", ".join(["1"] * 1000)
    text = f'[tool.factlint]\ndataset = "data"\n\n[tool.other]\nx = [{numbers}]\n'
    (tmp_path / "pyproject.toml").write_text(text)
    parsed = _count_parses(monkeypatch)
    assert load_config(find_config()).dataset == "data"
    assert parsed == [len(text)]
    # Changed after it was found: what is loaded is the file as it is now.
    parsed.clear()
    found = find_config()
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "other"\n')
    assert load_config(found).dataset == "other"
    assert len(parsed) == 2
    # A pyproject.toml without the table is passed over and not kept.
    (tmp_path / "pyproject.toml").write_text("[tool.other]\n")
    assert find_config() is None
    assert config_toml._found == []


def _always(data: dict[str, Any]) -> bool:
    return True


def test_a_document_kept_is_given_once_and_only_for_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text("x = 1\n")
    second.write_text("x = 2\n")
    parsed = _count_parses(monkeypatch)
    assert read_toml(str(first), keep=_always) == {"x": 1}
    assert read_toml(str(second)) == {"x": 2}  # other bytes: parsed, and nothing kept
    assert read_toml(str(first)) == {"x": 1}
    assert len(parsed) == 3
    assert read_toml(str(first), keep=_always) == read_toml(str(first)) == {"x": 1}
    assert len(parsed) == 4
    assert config_toml._found == []


def test_a_configuration_larger_than_the_limit_is_refused_unparsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"x = 1\n" + b" " * MAX_CONFIG_BYTES)
    parsed = _count_parses(monkeypatch)
    with pytest.raises(Refused, match="over the limit of 4,194,304"):
        read_toml(str(big), keep=_always)
    assert parsed == []
    assert config_toml._found == []


def test_an_integer_of_more_digits_than_python_converts_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python converts integers of at most 4,300 digits, and its TOML reader let the
    ValueError out: `x = 99…9` of 4,301 digits, even in another tool's table of a
    pyproject.toml a pull request changed, ended the run in an internal error."""
    monkeypatch.chdir(tmp_path)
    digits = "9" * 2000 + "_" + "9" * 2301  # an underscore parts digits, as TOML allows
    (tmp_path / "factlint.toml").write_text(f"[tool.other]\nx = 1\ny = {digits}\n")
    with pytest.raises(tomllib.TOMLDecodeError) as raised:
        read_toml("factlint.toml")
    assert str(raised.value) == (
        "line 3 holds an integer of more than 4,300 digits, more than Python's TOML reader converts"
    )
    (tmp_path / "factlint.toml").unlink()
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.factlint]\ndataset = "data"\n\n[tool.other]\nx = {"9" * 4301}\n'
    )
    with pytest.raises(ConfigError) as refused:
        find_config()
    assert str(refused.value) == (
        "pyproject.toml: not valid TOML: line 5 holds an integer of more than 4,300 "
        "digits, more than Python's TOML reader converts; fix it, or name the "
        "configuration with --config"
    )
    # As many digits as Python converts are read as the number they write.
    (tmp_path / "pyproject.toml").write_text(f"[tool.other]\nx = {'9' * 4300}\n")
    assert read_toml("pyproject.toml") == {"tool": {"other": {"x": int("9" * 4300)}}}


def test_why_a_name_is_no_configuration_file_to_read(tmp_path: Path) -> None:
    (tmp_path / "file.toml").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "folder.toml").mkdir()
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "linked.toml").symlink_to("file.toml")
    (tmp_path / "dangling.toml").symlink_to("missing.toml")
    assert {path.name: no_file(str(path)) for path in sorted(tmp_path.iterdir())} == {
        "dangling.toml": "is a symbolic link to nothing",
        "file.toml": "",
        "folder.toml": "is a folder, not a file",
        "linked.toml": "",
        "pipe.toml": "is not a regular file (a pipe, socket or device)",
    }
