"""Stage 1: finding claim files, reading their bytes, decoding them and parsing them, each
failure an E101 finding on that file at the right place."""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import validator.read.files as files_module
from tests.long_paths import past_the_path_limit
from validator.model.findings import Finding
from validator.read.files import (
    STDIN,
    Limits,
    LoadedFile,
    PathNotFound,
    decode,
    discover,
    display_path,
    load_file,
    parse_text,
    read_bytes,
)
from validator.read.held_bytes import HeldBytes
from validator.read.positions import LoadProblem
from validator.read.yaml_load import FileKind, YamlLimits

# What reading a link that a walk did not follow says: never where it leads.
OUT_FILE = (
    "is a symbolic link leading outside the project, so it was not read; commit the "
    "file itself in the project, or remove the link"
)
OUT_FOLDER = (
    "is a symbolic link to a folder outside the project, so no claim file in it was read; "
    "commit the claim files themselves in the project, or remove the link"
)
HIDDEN_FILE = (
    "is a symbolic link into a hidden file or folder (such as .env or .git), so it was not "
    "read; commit the file itself in the project, or remove the link"
)
HIDDEN_FOLDER = (
    "is a symbolic link into a hidden folder (such as .git), so no claim file in it was "
    "read; commit the claim files themselves in the project, or remove the link"
)


def finding(result: object) -> tuple[str, str, int, int, str]:
    assert isinstance(result, Finding), result
    location = result.locations[0]
    return result.code, location.file, location.line, location.column, result.message


def test_the_limits_and_their_defaults() -> None:
    limits = Limits()
    assert (
        limits.max_file_bytes,
        limits.max_depth,
        limits.max_nodes,
        limits.max_string_chars,
        limits.max_key_chars,
        limits.max_claims,
    ) == (32 * 1024 * 1024, 64, 2_000_000, 1_000_000, 1_000, 100_000)
    assert Limits(max_depth=5, max_nodes=6, max_string_chars=7, max_key_chars=8).yaml == (
        YamlLimits(max_depth=5, max_nodes=6, max_string_chars=7, max_key_chars=8)
    )


def test_the_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ten.yaml").write_bytes(b"a: 1234567")
    Path("eleven.yaml").write_bytes(b"a: 12345678")
    limits = Limits(max_file_bytes=10)
    loaded = load_file("ten.yaml", limits)
    assert isinstance(loaded, LoadedFile)
    assert loaded.data == {"a": 1234567}
    assert finding(load_file("eleven.yaml", limits)) == (
        "E101",
        "eleven.yaml",
        1,
        1,
        "file is 11 bytes, over the limit of 10; split it into one file per source",
    )


def test_a_file_that_grows_while_it_is_read_is_still_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("growing.yaml").write_bytes(b"a: 1\n")
    real_fstat = os.fstat

    def fstat_before_growth(fd: int) -> Any:
        info = real_fstat(fd)
        Path("growing.yaml").write_bytes(b"a: 1\n" * 10)
        return info

    monkeypatch.setattr(os, "fstat", fstat_before_growth)
    assert finding(read_bytes("growing.yaml", Limits(max_file_bytes=20))) == (
        "E101",
        "growing.yaml",
        1,
        1,
        "file is 21 bytes, over the limit of 20; split it into one file per source",
    )


