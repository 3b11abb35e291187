"""Work shared with forked processes, results streamed back through pipes.

Parsing claim files is CPU-bound Python: threads do not help, processes do. A process
pool (concurrent.futures) was tried first and gained little on two cores: its feeding
thread in this process needs the interpreter lock while this process parses files of
its own, so the worker waited for work about half the time. Here the children are
forked with everything already in memory; the items wait in a pipe, in runs of
consecutive items, and whoever is free (this process or a child) takes the next run. A
child writes each run's result to its own pipe as soon as it has it, and this process
reads whatever has arrived between runs of its own. A child that fails for any reason
simply stops; whatever it did not deliver is done here, so an error is raised here,
with its file named, exactly as without children.

A run is handed out, worked and sent back whole (`share_runs`): a hand-out, message and
pickle cost as much for a file of one claim as for one of a thousand.

A fork is cheap, but not free: every page either process then writes to (a reference
count is enough) is copied. Forking once the run holds the parsed claims made the
checks after loading slower, not faster, in both processes; so only the parsing (before
there is much to copy), the reports (where the gain outweighs it) and, through `Aside`,
a large part of the checks across files that needs nothing the rest builds are shared.
"""

from __future__ import annotations

import contextlib
import math
import os
import select
import signal
import struct
import sys
import time
from collections.abc import Callable, Iterator

from .memory_room import processes_with_room

__all__ = [
    "MAX_RUNS",
    "Aside",
    "LoadReadings",
    "can_fork",
    "idle_cores",
    "note_load",
    "processes_for",
    "runnable_others",
    "share_runs",
    "share_work",
]

_HEADER = struct.Struct("<III")  # the run's first item, one past its last, the result's length
_LENGTH = struct.Struct("<I")  # an item's result's length, within a run's (`share_work`)
_PIPE_BYTES = 1 << 20  # room for several results, so that a child rarely waits for us
_F_SETPIPE_SZ = 1031  # Linux's fcntl command; not exported by the fcntl module before 3.10
MAX_RUNS = 2048  # 16 KiB of runs: fits any pipe's buffer, so filling it never blocks


def can_fork() -> bool:
    """Forking is safe on Linux and the BSDs. macOS's system libraries may crash in a
    forked child, and Windows has no fork: there everything runs in this process."""
    return hasattr(os, "fork") and sys.platform != "darwin"


