"""The claim files of one run are read within a bound on the bytes they hold together:
past it a file is not read, and its E101 says why and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.model.findings import Finding, Location
from validator.read.files import Limits
from validator.read.held_bytes import HeldBytes


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three files of 10, 20 and 5 bytes in the working directory."""
    monkeypatch.chdir(tmp_path)
    for name, size in (("a.yaml", 10), ("b.yaml", 20), ("c.yaml", 5)):
        (tmp_path / name).write_bytes(b"x" * size)
    return tmp_path


def test_a_file_that_would_pass_the_bound_is_not_read_and_later_ones_that_fit_are(
    files: Path,
) -> None:
    held = HeldBytes(Limits(max_claim_bytes=29))
    assert held.read("a.yaml") == b"x" * 10
    refused = held.read("b.yaml")
    assert isinstance(refused, Finding)
    assert (refused.code, refused.message, refused.location) == (
        "E101",
        "not read: the claim files read before it hold 10 bytes, and its 20 more would pass "
        "the limit of 29 that one run reads; check the claim files in several runs, naming "
        "some of their folders in each",
        Location("b.yaml", 1, 1),
    )
    assert held.read("c.yaml") == b"x" * 5
    assert held.held == 15


def test_the_bound_itself_is_allowed(files: Path) -> None:
    held = HeldBytes(Limits(max_claim_bytes=35))
    assert [held.read(name) for name in ("a.yaml", "b.yaml", "c.yaml")] == [
        b"x" * 10,
        b"x" * 20,
        b"x" * 5,
    ]


def test_a_file_larger_when_read_than_it_stood_is_counted_as_read(
    files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A size that could not be had, or a file that grew since: what was read counts."""
    monkeypatch.setattr("validator.read.held_bytes.file_size", lambda path: 0)
    held = HeldBytes(Limits(max_claim_bytes=29))
    assert held.read("a.yaml") == b"x" * 10
    refused = held.read("b.yaml")
    assert isinstance(refused, Finding) and refused.message.startswith(
        "not read: the claim files read before it hold 10 bytes, and its 20 more"
    )
    assert held.held == 10


def test_a_file_that_cannot_be_read_says_why_and_counts_nothing(files: Path) -> None:
    held = HeldBytes(Limits(max_claim_bytes=29))
    missing = held.read("missing.yaml")
    assert isinstance(missing, Finding) and missing.code == "E101"
    assert "not read" not in missing.message and held.held == 0
