"""Whether the verb opening a relative clause after a list of names ("A and B, who
...") is one only a plural subject takes, or one only a singular one takes: the clause
is then about the whole list, or about its last name. Most past tenses are either's."""

from __future__ import annotations

import re

__all__ = ["plural_verb", "singular_after_who"]

# After "who" and the words that may come first: "who are", "who both play" (a verb's
# "-s" is a singular's; "-ed" is either's, as are the helpers "can", "will" ...).
_PLURAL = re.compile(
    r"\s+(?:(?:both|all|also|now|together)\s+)*"
    r"(?:are|were|have|(?!(?:is|was|has|does|did|can|could|will|would|may|might|must|should)"
    r"(?![\w]))[a-z][a-z-]*(?<![s])(?<!ed))(?![\w’'-])"
)
_WHO = re.compile(r"\s*,\s*(?i:who)(?=\s)")
# "is", "has", a verb's "-s" (not a word's "-ss": "who discuss").
_SINGULAR = re.compile(
    r"\s+(?:(?:also|now|still)\s+)*(?:is|was|has|does|[a-z][a-z-]*(?<!s)s)(?![\w’'-])"
)


def plural_verb(text: str, at: int) -> bool:
    """Whether the verb at `at` (after "who") takes a plural subject only."""
    return _PLURAL.match(text, at) is not None


def singular_after_who(text: str, at: int) -> bool:
    """Whether ", who" and a verb only a singular subject takes start at `at`."""
    who = _WHO.match(text, at)
    return who is not None and _SINGULAR.match(text, who.end()) is not None
