"""The driver's part in writing the reports: where a report keeps the text of its pieces
from one run to the next (the JSON report: each claim file's records, see
validator.report._json_runs).

A report's texts are kept in a few entries of the file store (`_SHARDS`), each holding
the texts whose names fall in it, rather than an entry per text: reading 2,000 entries
one by one (an open, a read, a signature and an unpickling each) took most of what
keeping the JSON report's texts saved. Each report keeps its own entries (it may be
rendered in a process of its own). The entries are in the folder of the code and
reading limits the files' checked entries are in (a changed template is new code, so an
entry never outlives the template that wrote it), signed, so that no one without the
user's secret can plant text under a name a report will look up, and read with no class
allowed (an entry holds a dictionary of names to bytes and nothing else). A missing,
damaged or unsigned entry only costs its texts written afresh.

An entry holds the texts a run asked for or handed over, and only those: one whose
texts are not what the run used is written again when the report is done (by a thread
beside the rendering, which `done` waits for: the report may be rendered in a forked
child, which must not end before its writes do), so an entry never grows with stale
texts.
"""

from __future__ import annotations

import zlib

from validator.read.files import Limits
from validator.speed.file_store import FileCache
from validator.speed.restricted import EntryCodec

from .drive_files import cache_salt

__all__ = ["kept_texts"]

# An entry holds one pickled dictionary of `str` to `bytes` and nothing else.
_TEXTS = EntryCodec(())
# What the entries' names are made from besides the report and the entry's number (see
# `FileCache.key`).
_KIND = "report-pieces"
# Entries per report: few enough to read at once, many enough that a re-run with one
# file changed writes a few of them again, not the whole report's text.
_SHARDS = 64


def _is_shard(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(name, str) and isinstance(text, bytes) for name, text in value.items()
    )


class _KeptTexts:
    """`report._json_runs.Kept` over `_SHARDS` signed entries of `store` for each report
    (`part`)."""

    def __init__(self, store: FileCache, report: str = "") -> None:
        self.store = store
        self.report = report
        self.held: dict[int, dict[str, bytes]] = {}  # entry -> the texts it held
        self.used: dict[int, dict[str, bytes]] = {}  # entry -> the texts asked or handed

    def part(self, report: str) -> _KeptTexts:
        return _KeptTexts(self.store, report)

    def _key(self, shard: int) -> str:
        return self.store.key(_KIND, self.report, str(shard))

    def _shard(self, name: str) -> tuple[int, dict[str, bytes]]:
        shard = zlib.crc32(name.encode("utf-8", "surrogatepass")) % _SHARDS
        held = self.held.get(shard)
        if held is None:
            found = self.store.get(self._key(shard), _is_shard)
            held = self.held[shard] = found if isinstance(found, dict) else {}
        return shard, held

    def get(self, name: str) -> bytes | None:
        shard, held = self._shard(name)
        text = held.get(name)
        if text is not None:
            self.used.setdefault(shard, {})[name] = text
        return text

    def put(self, name: str, text: bytes) -> None:
        shard, _ = self._shard(name)
        self.used.setdefault(shard, {})[name] = text

    def done(self) -> None:
        for shard, held in self.held.items():
            used = self.used.get(shard, {})
            if used.keys() != held.keys():
                self.store.put(self._key(shard), self.store.codec.dumps(used))
        self.held.clear()
        self.used.clear()
        self.store.flush()


def kept_texts(cache_dir: str | None, limits: Limits) -> _KeptTexts | None:
    """Where the reports keep their texts for a run caching in `cache_dir`; None when
    it caches nothing or the cache cannot be used."""
    if cache_dir is None:
        return None
    store = FileCache.open(cache_dir, cache_salt(limits), _TEXTS)
    return None if store is None else _KeptTexts(store)
