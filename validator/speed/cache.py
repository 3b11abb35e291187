"""Stages 1 and 2 for many files: read, parse and schema-check each claim file, taking
the result from a content-hash cache when it can, and parsing on several cores if asked;
then whatever later stage needs one file at a time (`check_claim_files`' `finish`), on
the process that has the file.

The cache (`.factlint-cache/` by default) holds, per claim file, what stages 1 and 2
made of it: the parsed document with its positions and problems, the source and claims
built from it, and the E101/E102/E103 findings about it. An entry is used only when all
of these are what they were when it was written:

- the file's bytes (sha256) and the path it is shown under (findings carry it);
- factlint's version and its code: every module and schema of the package is hashed, so
  an edited checkout never reads an entry written by other code;
- the Python, PyYAML, jsonschema, pydantic and rapidfuzz versions, and the reading limits.

Entries are never trusted blindly. Each is signed (HMAC-SHA256 over its key and bytes)
with a secret kept outside the project, in the user's cache folder, so an entry cannot
be forged by whoever can add files to the project (a pull request, say) nor reused for
another file; a truncated, corrupted or unsigned entry is ignored and rebuilt. Entries
are unpickled with only factlint's own data classes allowed, never arbitrary code. When
no secret can be kept (no writable home), the cache is simply not used.

A cache is a convenience, never a source of truth: with `--no-cache`, or on any doubt,
the file is read and checked again.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import hashlib
import hmac
import io
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from validator._version import __version__
from validator.guard.safe_read import Refused, read_regular
from validator.model.findings import Finding, Location, Severity
from validator.parse.claim_file import ClaimEntry, ParsedFile, check_claim_file
from validator.parse.models import (
    Acknowledgement,
    Approximate,
    Claim,
    ClaimFile,
    DateInterval,
    Interval,
    Source,
)
from validator.read.files import Limits, LoadedFile, decode, display_path, parse_text, read_bytes
from validator.read.positions import LoadProblem, Positions

from .cache_folder import is_real_folder, make_folders, prune, usable
from .forked import processes_for, share_work
from .gc_pause import collector_paused
from .pickling import by_constructor, dumps_with

__all__ = [
    "CACHE_FOLDER",
    "FileCache",
    "FileOutcome",
    "Finish",
    "check_claim_files",
    "code_fingerprint",
    "load_claim_files",
    "make_cache_folder",
    "seal",
    "signing_secret",
    "unseal",
    "user_cache_folder",
]

CACHE_FOLDER = ".factlint-cache"

T_co = TypeVar("T_co", covariant=True)

# What stages 1 and 2 made of one file: its source and claims (None when it could not
# be read or parsed) and the findings about it.
FileOutcome = tuple[ParsedFile | None, tuple[Finding, ...]]
# Stage 2 for one parsed document: `check_claim_file`, unless a caller substitutes it.
Checker = Callable[[LoadedFile, int], tuple[ParsedFile, list[Finding]]]

_MAGIC = b"factlint-cache-1\n"
_MAC_BYTES = 32
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_PRUNE_AGE_S = 7 * 24 * 3600
# An entry holds what stages 1 and 2 made of a file of at most 32 MiB: the document,
# its positions and models take several times the file's bytes.
_MAX_ENTRY_BYTES = 1024 * 1024 * 1024
# The classes an entry may contain; anything else in a pickle makes the entry invalid.
_ALLOWED: dict[tuple[str, str], type] = {
    (cls.__module__, cls.__qualname__): cls
    for cls in (
        ParsedFile,
        ClaimEntry,
        LoadedFile,
        Positions,
        LoadProblem,
        Finding,
        Location,
        Severity,
        Claim,
        Source,
        ClaimFile,
        Acknowledgement,
        Approximate,
        DateInterval,
        Interval,
    )
}


def _model(
    cls: type[BaseModel],
    values: dict[str, Any],
    fields_set: set[str],
    extra: dict[str, Any] | None,
    private: dict[str, Any] | None,
) -> BaseModel:
    """A pydantic model as it was pickled: the four attributes pydantic's own
    __setstate__ sets, without its state dictionary (models took over half the time
    of unpickling a parsed file that way)."""
    if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
        raise pickle.UnpicklingError("not a model")
    model = cls.__new__(cls)
    set_attribute = object.__setattr__
    set_attribute(model, "__dict__", values)
    set_attribute(model, "__pydantic_fields_set__", fields_set)
    set_attribute(model, "__pydantic_extra__", extra)
    set_attribute(model, "__pydantic_private__", private)
    return model


def _reduce_model(model: BaseModel) -> tuple[Any, tuple[Any, ...]]:
    return _model, (
        type(model),
        model.__dict__,
        model.__pydantic_fields_set__,
        model.__pydantic_extra__,
        model.__pydantic_private__,
    )


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (_model.__module__, _model.__qualname__):
            return _model
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")
        return found


_DISPATCH: dict[type, Any] = {
    **copyreg.dispatch_table,
    **by_constructor(cls for cls in _ALLOWED.values() if dataclasses.is_dataclass(cls)),
    **{cls: _reduce_model for cls in _ALLOWED.values() if issubclass(cls, BaseModel)},
}


def dumps(outcome: FileOutcome) -> bytes:
    """A file's outcome as the bytes a cache entry holds."""
    return dumps_with(outcome, _DISPATCH)


