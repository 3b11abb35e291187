"""The file store: one signed file per entry, in a folder of the code fingerprint and the
caller's salt; an entry that cannot be trusted is no entry, a failure to write only costs
time, and only the store's own files are ever deleted."""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import re
import shutil
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import validator.speed.file_store as store_module
import validator.speed.fingerprint as fingerprint_module
from validator import validate
from validator.drive_files import CACHE_ENTRIES, cache_salt, load_claim_files, open_cache
from validator.read.files import Limits, discover
from validator.speed.file_store import (
    CACHE_FOLDER,
    FileCache,
    make_cache_folder,
    user_cache_folder,
)
from validator.speed.restricted import EntryCodec
from validator.stages import well_formed

from .test_cache import DATASET, _accepts, _key_parts, _same, _store, make_corpus

PLAIN = EntryCodec(())
ENTRY = "0123456789abcdef" * 4


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The claim files of the cached runs in test_cache."""
    return make_corpus(tmp_path, monkeypatch)


def _old(path: Path) -> None:
    """Make `path` look unused for a year (links too, by their own times)."""
    stamp = 1_600_000_000
    os.utime(path, (stamp, stamp), follow_symlinks=False)


def test_an_entry_signed_with_another_key_or_for_another_file_is_ignored(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = discover([str(corpus)])
    load_claim_files(files, Limits(), cache_dir=".cache")
    store = _store(Path(".cache"))
    first, second = files[0], files[1]
    first_key, second_key = store.key(*_key_parts(first)), store.key(*_key_parts(second))
    entry = Path(store.folder) / first_key
    assert store.get(first_key, _accepts(first)) is not None
    # Another file's entry copied under this file's name: its signature binds its key.
    shutil.copyfile(Path(store.folder) / second_key, entry)
    assert store.get(first_key, _accepts(first)) is None
    # A forged entry, signed with a key that is not this user's.
    forger = FileCache(".cache", cache_salt(Limits()), b"\x00" * 32, CACHE_ENTRIES)
    forger.put(first_key, pickle.dumps((None, ())))
    forger.close()
    assert store.get(first_key, _accepts(first)) is None
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))


@pytest.mark.parametrize("unused_for_a_year", [True, False])
def test_entries_of_other_factlint_code_are_never_used_and_are_removed_once_old(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, unused_for_a_year: bool
) -> None:
    validate(str(corpus), DATASET, cache_dir=".cache")
    (old,) = [p for p in Path(".cache").iterdir() if p.is_dir()]
    written = sorted(p.name for p in old.iterdir())
    if unused_for_a_year:
        for entry in old.iterdir():
            _old(entry)
    fingerprint_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(fingerprint_module, "__version__", "0.0.0-other")
    try:
        validate(str(corpus), DATASET, cache_dir=".cache")
        folders = [p for p in Path(".cache").iterdir() if p.is_dir()]
        (new,) = [p for p in folders if p != old]  # rebuilt in its own folder
        assert not {p.name for p in new.iterdir()} & set(written)  # none of them reused
        if unused_for_a_year:
            assert folders == [new]
        else:  # another installation's, in use: left for it
            assert sorted(p.name for p in old.iterdir()) == written
    finally:
        fingerprint_module.code_fingerprint.cache_clear()


def test_the_cache_folder_ignores_itself(corpus: Path) -> None:
    validate(str(corpus), DATASET, cache_dir=".cache")
    assert Path(".cache/.gitignore").read_text().splitlines()[-1] == "*"
    assert Path(".cache/CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")


def test_a_cache_folder_linked_out_of_the_cache_deletes_nothing(
    corpus: Path, tmp_path: Path
) -> None:
    """Scenario 2: a committed `.factlint-cache/<fingerprint> -> ../../target` made the
    prune delete old files in `target`. A level of the cache that is a link means the
    cache is not used at all; a link among other code's folders is not entered."""
    target = tmp_path / "target"
    target.mkdir()
    victims = [target / f"{n:064x}" for n in range(3)] + [target / "README.md"]
    for victim in victims:
        victim.write_text("keep me\n")
        _old(victim)
    store = _store(tmp_path / ".cache")
    (tmp_path / ".cache").mkdir()
    os.symlink(str(target), store.folder)  # where this code's entries would go
    os.symlink(str(target), tmp_path / ".cache" / ("f" * 24))  # like other code's folder
    assert open_cache(str(tmp_path / ".cache"), Limits()) is None
    assert validate(str(corpus), DATASET, cache_dir=".cache").files  # checked, uncached
    store.prune()
    store.write_now("0" * 64, b"payload")
    assert all(v.read_text() == "keep me\n" for v in victims)
    assert sorted(p.name for p in target.iterdir()) == sorted(v.name for v in victims)