def test_the_depth_node_and_length_limits_reach_both_parsers() -> None:
    limits = Limits(max_depth=2, max_nodes=4, max_string_chars=3, max_key_chars=2)
    cases = {
        ("a.yaml", "a: [[1]]\n"): (1, 5, "nesting is deeper than 2 levels"),
        ("a.json", '{"a": [[1]]}'): (1, 8, "nesting is deeper than 2 levels"),
        ("b.yaml", "[1, 2, 3, 4]\n"): (
            1,
            11,
            "the document has more than 4 nodes; split it into one file per source",
        ),
        ("b.json", "[1, 2, 3, 4]"): (
            1,
            11,
            "the document has more than 4 values; split it into one file per source",
        ),
    }
    for (name, text), (line, column, message) in cases.items():
        assert finding(parse_text(text, name, limits)) == ("E101", name, line, column, message)
    # A text too long is a problem at it, read cut to the limit.
    for name, text, column in (("c.yaml", "a: abcd\n", 4), ("c.json", '{"a": "abcd"}', 7)):
        loaded = parse_text(text, name, limits)
        assert isinstance(loaded, LoadedFile) and loaded.data == {"a": "abc"}
        assert [(p.path, p.line, p.column, p.message, p.kind) for p in loaded.problems] == [
            (("a",), 1, column, "a text of 4 characters is over the limit of 3; shorten it", "text")
        ]
    # A key too long is a problem at the key, its entry left out.
    for name, text, column in (
        ("d.yaml", "abc: 1\n", 1),
        ("d.json", '{"abc": 1}', 2),
    ):
        loaded = parse_text(text, name, limits)
        assert isinstance(loaded, LoadedFile) and loaded.data == {}
        assert [(p.line, p.column, p.message) for p in loaded.problems] == [
            (
                1,
                column,
                "a key of 3 characters is over the limit of 2; keys are field names: write the "
                "field's name as the key, or remove the entry",
            )
        ]


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        ("", "a.yaml", "file is empty; a claim file needs a source and its claims"),
        (" \n\t\n", "a.json", "file is empty; a claim file needs a source and its claims"),
        ("---\n", "a.yaml", "the document is empty; a claim file needs a source and its claims"),
        (
            "# nothing\n",
            "a.yaml",
            "the document is empty; a claim file needs a source and its claims",
        ),
        ("null", "a.json", "the document is empty; a claim file needs a source and its claims"),
        ("\ufeff", "a.yaml", "file is empty; a claim file needs a source and its claims"),
    ],
)
def test_empty_documents(text: str, name: str, message: str) -> None:
    assert finding(parse_text(text, name, Limits())) == ("E101", name, 1, 1, message)


DATASET_NEEDS = "a dataset file needs entities, references, properties or the `dataset:` header"


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("", 1, 1, f"file is empty; {DATASET_NEEDS}"),
        ("---\n", 1, 1, f"the document is empty; {DATASET_NEEDS}"),
        (
            "entities: []\n--- {}\n",
            2,
            1,
            "a second YAML document starts here; a dataset file holds one document: "
            "move it to a file of its own",
        ),
    ],
)
def test_a_dataset_file_is_named_as_one(text: str, line: int, column: int, message: str) -> None:
    loaded = parse_text(text, "d.yaml", Limits(), kind="dataset files")
    assert finding(loaded) == ("E101", "d.yaml", line, column, message)


@pytest.mark.parametrize("kind", ["claim files", "dataset files"])
def test_a_file_with_a_tag_is_read_with_the_tag_named_as_a_problem_of_its_kind(
    kind: FileKind,
) -> None:
    loaded = parse_text("source: !!omap []\n", "c.yaml", Limits(), kind=kind)
    assert isinstance(loaded, LoadedFile)
    assert loaded.data == {"source": []}
    message = f"the tag !!omap is not allowed: {kind} hold plain data only; remove the tag"
    assert loaded.problems == (LoadProblem(("source",), 1, 9, message, "tag"),)


def test_the_suffix_chooses_the_parser() -> None:
    for name in ("a.json", "A.JSON"):
        loaded = parse_text('{"a": 1}', name, Limits())
        assert isinstance(loaded, LoadedFile)
        assert loaded.path == name
    assert finding(parse_text("a: 1", "a.json", Limits())) == (
        "E101",
        "a.json",
        1,
        1,
        "JSON syntax error: the file holds YAML, not JSON; give it a name ending in .yaml, "
        "or write it as JSON",
    )
    for name in ("a.yaml", "a.yml", "a.txt"):
        loaded = parse_text("a: 1", name, Limits())
        assert isinstance(loaded, LoadedFile)
        assert loaded.data == {"a": 1}


