"""Making a folder and those above it a level at a time, however deeply it is named."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from validator.guard.folders import make_folder_tree

# Deeper than Python's recursion limit (1,000), and under the length a path may have.
_DEEP = "x/" * 1_500


def test_a_folder_named_deeper_than_the_recursion_limit_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`os.makedirs` calls itself once a missing level: 1,500 of them raised
    RecursionError, which ended a run in an internal error after every check."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RecursionError):
        os.makedirs(_DEEP + "a")
    try:
        make_folder_tree(_DEEP + "b", 0o750)
        assert (tmp_path / (_DEEP + "b")).is_dir()
        assert (tmp_path / (_DEEP + "b")).stat().st_mode & 0o777 == 0o750
        make_folder_tree(_DEEP + "b")  # there already: nothing to do
    finally:
        # Removed here a level at a time: pytest's own clean-up of old temporary
        # folders (shutil.rmtree) recurses too, and fails on a tree this deep.
        os.removedirs(_DEEP + "b")


def test_a_folder_is_made_as_makedirs_makes_it(tmp_path: Path) -> None:
    for name in ("a/b/", "c/../d", "e/./f", "g//h"):
        make_folder_tree(str(tmp_path / name))
        assert os.path.isdir(tmp_path / name)
    os.symlink("a", tmp_path / "linked")
    make_folder_tree(str(tmp_path / "linked"))  # a link to a folder is one
    make_folder_tree(str(tmp_path / "linked" / "new"))
    assert (tmp_path / "a" / "new").is_dir()


def test_a_file_in_the_way_is_said_as_makedirs_says_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(FileExistsError) as there:
        make_folder_tree(str(tmp_path / "file"))
    assert there.value.errno == errno.EEXIST
    with pytest.raises(NotADirectoryError):
        make_folder_tree(str(tmp_path / "file" / "below"))
    os.symlink("nowhere", tmp_path / "dangling")
    with pytest.raises(FileExistsError):
        make_folder_tree(str(tmp_path / "dangling"))
    with pytest.raises(FileNotFoundError):
        make_folder_tree("")
