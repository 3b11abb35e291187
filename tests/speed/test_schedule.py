"""Items mapped with their values and finished results taken from a file store
(validator.speed.schedule)."""

from __future__ import annotations

import os
import select
from pathlib import Path
from typing import Any

import pytest

from validator.speed.file_store import FileCache
from validator.speed.forked import can_fork
from validator.speed.pickling import Carrier
from validator.speed.restricted import EntryCodec
from validator.speed.schedule import Entries, map_items

ITEMS = 40  # over the least that is shared between processes


@pytest.fixture(autouse=True)
def _own_secret(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))


def _store(folder: Path) -> FileCache:
    store = FileCache.open(str(folder), "salt", EntryCodec(()))
    assert store is not None
    return store


def _mapped(
    folder: Path, processes: int, computed: list[int], finished: list[int], version: str = "1"
) -> list[Any]:
    """Each item's value is n squared, its result (n, value, version): computed and
    finished items are noted (in this process only)."""
    store = _store(folder)

    def compute(n: int) -> int:
        computed.append(n)
        return n * n

    def finish(value: int) -> tuple[int, int, str]:
        finished.append(value)
        return (value, value + 1, version)

    values = Entries(store, [store.key("value", str(n)) for n in range(ITEMS)], _is_int)
    results = Entries(
        store,
        [store.key("result", str(n)) for n in range(ITEMS)],
        lambda n, v: isinstance(v, tuple) and v[2] == version,
    )
    try:
        return map_items(
            ITEMS,
            compute,
            finish,
            Carrier(()),
            name=str,
            entries=values,
            results=results,
            processes=processes,
        )
    finally:
        store.close()


def _is_int(number: int, value: Any) -> bool:
    return isinstance(value, int)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_kept_result_is_neither_computed_nor_finished(tmp_path: Path, processes: int) -> None:
    expected = [(n * n, n * n + 1, "1") for n in range(ITEMS)]
    computed: list[int] = []
    finished: list[int] = []
    assert _mapped(tmp_path, processes, computed, finished) == expected
    if processes == 1:
        assert sorted(computed) == list(range(ITEMS))
    computed.clear()
    finished.clear()
    assert _mapped(tmp_path, 1, computed, finished) == expected
    assert computed == finished == []


def test_a_result_refused_is_finished_from_its_kept_value(tmp_path: Path) -> None:
    """A result its caller does not accept (here: of another version) is made again,
    from the value entry, which still holds."""
    computed: list[int] = []
    finished: list[int] = []
    _mapped(tmp_path, 1, computed, finished, version="1")
    computed.clear()
    finished.clear()
    again = _mapped(tmp_path, 1, computed, finished, version="2")
    assert again == [(n * n, n * n + 1, "2") for n in range(ITEMS)]
    assert computed == []
    assert finished == [n * n for n in range(ITEMS)]


def test_values_and_results_share_one_store(tmp_path: Path) -> None:
    one, other = _store(tmp_path / "a"), _store(tmp_path / "b")
    with pytest.raises(ValueError, match="one store"):
        map_items(
            1,
            lambda n: n,
            lambda v: v,
            Carrier(()),
            name=str,
            entries=Entries(one, ["x"], _is_int),
            results=Entries(other, ["y"], _is_int),
        )


def test_a_value_whose_result_was_kept_is_kept_too(tmp_path: Path) -> None:
    """A value entry is not read when its item's result is, yet it is what the next run
    needs when the results no longer hold: it is not pruned as unused."""
    _mapped(tmp_path, 1, [], [])
    store = _store(tmp_path)
    for entry in Path(store.folder).iterdir():
        os.utime(entry, (1_600_000_000, 1_600_000_000))  # unused for years
    _mapped(tmp_path, 1, [], [])  # every result kept; the store prunes as it closes
    computed: list[int] = []
    finished: list[int] = []
    _mapped(tmp_path, 1, computed, finished, version="2")
    assert computed == []
    assert finished == [n * n for n in range(ITEMS)]


class _Counting:
    """A `Carry` that notes how many results each run it reads back holds."""

    def __init__(self) -> None:
        self.carrier = Carrier(())
        self.runs: list[int] = []

    def dumps(self, value: Any) -> bytes:
        return self.carrier.dumps(value)

    def loads(self, blob: bytes) -> Any:
        found = self.carrier.loads(blob)
        self.runs.append(len(found))
        return found


class _Signalled:
    """`compute` for `map_items`: in a child, each item signals through a pipe (and the
    child fails on item `fail_at` of its own, if given); here, the first item waits for
    `wait_for` of the child's signals, so that the child surely takes its runs."""

    def __init__(self, wait_for: int, fail_at: int | None = None) -> None:
        self.read_fd, self.write_fd = os.pipe()
        self.parent = os.getpid()
        self.wait_for = wait_for
        self.fail_at = fail_at
        self.count = 0  # items computed in this process

    def __call__(self, n: int) -> int:
        self.count += 1
        if os.getpid() != self.parent:
            os.write(self.write_fd, b"!")
            if self.count == self.fail_at:
                raise ValueError("only in the child")
        elif self.count == 1:
            got = 0
            while got < self.wait_for:  # never waits long when the code works
                ready, _, _ = select.select([self.read_fd], [], [], 120.0)
                assert ready, "no signal from the child: the run is hung"
                got += len(os.read(self.read_fd, self.wait_for - got))
        return _square(n)

    def close(self) -> None:
        os.close(self.read_fd)
        os.close(self.write_fd)


@pytest.mark.skipif(not can_fork(), reason="this platform cannot fork")
def test_runs_sent_back_in_one_pickle_give_every_result_in_order() -> None:
    """2,000 items on two processes: the child's results come back a run (of 4) to a
    pickle, and the list is what one process makes, in the items' order."""
    carry = _Counting()
    compute = _Signalled(wait_for=4)
    try:
        done = map_items(2000, compute, _finished, carry, name=str, processes=2)
    finally:
        compute.close()
    assert done == [_finished(_square(n)) for n in range(2000)]
    assert carry.runs  # the child took some
    assert set(carry.runs) == {4}


@pytest.mark.skipif(not can_fork(), reason="this platform cannot fork")
def test_a_run_whose_child_fails_is_made_here() -> None:
    """The child sends its first run, then fails on the first item of its second: that
    run, and every run it did not take, are made here, and no result is missing or out
    of place."""
    carry = _Counting()
    compute = _Signalled(wait_for=5, fail_at=5)
    try:
        done = map_items(2000, compute, _finished, carry, name=str, processes=2)
    finally:
        compute.close()
    assert done == [_finished(_square(n)) for n in range(2000)]
    assert carry.runs == [4]
    assert compute.count == 2000 - 4  # every other item made here


def _square(n: int) -> int:
    return n * n


def _finished(value: int) -> tuple[int, str]:
    return value, f"{value:x}"


def test_an_error_names_the_item_it_came_from() -> None:
    def compute(n: int) -> int:
        if n == 7:
            raise ValueError("unexpected")
        return n

    with pytest.raises(ValueError, match="unexpected") as raised:
        map_items(10, compute, _finished, Carrier(()), name=lambda n: f"item-{n}.yaml")
    assert raised.value.factlint_file == "item-7.yaml"  # type: ignore[attr-defined]
