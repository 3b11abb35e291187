"""The run's memoisation: a wrapped function is called once per distinct key (the
stand-ins it is keyed by are tested in tests/model/test_stand_in.py)."""

from __future__ import annotations

from typing import Any

from validator.speed.memo import frozen, memoised


def test_each_key_is_worked_out_once() -> None:
    calls: list[Any] = []

    def double(x: int) -> int:
        calls.append(x)
        return 2 * x

    remembered = memoised(double)
    assert [remembered(x) for x in (1, 2, 1, 2, 3, 1)] == [2, 4, 2, 4, 6, 2]
    assert calls == [1, 2, 3]


def test_a_key_of_none_is_not_remembered() -> None:
    calls: list[Any] = []

    def size(x: Any) -> int:
        calls.append(x)
        return len(x)

    remembered = memoised(size, key=frozen)
    assert [remembered(x) for x in (["a"], ["a"], "ab", "ab")] == [1, 1, 2, 2]
    assert calls == [["a"], ["a"], "ab"]
