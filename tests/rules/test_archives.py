"""The archives claim files name: each read once per run, and stamped as it was read."""

from __future__ import annotations

import gc
import hashlib
import os
import weakref
from pathlib import Path
from typing import Any

import pytest

import validator.rules.archives as archives_module
from validator.rules.archives import Archived, Archives, archive_stamp, text_bytes
from validator.rules.passage_index import index_cost


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


# Three archives of 299 characters, each of 100 words, 10 of them distinct: an index of
# one is counted as 100 places of 4 bytes and 10 words of 200.
_TEXT = 299
_INDEX = 2400


def _three(project: Path) -> dict[str, str]:
    """Three archives in the claims folder: name -> path."""
    paths = {}
    for name in "abc":
        path = project / "claims" / f"{name}.txt"
        path.write_text(" ".join(f"{name}{n % 10}" for n in range(100)))
        paths[name] = str(path)
    return paths


def _get(archives: Archives, paths: dict[str, str], name: str) -> Archived:
    kept = archives.get(f"{name}.txt", paths[name])
    assert isinstance(kept, Archived)
    return kept


def test_an_archives_index_is_counted_with_its_text(project: Path) -> None:
    paths = _three(project)
    assert index_cost(100, 10) == _INDEX
    archives = Archives(str(project), searches_before_index=1)
    a = _get(archives, paths, "a")
    assert len(a.text) == _TEXT and archives.kept_bytes == _TEXT
    assert a.finder.holds("a1 a2 a3")  # a linear search: no index yet
    assert archives.kept_bytes == _TEXT
    assert a.finder.holds("a2 a3 a4") and not a.finder.holds("a2 a4 a5")
    # Indexed, though a text this short is still searched for words this common.
    assert (a.finder.searches, a.finder.index_cost) == (3, _INDEX)
    assert archives.kept_bytes == _TEXT + _INDEX
    _get(archives, paths, "b")
    assert archives.kept_bytes == 2 * _TEXT + _INDEX


def test_the_least_recently_used_archive_is_dropped_with_its_index(project: Path) -> None:
    """Room for three texts and one index: the second index drops the archives used
    least recently, the one with the first index among them; nothing keeps it then, and
    the archive is read again when named again."""
    paths = _three(project)
    archives = Archives(str(project), max_kept=3 * _TEXT + _INDEX, searches_before_index=0)
    a = _get(archives, paths, "a")
    assert a.finder.holds("a1 a2 a3") and a.finder.index_cost == _INDEX
    b, c = _get(archives, paths, "b"), _get(archives, paths, "c")
    assert archives.kept_bytes == 3 * _TEXT + _INDEX
    _get(archives, paths, "a")  # used again: b is now the least recently used
    real = {name: os.path.realpath(path) for name, path in paths.items()}
    assert archives.kept() == [real["b"], real["c"], real["a"]]
    assert b.finder.holds("b1 b2 b3") and b.finder.index_cost == _INDEX
    assert archives.kept() == [real["b"]]
    assert archives.kept_bytes == _TEXT + _INDEX
    dropped = weakref.ref(a.finder)
    del a
    gc.collect()
    assert dropped() is None  # the index went with its text
    assert not c.finder.holds("c1 c2 c3 c4".replace("c3", "a3"))
    assert c.finder.index_cost == 0  # c was dropped before: its index is not built
    assert archives.kept_bytes == _TEXT + _INDEX
    assert archives.reads == 3
    again = _get(archives, paths, "a")
    assert archives.reads == 4 and again.finder.index_cost == 0
    assert archives.kept() == [real["b"], real["a"]]
    assert archives.kept_bytes == 2 * _TEXT + _INDEX


def test_an_index_that_would_not_fit_beside_its_text_is_not_built(project: Path) -> None:
    """The text is searched as it was before, and no other archive is dropped for it."""
    paths = _three(project)
    archives = Archives(str(project), max_kept=_TEXT + _INDEX - 1, searches_before_index=0)
    b, a = _get(archives, paths, "b"), _get(archives, paths, "a")
    assert a.finder.holds("a1 a2 a3") and not a.finder.holds("a1 a3 a2")
    assert (a.finder.searches, a.finder.compared, a.finder.index_cost) == (2, 0, 0)
    assert archives.kept_bytes == 2 * _TEXT and len(archives.kept()) == 2
    assert b.finder.holds("b1 b2 b3") and b.finder.index_cost == 0


def test_an_archive_read_again_keeps_its_budget_of_work(project: Path) -> None:
    """The nearest passages an archive was searched for are paid for once in the run,
    dropped and read again or not: a new budget would name passages a larger bound
    would not."""
    paths = _three(project)
    archives = Archives(str(project), max_kept=_TEXT)
    a = _get(archives, paths, "a")
    assert a.budget.spend(1000)
    _get(archives, paths, "b")
    assert archives.kept() == [os.path.realpath(paths["b"])]
    again = _get(archives, paths, "a")
    assert again is not a and archives.reads == 3
    assert again.budget is a.budget and again.budget.spent == 1000


def test_an_archives_budget_for_nearest_passages_grows_with_its_text(project: Path) -> None:
    """One search's budget at least; 4,096 characters compared for each of its own
    characters (and one) past that; 2**31 at most. Every archive had 2**31: ten 60 KB
    archives each named by 17 excerpts unlike it took a minute of work."""
    claims = project / "claims"
    for name, size in (("small", 10), ("mid", 60_000), ("large", 600_000)):
        (claims / f"{name}.txt").write_text("a" * size)
    archives = Archives(str(project))
    paths = {name: str(claims / f"{name}.txt") for name in ("small", "mid", "large")}
    assert [_get(archives, paths, name).budget.left for name in paths] == [
        archives_module.NEAREST_BUDGET,
        4096 * 60_001,
        archives_module.ARCHIVE_BUDGET,
    ]
    assert (archives_module.NEAREST_BUDGET, archives_module.ARCHIVE_BUDGET) == (1 << 27, 1 << 31)


@pytest.mark.parametrize(
    ("text", "size"),
    [("", 0), ("film", 4), ("café", 4), ("€uro", 8), ("ruth 😀", 24), ("\x80", 1)],
)
def test_a_text_is_counted_as_the_bytes_its_characters_take(text: str, size: int) -> None:
    """CPython stores a text in 1, 2 or 4 bytes a character, as its widest needs."""
    assert text_bytes(text) == size
