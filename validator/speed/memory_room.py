"""How many processes the machine's memory leaves room for, once this one is large.

A forked child shares this process's pages until either writes to one, and reading a
Python object writes its reference count: a child rendering a report over a million
claims came to copy all of them. Measured on 1,000,000 claims (benchmarks/RESULTS.md):
the two processes writing the reports held 1,043 MiB of private pages each, 2.26 GB in
all, against 1.33 GB for the same run on one process. Where the memory available is
short of such a copy, the child could push the machine into swapping or get the run
killed, losing it: a run then takes fewer processes, and only costs time.

Nothing here is known on a system without /proc (macOS, the BSDs); the processes asked
for are then taken as they are.
"""

from __future__ import annotations

import os

__all__ = ["MEMINFO", "SHARE_OF_AVAILABLE", "STATM", "available_bytes", "processes_with_room"]

MEMINFO = "/proc/meminfo"
STATM = "/proc/self/statm"
# The share of the memory available that copies of this process may come to: the rest
# stays for the page cache and whatever else runs (a CI job's other steps, an editor).
SHARE_OF_AVAILABLE = 0.5
_READ_BYTES = 1 << 16  # either file is a few hundred bytes


def _read(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(_READ_BYTES).decode("ascii", "replace")
    except OSError:
        return None


def available_bytes(meminfo: str | None) -> int | None:
    """MemAvailable from the text of /proc/meminfo, in bytes; None when not there."""
    for line in (meminfo or "").splitlines():
        name, _, rest = line.partition(":")
        if name == "MemAvailable":
            fields = rest.split()
            if fields and fields[0].isdigit():
                return int(fields[0]) * 1024 if fields[1:] == ["kB"] else int(fields[0])
    return None


def _resident_bytes(statm: str | None) -> int | None:
    """This process's resident size from the text of /proc/self/statm (in pages)."""
    fields = (statm or "").split()
    if len(fields) < 2 or not fields[1].isdigit():
        return None
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def processes_with_room(
    processes: int, meminfo: str | None = None, statm: str | None = None
) -> int:
    """`processes`, fewer when the memory available has no room for each child to copy
    all of this process (`SHARE_OF_AVAILABLE` of it): at least one, this process.
    `meminfo` and `statm` are the texts of /proc's files, read here when not given."""
    if processes <= 1:
        return processes
    available = available_bytes(_read(MEMINFO) if meminfo is None else meminfo)
    resident = _resident_bytes(_read(STATM) if statm is None else statm)
    if available is None or not resident:
        return processes
    children = int(available * SHARE_OF_AVAILABLE) // resident
    return max(1, min(processes, 1 + children))
