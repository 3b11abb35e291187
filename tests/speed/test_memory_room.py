from __future__ import annotations

import os

import pytest

from validator.speed import forked, memory_room
from validator.speed.memory_room import available_bytes, group_room, processes_with_room

GIB = 1 << 30
MIB = 1 << 20
PAGE = os.sysconf("SC_PAGE_SIZE")
NO_LIMIT = "9223372036854771712\n"  # the legacy hierarchy's "none", a page short of 2**63


def meminfo(available: int) -> str:
    return (
        "MemTotal:       24000000 kB\n"
        "MemFree:         1000000 kB\n"
        f"MemAvailable:   {available // 1024:>9} kB\n"
        "Buffers:           12345 kB\n"
    )


def statm(resident: int) -> str:
    pages = resident // PAGE
    return f"{pages * 2} {pages} 1000 200 0 {pages} 0\n"


def machine(available: int, resident: int) -> dict[str, str]:
    """The files /proc shows, by path: no control group limits."""
    return {"/proc/meminfo": meminfo(available), "/proc/self/statm": statm(resident)}


def test_memory_available_is_read_in_bytes() -> None:
    assert available_bytes(meminfo(2 * GIB)) == 2 * GIB


@pytest.mark.parametrize(
    "text",
    ["", "MemTotal: 100 kB\n", "MemAvailable: lots kB\n", "MemAvailable:\n", "\x00\xff"],
)
def test_memory_available_is_unknown_when_not_written_as_a_number(text: str) -> None:
    assert available_bytes(text) is None


def test_processes_asked_for_are_taken_while_each_child_could_copy_this_one() -> None:
    # 8 GiB available, half of it for copies of a 1 GiB process: room for four children.
    files = machine(8 * GIB, GIB)
    assert [processes_with_room(n, files.get) for n in (2, 5, 8)] == [2, 5, 5]


def test_a_large_process_on_a_machine_short_of_memory_forks_no_child() -> None:
    # A run holding a million claims (1.3 GiB) with 2 GiB available: a child copying it
    # would take more than half of what is left.
    assert processes_with_room(2, machine(2 * GIB, 1300 * MIB).get) == 1
    assert processes_with_room(4, machine(0, GIB).get) == 1


def test_one_process_asked_for_is_one() -> None:
    assert processes_with_room(1, machine(0, GIB).get) == 1


@pytest.mark.parametrize(
    "missing",
    [{"/proc/meminfo"}, {"/proc/self/statm"}, {"/proc/meminfo", "/proc/self/statm"}],
)
def test_what_cannot_be_read_leaves_the_processes_as_asked(missing: set[str]) -> None:
    files = {k: v for k, v in machine(0, GIB).items() if k not in missing}
    assert processes_with_room(3, files.get) == 3


def test_a_process_with_nothing_resident_is_left_as_asked() -> None:
    files = machine(0, GIB)
    files["/proc/self/statm"] = "0 0 0 0 0 0 0\n"
    assert processes_with_room(3, files.get) == 3


def unified(path: str, limits: dict[str, tuple[str, str]]) -> dict[str, str]:
    """A unified hierarchy (cgroup v2): the run in `path`, each group's (max, current)."""
    files = {"/proc/self/cgroup": f"0::{path}\n"}
    for group, (limit, usage) in limits.items():
        files[f"/sys/fs/cgroup{group}/memory.max"] = limit + "\n"
        files[f"/sys/fs/cgroup{group}/memory.current"] = usage + "\n"
    return files


def test_a_container_limit_is_the_memory_available() -> None:
    # The host has 20 GiB available; the job's group may use 3 GiB and uses 2.2 GiB.
    files = machine(20 * GIB, GIB)
    files.update(unified("/ci/job", {"/ci/job": (str(3 * GIB), str(2200 * MIB))}))
    assert group_room(files.get) == 3 * GIB - 2200 * MIB
    assert processes_with_room(2, files.get) == 1
    files["/sys/fs/cgroup/ci/job/memory.max"] = f"{8 * GIB}\n"
    assert processes_with_room(2, files.get) == 2


def test_the_tightest_limit_of_the_groups_above_counts() -> None:
    files = unified(
        "/ci/job/step",
        {
            "/ci/job/step": ("max", str(GIB)),  # no limit of its own
            "/ci/job": (str(4 * GIB), str(2 * GIB)),
            "/ci": (str(64 * GIB), str(3 * GIB)),
        },
    )
    assert group_room(files.get) == 2 * GIB


def test_a_group_over_its_limit_leaves_no_room() -> None:
    files = unified("/job", {"/job": (str(GIB), str(GIB + 4096))})
    assert group_room(files.get) == 0


def test_the_legacy_hierarchy_is_read_from_its_memory_controller() -> None:
    files = {
        "/proc/self/cgroup": "9:name=systemd:/\n4:cpu,memory:/process/abc\n1:cpuset:/\n0::/\n",
        "/sys/fs/cgroup/memory/process/abc/memory.limit_in_bytes": f"{2 * GIB}\n",
        "/sys/fs/cgroup/memory/process/abc/memory.usage_in_bytes": f"{GIB}\n",
        "/sys/fs/cgroup/memory/process/memory.limit_in_bytes": NO_LIMIT,
        "/sys/fs/cgroup/memory/process/memory.usage_in_bytes": f"{5 * GIB}\n",
        "/sys/fs/cgroup/memory/memory.limit_in_bytes": NO_LIMIT,
    }
    assert group_room(files.get) == GIB


@pytest.mark.parametrize(
    "own",
    [
        None,  # no /proc/self/cgroup
        "",
        "0::/\n",  # the root group, which has no limit file
        "4:memory:/a/../../b\n",  # nothing there: the path stays under the root
        "garbage without colons\n",
        "3:cpuset:/x\n",
    ],
)
def test_no_limit_found_is_no_limit(own: str | None) -> None:
    files = {} if own is None else {"/proc/self/cgroup": own}
    files["/sys/fs/cgroup/memory/memory.limit_in_bytes"] = NO_LIMIT
    files["/sys/fs/cgroup/memory/memory.usage_in_bytes"] = "100\n"
    assert group_room(files.get) is None


def test_the_command_takes_fewer_processes_when_memory_is_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = machine(1 * MIB, GIB)
    monkeypatch.setattr(memory_room, "_read", files.get)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(forked, "_load", lambda: 0.0)
    assert forked.processes_for(2) == 1
    assert forked.processes_for(0) == 1
    files["/proc/meminfo"] = meminfo(16 * GIB)
    assert forked.processes_for(2) == 2
    assert forked.processes_for(0) == 2


def test_this_process_and_this_machine_are_read_from_proc() -> None:
    read = memory_room._read
    if not os.path.exists(memory_room.MEMINFO):  # pragma: no cover - not Linux
        assert read(memory_room.MEMINFO) is None
        return
    assert available_bytes(read(memory_room.MEMINFO)) is not None
    resident = read("/proc/self/statm")
    assert resident is not None and int(resident.split()[1]) > 0
    room = group_room()
    assert room is None or room >= 0
