"""Frozen data pickled through its constructor, named tuples through tuple.__new__."""

from __future__ import annotations

import gc
import pickle
from dataclasses import dataclass, field
from typing import NamedTuple

import pytest

import validator.speed.pickling as pickling
from validator.model.findings import Location, make_finding
from validator.model.values import Choice, Span
from validator.speed.pickling import Carrier, by_constructor, by_tuple, dumps_with


@dataclass(frozen=True, slots=True)
class _Derived:
    value: int
    twice: int = field(init=False, default=0)


class _Pair(NamedTuple):
    left: Location
    right: Choice


def test_frozen_data_comes_back_equal_and_of_its_class() -> None:
    table = by_constructor((Location, Span, Choice))
    for value in (
        Location("a.yaml", 3, 7),
        Span(1.0, None, low_open=True),
        Choice(frozenset({"x", "y"})),  # one field: attrgetter gives no tuple of its own
    ):
        back = pickle.loads(dumps_with(value, table))
        assert back == value and type(back) is type(value)


def test_a_class_with_a_field_its_constructor_does_not_take_is_left_to_pickle() -> None:
    assert set(by_constructor((_Derived, Location))) == {Location}


def test_named_tuples_come_back_equal_and_of_their_class() -> None:
    table = {**by_constructor((Location, Choice)), **by_tuple((_Pair,))}
    pair = _Pair(Location("b.json", 1, 1), Choice(frozenset({"z"})))
    back = pickle.loads(dumps_with([pair, pair], table))
    assert back == [pair, pair] and type(back[0]) is _Pair
    assert back[0] is back[1]  # shared once, as pickle shares any object


def test_a_finding_keeps_its_fingerprint() -> None:
    finding = make_finding("E104", "no such entity", claims=("s/c",), key="subject:x")
    back = pickle.loads(dumps_with(finding, by_constructor((type(finding), Location))))
    assert back == finding and back.fingerprint == finding.fingerprint


def test_a_carrier_sends_what_the_driver_registers_by_its_fast_paths() -> None:
    carrier = Carrier((_Pair, Location, Choice, _Derived))
    pair = _Pair(Location("c.yaml", 2, 5), Choice(frozenset({"w"})))
    blob = carrier.dumps([pair, _Derived(3)])
    # The named tuple is rebuilt by tuple.__new__, the frozen classes by their constructors.
    assert b"__new__" in blob and b"__getnewargs__" not in blob
    back = carrier.loads(blob)
    assert back == [pair, _Derived(3)]
    assert type(back[0]) is _Pair and type(back[0].left) is Location


def _file(location: Location) -> str:
    return location.file


def test_a_carrier_sends_the_objects_of_a_table_by_name() -> None:
    shared = Location("shared.yaml", 1, 1)
    table = {"shared.yaml": shared}
    carrier = Carrier((Location, Choice)).referring(Location, table, _file)
    equal = Location("shared.yaml", 1, 1)  # equal, but not the table's very object
    other = Location("other.yaml", 2, 2)
    blob = carrier.dumps((shared, equal, other, Choice(frozenset({"x"})), shared))
    back = carrier.loads(blob)
    assert back == (shared, equal, other, Choice(frozenset({"x"})), shared)
    assert back[0] is shared and back[4] is shared  # read back from the table itself
    assert back[1] is not shared
    # The table's object is named, not written: the shorter bytes.
    assert len(carrier.dumps([shared])) < len(Carrier((Location,)).dumps([shared]))


def test_a_reference_read_without_its_table_or_name_is_refused() -> None:
    shared = Location("shared.yaml", 1, 1)
    blob = Carrier((Location,)).referring(Location, {"shared.yaml": shared}, _file).dumps([shared])
    with pytest.raises(pickle.UnpicklingError, match="read without its table"):
        Carrier((Location,)).loads(blob)
    elsewhere = Carrier((Location,)).referring(Location, {"x.yaml": shared}, _file)
    with pytest.raises(pickle.UnpicklingError, match=r"no 'shared\.yaml' to refer to"):
        elsewhere.loads(blob)


def test_a_carrier_reading_references_leaves_nothing_for_the_collector() -> None:
    shared = Location("shared.yaml", 1, 1)
    carrier = Carrier((Location,)).referring(Location, {"shared.yaml": shared}, _file)
    blob = carrier.dumps([shared, Location("other.yaml", 2, 2)])
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            carrier.loads(blob)
        alive = [o for o in gc.get_objects() if isinstance(o, pickling._Referring)]
    finally:
        gc.enable()
    assert alive == []
