"""Cache entries unpickled with only the classes the caller hands in."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys

import pytest

import validator.speed.restricted as restricted
from validator.model.findings import Location
from validator.model.values import Choice, Span
from validator.parse.models import Interval
from validator.speed.restricted import EntryCodec


def test_the_allowed_classes_come_back_as_they_were() -> None:
    codec = EntryCodec((Location, Choice, Interval))
    value = (Location("a.yaml", 1, 2), [Choice(frozenset({"x"}))], Interval(**{"from": 3}))
    back = codec.loads(codec.dumps(value))
    assert back == value
    assert type(back[2]) is Interval and back[2].model_fields_set == value[2].model_fields_set


def test_a_class_the_caller_did_not_allow_makes_the_entry_invalid() -> None:
    codec = EntryCodec((Location,))
    with pytest.raises(pickle.UnpicklingError, match=r"values\.Span is not allowed"):
        codec.loads(pickle.dumps(Span(1.0, 2.0)))
    # Another codec's allowed classes are not this one's.
    wider = EntryCodec((Location, Span))
    with pytest.raises(pickle.UnpicklingError, match="is not allowed in a cache entry"):
        codec.loads(wider.dumps([Location("b.json", 3, 4), Span(1.0, 2.0)]))


def _file(location: Location) -> str:
    return location.file


def test_objects_of_the_table_are_written_as_references_to_it() -> None:
    shared = Location("shared.yaml", 1, 1)
    table = {"shared.yaml": shared}
    codec = EntryCodec((Location,)).referring(Location, table, _file)
    equal = Location("shared.yaml", 1, 1)  # equal, but not the table's very object
    other = Location("other.yaml", 2, 2)
    payload = codec.dumps((shared, equal, other, shared))
    back = codec.loads(payload)
    assert back == (shared, equal, other, shared)
    assert back[0] is shared and back[3] is shared  # read back from the table itself
    assert back[1] is not shared


def test_a_reference_without_its_table_or_name_makes_the_entry_invalid() -> None:
    shared = Location("shared.yaml", 1, 1)
    payload = (
        EntryCodec((Location,)).referring(Location, {"shared.yaml": shared}, _file).dumps([shared])
    )
    with pytest.raises(pickle.UnpicklingError, match="read without its table"):
        EntryCodec((Location,)).loads(payload)
    elsewhere = EntryCodec((Location,)).referring(Location, {"x.yaml": shared}, _file)
    with pytest.raises(pickle.UnpicklingError, match=r"no 'shared\.yaml' to refer to"):
        elsewhere.loads(payload)


def test_reading_references_leaves_nothing_for_the_collector() -> None:
    """The run pauses the collector: an unpickler caught in a cycle (its memo holding
    one of its own methods) would keep itself, its memo and its payload alive."""
    shared = Location("shared.yaml", 1, 1)
    codec = EntryCodec((Location,)).referring(Location, {"shared.yaml": shared}, _file)
    payload = codec.dumps([shared, Location("other.yaml", 2, 2)])
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            codec.loads(payload)
        alive = [o for o in gc.get_objects() if isinstance(o, restricted._Unpickler)]
    finally:
        gc.enable()
    assert alive == []


def test_canonical_bytes_are_alike_for_equal_values_whatever_they_share() -> None:
    """Pickled the usual way, a text met twice is written once and referred to: two
    equal values, one sharing a text where the other holds two copies, give other bytes.
    Canonical bytes are written without a memo, so they are alike."""
    codec = EntryCodec(())
    once = "Mia Threapleton"
    twice = "".join(["Mia ", "Threapleton"])  # equal, another object
    assert twice is not once
    assert codec.dumps((once, once)) != codec.dumps((once, twice))
    assert codec.canonical((once, once)) == codec.canonical((once, twice))
    assert codec.canonical((once, once)) != codec.canonical((once, "Kate Winslet"))


def test_canonical_bytes_put_a_set_in_one_order_whatever_the_string_hashes() -> None:
    """A set's order follows its members' hashes, which each process salts anew: the
    same set pickled by two processes gave two byte strings."""
    program = (
        "from validator.speed.restricted import EntryCodec; "
        "words = ['Winslet', 'Savage', 'Threapleton', 'Channel 4', 'Ruth', 'Freya']; "
        "print(EntryCodec(()).canonical((frozenset(words), [set(words)])).hex())"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True
        )
        seen.add(done.stdout)
    assert len(seen) == 1
