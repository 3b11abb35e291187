"""Whether a passage is in an archive's text: `passage in text`, indexed for many."""

from __future__ import annotations

import random

import pytest

from validator.rules.archives import normalise_passage
from validator.rules.passage_index import MAX_WORDS_INDEXED, PLACE_COST, PassageFinder

_WORDS = ["the", "film", "runs", "about", "ninety", "minutes", "—", "“it", "is”", "é", "a", "ab"]


def _passages(rng: random.Random, text: str, count: int) -> list[str]:
    """Stretches of `text` cut anywhere (inside words too), some changed, and runs of
    words it may not hold."""
    found = []
    for _ in range(count):
        if text and rng.random() < 0.6:
            start = rng.randint(0, len(text))
            passage = normalise_passage(text[start : rng.randint(start, start + 40)])
            found.append(passage.replace("a", "b", 1) if rng.random() < 0.3 else passage)
        else:
            words = (rng.choice(_WORDS) for _ in range(rng.randint(0, 6)))
            found.append(normalise_passage(" ".join(words)))
    return found


@pytest.mark.parametrize("seed", range(4))
def test_the_answer_of_a_linear_search(seed: int) -> None:
    rng = random.Random(seed)
    for trial in range(100):
        text = normalise_passage(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 300))))
        finder = PassageFinder(text, searches_before_index=trial % 3)
        for passage in _passages(rng, text, 60):
            assert finder.holds(passage) == (passage in text), (text, passage)


def test_many_passages_against_one_long_text_are_looked_up_by_a_word() -> None:
    """Scenario: 8,000 excerpts against one 15 MB archive took 25 s, each a linear
    search of the whole text. After 256 searches the words are indexed, and a passage
    is compared only where its rarest inner word stands."""
    rng = random.Random(7)
    words = [f"w{number}" for number in range(3000)]
    said = [rng.choice(words) for _ in range(300_000)]
    finder = PassageFinder(" ".join(said))
    starts = [rng.randrange(len(said) - 20) for _ in range(1000)]
    assert all(finder.holds(" ".join(said[at : at + 20])) for at in starts)
    assert finder.searches == 256
    # 744 passages looked up, at 83 places each on average, where a search reads the
    # text's 1,688,833 characters.
    assert finder.compared == 62074
    assert not finder.holds(" ".join(said[:5]) + " w3000 " + " ".join(said[6:10]))
    assert (finder.searches, finder.compared) == (256, 62074)  # a word it never has


def test_passages_expected_at_once_are_looked_up_by_a_word_from_the_first() -> None:
    """A file of 300 excerpts against one archive: the text is indexed before the first
    of them, not after 256 linear searches that the index then makes needless."""
    rng = random.Random(7)
    words = [f"w{number}" for number in range(3000)]
    said = [rng.choice(words) for _ in range(300_000)]
    passages = [" ".join(said[at : at + 20]) for at in range(0, 6000, 20)]
    finder = PassageFinder(" ".join(said))
    finder.expect(len(passages))
    assert all(finder.holds(passage) for passage in passages)
    assert finder.searches == 0 and finder.compared > 0


@pytest.mark.parametrize(
    ("before", "expected", "searches"),
    [
        (0, 255, 255),  # fewer than the threshold: never indexed
        (0, 256, 0),  # the threshold's worth: indexed at once
        (200, 56, 200),  # with the searches before them, the threshold: indexed at once
        (200, 55, 255),  # one short: searched for, each
    ],
)
def test_what_is_expected_counts_with_the_searches_before_it(
    before: int, expected: int, searches: int
) -> None:
    said = [f"w{number % 500}" for number in range(20_000)]
    finder = PassageFinder(" ".join(said), searches_before_index=256)
    for at in range(before):
        assert finder.holds(" ".join(said[at : at + 5]))
    finder.expect(expected)
    assert all(finder.holds(" ".join(said[at : at + 5])) for at in range(expected))
    assert finder.searches == searches


def test_expecting_changes_no_answer() -> None:
    rng = random.Random(3)
    for trial in range(100):
        text = normalise_passage(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 300))))
        finder = PassageFinder(text, searches_before_index=5)
        finder.expect(trial % 9)
        for passage in _passages(rng, text, 20):
            assert finder.holds(passage) == (passage in text), (text, passage)


def test_a_passage_of_common_words_alone_is_searched_for() -> None:
    """An inner word standing more often than comparing at each place is worth (one per
    1,024 characters of the text) sends the passage to a linear search."""
    finder = PassageFinder("of the " * 5000 + "end", searches_before_index=0)
    assert finder.holds("of the of the end")
    assert finder.searches == 1 and finder.compared == 0
    assert finder.holds("the end")  # two words: nothing inside to look up
    assert finder.searches == 2


def test_a_text_of_too_many_distinct_words_is_not_indexed() -> None:
    text = " ".join(f"w{number}" for number in range(MAX_WORDS_INDEXED + 1))
    finder = PassageFinder(text, searches_before_index=0)
    assert finder.holds("w5 w6 w7")
    assert finder.searches == 1
    assert finder.holds("w8 w9 w10")
    assert finder.searches == 2 and finder.compared == 0


class _Budget:
    """A budget of `left` characters that records what each look-up was charged."""

    def __init__(self, left: int) -> None:
        self.left = left
        self.charged: list[int] = []

    def spend(self, cost: int) -> bool:
        self.charged.append(cost)
        if cost > self.left:
            return False
        self.left -= cost
        return True


def test_each_look_up_is_paid_for_and_one_unpaid_is_not_answered() -> None:
    """A linear search is charged the text's length (and one), a look through the index
    `PLACE_COST` a place compared; a look-up the budget cannot pay for answers None, and
    searches nothing."""
    text = " ".join(f"w{number % 50}" for number in range(10_000))
    search = len(text) + 1
    budget = _Budget(3 * search)
    finder = PassageFinder(text, searches_before_index=2, spend=budget.spend)
    assert finder.holds("w1") is True and finder.holds("w1 w2 w4") is False
    # Indexed now, but w2 stands in too many places to compare at each: searched for.
    assert finder.holds("w1 w2 w3") is True
    assert finder.holds("w1") is None
    assert budget.charged == [search] * 4 and finder.searches == 3


def test_a_look_through_the_index_is_charged_by_the_places_compared() -> None:
    said = [f"w{number % 500}" for number in range(20_000)] + ["rare", "end"]
    budget = _Budget(1 << 40)
    finder = PassageFinder(" ".join(said), searches_before_index=0, spend=budget.spend)
    assert finder.holds("w499 rare end") is True
    assert finder.holds("w1 w2 w3 w4") is True  # w2 and w3 stand 40 times each
    assert budget.charged == [PLACE_COST, 40 * PLACE_COST]
    assert finder.compared == 41 and finder.searches == 0
