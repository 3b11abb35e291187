"""Remembered runs: a re-run with nothing changed repeats the last run's output without
running the pipeline; any change to what a run reads or wrote means a full run.

Nothing here times anything: the speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import validator.cli.run as cli_module
import validator.pipeline
import validator.rules.archives as archives_module
import validator.stages as stages_module
from validator.cli.main import main
from validator.speed.run_cache import RememberedRun, RunCache, digest_file, file_signature

ROOT = Path(__file__).resolve().parents[2]

WITH_ARCHIVE = """\
source: {id: tyla, outlet: Tyla, title: A title, published: 2022-12-07, archive: tyla.txt}
claims:
  - id: age
    subject: Mia Threapleton
    property: age
    value: 21
    excerpt: Mia is 21.
"""
GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""


@pytest.fixture()
def repo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The shipped dataset, two claim files (one with an archive), the working directory."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "tyla.yaml").write_text(WITH_ARCHIVE, encoding="utf-8")
    (claims / "tyla.txt").write_text("The article says Mia is 21.\n", encoding="utf-8")
    (claims / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))
    yield tmp_path


class PipelineRan(Exception):
    pass


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _entries(repo: Path) -> list[Path]:
    return sorted((repo / ".factlint-cache" / "runs").iterdir())


def test_an_unchanged_rerun_repeats_the_output_without_running_the_pipeline(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _validate(capsys, "claims")
    assert first[0] == 1
    assert "claims/tyla.yaml:6:12: D201 error tyla/age: " in first[1]
    reports = {p.name: p.read_bytes() for p in (repo / "reports").iterdir()}
    assert len(_entries(repo)) == 2  # under its key, and as the latest of its settings

    def refuse(*args: object, **kwargs: object) -> None:
        raise PipelineRan

    monkeypatch.setattr(validator.pipeline, "run", refuse)
    assert _validate(capsys, "claims") == first
    assert {p.name: p.read_bytes() for p in (repo / "reports").iterdir()} == reports


@pytest.mark.parametrize(
    "change",
    [
        "a claim file",
        "a new claim file",
        "the archive",
        "the dataset",
        "a report edited",
        "a report deleted",
        "a report replaced by a link",
    ],
)
def test_any_change_to_what_a_run_reads_or_wrote_means_a_full_run(
    repo: Path, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    _validate(capsys, "claims")
    if change == "a claim file":
        (repo / "claims" / "good.yaml").write_text(GOOD.replace("22", "23"), encoding="utf-8")
    elif change == "a new claim file":
        (repo / "claims" / "more.yaml").write_text(GOOD.replace("good", "more"), encoding="utf-8")
    elif change == "the archive":
        (repo / "claims" / "tyla.txt").write_text("Nothing here.\n", encoding="utf-8")
    elif change == "the dataset":
        people = repo / "dataset" / "people.yaml"
        text = people.read_text(encoding="utf-8").replace("2000-10-12", "2001-10-12")
        people.write_text(text, encoding="utf-8")
    elif change == "a report edited":
        (repo / "reports" / "consistency.md").write_text("edited\n", encoding="utf-8")
    elif change == "a report replaced by a link":
        # Moved out of the project and linked back: the same file (size, time, inode)
        # behind a link, which only a full run replaces (reports are never links).
        moved = repo.parent / f"{repo.name}-moved.md"
        os.rename(repo / "reports" / "consistency.md", moved)
        os.symlink(moved, repo / "reports" / "consistency.md")
    else:
        (repo / "reports" / "consistency.json").unlink()
    before = {p.name: p.read_bytes() for p in (repo / "reports").iterdir()}
    code, _ = _validate(capsys, "claims")
    assert code in (0, 1)
    if change.startswith("a report"):
        # The same inputs: the same output, and the report is written again (each
        # entry twice: under the run's key and as the latest of its settings).
        assert len(_entries(repo)) == 2
        assert not (repo / "reports" / "consistency.md").is_symlink()
        assert (repo / "reports" / "consistency.md").read_text(encoding="utf-8") != "edited\n"
        assert (repo / "reports" / "consistency.json").is_file()
    else:
        # An archive is not part of the key, since only the claim files name it: that
        # run's entry is replaced. Anything else is another run, kept beside the first;
        # the latest run of the settings is replaced, but for another dataset's.
        entries = {"the archive": 2, "the dataset": 4}
        assert len(_entries(repo)) == entries.get(change, 3)
        assert {p.name: p.read_bytes() for p in (repo / "reports").iterdir()} != before


@pytest.mark.parametrize("change", ["a claim file goes", "a claim file comes", "the dataset"])
def test_what_changes_while_a_run_is_keyed_is_never_remembered_under_that_key(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    """The run is keyed by the files it found and read; the pipeline used to search and
    read again. A file saved by removing and writing it (as editors do) between the two
    was missing from the run, which was remembered under the key of the files with it:
    every later run over the same files repeated a pass without that file's findings.
    The run now checks exactly the files and bytes its key names."""
    good = repo / "claims" / "good.yaml"
    wrong = GOOD.replace("value: 22", "value: 31").replace("good", "late")
    people = repo / "dataset" / "people.yaml"
    original = people.read_text(encoding="utf-8")
    real_key = cli_module.run_key

    def key_then_change(*args: Any, **kwargs: Any) -> Any:
        keyed = real_key(*args, **kwargs)
        if change == "a claim file goes":
            os.rename(good, repo / "good.yaml.saving")
        elif change == "a claim file comes":
            (repo / "claims" / "late.yaml").write_text(wrong, encoding="utf-8")
        else:
            people.write_text(original.replace("2000-10-12", "2001-10-12"), encoding="utf-8")
        return keyed

    good.write_text(GOOD.replace("value: 22", "value: 30"), encoding="utf-8")  # a D201
    expected = main(["claims", "--no-cache"]), capsys.readouterr().out
    assert "claims/good.yaml:3:" in expected[1]
    monkeypatch.setattr(cli_module, "run_key", key_then_change)
    assert _validate(capsys, "claims") == expected  # the files the key names
    monkeypatch.setattr(cli_module, "run_key", real_key)
    if change == "a claim file goes":
        os.rename(repo / "good.yaml.saving", good)
    elif change == "a claim file comes":
        (repo / "claims" / "late.yaml").unlink()
    else:
        people.write_text(original, encoding="utf-8")
    assert _validate(capsys, "claims") == expected


def test_a_changed_archive_changes_the_findings(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = _validate(capsys, "claims")
    assert "E107" not in out
    (repo / "claims" / "tyla.txt").write_text("Nothing here.\n", encoding="utf-8")
    _, out = _validate(capsys, "claims")
    assert "claims/tyla.yaml:7:14: E107 error tyla/age: excerpt not found" in out


@pytest.mark.parametrize(
    "options",
    [["-q"], ["--format", "json"], ["--select", "D"], ["--fail-on", "warning"], ["--no-reports"]],
)
def test_other_options_are_another_run(
    repo: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    _validate(capsys, "claims")
    expected = main(["claims", "--no-cache", *options]), capsys.readouterr().out
    assert _validate(capsys, "claims", *options) == expected
    assert len(_entries(repo)) == 4  # two runs, each also the latest of its settings


def test_another_day_is_another_run(repo: Path) -> None:
    """An acknowledgement `until` a date expires: the date is part of the key."""
    cache = RunCache("cache", b"k" * 32)
    key = cache.key([("a.yaml", "1")], [("d.yaml", "2")], ["today=2026-11-22"])
    assert key != cache.key([("a.yaml", "1")], [("d.yaml", "2")], ["today=2026-11-23"])
    assert key != cache.key([("a.yaml", "1")], [("d.yaml", "3")], ["today=2026-11-22"])
    assert key != cache.key([("b.yaml", "1")], [("d.yaml", "2")], ["today=2026-11-22"])
    # Parts are length-prefixed: moving text from one part to the next changes the key.
    assert cache.key([], [], ["ab", "c"]) != cache.key([], [], ["a", "bc"])


@pytest.mark.parametrize("damage", ["truncated", "flipped", "unsigned", "foreign key"])
def test_a_damaged_or_forged_entry_is_ignored(
    repo: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    expected = _validate(capsys, "claims")
    for entry in _entries(repo):  # the run under its key, and as the latest of its settings
        blob = entry.read_bytes()
        if damage == "truncated":
            entry.write_bytes(blob[:40])
        elif damage == "flipped":
            # Claim a pass: the signature no longer matches.
            entry.write_bytes(blob.replace(b'"exit_code":1', b'"exit_code":0'))
        elif damage == "unsigned":
            payload = RememberedRun(0, "all good\n", (), ()).to_json()
            entry.write_bytes(b"factlint-run-1\n" + b"\0" * 32 + payload)
        else:
            other = RunCache(str(repo / ".factlint-cache"), b"x" * 32)  # another machine's
            other.put(entry.name, RememberedRun(0, "all good\n", (), ()))
    assert _validate(capsys, "claims") == expected


def test_no_cache_neither_reads_nor_remembers(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _validate(capsys, "claims", "--no-cache")
    assert not (repo / ".factlint-cache").exists()
    assert _validate(capsys, "claims") == expected
    assert _validate(capsys, "claims", "--no-cache") == expected


def test_write_baseline_and_explain_run_in_full(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _validate(capsys, "claims")
    assert main(["claims", "--write-baseline"]) == 0
    assert "validate: wrote 1 finding to factlint-baseline.json" in capsys.readouterr().err
    code, out = _validate(capsys, "claims", "--explain", "tyla/age")
    assert code == 1 and out.startswith("tyla/age")
    assert len(_entries(repo)) == 2  # the one run, also the latest of its settings


def test_the_github_summary_is_appended_again(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    first = _validate(capsys, "claims")
    once = summary.read_text(encoding="utf-8")
    assert once.startswith("# ")
    assert first[1].startswith("::")
    assert _validate(capsys, "claims") == first
    assert summary.read_text(encoding="utf-8") == once + once
    assert len(_entries(repo)) == 2  # the one run, also the latest of its settings


def test_only_the_most_recent_runs_are_kept(tmp_path: Path) -> None:
    cache = RunCache(str(tmp_path), b"k" * 32)
    for number in range(20):
        cache.put(f"{number:064x}", RememberedRun(number, "", (), ()))
    kept = sorted(p.name for p in (tmp_path / "runs").iterdir())
    assert len(kept) == 16
    assert f"{19:064x}" in kept


def test_entries_round_trip_and_check_what_they_name(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text("report\n", encoding="utf-8")
    archive = tmp_path / "archive.txt"
    archive.write_text("text\n", encoding="utf-8")
    run = RememberedRun(
        1,
        "out\n",
        written=((str(report), file_signature(str(report))),),
        read=((str(archive), digest_file(str(archive))),),
        summary="summary",
        files=(("claims/a.yaml", "ab" * 32), ("claims/b.yaml", "unreadable: a pipe")),
    )
    assert RememberedRun.from_json(run.to_json()) == run
    assert run.still_holds()
    archive.write_text("other\n", encoding="utf-8")
    assert not run.still_holds()
    assert RememberedRun.from_json(b'{"exit_code": "1"}') is None
    assert RememberedRun.from_json(json.dumps({"x": 1}).encode()) is None
    assert file_signature(str(tmp_path / "missing")) == "-"
    assert digest_file(str(tmp_path / "missing")) == "-missing"


def test_a_run_cache_that_cannot_be_written_only_costs_time(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(str(kwargs.get("dir", ""))).name == "runs":
            raise PermissionError(13, "Permission denied")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    expected = _validate(capsys, "claims", "--no-cache")
    assert _validate(capsys, "claims") == expected
    assert _entries(repo) == []
    assert _validate(capsys, "claims") == expected


def test_a_full_run_reads_each_claim_file_once(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bytes read to key the run are the bytes loading parses."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a claim file read a second time")

    expected = _validate(capsys, "claims", "--no-cache")
    monkeypatch.setattr(stages_module, "read_bytes", refuse)
    assert _validate(capsys, "claims") == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_an_archive_that_is_a_pipe_or_huge_is_never_hashed_for_the_cache(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenario 3: with the cache on (the default), the archives a run read are hashed
    to remember it; a pipe blocked that forever, a 40 GB sparse file for minutes."""
    archive = repo / "claims" / "tyla.txt"
    archive.unlink()
    os.mkfifo(archive)
    for _ in range(2):  # the second run checks the first one's entry, hashing again
        code, out = _validate(capsys, "claims", "--no-reports")
        assert code == 1
        assert (
            "claims/tyla.yaml:1:82: E107 error tyla/age: archive 'tyla.txt' cannot be used: "
            "it is not a regular file (a pipe, socket or device)"
        ) in out
    archive.unlink()
    with open(archive, "wb") as handle:
        handle.truncate(40 * 1024**3)
    code, out = _validate(capsys, "claims", "--no-reports")
    assert "it is 42,949,672,960 bytes, over the limit of 16,777,216" in out
    assert digest_file(str(archive)) == "-too-large"
    assert digest_file(str(repo.parent / "elsewhere"), str(repo)) == "outside"


