"""Whose words an answer is, in an interview printed as questions and answers without
quotation marks (see quotes, which finds the answers): the one interviewed, whom the
headline names, unless a transcript's label before the answer names someone.

A label is no word of the speaker's: "A:", "Answer:", the initials of the one
interviewed ("MT:"), or a name ("Savage:", "Mia Threapleton:"). A name says whose the
answer is: a double interview labels each answer with its speaker, and the headline
names one of them at most. A name of several words the dataset does not know as a
speaker, or any label where no headline names the one interviewed, gives the answer no
speaker; one such word ("Honestly:", "Yes:") is the answer's own.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .mentions import Mentions

__all__ = ["answer"]

_LABEL = re.compile(
    r"(?:(?P<mark>(?i:answer)|[A-Z]{1,3})|(?P<name>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})))"
    r"\s*:\s+"
)


class Answer(NamedTuple):
    words: str  # the paragraph without its label
    speaker: str | None  # None: the label names someone the dataset does not know


def answer(
    paragraph: str,
    index: int,
    mentions: Mentions,
    kinds: tuple[str, ...],
    interviewee: str | None,
) -> Answer | None:
    """The answer paragraph `index` gives; None where it is no one's the draft can tell:
    no headline names the one interviewed and no label names a speaker."""
    start = len(paragraph) - len(paragraph.lstrip())
    label = _LABEL.match(paragraph, start)
    if label is None or label.group("mark"):
        words = paragraph[label.end() if label else start :].strip()
        return None if interviewee is None else Answer(words, interviewee)
    words = paragraph[label.end() :].strip()
    named = mentions.at(index, start, label.end("name"))
    if named is not None and (not kinds or mentions.kind(named) in kinds):
        return Answer(words, named)
    if interviewee is None:
        return None
    if " " not in label.group("name"):
        # One word naming no one the dataset knows is the answer's own first word
        # ("Honestly: on my grandmother's farm", "Yes: he walked in"), as often as a
        # surname: the answer stays the interviewee's, the word with it.
        return Answer(paragraph[start:].strip(), interviewee)
    return Answer(words, None)
