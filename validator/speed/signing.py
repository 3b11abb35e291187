"""Signing cache entries: the secret, kept outside the project, and the HMAC that binds
an entry's bytes to its name.

Whoever can add files to the project (a pull request, say) can put files in a cache
folder kept there, but cannot read the user's cache folder: with the secret kept there,
an entry cannot be forged, nor one file's entry reused for another.
"""

from __future__ import annotations

import hashlib
import hmac
import os

__all__ = ["seal", "signing_secret", "unseal", "user_folder"]

_MAC_BYTES = 32


def user_folder() -> str:
    """factlint's folder in the user's cache folder (XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factlint")


def _secret_path() -> str:
    return os.path.join(user_folder(), "cache-key")


def signing_secret() -> bytes | None:
    """The signing key, created on first use; None when it cannot be kept."""
    path = _secret_path()
    for _ in range(2):
        try:
            with open(path, "rb") as handle:
                key = handle.read(64)
            if len(key) == 32:
                return key
            return None  # not ours, or damaged: do not guess
        except FileNotFoundError:
            pass
        except OSError:
            return None
        try:
            os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue  # another run created it a moment ago: read that one
        except OSError:
            return None
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(32))
    return None


def _mac(secret: bytes, key: str, payload: bytes | memoryview) -> bytes:
    # The MAC of the key, a zero byte and the payload, without joining them: an entry may
    # be a report's texts, tens of megabytes, and the copy cost as much as the hashing.
    mac = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.digest()


def seal(secret: bytes, magic: bytes, key: str, payload: bytes) -> bytes:
    """An entry's bytes: `magic`, then a MAC binding `payload` to `key`, then `payload`."""
    return magic + _mac(secret, key, payload) + payload


def unseal(secret: bytes, magic: bytes, key: str, blob: bytes) -> bytes | None:
    """The payload of an entry `seal` made for `key` with `secret`; None for anything else
    (another kind of entry, a truncated or altered one, one signed with another key, or
    one copied from another key's place)."""
    head = len(magic) + _MAC_BYTES
    if len(blob) <= head or not blob.startswith(magic):
        return None
    # The payload is checked where it lies, and copied out only once it holds.
    if not hmac.compare_digest(blob[len(magic) : head], _mac(secret, key, memoryview(blob)[head:])):
        return None
    return blob[head:]
