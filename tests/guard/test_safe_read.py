"""The one safe reader: a pipe, a device, a huge sparse file or a link where none is
followed is refused before a byte is read, and no read goes past the limit.

Nothing here is timed: a pipe read without `O_NONBLOCK` would wait for a writer
forever, and /dev/zero or a 40 GB sparse file read without the size check would run
until memory or patience ran out; the tests finishing is the proof.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import validator.guard.safe_read as safe_read
from validator.guard.safe_read import (
    Reach,
    Refusal,
    Refused,
    below,
    digest_regular,
    inside,
    link_followed,
    reach,
    read_head,
    read_regular,
    real_path,
    redirected,
)

NOT_REGULAR = "is not a regular file (a pipe, socket or device)"


def _refusal(path: str, max_bytes: int = 1024, follow_links: bool = True) -> tuple[Refusal, str]:
    with pytest.raises(Refused) as caught:
        read_regular(path, max_bytes, follow_links=follow_links)
    with pytest.raises(Refused) as digested:
        digest_regular(path, max_bytes, follow_links=follow_links)
    assert (digested.value.kind, digested.value.reason) == (caught.value.kind, caught.value.reason)
    return caught.value.kind, caught.value.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert _refusal(str(tmp_path / "pipe")) == (Refusal.NOT_REGULAR, NOT_REGULAR)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_before_it_is_read(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is not on this system")
    assert _refusal(device) == (Refusal.NOT_REGULAR, NOT_REGULAR)


def test_a_huge_sparse_file_is_refused_by_its_size_alone(tmp_path: Path) -> None:
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as handle:
        handle.truncate(40 * 1024**3)  # 40 GB of holes: reading it would take minutes
    kind, reason = _refusal(str(sparse), max_bytes=16 * 1024 * 1024)
    assert (kind, reason) == (
        Refusal.TOO_LARGE,
        "is 42,949,672,960 bytes, over the limit of 16,777,216",
    )


def test_a_link_is_refused_where_links_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"data")
    os.symlink("real", tmp_path / "link")
    assert read_regular(str(tmp_path / "link"), 10) == b"data"
    assert _refusal(str(tmp_path / "link"), follow_links=False) == (
        Refusal.LINK,
        "is a symbolic link, which is not followed here",
    )


def test_missing_folders_and_dangling_links_say_so(tmp_path: Path) -> None:
    os.symlink("nowhere", tmp_path / "dangling")
    assert _refusal(str(tmp_path / "missing")) == (Refusal.MISSING, "does not exist")
    assert _refusal(str(tmp_path / "dangling")) == (
        Refusal.DANGLING,
        "is a symbolic link to a file that does not exist",
    )
    assert _refusal(str(tmp_path)) == (Refusal.FOLDER, "is a folder, not a file")


def test_reads_are_bounded_even_when_the_file_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size is checked on what was opened, then at most the limit and one byte more
    is read: a file that grows after the check is refused, not read to its end."""
    path = tmp_path / "growing"
    path.write_bytes(b"x" * 10)
    asked: list[int] = []
    real_read = os.read

    def read(fd: int, size: int) -> bytes:
        asked.append(size)
        with open(path, "ab") as handle:  # it grows by a chunk each time it is read
            handle.write(b"y" * (1 << 20))
        return real_read(fd, size)

    monkeypatch.setattr(safe_read.os, "read", read)
    with pytest.raises(Refused) as caught:
        read_regular(str(path), 100)
    assert caught.value.kind is Refusal.TOO_LARGE
    assert sum(asked) == 101


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes `safe_read` asks `os.read` for, from now on."""
    asked: list[int] = []
    real_read = os.read

    def read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(safe_read.os, "read", read)
    return asked


def test_a_small_file_is_read_with_buffers_of_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`os.read` allocates all it is asked for: a 300-byte file is asked for its size
    and one byte more, then for the one byte that finds its end, never a whole chunk."""
    path = tmp_path / "small"
    path.write_bytes(b"z" * 300)
    asked = _asked(monkeypatch)
    assert read_regular(str(path), 1 << 30) == b"z" * 300
    assert asked == [301, 1]
    asked.clear()
    path.write_bytes(b"")
    assert read_regular(str(path), 1 << 30) == b""
    assert asked == [1]


