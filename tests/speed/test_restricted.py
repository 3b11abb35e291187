"""Cache entries unpickled with only the classes the caller hands in."""

from __future__ import annotations

import pickle

import pytest

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
