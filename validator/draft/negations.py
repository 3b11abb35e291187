"""Words that deny what a cue's words would claim: "The dialogue was not improvised",
"Neither Winslet nor Savage improvised the ending", "It was never going to be Winslet
who suggested casting Mia". A cue's words in the same clause after a negation state
nothing, and give no claim; "not only" and "not least" deny nothing, and a clause after
"but" or "and" is its own ("It was not Savage but Winslet who suggested casting Mia").
"""

from __future__ import annotations

import re

from .clauses import clause_start

__all__ = ["negated"]

# How far back in its clause a negation is looked for.
_REACH = 200
_NEGATION = re.compile(
    r"(?<![\w’'-])(?:(?i:not)(?!\s+(?i:only|just|least|merely|simply)(?![\w’'-]))"
    r"|(?i:never|neither|nor|nobody|nothing|no\s+one|none))(?![\w’'-])"
    r"|(?<=[a-z])n[’']t(?![\w’'-])"
)
# A new clause within one: after "but", "and" or "yet".
_JOINED = re.compile(r"(?<![\w’'-])(?i:but|and|yet)(?![\w’'-])")


def negated(text: str, start: int) -> bool:
    """Whether the words at `start` of sentence `text` follow a negation in their clause
    (after its last "but", "and" or "yet")."""
    first = max(clause_start(text, start), start - _REACH)
    for joined in _JOINED.finditer(text, first, start):
        first = joined.end()
    return _NEGATION.search(text, first, start) is not None
