"""Where the JSON report keeps each file's text between runs: signed entries of the cache
folder, and reports of a re-run that are byte for byte those of a run without a cache
(validator.drive_reports)."""

from __future__ import annotations

from pathlib import Path

import pytest
from claims_project import claims_project
from test_drive_files import CLAIMS

import validator.drive_reports as drive_reports
from validator.cli.main import main
from validator.drive_files import cache_salt
from validator.read.files import Limits
from validator.speed.file_store import FileCache

REPORTS = ("consistency.html", "consistency.json", "consistency.md")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Twelve claim files, three of them with a refuted age."""
    ages = {3: 21, 5: 23, 7: 21}
    files = {
        f"c{n:02d}.yaml": CLAIMS.format(id=f"c{n:02d}", age=ages.get(n, 22)) for n in range(12)
    }
    return claims_project(tmp_path, monkeypatch, files)


def _reports(folder: str) -> dict[str, bytes]:
    return {name: (Path(folder) / name).read_bytes() for name in REPORTS}


class _Counted:
    """Counts the texts the runs hand to their stores, and the ones they find."""

    handed: list[str]
    found: list[str]

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.handed, self.found = [], []
        kept = drive_reports._KeptTexts
        real_get, real_put = kept.get, kept.put

        def get(store: drive_reports._KeptTexts, name: str) -> bytes | None:
            text = real_get(store, name)
            if text is not None:
                self.found.append(name)
            return text

        def put(store: drive_reports._KeptTexts, name: str, text: bytes) -> None:
            self.handed.append(name)
            real_put(store, name, text)

        monkeypatch.setattr(kept, "get", get)
        monkeypatch.setattr(kept, "put", put)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rerun_with_one_file_changed_writes_the_uncached_bytes(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    jobs: str,
) -> None:
    """The reports of a cached run with one file changed, byte for byte those of a run
    without a cache over the same files: its own claims' text written afresh, the
    others' taken from the cache."""
    monkeypatch.setattr("validator.cli.output.PARALLEL_REPORTS", 0)  # as for a large corpus
    counted = _Counted(monkeypatch)
    args = ["claims", "--jobs", jobs, "--reports", "cached"]
    assert main(args) == 1
    capsys.readouterr()
    cold = len(counted.handed)
    if jobs == "1":  # a child's counts stay in the child
        assert cold == 12 + 3 and not counted.found  # every file's claims; three findings
    for change in ("# a comment\n", CLAIMS.format(id="c05", age=22)):
        path = Path("claims/c05.yaml")
        # A comment leaves the records as they were; a fixed age changes the file's
        # claims, and its finding goes.
        path.write_text(path.read_text() + change if change.startswith("#") else change)
        counted.handed.clear()
        assert main(args) == 1
        cached = capsys.readouterr().out, _reports("cached")
        assert main([*args[:3], "--no-cache", "--reports", "uncached"]) == 1
        assert (capsys.readouterr().out, _reports("uncached")) == cached
        if jobs == "1":
            # With the age fixed: c05's claims, and the findings of c03 and c07, whose
            # messages count one more source agreeing with the dataset.
            assert len(counted.handed) == (0 if change.startswith("#") else 3)


def test_no_cache_keeps_nothing() -> None:
    assert drive_reports.kept_texts(None, Limits()) is None


def test_a_text_is_read_back_only_as_its_signed_entry(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = drive_reports.kept_texts(".cache", Limits())
    assert kept is not None
    kept.put("a", b"text of a")
    kept.done()  # written before it returns
    assert kept.get("a") == b"text of a"
    assert kept.get("b") is None
    store = FileCache.open(".cache", cache_salt(Limits()), drive_reports._TEXTS)
    assert store is not None
    entry = Path(store.folder) / store.key(drive_reports._KIND, "a")
    # Another entry's bytes under this name: its signature binds them to their own name.
    other = store.key(drive_reports._KIND, "b")
    store.write_now(other, store.codec.dumps(b"planted"))
    entry.write_bytes((Path(store.folder) / other).read_bytes())
    assert kept.get("a") is None
    # A signed entry that holds anything but bytes is not a text.
    store.write_now(store.key(drive_reports._KIND, "a"), store.codec.dumps("not bytes"))
    assert kept.get("a") is None
