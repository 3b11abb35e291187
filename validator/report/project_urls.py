"""Where the finding codes' documentation (docs/codes.md) is published.

SARIF viewers link each rule to its documentation (`helpUri`), and GitHub's code
scanning refuses a SARIF file whose `helpUri` is not an absolute URI. The address is
the project's own `docs-url` setting where it has one (it may host the page itself),
else the installed distribution's `Documentation` project URL (`[project.urls]` in
pyproject.toml); the code never invents one.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .claimreview_settings import SettingsError, web_address

__all__ = ["codes_url", "parse_docs_url"]

_DISTRIBUTION = "factlint"


def codes_url() -> str | None:
    """The absolute address of the finding codes' page (docs/codes.md as published), or
    None while the installed distribution declares no https `Documentation` URL."""
    # Imported here: only a run writing SARIF asks, and importing it costs 15 ms.
    from importlib import metadata

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


def parse_docs_url(value: object) -> str:
    """`docs-url = "https://…/codes"`: the address of the codes page, to which each
    rule's `#anchor` is added, so it may carry no fragment of its own. The setting may
    come with a stranger's pull request and ends up in every SARIF rule: it is checked
    as the ClaimReview addresses are."""
    example = 'such as "https://example.org/factlint/codes"'
    url = web_address(value, "'docs-url'", example)
    if "#" in url or urlsplit(url).fragment:
        raise SettingsError(
            f"'docs-url' should be the address of the codes page without a '#' part, {example}"
        )
    return url
