"""The version of factlint is kept in one place and read from it everywhere."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import validator
from validator._version import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_a_semantic_version() -> None:
    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", __version__)
    assert __version__ == "0.1.0"


def test_the_package_and_the_distribution_read_it_from_one_place() -> None:
    assert validator.__version__ is __version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "validator._version.__version__"
    }
