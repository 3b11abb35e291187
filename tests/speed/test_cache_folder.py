"""The cache folder as a stranger may have prepared it: levels that are links are not
used, and only files of the names factlint gives its own are ever listed for deletion."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from validator.speed.cache_folder import (
    OwnFile,
    folder_itself,
    make_folders,
    newest_first,
    own_files,
    read_entry,
    usable,
    write_entry,
)
from validator.speed.signing import seal


def test_a_level_that_is_a_link_or_a_file_makes_the_cache_unusable(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    os.symlink("elsewhere", tmp_path / "linked")
    (tmp_path / "file").write_text("x")
    assert usable(str(tmp_path / "new"), str(tmp_path / "new" / "runs"))
    assert not usable(str(tmp_path / "linked"))
    assert not usable(str(tmp_path / "file"))
    assert make_folders(str(tmp_path / "new"), str(tmp_path / "new" / "runs"))
    assert (tmp_path / "new" / "runs").is_dir()
    assert not make_folders(str(tmp_path / "linked"), str(tmp_path / "linked" / "runs"))
    assert not (tmp_path / "elsewhere" / "runs").exists()
    # A slash or "/." after the link's name asks for what it points to: still the link.
    assert not usable(str(tmp_path / "linked") + "/")
    assert not usable(str(tmp_path / "linked") + "/./")
    assert not make_folders(str(tmp_path / "linked") + "/.", str(tmp_path / "linked" / "runs"))
    assert not make_folders(str(tmp_path / "linked") + "/", str(tmp_path / "linked" / "runs"))
    assert not (tmp_path / "elsewhere" / "runs").exists()


def test_only_regular_files_named_as_factlint_names_them_are_its_own(tmp_path: Path) -> None:
    names = ["a" * 64, ".tmp-x1y2z3w4", "A" * 64, "a" * 63, ".tmp-short", "README.md"]
    for name in names:
        (tmp_path / name).write_text("x")
    os.symlink("README.md", tmp_path / ("b" * 64))
    (tmp_path / ("c" * 64)).mkdir()
    found = sorted((f.name, f.temporary) for f in own_files(str(tmp_path)))
    assert found == [(".tmp-x1y2z3w4", True), ("a" * 64, False)]
    os.symlink(str(tmp_path), tmp_path.parent / "link-to-cache")
    assert own_files(str(tmp_path.parent / "link-to-cache")) == []


def test_the_folders_above_the_cache_are_made_as_mkdir_p_makes_them(tmp_path: Path) -> None:
    """They are not the cache's: a cache folder named where none is yet
    (`--cache-dir build/cache`) was never made, and the run went uncached."""
    root = str(tmp_path / "build" / "more" / "cache")
    assert make_folders(root, os.path.join(root, "runs"))
    assert (tmp_path / "build" / "more" / "cache" / "runs").is_dir()
    (tmp_path / "file").write_text("x")
    assert not make_folders(str(tmp_path / "file" / "cache"))


def test_the_folder_itself_is_the_path_without_what_ends_it() -> None:
    assert [folder_itself(p) for p in ("a/", "a/.", "a/./", "a//.//", "a/..", "./", "/", "a.")] == [
        "a", "a", "a", "a", "a/..", ".", "/", "a.",
    ]  # fmt: skip


def test_a_cache_folder_named_1500_levels_deep_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folders above a cache named where none is yet are made as `mkdir -p` makes
    them: through `os.makedirs`, 1,500 of them (`--cache-dir x/x/…/cache`, or
    `validate(cache_dir=...)`) raised RecursionError, an internal error."""
    monkeypatch.chdir(tmp_path)
    root = "x/" * 1_500 + "cache"
    try:
        assert make_folders(root, os.path.join(root, "runs"))
        assert (tmp_path / root / "runs").is_dir()
    finally:
        # Removed here a level at a time: pytest's own clean-up of old temporary
        # folders (shutil.rmtree) recurses too, and fails on a tree this deep.
        os.removedirs(os.path.join(root, "runs"))


def test_newest_first_puts_a_file_dated_ahead_last() -> None:
    now = time.time_ns()
    old, new, ahead = (
        OwnFile(n, n, at, False) for n, at in (("a", now - 10), ("b", now), ("c", now + 10**12))
    )
    assert newest_first([old, ahead, new]) == [new, old, ahead]


def test_an_entry_is_read_back_only_signed_whole_and_through_real_folders(tmp_path: Path) -> None:
    root, folder = tmp_path / "cache", tmp_path / "cache" / "runs"
    folder.mkdir(parents=True)
    name, secret = "a" * 64, b"s" * 32
    write_entry(str(folder), name, seal(secret, b"M1", name, b"payload"))

    def read(at: Path, most: int = 1000, key: bytes = secret, magic: bytes = b"M1") -> bytes | None:
        return read_entry(str(root), str(at), name, most, key, magic)

    assert read(folder) == b"payload"
    assert read(folder, magic=b"M2") is None  # another kind of entry's seal
    assert read(folder, most=10) is None  # over the bound
    assert read(folder, key=b"t" * 32) is None  # another secret's
    (root / "linked").symlink_to(folder)
    assert read(root / "linked") is None
