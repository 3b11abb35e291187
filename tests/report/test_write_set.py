"""The files of one run written as a set (validator.report.write_set): staged beside
their targets, switched with a journal, a killed run's switch finished by the next, and
a journal or temporary file that is not this tool's never acted on."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from validator.report import write_set as report_set


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_pieces_the_file_already_holds_leave_it_untouched(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_bytes(b"abcdef")
    before = (target.stat().st_ino, target.stat().st_mtime_ns)
    assert report_set.stage(str(target), iter([b"abc", b"def"])) is None
    assert (target.stat().st_ino, target.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]  # no temporary file
    # A longer, shorter or different text is staged beside it.
    for pieces in ([b"abc", b"defg"], [b"abcde"], [b"abd", b"def"]):
        temp = report_set.stage(str(target), iter(pieces))
        assert temp is not None
        assert Path(temp).read_bytes() == b"".join(pieces)
        os.unlink(temp)
    assert target.read_bytes() == b"abcdef"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_journal_that_is_a_pipe_is_not_read(tmp_path: Path) -> None:
    """A `.factlint-switch.json` that is a named pipe renames nothing and is not
    waited on (opening it to read would wait for a writer forever)."""
    (tmp_path / "consistency.md").write_text("old")
    (tmp_path / ".consistency.md.abcd1234.tmp").write_text("planted")
    os.mkfifo(tmp_path / report_set.JOURNAL)
    report_set.recover([str(tmp_path / "consistency.md")])
    assert _contents(tmp_path) == {"consistency.md": "old"}


def test_a_journal_nested_past_the_recursion_limit_renames_nothing(tmp_path: Path) -> None:
    """A committed `.factlint-switch.json` of arrays nested 100,000 deep ended every
    run in an internal error (RecursionError), so a pull request could stop every
    report being written. It is not this tool's journal: ignored, removed."""
    (tmp_path / "consistency.md").write_text("old")
    (tmp_path / report_set.JOURNAL).write_text("[" * 100_000 + "]" * 100_000)
    report_set.recover([str(tmp_path / "consistency.md")])
    assert _contents(tmp_path) == {"consistency.md": "old"}


