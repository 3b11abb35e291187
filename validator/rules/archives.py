"""The archived texts claim files name: found, refused or read, each once per run.

An archive is named by a claim file, which may come from a stranger, so it is used only
when it is an ordinary UTF-8 file inside the project root: not an absolute path, not a
path climbing out with `..`, not a link leading out (its real path must lie inside the
root), not in a hidden file or folder of the project (`.git/config` holds the checkout's
token), not a pipe or device, not over the size limit. A refused archive gives one E107
(`rules.excerpts`) that says why and is never quoted: what it holds is not the
project's to show. An archive that is an HTML page is compared as its text, without its
markup (`rules.page_text`).

Each archive is read and normalised once per run (per process that checks files), not
once per claim file naming it: `Archives` keeps them, each with the stamp of the very
bytes it was made from (`Archives.stamp`), so that a result cached with that stamp is
one of those bytes even when the file changed while the run read it. `archive_stamp`
stamps an archive as it is now, the same way, for comparing a cached result with it.

What is kept is bounded (`_MAX_KEPT_BYTES`): the texts and the word indexes built for
them (`passage_index`) together. Past the bound the least recently used archive is
dropped with its index, and read again if named again; its budgets of work
(`SearchBudget`) are kept, so a run gives the same findings under any bound, only slower
(but where the budget for looking excerpts up runs out: a look through an index costs
less of it than the linear search that replaces an index not built).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import partial

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
from validator.guard.safe_read import Refusal, Refused, read_regular
from validator.model.typography import plain, plain_length_over, shorten
from validator.parse.claim_file import ParsedFile

from .page_text import is_page, page_text
from .passage_index import SEARCHES_BEFORE_INDEX, PassageFinder
from .unspaced import closed_up

__all__ = [
    "ARCHIVE_BUDGET",
    "LOOKUP_SEARCHES",
    "NEAREST_BUDGET",
    "SHORT",
    "Archived",
    "Archives",
    "SearchBudget",
    "Unusable",
    "archive_path",
    "archive_stamp",
    "normalise_passage",
    "text_bytes",
]

# Memory the archives kept at once are counted as taking: their normalised texts
# (`text_bytes`) and their word indexes (`passage_index.index_cost`). Past it the least
# recently used are dropped and read again when needed; an index that would pass it
# beside its own text alone is never built. The indexes were not counted: 40 files each
# naming its own 15 MB archive with 300 excerpts took 712 MB.
_MAX_KEPT_BYTES = 128 * 1024 * 1024
# Characters CPython stores in two bytes or more, and in four.
_PAST_LATIN1 = re.compile("[\u0100-\U0010ffff]")
_PAST_BMP = re.compile("[\U00010000-\U0010ffff]")
# The nearest passage to one excerpt: at most this many characters compared (each
# substring search of the archive counted as the archive's length). About a tenth of
# a second of `str.find`; the old unbounded search took 95 s for a 2,000-character
# excerpt against a 1 MiB archive.
NEAREST_BUDGET = 1 << 27
# All nearest-passage searches in one archive in one run, together: at most this, and
# at most `_NEAREST_PER_CHARACTER` for each of the archive's characters, but never less
# than one search's. A budget of 2**31 for any archive let a pull request of ten 60 KB
# archives, each named by 17 excerpts unlike it, take a minute of work (5 s an archive,
# about 60 s a megabyte of input); now the work grows with what the archives hold,
# about 10 s a megabyte at most. Only a search that finds no passage spends much.
ARCHIVE_BUDGET = 1 << 31
_NEAREST_PER_CHARACTER = 1 << 12


def _nearest_budget(length: int) -> int:
    """Characters all nearest-passage searches in an archive of `length` may compare in
    one run."""
    return min(ARCHIVE_BUDGET, max(NEAREST_BUDGET, _NEAREST_PER_CHARACTER * (length + 1)))


# Before the stamp of an archive whose budgets of work ran short in this run: no stamp
# of an archive as it is begins so (see `Archives.stamp`).
SHORT = "short of work\0"
# All look-ups of excerpts in one archive in one run, together, in linear searches of
# it: the searches made before its words are indexed, and as many again for the look-ups
# the index cannot answer or through it (each costs at most one search). So the work is
# bounded by the archive's length, however many excerpts name it: 100,000 excerpts of one
# word against a 15 MB archive searched it 100,000 times. A short archive may still be
# searched as long as one nearest-passage search may take.
LOOKUP_SEARCHES = 2 * SEARCHES_BEFORE_INDEX
_LOOKUP_FLOOR = 1 << 27


def _lookup_budget(length: int) -> int:
    """Characters all look-ups of excerpts in an archive of `length` may cost in one run."""
    return max(_LOOKUP_FLOOR, LOOKUP_SEARCHES * (length + 1))


def normalise_passage(text: str) -> str:
    """Quotes, dashes, ellipses and white space do not tell an excerpt from its source
    (nor does a line break between two characters of a script written without spaces:
    `closed_up`)."""
    return closed_up(" ".join(plain(text).split()))


def text_bytes(text: str) -> int:
    """The bytes a text's characters take in memory: CPython stores each in 1, 2 or 4
    bytes, as its widest needs."""
    if text.isascii():
        return len(text)
    if _PAST_BMP.search(text):
        return 4 * len(text)
    return (2 if _PAST_LATIN1.search(text) else 1) * len(text)


def _spelt_out(length: int, limit: int) -> str:
    return (
        f"is {length:,} characters once its compatibility characters (ligatures and the "
        f"like) are written out as the letters they stand for, over the {limit:,} an "
        "archive may hold"
    )


def archive_path(parsed: ParsedFile) -> str:
    """Where a claim file's `archive` is: relative to the claim file."""
    assert parsed.source is not None and parsed.source.archive is not None
    return named_archive(parsed.path, parsed.source.archive)


