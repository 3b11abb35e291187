"""How sides of a disagreement are summarised in messages."""

from __future__ import annotations

from validator.model.findings import Side
from validator.rules.source_sides import side_text, sides_text


def _side(source: str, *values: str) -> Side:
    return Side(values=values, sources=(source,), claims=(f"{source}/c",), locations=(), count=1)


def test_one_side_or_value_left_over_is_counted_in_the_singular() -> None:
    sides = [_side(f"s{n}", str(n)) for n in range(5)]
    assert sides_text(sides, "; ") == (
        "1 source says 0 (s0); 1 source says 1 (s1); 1 source says 2 (s2); "
        "1 source says 3 (s3); 1 other side"
    )
    assert sides_text([*sides, _side("s5", "5")], "; ").endswith("; 2 other sides")
    assert (
        side_text(_side("a", "1", "2", "3", "4"))
        == "1 source says 1, 2 or 3 (or 1 other value) (a)"
    )
    assert side_text(_side("a", "1", "2", "3", "4", "5"), "and") == (
        "1 source says 1, 2 and 3 (and 2 other values) (a)"
    )
