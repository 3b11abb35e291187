"""Stage 4: excerpts against the source's archived text (E107).

An archive is named by a claim file, which may come from a stranger, so it is used only
when it is an ordinary UTF-8 file inside the project root: not an absolute path, not a
path climbing out with `..`, not a link leading out (its real path must lie inside the
root), not in a hidden file or folder of the project (`.git/config` holds the checkout's
token), not a pipe or device, not over the size limit. A refused archive gives one E107
that says why and is never quoted: what it holds is not the project's to show.

Each archive is read and normalised once per run (per process that checks files), not
once per claim file naming it: `Archives` keeps them.

The work is bounded. Finding an excerpt is one linear search of its archive. The nearest
passage (shown when an excerpt is not found) is searched for within a budget of
character comparisons per excerpt and per archive; past it, the finding says so
instead of naming a passage.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from validator.dataset.model import Dataset
from validator.guard.safe_read import Refusal, Refused, digest_regular, inside, read_regular
from validator.model.findings import Finding, Location, make_finding
from validator.model.typography import plain
from validator.parse.claim_file import ParsedFile

from .rule import FileRule, Setting

__all__ = [
    "RULE",
    "Archives",
    "SearchBudget",
    "archive_path",
    "archive_stamp",
    "check_excerpts",
    "longest_common",
    "normalise_passage",
]

_MAX_ARCHIVE_BYTES = 16 * 1024 * 1024
# Characters of archives kept normalised at once; past it the oldest are read again
# when needed (a run naming many large archives would otherwise hold them all).
_MAX_KEPT_CHARS = 128 * 1024 * 1024
# The nearest passage to one excerpt: at most this many characters compared (each
# substring search of the archive counted as the archive's length). About a tenth of
# a second of `str.find`; the old unbounded search took 95 s for a 2,000-character
# excerpt against a 1 MiB archive.
NEAREST_BUDGET = 1 << 27
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


def longest_common(
    archive: str, excerpt: str, budget: SearchBudget | None = None
) -> tuple[int, int, int] | None:
    """The longest stretch of `excerpt` found in `archive`: (where in the archive, where in
    the excerpt, its length), the earliest in the archive and then in the excerpt among
    the longest; (0, 0, 0) when they share no character; None when `budget` runs out.

    What `difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    .find_longest_match()` answers, but found with `str.find`: a stretch of length k
    occurs only if one of length k - 1 does, so a binary search on the length needs
    about log2(len(excerpt)) rounds of at most len(excerpt) substring searches, each
    linear in the archive, where difflib walks the archive character by character in
    Python. Each search is charged len(archive) to `budget`.
    """
    cost = len(archive) + 1
    afford = budget.spend if budget is not None else (lambda _: True)
    low, high = 0, len(excerpt)  # a stretch of `low` characters occurs; none longer than `high`
    while low < high:
        size = (low + high + 1) // 2
        found = False
        for j in range(len(excerpt) - size + 1):
            if not afford(cost):
                return None
            if excerpt[j : j + size] in archive:
                found = True
                break
        if found:
            low = size
        else:
            high = size - 1
    if low == 0:
        return (0, 0, 0)
    best = (len(archive), 0)
    for j in range(len(excerpt) - low + 1):
        if not afford(cost):
            return None
        # `find` gives a stretch's earliest place; a later j wins only by being earlier.
        i = archive.find(excerpt[j : j + low], 0, best[0] + low - 1)
        if 0 <= i < best[0]:
            best = (i, j)
    return (best[0], best[1], low)


def _nearest(excerpt: str, archive: str, budget: SearchBudget) -> str | None:
    found = longest_common(archive, excerpt, budget)
    if found is None:
        return None
    start_a, start_b, _ = found
    start = max(0, start_a - start_b)
    passage = archive[start : start + len(excerpt) + 10].strip()
    return passage if len(passage) <= 160 else passage[:159] + "…"


@dataclass(frozen=True, slots=True)
class _Text:
    text: str
    budget: SearchBudget  # what is left for nearest-passage searches in it this run


@dataclass(frozen=True, slots=True)
class _Unusable:
    reason: str  # completes "archive 'x' cannot be used: it ..."
    fix: str


_OUTSIDE_FIX = (
    "keep archived texts inside the project (the folder of the configuration file) "
    "and name them relative to this file"
)
_HIDDEN_FIX = "keep archived texts in the project's ordinary folders"
_ORDINARY_FIX = "archive the source's text as an ordinary UTF-8 file of at most 16 MiB"
_PATH_FIX = "fix the path (relative to this file)"


class Archives:
    """The archived texts one run uses, each read and normalised once; `root` is the
    project root, which no archive may lead out of."""

    def __init__(self, root: str, max_bytes: int = _MAX_ARCHIVE_BYTES) -> None:
        self.root = os.path.realpath(root)
        self.max_bytes = max_bytes
        self._kept: dict[str, _Text | _Unusable] = {}
        self._kept_chars = 0
        self.reads = 0  # archives read and normalised: once each per run

    def get(self, written: str, path: str) -> _Text | _Unusable:
        """The archive a claim file names as `written`, found at `path`."""
        if "\x00" in written:  # no file has such a name; os.path would raise on it
            return _Unusable("names no file (it holds a NUL character)", _OUTSIDE_FIX)
        if os.path.isabs(written):
            return _Unusable("is an absolute path", _OUTSIDE_FIX)
        real = _where(path, self.root)
        if isinstance(real, _Unusable):
            return real
        kept = self._kept.get(real)
        if kept is None:
            kept = self._load(real)
            if self._kept_chars > _MAX_KEPT_CHARS:
                self._kept.clear()
                self._kept_chars = 0
            self._kept[real] = kept
            if isinstance(kept, _Text):
                self._kept_chars += len(kept.text)
        return kept

    def _load(self, real: str) -> _Text | _Unusable:
        self.reads += 1
        try:
            raw = read_regular(real, self.max_bytes)
        except Refused as refused:
            if refused.kind in (Refusal.MISSING, Refusal.DANGLING, Refusal.DENIED):
                return _Unusable(refused.reason, _PATH_FIX)
            return _Unusable(refused.reason, _ORDINARY_FIX)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _Unusable("is not UTF-8 text", _ORDINARY_FIX)
        return _Text(normalise_passage(text), SearchBudget(ARCHIVE_BUDGET))


def _where(path: str, root: str) -> str | _Unusable:
    """The real path of the archive at `path` when it may be read: inside the project
    `root` (a real path) by name and through every link, and in no hidden folder."""
    if "\x00" in path:
        return _Unusable("names no file (it holds a NUL character)", _OUTSIDE_FIX)
    if not inside_lexically(path, root):
        return _Unusable("leads outside the project", _OUTSIDE_FIX)
    real = os.path.realpath(path)
    if not inside(real, root):
        return _Unusable("is a symbolic link leading outside the project", _OUTSIDE_FIX)
    # .git/config holds the checkout's token, .env files secrets: never an archive. (The
    # project root itself, `archive: ..` from a claims folder, is "." here: a folder.)
    if real != root and any(p.startswith(".") for p in os.path.relpath(real, root).split(os.sep)):
        return _Unusable("is in a hidden file or folder (such as .git or .env)", _HIDDEN_FIX)
    return real


def archive_stamp(path: str, root: str, max_bytes: int = _MAX_ARCHIVE_BYTES) -> str:
    """What the archive at `path` is to this rule, besides what the claim file writes:
    its real path and the sha256 of its bytes, read as `Archives` reads them (bounded,
    never a pipe or device, never outside the project `root` or in a hidden folder);
    or why it is not read. Two equal stamps mean the rule finds the same in it: a
    remembered result of the rule is used only while the stamp it was made with holds.
    """
    real = _where(path, os.path.realpath(root))
    if isinstance(real, _Unusable):
        return f"unusable\0{real.reason}"
    try:
        digest = digest_regular(real, max_bytes)
    except Refused as refused:
        return f"refused\0{real}\0{refused.kind.value}\0{refused.reason}"
    return f"read\0{real}\0{digest}"


def inside_lexically(path: str, root: str) -> bool:
    """Whether `path`, its `..` resolved by name alone (links left as they are), lies in
    `root`: an escape written into the claim file, told apart from one through a link."""
    absolute = os.path.abspath(path)
    for base in {os.path.abspath(root), os.path.realpath(root)}:
        if absolute == base or absolute.startswith(base.rstrip(os.sep) + os.sep):
            return True
    return False


def check_excerpts(parsed: ParsedFile, archives: Archives) -> list[Finding]:
    source = parsed.source
    if source is None or source.archive is None:
        return []
    with_excerpts = [e for e in parsed.claims if e.model is not None and e.model.excerpt]
    if not with_excerpts:
        return []
    archive = archives.get(source.archive, archive_path(parsed))
    if isinstance(archive, _Unusable):
        where = Location(parsed.path, *parsed.loaded.positions.of(("source", "archive")))
        return [
            make_finding(
                "E107",
                f"archive '{source.archive}' cannot be used: it {archive.reason}, so "
                f"excerpts cannot be checked; {archive.fix}",
                claims=tuple(e.full_id for e in with_excerpts),
                locations=(where,),
                key="archive",
            )
        ]
    findings = []
    for entry in with_excerpts:
        assert entry.model is not None and entry.model.excerpt is not None
        excerpt = normalise_passage(entry.model.excerpt)
        if excerpt in archive.text:  # one linear search of the archive
            continue
        budget = SearchBudget(min(NEAREST_BUDGET, archive.budget.left))
        nearest = _nearest(excerpt, archive.text, budget)
        archive.budget.spend(budget.spent)
        if nearest is None:
            hint = (
                "the archive is too long to look for the nearest passage of this excerpt "
                "within factlint's bound on work"
            )
        else:
            hint = f'the nearest passage is "{nearest}"'
        findings.append(
            make_finding(
                "E107",
                f"excerpt not found in the archived text {source.archive}; {hint}; "
                "copy the source's words exactly",
                claims=(entry.full_id,),
                locations=(entry.position(parsed.loaded, "excerpt"),),
                key="excerpt",
            )
        )
    return findings


def _start(dataset: Dataset, setting: Setting) -> Callable[[ParsedFile], list[Finding]]:
    archives = Archives(setting.root)  # each archive read once per run and process

    def check(parsed: ParsedFile) -> list[Finding]:
        return check_excerpts(parsed, archives)

    return check


RULE = FileRule(name="excerpts", codes=frozenset({"E107"}), start=_start)
"""Every file's excerpts, against its source's archived text."""