def loads(payload: bytes) -> Any:
    """Unpickle with only factlint's own data classes allowed: never arbitrary code."""
    return _Unpickler(io.BytesIO(payload)).load()


@cache
def code_fingerprint() -> str:
    """A hash of factlint's code and the libraries it builds on: everything besides its
    inputs that decides what a run makes of them."""
    digest = hashlib.sha256()
    for part in (__version__, sys.version, _dist_versions()):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    package = Path(__file__).resolve().parent
    try:
        sources = sorted(
            p for p in package.rglob("*") if p.suffix in (".py", ".json") and p.is_file()
        )
        for source in sources:
            digest.update(source.relative_to(package).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(source.read_bytes()).digest())
    except OSError:  # an unreadable installation: the version alone would be too weak
        digest.update(os.urandom(16))
    return digest.hexdigest()


def _dist_versions() -> str:
    from importlib import metadata

    versions = []
    # rapidfuzz matches quotes against transcripts, which the cached checks include.
    for name in ("PyYAML", "jsonschema", "pydantic", "pydantic-core", "rapidfuzz"):
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return ",".join(versions)


def _user_folder() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factlint")


def user_cache_folder() -> str:
    """Where the command caches files when it found no project to cache them in."""
    return os.path.join(_user_folder(), "files")


def _secret_path() -> str:
    return os.path.join(_user_folder(), "cache-key")


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


