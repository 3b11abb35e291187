"""A cue's words set before its subject at the start of a sentence.

English may put the phrase that follows a name and its comma ("The drama, created by
Jane Doe, follows ...") before the name instead, opening the sentence ("Created by Jane
Doe, the drama follows ..."): the phrase is then about the sentence's subject, the name
right after its comma. So a cue `{subject}, WORDS` also reads `WORDS, {subject}` where the
words open the sentence, and so does `{subject} was WORDS` (or `is`): "Made by Jane Doe,
the drama ..." says "the drama was made by Jane Doe". Only there: inside a sentence the
name after such a comma is seldom the one the words are about ("a drama created by Jane
Doe, the series' star").
A relative clause ("{subject}, who directed ...") is never set first, nor words starting
with a slot or a gap, which say nothing of how the phrase opens.
"""

from __future__ import annotations

import re
from functools import cache

from .cue_parts import ELSEWHERE, ROLE_WORD
from .mentions import Mentions

__all__ = [
    "FRONTED_START",
    "apposed_pronoun",
    "aside_last",
    "fronted",
    "named_before",
    "opening_subject",
    "pointed_elsewhere",
]

# `{subject}` (or `{subject:one}`), a comma or "is" or "was", and the phrase: its first
# word as written. "The drama was made by Jane Doe" is "Made by Jane Doe, the drama ...".
_APPOSED = re.compile(
    r"\s*\{subject(?::one)?\}(?:\s*,\s*|\s+(?i:is|was)\s+)(?P<words>[A-Za-z][^{}]*\{.*)"
)
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
# The start of a sentence, past its spaces and an opening quotation mark or bracket.
FRONTED_START = r"^[\s“‘\"'(]*"


# A cue already set so: words, one slot, a comma or none (or up to two words and a
# comma), and its subject ending it ("over {value}, {subject}", "at {value}[,] {subject}",
# "part of ... {value} series, {subject}").
_SET_FIRST = re.compile(
    r"\s*[A-Za-z][^{}\[\]]*\{[a-z][a-z0-9_]*\}"
    r"(?:(?:\s+[A-Za-z]+){1,2}\s*,|\s*(?:,|\[,\])?)\s*\{subject\}\s*"
)


def fronted(text: str) -> str | None:
    """The cue `text` with its phrase set before its subject (`created by {value},
    {subject}` from `{subject}, created by {value}`), else None. The phrase's closing
    punctuation ("{subject}, now {value},") gives way to the comma before the subject.
    A cue whose words already open before its subject is itself: read where it opens
    a sentence, its subject may then be a pronoun ("At 90 minutes it never drags")."""
    if _SET_FIRST.fullmatch(text) and text.split()[0].lower() not in _RELATIVE:
        return text
    found = _APPOSED.fullmatch(text)
    if found is None or "{subject" in found.group("words"):
        return None
    words = found.group("words").rstrip().rstrip(",.;:").rstrip()
    first = re.match(r"[A-Za-z][\w-]*", words)
    if first is None or first.group(0).lower() in _RELATIVE or not words.endswith("}"):
        return None
    return f"{words}, {{subject}}"


# After such a phrase and its comma, the sentence's subject: up to three words saying
# what it is ("the earlier series"), then its name.
_COMMA = re.compile(r"\s*,\s*")
# Where the cue's words open the sentence, or follow a word joined to them by "and" or
# "or", which shares their subject ("Created and directed by Jane Doe, ...").
_OPENS = re.compile(
    rf"{FRONTED_START}(?:[A-Za-z][\w-]*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))?"
)
_DESCRIBED = re.compile(rf"(?:(?:{ROLE_WORD}|(?i:the|this))\s+){{0,3}}")
_ANOTHER = re.compile(rf"(?i:the|this)\s+(?:{ROLE_WORD}\s+)?(?i:{ELSEWHERE})(?![\w’'-])")


