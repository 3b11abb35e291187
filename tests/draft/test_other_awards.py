"""A prize named only by its category under a headline naming other awards
(validator/draft/other_awards.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft.model import DraftClaim
from validator.draft.other_awards import of_other_awards

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")


def _prize(value: str, excerpt: str) -> DraftClaim:
    return DraftClaim("i-am-ruth", "award_received", value, excerpt, (0, 0))


LINE = "Best Single Drama: I Am Ruth (Me+You Productions for Channel 4)"


@pytest.mark.parametrize(
    ("headline", "claim", "kept"),
    [
        # Under other awards, a prize of the BAFTAs named by its category alone goes.
        (["broadcast-awards"], _prize("bafta-tv-single-drama", LINE), False),
        # Their own prize stays, and so does one whose words name its awards.
        (["broadcast-awards"], _prize("broadcast-award-single-drama", LINE), True),
        (
            ["broadcast-awards"],
            _prize("bafta-tv-leading-actress", "It won two BAFTAs, including Leading Actress."),
            True,
        ),
        # Under the prize's own awards, or a ceremony of them, or none, it stays.
        (["bafta-tv-awards"], _prize("bafta-tv-single-drama", LINE), True),
        (["bafta-tv-awards-2023"], _prize("bafta-tv-single-drama", LINE), True),
        ([], _prize("bafta-tv-single-drama", LINE), True),
        # A headline naming no awards (a film, a person) says nothing of the prize.
        (["i-am-ruth", "kate-winslet"], _prize("bafta-tv-single-drama", LINE), True),
        # A prize of no awards ("Best Actress", any awards') is never another's.
        (["broadcast-awards"], _prize("best-actress", "It won Best Actress."), True),
        # A value that is no entity is left alone.
        (["broadcast-awards"], DraftClaim("i-am-ruth", "runtime", 90, "90 minutes", (0, 0)), True),
    ],
)
def test_a_prize_of_other_awards_than_the_headline_s(
    headline: list[str], claim: DraftClaim, kept: bool
) -> None:
    assert of_other_awards(DATASET, [claim], headline) == ([claim] if kept else [])


def test_a_broader_cycle_ends() -> None:
    # The dataset refuses a cycle of broader links; were one read, it would still end.
    dataset = load_dataset(Path(__file__).parents[2] / "dataset")
    prize = dataset.entities["bafta-tv-single-drama"]
    looped = type(prize)(prize.id, prize.kind, prize.names, broader=(prize.id,))
    dataset.entities[prize.id] = looped
    claim = _prize(prize.id, LINE)
    assert of_other_awards(dataset, [claim], ["broadcast-awards"]) == []


VENUES = """\
dataset: {id: venues, title: Venues}
properties:
  venue: {type: entity}
entities:
  - {id: london, kind: city, names: [London]}
  - {id: hall, kind: venue, names: [Festival Hall], broader: [london]}
  - {id: paris, kind: city, names: [Paris]}
  - {id: odeon, kind: venue, names: [Odeon], broader: [paris]}
  - {id: gala, kind: event, names: [The Gala]}
"""


def test_a_place_within_a_city_is_no_category_of_other_awards(tmp_path: Path) -> None:
    """A value with `broader` of another kind than its own (a hall in a city) is named
    by its own name, not a category's: a headline naming another venue, in another
    city, dropped the hall as a prize of other awards."""
    (tmp_path / "venues.yaml").write_text(VENUES, encoding="utf-8")
    dataset = load_dataset(tmp_path / "venues.yaml")
    claim = DraftClaim("gala", "venue", "hall", "The Gala is at the Festival Hall.", (0, 0))
    assert of_other_awards(dataset, [claim], ["odeon"]) == [claim]


@pytest.mark.parametrize(
    ("excerpt", "kept"),
    [
        ("It won two BAFTAs, including Leading Actress.", True),
        ("It won the BAFTA TV Awards' Leading Actress.", True),
        ("Leading Actress: Kate Winslet, the reports say, a Baftastic night.", False),
    ],
)
def test_awards_are_named_by_words_of_their_own(excerpt: str, kept: bool) -> None:
    claim = _prize("bafta-tv-leading-actress", excerpt)
    assert of_other_awards(DATASET, [claim], ["broadcast-awards"]) == ([claim] if kept else [])
