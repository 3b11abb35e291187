"""A progress line on standard error for runs a person is waiting on.

Shown only after the run has taken a second (a quick run stays silent), only on a
terminal, and never under CI (`CI` or `GITHUB_ACTIONS` set): a log keeps every carriage
return as a line of its own. The line is rewritten in place at most ten times a second
and erased when the run is done, so what follows starts on a clean line.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TextIO

__all__ = ["Progress", "progress_wanted"]

_ERASE = "\r\x1b[K"


def progress_wanted(stream: TextIO, environ: Mapping[str, str]) -> bool:
    if environ.get("CI") or environ.get("GITHUB_ACTIONS") or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Called as `progress(stage, done, total)`; `total` 0 for a stage without a count."""

    def __init__(
        self,
        stream: TextIO,
        *,
        clock: Callable[[], float] = time.monotonic,
        delay: float = 1.0,
        interval: float = 0.1,
        command: str = "validate",
    ) -> None:
        self._stream = stream
        self._command = command
        self._clock = clock
        self._start = clock()
        self._delay = delay
        self._interval = interval
        self._last = float("-inf")
        self._stage = ""
        self._shown = False

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        now = self._clock()
        if now - self._start < self._delay:
            return
        if stage == self._stage and now - self._last < self._interval and done != total:
            return
        self._stage, self._last = stage, now
        count = f" {done:,}/{total:,}" if total else ""
        self._stream.write(f"{_ERASE}{self._command}: {stage}{count}")
        self._stream.flush()
        self._shown = True

    def close(self) -> None:
        """Erase the line, if one was shown."""
        if self._shown:
            self._stream.write(_ERASE)
            self._stream.flush()
            self._shown = False
