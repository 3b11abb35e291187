"""Laws of the nearest passage: the longest stretch an excerpt shares with its archive is
difflib's, whatever the two texts, however near a copy one is of the other."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.rules.longest_stretch import longest_common

SETTINGS = settings(max_examples=500, deadline=None)

# Few letters, so that texts share many stretches and ties between them are common.
_TEXTS = st.text(st.sampled_from("ab \u00e9\u2014"), max_size=60)


def _difflib(archive: str, excerpt: str) -> tuple[int, int, int]:
    matcher = difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    found = matcher.find_longest_match(0, len(archive), 0, len(excerpt))
    return (found.a, found.b, found.size)


@SETTINGS
@given(_TEXTS, _TEXTS)
def test_the_longest_stretch_is_difflibs(archive: str, excerpt: str) -> None:
    assert longest_common(archive, excerpt) == _difflib(archive, excerpt)


@SETTINGS
@given(st.text(st.sampled_from("abcd "), min_size=1, max_size=80), st.data())
def test_a_copy_with_a_change_gives_difflibs_stretch(archive: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(archive) - 1))
    end = data.draw(st.integers(start + 1, len(archive)))
    copy = archive[start:end]
    at = data.draw(st.integers(0, len(copy)))
    changed = copy[:at] + data.draw(st.sampled_from(["", "x", "ab", "zz z"])) + copy[at + 1 :]
    assert longest_common(archive, changed) == _difflib(archive, changed)