def test_a_byte_order_mark_is_accepted_and_not_counted() -> None:
    for name, text in (("a.json", '\ufeff{"a": [1]}'), ("a.yaml", "\ufeffa: [1]\n")):
        loaded = parse_text(text, name, Limits())
        assert isinstance(loaded, LoadedFile)
        assert loaded.data == {"a": [1]}
        assert loaded.positions.of(("a", 0)) == (1, 8 if name == "a.json" else 5)
    assert decode(b"\xef\xbb\xbfa: 1\n", "a.yaml") == "a: 1\n"


_WIDE = "the file is %s; save it as UTF-8"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Read as Windows-1252, what it seems to be, the byte is named as the editor shows
        # it; not where UTF-8 comes before it or starts there.
        (
            b"a: caf\xe9\n",
            (
                1,
                7,
                "not valid UTF-8: byte 0xe9 at offset 6 (\xe9 in Windows-1252, "
                "which the file seems to be saved in); save the file as UTF-8",
            ),
        ),
        (
            b"a: \x93yes\x94\r\n",
            (
                1,
                4,
                "not valid UTF-8: byte 0x93 at offset 3 (\u201c in Windows-1252, "
                "which the file seems to be saved in); save the file as UTF-8",
            ),
        ),
        (
            b"a: \x81\n",  # no character in Windows-1252
            (1, 4, "not valid UTF-8: byte 0x81 at offset 3; save the file as UTF-8"),
        ),
        (
            b"a: \xe9\x1a\n",  # a control character no text holds
            (1, 4, "not valid UTF-8: byte 0xe9 at offset 3; save the file as UTF-8"),
        ),
        (
            b"a: 1\nb: \xc3\xa9\xc3\xa9\xff\n",
            (2, 6, "not valid UTF-8: byte 0xff at offset 12; save the file as UTF-8"),
        ),
        (
            b"\xef\xbb\xbfa: \x80\n",
            (1, 4, "not valid UTF-8: byte 0x80 at offset 6; save the file as UTF-8"),
        ),
        (
            b"a: \xed\xa0\x80\n",  # an encoded surrogate is not UTF-8
            (1, 4, "not valid UTF-8: byte 0xed at offset 3; save the file as UTF-8"),
        ),
        (
            b"a: \xc3",  # cut off in the middle of a character
            (1, 4, "not valid UTF-8: byte 0xc3 at offset 3; save the file as UTF-8"),
        ),
        (
            "a: 1\n".encode("utf-16"),
            (
                1,
                1,
                "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
            ),
        ),
        # UTF-16 and UTF-32 are told by their first bytes, with or without a byte order
        # mark: without one, a NUL after each ASCII byte made UTF-16 "a binary file".
        (
            "a: 1\n".encode("utf-16-be"),
            (1, 1, _WIDE % "UTF-16 (big-endian, without a byte order mark)"),
        ),
        (
            "a: 1\n".encode("utf-16-le"),
            (1, 1, _WIDE % "UTF-16 (little-endian, without a byte order mark)"),
        ),
        (b"a\x00", (1, 1, _WIDE % "UTF-16 (little-endian, without a byte order mark)")),
        (
            "a: 1\n".encode("utf-32"),
            (1, 1, _WIDE % "UTF-32 (it starts with a UTF-32 byte order mark)"),
        ),
        (
            "\ufeffa: 1\n".encode("utf-32-be"),
            (1, 1, _WIDE % "UTF-32 (it starts with a UTF-32 byte order mark)"),
        ),
        (
            "a: 1\n".encode("utf-32-be"),
            (1, 1, _WIDE % "UTF-32 (big-endian, without a byte order mark)"),
        ),
        (
            "a: 1\n".encode("utf-32-le"),
            (1, 1, _WIDE % "UTF-32 (little-endian, without a byte order mark)"),
        ),
        # A NUL a few bytes in, or in a file of an odd length, is neither.
        (b"ab\x00\x00", (1, 3, "contains a NUL character: is this a binary file?")),
        (b"a\x00b", (1, 2, "contains a NUL character: is this a binary file?")),
        (b"a: 1\nb: x\x00y\n", (2, 5, "contains a NUL character: is this a binary file?")),
        # Lines a lone CR ends, in a file with no line feed; a lone CR among lines a
        # line feed ends is none.
        (
            b"a: 1\rb: caf\xe9\r",
            (
                2,
                7,
                "not valid UTF-8: byte 0xe9 at offset 11 (\xe9 in Windows-1252, "
                "which the file seems to be saved in); save the file as UTF-8",
            ),
        ),
        (b"a: 1\rb: x\x00y\r", (2, 5, "contains a NUL character: is this a binary file?")),
        (b"a: 1\rb: 2\nc: \x00\n", (2, 4, "contains a NUL character: is this a binary file?")),
        (b"a: 1\rb: 2\r\nc: \x00\r", (3, 4, "contains a NUL character: is this a binary file?")),
        (
            b"\x7fELF\x02\x01\x01\x00\x00",
            (1, 8, "contains a NUL character: is this a binary file?"),
        ),
        (
            b"\x89PNG\r\n\x1a\n",
            (1, 1, "not valid UTF-8: byte 0x89 at offset 0; save the file as UTF-8"),
        ),
    ],
)
def test_bytes_that_are_not_utf8_text_are_pointed_at(
    raw: bytes, expected: tuple[int, int, str]
) -> None:
    assert finding(decode(raw, "x.yaml")) == ("E101", "x.yaml", *expected)


