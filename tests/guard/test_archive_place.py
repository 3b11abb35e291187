"""Where an archive a claim file names may be read, and its stamp: inside the project by
name and through every link, in no hidden file or folder, and stamped with its real path
and digest or with why it is not read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from validator.guard.archive_place import (
    MAX_ARCHIVE_BYTES,
    OUTSIDE_FIX,
    Unusable,
    archive_place,
    archive_stamp,
    named_archive,
    read_stamp,
    refused_stamp,
    unusable_stamp,
)
from validator.guard.safe_read import Refusal, Refused

HIDDEN_FIX = "keep archived texts in the project's ordinary folders"
TEXT = b"It airs on Channel 4.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project (its real path) in the working directory, with one archive."""
    root = tmp_path / "project"
    (root / "claims" / "sources").mkdir(parents=True)
    (root / "claims" / "sources" / "article.txt").write_bytes(TEXT)
    monkeypatch.chdir(root)
    return Path(os.path.realpath(root))


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("not the project's")
    return secret


def test_an_archive_in_the_project_is_its_real_path(project: Path) -> None:
    real = str(project / "claims" / "sources" / "article.txt")
    assert archive_place("claims/sources/article.txt", str(project)) == real
    assert archive_place("claims/../claims/sources/article.txt", str(project)) == real
    # The project's own folder is in view: reading it is refused later, as a folder.
    assert archive_place("claims/..", str(project)) == str(project)


def test_a_link_inside_the_project_is_followed_to_its_target(project: Path) -> None:
    Path("claims/sources/linked.txt").symlink_to("article.txt")
    real = str(project / "claims" / "sources" / "article.txt")
    assert archive_place("claims/sources/linked.txt", str(project)) == real


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("claims/sources/a\x00b.txt", "names no file (it holds a NUL character)"),
        ("../elsewhere/secret.txt", "leads outside the project"),
        ("claims/../../elsewhere/secret.txt", "leads outside the project"),
        ("/etc/passwd", "leads outside the project"),
    ],
)
def test_a_path_written_to_lead_out_is_refused_by_its_name(
    project: Path, path: str, reason: str
) -> None:
    assert archive_place(path, str(project)) == Unusable(reason, OUTSIDE_FIX)


def test_a_link_leading_out_is_refused(project: Path, outside: Path) -> None:
    Path("claims/sources/linked.txt").symlink_to(outside)
    Path("claims/elsewhere").symlink_to(outside.parent, target_is_directory=True)
    refused = Unusable("is a symbolic link leading outside the project", OUTSIDE_FIX)
    assert archive_place("claims/sources/linked.txt", str(project)) == refused
    assert archive_place("claims/elsewhere/secret.txt", str(project)) == refused