def test_the_prune_deletes_only_names_the_cache_gives_its_own_files(
    corpus: Path, tmp_path: Path
) -> None:
    """Old entries and stale temporary files go; anything else a pull request put in
    the cache folder stays, and a link named like an entry is unlinked, not followed."""
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n")
    store = _store(tmp_path / ".cache")
    validate(str(corpus), DATASET, cache_dir=".cache")
    folder = Path(store.folder)
    planted = {
        "notes.txt": "not ours",
        "0123": "too short to be ours",
        ".tmp-abc": "not mkstemp's name",
    }
    for name, text in planted.items():
        (folder / name).write_text(text)
        _old(folder / name)
    (folder / ("a" * 64)).mkdir()  # a folder named like an entry
    os.symlink(str(outside), folder / ("b" * 64))  # a link named like an entry
    _old(folder / ("b" * 64))
    (folder / ".tmp-abcd1234").write_text("left by a killed run")
    _old(folder / ".tmp-abcd1234")
    (folder / ("c" * 64)).write_text("an old entry")
    _old(folder / ("c" * 64))
    store.prune()
    left = {p.name for p in folder.iterdir()}
    assert set(planted) | {"a" * 64, "b" * 64} <= left
    assert ".tmp-abcd1234" not in left and "c" * 64 not in left
    assert outside.read_text() == "keep me\n"


def test_entry_names_need_the_signing_secret(corpus: Path, tmp_path: Path) -> None:
    """Scenario 3: cache keys were computable without the secret, so a pull request
    could plant an entry (a link to /dev/zero ended in MemoryError) under the very name
    a file would be looked up by. Now a name is an HMAC with the secret, and an entry
    is never read through a link."""
    store = _store(tmp_path / ".cache")
    digest = hashlib.sha256(b"bytes").hexdigest()
    material = b"\0".join((store.prefix, b"claims/a.yaml", digest.encode()))
    assert store.key("claims/a.yaml", digest) != hashlib.sha256(material).hexdigest()
    other = FileCache(
        str(tmp_path / ".cache"), cache_salt(Limits()), b"another secret" * 2, CACHE_ENTRIES
    )
    assert store.key("claims/a.yaml", digest) != other.key("claims/a.yaml", digest)
    key = store.key("claims/a.yaml", digest)
    os.makedirs(store.folder)
    os.symlink("/dev/zero", os.path.join(store.folder, key))
    assert (
        store.get(key, functools.partial(well_formed, shown="claims/a.yaml")) is None
    )  # at once, not after reading forever


def _plain(folder: Path, salt: str = "salt") -> FileCache:
    store = FileCache.open(str(folder), salt, PLAIN)
    assert store is not None
    return store


def test_the_users_own_cache_of_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_folder() == str(tmp_path / "xdg" / "factlint" / "files")
    assert CACHE_FOLDER == ".factlint-cache"


def test_a_value_put_is_got_back_once_written(tmp_path: Path) -> None:
    store = _plain(tmp_path / "cache")
    key = store.key("claims/a.yaml", "0" * 64)
    assert store.get(key) is None
    store.put(key, PLAIN.dumps({"a": [1, "x", None]}))
    store.close()
    assert store.get(key) == {"a": [1, "x", None]}
    assert (store.hits, store.misses) == (1, 1)
    assert store.used == {key}


