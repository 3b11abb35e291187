"""Writing report files: atomic, idempotent, and clear about failures."""

from __future__ import annotations

import functools
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reporting_sample import sample_result

from validator.report import render_html, render_json, render_markdown
from validator.report import write_files as report_files
from validator.report import write_set as report_set
from validator.report.html import html_pieces
from validator.report.json_report import json_pieces
from validator.report.markdown import markdown_pieces
from validator.report.registry import report_names
from validator.report.write_files import (
    ReportWriteError,
    append_text,
    write_files,
    write_reports,
    write_text_atomic,
)
from validator.speed.forked import share_work


def test_write_reports_creates_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out" / "reports"
    result = sample_result()
    paths = write_reports(result, str(folder))
    assert paths == [
        str(folder / "consistency.html"),
        str(folder / "consistency.json"),
        str(folder / "consistency.md"),
    ]
    assert (folder / "consistency.md").read_bytes() == render_markdown(result).encode("utf-8")
    assert (folder / "consistency.html").read_bytes() == render_html(result).encode("utf-8")
    assert (folder / "consistency.json").read_bytes() == render_json(result).encode("utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [
        "consistency.html",
        "consistency.json",
        "consistency.md",
    ]


def test_a_reports_folder_named_1500_levels_deep_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reports = "x/x/…/x"` of 1,500 missing levels (3,000 characters, under the length
    a path may have, in a configuration a pull request may change) ended the run in an
    internal error, a RecursionError from `os.makedirs`, after every check."""
    monkeypatch.chdir(tmp_path)
    folder = "x/" * 1_500 + "reports"
    try:
        paths = write_reports(sample_result(), folder)
        assert paths == [
            os.path.join(folder, name)
            for name in ("consistency.html", "consistency.json", "consistency.md")
        ]
        assert (tmp_path / folder / "consistency.md").is_file()
    finally:
        # Removed here a level at a time: pytest's own clean-up of old temporary
        # folders (shutil.rmtree) recurses too, and fails on a tree this deep.
        for name in os.listdir(folder):
            os.unlink(os.path.join(folder, name))
        os.removedirs(folder)


def test_relative_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = write_reports(sample_result(), "reports")
    assert paths == [
        os.path.join("reports", name)
        for name in ("consistency.html", "consistency.json", "consistency.md")
    ]
    assert (tmp_path / "reports" / "consistency.json").exists()


def test_unchanged_reports_are_not_rewritten(tmp_path: Path) -> None:
    write_reports(sample_result(), str(tmp_path))
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    write_reports(sample_result(), str(tmp_path))
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_write_text_atomic_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    write_text_atomic(str(target), "one\n")
    write_text_atomic(str(target), "two\r\nlines \u2014 caf\u00e9\n")
    assert target.read_bytes() == "two\r\nlines \u2014 caf\u00e9\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    write_text_atomic(str(target), "")
    assert target.read_bytes() == b""


def test_write_text_atomic_file_modes(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    write_text_atomic(str(target), "one\n")
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        write_text_atomic(str(target), "two\n")
        assert target.stat().st_mode & 0o777 == 0o600


def test_folder_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder")
    with pytest.raises(ReportWriteError) as caught:
        write_reports(sample_result(), str(blocker))
    assert caught.value.path == str(blocker)
    # "File exists" said nothing of what to change.
    assert str(caught.value) == f"cannot write {blocker}: it is a file, not a folder; name a folder"


def test_target_is_a_folder(tmp_path: Path) -> None:
    """The reports are a set: one that cannot be written keeps the others from being
    switched in, and no temporary file stays."""
    (tmp_path / "consistency.md").mkdir()
    with pytest.raises(ReportWriteError) as caught:
        write_reports(sample_result(), str(tmp_path))
    assert caught.value.path == str(tmp_path / "consistency.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["consistency.md"]
    assert (tmp_path / "consistency.md").is_dir()


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_files_rendered_elsewhere_are_the_same(tmp_path: Path, processes: int) -> None:
    files = [
        (str(tmp_path / f"file-{n}.txt"), functools.partial(lambda n: f"text {n} é\n" * n, n))
        for n in range(5)
    ]
    assert write_files(files, share=functools.partial(share_work, processes=processes)) == [
        path for path, _ in files
    ]
    for n in range(5):
        assert (tmp_path / f"file-{n}.txt").read_text(encoding="utf-8") == f"text {n} é\n" * n


def test_an_error_while_rendering_elsewhere_is_raised_here(tmp_path: Path) -> None:
    def broken() -> str:
        raise ValueError("cannot render")

    files = [(str(tmp_path / "a.txt"), lambda: "a"), (str(tmp_path / "b.txt"), broken)]
    with pytest.raises(ValueError, match="cannot render"):
        write_files(files, share=functools.partial(share_work, processes=2))
    # The files are a set: with b.txt not rendered, a.txt is not switched in either.
    assert not (tmp_path / "b.txt").exists()
    assert not (tmp_path / "a.txt").exists()
    # A temporary file a child staged before the error is removed by the next run.
    write_files([(str(tmp_path / "a.txt"), lambda: "a")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_missing_folder_for_a_single_file(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError):
        write_text_atomic(str(tmp_path / "missing" / "out.sarif"), "{}\n")


def test_append_text(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    append_text(str(summary), "# one\n")
    append_text(str(summary), "# two\n")
    assert summary.read_bytes() == b"# one\n# two\n"
    with pytest.raises(ReportWriteError) as caught:
        append_text(str(tmp_path / "missing" / "summary.md"), "x")
    assert caught.value.path == str(tmp_path / "missing" / "summary.md")


def test_a_named_pipe_the_user_named_is_written_to_not_replaced(tmp_path: Path) -> None:
    """As /dev/null or /dev/stdout would be: replacing a device with a file destroys it
    (as root, for the whole machine)."""
    pipe = tmp_path / "out.sarif"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()  # its open blocks until the writer opens: no timing involved
    write_text_atomic(str(pipe), "{}\n", named_by_user=True)
    reader.join()
    assert received == [b"{}\n"]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.sarif"]  # no temporary file


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
@pytest.mark.parametrize("named", ["--sarif", "a set"])
def test_a_link_to_the_standard_output_redirected_to_a_file_is_written_through(
    tmp_path: Path, named: str
) -> None:
    """`validate --sarif /dev/stdout > out.txt`: /dev/stdout led to a regular file, so
    the link itself was replaced by a new file (as root, /dev/stdout for the whole
    machine) and the SARIF never reached out.txt. A link the user named that leads to
    the process's own standard output is written through, as a shell would; here a link
    to /proc/self/fd/1 stands for /dev/stdout, with fd 1 pointed at a file for the test."""
    out = tmp_path / "out.txt"
    link = tmp_path / "stdout"
    os.symlink("/proc/self/fd/1", link)
    saved = os.dup(1)
    target = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.dup2(target, 1)
        if named == "--sarif":
            write_text_atomic(str(link), "{}\n", named_by_user=True)
        else:
            write_files([(str(link), lambda: "{}\n")], named_by_user={str(link)})
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(target)
    assert os.readlink(link) == "/proc/self/fd/1"
    assert out.read_bytes() == b"{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "stdout"]


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
@pytest.mark.parametrize("named", ["--junit", "a set"])
def test_a_link_to_a_device_where_the_user_named_a_file_is_replaced(
    tmp_path: Path, named: str
) -> None:
    """The workflow names `--junit junit.xml`; a pull request commits `junit.xml` as a
    link to a character device (`/dev/kmsg`, `/dev/tty1`; `/dev/null` here, harmless
    to write): it was written into, as root for the whole machine. A link is written
    through only into this process's own descriptors (/dev/stdout, /dev/fd/N); any
    other is replaced by the file, and the device stays as it was."""
    link = tmp_path / "junit.xml"
    os.symlink("/dev/null", link)
    if named == "--junit":
        write_text_atomic(str(link), "<testsuites/>\n", named_by_user=True)
    else:
        write_files([(str(link), lambda: "<testsuites/>\n")], named_by_user={str(link)})
    assert not link.is_symlink()
    assert link.read_text() == "<testsuites/>\n"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_a_link_into_the_processs_own_descriptors_is_written_through(tmp_path: Path) -> None:
    """`--sarif >(gzip > out.gz)`: the shell names /dev/fd/63, a link to a pipe this
    process holds open; it is written into, as before, though other links are replaced."""
    read_end, write_end = os.pipe()
    try:
        link = tmp_path / "sarif"
        os.symlink(f"/proc/self/fd/{write_end}", link)
        write_text_atomic(str(link), "{}\n", named_by_user=True)
        assert os.read(read_end, 100) == b"{}\n"
        assert link.is_symlink()
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_folder_is_refused_as_a_target(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError) as caught:
        write_text_atomic(str(tmp_path), "x")
    assert str(caught.value) == f"cannot write {tmp_path}: it is a folder; name a file"


def _old_set(folder: Path) -> dict[str, str]:
    texts = {name: f"old {name}\n" for name in report_names()}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return texts


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_a_failure_between_files_leaves_the_old_set_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario 11: a write that fails after the first file (a full disk) leaves every
    report as it was, and no temporary file."""
    old = _old_set(tmp_path)
    real_stage = report_set.stage
    calls: list[str] = []

    def full_disk(path: str, data: bytes) -> str | None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_stage(path, data)

    monkeypatch.setattr(report_files, "stage", full_disk)
    with pytest.raises(ReportWriteError, match="No space left on device"):
        write_reports(sample_result(), str(tmp_path))
    assert _contents(tmp_path) == old


def test_a_run_killed_during_the_switch_is_finished_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario 11: killed after the first rename (simulated: the second raises), the
    journal stays; the next run switches the rest in before anything else, so the set
    is the new one whole, and its stray temporary files are gone."""
    _old_set(tmp_path)
    real_replace = os.replace
    renames: list[str] = []

    def killed(source: str, target: str) -> None:
        renames.append(target)
        if len(renames) == 2:
            raise KeyboardInterrupt  # stands for SIGKILL: nothing after it runs
        real_replace(source, target)

    monkeypatch.setattr(report_set.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_reports(sample_result(), str(tmp_path))
    monkeypatch.setattr(report_set.os, "replace", real_replace)
    assert (tmp_path / report_set.JOURNAL).exists()
    # A stray temporary file of an older interrupted run, and a file that only looks
    # like one: the first goes, the second is not factlint's and stays.
    (tmp_path / ".consistency.json.abcd1234.tmp").write_text("stale")
    (tmp_path / ".consistency.json.notours.txt").write_text("keep")
    report_set.recover([str(tmp_path / name) for name in report_names()])
    fresh = tmp_path.parent / (tmp_path.name + "-fresh")
    write_reports(sample_result(), str(fresh))
    new = _contents(fresh)
    assert _contents(tmp_path) == {".consistency.json.notours.txt": "keep", **new}


def test_a_named_pipe_among_a_set_is_written_to_not_replaced(tmp_path: Path) -> None:
    """As with --sarif /dev/null: in a set, a target the user named that is no regular
    file is written to as it is, and the rest of the set switched in."""
    pipe = tmp_path / "out.sarif"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()  # its open blocks until the writer opens: no timing involved
    files = [(str(tmp_path / "a.txt"), lambda: "a"), (str(pipe), lambda: "{}\n")]
    write_files(files, named_by_user={str(pipe)})
    reader.join()
    assert received == [b"{}\n"]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.sarif"]


@pytest.mark.parametrize("kind", ["fifo", "char-device"])
def test_a_link_in_the_reports_folder_is_replaced_never_followed(tmp_path: Path, kind: str) -> None:
    """A pull request may commit `reports/consistency.md -> /dev/mem` or a link to a
    pipe: a report the user did not name on the command line replaces the link itself.
    Nothing is written into what it points at, and nothing blocks on a pipe."""
    outside = tmp_path / "outside"
    outside.mkdir()
    if kind == "fifo":
        target = outside / "pipe"
        os.mkfifo(target)
    else:
        target = Path("/dev/null")  # a character device that is safe to point at
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "consistency.md").symlink_to(target)
    write_files([(str(reports / "consistency.md"), lambda: "# report\n")])
    assert not (reports / "consistency.md").is_symlink()
    assert (reports / "consistency.md").read_text(encoding="utf-8") == "# report\n"
    assert stat.S_ISFIFO(os.lstat(target).st_mode) or stat.S_ISCHR(os.lstat(target).st_mode)
    assert sorted(p.name for p in reports.iterdir()) == ["consistency.md"]


@pytest.mark.parametrize("named", [False, True])
def test_a_link_to_a_folder_is_replaced_never_looked_through(tmp_path: Path, named: bool) -> None:
    """`reports/consistency.md -> /etc` was refused as a folder, and a link to a folder
    that does not exist replaced: the run's exit status told a pull request whether a
    folder outside exists. A link is replaced as it is, named on the command line or
    not (but for one into the process's own descriptors)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "kept.txt").write_text("kept", encoding="utf-8")
    report = tmp_path / "consistency.md"
    report.symlink_to(outside)
    write_files(
        [(str(report), lambda: "# report\n")], named_by_user={str(report)} if named else set()
    )
    assert not report.is_symlink()
    assert report.read_text(encoding="utf-8") == "# report\n"
    assert sorted(p.name for p in outside.iterdir()) == ["kept.txt"]


def test_an_unnamed_path_that_is_a_pipe_is_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "out.md"
    os.mkfifo(pipe)
    write_text_atomic(str(pipe), "x")
    assert pipe.read_text(encoding="utf-8") == "x" and not stat.S_ISFIFO(os.lstat(pipe).st_mode)


def _pieces(text: str, size: int) -> Iterator[str]:
    return (text[start : start + size] for start in range(0, len(text), size))


@pytest.mark.parametrize("processes", [1, 2])
def test_pieces_write_what_the_whole_text_writes(tmp_path: Path, processes: int) -> None:
    """A renderer may give its text in pieces (the JSON report does): the file holds
    exactly what the whole text gave, the reports folder's files included."""
    result = sample_result()
    whole, pieced = tmp_path / "whole", tmp_path / "pieced"
    texts = {"a.json": render_json(result), "b.txt": "caf\u00e9 \u2014 x\n" * 50, "c": ""}
    for folder, split in ((whole, False), (pieced, True)):
        files = [
            (
                str(folder / name),
                functools.partial(lambda t, s: _pieces(t, 7) if s else t, text, split),
            )
            for name, text in texts.items()
        ]
        share = functools.partial(share_work, processes=processes)
        write_files(files, folders=(str(folder),), share=share)
    for name in texts:
        assert (pieced / name).read_bytes() == (whole / name).read_bytes()
        assert (pieced / name).read_bytes() == texts[name].encode("utf-8")
    write_reports(result, str(tmp_path / "reports"))  # consistency.json from its pieces
    data = (tmp_path / "reports" / "consistency.json").read_bytes()
    assert data == render_json(result).encode("utf-8")


def test_pieces_compared_with_a_link_replace_it(tmp_path: Path) -> None:
    """A link in the reports folder is not followed to compare with, as `holds` does
    not follow it: the link is replaced, what it points at left as it was."""
    outside = tmp_path / "outside"
    outside.write_bytes(b"same")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.json").symlink_to(outside)
    write_files([(str(folder / "r.json"), lambda: iter(["sa", "me"]))])
    assert not (folder / "r.json").is_symlink()
    assert (folder / "r.json").read_bytes() == b"same"
    assert outside.read_bytes() == b"same"


def test_pieces_into_a_named_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "out.json"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()  # its open blocks until the writer opens: no timing involved
    write_files([(str(pipe), lambda: iter(["{", "}\n"]))], named_by_user={str(pipe)})
    reader.join()
    assert received == [b"{}\n"]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def _failing_half_way(pieces: Iterator[str], error: BaseException) -> Iterator[str]:
    """The pieces of a report, then `error` half-way through them."""
    given = list(pieces)
    yield from given[: len(given) // 2]
    raise error


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize(
    "error", [OSError(28, "No space left on device"), RuntimeError("a reporter broke")]
)
def test_a_report_that_fails_half_written_leaves_the_old_set_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int, error: BaseException
) -> None:
    """The Markdown and HTML reports are written a piece at a time: one that fails
    after some of its pieces reached the disk leaves every report as it was, and no
    temporary file."""
    monkeypatch.setattr(report_files, "_BATCH", 64)  # pieces on disk before the failure
    old = _old_set(tmp_path)
    result = sample_result()
    files = [
        (
            str(tmp_path / "consistency.html"),
            lambda: _failing_half_way(html_pieces(result, link_root=".."), error),
        ),
        (str(tmp_path / "consistency.json"), functools.partial(json_pieces, result)),
        (str(tmp_path / "consistency.md"), functools.partial(markdown_pieces, result)),
    ]
    expected = ReportWriteError if isinstance(error, OSError) else RuntimeError
    share = functools.partial(share_work, processes=processes)
    with pytest.raises(expected) as caught:
        write_files(files, folders=(str(tmp_path),), share=share)
    if isinstance(error, OSError):
        message = f"cannot write {tmp_path / 'consistency.html'}: No space left on device"
        assert str(caught.value) == message
    else:
        assert caught.value is error
    assert _contents(tmp_path) == old


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_two_runs_writing_the_same_reports_take_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs at once in one checkout (an editor's and a pre-commit hook's): the
    second waits for the first to switch its set in. Before, it took the first's
    temporary files for a killed run's and removed them, and both runs failed with
    "No such file or directory", leaving no new reports."""
    import fcntl

    paths = [str(tmp_path / "consistency.md"), str(tmp_path / "consistency.json")]
    first_writing, second_waiting, go = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def paused() -> str:
        first_writing.set()
        go.wait()
        return "first json"

    def run(files: list[tuple[str, Callable[[], str]]]) -> None:
        try:
            write_files(files)
        except BaseException as error:
            errors.append(error)

    real_flock = fcntl.flock

    def flock(fd: int, operation: int) -> None:
        if threading.current_thread().name == "second":
            second_waiting.set()
        real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    first = threading.Thread(
        target=run, args=([(paths[0], lambda: "first md"), (paths[1], paused)],)
    )
    second = threading.Thread(
        target=run,
        args=([(paths[0], lambda: "second md"), (paths[1], lambda: "second json")],),
        name="second",
    )
    try:
        first.start()
        first_writing.wait()
        # The first run holds the folder while it writes.
        fd = os.open(tmp_path, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                real_flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
        second.start()
        assert second_waiting.wait(timeout=600)
    finally:
        go.set()
        first.join()
        if second.ident is not None:
            second.join()
    assert errors == []
    assert _contents(tmp_path) == {"consistency.md": "second md", "consistency.json": "second json"}


def test_a_folder_in_the_journals_place_is_named_as_what_is_in_the_way(tmp_path: Path) -> None:
    """A pull request committed a folder `reports/.factlint-switch.json`: every run
    stopped saying it could not write `consistency.html`, which was not in the way."""
    journal = tmp_path / report_set.JOURNAL
    journal.mkdir()
    with pytest.raises(ReportWriteError) as caught:
        write_reports(sample_result(), str(tmp_path))
    assert str(caught.value) == f"cannot write {journal}: Is a directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == [report_set.JOURNAL]
