"""The progress line (validator.cli.progress): silent for the first second, rewritten in
place at most ten times a second, erased at the end, and only on a terminal outside CI."""

from __future__ import annotations

import io

import pytest

from validator.cli.progress import Progress, progress_wanted


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_stays_silent_for_the_first_second() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock)
    clock.now += 0.99
    progress("checking files", 1, 10)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_is_named_by_the_command_as_typed() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock, delay=0, command="factlint check")
    progress("checking files", 1, 2)
    progress.close()
    assert stream.getvalue() == "\r\x1b[Kfactlint check: checking files 1/2\r\x1b[K"


def test_progress_rewrites_one_line_and_erases_it() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock)
    clock.now += 1.0
    progress("checking files", 1, 2000)
    clock.now += 0.0625
    progress("checking files", 2, 2000)  # too soon after the last: not shown
    clock.now += 0.0625
    progress("checking files", 3, 2000)
    progress("comparing sources")  # a new stage is always shown
    progress.close()
    assert stream.getvalue() == (
        "\r\x1b[Kvalidate: checking files 1/2,000"
        "\r\x1b[Kvalidate: checking files 3/2,000"
        "\r\x1b[Kvalidate: comparing sources"
        "\r\x1b[K"
    )


@pytest.mark.parametrize(
    ("environ", "terminal", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"CI": "true"}, True, False),
        ({"GITHUB_ACTIONS": "true"}, True, False),
        ({"TERM": "dumb"}, True, False),
    ],
)
def test_progress_only_on_a_terminal_outside_ci(
    environ: dict[str, str], terminal: bool, expected: bool
) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return terminal

    assert progress_wanted(Stream(), environ) is expected


def test_the_last_count_of_a_stage_is_shown_however_soon() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock)
    clock.now += 5
    progress("checking files", 1, 3)
    progress("checking files", 2, 3)  # too soon: not shown
    progress("checking files", 3, 3)  # the last: shown
    assert stream.getvalue() == (
        "\r\x1b[Kvalidate: checking files 1/3\r\x1b[Kvalidate: checking files 3/3"
    )


def test_a_stage_without_a_count_is_its_name_alone() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock, delay=0)
    progress("comparing sources")
    progress("writing reports", 7)  # a count without a total is not shown
    assert stream.getvalue() == (
        "\r\x1b[Kvalidate: comparing sources\r\x1b[Kvalidate: writing reports"
    )


def test_closing_erases_only_a_line_that_was_shown_and_only_once() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock)
    progress.close()
    assert stream.getvalue() == ""
    clock.now += 1
    progress("checking files", 1, 1)
    progress.close()
    progress.close()
    assert stream.getvalue() == "\r\x1b[Kvalidate: checking files 1/1\r\x1b[K"


def test_the_delay_and_interval_are_as_given() -> None:
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream, clock=clock, delay=3, interval=1)
    clock.now += 2.5
    progress("a", 1, 9)
    clock.now += 0.5
    progress("a", 2, 9)
    clock.now += 0.5
    progress("a", 3, 9)
    clock.now += 0.5
    progress("a", 4, 9)
    assert stream.getvalue() == "\r\x1b[Kvalidate: a 2/9\r\x1b[Kvalidate: a 4/9"


class _Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


@pytest.mark.parametrize("stream", [_Closed(), object()])
def test_a_stream_that_cannot_say_whether_it_is_a_terminal_gets_no_progress(
    stream: object,
) -> None:
    assert progress_wanted(stream, {}) is False  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"CI": ""}, True),
        ({"GITHUB_ACTIONS": ""}, True),
        ({"TERM": "xterm"}, True),
        ({"CI": "0"}, False),
    ],
)
def test_an_empty_ci_variable_is_not_ci(environ: dict[str, str], expected: bool) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_wanted(Terminal(), environ) is expected