@pytest.mark.parametrize("path", [".git/config", ".env", "claims/.drafts/article.txt"])
def test_a_hidden_file_or_folder_is_never_an_archive(project: Path, path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("token")
    hidden = Unusable("is in a hidden file or folder (such as .git or .env)", HIDDEN_FIX)
    assert archive_place(path, str(project)) == hidden


def test_a_link_in_view_leading_to_a_hidden_file_is_refused(project: Path) -> None:
    Path(".git").mkdir()
    Path(".git/config").write_text("token")
    Path("claims/sources/config.txt").symlink_to(project / ".git" / "config")
    hidden = Unusable("is in a hidden file or folder (such as .git or .env)", HIDDEN_FIX)
    assert archive_place("claims/sources/config.txt", str(project)) == hidden


def test_the_stamp_of_an_archive_read_is_its_real_path_and_digest(project: Path) -> None:
    real = str(project / "claims" / "sources" / "article.txt")
    digest = hashlib.sha256(TEXT).hexdigest()
    assert archive_stamp("claims/sources/article.txt", str(project)) == f"read\0{real}\0{digest}"
    assert read_stamp(real, digest) == f"read\0{real}\0{digest}"
    Path("claims/sources/article.txt").write_bytes(TEXT + b"More.\n")
    changed = hashlib.sha256(TEXT + b"More.\n").hexdigest()
    assert archive_stamp("claims/sources/article.txt", str(project)) == f"read\0{real}\0{changed}"


def test_a_project_reached_through_a_link_names_its_archives_through_it(
    project: Path, tmp_path: Path, outside: Path
) -> None:
    """`validate --config link/pyproject.toml link/claims`: the root and the archives
    are named through the link. They were taken for paths leading outside the project,
    whose real path alone was compared with them (a false E107)."""
    link = tmp_path / "link-to-project"
    link.symlink_to(project, target_is_directory=True)
    real = str(project / "claims" / "sources" / "article.txt")
    digest = hashlib.sha256(TEXT).hexdigest()
    written = str(link / "claims" / "sources" / "article.txt")
    assert archive_place(written, str(link)) == real
    assert archive_place(real, str(link)) == real
    assert archive_stamp(written, str(link)) == f"read\0{real}\0{digest}"
    # Through the link or not, what leads out is still refused.
    Path("claims/sources/linked.txt").symlink_to(outside)
    assert archive_place(str(link / "claims" / "sources" / "linked.txt"), str(link)) == Unusable(
        "is a symbolic link leading outside the project", OUTSIDE_FIX
    )
    assert archive_place(str(link / ".." / "elsewhere" / "secret.txt"), str(link)) == Unusable(
        "leads outside the project", OUTSIDE_FIX
    )


def test_the_stamp_of_an_archive_not_placed_says_why(project: Path, outside: Path) -> None:
    assert archive_stamp(str(outside), str(project)) == "unusable\0leads outside the project"
    Path("claims/sources/linked.txt").symlink_to(outside)
    assert archive_stamp("claims/sources/linked.txt", str(project)) == (
        "unusable\0is a symbolic link leading outside the project"
    )
    Path(".git").mkdir()
    Path(".git/config").write_text("token")
    assert archive_stamp(".git/config", str(project)) == (
        "unusable\0is in a hidden file or folder (such as .git or .env)"
    )
    assert unusable_stamp(Unusable("leads outside the project", OUTSIDE_FIX, "ignored")) == (
        "unusable\0leads outside the project"
    )


def test_the_stamp_of_an_archive_not_read_says_why(project: Path) -> None:
    sources = project / "claims" / "sources"
    assert archive_stamp("claims/sources/none.txt", str(project)) == (
        f"refused\0{sources / 'none.txt'}\0missing\0does not exist"
    )
    assert archive_stamp("claims/sources", str(project)) == (
        f"refused\0{sources}\0folder\0is a folder, not a file"
    )
    assert archive_stamp("claims/sources/article.txt", str(project), max_bytes=4) == (
        f"refused\0{sources / 'article.txt'}\0too-large\0is 22 bytes, over the limit of 4"
    )
    refused = Refused(Refusal.DENIED, "cannot be read: permission denied")
    assert refused_stamp("/p/a.txt", refused) == (
        "refused\0/p/a.txt\0denied\0cannot be read: permission denied"
    )


def test_a_pipe_named_as_an_archive_is_stamped_without_waiting_for_it(project: Path) -> None:
    os.mkfifo("claims/sources/pipe.txt")
    assert archive_stamp("claims/sources/pipe.txt", str(project)) == (
        f"refused\0{project / 'claims' / 'sources' / 'pipe.txt'}\0not-regular\0"
        "is not a regular file (a pipe, socket or device)"
    )


def test_an_archive_over_the_limit_is_refused_unread(project: Path) -> None:
    with open("claims/sources/huge.txt", "wb") as handle:
        handle.truncate(MAX_ARCHIVE_BYTES + 1)  # sparse: nothing of it is written
    assert archive_stamp("claims/sources/huge.txt", str(project)) == (
        f"refused\0{project / 'claims' / 'sources' / 'huge.txt'}\0too-large\0"
        "is 16,777,217 bytes, over the limit of 16,777,216"
    )


def test_an_archive_is_named_relative_to_its_claim_file() -> None:
    """The one place the excerpt rule and the command's output check both take it from."""
    assert named_archive("claims/tyla.yaml", "sources/tyla.txt") == "claims/sources/tyla.txt"
    assert named_archive("claims/a/b.yaml", "../texts/./x.txt") == "claims/texts/x.txt"
    assert named_archive("b.yaml", "x.txt") == "x.txt"


def test_an_archive_through_a_chain_of_links_too_long_to_resolve_is_unusable(
    tmp_path: Path,
) -> None:
    """`archive: ../l0`, a chain of 1,500 committed links to the text: resolving it
    raised RecursionError, an internal error while checking the claim file."""
    (tmp_path / "a.txt").write_text("text\n")
    for number in range(1_500):
        os.symlink(f"l{number + 1}", tmp_path / f"l{number}")
    os.symlink("a.txt", tmp_path / "l1500")
    assert archive_place(str(tmp_path / "l0"), str(tmp_path)) == Unusable(
        "passes through more symbolic links than can be followed", OUTSIDE_FIX
    )
