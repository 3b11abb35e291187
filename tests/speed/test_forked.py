"""Work shared with forked children: every item done exactly once, in this process or
delivered from a child, whatever happens to the children; and work set aside for one
child, delivered in full or not at all."""

from __future__ import annotations

import os
import select
import signal

import pytest

from validator.speed import forked
from validator.speed.forked import (
    Aside,
    LoadReadings,
    can_fork,
    idle_cores,
    note_load,
    processes_for,
    runnable_others,
    share_runs,
    share_work,
)

needs_fork = pytest.mark.skipif(not can_fork(), reason="this platform cannot fork")


class Tally:
    """What `share_work` did with each item."""

    def __init__(self) -> None:
        self.here: list[int] = []
        self.delivered: dict[int, bytes] = {}
        self.parent = os.getpid()

    def do_here(self, number: int) -> None:
        assert os.getpid() == self.parent
        self.here.append(number)

    def deliver(self, number: int, blob: bytes) -> None:
        assert os.getpid() == self.parent
        assert number not in self.delivered
        self.delivered[number] = blob

    def done(self) -> list[int]:
        return sorted([*self.here, *self.delivered])


def _payload(number: int) -> bytes:
    """Results of many sizes, some far larger than a pipe holds, one empty."""
    return f"item {number};".encode() * (number % 7 * 30000)


def _work(number: int) -> bytes:
    return os.getpid().to_bytes(4, "little") + _payload(number)


@needs_fork
@pytest.mark.parametrize("processes", [2, 3, 5])
@pytest.mark.parametrize("count", [2, 3, 10, 101])
def test_every_item_is_done_once(processes: int, count: int) -> None:
    tally = Tally()
    share_work(count, tally.do_here, _work, tally.deliver, processes)
    assert tally.done() == list(range(count))
    assert tally.here == sorted(tally.here)  # taken in order
    for number, blob in tally.delivered.items():  # made elsewhere, delivered in full
        assert int.from_bytes(blob[:4], "little") != tally.parent
        assert blob[4:] == _payload(number)


@pytest.mark.parametrize("count", [0, 1, 5])
def test_one_process_does_everything_here(count: int) -> None:
    tally = Tally()
    share_work(count, tally.do_here, _work, tally.deliver, 1)
    assert tally.here == list(range(count))
    assert tally.delivered == {}


def test_without_fork_everything_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    tally = Tally()
    share_work(10, tally.do_here, _work, tally.deliver, 4)
    assert tally.here == list(range(10))


@needs_fork
def test_what_a_failing_child_did_not_deliver_is_done_here() -> None:
    def work(number: int) -> bytes:
        raise ValueError("broken item")

    tally = Tally()
    share_work(10, tally.do_here, work, tally.deliver, 2)
    assert tally.done() == list(range(10))
    assert tally.delivered == {}  # the child failed on the first item it took


@needs_fork
def test_a_killed_child_costs_only_time() -> None:
    def work(number: int) -> bytes:
        if len(seen) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        seen.append(number)
        return b"ok"

    seen: list[int] = []  # in the child: what it took
    tally = Tally()
    share_work(200, tally.do_here, work, tally.deliver, 2)
    assert tally.done() == list(range(200))
    assert len(tally.delivered) <= 2


# How long a test waits for a child's signal before it calls the run hung. It is never
# reached when the code works: the tests synchronise on the signals themselves, and this
# only turns a regression into a failure instead of a hang.
_HUNG = 120.0


def _wait_for_bytes(fd: int, count: int) -> bytes:
    """`count` bytes from the pipe `fd`, however they arrive."""
    got = b""
    while len(got) < count:
        ready, _, _ = select.select([fd], [], [], _HUNG)
        assert ready, "no signal from the child: the run is hung"
        chunk = os.read(fd, count - len(got))
        assert chunk, "the child closed its end before signalling"
        got += chunk
    return got


@needs_fork
def test_a_slow_item_does_not_hold_up_the_others() -> None:
    """Whoever is free takes the next item: while this process is busy with an item, the
    child does all the others. The first item taken here does not finish until the child
    has signalled each of the other 49, so the run completes only if the child went on
    taking items meanwhile."""
    signal_read, signal_write = os.pipe()
    count = 50

    def work(number: int) -> bytes:  # in the child
        os.write(signal_write, b"!")
        return bytes(4)

    def here(number: int) -> None:
        if not tally.here:  # the first item taken here: busy until the child did the rest
            _wait_for_bytes(signal_read, count - 1)
        tally.do_here(number)

    tally = Tally()
    try:
        share_work(count, here, work, tally.deliver, 2)
    finally:
        os.close(signal_read)
        os.close(signal_write)
    assert tally.done() == list(range(count))
    # The child may even have taken every item before this process took one.
    assert len(tally.here) <= 1
    assert len(tally.delivered) == count - len(tally.here)


