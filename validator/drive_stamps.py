"""The driver's stamps of the archives claim files name: what each file's checks read,
and whether a cached result still holds for an archive as it is now.

A result that read an archive holds only while the archive holds the bytes it read. So
the stamp kept with a file's checks is of those very bytes (the checker's `Archives`
read them, `rules.archives.Archives.stamp`), never of a second read that the archive
may have changed between; the archive as it is now is stamped once per process to
compare (`rules.archives.archive_stamp`). The run gathers the stamps its files' results
were made from (`note_read`), so that a remembered run holds only for those archives as
they were read.
"""

from __future__ import annotations

import os

from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile
from validator.per_file import CheckedFile, FileChecker
from validator.rules.archives import archive_path, archive_stamp

__all__ = ["CHANGED", "Stamps", "note_read"]

# What an archive read as two things in one run is stamped with (it changed while the
# run read it, between the processes or files that read it): nothing matches it, so
# nothing remembered of the run is used again.
CHANGED = "changed\0while the run read it"


class Stamps:
    """The stamps of the archives one run's files name, in one process; `checker` is the
    process's checker (whose archives the excerpt rule reads), `project` the root no
    archive may lead out of."""

    def __init__(self, checker: FileChecker, project: str) -> None:
        self.checker = checker
        self.project = project
        self._now: dict[str, str] = {}

    def now(self, path: str) -> str:
        """The archive at `path` as it is now, stamped once per process: what cached
        results are compared with; one that nothing will ever match when it cannot be
        stamped."""
        found = self._now.get(path)
        if found is None:
            try:
                found = archive_stamp(path, self.project)
            except (OSError, ValueError):
                found = f"unstamped\0{os.urandom(16).hex()}"
            self._now[path] = found
        return found

    def read_by(self, parsed: ParsedFile | None) -> str | None:
        """The stamp of the archive `parsed` names, asked straight after the checker
        checked it: of the bytes its excerpts were checked against. A file whose checks
        read no archive (no excerpt, or an absolute path) does not depend on it: the
        archive as it is now. None when it names no archive."""
        if parsed is None or parsed.source is None or not parsed.source.archive:
            return None
        path = archive_path(parsed)
        return self.checker.archives.stamp(path) or self.now(path)

    def holds(self, value: object, shown: str) -> bool:
        """Whether `value` (from a cache entry) is a stamped result of the file shown as
        `shown`, and the archive it was checked against (if any) still bears its stamp."""
        if not (isinstance(value, tuple) and len(value) == 2):
            return False
        mark, result = value
        if not (isinstance(result, tuple) and len(result) == 2):
            return False
        checked, found = result
        if not (isinstance(found, tuple) and all(isinstance(f, Finding) for f in found)):
            return False
        if checked is None or (isinstance(checked, CheckedFile) and checked.archive is None):
            return mark is None and (checked is None or checked.path == shown)
        if not (isinstance(checked, CheckedFile) and checked.path == shown):
            return False
        return (
            isinstance(mark, str)
            and isinstance(checked.archive, str)
            and self.now(checked.archive) == mark
        )


def note_read(read: dict[str, str], path: str, stamp: str) -> None:
    """Note in `read` (archive path -> the stamp of what the run's results read) that a
    file's results read the archive at `path` as `stamp`; one read as two things in one
    run is `CHANGED`."""
    read[path] = stamp if read.get(path, stamp) == stamp else CHANGED
