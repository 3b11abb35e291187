"""The driver's part in writing the reports: where a report keeps the text of its pieces
from one run to the next (the JSON report: each claim file's records, see
validator.report._json_runs; the HTML and Markdown reports: each finding's, see
validator.report._kept_findings).

A report's texts are kept in entries of the file store that each hold a stretch of
them, in the order the report used them, and an index of which entry holds which text,
rather than an entry per text: reading 2,000 entries one by one (an open, a read, a
signature and an unpickling each) took most of what keeping the JSON report's texts
saved, and the HTML report keeps 20,000. A stretch ends after a text whose name's
checksum is a multiple of `_SPAN` (or at `_MOST` texts), so that a re-run with one
file changed makes one stretch new, not every stretch after it. Each stretch is
written as soon as it ends, unless an entry holds exactly it already, into an entry
the index does not list (never one the run may still read), and the index last. The
entries are read in the order they were written, one after another, and a text is let
go once given out: a report holds no more than a stretch of texts at a time, filling
the cache or reading it (holding them all held the JSON report's 90 MB of text for
100,000 claims, and would have held ten times that for a million).

Each report keeps its own entries (it may be rendered in a process of its own). The
entries are in the folder of the code and reading limits the files' checked entries
are in (a changed template is new code, so an entry is never read by another template
than the one that wrote it), signed, so that no one without the user's secret can plant text under a
name a report will look up, and read with no class allowed (an entry holds a
dictionary of names to bytes, the index a list of numbers and names, and nothing
else). A missing, damaged or unsigned entry only costs its texts written afresh; so
does an index another run wrote meanwhile, since a text is found by its name alone.
The entries are written by a thread beside the rendering, which `done` waits for: the
report may be rendered in a forked child, which must not end before its writes do.
"""

from __future__ import annotations

import zlib

from validator.read.files import Limits
from validator.speed.file_store import FileCache
from validator.speed.restricted import EntryCodec

from .drive_files import cache_salt

__all__ = ["kept_texts"]

# An entry holds one pickled dictionary of `str` to `bytes`, the index a list of
# (number, names) pairs, and nothing else.
_TEXTS = EntryCodec(())
# What the entries' names are made from besides the report and the entry's number (see
# `FileCache.key`).
_KIND = "report-pieces"
# A stretch ends after a name whose checksum this divides, or at `_MOST` texts: about
# 28 texts on average, and at most 3 MB of the JSON report's text of 100,000 claims
# (without a bound, one stretch of 350 texts held 16 MB).
_SPAN = 32
_MOST = 64


def _checksum(name: str) -> int:
    return zlib.crc32(name.encode("utf-8", "surrogatepass"))


def _is_texts(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(name, str) and isinstance(text, bytes) for name, text in value.items()
    )


def _is_index(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, tuple)
        and len(item) == 2
        and isinstance(item[0], int)
        and isinstance(item[1], tuple)
        and all(isinstance(name, str) for name in item[1])
        for item in value
    )


_Stretch = tuple[int, tuple[str, ...]]  # an entry's number, and the names of its texts


class _KeptTexts:
    """`report._json_runs.Kept` over signed entries of `store` for each report (`part`):
    an index, and the entries of stretches of texts it lists. Each stretch of the texts
    a run uses is written as soon as it ends, unless an entry holds exactly it already:
    a run that fills the cache never holds more than a stretch either."""

    def __init__(self, store: FileCache, report: str = "") -> None:
        self.store = store
        self.report = report
        self.listed: list[_Stretch] | None = None  # the index, once read
        self.where: dict[str, int] = {}  # name -> the entry that holds its text
        self.old: dict[tuple[str, ...], int] = {}  # a stretch's names -> its entry
        self.loaded: dict[int, dict[str, bytes]] = {}  # what is left of each entry read
        self.used: set[str] = set()  # the texts this run used
        self.stretch: dict[str, bytes] = {}  # the stretch being gathered
        self.index: list[_Stretch] = []  # this run's stretches, as written or found
        self.taken: set[int] = set()  # their entries
        self.numbers: set[int] = set()  # the entries of the index's stretches
        self.next = 0  # where to look for an entry to write a new stretch in

    def part(self, report: str) -> _KeptTexts:
        return _KeptTexts(self.store, report)

    def _key(self, what: str) -> str:
        return self.store.key(_KIND, self.report, what)

    def _index(self) -> list[_Stretch]:
        if self.listed is None:
            found = self.store.get(self._key("index"), _is_index)
            self.listed = found if isinstance(found, list) else []
            self.where = {name: number for number, names in self.listed for name in names}
            self.old = {names: number for number, names in self.listed}
            self.numbers = set(self.old.values())
        return self.listed

    def get(self, name: str) -> bytes | None:
        self._index()
        number = self.where.get(name)
        if number is None:
            return None
        texts = self.loaded.get(number)
        if texts is None:
            found = self.store.get(self._key(str(number)), _is_texts)
            texts = self.loaded[number] = found if isinstance(found, dict) else {}
        text = texts.pop(name, None)  # given out once: let go
        if text is not None:
            self._use(name, text)
        return text

    def put(self, name: str, text: bytes) -> None:
        self._index()
        self._use(name, text)

    def _use(self, name: str, text: bytes) -> None:
        if name in self.used:
            return
        self.used.add(name)
        self.stretch[name] = text
        if _checksum(name) % _SPAN == 0 or len(self.stretch) >= _MOST:
            self._close()

    def _close(self) -> None:
        """The stretch gathered ends: written, unless an entry holds exactly it."""
        if not self.stretch:
            return
        names = tuple(self.stretch)
        number = self.old.get(names)
        if number is None:
            # An entry no stretch of the index was in, nor this run's: never one the
            # run may still read.
            while self.next in self.taken or self.next in self.numbers:
                self.next += 1
            number = self.next
            self.store.put(self._key(str(number)), self.store.codec.dumps(self.stretch))
        self.taken.add(number)
        self.index.append((number, names))
        self.stretch = {}

    def done(self) -> None:
        self._close()
        if self.index != self._index():
            self.store.put(self._key("index"), self.store.codec.dumps(self.index))
        self.loaded.clear()
        self.store.flush()


def kept_texts(cache_dir: str | None, limits: Limits) -> _KeptTexts | None:
    """Where the reports keep their texts for a run caching in `cache_dir`; None when
    it caches nothing or the cache cannot be used."""
    if cache_dir is None:
        return None
    store = FileCache.open(cache_dir, cache_salt(limits), _TEXTS)
    return None if store is None else _KeptTexts(store)