class SearchBudget:
    """Character comparisons left; `spend` says whether `cost` more were affordable.
    `refused`: whether work was ever refused (or cut short) for want of it."""

    def __init__(self, limit: int) -> None:
        self.left = limit
        self.spent = 0
        self.refused = False

    def spend(self, cost: int) -> bool:
        if cost > self.left:
            self.left = 0
            self.refused = True
            return False
        self.left -= cost
        self.spent += cost
        return True

    def cut_short(self) -> None:
        """Note that a search it bounded stopped for want of it, though it paid."""
        self.refused = True


@dataclass(frozen=True, slots=True)
class Archived:
    """An archive read: its text (a page's without its markup) normalised
    (`normalise_passage`)."""

    text: str
    budget: SearchBudget  # left for nearest-passage searches in it this run, read again or not
    lookups: SearchBudget  # left for looking excerpts up in it this run, likewise
    stamp: str  # the bytes it was made from, as `archive_stamp` names them
    finder: PassageFinder  # whether an excerpt is in `text`, for many excerpts


_ORDINARY_FIX = "archive the source's text as an ordinary UTF-8 file of at most 16 MiB"
_PATH_FIX = "fix the path (relative to this file)"
_PAGE_FIX = "save the page's text as an ordinary UTF-8 file and name that"
# A path written as Windows writes it: read as one name on every other system.
_SLASH_FIX = "write the path with / between folders ('{slashed}'), which every system reads"


# A web address where a path belongs (`archive: https://...`): read as a path, it "does
# not exist", which sent the writer to check an address that works in a browser.
_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_ADDRESS_FIX = (
    "an archive is a file in the project, not a web address: save the page's text in a "
    "file beside this one and name that, and give the address as the source's url"
)


def _backslashed(written: str) -> bool:
    """A relative path with `\\` between its folders, as a Windows desk writes it."""
    return "\\" in written and ":" not in written


@dataclass(slots=True)
class _Cost:
    """The bytes one archive kept is counted as taking."""

    text: int
    index: int = 0


