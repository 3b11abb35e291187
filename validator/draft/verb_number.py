"""Who acts, by the words around a list of names: whether the verb opening a relative
clause after it ("A and B, who ...") is one only a plural subject takes, or one only a
singular one takes (the clause is then about the whole list, or about its last name;
most past tenses are either's), whether a verb two people may do together follows, and
the pronoun acting after a sentence's opening names ("At the Baftas, it won")."""

from __future__ import annotations

import re

from .cue_parts import LIST_CLOSE, PRONOUNS
from .cues import THING_PRONOUNS

__all__ = [
    "list_cut",
    "plural_verb",
    "pronoun_after_opening",
    "singular_after_who",
    "singular_verb",
    "together_verb",
]

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


# Words ending in "s" that are no verb, as may follow a name: "Kate Winslet as Ruth",
# "and Joe Anders plus", "Mia Threapleton always", "his", "its".
_NOT_VERBS = (
    "as|this|thus|plus|us|his|hers|its|yes|less|unless|across|always|perhaps|sometimes"
    "|whereas|besides|towards|afterwards|alongside|ones|minus|versus|vs"
)
# Past what is set off after the name, its age or what it is: "Joe Anders, her son with
# Sam Mendes, is Billy".
_SINGULAR_VERB = re.compile(
    rf"(?:\s*,[^,;:“”\"「」]{{1,120}},)?\s+(?!(?:{_NOT_VERBS})(?![\w’'-])){_SINGULAR.pattern[3:]}"
)


def singular_verb(text: str, at: int) -> bool:
    """Whether a verb only a singular subject takes follows at `at`, right after a name
    or what is set off after it: in "stars Kate Winslet and Dominic Savage directs",
    Savage alone directs."""
    return _SINGULAR_VERB.match(text, at) is not None


def list_cut(text: str, ends: list[int], end: int, cue_end: int) -> int | None:
    """Where a list of names ending (at `end`) the cue's words (ending at `cue_end`) ends
    before its last name, which is the subject of a verb only one takes right after it:
    in "stars Kate Winslet and Dominic Savage directs", Savage is not in the cast. `ends`
    are where the list's names end; None where the list is whole."""
    if len(ends) < 2 or end != cue_end or not singular_verb(text, end):
        return None
    return ends[-2]


def plural_verb(text: str, at: int) -> bool:
    """Whether the verb at `at` (after "who") takes a plural subject only."""
    return _PLURAL.match(text, at) is not None


def singular_after_who(text: str, at: int) -> bool:
    """Whether ", who" and a verb only a singular subject takes start at `at`."""
    who = _WHO.match(text, at)
    return who is not None and _SINGULAR.match(text, who.end()) is not None


# A verb two people do together: no "is", "was", "has", nor an ending "-s".
_TOGETHER = re.compile(r"\s+(?!(?:is|was|has)(?![\w]))[a-z][a-z-]*(?<!s)(?![\w])")


def together_verb(text: str, at: int) -> bool:
    """Whether a verb two people may do together starts at `at`."""
    return _TOGETHER.match(text, at) is not None


_OPENING_WORDS = re.compile(r",\s*(\w+)$")
_ACTING = frozenset((*PRONOUNS[:3], *THING_PRONOUNS))  # "she", "it", "they"


def pronoun_after_opening(text: str) -> int | None:
    """Where the pronoun after a slot's opening names and their comma starts in the
    slot's `text` ("At the 2023 Baftas, it": the names open the sentence, and "it"
    acts); None where none ends it, or "and" makes the names a list."""
    opener = _OPENING_WORDS.search(text)
    if opener is None or opener.group(1).lower() not in _ACTING or LIST_CLOSE.search(text):
        return None
    return opener.start(1)
