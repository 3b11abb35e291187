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

from validator.guard.safe_read import Refusal, Refused, digest_regular, inside, read_regular
from validator.model.typography import plain, shorten
from validator.parse.claim_file import ParsedFile

from .page_text import is_page, page_text

__all__ = [
    "ARCHIVE_BUDGET",
    "Archived",
    "Archives",
    "SearchBudget",
    "Unusable",
    "archive_path",
    "archive_stamp",
    "inside_lexically",
    "normalise_passage",
]

_MAX_ARCHIVE_BYTES = 16 * 1024 * 1024
# Characters of archives kept normalised at once; past it the oldest are read again
# when needed (a run naming many large archives would otherwise hold them all).
_MAX_KEPT_CHARS = 128 * 1024 * 1024
# All nearest-passage searches in one archive in one run, together.
ARCHIVE_BUDGET = 1 << 31


def normalise_passage(text: str) -> str:
    """Quotes, dashes, ellipses and white space do not tell an excerpt from its source."""
    return " ".join(plain(text).split())


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


@dataclass(frozen=True, slots=True)
class Unusable:
    """An archive that may not or cannot be read, and what to do about it."""

    reason: str  # completes "archive 'x' cannot be used: it ..."
    fix: str
    # What the file was when it was refused, as `archive_stamp` names it; "" when the
    # refusal is by name alone (`_where` gives "unusable\0" and the reason).
    stamp: str = ""


_OUTSIDE_FIX = (
    "keep archived texts inside the project (the folder of the configuration file) "
    "and name them relative to this file"
)
_HIDDEN_FIX = "keep archived texts in the project's ordinary folders"
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

    def __init__(self, root: str, max_bytes: int = _MAX_ARCHIVE_BYTES) -> None:
        self.root = os.path.realpath(root)
        self.max_bytes = max_bytes
        self._kept: dict[str, Archived | Unusable] = {}
        self._kept_chars = 0
        self._stamps: dict[str, str] = {}  # path -> the stamp of what `get` last gave
        self.reads = 0  # archives read and normalised: once each per run

    def get(self, written: str, path: str) -> Archived | Unusable:
        """The archive a claim file names as `written`, found at `path`."""
        if "\x00" in written:  # no file has such a name; os.path would raise on it
            return Unusable("names no file (it holds a NUL character)", _OUTSIDE_FIX)
        if os.path.isabs(written):
            return Unusable("is an absolute path", _OUTSIDE_FIX)
        real = _where(path, self.root)
        if isinstance(real, Unusable):
            self._stamps[path] = _unusable_stamp(real)
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
            return Unusable(refused.reason, fix, _refused_stamp(real, refused))
        stamp = _read_stamp(real, hashlib.sha256(raw).hexdigest())
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return Unusable("is not UTF-8 text", _ORDINARY_FIX, stamp)
        if is_page(real, raw):
            page = page_text(raw)
            if page is None:
                return Unusable("is an HTML page that cannot be read", _PAGE_FIX, stamp)
            text = page
        return Archived(normalise_passage(text), SearchBudget(ARCHIVE_BUDGET), stamp)


def _where(path: str, root: str) -> str | Unusable:
    """The real path of the archive at `path` when it may be read: inside the project
    `root` (a real path) by name and through every link, and in no hidden folder."""
    if "\x00" in path:
        return Unusable("names no file (it holds a NUL character)", _OUTSIDE_FIX)
    if not inside_lexically(path, root):
        return Unusable("leads outside the project", _OUTSIDE_FIX)
    real = os.path.realpath(path)
    if not inside(real, root):
        return Unusable("is a symbolic link leading outside the project", _OUTSIDE_FIX)
    # .git/config holds the checkout's token, .env files secrets: never an archive. (The
    # project root itself, `archive: ..` from a claims folder, is "." here: a folder.)
    if real != root and any(p.startswith(".") for p in os.path.relpath(real, root).split(os.sep)):
        return Unusable("is in a hidden file or folder (such as .git or .env)", _HIDDEN_FIX)
    return real


def archive_stamp(path: str, root: str, max_bytes: int = _MAX_ARCHIVE_BYTES) -> str:
    """What the archive at `path` is to the excerpt rule, besides what the claim file writes:
    its real path and the sha256 of its bytes, read as `Archives` reads them (bounded,
    never a pipe or device, never outside the project `root` or in a hidden folder);
    or why it is not read. Two equal stamps mean the rule finds the same in it: a
    remembered result of the rule is used only while the stamp it was made with holds.
    """
    real = _where(path, os.path.realpath(root))
    if isinstance(real, Unusable):
        return _unusable_stamp(real)
    try:
        digest = digest_regular(real, max_bytes)
    except Refused as refused:
        return _refused_stamp(real, refused)
    return _read_stamp(real, digest)


# The three kinds of stamp, the same whether `archive_stamp` or `Archives` made them.
def _unusable_stamp(unusable: Unusable) -> str:
    return f"unusable\0{unusable.reason}"


def _refused_stamp(real: str, refused: Refused) -> str:
    return f"refused\0{real}\0{refused.kind.value}\0{refused.reason}"


def _read_stamp(real: str, digest: str) -> str:
    return f"read\0{real}\0{digest}"


def inside_lexically(path: str, root: str) -> bool:
    """Whether `path`, its `..` resolved by name alone (links left as they are), lies in
    `root`: an escape written into the claim file, told apart from one through a link."""
    absolute = os.path.abspath(path)
    for base in {os.path.abspath(root), os.path.realpath(root)}:
        if absolute == base or absolute.startswith(base.rstrip(os.sep) + os.sep):
            return True
    return False
