"""Laws of the run's memoisation (`validator.speed.memo`): a stand-in tells plain data
apart exactly as its written form does, and a wrapped pure function answers as the
function does while working each distinct argument out once."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.speed.memo import frozen, memoised

SETTINGS = settings(max_examples=300, deadline=None)

_leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8))
# Plain data as a loaded claim file holds it; tuples as the stages pass it on.
_data: st.SearchStrategy[Any] = st.recursive(
    _leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.lists(children, max_size=3).map(tuple),
        st.dictionaries(st.one_of(st.text(max_size=4), st.integers()), children, max_size=3),
    ),
    max_leaves=12,
)


def _has_list(value: Any) -> bool:
    if isinstance(value, list):
        return True
    if isinstance(value, tuple):
        return any(_has_list(item) for item in value)
    if isinstance(value, dict):
        return any(_has_list(item) for item in value.values())
    return False


@SETTINGS
@given(_data, _data)
def test_equal_stand_ins_mean_the_same_written_form(a: Any, b: Any) -> None:
    # repr tells 1, 1.0 and True apart, and -0.0 from 0.0, and keeps a mapping's order.
    if _has_list(a) or _has_list(b):
        return
    assert (frozen(a) == frozen(b)) == (repr(a) == repr(b))


@SETTINGS
@given(_data)
def test_only_data_with_a_list_has_no_stand_in(value: Any) -> None:
    assert (frozen(value) is None) == _has_list(value)


@SETTINGS
@given(st.lists(_data, max_size=12))
def test_a_wrapped_function_answers_as_the_function(arguments: list[Any]) -> None:
    calls: list[Any] = []

    def written(value: Any) -> str:
        calls.append(value)
        return repr(value)

    remembered = memoised(written, key=frozen)
    assert [remembered(a) for a in arguments] == [repr(a) for a in arguments]
    distinct = {frozen(a) for a in arguments if not _has_list(a)}
    assert len(calls) == len(distinct) + sum(_has_list(a) for a in arguments)
