"""The driver's stamps of the archives the checks read (validator.drive_stamps): what a
run's results read, gathered for a remembered run."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from claims_project import claims_project
from test_drive_files import ARCHIVED

import validator.rules.archives as archives
from validator.drive_dataset import load_dataset_keyed
from validator.drive_stamps import CHANGED, note_read
from validator.pipeline import Options, Settings, run


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two claim files quoting one archive."""
    files = {f"{n}.yaml": ARCHIVED.replace("id: archived", f"id: {n}") for n in "ab"}
    root = claims_project(tmp_path, monkeypatch, files)
    (root / "claims" / "sources").mkdir()
    (root / "claims" / "sources" / "article.txt").write_text("It airs on Channel 4.\n")
    return root


def _read(cache: str | None) -> tuple[tuple[str, str], ...]:
    dataset, digest = load_dataset_keyed("dataset", cache)
    settings = Settings(cache, 1, dataset_digest=digest)
    return run(["claims"], dataset, Options(root=os.getcwd()), settings).read


def test_a_run_gathers_the_stamp_of_each_archive_as_its_results_read_it(project: Path) -> None:
    digest = hashlib.sha256(b"It airs on Channel 4.\n").hexdigest()
    real = os.path.realpath("claims/sources/article.txt")
    expected = (("claims/sources/article.txt", f"read\0{real}\0{digest}"),)
    assert _read(None) == expected
    assert _read(".cache") == expected  # checked, then taken from the cache
    assert _read(".cache") == expected


def test_an_archive_read_as_two_things_in_one_run_matches_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first file's checks come from the cache, made from the archive as it is; the
    second file changed, and the archive changes just before the excerpt rule reads it
    for that file. The run's results read it as two texts: nothing remembered of the run
    may be used again, whatever the archive holds then."""
    _read(".cache")
    with open("claims/b.yaml", "a", encoding="utf-8") as handle:
        handle.write("# edited\n")
    real_read = archives.read_regular

    def changing(path: str, max_bytes: int, **kwargs: bool) -> bytes:
        Path("claims/sources/article.txt").write_text("It airs on Channel 5.\n")
        return real_read(path, max_bytes, **kwargs)

    monkeypatch.setattr(archives, "read_regular", changing)
    assert _read(".cache") == (("claims/sources/article.txt", CHANGED),)
    assert not CHANGED.startswith(("read\0", "refused\0", "unusable\0"))  # no stamp is it


def test_note_read_keeps_one_stamp_or_marks_a_change() -> None:
    read: dict[str, str] = {}
    note_read(read, "a.txt", "one")
    note_read(read, "a.txt", "one")
    assert read == {"a.txt": "one"}
    note_read(read, "a.txt", "two")
    note_read(read, "a.txt", "one")
    assert read == {"a.txt": CHANGED}