def opening_subject(
    mentions: Mentions, index: int, match: re.Match[str], kinds: tuple[str, ...]
) -> tuple[bool, str | None]:
    """For a cue naming no subject whose words open the sentence before a comma
    ("Directed by Jane Doe, ..."), what the words are about: (True, the entity of the
    subject's `kinds` named right after the comma), or (True, None) where the words
    after it point to another of the kind than the article's ("the earlier series");
    else (False, None), and the cue is about what it would be about anyway (the
    article's "the drama", "it", or a person the words cannot be about)."""
    text = match.string
    comma = _COMMA.match(text, match.end())
    if comma is None or not _OPENS.fullmatch(text, 0, match.start()):
        return False, None
    described = _DESCRIBED.match(text, comma.end())
    at = described.end() if described else comma.end()
    named = [m for m in mentions.within(index, comma.end(), len(text)) if m.start == at]
    if named:
        entity = named[0].entity
        return (True, entity) if mentions.kind(entity) in kinds else (False, None)
    return (_ANOTHER.match(text, comma.end()) is not None), None


# The name's closing quotation mark and its year in brackets may stand before the comma,
# and a dash in its place: "'I Am Nicola' (2019), starring", "I Am Nicola — starring".
_JUST_BEFORE = re.compile(
    r"[’'”\"]?\s*(?:\(\s*\d{4}\s*\)\s*)?(?:,|[—–]|(?<=\s)-)\s*(?:(?i:an?|the)\s+)?"
)


def named_before(
    mentions: Mentions, index: int, match: re.Match[str], kinds: tuple[str, ...]
) -> str | None:
    """The entity of the subject's kinds named just before the cue's words and a comma:
    the cue's words are said of it ("I Am Victoria, starring Suranne Jones": Jones is in
    I Am Victoria, not in the film the article is about)."""
    if not kinds:
        return None
    before = mentions.before(index, match.start())
    if before is None or not _JUST_BEFORE.fullmatch(match.string, before.end, match.start()):
        return None
    return before.entity if mentions.kind(before.entity) in kinds else None


# A noun phrase set before a sentence's personal pronoun and a comma describes the one the
# pronoun is: "The daughter of Kate Winslet and Jim Threapleton, she grew up on film
# sets" names her parents, not her.
_APPOSED_PRONOUN = re.compile(
    r"[\s“\"‘']*(?i:the|an?)\s+[^,;:“”\"]{1,120},\s*(?P<pronoun>(?i:she|he))(?![\w’'-])"
)


def apposed_pronoun(text: str) -> re.Match[str] | None:
    """The personal pronoun right after the noun phrase opening sentence `text`, if any."""
    return _APPOSED_PRONOUN.match(text)


# How far before a name the words pointing from the article's subject are read.
_ELSEWHERE_REACH = 80
_COMMA_AFTER = re.compile(r"\s*,")


@cache
def _elsewhere_before(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A word pointing to another of the kinds, up to two words, the kind and a comma,
    ending where the name starts: "His previous film, ", "Savage's earlier drama, "."""
    words = "|".join(re.escape(kind.replace("-", " ")) for kind in kinds)
    return re.compile(
        rf"(?<![\w’'-])(?i:{ELSEWHERE})\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{words})\s*,\s*$"
    )


def pointed_elsewhere(text: str, span: tuple[int, int], kinds: tuple[str, ...]) -> bool:
    """Whether the name at `span` of `text` is set off by commas after words pointing
    from the article's subject to another of its `kinds` ("His previous film, I Am
    Victoria, starred ..."): an aside, which "it" in a later sentence does not stand for."""
    start, end = span
    if not kinds or _COMMA_AFTER.match(text, end) is None:
        return False
    first = max(0, start - _ELSEWHERE_REACH)
    return _elsewhere_before(kinds).search(text, first, start) is not None


def aside_last(mentions: Mentions, index: int, kinds: tuple[str, ...]) -> bool:
    """Whether the last name of `kinds` in sentence `index` is a work named as an aside
    (`pointed_elsewhere`): "His previous film, I Am Victoria, ran for an hour. At 90
    minutes it is too long": "it" is the article's work, not the aside, nor a work named
    before it in the sentence ("Savage, who won a Bafta for his debut Nice Girl, ...")."""
    named = [m for m in mentions.by_sentence[index] if mentions.kind(m.entity) in kinds]
    if not named:
        return False
    return pointed_elsewhere(mentions.texts[index], (named[-1].start, named[-1].end), kinds)