def processes_for(jobs: int) -> int:
    """`jobs` processes, or 0: one per idle core; fewer when memory has no room for the
    children's copies of this process as it is now (see `memory_room`)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return processes_with_room(jobs if jobs > 0 else idle_cores(cores or 1, _load()))


def idle_cores(cores: int, load: float | None) -> int:
    """The cores other work leaves free (`cores` less the load, see `_load`), rounded
    up; all of them when the load is unknown.

    Measured on a 2-core machine: quiet, two processes take 0.71 of the time of one
    (4.66 s against 6.56 s on 100,000 claims, benchmarks/RESULTS.md); loaded by other
    work (load average 6 to 10, six interleaved runs of each on 50,000 claims), they took
    as long as one (medians 19.3 s and 18.8 s, both ranging 11 to 24 s) and a fifth more
    CPU (4.8 s against 4.0 s), the cost of forking and pickling. A second process pays
    only when there is a core for it.
    """
    if load is None:
        return cores
    return max(1, min(cores, math.ceil(cores - load)))


class LoadReadings:
    """The other tasks runnable at several moments of a run, of which the fewest counts.

    One reading is one instant. Another build or test suite competing for a core all
    along is runnable at every reading; a burst is not: the kernel writing back the
    last run's reports (490 MB for 100,000 claims of a small vocabulary) was runnable
    when a re-run started, which then took one process, 1.6 times the wall time of
    two. Both mistakes cost, but not alike: one process too many on a busy machine
    cost a fifth more CPU and no wall time (`idle_cores`), one too few on a quiet one
    costs 0.6 of the run. So the fewest of the readings of the last `WINDOW` seconds
    counts: the command takes one as it starts and one before each stage it shares."""

    WINDOW = 30.0  # seconds: a long-lived caller (the Python API) must not keep a stale one

    def __init__(self) -> None:
        self._readings: list[tuple[float, float]] = []  # (monotonic seconds, tasks)

    def take(self, tasks: float | None, now: float) -> float | None:
        """Add a reading (None: none could be taken) made at `now`; the fewest tasks of
        the readings not older than `WINDOW`, or None if there is none."""
        recent = [r for r in self._readings if now - r[0] <= self.WINDOW]
        if tasks is not None:
            recent.append((now, tasks))
        self._readings = recent[-8:]  # bounded, however often a caller asks
        return min((tasks for _, tasks in self._readings), default=None)


_READINGS = LoadReadings()


def note_load() -> None:
    """Take a reading of the load now, for `processes_for` to weigh later (see
    `LoadReadings`): called as a command starts, a few tenths of a second before it
    first shares work."""
    _load()


def _load() -> float | None:
    """How many cores other work keeps busy: on Linux, the fewest tasks the kernel
    found runnable, less this process, at this instant and at the readings before it
    (`LoadReadings`); elsewhere the last minute's load average. The average lags by a
    minute: right after a run of its own on two processes, a re-run (a pre-commit hook,
    a benchmark's next run) read a load near 2 on a quiet 2-core machine and took one
    process, 1.6 times the wall time of two."""
    fewest = _READINGS.take(_runnable_now(), time.monotonic())
    if fewest is not None:
        return fewest
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def _runnable_now() -> float | None:
    """The tasks runnable at this instant besides this process (Linux), or None."""
    try:
        with open("/proc/loadavg", "rb") as handle:
            return runnable_others(handle.read(256))
    except OSError:
        return None


def runnable_others(loadavg: bytes) -> float | None:
    """From /proc/loadavg's text ("0.52 0.85 1.87 3/83 19053"): the tasks runnable now
    (the fourth field's first number), less the one asking; None if it is not that."""
    fields = loadavg.split()
    if len(fields) < 4:
        return None
    running, slash, _ = fields[3].partition(b"/")
    if not slash or not running.isdigit():
        return None
    return float(max(0, int(running) - 1))


class _Child:
    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd
        self.buffer = bytearray()
        self.open = True

    def read(self, block: bool) -> None:
        """Take in what has arrived; with `block`, wait until something does (or the
        child closes its end)."""
        os.set_blocking(self.fd, block)
        while self.open:
            try:
                chunk = os.read(self.fd, _PIPE_BYTES)
            except BlockingIOError:
                return
            if not chunk:
                self.open = False
                return
            self.buffer += chunk
            if block:
                return

    def results(self) -> list[tuple[int, int, bytes]]:
        """The complete results in the buffer (each run's first item, one past its
        last, and its result), removed from it."""
        found = []
        start = 0
        while len(self.buffer) - start >= _HEADER.size:
            first, last, length = _HEADER.unpack_from(self.buffer, start)
            end = start + _HEADER.size + length
            if len(self.buffer) < end:
                break
            found.append((first, last, bytes(self.buffer[start + _HEADER.size : end])))
            start = end
        del self.buffer[:start]
        return found

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)  # only if it is still running after an error
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _serve(fd: int, tasks: _Tasks, work: Callable[[int, int], bytes]) -> None:
    """In the child: take runs until none are left, writing each one's result to `fd`."""
    for first, end in tasks:
        blob = work(first, end)
        data = memoryview(_HEADER.pack(first, end, len(blob)) + blob)
        while data:
            data = data[os.write(fd, data) :]


class _Tasks:
    """The runs still to do, shared by this process and its children: a pipe filled
    with runs of consecutive items before the children are forked, and closed for
    writing. Whoever is free reads the next run; a read of one run is atomic (it is
    shorter than PIPE_BUF), so no run is taken twice, and the first items go first."""

    _RUN = struct.Struct("<II")  # first item, one past the last

    def __init__(self, count: int, runs: int) -> None:
        size = -(-count // max(1, min(runs, MAX_RUNS)))  # one item per run, unless many
        self.runs = [(first, min(first + size, count)) for first in range(0, count, size)]
        self.read_fd, write_fd = os.pipe()
        try:
            os.write(write_fd, b"".join(self._RUN.pack(*run) for run in self.runs))
        finally:
            os.close(write_fd)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        while True:
            run = os.read(self.read_fd, self._RUN.size)
            if len(run) < self._RUN.size:
                return  # none left
            yield self._RUN.unpack(run)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.read_fd)


def _fork(tasks: _Tasks, work: Callable[[int, int], bytes]) -> _Child:
    read_fd, write_fd = os.pipe()
    with contextlib.suppress(OSError):  # a bigger pipe is an optimisation, where allowed
        import fcntl

        fcntl.fcntl(write_fd, _F_SETPIPE_SZ, _PIPE_BYTES)
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers
        status = 0
        try:
            os.close(read_fd)
            _serve(write_fd, tasks, work)
            # Closed before exiting: the parent sees the end of the results at once,
            # not once the child's memory is given back (40 ms for 500 MB).
            os.close(write_fd)
        except BaseException:
            status = 1  # the parent does the rest itself, and reports any error
        finally:
            os._exit(status)
    os.close(write_fd)
    return _Child(pid, read_fd)


def share_runs(
    count: int,
    here: Callable[[int, int], None],
    work: Callable[[int, int], bytes],
    deliver: Callable[[int, int, bytes], None],
    processes: int,
    runs: int = MAX_RUNS,
) -> None:
    """Items 0..count-1 on `processes` processes, this one and `processes - 1` forked,
    in at most `runs` runs of consecutive items (`first` to `end - 1`), first runs first.

    Each process takes the next run when it is free, so a slow run or process does not
    hold the others up. This process calls `here(first, end)` for the runs it takes; a
    child calls `work(first, end) -> bytes`, and this process `deliver(first, end,
    result)` as each arrives, between runs of its own. Runs a child took but did not
    deliver (it failed or was killed) are then done with `here`. Without processes to
    share with: `here(0, count)`. Call it with no other threads running."""
    if processes < 2 or count < 2 or not can_fork():
        if count:
            here(0, count)
        return
    tasks = _Tasks(count, runs)
    children: list[_Child] = []
    done: set[int] = set()  # the first item of each run done
    try:
        for _ in range(min(processes, len(tasks.runs)) - 1):
            children.append(_fork(tasks, work))

        def take(child: _Child, block: bool) -> None:
            child.read(block)
            for first, end, blob in child.results():
                deliver(first, end, blob)
                done.add(first)

        for first, end in tasks:
            here(first, end)
            done.add(first)
            if select.select([c.fd for c in children if c.open], [], [], 0)[0]:
                for child in children:
                    take(child, block=False)
        for child in children:
            while child.open:  # each result as soon as it is complete
                take(child, block=True)
    finally:
        tasks.close()
        for child in children:
            child.close()
    for first, end in tasks.runs:
        if first not in done:
            here(first, end)


def share_work(
    count: int,
    here: Callable[[int], None],
    work: Callable[[int], bytes],
    deliver: Callable[[int, bytes], None],
    processes: int,
) -> None:
    """`share_runs` an item at a time: `here(n)` for the items this process takes,
    `work(n) -> bytes` in a child, `deliver(n, result)` here for each of those, as its
    run arrives (a run is one item unless there are more than `MAX_RUNS`)."""

    def here_run(first: int, end: int) -> None:
        for number in range(first, end):
            here(number)

    def work_run(first: int, end: int) -> bytes:
        pieces = [work(number) for number in range(first, end)]
        return b"".join(_LENGTH.pack(len(piece)) + piece for piece in pieces)

    def deliver_run(first: int, end: int, blob: bytes) -> None:
        start = 0
        for number in range(first, end):
            (length,) = _LENGTH.unpack_from(blob, start)
            start += _LENGTH.size
            deliver(number, blob[start : start + length])
            start += length

    share_runs(count, here_run, work_run, deliver_run, processes)


class Aside:
    """One piece of work done by a forked child while this process goes on with its own.

    `Aside.start(work)` forks a child that calls `work() -> bytes` once and sends the
    result back; `take()` waits for it. Whatever goes wrong on the way (no fork here,
    a fork or pipe refused, the child failing or killed) ends in `take()` giving None,
    and the caller then does the work itself: a child that fails costs only time.
    Start it with no other threads running, as `share_work`."""

    def __init__(self, child: _Child | None, tasks: _Tasks | None) -> None:
        self._child = child
        self._tasks = tasks

    @classmethod
    def start(cls, work: Callable[[], bytes]) -> Aside:
        if not can_fork():
            return cls(None, None)
        tasks = None
        try:
            tasks = _Tasks(1, 1)
            return cls(_fork(tasks, lambda first, end: work()), tasks)
        except OSError:  # no pipe or no process to be had: the work is done here
            if tasks is not None:
                tasks.close()
            return cls(None, None)

    def close(self) -> None:
        """Reap the child, stopping it first if its result was never taken (an error
        here cut the run short)."""
        child, self._child = self._child, None
        if self._tasks is not None:
            self._tasks.close()
        if child is not None:
            child.close()

    def take(self) -> bytes | None:
        """The child's result, once it has sent it all; None if there is none (then do
        the work here). Call it once, and `close` after: the child gives its memory
        back meanwhile."""
        child = self._child
        if child is None:
            return None
        try:
            while child.open:
                child.read(block=True)
        except BaseException:
            self.close()
            raise
        results = child.results()
        return results[0][2] if results else None