def test_a_runs_folder_linked_out_of_the_cache_deletes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenario 2: a committed `.factlint-cache/runs -> ..` made the prune of remembered
    runs delete README.md, LICENSE and the project's other files on
    `validate --no-reports -q`, the pre-commit hook's command."""
    for number in range(12):
        (repo / f"file-{number:02d}.txt").write_text("keep me\n")
    (repo / ".factlint-cache").mkdir()
    os.symlink("..", repo / ".factlint-cache" / "runs")
    before = sorted(p.name for p in repo.iterdir())
    for _ in range(3):
        code, _ = _validate(capsys, "--no-reports", "-q")
        assert code == 1
    after = sorted(p.name for p in repo.iterdir())
    assert after == before
    assert os.path.islink(repo / ".factlint-cache" / "runs")


def test_the_run_cache_prunes_only_its_own_entries(repo: Path) -> None:
    secret = b"s" * 32
    cache = RunCache(str(repo / ".factlint-cache"), secret)
    runs = repo / ".factlint-cache" / "runs"
    runs.mkdir(parents=True)
    (runs / "notes.txt").write_text("not ours")
    os.symlink(str(repo / "claims" / "good.yaml"), runs / ("f" * 64))
    for number in range(20):
        cache.put(f"{number:064x}", RememberedRun(number, "", (), ()))
    kept = sorted(p.name for p in runs.iterdir())
    assert "notes.txt" in kept and "f" * 64 in kept  # a link is not an entry it wrote
    assert len([k for k in kept if k not in ("notes.txt", "f" * 64)]) == 16
    assert (repo / "claims" / "good.yaml").read_text() == GOOD