class Archives:
    """The archived texts one run uses, each read and normalised once while it is kept;
    `root` is the project root, which no archive may lead out of. `max_kept`: the bytes
    the archives kept, texts and indexes, may be counted as taking (`_MAX_KEPT_BYTES`)."""

    def __init__(
        self,
        root: str,
        max_bytes: int = MAX_ARCHIVE_BYTES,
        max_kept: int = _MAX_KEPT_BYTES,
        searches_before_index: int = SEARCHES_BEFORE_INDEX,
    ) -> None:
        self.root = root  # as given: `archive_place` compares paths with it and its real path
        self.max_bytes = max_bytes
        self.max_kept = max_kept
        self.kept_bytes = 0  # what the archives kept are counted as taking
        self._before_index = searches_before_index
        # Real path -> the archive, least recently used first; and what each text kept
        # and its index are counted as.
        self._kept: OrderedDict[str, Archived | Unusable] = OrderedDict()
        self._costs: dict[str, _Cost] = {}
        # Real path -> the archive's budgets of work (nearest passages, look-ups), which
        # outlive its text: an archive dropped and read again may not spend them twice.
        self._budgets: dict[str, tuple[SearchBudget, SearchBudget]] = {}
        self._stamps: dict[str, str] = {}  # path -> the stamp of what `get` last gave
        self._reals: dict[str, str] = {}  # path -> the real path `get` last found for it
        self.reads = 0  # archives read and normalised: once each per run unless dropped

    def get(self, written: str, path: str) -> Archived | Unusable:
        """The archive a claim file names as `written`, found at `path`."""
        if "\x00" in written:  # no file has such a name; os.path would raise on it
            return Unusable("names no file (it holds a NUL character)", OUTSIDE_FIX)
        if os.path.isabs(written):
            return Unusable("is an absolute path", OUTSIDE_FIX)
        real = archive_place(path, self.root)
        if isinstance(real, Unusable):
            self._stamps[path] = unusable_stamp(real)
            return real
        self._reals[path] = real
        kept = self._kept.get(real)
        if kept is None:
            kept = self._kept[real] = self._load(real)
            self._make_room(real, 0)
        else:
            self._kept.move_to_end(real)
        self._stamps[path] = kept.stamp
        if isinstance(kept, Unusable) and kept.fix == _PATH_FIX and _backslashed(written):
            slashed = written.replace("\\", "/")
            return replace(kept, fix=_SLASH_FIX.format(slashed=shorten(slashed, 80)))
        if isinstance(kept, Unusable) and kept.fix == _PATH_FIX and _ADDRESS.match(written):
            return replace(kept, fix=_ADDRESS_FIX)
        return kept

    def stamp(self, path: str) -> str | None:
        """The stamp (as `archive_stamp` gives it) of what `get` last gave for the archive
        at `path`: of the very bytes its text was made from, or of the refusal; None when
        it was never asked for it, or refused it for what the claim file writes alone (an
        absolute path). Asked straight after a file is checked, it names what that
        file's excerpts were checked against, however the file changed meanwhile.

        Once the run's budgets of work in the archive refused some (`SHORT`), what a
        file's checks found there depends on the other files checked before it in this
        process, not on the file and the archive alone: the stamp then matches no
        archive, so that no later run takes those findings from the cache."""
        stamp = self._stamps.get(path)
        budgets = self._budgets.get(self._reals.get(path, ""), ())
        if stamp is not None and any(budget.refused for budget in budgets):
            return SHORT + stamp
        return stamp

    def kept(self) -> list[str]:
        """The real paths of the archives kept, least recently used first."""
        return list(self._kept)

    def _make_room(self, keep: str, room: int) -> None:
        """Drops the least recently used archives but `keep` until `room` more bytes fit."""
        while self.kept_bytes + room > self.max_kept:
            oldest = next((real for real in self._kept if real != keep), None)
            if oldest is None:
                return
            del self._kept[oldest]
            cost = self._costs.pop(oldest, None)
            if cost is not None:
                self.kept_bytes -= cost.text + cost.index

    def _account(self, real: str, cost: _Cost, index: int) -> bool:
        """Whether the archive at `real` (kept, counted as `cost`) may have an index of
        `index` bytes: yes when the two fit the bound alone, and other archives are
        dropped to make room. Refused, or dropped meanwhile, no index is counted."""
        if self._costs.get(real) is not cost:
            return False  # dropped (and perhaps read again): this text is not kept
        self.kept_bytes -= cost.index
        cost.index = 0
        if cost.text + index > self.max_kept:
            return False
        self._make_room(real, index)
        cost.index = index
        self.kept_bytes += index
        return True

    def _load(self, real: str) -> Archived | Unusable:
        self.reads += 1
        try:
            raw = read_regular(real, self.max_bytes)
        except Refused as refused:
            fix = _ORDINARY_FIX
            if refused.kind in (Refusal.MISSING, Refusal.DANGLING, Refusal.DENIED):
                fix = _PATH_FIX
            return Unusable(refused.reason, fix, refused_stamp(real, refused))
        stamp = read_stamp(real, hashlib.sha256(raw).hexdigest())
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return Unusable("is not UTF-8 text", _ORDINARY_FIX, stamp)
        if is_page(real, raw):
            page = page_text(raw)
            if page is None:
                return Unusable("is an HTML page that cannot be read", _PAGE_FIX, stamp)
            text = page
        if (spelt := plain_length_over(text, self.max_bytes)) is not None:
            # A text of compatibility characters each written out as many (U+FDFA as 18)
            # made a 16 MiB archive 100 million characters, 2 GB and 14 s to normalise.
            return Unusable(_spelt_out(spelt, self.max_bytes), _ORDINARY_FIX, stamp)
        normalised = normalise_passage(text)
        cost = self._costs[real] = _Cost(text_bytes(normalised))
        self.kept_bytes += cost.text
        budget, lookups = self._budgets.setdefault(
            real,
            (
                SearchBudget(_nearest_budget(len(normalised))),
                SearchBudget(_lookup_budget(len(normalised))),
            ),
        )
        account = partial(self._account, real, cost)
        finder = PassageFinder(normalised, self._before_index, account, lookups.spend)
        return Archived(normalised, budget, lookups, stamp, finder)
