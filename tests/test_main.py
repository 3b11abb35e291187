"""`python -m validator` is the `validate` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from validator import __version__

ROOT = Path(__file__).resolve().parents[1]


def _module(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "validator", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_python_m_validator_runs_the_command() -> None:
    done = _module("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"factlint {__version__}\n", "")


def test_python_m_validator_exits_as_the_command_does() -> None:
    done = _module("--fail-on", "info", "--no-reports")
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        "validate: --fail-on: expected 'error' or 'warning', not 'info'\n",
    )
