from __future__ import annotations

import pytest

from validator.settle.selection import RuleSelection, UnknownCode, parse_codes


def test_codes_and_prefixes() -> None:
    assert parse_codes("d2, X") == ("D2", "X")
    rules = RuleSelection(select=("D2", "X"), ignore=("D203",))
    assert [c for c in ("D201", "D203", "X301", "Q402", "E101") if rules.keeps(c)] == [
        "D201",
        "X301",
    ]
    assert RuleSelection().keeps("E101")


def test_a_prefix_matching_nothing_is_refused() -> None:
    with pytest.raises(UnknownCode) as caught:
        parse_codes("D2,Z")
    assert str(caught.value) == "'Z' matches no finding code; validate --list-codes lists them"
