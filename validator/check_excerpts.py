"""Stage 4d: excerpts against the source's archived text (E107)."""

from __future__ import annotations

import os

from .claim_files import ParsedFile
from .findings import Finding, Location, make_finding
from .typography import plain

__all__ = ["archive_path", "check_excerpts", "normalise_passage"]

_MAX_ARCHIVE_BYTES = 16 * 1024 * 1024


def normalise_passage(text: str) -> str:
    """Quotes, dashes, ellipses and white space do not tell an excerpt from its source."""
    return " ".join(plain(text).split())


def archive_path(parsed: ParsedFile) -> str:
    """Where a claim file's `archive` is: relative to the claim file."""
    assert parsed.source is not None and parsed.source.archive is not None
    return os.path.normpath(os.path.join(os.path.dirname(parsed.path), parsed.source.archive))


def longest_common(archive: str, excerpt: str) -> tuple[int, int, int]:
    """The longest stretch of `excerpt` found in `archive`: (where in the archive, where in
    the excerpt, its length), the earliest in the archive and then in the excerpt among
    the longest; (0, 0, 0) when they share no character.

    What `difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    .find_longest_match()` answers, but found with `str.find`: a stretch of length k
    occurs only if one of length k - 1 does, so a binary search on the length needs
    about log2(len(excerpt)) rounds of at most len(excerpt) substring searches, where
    difflib walks the archive character by character in Python.
    """
    low, high = 0, len(excerpt)  # a stretch of `low` characters occurs; none longer than `high`
    while low < high:
        size = (low + high + 1) // 2
        if any(excerpt[j : j + size] in archive for j in range(len(excerpt) - size + 1)):
            low = size
        else:
            high = size - 1
    if low == 0:
        return (0, 0, 0)
    best = (len(archive), 0)
    for j in range(len(excerpt) - low + 1):
        # `find` gives a stretch's earliest place; a later j wins only by being earlier.
        i = archive.find(excerpt[j : j + low], 0, best[0] + low - 1)
        if 0 <= i < best[0]:
            best = (i, j)
    return (best[0], best[1], low)


def _nearest(excerpt: str, archive: str) -> str:
    start_a, start_b, _ = longest_common(archive, excerpt)
    start = max(0, start_a - start_b)
    passage = archive[start : start + len(excerpt) + 10].strip()
    return passage if len(passage) <= 160 else passage[:159] + "…"


def check_excerpts(parsed: ParsedFile) -> list[Finding]:
    source = parsed.source
    if source is None or source.archive is None:
        return []
    path = archive_path(parsed)
    archive_loc = parsed.loaded.positions.of(("source", "archive"))
    with_excerpts = [e for e in parsed.claims if e.model is not None and e.model.excerpt]
    if not with_excerpts:
        return []
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_ARCHIVE_BYTES + 1)
        if len(raw) > _MAX_ARCHIVE_BYTES:
            raise ValueError("too large")
        archive = normalise_passage(raw.decode("utf-8-sig"))
    except (OSError, ValueError) as error:
        reason = (
            "it is not UTF-8 or too large" if isinstance(error, ValueError) else "it cannot be read"
        )
        return [
            make_finding(
                "E107",
                f"archive '{source.archive}' is named but {reason}, so excerpts cannot be "
                "checked; fix the path (relative to this file)",
                locations=(Location(parsed.path, *archive_loc),),
                key="archive",
            )
        ]
    findings = []
    for entry in with_excerpts:
        assert entry.model is not None and entry.model.excerpt is not None
        excerpt = normalise_passage(entry.model.excerpt)
        if excerpt in archive:
            continue
        findings.append(
            make_finding(
                "E107",
                f"excerpt not found in the archived text {source.archive}; the nearest passage is "
                f'"{_nearest(excerpt, archive)}"; copy the source\'s words exactly',
                claims=(entry.full_id,),
                locations=(entry.position(parsed.loaded, "excerpt"),),
                key="excerpt",
            )
        )
    return findings
