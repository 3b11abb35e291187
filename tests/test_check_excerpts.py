"""The nearest passage to a missing excerpt: the longest common stretch, found fast."""

from __future__ import annotations

import difflib
import random

import pytest

from validator.check_excerpts import longest_common


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
