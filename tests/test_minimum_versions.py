"""`.ci/minimum-versions.txt` pins every dependency at the lowest version pyproject.toml
allows, so the second test run in `.ci/run` tests the bottom of each declared range."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
# A requirement: its name, then its version clauses up to any environment marker.
_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)")
_LOWER = re.compile(r"(?:>=|==|~=)\s*([0-9][^,\s]*)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lower_bounds(requirements: list[str]) -> dict[str, str | None]:
    """Each requirement's name and the lowest version its clauses allow (None: no bound)."""
    bounds: dict[str, str | None] = {}
    for requirement in requirements:
        found = _REQUIREMENT.match(requirement)
        assert found is not None, requirement
        lowest = _LOWER.search(found.group(2))
        bounds[_normal(found.group(1))] = lowest.group(1) if lowest else None
    return bounds


def pins(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not a pin: {line}"
            found[_normal(name)] = version.strip()
    return found


def test_bounds_are_read_from_requirement_strings() -> None:
    assert lower_bounds(
        [
            "pydantic>=2.6,<3",
            "hypothesis-jsonschema==0.23.1",
            "jsonschema_rs>=0.44,<1; platform_machine == 'x86_64'",
            "types-PyYAML",
            "pkg[extra]~=1.4",
        ]
    ) == {
        "pydantic": "2.6",
        "hypothesis-jsonschema": "0.23.1",
        "jsonschema-rs": "0.44",
        "types-pyyaml": None,
        "pkg": "1.4",
    }


def test_every_lower_bound_is_pinned_and_nothing_else() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for group in project.get("optional-dependencies", {}).values():
        requirements += group
    expected = {name: low for name, low in lower_bounds(requirements).items() if low}
    pinned = pins((ROOT / ".ci" / "minimum-versions.txt").read_text(encoding="utf-8"))
    assert set(pinned) == set(expected)
    for name, low in expected.items():
        # `>=2.6` is pinned as 2.6.0: the same version, written in full.
        assert pinned[name] == low or (
            pinned[name].startswith(low + ".")
            and set(pinned[name][len(low) + 1 :].replace(".", "")) <= {"0"}
        ), f"{name}: pinned {pinned[name]}, the lower bound is {low}"
