"""The claim files of one run, read within a bound on the bytes they hold together.

Every claim file is read before any is checked (the processes that check them are
forked with the bytes in hand, and a remembered run is keyed by them), so a folder of
many files, each under a file's limit, was held whole: a pull request can commit
hundreds of 31 MiB files that git stores in a few kilobytes each, and 24 of them took
844 MB. The bound, 256 MiB, is half as much again as a million claims of the
benchmark's shape (174 MB, which a run takes 1.2 GB to check). Past it a file is not
read, and its E101 says why and what to do: the files before it are checked as ever.
"""

from __future__ import annotations

import os

from validator.model.findings import Finding, Location, make_finding

from .files import STDIN, Limits, display_path, read_bytes
from .walk import UnfollowedLink

__all__ = ["HeldBytes", "file_size"]


class HeldBytes:
    """Reads the claim files of one run, holding at most `limits.max_claim_bytes`."""

    __slots__ = ("held", "limits")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.held = 0  # the bytes of the files read so far

    def read(self, path: str) -> bytes | Finding:
        """The file's bytes as `read_bytes` gives them, or an E101 where they would pass
        the bound: by its size before it is read, and by what was read (a file that
        grew meanwhile)."""
        size = file_size(path)
        if self.held + size > self.limits.max_claim_bytes:
            return self._refused(path, size)
        raw = read_bytes(path, self.limits)
        if isinstance(raw, bytes):
            if self.held + len(raw) > self.limits.max_claim_bytes:
                return self._refused(path, len(raw))
            self.held += len(raw)
        return raw

    def _refused(self, path: str, size: int) -> Finding:
        shown = display_path(path)
        message = (
            f"not read: the claim files read before it hold {self.held:,} bytes, and its "
            f"{size:,} more would pass the limit of {self.limits.max_claim_bytes:,} that one "
            "run reads; check the claim files in several runs, naming some of their "
            "folders in each"
        )
        return make_finding("E101", message, locations=(Location(shown, 1, 1),), key="not read")


def file_size(path: str) -> int:
    """The file's size as it stands; 0 for standard input, or when it cannot be had
    (reading it says why), and for a link not followed, whose target is not looked at."""
    if path == STDIN or isinstance(path, UnfollowedLink):
        return 0
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0
