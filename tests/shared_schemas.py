"""The reference schemas of SARIF and JUnit, read from the shared folder beside the
repository (they are not copied into it).

Outside CI a missing schema skips the test that needs it, with a reason that names the
file, so that `pytest -rs` shows what did not run. Under CI (`CI=true`) a missing schema
fails the test instead: a green CI run must mean the reports were validated.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

__all__ = ["SHARED", "SHARED_SCHEMAS", "shared_file", "shared_schema"]

SHARED = Path(__file__).parents[1].parent / "shared"
SHARED_SCHEMAS = SHARED / "schemas"


def shared_file(folder: str, name: str, what: str) -> Path:
    """The path of ../shared/FOLDER/NAME; skips (or under CI fails) when it is absent."""
    path = SHARED / folder / name
    if not path.is_file():
        reason = f"{what} {name} is missing: expected at ../shared/{folder}/{name}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must run with ../shared beside the repository)")
        pytest.skip(reason)
    return path


def shared_schema(name: str) -> Path:
    """The path of the shared schema `name`; skips (or under CI fails) when it is absent."""
    return shared_file("schemas", name, "the reference schema")