def test_entries_planted_with_dates_ahead_do_not_outrank_a_new_one(repo: Path) -> None:
    """Entries dated a year ahead, as many as are kept, committed in a cache folder, were
    kept as the most recent and every entry written since pruned at once: no run was
    remembered."""
    secret = b"s" * 32
    cache = RunCache(str(repo / ".factlint-cache"), secret)
    runs = repo / ".factlint-cache" / "runs"
    runs.mkdir(parents=True)
    ahead = time.time() + 365 * 86_400
    for number in range(16):
        planted = runs / f"{number + 100:064x}"
        planted.write_bytes(b"planted")
        os.utime(planted, (ahead, ahead))
    cache.put("f" * 64, RememberedRun(3, "out", (), ()))
    assert (runs / ("f" * 64)).exists()
    assert cache.get("f" * 64) == RememberedRun(3, "out", (), ())


def test_run_keys_need_the_signing_secret(repo: Path) -> None:
    """A planted entry cannot be put where a run will look: its name depends on the
    secret."""
    one = RunCache(str(repo / ".c"), b"a" * 32)
    other = RunCache(str(repo / ".c"), b"b" * 32)
    pairs = [("claims/good.yaml", "0" * 64)]
    assert one.key(pairs, [], ["x"]) != other.key(pairs, [], ["x"])
    assert one.key(pairs, [], ["x"]) == one.key(pairs, [], ["x"])


