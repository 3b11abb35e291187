"""A word's British and American spellings as one word, where quotes are compared.

An outlet prints a speaker's words in its own house style: a British one "recognise",
"colour" and "programme" where an American one and a transcript may have "recognize",
"color" and "program". The speaker said one word; the quotes differ in spelling, as
they may in punctuation, not in their words. So each word is compared in its American
spelling, from breame's table of some 1,700 words spelt both ways (the -ise and -ize,
-our and -or, -re and -er, doubled consonants, "ae" and "e" families, each word form
listed), and a difference in spelling alone is told as one (Q401), never as changed
words (Q402, D207).
"""

from __future__ import annotations

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

__all__ = ["one_spelling", "spelt_otherwise"]

# The table's words are lower case, as a quote's case-folded words are.
_AMERICAN: dict[str, str] = dict(BRITISH_ENGLISH_SPELLINGS)


def one_spelling(folded: str) -> str:
    """A case-folded word in its American spelling, where it is spelt both ways."""
    return _AMERICAN.get(folded, folded)


def spelt_otherwise(first: list[str], second: list[str]) -> bool:
    """Whether two quotes' words (as written) differ in more than case: where they
    match word for word once spelt one way, in spelling."""
    return len(first) != len(second) or any(
        a.casefold() != b.casefold() for a, b in zip(first, second, strict=False)
    )
