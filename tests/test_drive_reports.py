"""Where the reports keep the texts of their pieces between runs (the JSON report each
file's, the others each finding's): signed entries of the cache folder, and reports of
a re-run that are byte for byte those of a run without a cache (validator.drive_reports)."""

from __future__ import annotations

from collections import Counter
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

    handed: list[tuple[str, str]]  # each text's report and name
    found: list[tuple[str, str]]

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.handed, self.found = [], []
        kept = drive_reports._KeptTexts
        real_get, real_put = kept.get, kept.put

        def get(store: drive_reports._KeptTexts, name: str) -> bytes | None:
            text = real_get(store, name)
            if text is not None:
                self.found.append((store.report, name))
            return text

        def put(store: drive_reports._KeptTexts, name: str, text: bytes) -> None:
            self.handed.append((store.report, name))
            real_put(store, name, text)

        monkeypatch.setattr(kept, "get", get)
        monkeypatch.setattr(kept, "put", put)


def _by_report(texts: list[tuple[str, str]]) -> dict[str, int]:
    return dict(Counter(report for report, _ in texts))


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
    if jobs == "1":  # a child's counts stay in the child
        # In the JSON report every file's claims and three findings; in the others, the
        # three findings.
        assert _by_report(counted.handed) == {"json": 12 + 3, "html": 3, "markdown": 3}
        assert not counted.found
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
            changed = {"json": 3, "html": 2, "markdown": 2}
            assert _by_report(counted.handed) == ({} if change.startswith("#") else changed)


def test_no_cache_keeps_nothing() -> None:
    assert drive_reports.kept_texts(None, Limits()) is None


def _entry(report: str, shard: int = 0) -> Path:
    """Where the cache folder `.cache` keeps a report's entry of texts."""
    store = FileCache.open(".cache", cache_salt(Limits()), drive_reports._TEXTS)
    assert store is not None
    return Path(store.folder) / store.key(drive_reports._KIND, report, str(shard))


def _kept(report: str) -> drive_reports._KeptTexts:
    kept = drive_reports.kept_texts(".cache", Limits())
    assert kept is not None
    return kept.part(report)


def test_a_text_is_read_back_only_as_its_signed_entry(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drive_reports, "_SHARDS", 1)  # every text in one entry
    kept = _kept("json")
    kept.put("a", b"text of a")
    kept.done()  # written before it returns
    assert _kept("json").get("a") == b"text of a"
    assert _kept("json").get("b") is None
    assert _kept("html").get("a") is None  # each report's texts are its own
    entry, other = _entry("json"), _entry("html")
    # Another entry's bytes under this name: its signature binds them to their own name.
    html = _kept("html")
    html.put("a", b"planted")
    html.done()
    saved = entry.read_bytes()
    entry.write_bytes(other.read_bytes())
    assert _kept("json").get("a") is None
    # A changed byte, a cut entry, or none at all: the text is written afresh.
    for damaged in (saved[:-1] + bytes([saved[-1] ^ 1]), saved[:-3], None):
        if damaged is None:
            entry.unlink()
        else:
            entry.write_bytes(damaged)
        assert _kept("json").get("a") is None
    # A signed entry that holds anything but texts by their names holds no text.
    store = FileCache.open(".cache", cache_salt(Limits()), drive_reports._TEXTS)
    assert store is not None
    key = store.key(drive_reports._KIND, "json", "0")
    for held in ({"a": "not bytes"}, {1: b"text of a"}, [("a", b"text of a")], b"text of a"):
        store.write_now(key, store.codec.dumps(held))
        assert _kept("json").get("a") is None
    store.write_now(key, store.codec.dumps({"a": b"text of a"}))
    assert _kept("json").get("a") == b"text of a"


def test_an_entry_keeps_what_the_last_run_used(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that no longer asks for a text drops it; one that asks for what was there
    writes nothing."""
    monkeypatch.setattr(drive_reports, "_SHARDS", 1)
    kept = _kept("md")
    kept.put("a", b"A")
    kept.put("b", b"B")
    kept.done()
    writes: list[str] = []
    put = FileCache.put
    monkeypatch.setattr(FileCache, "put", lambda s, k, p: (writes.append(k), put(s, k, p)))
    again = _kept("md")
    assert (again.get("a"), again.get("b")) == (b"A", b"B")
    again.done()
    assert writes == []
    fewer = _kept("md")
    assert fewer.get("b") == b"B"
    fewer.done()
    assert writes == [_entry("md").name]
    after = _kept("md")
    assert (after.get("a"), after.get("b")) == (None, b"B")
