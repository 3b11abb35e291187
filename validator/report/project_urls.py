"""Where factlint's own documentation is published, from its installed metadata.

SARIF viewers link each rule to its documentation (`helpUri`), and GitHub's code
scanning refuses a SARIF file whose `helpUri` is not an absolute URI. The address is
the distribution's `Documentation` project URL (`[project.urls]` in pyproject.toml):
the project names its own home there, and the code never invents one.
"""

from __future__ import annotations

from importlib import metadata

__all__ = ["codes_url"]

_DISTRIBUTION = "factlint"


def codes_url() -> str | None:
    """The absolute address of the finding codes' page (docs/codes.md as published), or
    None while the installed distribution declares no https `Documentation` URL."""
    try:
        urls: list[str] = metadata.metadata(_DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = str(entry).partition(",")
        url = url.strip()
        if label.strip().lower() == "documentation" and url.startswith("https://"):
            return url.rstrip("/") + "/codes.md"
    return None
