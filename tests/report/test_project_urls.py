"""Where the SARIF log's rules link to: the project's own published docs, or nowhere."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

import pytest

from validator.report import project_urls


def _metadata(*urls: str) -> Message:
    message = Message()
    for url in urls:
        message["Project-URL"] = url
    return message


def test_the_documentation_url_gives_the_codes_page(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _metadata(
        "Source, https://git.example.org/factlint", "Documentation, https://d.example.org/"
    )
    monkeypatch.setattr(metadata, "metadata", lambda name: found)
    assert project_urls.codes_url() == "https://d.example.org/codes.md"


def test_no_documentation_url_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    for found in (_metadata(), _metadata("Documentation, javascript:alert(1)")):
        monkeypatch.setattr(metadata, "metadata", lambda name, found=found: found)
        assert project_urls.codes_url() is None


def test_this_distribution_declares_none_yet() -> None:
    """pyproject.toml names no published home, so the SARIF log invents none."""
    assert project_urls.codes_url() is None
