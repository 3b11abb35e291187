"""The garbage collector held off while a stage builds objects that all stay alive, and
left as it was found afterwards, whatever happens in the block."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from validator.speed.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    """Each test leaves the collector as the others expect it: on, nothing frozen."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_the_collector_is_paused_in_the_block_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    with collector_paused(freeze=True):
        pass
    assert not gc.isenabled()


def test_the_collector_is_on_again_after_an_error_in_the_block() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="in the block"), collector_paused():
        raise ValueError("in the block")
    assert gc.isenabled()


def test_paused_blocks_may_nest() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block found it off
    assert gc.isenabled()


def test_without_freeze_nothing_is_frozen() -> None:
    gc.unfreeze()
    with collector_paused():
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() == 0
    assert len(kept) == 1000


def test_freeze_moves_what_the_block_built_out_of_the_collectors_way() -> None:
    gc.unfreeze()
    with collector_paused(freeze=True):
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= 1000
    assert gc.isenabled()
    assert len(kept) == 1000


def test_freeze_happens_after_an_error_too() -> None:
    gc.unfreeze()
    with pytest.raises(KeyError), collector_paused(freeze=True):
        raise KeyError("x")
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()