def _mac(secret: bytes, key: str, payload: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\0" + payload, hashlib.sha256).digest()


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
    mac, payload = blob[len(magic) : head], blob[head:]
    return payload if hmac.compare_digest(mac, _mac(secret, key, payload)) else None


class FileCache:
    """Entries under `folder/<code fingerprint>/`, one file per entry, keyed by content."""

    def __init__(
        self, folder: str, limits: Limits, secret: bytes, check: Checker = check_claim_file
    ) -> None:
        checker = f"{check.__module__}.{check.__qualname__}"
        fingerprint = hashlib.sha256(
            f"{code_fingerprint()}\0{limits!r}\0{checker}".encode()
        ).hexdigest()
        self.root = folder
        self.folder = os.path.join(folder, fingerprint[:24])
        self.prefix = fingerprint.encode()
        self.secret = secret
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self.writable = True
        self._writer: ThreadPoolExecutor | None = None
        self._writes: list[Future[None]] = []

    @classmethod
    def open(
        cls, folder: str, limits: Limits, check: Checker = check_claim_file
    ) -> FileCache | None:
        """The cache in `folder`, or None when it cannot be used (no signing key)."""
        secret = signing_secret()
        if secret is None:
            return None
        store = cls(folder, limits, secret, check)
        # A link where a level of the cache should be: not used (see cache_folder).
        return store if usable(store.root, store.folder) else None

    def key(self, shown: str, digest: str) -> str:
        """An entry's name: an HMAC with the signing secret, so that no one without it
        can plant an entry under the name a file will be looked up by."""
        material = b"\0".join(
            (self.prefix, shown.encode("utf-8", "surrogatepass"), digest.encode())
        )
        return hmac.new(self.secret, material, hashlib.sha256).hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key)

    def get(self, key: str, shown: str) -> FileOutcome | None:
        """The entry for `key`, or None when there is none or it cannot be trusted."""
        self.used.add(key)
        try:
            # Never through a link, never a pipe or device, never more than an entry holds.
            blob = read_regular(self._path(key), _MAX_ENTRY_BYTES, follow_links=False)
        except Refused:
            self.misses += 1
            return None
        outcome = self._decode(key, blob, shown)
        if outcome is None:
            self.misses += 1
        else:
            self.hits += 1
        return outcome

    def _decode(self, key: str, blob: bytes, shown: str) -> FileOutcome | None:
        payload = unseal(self.secret, _MAGIC, key, blob)
        if payload is None:
            return None
        try:
            outcome = loads(payload)
        except Exception:  # any damage a signed entry might still have: rebuild it
            return None
        return outcome if _well_formed(outcome, shown) else None

    def put(self, key: str, payload: bytes) -> None:
        """Store a pickled `FileOutcome` (see `dumps`), written by a background thread
        while the run goes on; `close` waits for the writes."""
        if not self.writable:
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-cache")
        self._writes.append(self._writer.submit(self.write_now, key, payload))

    def close(self) -> None:
        """Wait for the writes, then drop stale entries."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None
            self._writes.clear()
        self.prune()

    def write_now(self, key: str, payload: bytes) -> None:
        """`put`, written before it returns (in a forked child, which has no writer
        thread). A failure to write only costs the next run time."""
        if not self.writable:
            return
        blob = seal(self.secret, _MAGIC, key, payload)
        try:
            if not make_cache_folder(self.root, self.folder):
                self.writable = False  # a link where a folder of the cache should be
                return
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(blob)
                os.replace(temporary, self._path(key))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError:
            self.writable = False  # a read-only or full disk: stop trying for this run

    def prune(self) -> None:
        """Drop entries of other factlint code, and old entries this run did not use:
        only files of the names the cache gives them, never through a link, and the
        folders of other code only once they are empty (see cache_folder)."""
        if not is_real_folder(self.root):
            return
        try:
            with os.scandir(self.root) as entries:
                others = [
                    e.path
                    for e in entries
                    if _is_hex(e.name) and e.path != self.folder and e.is_dir(follow_symlinks=False)
                ]
        except OSError:
            return
        for other in others:
            prune(other, lambda entries: entries)
            with contextlib.suppress(OSError):
                os.rmdir(other)  # only when nothing else is in it
        limit = time.time_ns() - _PRUNE_AGE_S * 1_000_000_000
        prune(
            self.folder,
            lambda entries: [f for f in entries if f.name not in self.used and f.mtime_ns < limit],
        )


def _is_hex(name: str) -> bool:
    return len(name) == 24 and all(c in "0123456789abcdef" for c in name)


def make_cache_folder(root: str, folder: str) -> bool:
    """The cache's folders made, each level a real folder; False when one is a link.
    A cache root made here is marked as one (ignored by git, skipped by backups)."""
    if is_real_folder(folder) and is_real_folder(root):
        return True
    fresh = not os.path.lexists(root)
    if not make_folders(root, folder):
        return False
    if fresh:  # keep the cache out of version control and backups, wherever it is
        with contextlib.suppress(OSError):
            with open(os.path.join(root, ".gitignore"), "x", encoding="utf-8") as handle:
                handle.write("# Created by factlint: a cache of parsed claim files.\n*\n")
            with open(os.path.join(root, "CACHEDIR.TAG"), "x", encoding="utf-8") as handle:
                handle.write(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by factlint.\n"
                )
    return True


def _well_formed(outcome: Any, shown: str) -> bool:
    if not isinstance(outcome, tuple) or len(outcome) != 2:
        return False
    parsed, findings = outcome
    if parsed is not None and not (isinstance(parsed, ParsedFile) and parsed.path == shown):
        return False
    return isinstance(findings, tuple) and all(isinstance(f, Finding) for f in findings)


def _check(shown: str, raw: bytes, digest: str, limits: Limits, check: Checker) -> FileOutcome:
    """Stages 1 and 2 for one file's bytes, as `load_file` and `check_claim_file` do."""
    text = decode(raw, shown)
    if isinstance(text, Finding):
        return None, (text,)
    loaded = parse_text(text, shown, limits)
    if isinstance(loaded, Finding):
        return None, (loaded,)
    parsed, findings = check(replace(loaded, digest=digest), limits.max_claims)
    return parsed, tuple(findings)


@contextlib.contextmanager
def _naming(shown: str) -> Iterator[None]:
    """An unexpected error carries the file's name, for the command's one-line message."""
    try:
        yield
    except Exception as error:
        if not hasattr(error, "factlint_file"):
            error.factlint_file = shown  # type: ignore[attr-defined]
        raise


class Finish(Protocol[T_co]):
    """What becomes of each file's `FileOutcome` on the process that made it (or took it
    from the cache), and how that travels back from a child process."""

    # Whether a file found in the cache is also worth handing to another process: only
    # when finishing it costs more than sending the result back.
    spread_cached: bool

    def __call__(self, outcome: FileOutcome, /) -> T_co: ...

    def dumps(self, finished: Any, /) -> bytes: ...

    def loads(self, blob: bytes, /) -> T_co: ...


class _AsLoaded:
    """The outcome itself, pickled as the cache stores it."""

    spread_cached = False

    def __call__(self, outcome: FileOutcome) -> FileOutcome:
        return outcome

    dumps = staticmethod(dumps)

    @staticmethod
    def loads(blob: bytes) -> FileOutcome:
        outcome: FileOutcome = loads(blob)
        return outcome


