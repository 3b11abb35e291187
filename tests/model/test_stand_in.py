"""Stand-ins for values as written: equal stand-ins mean values written alike, which
Python's own equality does not give (1, 1.0 and True are equal in Python)."""

from __future__ import annotations

from typing import Any

import pytest

from validator.model.stand_in import frozen


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


def test_text_stands_in_for_itself() -> None:
    assert frozen("2022-12-08") == "2022-12-08"
    assert frozen("") == ""


@pytest.mark.parametrize(
    ("value", "stand_in"),
    [
        (2, (int, 2)),
        (True, (bool, True)),
        (None, (type(None), None)),
        (1.5, (float, "0x1.8000000000000p+0")),
        (-0.0, (float, "-0x0.0p+0")),
        ((), (tuple, ())),
        (("a", None), (tuple, ("a", None))),
        ((1, "a"), (tuple, ((int, 1), "a"))),
        ({}, (dict, ())),
        ({"k": "v", "n": 1}, (dict, (("k", "v"), ("n", (int, 1))))),
        ({1: "a"}, (dict, (((int, 1), "a"),))),
        ({"a": {"b": None}}, (dict, (("a", (dict, (("b", (type(None), None)),))),))),
    ],
)
def test_each_scalar_keeps_its_type_and_each_mapping_its_order(value: Any, stand_in: Any) -> None:
    assert frozen(value) == stand_in
    hash(frozen(value))


def test_a_mapping_written_in_another_order_is_written_differently() -> None:
    assert frozen({"from": 1, "to": 2}) != frozen({"to": 2, "from": 1})
    assert frozen({"from": 1, "to": 2}) == frozen({"from": 1, "to": 2})


@pytest.mark.parametrize(
    "value",
    [[], {"a": [1]}, {"a": ("b", [1])}, ("a", {"b": [1]}), set(), b"bytes", object()],
)
def test_what_is_no_plain_data_has_no_stand_in(value: Any) -> None:
    assert frozen(value) is None
