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

__all__ = ["SHARED_SCHEMAS", "shared_schema"]

SHARED_SCHEMAS = Path(__file__).parents[1].parent / "shared" / "schemas"


def shared_schema(name: str) -> Path:
    """The path of the shared schema `name`; skips (or under CI fails) when it is absent."""
    path = SHARED_SCHEMAS / name
    if not path.is_file():
        reason = f"the reference schema {name} is missing: expected at ../shared/schemas/{name}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must run with ../shared beside the repository)")
        pytest.skip(reason)
    return path
