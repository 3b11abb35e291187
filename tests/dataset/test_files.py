"""The dataset's files and their bytes, read before anything is parsed: which files a
dataset path names, what each holds or why it cannot be read, and the digest that keys
a remembered dataset."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

import validator.dataset.files as files_module
from tests.long_paths import past_the_path_limit
from validator.dataset.files import (
    DatasetError,
    dataset_digest,
    dataset_files,
    read_dataset_files,
)
from validator.dataset.load import load_dataset
from validator.model.findings import Finding
from validator.read.files import Limits
from validator.read.walk import UnfollowedLink
from validator.read.yaml_scalars import FileKind


def test_a_missing_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(tmp_path / "nowhere"))
    assert caught.value.problems == ["nowhere: dataset not found; pass --dataset PATH"]


def test_the_dataset_walk_follows_no_link_out_of_the_project_or_into_a_hidden_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed `dataset/zz.yaml` linked to a file outside the project was read as a
    dataset file, and the run's one line quoted its keys (`unknown field 'bogus_key'`)
    or where its YAML broke. As in a walk for claim files, a link is followed only to a
    file inside the project (or the dataset's folder) and in no hidden file or folder;
    one not followed is given as such, for reading it to say so."""
    root = tmp_path / "project"
    (root / "dataset").mkdir(parents=True)
    (tmp_path / "secret.yaml").write_text("token: outside\n", encoding="utf-8")
    (root / ".env.yaml").write_text("token: hidden\n", encoding="utf-8")
    (root / "shared.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "dataset" / "own.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink(str(tmp_path / "secret.yaml"), root / "dataset" / "out.yaml")
    os.symlink("../.env.yaml", root / "dataset" / "env.yaml")
    os.symlink("../shared.yaml", root / "dataset" / "shared.yaml")
    os.symlink("own.yaml", root / "dataset" / "same.yaml")
    os.symlink("missing.yaml", root / "dataset" / "broken.yaml")  # reading it says so
    os.symlink(str(tmp_path / "secret.yaml"), root / "dataset" / "out.txt")  # no dataset file
    monkeypatch.chdir(root)
    found = dataset_files("dataset", str(root))
    assert found == [
        os.path.join("dataset", name)
        for name in ("broken.yaml", "env.yaml", "out.yaml", "own.yaml", "same.yaml", "shared.yaml")
    ]
    assert [(f, f.folder, f.hidden) for f in found if isinstance(f, UnfollowedLink)] == [
        (os.path.join("dataset", "env.yaml"), False, True),
        (os.path.join("dataset", "out.yaml"), False, False),
    ]


def test_a_link_out_of_the_dataset_folder_is_a_problem_that_names_nothing_of_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk passed over a dataset file or folder linked out of the project (or into
    a hidden one) without a word: the facts a pull request meant it to add went missing
    unsaid. Now each is a problem at the link, and the run stops as for any file of the
    dataset that cannot be read; its target is neither opened nor named."""
    root = tmp_path / "project"
    (root / "dataset" / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (tmp_path / "secret-name.yaml").write_text("token: outside\n", encoding="utf-8")
    (tmp_path / "secret-folder").mkdir()
    (tmp_path / "secret-folder" / "x.yaml").write_text("token: outside\n", encoding="utf-8")
    (root / "dataset" / "own.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink(str(tmp_path / "secret-name.yaml"), root / "dataset" / "sub" / "out.yaml")
    os.symlink(str(tmp_path / "secret-folder"), root / "dataset" / "more")
    os.symlink("../.git", root / "dataset" / "git")
    os.symlink("own.yaml", root / "dataset" / "inside.yaml")
    monkeypatch.chdir(root)
    read = read_dataset_files("dataset", Limits(), str(root))
    assert read == [
        (
            "dataset/git",
            "dataset/git:1:1: is a symbolic link into a hidden folder (such as .git), so no "
            "dataset file in it was read; commit the dataset files themselves in the "
            "project, or remove the link",
        ),
        ("dataset/inside.yaml", b"a: 1\n"),
        (
            "dataset/more",
            "dataset/more:1:1: is a symbolic link to a folder outside the project, so no "
            "dataset file in it was read; commit the dataset files themselves in the "
            "project, or remove the link",
        ),
        ("dataset/own.yaml", b"a: 1\n"),
        (
            "dataset/sub/out.yaml",
            "dataset/sub/out.yaml:1:1: is a symbolic link leading outside the project, so "
            "it was not read; commit the file itself in the project, or remove the link",
        ),
    ]
    with pytest.raises(DatasetError) as caught:
        load_dataset("dataset")
    assert [problem for problem in caught.value.problems if "symbolic link" in problem] == [
        raw for _, raw in read if isinstance(raw, str)
    ]
    assert "secret" not in repr(read) + repr(caught.value.problems)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A dataset folder of YAML files at two levels, with what is not read beside them."""
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    for name, text in [
        ("a.yaml", "a: 1\n"),
        ("Z.YAML", "z: 1234567890\n"),
        ("sub/b.yml", "b: 1\n"),
        ("c.json", "{}\n"),
        ("notes.txt", "n\n"),
        (".hidden/h.yaml", "h: 1\n"),
    ]:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(text, encoding="utf-8")
    return data


def test_a_folder_is_its_yaml_files_at_every_level_in_order(project: Path) -> None:
    assert dataset_files("data") == [
        os.path.join("data", "Z.YAML"),
        os.path.join("data", "a.yaml"),
        os.path.join("data", "sub", "b.yml"),
    ]


def test_a_hidden_file_in_the_dataset_folder_is_passed_over(project: Path) -> None:
    """`dataset = "."` read the project's own `.env.yaml` as a dataset file, and the run's
    one line quoted its keys (`unknown field 'API_TOKEN'`): the walk passed over hidden
    folders only. A walk for claim files passes over hidden files too; so does this."""
    (project / ".env.yaml").write_text("API_TOKEN: secret\n", encoding="utf-8")
    (project / "sub" / ".b.yml.swp.yaml").write_text("b: 1\n", encoding="utf-8")
    assert dataset_files("data") == [
        os.path.join("data", "Z.YAML"),
        os.path.join("data", "a.yaml"),
        os.path.join("data", "sub", "b.yml"),
    ]


def test_a_dataset_folder_deeper_than_python_recurses_is_walked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed dataset folder 1,500 levels deep (`dataset/a/a/.../a/x.yaml`, a path
    of 3,000 bytes) ended the run in an internal error: `os.walk` calls itself for
    each level, and raised RecursionError. The file at the bottom is read as any
    other."""
    monkeypatch.chdir(tmp_path)
    Path("data").mkdir()
    Path("data/top.yaml").write_text("a: 1\n", encoding="utf-8")
    os.chdir("data")
    for _ in range(1_500):
        os.mkdir("a")
        os.chdir("a")
    Path("x.yaml").write_text("b: 2\n", encoding="utf-8")
    os.chdir(tmp_path)
    deep = os.path.join("data", *["a"] * 1_500, "x.yaml")
    try:
        assert dataset_files("data") == [deep, os.path.join("data", "top.yaml")]
        assert read_dataset_files("data", Limits())[0] == (deep.replace(os.sep, "/"), b"b: 2\n")
    finally:
        # Removed here a level at a time: pytest's own clean-up of old temporary
        # folders (shutil.rmtree) recurses too, and fails on a tree this deep.
        os.remove(deep)
        os.removedirs(os.path.dirname(deep))


def test_a_folder_of_the_dataset_that_cannot_be_listed_is_a_problem_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty folders of 250-letter names make a path past Linux's 4,096 bytes: the
    walk lists such a folder but cannot open it, and `os.walk` passed over it and the
    dataset files in it without a word. It is a problem at the folder now."""
    monkeypatch.chdir(tmp_path)
    Path("data").mkdir()
    Path("data/top.yaml").write_text("a: 1\n", encoding="utf-8")
    past_the_path_limit("data", "deep.yaml", "bogus: 1\n")
    found = dataset_files("data")
    assert len(found) == 2 and found[1] == os.path.join("data", "top.yaml")
    assert found[0].startswith(os.path.join("data", "d" * 250)) and len(found[0]) > 4_096
    shown, problem = read_dataset_files("data", Limits())[0]
    assert problem == (
        f"{shown}:1:1: cannot be read: its path is longer than the system allows; move it "
        "to a folder fewer levels deep, or give the folders shorter names"
    )


def test_a_dataset_folder_denied_is_named_for_the_dataset_files_in_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of the dataset that cannot be listed said "the claim files in it were
    not checked"; it holds dataset files."""
    real_scandir = os.scandir

    def denied(path: Any = ".") -> Any:
        if os.fspath(path) == os.path.join("data", "sub"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    assert read_dataset_files("data", Limits())[2] == (
        "data/sub",
        "data/sub:1:1: folder cannot be read: permission denied; the dataset files in it "
        "were not checked",
    )


def test_a_file_is_the_one_dataset_file_whatever_its_name(project: Path) -> None:
    assert dataset_files(os.path.join("data", "c.json")) == [os.path.join("data", "c.json")]


def test_each_file_is_read_or_kept_with_why_it_cannot_be(project: Path) -> None:
    assert read_dataset_files("data", Limits(max_file_bytes=10)) == [
        (
            "data/Z.YAML",
            "data/Z.YAML:1:1: file is 14 bytes, over the limit of 10; split it into several "
            "files in the dataset folder (every *.yaml file in it is read, and entities, "
            "references and properties may be spread over them)",
        ),
        ("data/a.yaml", b"a: 1\n"),
        ("data/sub/b.yml", b"b: 1\n"),
    ]


def over_the_bound(total: int, limit: int) -> str:
    """The one problem of the three files of `project` holding `total` bytes together."""
    return (
        f"data: the 3 dataset files hold {total} bytes together, over the limit of {limit}; "
        "the whole dataset is held in memory, so keep only the dataset's own *.yaml files "
        f"in its folder, and its facts under {limit} bytes"
    )


def test_the_files_together_are_bounded_before_any_is_read(project: Path) -> None:
    """A folder of many files, each under a file's limit, passes the dataset's bound
    together: refused by their sizes, before one is read."""
    assert read_dataset_files("data", Limits(max_dataset_bytes=24)) == [
        ("data/Z.YAML", b"z: 1234567890\n"),
        ("data/a.yaml", b"a: 1\n"),
        ("data/sub/b.yml", b"b: 1\n"),
    ]
    with pytest.raises(DatasetError) as caught:
        read_dataset_files("data", Limits(max_dataset_bytes=23))
    assert caught.value.problems == [over_the_bound(24, 23)]


def test_a_file_larger_when_read_than_it_stood_is_counted_as_read(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows between its size and its read (here: every size taken as 0,
    as for a file whose size could not be had) is counted as read, and the reading
    stops at the file that passes the bound."""
    monkeypatch.setattr("validator.dataset.files.file_size", lambda file: 0)
    reads: list[str] = []
    real = files_module.read_bytes

    def counted(path: str, limits: Limits, kind: FileKind = "claim files") -> bytes | Finding:
        reads.append(path)
        return real(path, limits, kind)

    monkeypatch.setattr(files_module, "read_bytes", counted)
    with pytest.raises(DatasetError) as caught:
        read_dataset_files("data", Limits(max_dataset_bytes=18))
    assert caught.value.problems == [over_the_bound(19, 18)]
    assert reads == [os.path.join("data", "Z.YAML"), os.path.join("data", "a.yaml")]


def test_a_folder_with_no_yaml_files_is_no_dataset(project: Path) -> None:
    (project / "empty").mkdir()
    with pytest.raises(DatasetError) as caught:
        read_dataset_files(os.path.join("data", "empty"), Limits())
    assert caught.value.problems == ["data/empty: no dataset files (*.yaml) found"]
    assert str(caught.value) == "data/empty: no dataset files (*.yaml) found"
    assert str(DatasetError([])) == "invalid dataset"


def test_the_digest_changes_with_anything_that_decides_the_dataset() -> None:
    files = [("data/a.yaml", b"a: 1\n"), ("data/b.yaml", b"b: 1\n")]
    digest = dataset_digest(files, Limits())
    assert len(digest) == 64 and digest == dataset_digest(list(files), Limits())
    others = [
        dataset_digest([files[0], ("data/b.yaml", b"b: 2\n")], Limits()),
        dataset_digest([files[0], ("data/c.yaml", b"b: 1\n")], Limits()),
        dataset_digest(files[::-1], Limits()),
        dataset_digest(files[:1], Limits()),
        dataset_digest(files, Limits(max_depth=10)),
        dataset_digest([files[0], ("data/b.yaml", "data/b.yaml:1:1: too large")], Limits()),
    ]
    assert len({digest, *others}) == 7


def test_the_digest_keeps_a_path_and_its_bytes_apart() -> None:
    """Each part is counted by its length: no two lists of files make one stream."""
    one = dataset_digest([("ab", b"c")], Limits())
    assert one != dataset_digest([("a", b"bc")], Limits())


def test_a_linked_folder_inside_the_project_is_searched_once_and_never_loops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed `dataset/shared -> ../facts` inside the project was passed over
    unsaid, and the facts kept there were missing from every run. A linked folder is
    followed under the rule linked files are, after the folders met by their own names,
    and each folder is searched once: a link back up (`dataset/sub/up -> ..`), to
    itself (`dataset/here -> .`) or to a folder walked already (`dataset/again ->
    sub`) adds nothing, and no cycle loops."""
    root = tmp_path / "project"
    (root / "dataset" / "sub").mkdir(parents=True)
    (root / "facts" / "deeper").mkdir(parents=True)
    (root / "dataset" / "own.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "dataset" / "sub" / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    (root / "facts" / "c.yaml").write_text("c: 1\n", encoding="utf-8")
    (root / "facts" / "deeper" / "d.yml").write_text("d: 1\n", encoding="utf-8")
    os.symlink("../facts", root / "dataset" / "shared")
    os.symlink("..", root / "dataset" / "sub" / "up")
    os.symlink(".", root / "dataset" / "here")
    os.symlink("sub", root / "dataset" / "again")
    os.symlink("../dataset", root / "facts" / "back")
    monkeypatch.chdir(root)
    assert dataset_files("dataset", str(root)) == [
        os.path.join("dataset", *parts)
        for parts in (
            ("own.yaml",),
            ("shared", "c.yaml"),
            ("shared", "deeper", "d.yml"),
            ("sub", "b.yaml"),
        )
    ]
    assert [raw for _, raw in read_dataset_files("dataset", Limits(), str(root))] == [
        b"a: 1\n",
        b"c: 1\n",
        b"d: 1\n",
        b"b: 1\n",
    ]