def test_flush_waits_for_the_writes_and_prunes_nothing(tmp_path: Path) -> None:
    """A store whose entries are written from a forked child flushes them before the
    child ends; what it never read stays, whatever its age (another store's entries)."""
    store = _plain(tmp_path / "cache")
    other, key = "b" * 64, store.key("text")
    store.write_now(other, b"x")
    _old(Path(store.folder) / other)
    store.put(key, PLAIN.dumps(b"text"))
    store.flush()
    assert store._writer is None
    assert sorted(p.name for p in Path(store.folder).iterdir()) == sorted([other, key])
    assert store.get(key) == b"text"


def test_a_write_once_done_leaves_nothing_of_it_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store keeps nothing of a write its thread has done: a run hands the thread a
    write for each claim file, and the JSON report one for each file's claims and
    findings besides; each one's Future kept until `flush` (1.6 kB, with its lock and
    condition) held 20 MB on 10,000 one-claim files, 200 MB on 100,000."""
    handed: list[weakref.ref[Future[None]]] = []

    class Recording(ThreadPoolExecutor):
        def submit(self, *args: Any, **kwargs: Any) -> Future[Any]:
            future = super().submit(*args, **kwargs)
            handed.append(weakref.ref(future))
            return future

    monkeypatch.setattr(store_module, "ThreadPoolExecutor", Recording)
    store = _plain(tmp_path / "cache")
    first, second = store.key("one"), store.key("two")
    started, release = threading.Event(), threading.Event()
    write_now = store.write_now

    def held_second(key: str, payload: bytes) -> None:
        if key == second:
            started.set()
            release.wait()
        write_now(key, payload)

    monkeypatch.setattr(store, "write_now", held_second)
    store.put(first, PLAIN.dumps(b"one"))
    store.put(second, PLAIN.dumps(b"two"))
    try:
        # The thread is writing the second entry, so it is done with the first.
        assert started.wait(60)
        gc.collect()
        assert handed[0]() is None
    finally:
        release.set()
        store.flush()
    assert store.get(first) == b"one" and store.get(second) == b"two"


def test_the_entries_folder_is_named_by_the_code_and_the_salt(tmp_path: Path) -> None:
    one, two = _plain(tmp_path, "one"), _plain(tmp_path, "two")
    assert one.root == str(tmp_path)
    assert os.path.dirname(one.folder) == str(tmp_path)
    assert re.fullmatch("[0-9a-f]{24}", os.path.basename(one.folder))
    assert one.folder != two.folder
    assert _plain(tmp_path, "one").folder == one.folder


def test_a_key_is_the_same_for_the_same_parts_and_differs_for_any_other(tmp_path: Path) -> None:
    store = _plain(tmp_path)
    key = store.key("claims/a.yaml", "0" * 64)
    assert re.fullmatch("[0-9a-f]{64}", key)
    assert store.key("claims/a.yaml", "0" * 64) == key
    assert store.key("claims/a.yaml", "1" * 64) != key
    assert store.key("claims/a.yaml") != key
    assert store.key("claims/a.yaml", "0" * 64, "") != key
    assert _plain(tmp_path, "other salt").key("claims/a.yaml", "0" * 64) != key
    # A shown path holding bytes that are not UTF-8 (`\udce9` as Python holds them).
    assert store.key("claims/caf\udce9.yaml") != store.key("claims/caf\u00e9.yaml")


def test_a_value_the_caller_does_not_accept_is_no_entry(tmp_path: Path) -> None:
    store = _plain(tmp_path)
    store.write_now(ENTRY, PLAIN.dumps([1, 2]))
    assert store.get(ENTRY, lambda value: isinstance(value, dict)) is None
    assert store.get(ENTRY, lambda value: isinstance(value, list)) == [1, 2]
    assert (store.hits, store.misses) == (1, 1)


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"not a pickle", id="not-a-pickle"),
        pytest.param(pickle.dumps([1, 2])[:-3], id="cut-short"),
        pytest.param(pickle.dumps(Path("x")), id="a-class-not-allowed"),
        pytest.param(pickle.dumps(print), id="a-function"),
    ],
)
def test_a_signed_entry_that_cannot_be_unpickled_is_no_entry(
    tmp_path: Path, payload: bytes
) -> None:
    store = _plain(tmp_path)
    store.write_now(ENTRY, payload)
    assert store.get(ENTRY) is None
    assert store.misses == 1


@pytest.mark.parametrize("kind", ["folder", "link", "fifo"])
def test_an_entry_that_is_no_regular_file_is_never_read(tmp_path: Path, kind: str) -> None:
    store = _plain(tmp_path)
    store.write_now(ENTRY, PLAIN.dumps("real"))
    real = Path(store.folder) / "real"
    os.replace(Path(store.folder) / ENTRY, real)
    entry = Path(store.folder) / ENTRY
    if kind == "folder":
        entry.mkdir()
    elif kind == "link":
        entry.symlink_to(real)  # even to a good entry: never through a link
    else:
        os.mkfifo(entry)
    assert store.get(ENTRY) is None  # at once: a pipe is not waited on


def test_a_failed_write_stops_the_writes_for_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _plain(tmp_path)
    calls: list[str] = []

    def full(folder: str, name: str, blob: bytes) -> None:
        calls.append(name)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_entry", full)
    store.write_now(ENTRY, b"x")
    assert not store.writable
    store.write_now(ENTRY, b"x")
    store.put(ENTRY, b"x")
    store.close()
    assert calls == [ENTRY]


def test_a_link_where_the_entries_folder_goes_stops_the_writes(tmp_path: Path) -> None:
    store = _plain(tmp_path / "cache")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").mkdir()
    os.symlink(elsewhere, store.folder)
    store.write_now(ENTRY, b"x")
    assert not store.writable
    assert list(elsewhere.iterdir()) == []


def test_without_a_signing_secret_there_is_no_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert FileCache.open(str(tmp_path / "cache"), "salt", PLAIN) is None


@pytest.mark.parametrize("level", ["root", "folder"])
def test_a_link_or_file_at_a_level_of_the_store_means_no_store(tmp_path: Path, level: str) -> None:
    store = _plain(tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    at = Path(store.root if level == "root" else store.folder)
    if level == "root":
        at.rmdir()
        at.symlink_to(tmp_path)
    else:
        at.write_text("")
    assert FileCache.open(str(tmp_path / "cache"), "salt", PLAIN) is None


def test_the_prune_keeps_what_this_run_used_and_what_is_recent(tmp_path: Path) -> None:
    store = _plain(tmp_path)
    used, old, recent = "a" * 64, "b" * 64, "c" * 64
    for name in (used, old, recent):
        store.write_now(name, b"x")
    _old(Path(store.folder) / used)
    _old(Path(store.folder) / old)
    store.get(used)
    store.prune()
    assert sorted(p.name for p in Path(store.folder).iterdir()) == [used, recent]


def test_an_entry_read_is_kept_by_another_store_of_the_folder(tmp_path: Path) -> None:
    """Two stores share a folder (the claim files' entries and the JSON report's texts):
    each prunes, by age, what it did not read itself. An entry one of them reads is
    touched, so the other keeps it; one read by neither, or refused, ages as it was."""
    reader, pruner = _plain(tmp_path), _plain(tmp_path)
    assert reader.folder == pruner.folder
    read, unread, forged = "a" * 64, "b" * 64, "c" * 64
    for name in (read, unread):
        reader.write_now(name, PLAIN.dumps(b"x"))
    (Path(reader.folder) / forged).write_bytes(b"not signed")
    for name in (read, unread, forged):
        _old(Path(reader.folder) / name)
    assert reader.get(read) == b"x"
    assert reader.get(forged) is None
    pruner.prune()
    assert sorted(p.name for p in Path(reader.folder).iterdir()) == [read]


def test_the_prune_removes_other_codes_old_entries_and_folders_once_it_has_emptied_them(
    tmp_path: Path,
) -> None:
    store = _plain(tmp_path)
    store.write_now(ENTRY, b"x")
    other = tmp_path / ("f" * 24)
    other.mkdir()
    (other / ("d" * 64)).write_text("other code's entry, unused for a year")
    _old(other / ("d" * 64))
    used = tmp_path / ("c" * 24)
    used.mkdir()
    (used / ("a" * 64)).write_text("other code's entry, read today")
    (used / ("b" * 64)).write_text("other code's entry, unused for a year")
    _old(used / ("b" * 64))
    kept = tmp_path / ("e" * 24)
    kept.mkdir()
    (kept / "notes.txt").write_text("not the store's")
    _old(kept / "notes.txt")
    not_hex = tmp_path / ("g" * 24)
    not_hex.mkdir()
    (not_hex / ("d" * 64)).write_text("in no folder of the store's")
    _old(not_hex / ("d" * 64))
    store.prune()
    assert not other.exists()
    assert sorted(p.name for p in used.iterdir()) == ["a" * 64]
    assert sorted(p.name for p in kept.iterdir()) == ["notes.txt"]
    assert (not_hex / ("d" * 64)).exists()
    assert (Path(store.folder) / ENTRY).exists()


def test_two_installations_used_in_turn_keep_each_others_entries(tmp_path: Path) -> None:
    """Two factlints of different fingerprints on one project (a pre-commit hook's
    environment and the desk's): each run prunes, and neither empties the other's
    folder, so a switch back finds its entries."""
    first = FileCache(str(tmp_path), "first", bytes(32), PLAIN)
    second = FileCache(str(tmp_path), "second", bytes(32), PLAIN)
    assert first.folder != second.folder
    first.write_now(ENTRY, PLAIN.dumps(b"first's"))
    first.prune()
    second.write_now(ENTRY, PLAIN.dumps(b"second's"))
    second.prune()
    again = FileCache(str(tmp_path), "first", bytes(32), PLAIN)
    assert again.get(ENTRY) == b"first's"
    again.prune()
    assert FileCache(str(tmp_path), "second", bytes(32), PLAIN).get(ENTRY) == b"second's"


def test_the_prune_of_a_store_never_made_does_nothing(tmp_path: Path) -> None:
    _plain(tmp_path / "never").prune()
    assert not (tmp_path / "never").exists()
    (tmp_path / "a-file").write_text("x")
    FileCache(str(tmp_path / "a-file"), "salt", bytes(32), PLAIN).prune()
    assert (tmp_path / "a-file").read_text() == "x"


def test_a_fresh_cache_folder_is_marked_as_one_and_an_old_one_is_left_alone(
    tmp_path: Path,
) -> None:
    root, folder = tmp_path / "cache", tmp_path / "cache" / "inner"
    assert make_cache_folder(str(root), str(folder))
    assert folder.is_dir()
    assert (root / ".gitignore").read_text() == (
        "# Created by factlint: a cache of parsed claim files.\n*\n"
    )
    assert (root / "CACHEDIR.TAG").read_text() == (
        "Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by factlint.\n"
    )
    assert make_cache_folder(str(root), str(folder))  # made already: nothing to do
    mine = tmp_path / "mine"
    mine.mkdir()
    assert make_cache_folder(str(mine), str(mine / "inner"))
    assert sorted(p.name for p in mine.iterdir()) == ["inner"]  # not the tool's to mark


def test_a_cache_folder_where_a_link_or_file_stands_is_not_made(tmp_path: Path) -> None:
    (tmp_path / "target").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "target")
    assert not make_cache_folder(str(tmp_path / "link"), str(tmp_path / "link" / "inner"))
    assert list((tmp_path / "target").iterdir()) == []
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "inner").write_text("")
    assert not make_cache_folder(str(tmp_path / "root"), str(tmp_path / "root" / "inner"))