@pytest.mark.parametrize("when", ["before", "after"])
def test_an_archive_changed_while_the_run_read_it_is_not_taken_as_read(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """The archive is rewritten just after the excerpt rule reads it (the run was
    remembered with the digest of the new text, taken after the run, and repeated for
    it), or just before (the rule reads the new text). Either way the remembered run
    holds only for the text the run's output was made from: the next runs, with the
    archive as it is and as it was, print what a run without the cache prints."""
    archive = repo / "claims" / "tyla.txt"
    first, second = archive.read_text(encoding="utf-8"), "Nothing here.\n"
    real_read = archives_module.read_regular

    def changing(path: str, max_bytes: int, **kwargs: bool) -> bytes:
        if when == "before":
            archive.write_text(second, encoding="utf-8")
            return real_read(path, max_bytes, **kwargs)
        read = real_read(path, max_bytes, **kwargs)
        archive.write_text(second, encoding="utf-8")
        return read

    args = ("claims", "--format", "json", "--no-reports")
    with monkeypatch.context() as patched:
        patched.setattr(archives_module, "read_regular", changing)
        raced = _validate(capsys, *args)
    read = second if when == "before" else first  # what the run's output was made from
    assert ('"E107"' in raced[1]) == (read == second)
    for text in (second, first, second):
        archive.write_text(text, encoding="utf-8")
        uncached = _validate(capsys, *args, "--no-cache")
        assert _validate(capsys, *args) == uncached
        assert _validate(capsys, *args) == uncached  # remembered now, and repeated


def test_the_latest_run_of_a_frame_is_a_signed_pointer_to_its_key(tmp_path: Path) -> None:
    """The latest run of a dataset and options was a second copy of the run, standard
    output and all (up to 64 MB); it is the run's key, signed."""
    cache = RunCache(str(tmp_path), b"k" * 32)
    frame = cache.frame([("d.yaml", "2")], ["today=2026-12-07"])
    run = RememberedRun(1, "x" * 10_000, (), (), files=(("claims/a.yaml", "1" * 64),))
    cache.put("a" * 64, run, frame)
    pointer = tmp_path / "runs" / frame
    assert pointer.stat().st_size < 200
    assert cache.latest(frame) == run
    cache.put("b" * 64, RememberedRun(0, "later", (), ()), frame)
    assert cache.latest(frame) == RememberedRun(0, "later", (), ())
    (tmp_path / "runs" / ("b" * 64)).unlink()
    assert cache.latest(frame) is None  # the run it names is gone
    other = RunCache(str(tmp_path), b"x" * 32)  # another machine's key
    other.put("c" * 64, run, frame)
    assert cache.latest(frame) is None
    assert cache.latest("f" * 64) is None
