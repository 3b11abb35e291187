"""Stage 4d: excerpts against the source's archived text (E107)."""

from __future__ import annotations

import difflib
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


def _nearest(excerpt: str, archive: str) -> str:
    matcher = difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    block = matcher.find_longest_match(0, len(archive), 0, len(excerpt))
    start = max(0, block.a - block.b)
    passage = archive[start : start + len(excerpt) + 10].strip()
    return passage if len(passage) <= 160 else passage[:159] + "…"


def check_excerpts(parsed: ParsedFile) -> list[Finding]:
    source = parsed.source
    if source is None or source.archive is None:
        return []
    folder = os.path.dirname(parsed.path)
    archive_path = os.path.normpath(os.path.join(folder, source.archive))
    archive_loc = parsed.loaded.positions.of(("source", "archive"))
    with_excerpts = [e for e in parsed.claims if e.model is not None and e.model.excerpt]
    if not with_excerpts:
        return []
    try:
        with open(archive_path, "rb") as handle:
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