def test_discover_walks_folders_and_takes_named_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "claims/b.yaml",
        "claims/a.yml",
        "claims/C.JSON",
        "claims/notes.txt",
        "claims/.hidden.yaml",
        "claims/.git/config.yaml",
        "claims/deeper/d.yaml",
        "claims/named-like-a-file.yaml/e.json",
        "other.txt",
    ):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("a: 1\n", encoding="utf-8")
    os.symlink("..", "claims/deeper/cycle")  # a folder cycle is walked once
    assert discover(["claims", "other.txt", "./claims/b.yaml", "claims/deeper"]) == [
        os.path.join("claims", "C.JSON"),
        os.path.join("claims", "a.yml"),
        os.path.join("claims", "b.yaml"),
        os.path.join("claims", "deeper", "d.yaml"),
        os.path.join("claims", "named-like-a-file.yaml", "e.json"),
        "other.txt",
    ]
    with pytest.raises(PathNotFound, match="missing"):
        discover(["claims", "missing"])


def test_discover_takes_a_file_once_under_its_own_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("claims/sub").mkdir(parents=True)
    Path("claims/z-real.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink("../z-real.yaml", "claims/sub/a-link.yaml")
    os.symlink("z-real.yaml", "claims/a-link.yaml")
    os.link("claims/z-real.yaml", "claims/y-hard-link.yaml")
    os.symlink("nowhere.yaml", "claims/broken.yaml")
    os.symlink("loop.yaml", "claims/loop.yaml")
    assert discover(["claims"]) == [
        os.path.join("claims", "broken.yaml"),
        os.path.join("claims", "loop.yaml"),
        os.path.join("claims", "y-hard-link.yaml"),
    ]
    assert discover(["claims/a-link.yaml", "claims/z-real.yaml"]) == [
        os.path.join("claims", "z-real.yaml")
    ]


def test_a_folder_that_cannot_be_listed_is_returned_to_be_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("claims/locked").mkdir(parents=True)
    Path("claims/a.yaml").write_text("a: 1\n", encoding="utf-8")
    real_scandir = os.scandir

    def guarded(path: Any = ".") -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    assert discover(["claims"]) == [
        os.path.join("claims", "a.yaml"),
        os.path.join("claims", "locked"),
    ]
    assert finding(load_file(os.path.join("claims", "locked"))) == (
        "E101",
        "claims/locked",
        1,
        1,
        "folder cannot be read: permission denied; the claim files in it were not checked",
    )
    monkeypatch.undo()
    assert finding(load_file("claims")) == (
        "E101",
        "claims",
        1,
        1,
        "is a folder, not a file; name the folder to check what it holds",
    )


def test_a_folder_past_the_systems_path_limit_is_returned_to_be_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty folders of 250-letter names (or 1,400 of three letters) make a path past
    Linux's 4,096 bytes: the walk lists such a folder but cannot open it, and dropped it
    and its files without a word."""
    monkeypatch.chdir(tmp_path)
    Path("claims").mkdir()
    Path("claims/a.yaml").write_text("a: 1\n", encoding="utf-8")
    name = "d" * 250
    past_the_path_limit("claims", "deep.yaml", "a: 1\n")
    found = discover(["claims"])
    assert found[0] == os.path.join("claims", "a.yaml")
    assert len(found) == 2
    deep = found[1]
    assert len(deep) > 4_096
    assert deep.startswith(os.path.join("claims", name, name))
    assert finding(load_file(deep)) == (
        "E101",
        display_path(deep),
        1,
        1,
        "cannot be read: its path is longer than the system allows; move it to a folder "
        "fewer levels deep, or give the folders shorter names",
    )


def test_files_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.symlink("a.yaml", "b.yaml")
    os.symlink("b.yaml", "a.yaml")
    os.symlink("/nonexistent/target.yaml", "broken.yaml")
    Path("secret.yaml").write_text("a: 1\n", encoding="utf-8")
    Path("failing.yaml").write_text("a: 1\n", encoding="utf-8")
    real_open = os.open

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == "secret.yaml":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        if os.fspath(path) == "failing.yaml":
            raise OSError(errno.EIO, "Input/output error", path)
        return int(real_open(path, flags, *args, **kwargs))

    monkeypatch.setattr(os, "open", guarded_open)
    assert [finding(load_file(name))[4] for name in ("a.yaml", "b.yaml")] == [
        "cannot be read: a loop of symbolic links"
    ] * 2
    # The target is never quoted: it may name a place outside the project.
    assert finding(load_file("broken.yaml"))[4] == (
        "is a symbolic link whose target does not exist, so it was not read; commit the "
        "file itself in the project, or remove the link"
    )
    assert finding(load_file("gone.yaml"))[4] == "file disappeared before it could be read"
    assert finding(load_file("secret.yaml"))[4] == "cannot be read: permission denied"
    assert finding(load_file("failing.yaml"))[4] == "cannot be read: Input/output error"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_pipe_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe.yaml")
    assert finding(load_file("pipe.yaml")) == (
        "E101",
        "pipe.yaml",
        1,
        1,
        "is not a regular file (a pipe, socket or device); claim files are ordinary files",
    )


def test_display_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert display_path(str(tmp_path / "claims" / "a.yaml")) == "claims/a.yaml"
    assert display_path(os.path.join("claims", "..", "b.yaml")) == "b.yaml"
    # A byte that is not UTF-8 stays as Python holds it: the path still names the file.
    assert display_path(os.fsdecode(b"claims/caf\xe9.yaml")) == "claims/caf\udce9.yaml"


@pytest.mark.skipif(os.sep != "/", reason="the shortcut is taken on POSIX paths only")
def test_paths_inside_the_folder_are_shown_without_relpath() -> None:
    """The shortcut gives relpath's answer for a walk's paths and leaves every other
    path (None) to relpath."""
    cases = {
        ("/w/p", "claims/a.yaml"): "claims/a.yaml",
        ("/w/p", "..a.yaml"): "..a.yaml",
        ("/w/p", "/w/p/claims/a.yaml"): "claims/a.yaml",
        ("/w/p", "/w/pq/a.yaml"): None,  # a sibling whose name starts the same
        ("/w/p", "/w/a.yaml"): None,
        ("/w/p", "/w/p"): None,
        ("/", "/a.yaml"): None,
        ("/w/p", "../a.yaml"): None,
        ("/w/p", ".."): None,
        ("/w/p", "."): None,
        ("/w/p", ""): None,
        ("/w/p", "claims/../a.yaml"): None,
        ("/w/p", "claims//a.yaml"): None,
        ("/w/p", "./a.yaml"): None,
        ("/w/p", "/w/p/claims/../a.yaml"): None,
    }
    for (folder, path), shown in cases.items():
        assert files_module._inside_relative(folder, path) == shown, (folder, path)
        if shown is not None:  # relpath's, with `folder` the working directory
            assert shown == os.path.relpath(os.path.join(folder, path), folder)


def test_display_path_follows_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claims").mkdir()
    monkeypatch.chdir(tmp_path)
    assert display_path("claims/a.yaml") == "claims/a.yaml"
    assert display_path(str(tmp_path / "claims" / "a.yaml")) == "claims/a.yaml"
    monkeypatch.chdir(tmp_path / "claims")  # the same file, shown from elsewhere
    assert display_path(str(tmp_path / "claims" / "a.yaml")) == "a.yaml"
    assert display_path("../claims/a.yaml") == "a.yaml"


def test_load_file_gives_data_positions_and_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("claims").mkdir()
    Path("claims/a.yaml").write_bytes(b"\xef\xbb\xbfa: 1\r\na: 2\r\nb: [x]\r\n")
    loaded = load_file(str(tmp_path / "claims" / "a.yaml"))
    assert isinstance(loaded, LoadedFile)
    assert loaded.path == "claims/a.yaml"
    assert loaded.data == {"a": 1, "b": ["x"]}
    assert loaded.positions.of(("b", 0)) == (3, 5)
    assert [(p.path, p.line, p.column, p.message) for p in loaded.problems] == [
        (("a",), 2, 1, "duplicate key 'a' (first at line 1, column 1); keep one of them")
    ]


def test_a_folder_walk_follows_no_link_out_of_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario 9: a committed `claims/usr -> /usr` made the walk read thousands of system
    files. Links met in a walk are followed only to targets inside the project root (or
    inside the folder being walked); links that stay inside still are."""
    root = tmp_path / "project"
    outside = tmp_path / "outside"
    (root / "claims" / "inner").mkdir(parents=True)
    outside.mkdir()
    (outside / "system.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "shared").mkdir()
    (root / "shared" / "s.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "claims" / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink(str(outside), root / "claims" / "usr")
    os.symlink(str(outside / "system.yaml"), root / "claims" / "system.yaml")
    os.symlink("../../shared", root / "claims" / "inner" / "shared")
    monkeypatch.chdir(root)
    found = discover(["claims"], str(root))
    assert found == [
        os.path.join("claims", "a.yaml"),
        os.path.join("claims", "inner", "shared", "s.yaml"),
        os.path.join("claims", "system.yaml"),
        os.path.join("claims", "usr"),
    ]
    # The two links out are not followed, and reading them says so, naming no target.
    assert [read_bytes(path, Limits()) for path in found[:2]] == [b"a: 1\n", b"a: 1\n"]
    assert [finding(read_bytes(path, Limits())) for path in found[2:]] == [
        ("E101", "claims/system.yaml", 1, 1, OUT_FILE),
        ("E101", "claims/usr", 1, 1, OUT_FOLDER),
    ]
    # A folder named explicitly outside the project is searched, links within it too.
    os.symlink("system.yaml", outside / "again.yaml")
    assert discover([str(outside)], str(root)) == [str(outside / "system.yaml")]


def test_a_walk_follows_no_link_into_a_hidden_file_or_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed `claims/env.json -> ../.env` was read as a claim file, and
    `--show-source` printed its line, `API_TOKEN=...`, under the E101. A walk passes
    over hidden names, and a link to one is passed over too (`.git/config` holds the
    token `actions/checkout` stores); a link to a visible place inside still is followed."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / ".env").write_text("API_TOKEN=secret\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "h.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "shared.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink("../.env", root / "claims" / "env.json")
    os.symlink("../.git/config", root / "claims" / "git.yaml")
    os.symlink("../.hidden", root / "claims" / "hidden")
    os.symlink("../.hidden/h.yaml", root / "claims" / "h.yaml")
    os.symlink("../shared.yaml", root / "claims" / "shared.yaml")
    monkeypatch.chdir(root)
    found = discover(["claims"], str(root))
    assert [finding(read_bytes(path, Limits())) for path in found[:-1]] == [
        ("E101", "claims/env.json", 1, 1, HIDDEN_FILE),
        ("E101", "claims/git.yaml", 1, 1, HIDDEN_FILE),
        ("E101", "claims/h.yaml", 1, 1, HIDDEN_FILE),
        ("E101", "claims/hidden", 1, 1, HIDDEN_FOLDER),
    ]
    assert found[-1] == os.path.join("claims", "shared.yaml")
    assert read_bytes(found[-1], Limits()) == b"a: 1\n"
    # Named on the command line, a hidden folder is the user's choice, and searched.
    assert discover([".hidden"], str(root)) == [os.path.join(".hidden", "h.yaml")]


def test_a_walk_into_usr_reads_nothing_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scenario itself, with the real /usr: not one file of it is found."""
    if not os.path.isdir("/usr"):
        pytest.skip("no /usr on this system")
    (tmp_path / "claims").mkdir()
    os.symlink("/usr", tmp_path / "claims" / "usr")
    monkeypatch.chdir(tmp_path)
    found = discover(["claims"], str(tmp_path))
    assert [finding(read_bytes(path, Limits())) for path in found] == [
        ("E101", "claims/usr", 1, 1, OUT_FOLDER)
    ]


def test_a_link_not_followed_is_a_finding_whose_target_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request's `claims/new.yaml -> ../../elsewhere/x.yaml` passed CI unsaid.
    The walk gives the link itself, and reading it opens nothing: not the target (a
    pipe outside would hang a read), not a stat of it for the bound on what a run
    reads. A link whose name is no claim file's is no claim file, and said nothing of;
    nor is a link to a folder of installed packages, passed over wherever it leads."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "node_modules").mkdir()
    os.symlink("../../pipe.yaml", root / "claims" / "new.yaml")
    os.symlink("../../pipe.yaml", root / "claims" / "notes.txt")
    os.symlink("../../node_modules", root / "claims" / "lib")
    monkeypatch.chdir(root)
    found = discover(["claims"], str(root))
    assert found == [os.path.join("claims", "new.yaml")]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the target of a link not followed was looked at")

    monkeypatch.setattr(files_module, "read_regular", refuse)
    monkeypatch.setattr(os, "stat", refuse)
    assert finding(HeldBytes(Limits()).read(found[0])) == (
        "E101",
        "claims/new.yaml",
        1,
        1,
        OUT_FILE,
    )


def test_a_dangling_link_met_in_a_walk_is_an_e101_that_never_quotes_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request's `claims/x.yaml` linked to a file missing on the runner was an
    E101 quoting the link's target ("is a symbolic link to '/srv/secrets/...'"), which
    may name a place outside the project, or be a secret itself. It says only that the
    target does not exist, wherever the link points."""
    (tmp_path / "claims").mkdir()
    os.symlink(
        str(tmp_path / "outside" / "deploy-token-abc123.yaml"), tmp_path / "claims" / "out.yaml"
    )
    os.symlink("missing-token-abc123.yaml", tmp_path / "claims" / "near.yaml")
    monkeypatch.chdir(tmp_path)
    found = discover(["claims"], str(tmp_path))
    assert [finding(load_file(path)) for path in found] == [
        (
            "E101",
            f"claims/{name}",
            1,
            1,
            "is a symbolic link whose target does not exist, so it was not read; commit the "
            "file itself in the project, or remove the link",
        )
        for name in ("near.yaml", "out.yaml")
    ]


def test_a_folder_cycle_is_walked_once_and_said_nothing_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link back up the tree (`claims/sub/up -> ..`) stays inside the project: it is
    followed, its folder is walked once, and it is no finding; nor is a link to a claim
    file inside, which is read (once, under the file's own name when the walk meets
    that too)."""
    (tmp_path / "claims" / "sub").mkdir(parents=True)
    (tmp_path / "claims" / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink("..", tmp_path / "claims" / "sub" / "up")
    os.symlink("../a.yaml", tmp_path / "claims" / "sub" / "same.yaml")
    (tmp_path / "shared.yaml").write_text("b: 2\n", encoding="utf-8")
    os.symlink("../../shared.yaml", tmp_path / "claims" / "sub" / "shared.yaml")
    monkeypatch.chdir(tmp_path)
    found = discover(["claims"], str(tmp_path))
    assert found == [os.path.join("claims", "a.yaml"), os.path.join("claims", "sub", "shared.yaml")]
    assert [read_bytes(path, Limits()) for path in found] == [b"a: 1\n", b"b: 2\n"]


def test_a_walk_passes_over_the_dataset_and_the_runs_own_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`validate .` read the dataset's files and the last run's reports as claim files
    (each run's consistency.json then held the claims of the run before it). What the
    run is told to skip is passed over in a walk, at any depth, through a link too; a
    folder or file named explicitly is still checked."""
    for name in ("claims/a.yaml", "dataset/d.yaml", "reports/consistency.json", "base.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("a: 1\n", encoding="utf-8")
    os.symlink("dataset", tmp_path / "claims-data")
    monkeypatch.chdir(tmp_path)
    skip = ("dataset", "reports", "base.json", "missing.json")
    assert discover(["."], str(tmp_path), skip=skip) == [os.path.join("claims", "a.yaml")]
    assert discover(["dataset", "base.json"], str(tmp_path), skip=skip) == [
        "base.json",
        os.path.join("dataset", "d.yaml"),
    ]
    assert discover(["."], str(tmp_path)) == [
        "base.json",
        os.path.join("claims", "a.yaml"),
        os.path.join("dataset", "d.yaml"),
        os.path.join("reports", "consistency.json"),
    ]


def test_a_folder_named_many_times_or_inside_one_named_is_searched_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: a configuration's `paths = ["claims", "claims", ...]` searched the folder
    again for each entry: 4,000 entries over 3,000 files took 24 s, and a 4 MiB
    configuration holds 450,000. Each folder is listed once in a run, whatever names it
    or holds it, and the files found are those of one walk; a folder a walk passes over
    is still searched when named."""
    for name in ("claims/a.yaml", "claims/sub/b.yaml", "claims/sub/deep/c.yaml", "r/d.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("a: 1\n", encoding="utf-8")
    os.symlink("sub", tmp_path / "claims" / "again")
    monkeypatch.chdir(tmp_path)
    listed: list[str] = []
    real_scandir = os.scandir

    def scandir(path: str) -> Any:
        listed.append(os.path.normpath(path))
        return real_scandir(path)

    monkeypatch.setattr(files_module.os, "scandir", scandir)
    named = ["claims", "claims/", "./claims", "claims/sub", "claims/again", "claims/sub/deep"]
    once = discover(["claims"], str(tmp_path))
    assert discover(named * 1000, str(tmp_path)) == once
    assert once == [
        os.path.join("claims", "a.yaml"),
        os.path.join("claims", "sub", "b.yaml"),
        os.path.join("claims", "sub", "deep", "c.yaml"),
    ]
    assert sorted(listed) == sorted(2 * ["claims", "claims/sub", "claims/sub/deep"])
    listed.clear()
    assert discover(["r", ".", "r"], str(tmp_path), skip=["r"])[-1] == os.path.join("r", "d.json")
    assert discover([".", "r"], str(tmp_path), skip=["r"])[-1] == os.path.join("r", "d.json")
    assert listed.count("r") == 2 and listed.count("claims") == 2


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_standard_input_over_the_limit_is_not_given_a_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limits = Limits(max_file_bytes=10)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 10))
    assert read_bytes(STDIN, limits) == b"x" * 10
    # Endless input (/dev/zero) is read a byte past the limit and no further.
    monkeypatch.setattr(sys, "stdin", _Stdin(b"\0" * 1000))
    found = read_bytes(STDIN, limits)
    assert isinstance(found, Finding)
    assert (found.code, found.message, found.locations[0].file) == (
        "E101",
        "standard input is over the limit of 10 bytes; split it into one file per source",
        STDIN,
    )


def test_a_file_called_dash_is_read_as_a_file_never_as_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`./-` was normalised to `-`, which then read standard input."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(b"the file")
    monkeypatch.setattr(sys, "stdin", _Stdin(b"standard input"))
    found = discover(["./-", "-"])
    assert found == [os.path.join(".", "-"), "-"]
    assert [read_bytes(path, Limits()) for path in found] == [b"the file", b"standard input"]
