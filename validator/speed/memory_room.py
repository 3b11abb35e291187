"""How many processes the machine's memory leaves room for, once this one is large.

A forked child shares this process's pages until either writes to one, and reading a
Python object writes its reference count: a child rendering a report over a million
claims came to copy all of them. Measured on 1,000,000 claims (benchmarks/RESULTS.md):
the two processes writing the reports held 1,043 MiB of private pages each, 2.26 GB in
all, against 1.33 GB for the same run on one process. Where the memory available is
short of such a copy, the child could push the machine into swapping or get the run
killed, losing it: a run then takes fewer processes, and only costs time.

The memory available is the kernel's estimate (MemAvailable), or less where the run's
control group, or one it is in, has a limit (a container's, a CI job's): what its limit
leaves beside its usage. Nothing is known on a system without /proc (macOS, the BSDs);
the processes asked for are then taken as they are.
"""

from __future__ import annotations

import os
from collections.abc import Callable

__all__ = ["MEMINFO", "available_bytes", "group_room", "processes_with_room"]

MEMINFO = "/proc/meminfo"
_STATM = "/proc/self/statm"
_OWN_GROUPS = "/proc/self/cgroup"
CGROUP_ROOT = "/sys/fs/cgroup"
# The share of the memory available that copies of this process may come to: the rest
# stays for the page cache and whatever else runs (a CI job's other steps, an editor).
SHARE_OF_AVAILABLE = 0.5
_READ_BYTES = 1 << 16  # each file read is a few hundred bytes
_DEPTH = 32  # control groups looked at, from the run's own up towards the root
# (the file giving the limit, the file giving the usage) in the unified hierarchy and
# in the first one's memory controller.
_UNIFIED = ("memory.max", "memory.current")
_LEGACY = ("memory.limit_in_bytes", "memory.usage_in_bytes")

Reader = Callable[[str], "str | None"]


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


def _number(text: str | None) -> int | None:
    """A control group file's one number; None for `max`, unreadable or garbled."""
    value = (text or "").strip()
    return int(value) if value.isdigit() else None


def group_room(read: Reader | None = None) -> int | None:
    """The bytes the memory limits of the run's control groups leave beside their
    usage (the least of them, from its own group up); None when no group has a limit.
    A limit of the legacy hierarchy's "none" (2**63 rounded to a page) is no limit."""
    read = read or _read
    room: int | None = None
    for line in (read(_OWN_GROUPS) or "").splitlines():
        number, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if number == "0" and not controllers:
            folder, files = CGROUP_ROOT, _UNIFIED
        elif "memory" in controllers.split(","):
            folder, files = f"{CGROUP_ROOT}/memory", _LEGACY
        else:
            continue
        parts = [part for part in path.split("/") if part not in ("", ".", "..")]
        for depth in range(min(len(parts), _DEPTH), -1, -1):
            where = "/".join((folder, *parts[:depth]))
            limit = _number(read(f"{where}/{files[0]}"))
            usage = _number(read(f"{where}/{files[1]}"))
            if limit is None or usage is None or limit >= 1 << 62:
                continue
            left = max(0, limit - usage)
            room = left if room is None else min(room, left)
    return room


def _resident_bytes(statm: str | None) -> int | None:
    """This process's resident size from the text of /proc/self/statm (in pages)."""
    fields = (statm or "").split()
    if len(fields) < 2 or not fields[1].isdigit():
        return None
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def processes_with_room(processes: int, read: Reader | None = None) -> int:
    """`processes`, fewer when the memory available has no room for each child to copy
    all of this process as it is now (`SHARE_OF_AVAILABLE` of it): at least one, this
    process. `read` gives a file's text, None when it cannot be read (by default, read
    from the file system)."""
    if processes <= 1:
        return processes
    read = read or _read
    available = available_bytes(read(MEMINFO))
    limited = group_room(read)
    if limited is not None:
        available = limited if available is None else min(available, limited)
    resident = _resident_bytes(read(_STATM))
    if available is None or not resident:
        return processes
    children = int(available * SHARE_OF_AVAILABLE) // resident
    return max(1, min(processes, 1 + children))
