"""Whether a cue's slot is the whole value of a fact box's "Label: value" line
(validator/draft/label_values.py)."""

from __future__ import annotations

import pytest

from validator.draft.label_values import is_label_value


def _span(line: str, value: str) -> tuple[int, int]:
    start = line.index(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Cast: Tomas Reyes, Ida Brook", "Tomas Reyes, Ida Brook"),
        ("- Written by: Nora Vell, Tomas Reyes", "Nora Vell, Tomas Reyes"),
        ("Original network: Channel 4.", "Channel 4"),
        ("Produced by:  Lantern Films ", "Lantern Films"),
    ],
)
def test_the_whole_value_of_a_label_s_line(line: str, value: str) -> None:
    assert is_label_value(line, *_span(line, value))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # Prose: the opening words' comma ends them.
        ("Directed by Nora Vell, Tomas Reyes plays Abel", "Nora Vell, Tomas Reyes"),
        # Part of the value, or a value with more after it.
        ("Cast: Tomas Reyes, Ida Brook", "Tomas Reyes"),
        ("Cast: Tomas Reyes, Ida Brook (Wren)", "Tomas Reyes, Ida Brook"),
        # No label: words of a sentence in lower case, or more than five of them.
        ("and in the cast: Tomas Reyes, Ida Brook", "Tomas Reyes, Ida Brook"),
        ("The people who were in the cast: Tomas Reyes, Ida Brook", "Tomas Reyes, Ida Brook"),
    ],
)
def test_not_the_whole_value_of_a_label_s_line(line: str, value: str) -> None:
    assert not is_label_value(line, *_span(line, value))
