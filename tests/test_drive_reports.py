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


def _entry(report: str, what: str = "0") -> Path:
    """Where the cache folder `.cache` keeps a report's entry of texts (`what`: its
    number, or "index")."""
    store = FileCache.open(".cache", cache_salt(Limits()), drive_reports._TEXTS)
    assert store is not None
    return Path(store.folder) / store.key(drive_reports._KIND, report, what)


def _kept(report: str) -> drive_reports._KeptTexts:
    kept = drive_reports.kept_texts(".cache", Limits())
    assert kept is not None
    return kept.part(report)


def test_a_text_is_read_back_only_as_its_signed_entry(project: Path) -> None:
    kept = _kept("json")
    kept.put("a", b"text of a")
    kept.done()  # written before it returns
    assert _kept("json").get("a") == b"text of a"
    assert _kept("json").get("b") is None
    assert _kept("html").get("a") is None  # each report's texts are its own
    html = _kept("html")
    html.put("a", b"planted")
    html.done()
    for what in ("0", "index"):
        entry, other = _entry("json", what), _entry("html", what)
        saved = entry.read_bytes()
        # Another entry's bytes under this name: its signature binds them to their own name.
        entry.write_bytes(other.read_bytes())
        assert _kept("json").get("a") is None
        # A changed byte, a cut entry, or none at all: the text is written afresh.
        for damaged in (saved[:-1] + bytes([saved[-1] ^ 1]), saved[:-3], None):
            if damaged is None:
                entry.unlink()
            else:
                entry.write_bytes(damaged)
            assert _kept("json").get("a") is None
        entry.write_bytes(saved)
        assert _kept("json").get("a") == b"text of a"
    # A signed entry that holds anything but texts by their names, or an index that is
    # not a list of numbers and names, holds no text.
    store = FileCache.open(".cache", cache_salt(Limits()), drive_reports._TEXTS)
    assert store is not None
    texts, index = _entry("json").name, _entry("json", "index").name
    for key, held in (
        (texts, {"a": "not bytes"}),
        (texts, {1: b"text of a"}),
        (texts, [("a", b"text of a")]),
        (index, [(0, ["a"])]),
        (index, [("0", ("a",))]),
        (index, {0: ("a",)}),
    ):
        saved = (Path(store.folder) / key).read_bytes()
        store.write_now(key, store.codec.dumps(held))
        assert _kept("json").get("a") is None
        (Path(store.folder) / key).write_bytes(saved)
    assert _kept("json").get("a") == b"text of a"


def test_the_entries_keep_what_the_last_run_used(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that asks for what was there writes nothing; one that no longer asks for a
    text drops it, and writes only the stretch it was in."""
    monkeypatch.setattr(drive_reports, "_checksum", lambda name: int(name[1:]))
    monkeypatch.setattr(drive_reports, "_SPAN", 64)
    monkeypatch.setattr(drive_reports, "_MOST", 1000)
    writes: list[str] = []
    put = FileCache.put
    monkeypatch.setattr(FileCache, "put", lambda s, k, p: (writes.append(k), put(s, k, p)))
    kept = _kept("md")
    for number in range(1, 200):  # stretches end after t64, t128 and t192
        kept.put(f"t{number}", f"T{number}".encode())
        # Each stretch handed to the store as it ends: a run holds one at a time.
        assert len(writes) == number // 64
    assert kept.get("t1") is None  # nothing read until the index is written
    kept.done()
    assert len(writes) == 4 + 1  # the last stretch, and the index
    writes.clear()
    again = _kept("md")
    assert [again.get(f"t{n}") for n in range(1, 200)] == [f"T{n}".encode() for n in range(1, 200)]
    assert again.get("t1") is None  # given out once, then let go
    assert again.get("t0") is None
    again.done()
    assert writes == []
    fewer = _kept("md")
    for number in range(1, 200):
        if number != 70:
            assert fewer.get(f"t{number}") == f"T{number}".encode()
    fewer.done()
    assert len(writes) == 2  # the stretch t65..t128, and the index
    after = _kept("md")
    assert (after.get("t70"), after.get("t69"), after.get("t71")) == (None, b"T69", b"T71")
    assert after.get("t199") == b"T199"


def test_a_stretch_holds_a_bounded_number_of_texts(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drive_reports, "_checksum", lambda name: 1)  # no name ends one
    monkeypatch.setattr(drive_reports, "_MOST", 3)
    writes: list[str] = []
    put = FileCache.put
    monkeypatch.setattr(FileCache, "put", lambda s, k, p: (writes.append(k), put(s, k, p)))
    kept = _kept("json")
    for number in range(7):
        kept.put(f"t{number}", b"T")
    assert len(writes) == 2
    kept.done()
    assert len(writes) == 3 + 1  # the last text's stretch, and the index
    again = _kept("json")
    assert [again.get(f"t{number}") for number in range(7)] == [b"T"] * 7
