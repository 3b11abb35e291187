"""Reading a baseline: a file the configuration may name, so one that comes with a pull
request; anything but a factlint baseline is one line saying so, never an internal
error."""

from __future__ import annotations

import pytest

from validator.settle.baseline import BaselineError, parse_baseline

ENTRY = '{"factlint_baseline": 1, "findings": [{"fingerprint": "ab12", "reason": %s}]}'


def test_a_baseline_gives_each_fingerprints_reason() -> None:
    assert parse_baseline(ENTRY % '"checked"', "b.json") == {"ab12": "checked"}
    assert parse_baseline(ENTRY % "null", "b.json") == {"ab12": "in the baseline"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "b.json: not a factlint baseline (nested too deeply)"),
        (
            ENTRY % ("9" * 5_000),
            "b.json: not a factlint baseline (a number with too many digits)",
        ),
        ("{", "b.json:1:2: not JSON: Expecting property name enclosed in double quotes"),
        ("[]", "b.json: not a factlint baseline (format 1)"),
    ],
)
def test_what_is_not_a_baseline_is_one_line_saying_so(text: str, message: str) -> None:
    """Arrays nested past Python's recursion limit, and a number of more digits than
    Python converts, ended the run in an internal error."""
    with pytest.raises(BaselineError) as caught:
        parse_baseline(text, "b.json")
    assert str(caught.value) == message
