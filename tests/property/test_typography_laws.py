"""Laws of typography: the plain length of a text is what its characters come to, each
written out on its own, whichever way it is counted."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.model.typography import plain, plain_length, plain_length_over

SETTINGS = settings(max_examples=400, deadline=None)

# Characters NFKC or the typographic forms write out or join: ligatures, ellipses (both),
# U+FDFA, squared units, quotes and dashes, marks that compose and Hangul jamo.
_SPECIAL = st.sampled_from(
    "\ufb01\u2026\u22ef\ufdfa\u3392\u2018\u2019\u201c\u201d\u2013\u2014\u00a0"
    "\u0301\u0308\u031b\u1100\u1161\u00e9eU "
)
_TEXTS = st.text(st.one_of(_SPECIAL, st.characters(codec="utf-8")), max_size=40)


@SETTINGS
@given(_TEXTS)
@example("caf\u00e9 \u22ef and \u201cso\u201d")
@example("e\u0301")
def test_the_plain_length_is_the_sum_of_each_character_written_out(text: str) -> None:
    each = sum(len(plain(char)) * count for char, count in Counter(text).items())
    assert plain_length(text) == each


@SETTINGS
@given(_TEXTS, st.integers(0, 800))
def test_the_plain_length_over_a_limit_is_the_plain_length_or_none(text: str, limit: int) -> None:
    length = plain_length(text)
    assert plain_length_over(text, limit) == (length if length > limit else None)