def test_a_large_file_is_read_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"q" * (2 * safe_read._CHUNK + 5)
    (tmp_path / "large").write_bytes(data)
    asked = _asked(monkeypatch)
    assert read_regular(str(tmp_path / "large"), 1 << 30) == data
    assert asked == [safe_read._CHUNK, safe_read._CHUNK, 6, 1]


def test_a_file_longer_than_its_size_said_is_read_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grew between the `fstat` and the read (within the limit) is read
    whole: past the size it gave, a chunk at a time."""
    path = tmp_path / "grew"
    path.write_bytes(b"a" * 10)
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        found = real_fstat(fd)
        with open(path, "ab") as handle:  # it grows once it has been measured
            handle.write(b"b" * 20)
        return found

    monkeypatch.setattr(safe_read.os, "fstat", fstat)
    asked = _asked(monkeypatch)
    assert read_regular(str(path), 1000) == b"a" * 10 + b"b" * 20
    assert asked == [11, 990, 971]


def test_an_ordinary_file_is_read_and_digested(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 7)  # more than one chunk
    (tmp_path / "file").write_bytes(data)
    assert read_regular(str(tmp_path / "file"), len(data)) == data
    assert digest_regular(str(tmp_path / "file"), len(data)) == hashlib.sha256(data).hexdigest()
    assert _refusal(str(tmp_path / "file"), max_bytes=len(data) - 1)[0] is Refusal.TOO_LARGE


def test_a_head_is_read_of_a_file_of_any_size_and_of_regular_files_only(tmp_path: Path) -> None:
    """`read_head` tells the last run's outputs by their opening: a file of any length
    costs one read of its head, and a pipe, device or folder is refused as ever."""
    with open(tmp_path / "sparse.txt", "wb") as handle:
        handle.write(b"<?xml")
        handle.truncate(40 * 1024**3)
    assert read_head(str(tmp_path / "sparse.txt"), 8) == b"<?xml\0\0\0"
    (tmp_path / "short.txt").write_bytes(b"ab")
    assert read_head(str(tmp_path / "short.txt"), 8) == b"ab"
    with pytest.raises(Refused) as caught:
        read_head(str(tmp_path), 8)
    assert caught.value.kind is Refusal.FOLDER
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(Refused) as caught:
            read_head(str(tmp_path / "pipe"), 8)
        assert (caught.value.kind, caught.value.reason) == (Refusal.NOT_REGULAR, NOT_REGULAR)


def test_inside_resolves_every_link(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (tmp_path / "secret").write_text("s")
    os.symlink("../../secret", root / "claims" / "out")
    os.symlink("../claims", root / "claims" / "up")
    assert inside(str(root / "claims" / "a.txt"), str(root))
    assert inside(str(root / "claims" / "up" / "a.txt"), str(root))
    assert inside(str(root), str(root))
    assert not inside(str(root / "claims" / "out"), str(root))
    assert not inside(str(root / ".." / "secret"), str(root))
    assert not inside(str(tmp_path / "project-sibling"), str(root))


def test_a_walk_follows_a_link_only_into_view(tmp_path: Path) -> None:
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / ".hidden").mkdir(parents=True)
    outside.mkdir()
    for target in (project / "a.yaml", project / ".hidden" / "b.yaml", outside / "c.yaml"):
        target.write_text("x: 1\n")
    links = {
        "in.yaml": project / "a.yaml",
        "hidden.yaml": project / ".hidden" / "b.yaml",
        "out.yaml": outside / "c.yaml",
        "broken.yaml": project / "gone.yaml",
    }
    for name, target in links.items():
        (project / name).symlink_to(target)
    followed = {name: link_followed(str(project / name), (str(project),)) for name in links}
    assert followed == {
        "in.yaml": True,
        "hidden.yaml": False,
        "out.yaml": False,
        "broken.yaml": True,
    }
    assert link_followed(str(project / "out.yaml"), (str(project), str(outside))) is True


def _linked_root(tmp_path: Path) -> Path:
    """A project with `claims`, `.git`, `inner -> claims` and `out` linked to a folder
    beside it."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / ".git").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (root / "out").symlink_to(tmp_path / "elsewhere")
    (root / "inner").symlink_to("claims")
    return root


