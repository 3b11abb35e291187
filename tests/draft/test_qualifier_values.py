"""A qualifier's date at the precision the dataset records that qualifier in: a prize's
`year`, recorded as years, is the year of "won ... on Sunday". A made-up dataset:
nothing here comes from the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .play import PLAY_DATASET, relations


def _prizes(recorded: str) -> str:
    """The play dataset with a prize whose facts record its `when` as `recorded`."""
    return PLAY_DATASET.replace(
        "properties:\n",
        "properties:\n"
        "  prize:\n"
        "    type: entity\n"
        "    qualifiers: {when: date}\n"
        "    subject_kinds: [person]\n"
        "    value_kinds: [trophy]\n"
        '    cues: ["{subject} won {value} on {when}"]\n',
        1,
    ).replace(
        "  - {id: tomas-reyes, kind: person, names: [Tomas Reyes]}\n",
        "  - {id: best-actress, kind: trophy, names: [Best Actress]}\n"
        "  - {id: tomas-reyes, kind: person, names: [Tomas Reyes], facts: [{property: prize,"
        f" value: best-actress, qualifiers: {{when: {recorded}}}, ref: programme}}]}}\n",
        1,
    )


CASES = {
    "years": ("2024", 'Best Actress; {when: "2025"}'),
    "months": ("2024-11", "Best Actress; {when: 2025-03}"),
    "days": ("2024-11-02", "Best Actress; {when: 2025-03-02}"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_date_at_the_precision_recorded(play_project: Path, case: str) -> None:
    recorded, expected = CASES[case]
    text = "Nora Vell won Best Actress on Sunday.\n"
    assert relations(text, _prizes(recorded), "prize") == [f"Nora Vell -> {expected}"]


def test_dates_of_two_precisions_recorded(play_project: Path) -> None:
    """Facts of two precisions say none: the date is drafted as read."""
    dataset = _prizes("2024").replace(
        "ref: programme}]}\n",
        "ref: programme}, {property: prize, value: best-actress, qualifiers: {when: 2023-05},"
        " ref: programme}]}\n",
        1,
    )
    text = "Nora Vell won Best Actress on Sunday.\n"
    assert relations(text, dataset, "prize") == ["Nora Vell -> Best Actress; {when: 2025-03-02}"]
