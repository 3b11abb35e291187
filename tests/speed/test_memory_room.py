from __future__ import annotations

import os

import pytest

from validator.speed import forked, memory_room
from validator.speed.memory_room import available_bytes, processes_with_room

GIB = 1 << 30
PAGE = os.sysconf("SC_PAGE_SIZE")


def meminfo(available_kib: int) -> str:
    return (
        "MemTotal:       24000000 kB\n"
        "MemFree:         1000000 kB\n"
        f"MemAvailable:   {available_kib:>9} kB\n"
        "Buffers:           12345 kB\n"
    )


def statm(resident_bytes: int) -> str:
    pages = resident_bytes // PAGE
    return f"{pages * 2} {pages} 1000 200 0 {pages} 0\n"


def test_memory_available_is_read_in_bytes() -> None:
    assert available_bytes(meminfo(2_000_000)) == 2_000_000 * 1024


@pytest.mark.parametrize(
    "text",
    ["", "MemTotal: 100 kB\n", "MemAvailable: lots kB\n", "MemAvailable:\n", "\x00\xff"],
)
def test_memory_available_is_unknown_when_not_written_as_a_number(text: str) -> None:
    assert available_bytes(text) is None


def test_processes_asked_for_are_taken_while_each_child_could_copy_this_one() -> None:
    # 8 GiB available, half of it for copies of a 1 GiB process: room for four children.
    assert processes_with_room(2, meminfo(8 * GIB // 1024), statm(GIB)) == 2
    assert processes_with_room(5, meminfo(8 * GIB // 1024), statm(GIB)) == 5
    assert processes_with_room(8, meminfo(8 * GIB // 1024), statm(GIB)) == 5


def test_a_large_process_on_a_machine_short_of_memory_forks_no_child() -> None:
    # A run holding a million claims (1.3 GiB) with 2 GiB available: a child copying it
    # would take more than half of what is left.
    assert processes_with_room(2, meminfo(2 * GIB // 1024), statm(13 * GIB // 10)) == 1
    assert processes_with_room(4, meminfo(0), statm(GIB)) == 1


def test_one_process_asked_for_is_one() -> None:
    assert processes_with_room(1, meminfo(0), statm(GIB)) == 1


@pytest.mark.parametrize(
    ("info", "resident"),
    [("", statm(GIB)), (meminfo(1024), ""), (meminfo(1024), "0 0 0 0 0 0 0\n"), (None, "x y")],
)
def test_what_cannot_be_read_leaves_the_processes_as_asked(
    info: str | None, resident: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory_room, "_read", lambda path: None)  # no /proc here
    assert processes_with_room(3, info, resident) == 3


def test_the_command_takes_fewer_processes_when_memory_is_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = {memory_room.MEMINFO: meminfo(1024), memory_room.STATM: statm(GIB)}
    monkeypatch.setattr(memory_room, "_read", texts.get)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(forked, "_load", lambda: 0.0)
    assert forked.processes_for(2) == 1
    assert forked.processes_for(0) == 1
    texts[memory_room.MEMINFO] = meminfo(16 * GIB // 1024)
    assert forked.processes_for(2) == 2
    assert forked.processes_for(0) == 2


def test_this_process_and_this_machine_are_read_from_proc() -> None:
    if not os.path.exists(memory_room.MEMINFO):  # pragma: no cover - not Linux
        assert memory_room._read(memory_room.MEMINFO) is None
        return
    info, resident = memory_room._read(memory_room.MEMINFO), memory_room._read(memory_room.STATM)
    assert available_bytes(info) is not None
    assert resident is not None and int(resident.split()[1]) > 0