def load_claim_files(
    paths: Sequence[str],
    limits: Limits,
    *,
    cache_dir: str | None = None,
    jobs: int = 1,
    check: Checker = check_claim_file,
    freeze: bool = False,
    read: Mapping[str, bytes | Finding] | None = None,
) -> list[FileOutcome]:
    """What stages 1 and 2 make of each of `paths`, in their order.

    `cache_dir`: where cached outcomes are kept (None: no cache). `jobs`: processes that
    parse files not found in the cache (1: this one; 0: one per idle core). `check`: stage 2
    for one document (with `jobs`, a module-level function, so workers can be given it).
    `freeze`: end with `gc.freeze()`, so that the collector never walks what was loaded
    again; for a process that ends with the run, since frozen objects are only freed by
    reference counting. `read`: what `read_bytes` already gave for some of `paths`.
    """
    return check_claim_files(
        paths,
        limits,
        _AsLoaded(),
        cache_dir=cache_dir,
        jobs=jobs,
        check=check,
        freeze=freeze,
        read=read,
    )


def check_claim_files(
    paths: Sequence[str],
    limits: Limits,
    finish: Finish[T_co],
    *,
    cache_dir: str | None = None,
    jobs: int = 1,
    check: Checker = check_claim_file,
    freeze: bool = False,
    read: Mapping[str, bytes | Finding] | None = None,
) -> list[T_co]:
    """`load_claim_files`, each outcome then given to `finish` on the process that has
    it: a later stage that needs one file at a time is shared between the processes."""
    store = FileCache.open(cache_dir, limits, check) if cache_dir is not None else None
    workers = processes_for(jobs)
    results: list[Any] = [_NOT_YET] * len(paths)
    pending: list[_Pending] = []  # files to take from the cache or to parse
    try:
        with collector_paused(freeze):
            for index, path in enumerate(paths):
                shown = display_path(path)
                with _naming(shown):
                    raw = read[path] if read and path in read else read_bytes(path, limits)
                    if isinstance(raw, Finding):
                        results[index] = finish((None, (raw,)))
                        continue
                    digest = hashlib.sha256(raw).hexdigest()
                    key = store.key(shown, digest) if store is not None else ""
                    if store is not None and not finish.spread_cached:
                        found = store.get(key, shown)
                        if found is not None:
                            results[index] = finish(found)
                            continue
                    elif store is not None:
                        store.used.add(key)  # looked up by whichever process takes it
                    pending.append((index, shown, raw, digest, key))
            if len(pending) < _MIN_PARALLEL:
                workers = 1  # starting processes would cost more than it saves
            _check_pending(pending, limits, check, finish, workers, store, results)
    finally:
        if store is not None:
            store.close()  # waits for the cache writes
    assert _NOT_YET not in results
    return results


# Below this many files to parse, starting processes costs more than it saves.
_MIN_PARALLEL = 16
# A file whose result has not come yet (a result may be anything, None included).
_NOT_YET: Any = object()

_Pending = tuple[int, str, bytes, str, str]  # index, path as shown, bytes, digest, cache key


def _check_pending(
    pending: list[_Pending],
    limits: Limits,
    check: Checker,
    finish: Finish[Any],
    workers: int,
    store: FileCache | None,
    results: list[Any],
) -> None:
    """Take `pending` from the cache or parse it, then finish it, on `workers` processes:
    this one and `workers - 1` forked ones.

    This process takes its share too rather than only waiting: the others' results
    reach it pickled, and it unpickles them between files of its own. Each process
    writes the cache entries of the files it parsed.
    """

    def outcome(item: _Pending, write: Callable[[str, bytes], None] | None) -> FileOutcome:
        _, shown, raw, digest, key = item
        if store is not None and finish.spread_cached:
            found = store.get(key, shown)
            if found is not None:
                return found
        fresh = _check(shown, raw, digest, limits, check)
        if write is not None:
            write(key, dumps(fresh))
        return fresh

    def here(number: int) -> None:
        item = pending[number]
        with _naming(item[1]):
            results[item[0]] = finish(outcome(item, store.put if store else None))

    def elsewhere(number: int) -> bytes:
        # A child has no writer thread: it writes its cache entries before going on.
        return finish.dumps(finish(outcome(pending[number], store.write_now if store else None)))

    def deliver(number: int, blob: bytes) -> None:
        results[pending[number][0]] = finish.loads(blob)

    # No cache write (a thread) has started yet: the children are forked from one thread.
    share_work(len(pending), here, elsewhere, deliver, workers)
