"""The driver's part in writing the reports: where the JSON report keeps the text of each
claim file's records from one run to the next (validator.report._json_runs).

The text is kept in entries of the file store, in the folder of the code and reading
limits the files' checked entries are in (a changed template is new code, so an entry
never outlives the template that wrote it), each entry named by the store from the
digest of the records it was written from: signed, so that no one without the user's
secret can plant text under a name a report will look up, and read with no class
allowed (an entry holds bytes and nothing else). A missing, damaged or unsigned entry
only costs its text written afresh.

An entry is written by a thread beside the rendering, which `done` waits for: the
report may be rendered in a forked child (see `validator.speed.forked.share_work`),
which must not end before its writes do.
"""

from __future__ import annotations

from validator.read.files import Limits
from validator.speed.file_store import FileCache
from validator.speed.restricted import EntryCodec

from .drive_files import cache_salt

__all__ = ["kept_texts"]

# An entry holds one pickled `bytes` and nothing else.
_TEXTS = EntryCodec(())
# What the entries' names are made from besides the digest (see `FileCache.key`).
_KIND = "report-text"


def _is_text(value: object) -> bool:
    return isinstance(value, bytes)


class _KeptTexts:
    """`report._json_runs.Kept` over signed entries of `store`."""

    def __init__(self, store: FileCache) -> None:
        self.store = store

    def get(self, name: str) -> bytes | None:
        found = self.store.get(self.store.key(_KIND, name), _is_text)
        return found if isinstance(found, bytes) else None

    def put(self, name: str, text: bytes) -> None:
        self.store.put(self.store.key(_KIND, name), self.store.codec.dumps(text))

    def done(self) -> None:
        self.store.flush()


def kept_texts(cache_dir: str | None, limits: Limits) -> _KeptTexts | None:
    """Where the reports keep their texts for a run caching in `cache_dir`; None when
    it caches nothing or the cache cannot be used."""
    if cache_dir is None:
        return None
    store = FileCache.open(cache_dir, cache_salt(limits), _TEXTS)
    return None if store is None else _KeptTexts(store)
