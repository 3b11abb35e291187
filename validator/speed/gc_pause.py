"""The garbage collector held off while a stage builds objects that all stay alive."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Pause the collector for the block, then restore it as it was.

    Parsing, unpickling, resolving and checking build many small objects that all stay
    alive until the run ends; the collections they trigger find nothing to free while
    walking ever more objects (a quarter of the stages after loading, half of
    unpickling from the cache). `freeze`: then move everything to the permanent
    generation, so that neither the catch-up collection nor later full ones walk it;
    for a process that ends with the run, since frozen objects are only freed by
    reference counting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
