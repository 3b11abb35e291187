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
from validator.guard.safe_read import Refusal, Refused, digest_regular, inside, read_regular

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
        "is 42949672960 bytes, over the limit of 16777216",
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


def test_an_ordinary_file_is_read_and_digested(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 7)  # more than one chunk
    (tmp_path / "file").write_bytes(data)
    assert read_regular(str(tmp_path / "file"), len(data)) == data
    assert digest_regular(str(tmp_path / "file"), len(data)) == hashlib.sha256(data).hexdigest()
    assert _refusal(str(tmp_path / "file"), max_bytes=len(data) - 1)[0] is Refusal.TOO_LARGE


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
