"""The longest stretch an excerpt shares with its archive: difflib's answer, found in a
number of searches bounded by the texts and by a budget of work."""

from __future__ import annotations

import difflib
import random

import pytest

from validator.rules.archives import SearchBudget
from validator.rules.excerpts import NEAREST_BUDGET
from validator.rules.longest_stretch import longest_common


def _difflib(archive: str, excerpt: str) -> tuple[int, int, int]:
    matcher = difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    found = matcher.find_longest_match(0, len(archive), 0, len(excerpt))
    return (found.a, found.b, found.size)


@pytest.mark.parametrize("seed", range(4))
def test_the_same_stretch_as_difflib(seed: int) -> None:
    """Longest, then earliest in the archive, then earliest in the excerpt."""
    rng = random.Random(seed)
    words = ["the", "film", "runs", "about", "ninety", "minutes", "—", "“it", "is”", "é", ""]
    for _ in range(500):
        archive = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        excerpt = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        assert longest_common(archive, excerpt) == _difflib(archive, excerpt)


@pytest.mark.parametrize(
    ("archive", "excerpt"),
    [("", ""), ("", "abc"), ("abc", ""), ("abc", "xyz"), ("aaaa", "aa"), ("abab", "bab")],
)
def test_edge_cases_agree_with_difflib(archive: str, excerpt: str) -> None:
    assert longest_common(archive, excerpt) == _difflib(archive, excerpt)


@pytest.mark.parametrize("seed", range(4))
def test_an_archive_shorter_than_the_excerpt_gives_the_same_stretch_as_difflib(seed: int) -> None:
    rng = random.Random(seed)
    words = ["the", "film", "runs", "about", "ninety", "—", "“it", "is”", "é", ""]
    for _ in range(500):
        archive = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        excerpt = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30)))
        assert longest_common(archive, excerpt) == _difflib(archive, excerpt)


def test_a_short_archive_is_searched_a_number_of_times_bounded_by_its_length() -> None:
    """A 36,000-character excerpt against a 40-character archive was cut at each of its
    places in each round (216,000 turns of Python for one excerpt, 18 s for 300); the
    shorter of the two is the one cut now, each search charged the other's length."""
    archive, excerpt = "Some archived text here about the film.", "\u0635\u0644\u0649 " * 9000
    budget = SearchBudget(NEAREST_BUDGET)
    assert longest_common(archive, excerpt, budget) == _difflib(archive, excerpt)
    searches = budget.spent // (len(excerpt) + 1)
    assert budget.spent % (len(excerpt) + 1) == 0 and searches <= 7 * (len(archive) + 1)


def test_an_excerpt_with_a_word_changed_is_placed_in_a_few_searches() -> None:
    """A sentence of an article with one word changed: the stretches over the change are
    ruled out a piece at a time, not a place at a time, and the stretch found is grown by
    doubling. The binary search on the length before searched the archive 17, 453 and
    64 times for these."""
    rng = random.Random(8)
    words = [
        "the",
        "film",
        "follows",
        "a",
        "mother",
        "and",
        "her",
        "daughter",
        "whose",
        "life",
        "is",
        "taken",
        "over",
        "by",
    ]
    sentences = [" ".join(rng.choice(words) for _ in range(25)) + "." for _ in range(150)]
    archive = " ".join(sentences)
    searches = []
    for at in (0, 60, 119):
        excerpt = sentences[70]
        excerpt = excerpt[:at] + "Z" + excerpt[at + 1 :]
        budget = SearchBudget(NEAREST_BUDGET * 100)
        assert longest_common(archive, excerpt, budget) == _difflib(archive, excerpt)
        searches.append(budget.spent // (len(archive) + 1))
    assert searches == [11, 26, 31]


def test_the_nearest_passage_search_is_bounded_by_a_budget_of_work() -> None:
    """Scenario 4: a 2,000-character excerpt against a 1 MiB archive took the old search
    95 s; the search stops when its budget of character comparisons is spent."""
    rng = random.Random(4)
    archive = "".join(rng.choice("ab ") for _ in range(1 << 20))
    excerpt = "".join(rng.choice("ab ") for _ in range(2000))
    budget = SearchBudget(NEAREST_BUDGET)
    assert longest_common(archive, excerpt, budget) is None
    assert budget.spent <= NEAREST_BUDGET
    assert budget.spent > NEAREST_BUDGET - (len(archive) + 1)
