"""Signing cache entries: the secret kept in the user's cache folder, outside any
project, and the MAC that binds an entry's bytes to its name, so that an entry can be
neither forged nor reused for another name."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from validator.speed.signing import seal, signing_secret, unseal, user_folder

SECRET = bytes(range(32))
MAGIC = b"factlint-test-1\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home with no cache folder named: ~/.cache is used."""
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_the_folder_is_in_the_users_cache_folder(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert user_folder() == str(home / ".cache" / "factlint")
    monkeypatch.setenv("XDG_CACHE_HOME", "")  # empty: as if unset
    assert user_folder() == str(home / ".cache" / "factlint")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_folder() == str(tmp_path / "xdg" / "factlint")


def test_the_secret_is_made_once_kept_private_and_read_again(home: Path) -> None:
    secret = signing_secret()
    assert secret is not None and len(secret) == 32
    path = home / ".cache" / "factlint" / "cache-key"
    assert path.read_bytes() == secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert signing_secret() == secret


def test_each_user_has_a_secret_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "one"))
    one = signing_secret()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "two"))
    assert signing_secret() not in (None, one)


@pytest.mark.parametrize("kept", [b"", b"short", b"x" * 31, b"x" * 33, b"x" * 1000])
def test_a_secret_file_of_another_length_is_not_guessed_at(home: Path, kept: bytes) -> None:
    path = home / ".cache" / "factlint" / "cache-key"
    path.parent.mkdir(parents=True)
    path.write_bytes(kept)
    assert signing_secret() is None
    assert path.read_bytes() == kept  # and left as it was


def test_a_secret_of_32_bytes_someone_put_there_is_read(home: Path) -> None:
    path = home / ".cache" / "factlint" / "cache-key"
    path.parent.mkdir(parents=True)
    path.write_bytes(SECRET)
    assert signing_secret() == SECRET


def test_no_secret_where_none_can_be_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # its folder cannot be made
    assert signing_secret() is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (tmp_path / "xdg" / "factlint" / "cache-key").mkdir(parents=True)  # not a file
    assert signing_secret() is None


def test_a_secret_made_by_another_run_a_moment_before_is_the_one_read(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs may both find no secret: the one whose file exists by then reads it."""
    path = home / ".cache" / "factlint" / "cache-key"
    real_open = os.open

    def beaten(file: str, flags: int, mode: int = 0o777) -> int:
        if file == str(path) and flags & os.O_EXCL and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(SECRET)  # the other run's
        return real_open(file, flags, mode)

    monkeypatch.setattr(os, "open", beaten)
    assert signing_secret() == SECRET


def test_a_sealed_payload_is_unsealed_for_its_key_with_its_secret() -> None:
    blob = seal(SECRET, MAGIC, "key", b"payload")
    assert blob.startswith(MAGIC) and blob.endswith(b"payload")
    assert len(blob) == len(MAGIC) + 32 + len(b"payload")
    assert unseal(SECRET, MAGIC, "key", blob) == b"payload"
    assert seal(SECRET, MAGIC, "key", b"payload") == blob  # the same bytes each time


@pytest.mark.parametrize(
    ("secret", "magic", "key"),
    [
        (bytes(32), MAGIC, "key"),  # signed with another secret
        (SECRET, b"factlint-test-2\n", "key"),  # another kind of entry
        (SECRET, MAGIC, "another key"),  # copied from another key's place
        (SECRET, MAGIC, "key\0"),
        (SECRET, MAGIC, ""),
    ],
)
def test_an_entry_is_unsealed_only_with_its_secret_magic_and_key(
    secret: bytes, magic: bytes, key: str
) -> None:
    assert unseal(secret, magic, key, seal(SECRET, MAGIC, "key", b"payload")) is None


def test_the_key_and_payload_are_bound_apart() -> None:
    """A key's end cannot be moved into the payload: the MAC separates them."""
    blob = seal(SECRET, MAGIC, "ab", b"c")
    assert unseal(SECRET, MAGIC, "a", blob[: len(MAGIC) + 32] + b"bc") is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: blob[: len(MAGIC)], id="magic-only"),
        pytest.param(lambda blob: blob[: len(MAGIC) + 32], id="cut-after-the-mac"),
        pytest.param(lambda blob: blob[:-1], id="cut-short"),
        pytest.param(lambda blob: blob + b"\0", id="one-more-byte"),
        pytest.param(lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), id="payload-bit"),
        pytest.param(lambda blob: blob[:20] + bytes([blob[20] ^ 1]) + blob[21:], id="mac-bit"),
        pytest.param(lambda blob: b"x" + blob[1:], id="magic-byte"),
    ],
)
def test_a_damaged_entry_is_no_entry(damage: object) -> None:
    blob = seal(SECRET, MAGIC, "key", b"payload")
    assert unseal(SECRET, MAGIC, "key", damage(blob)) is None  # type: ignore[operator]


def test_a_key_is_bound_whatever_its_characters() -> None:
    for key in ("\x00\x1b[31m", "é" * 10_000, "0" * 64):
        blob = seal(SECRET, MAGIC, key, b"p")
        assert unseal(SECRET, MAGIC, key, blob) == b"p"
        assert unseal(SECRET, MAGIC, key[:-1], blob) is None