def test_a_journal_naming_a_file_the_run_does_not_write_renames_nothing_over_it(
    tmp_path: Path,
) -> None:
    """A pull request committed `reports/.factlint-switch.json` naming
    `reports/../victim.txt`, and `.victim.txt.abcd1234.tmp` beside it: the next run's
    recovery replaced `victim.txt`, a file factlint never wrote, with the planted bytes.
    Only the files this run writes are finished from a journal."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (tmp_path / "victim.txt").write_text("the owner's")
    (tmp_path / ".victim.txt.abcd1234.tmp").write_text("planted")
    planted = [
        [str(reports / ".." / ".victim.txt.abcd1234.tmp"), str(reports / ".." / "victim.txt")]
    ]
    (reports / report_set.JOURNAL).write_text(json.dumps(planted))
    report_set.recover([str(reports / "consistency.md")])
    assert (tmp_path / "victim.txt").read_text() == "the owner's"
    assert (tmp_path / ".victim.txt.abcd1234.tmp").read_text() == "planted"
    assert sorted(os.listdir(reports)) == []


def test_a_journal_finishes_the_files_the_run_writes_named_another_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed run's journal names its files as that run was given them; the next run,
    given the same files relative to the working directory, still finishes them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "consistency.md").write_text("old")
    (tmp_path / ".consistency.md.abcd1234.tmp").write_text("new")
    pairs = [[str(tmp_path / ".consistency.md.abcd1234.tmp"), str(tmp_path / "consistency.md")]]
    (tmp_path / report_set.JOURNAL).write_text(json.dumps(pairs))
    report_set.recover(["consistency.md"])
    assert _contents(tmp_path) == {"consistency.md": "new"}


# -- holds, target_mode ----------------------------------------------------------------


def test_holds_only_a_regular_file_of_exactly_those_bytes(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    assert not report_set.holds(str(target), b"")  # missing
    target.write_bytes(b"abc")
    assert report_set.holds(str(target), b"abc")
    assert not report_set.holds(str(target), b"ab")  # the file holds more
    assert not report_set.holds(str(target), b"abcd")
    assert not report_set.holds(str(target), b"")
    (tmp_path / "empty").write_bytes(b"")
    assert report_set.holds(str(tmp_path / "empty"), b"")
    (tmp_path / "link").symlink_to(target)
    assert not report_set.holds(str(tmp_path / "link"), b"abc")  # a link is not followed


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_a_folder_in_a_files_place_holds_nothing_and_keeps_no_descriptor(tmp_path: Path) -> None:
    """`holds` of a folder raised IsADirectoryError, where it says whether a regular
    file holds the bytes, and left the folder's descriptor open; so did staging pieces
    over a folder, which compares them with what is there."""
    (tmp_path / "r.md").mkdir()
    before = sorted(os.listdir("/proc/self/fd"))
    assert not report_set.holds(str(tmp_path / "r.md"), b"")
    temp = report_set.stage(str(tmp_path / "r.md"), iter([b"new"]))
    assert temp is not None
    assert Path(temp).read_bytes() == b"new"
    assert sorted(os.listdir("/proc/self/fd")) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_holds_never_waits_on_a_pipe(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "r.md")
    assert not report_set.holds(str(tmp_path / "r.md"), b"")


def test_a_replacement_keeps_a_regular_files_mode_else_takes_the_default(
    tmp_path: Path,
) -> None:
    target = tmp_path / "r.md"
    assert report_set.target_mode(str(target)) == 0o644  # missing
    target.write_text("x")
    target.chmod(0o600)
    assert report_set.target_mode(str(target)) == 0o600
    target.chmod(0o2750)
    assert report_set.target_mode(str(target)) == 0o2750
    (tmp_path / "link").symlink_to(target)
    assert report_set.target_mode(str(tmp_path / "link")) == 0o644
    assert report_set.target_mode(str(tmp_path)) == 0o644


# -- stage -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["r.md", "a b\n.md", "-x", ".hidden", "\u202er.md"])
def test_stage_writes_a_temporary_file_beside_the_target_with_its_mode(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(b"old")
    target.chmod(0o640)
    temp = report_set.stage(str(target), b"new")
    assert temp is not None
    assert os.path.dirname(temp) == str(tmp_path)
    assert re.fullmatch(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp", os.path.basename(temp))
    assert Path(temp).read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(temp).st_mode) == 0o640
    assert target.read_bytes() == b"old"


def test_stage_of_what_the_target_holds_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_bytes(b"same")
    assert report_set.stage(str(target), b"same") is None
    assert report_set.stage(str(target), iter([b"sa", b"", b"me"])) is None
    assert sorted(os.listdir(tmp_path)) == ["r.md"]
    (tmp_path / "empty").write_bytes(b"")
    assert report_set.stage(str(tmp_path / "empty"), b"") is None
    assert report_set.stage(str(tmp_path / "empty"), iter([])) is None


def test_stage_of_a_new_file_in_a_missing_folder_raises_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    with pytest.raises(FileNotFoundError):
        report_set.stage(str(tmp_path / "missing" / "r.md"), b"x")
    assert os.listdir(tmp_path) == []


def test_stage_of_pieces_that_fail_half_way_removes_its_temporary_file(tmp_path: Path) -> None:
    def pieces() -> Iterator[bytes]:
        yield b"first"
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError, match="render failed"):
        report_set.stage(str(tmp_path / "r.md"), pieces())
    assert os.listdir(tmp_path) == []


# -- switch ----------------------------------------------------------------------------


def test_switch_renames_every_staged_file_and_removes_its_journal(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("old a")
    pairs = []
    for name in ("a.md", "b.json"):
        temp = report_set.stage(str(tmp_path / name), f"new {name}".encode())
        assert temp is not None
        pairs.append((temp, str(tmp_path / name)))
    report_set.switch(pairs, str(tmp_path))
    assert _contents(tmp_path) == {"a.md": "new a.md", "b.json": "new b.json"}


def test_switch_of_nothing_writes_no_journal(tmp_path: Path) -> None:
    report_set.switch([], str(tmp_path))
    assert os.listdir(tmp_path) == []


def test_switch_onto_a_folder_is_refused_before_anything_is_renamed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("old")
    (tmp_path / "b.md").mkdir()
    first = report_set.stage(str(tmp_path / "a.md"), b"new")
    second = report_set.stage(str(tmp_path / "b.md"), b"new")
    assert first is not None and second is not None
    with pytest.raises(IsADirectoryError):
        report_set.switch(
            [(first, str(tmp_path / "a.md")), (second, str(tmp_path / "b.md"))], str(tmp_path)
        )
    assert (tmp_path / "a.md").read_text() == "old"
    assert not (tmp_path / report_set.JOURNAL).exists()


# -- recover ---------------------------------------------------------------------------


def test_recover_of_nothing_does_nothing(tmp_path: Path) -> None:
    (tmp_path / report_set.JOURNAL).write_text("[]")
    report_set.recover([])
    assert os.listdir(tmp_path) == [report_set.JOURNAL]


def test_recover_removes_only_the_temporary_files_of_the_files_it_is_given(
    tmp_path: Path,
) -> None:
    for name in (
        ".r.md.abcd1234.tmp",  # the run's: removed
        ".r.md.abcd_123.tmp",  # the run's: removed
        ".r.md.abcd123.tmp",  # seven characters: not a temporary name
        ".r.md.ABCD1234.tmp",  # capitals: not the alphabet of its names
        ".r.md.abcd1234.tmp.bak",
        "r.md.abcd1234.tmp",
        ".other.md.abcd1234.tmp",  # a file this run does not write
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / ".r.md.link1234.tmp").symlink_to(tmp_path / "r.md.abcd1234.tmp")
    (tmp_path / ".r.md.fold1234.tmp").mkdir()
    report_set.recover([str(tmp_path / "r.md")])
    assert sorted(os.listdir(tmp_path)) == [
        ".other.md.abcd1234.tmp",
        ".r.md.ABCD1234.tmp",
        ".r.md.abcd123.tmp",
        ".r.md.abcd1234.tmp.bak",
        ".r.md.fold1234.tmp",
        ".r.md.link1234.tmp",
        "r.md.abcd1234.tmp",
    ]


def test_recover_in_a_folder_that_does_not_exist_does_nothing(tmp_path: Path) -> None:
    report_set.recover([str(tmp_path / "missing" / "r.md")])
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "journal",
    [
        "not json",
        "{}",
        '"text"',
        "[[1, 2]]",
        '[["only one"]]',
        '[["{d}/.r.md.abcd1234.tmp", "{d}/r.md", "third"]]',
        '[["{d}/.x.md.abcd1234.tmp", "{d}/r.md"]]',  # another file's name
        '[["{d}/sub/.r.md.abcd1234.tmp", "{d}/r.md"]]',  # not beside its target
        '[["{d}/r.md.new", "{d}/r.md"]]',
        '[["{d}/.r.md.abcd1234.tmp", "{d}/r.md"], "more"]',
    ],
)
def test_a_journal_that_is_not_this_tools_renames_nothing_and_is_removed(
    tmp_path: Path, journal: str
) -> None:
    (tmp_path / "r.md").write_text("old")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".r.md.abcd1234.tmp").write_text("planted")
    (tmp_path / ".x.md.abcd1234.tmp").write_text("planted")
    (tmp_path / "r.md.new").write_text("planted")
    text = journal.replace("{d}", json.dumps(str(tmp_path))[1:-1])
    (tmp_path / report_set.JOURNAL).write_text(text)
    report_set.recover([str(tmp_path / "r.md")])
    assert (tmp_path / "r.md").read_text() == "old"
    assert not (tmp_path / report_set.JOURNAL).exists()


def test_a_journal_whose_temporary_file_is_gone_or_a_link_leaves_the_target(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.md").write_text("old a")
    (tmp_path / "b.md").write_text("old b")
    (tmp_path / "outside").write_text("outside")
    (tmp_path / ".b.md.abcd1234.tmp").symlink_to(tmp_path / "outside")
    pairs = [
        [str(tmp_path / ".a.md.abcd1234.tmp"), str(tmp_path / "a.md")],
        [str(tmp_path / ".b.md.abcd1234.tmp"), str(tmp_path / "b.md")],
    ]
    (tmp_path / report_set.JOURNAL).write_text(json.dumps(pairs))
    report_set.recover([str(tmp_path / "a.md"), str(tmp_path / "b.md")])
    assert (tmp_path / "a.md").read_text() == "old a"
    assert (tmp_path / "b.md").read_text() == "old b"
    assert not (tmp_path / report_set.JOURNAL).exists()


# -- folders_locked --------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_the_folders_are_locked_while_held_and_released_after(tmp_path: Path) -> None:
    import fcntl

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    paths = [
        str(tmp_path / "a" / "r.md"),
        str(tmp_path / "b" / "r.json"),
        str(tmp_path / "a" / "x"),
    ]

    def lockable(folder: Path) -> bool:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        finally:
            os.close(fd)
        return True

    with report_set.folders_locked([*paths, str(tmp_path / "missing" / "r.md")]):
        assert not lockable(tmp_path / "a")
        assert not lockable(tmp_path / "b")
        assert lockable(tmp_path)
    assert lockable(tmp_path / "a") and lockable(tmp_path / "b")


def test_folders_locked_releases_them_when_the_run_raises(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), report_set.folders_locked([str(tmp_path / "r.md")]):
        raise RuntimeError
    with report_set.folders_locked([str(tmp_path / "r.md")]):
        pass


def test_sync_folder_of_a_missing_folder_says_nothing(tmp_path: Path) -> None:
    report_set.sync_folder(str(tmp_path / "missing"))
    report_set.sync_folder(str(tmp_path))
