"""The archives claim files name: each read once per run, and stamped as it was read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

import validator.rules.archives as archives_module
from validator.rules.archives import Archived, Archives, archive_stamp


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with a claims folder, beside a file it must not read."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\n")
    monkeypatch.chdir(root)
    return root


def test_the_archives_stamp_what_they_read_as_archive_stamp_names_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Archives.stamp` names the bytes the text was made from: the file changed just
    after it was read does not change the stamp. Every other answer is stamped as
    `archive_stamp` stamps the file as it is; an answer from what the claim file writes
    alone (an absolute path), or no answer, has no stamp."""
    claims = project / "claims"
    (claims / "text.txt").write_text("The film was long.\n")
    (claims / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    os.mkfifo(claims / "pipe.txt")
    archives = Archives(str(project))
    real = archives_module.read_regular

    def changing(path: str, max_bytes: int, **kwargs: Any) -> bytes:
        read = real(path, max_bytes, **kwargs)
        if path.endswith("text.txt"):
            (claims / "text.txt").write_text("The film was short.\n")
        return read

    monkeypatch.setattr(archives_module, "read_regular", changing)
    text = str(claims / "text.txt")
    assert archives.stamp(text) is None
    archives.get("text.txt", text)
    digest = hashlib.sha256(b"The film was long.\n").hexdigest()
    assert archives.stamp(text) == f"read\0{os.path.realpath(text)}\0{digest}"
    assert archives.stamp(text) != archive_stamp(text, str(project))  # the file changed
    for name in ("latin.txt", "pipe.txt", "none.txt", "../../secret.txt"):
        path = os.path.normpath(claims / name)
        archives.get(name, path)
        assert archives.stamp(path) == archive_stamp(path, str(project)), name
    archives.get("/etc/hostname", "/etc/hostname")
    assert archives.stamp("/etc/hostname") is None
    assert archives.reads == 4  # text, latin, pipe and the missing file: once each


def test_a_page_is_kept_as_its_text_and_stamped_as_its_bytes(project: Path) -> None:
    """An HTML page (known by its real name: a link named `.txt` leads to it) is kept as
    its text without markup, read once, and stamped with the bytes it was made from."""
    claims = project / "claims"
    raw = b"<p>The <em>film</em> was&nbsp;long.</p><script>var secret = 1;</script>"
    (claims / "page.html").write_bytes(raw)
    os.symlink("page.html", claims / "link.txt")
    archives = Archives(str(project))
    for name in ("page.html", "link.txt"):
        kept = archives.get(name, str(claims / name))
        assert isinstance(kept, Archived) and kept.text == "The film was long."
        digest = hashlib.sha256(raw).hexdigest()
        real = os.path.realpath(claims / "page.html")
        assert archives.stamp(str(claims / name)) == f"read\0{real}\0{digest}"
    assert archives.reads == 1