@needs_fork
def test_an_error_here_stops_the_children_and_is_raised() -> None:
    """The child is busy (blocked on a pipe nobody writes) when this process fails: the
    error is raised here, and the child is stopped and reaped, not left behind."""
    started_read, started_write = os.pipe()
    never_read, never_write = os.pipe()

    def work(number: int) -> bytes:  # in the child: say so, then block for good
        os.write(started_write, b"!")
        os.read(never_read, 1)
        return b""

    def here(number: int) -> None:
        _wait_for_bytes(started_read, 1)  # the child is running and holds an item
        raise RuntimeError(f"while checking item {number}")

    try:
        with pytest.raises(RuntimeError, match="while checking item"):
            share_work(100, here, work, lambda number, blob: None, 2)
    finally:
        for fd in (started_read, started_write, never_read, never_write):
            os.close(fd)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left behind


@needs_fork
def test_many_items_are_taken_in_runs() -> None:
    """More items than the task pipe holds one by one: they go out in runs of several."""
    tally = Tally()
    share_work(5001, tally.do_here, lambda number: number.to_bytes(4, "little"), tally.deliver, 3)
    assert tally.done() == list(range(5001))
    assert all(int.from_bytes(blob, "little") == n for n, blob in tally.delivered.items())


class RunTally:
    """What `share_runs` did with each run."""

    def __init__(self) -> None:
        self.here: list[tuple[int, int]] = []
        self.delivered: dict[tuple[int, int], bytes] = {}
        self.parent = os.getpid()

    def do_here(self, first: int, end: int) -> None:
        assert os.getpid() == self.parent
        self.here.append((first, end))

    def deliver(self, first: int, end: int, blob: bytes) -> None:
        assert os.getpid() == self.parent
        assert (first, end) not in self.delivered
        self.delivered[(first, end)] = blob

    def items(self) -> list[int]:
        """Every item done, as often as it was done."""
        runs = [*self.here, *self.delivered]
        return sorted(n for first, end in runs for n in range(first, end))


def _run_work(first: int, end: int) -> bytes:
    return os.getpid().to_bytes(4, "little") + b"".join(_payload(n) for n in range(first, end))


@needs_fork
@pytest.mark.parametrize("processes", [2, 3])
@pytest.mark.parametrize(("count", "runs", "size"), [(1000, 64, 16), (10, 512, 1), (7, 2, 4)])
def test_runs_are_handed_out_whole_and_every_item_done_once(
    processes: int, count: int, runs: int, size: int
) -> None:
    """At most `runs` runs of consecutive items, each of `size` (the last of what is
    left): each run done here or worked elsewhere and delivered whole, never both."""
    tally = RunTally()
    share_runs(count, tally.do_here, _run_work, tally.deliver, processes, runs)
    assert tally.items() == list(range(count))
    expected = [(first, min(first + size, count)) for first in range(0, count, size)]
    assert sorted([*tally.here, *tally.delivered]) == expected
    assert tally.here == sorted(tally.here)  # taken in order
    for (first, end), blob in tally.delivered.items():
        assert int.from_bytes(blob[:4], "little") != tally.parent
        assert blob[4:] == b"".join(_payload(n) for n in range(first, end))


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize("count", [0, 1])
def test_without_anyone_to_share_with_everything_is_one_run_here(
    processes: int, count: int
) -> None:
    tally = RunTally()
    share_runs(count, tally.do_here, _run_work, tally.deliver, processes, 4)
    assert tally.here == ([(0, count)] if count else [])
    assert tally.delivered == {}


@needs_fork
def test_a_run_a_failing_child_did_not_deliver_is_done_here() -> None:
    """The child delivers its first run, then fails on its second: that run, and every
    run it never took, are done here; no item is lost or done twice."""

    def work(first: int, end: int) -> bytes:  # in the child
        taken.append(first)
        if len(taken) == 2:
            raise ValueError("broken run")
        return b"ok"

    taken: list[int] = []
    tally = RunTally()
    share_runs(100, tally.do_here, work, tally.deliver, 2, 20)
    assert tally.items() == list(range(100))
    assert len(tally.delivered) <= 1
    assert all(blob == b"ok" for blob in tally.delivered.values())


@needs_fork
def test_items_of_a_run_are_delivered_one_by_one_with_their_results() -> None:
    """`share_work` over more items than runs: a run's results travel together, and
    each item is delivered with its own, empty ones too. The first item taken here
    waits until the child has worked one, so that the child's results are delivered
    however the two processes are scheduled (on a busy machine this process could
    otherwise take every run before the child took one)."""
    tally = Tally()
    count = 3 * forked.MAX_RUNS + 1  # runs of 4 items
    signal_read, signal_write = os.pipe()

    def result(number: int) -> bytes:
        return b"" if number % 5 == 0 else number.to_bytes(4, "little") * (number % 3 + 1)

    def work(number: int) -> bytes:  # in the child
        os.write(signal_write, b"w")  # a byte an item: far less than the pipe holds
        return result(number)

    def here(number: int) -> None:
        if not tally.here:
            _wait_for_bytes(signal_read, 1)
        tally.do_here(number)

    try:
        share_work(count, here, work, tally.deliver, 2)
    finally:
        os.close(signal_read)
        os.close(signal_write)
    assert tally.done() == list(range(count))
    assert tally.delivered
    for number, blob in tally.delivered.items():
        assert blob == result(number)


