"""Work shared with forked children: every item done exactly once, in this process or
delivered from a child, whatever happens to the children."""

from __future__ import annotations

import os
import signal
import time

import pytest

from validator import forked
from validator.forked import can_fork, share_work

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


@needs_fork
def test_a_slow_item_does_not_hold_up_the_others() -> None:
    """Whoever is free takes the next item: while one process is busy with a slow item,
    the other does the rest."""

    def slow_first(number: int) -> None:
        if number == 0:
            time.sleep(0.5)
        tally.do_here(number)

    tally = Tally()
    # Small results: a child never waits for room in its pipe while this one sleeps.
    share_work(50, slow_first, lambda number: bytes(4), tally.deliver, 2)
    assert tally.done() == list(range(50))
    assert tally.here[0] == 0
    assert len(tally.delivered) >= 45


@needs_fork
def test_an_error_here_stops_the_children_and_is_raised() -> None:
    def here(number: int) -> None:
        if number == 1:
            raise RuntimeError("while checking item 1")

    with pytest.raises(RuntimeError, match="while checking item 1"):
        share_work(100, here, _work, lambda number, blob: None, 2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left behind


@needs_fork
def test_many_items_are_taken_in_runs() -> None:
    """More items than the task pipe holds one by one: they go out in runs of several."""
    tally = Tally()
    share_work(5001, tally.do_here, lambda number: number.to_bytes(4, "little"), tally.deliver, 3)
    assert tally.done() == list(range(5001))
    assert all(int.from_bytes(blob, "little") == n for n, blob in tally.delivered.items())