def test_a_path_written_inside_the_root_is_redirected_only_by_a_link_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _linked_root(tmp_path)
    (root / ".hidden").mkdir()
    (root / "claims" / "git").symlink_to("../.git")
    monkeypatch.chdir(root)
    outside = "a link in it leads outside the project"
    hidden = "a link in it leads into a hidden file or folder (such as .git or .env)"
    cases = {
        ("out", True): outside,
        ("out/new/file.xml", False): outside,
        (str(root / "out"), False): outside,
        ("claims/git/config", True): hidden,
        ("claims/git/config", False): None,  # written, a hidden folder is allowed
        ("inner", True): None,
        ("claims", True): None,
        (".hidden", True): None,  # written through a hidden name: the writer's choice
        (".", True): None,
        ("../elsewhere", True): None,  # written outside: the writer's choice
        (str(tmp_path / "elsewhere"), False): None,
    }
    found = {case: redirected(case[0], str(root), read=case[1]) for case in cases}
    assert found == cases


def test_below_compares_paths_as_written_name_by_name() -> None:
    """One answer to "is this under that folder" for every check: a folder's sibling
    whose name starts alike is not under it, and the root folder holds every path."""
    assert below("/a/b", "/a/b") == []
    assert below("/a/b/c/d", "/a/b") == ["c", "d"]
    assert below("/a/b/c", "/a/b/") == ["c"]
    assert below("/a/bc", "/a/b") is None
    assert below("/a", "/a/b") is None
    assert below("/a/b", "/") == ["a", "b"]
    assert below("/", "/") == []


def test_reach_resolves_every_link_once_for_both_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _linked_root(tmp_path)
    (root / "git").symlink_to(".git")
    cases = {
        ".": Reach.IN_VIEW,
        "inner/a.yaml": Reach.IN_VIEW,
        "claims/../claims": Reach.IN_VIEW,
        ".git/config": Reach.HIDDEN,
        "git/config": Reach.HIDDEN,
        "out/x": Reach.OUTSIDE,
        "..": Reach.OUTSIDE,
    }
    resolved: list[str] = []
    realpath = os.path.realpath

    def counted(path: str) -> str:
        resolved.append(path)
        return realpath(path)

    monkeypatch.chdir(root)
    monkeypatch.setattr(safe_read.os.path, "realpath", counted)
    found = {case: reach(str(root / case), str(root)) for case in cases}
    assert found == cases
    assert len(resolved) == 2 * len(cases)  # the path and the root, once each
    resolved.clear()
    # The command line's check asks both questions of one resolution too.
    assert redirected("git/config", str(root), read=True) == (
        "a link in it leads into a hidden file or folder (such as .git or .env)"
    )
    assert resolved == ["git/config", str(root)]


def test_a_chain_of_links_too_long_to_resolve_leads_outside(tmp_path: Path) -> None:
    """Python resolves each link of a chain by calling itself again: a committed chain
    of 1,500 links (`l0 -> l1 -> … -> data`) raised RecursionError, an internal error
    wherever a configured or named path was checked. The system follows at most 40
    links, so the path opens nothing; it is taken as leading outside."""
    (tmp_path / "data").mkdir()
    for number in range(1_500):
        os.symlink(f"l{number + 1}", tmp_path / f"l{number}")
    os.symlink("data", tmp_path / "l1500")
    assert real_path(str(tmp_path / "l0")) is None
    assert real_path(str(tmp_path / "l1490")) == str((tmp_path / "data").resolve())
    assert reach(str(tmp_path / "l0"), str(tmp_path)) is Reach.OUTSIDE
    assert not inside(str(tmp_path / "l0"), str(tmp_path))
    assert redirected(str(tmp_path / "l0"), str(tmp_path), read=True) == (
        "a link in it leads outside the project"
    )
