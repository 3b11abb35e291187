"""The run's memoisation: a wrapped function is called once per distinct key, and
stand-ins keep apart values that are equal in Python but written differently."""

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


def test_stand_ins_keep_written_forms_apart() -> None:
    written = [1, 1.0, True, "1", -0.0, 0.0, 0, False, None, {"a": 1, "b": 2}, {"b": 2, "a": 1}]
    stand_ins = [frozen(x) for x in written]
    assert len(set(stand_ins)) == len(written)
    assert frozen({"about": 5, "within": 1.5}) == frozen({"about": 5, "within": 1.5})
    assert frozen(("x", {"from": 1})) == frozen(("x", {"from": 1}))


def test_tuples_of_texts_stand_in_apart_from_every_other_tuple() -> None:
    """A tuple of texts and None stands in by its items; any other item makes another
    stand-in, which must never meet it."""
    from typing import NamedTuple

    class Pair(NamedTuple):
        a: object
        b: object

    written = [("a", None), ("a", "None"), ("a", 0), ("a", False), ("a", 0.0), ("a", (None,))]
    written += [("a", ("a", None)), ("a", {"b": None}), Pair("a", None), ("a", "b"), ("a",)]
    stand_ins = [frozen(x) for x in written]
    assert len(set(stand_ins)) == len(written)
    assert frozen(("a", None)) == frozen(("a", None))
    assert frozen(Pair("a", "b")) == frozen(Pair("a", "b")) != frozen(("a", "b"))


def test_lists_have_no_stand_in() -> None:
    assert frozen([1]) is None
    assert frozen({"a": [1]}) is None
    assert frozen(("a", [1])) is None
    assert frozen({1: "one"}) != frozen({"1": "one"})
