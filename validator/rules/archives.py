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
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace

from validator.guard.archive_place import (
    MAX_ARCHIVE_BYTES,
    OUTSIDE_FIX,
    Unusable,
    archive_place,
    archive_stamp,
    read_stamp,
    refused_stamp,
    unusable_stamp,
)
from validator.guard.safe_read import Refusal, Refused, read_regular
from validator.model.typography import plain, shorten
from validator.parse.claim_file import ParsedFile

from .page_text import is_page, page_text
from .passage_index import PassageFinder
from .unspaced import closed_up

__all__ = [
    "Archived",
    "Archives",
    "SearchBudget",
    "Unusable",
    "archive_path",
    "archive_stamp",
    "normalise_passage",
]

# Characters of archives kept normalised at once; past it the oldest are read again
# when needed (a run naming many large archives would otherwise hold them all).
_MAX_KEPT_CHARS = 128 * 1024 * 1024
# All nearest-passage searches in one archive in one run, together.
ARCHIVE_BUDGET = 1 << 31


def normalise_passage(text: str) -> str:
    """Quotes, dashes, ellipses and white space do not tell an excerpt from its source
    (nor does a line break between two characters of a script written without spaces:
    `closed_up`)."""
    return closed_up(" ".join(plain(text).split()))


def archive_path(parsed: ParsedFile) -> str:
    """Where a claim file's `archive` is: relative to the claim file."""
    assert parsed.source is not None and parsed.source.archive is not None
    return os.path.normpath(os.path.join(os.path.dirname(parsed.path), parsed.source.archive))


class SearchBudget:
    """Character comparisons left; `spend` says whether `cost` more were affordable."""

    def __init__(self, limit: int) -> None:
        self.left = limit
        self.spent = 0

    def spend(self, cost: int) -> bool:
        if cost > self.left:
            self.left = 0
            return False
        self.left -= cost
        self.spent += cost
        return True


@dataclass(frozen=True, slots=True)
class Archived:
    """An archive read: its text (a page's without its markup) normalised
    (`normalise_passage`)."""

    text: str
    budget: SearchBudget  # what is left for nearest-passage searches in it this run
    stamp: str  # the bytes it was made from, as `archive_stamp` names them
    finder: PassageFinder  # whether an excerpt is in `text`, for many excerpts


_ORDINARY_FIX = "archive the source's text as an ordinary UTF-8 file of at most 16 MiB"
_PATH_FIX = "fix the path (relative to this file)"
_PAGE_FIX = "save the page's text as an ordinary UTF-8 file and name that"
# A path written as Windows writes it: read as one name on every other system.
_SLASH_FIX = "write the path with / between folders ('{slashed}'), which every system reads"


def _backslashed(written: str) -> bool:
    """A relative path with `\\` between its folders, as a Windows desk writes it."""
    return "\\" in written and ":" not in written


class Archives:
    """The archived texts one run uses, each read and normalised once; `root` is the
    project root, which no archive may lead out of."""

    def __init__(self, root: str, max_bytes: int = MAX_ARCHIVE_BYTES) -> None:
        self.root = root  # as given: `archive_place` compares paths with it and its real path
        self.max_bytes = max_bytes
        self._kept: dict[str, Archived | Unusable] = {}
        self._kept_chars = 0
        self._stamps: dict[str, str] = {}  # path -> the stamp of what `get` last gave
        self.reads = 0  # archives read and normalised: once each per run

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
        kept = self._kept.get(real)
        if kept is None:
            kept = self._load(real)
            if self._kept_chars > _MAX_KEPT_CHARS:
                self._kept.clear()
                self._kept_chars = 0
            self._kept[real] = kept
            if isinstance(kept, Archived):
                self._kept_chars += len(kept.text)
        self._stamps[path] = kept.stamp
        if isinstance(kept, Unusable) and kept.fix == _PATH_FIX and _backslashed(written):
            slashed = written.replace("\\", "/")
            return replace(kept, fix=_SLASH_FIX.format(slashed=shorten(slashed, 80)))
        return kept

    def stamp(self, path: str) -> str | None:
        """The stamp (as `archive_stamp` gives it) of what `get` last gave for the archive
        at `path`: of the very bytes its text was made from, or of the refusal; None when
        it was never asked for it, or refused it for what the claim file writes alone (an
        absolute path). Asked straight after a file is checked, it names what that
        file's excerpts were checked against, however the file changed meanwhile."""
        return self._stamps.get(path)

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
        normalised = normalise_passage(text)
        return Archived(normalised, SearchBudget(ARCHIVE_BUDGET), stamp, PassageFinder(normalised))