@pytest.mark.parametrize(
    ("cores", "load", "expected"),
    [
        (2, None, 2),  # no load average on this system: every core
        (2, 0.0, 2),
        (2, 0.99, 2),  # one core and a bit idle: rounded up
        (2, 1.0, 1),
        (2, 7.5, 1),  # a loaded machine: one process, never none
        (8, 3.2, 5),
        (8, 0.0, 8),
    ],
)
def test_the_default_is_one_process_per_idle_core(
    cores: int, load: float | None, expected: int
) -> None:
    assert idle_cores(cores, load) == expected


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (b"0.52 0.85 1.87 1/83 19053\n", 0.0),  # only the one asking: a quiet machine
        (b"1.95 1.20 0.80 3/120 4242\n", 2.0),  # two others running now
        (b"1.95 1.20 0.80 0/120 4242\n", 0.0),
        (b"", None),
        (b"0.52 0.85 1.87\n", None),
        (b"0.52 0.85 1.87 x/83 1\n", None),
        (b"0.52 0.85 1.87 183 1\n", None),
        (b"0.52 0.85 1.87 -1/83 1\n", None),
    ],
)
def test_the_load_is_what_runs_now_besides_the_one_asking(
    text: bytes, others: float | None
) -> None:
    assert runnable_others(text) == others


def test_jobs_given_are_taken_as_they_are() -> None:
    assert processes_for(3) == 3


def test_the_fewest_recent_reading_counts() -> None:
    readings = LoadReadings()
    assert readings.take(None, 0.0) is None  # nothing read yet
    assert readings.take(2.0, 1.0) == 2.0
    assert readings.take(0.0, 1.2) == 0.0  # a burst at the first reading: gone here
    assert readings.take(3.0, 1.4) == 0.0
    assert readings.take(None, 1.5) == 0.0  # an unreadable moment keeps what was read
    # Thirty seconds on, the quiet reading is too old to speak for the machine now.
    assert readings.take(1.0, 1.2 + LoadReadings.WINDOW + 0.1) == 1.0
    assert readings.take(None, 1000.0) is None


def test_readings_are_bounded_however_often_a_caller_asks() -> None:
    readings = LoadReadings()
    readings.take(0.0, 0.0)
    for step in range(1, 9):  # eight readings more, at the same moment
        assert readings.take(5.0, 0.0) == (0.0 if step < 8 else 5.0)


def test_the_default_weighs_the_reading_taken_as_the_command_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = iter([1.0, 0.0, 1.0])  # tasks runnable besides this process, reading by reading
    monkeypatch.setattr(forked, "_READINGS", LoadReadings())
    monkeypatch.setattr(forked, "_runnable_now", lambda: next(now))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    note_load()  # a burst as the command starts: one other task
    assert processes_for(0) == 2  # none a moment later: both cores
    assert processes_for(0) == 2  # the other is back, but one reading found none


@needs_fork
@pytest.mark.parametrize("number", [0, 1, 6])  # an empty result, a small one, many pipes full
def test_work_set_aside_is_done_in_a_child_and_delivered_in_full(number: int) -> None:
    aside = Aside.start(lambda: _work(number))
    blob = aside.take()
    assert blob is not None
    assert int.from_bytes(blob[:4], "little") != os.getpid()
    assert blob[4:] == _payload(number)
    assert aside.take() is None  # taken once
    aside.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # the child is reaped


def test_without_fork_nothing_is_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    done: list[int] = []
    aside = Aside.start(lambda: bytes(done.append(1) or 0))
    assert aside.take() is None
    assert done == []  # the caller does the work itself


@needs_fork
def test_a_fork_refused_sets_nothing_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    assert Aside.start(lambda: b"never").take() is None


@needs_fork
def test_work_set_aside_that_fails_gives_nothing() -> None:
    def work() -> bytes:
        raise ValueError("broken")

    aside = Aside.start(work)
    assert aside.take() is None
    aside.close()


@needs_fork
def test_a_child_killed_while_sending_gives_nothing() -> None:
    """Killed once part of its result is in the pipe (which holds at most 1 MiB of the
    4 MiB): what arrived is not a result."""
    aside = Aside.start(lambda: b"x" * (4 << 20))
    child = aside._child
    assert child is not None
    ready, _, _ = select.select([child.fd], [], [], _HUNG)
    assert ready, "no result from the child: the run is hung"
    os.kill(child.pid, signal.SIGKILL)
    assert aside.take() is None
    aside.close()


@needs_fork
def test_work_set_aside_and_never_taken_is_stopped() -> None:
    """The child is busy (blocked on a pipe nobody writes) when this process gives up on
    it: it is stopped and reaped, not left behind."""
    started_read, started_write = os.pipe()
    never_read, never_write = os.pipe()

    def work() -> bytes:
        os.write(started_write, b"!")
        os.read(never_read, 1)
        return b""

    try:
        aside = Aside.start(work)
        _wait_for_bytes(started_read, 1)
        aside.close()
        assert aside.take() is None
    finally:
        for fd in (started_read, started_write, never_read, never_write):
            os.close(fd)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
