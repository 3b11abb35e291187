"""An interview printed as questions and answers without quotation marks (see quotes,
which reads the rest of an article's speech): which paragraphs are questions, which
answer them, and whose words an answer is: the one interviewed, whom the headline names,
unless a transcript's label before the answer names someone.

A label is no word of the speaker's: "A:", "Answer:", the initials of the one
interviewed ("MT:"), or a name ("Savage:", "Mia Threapleton:"). A name says whose the
answer is: a double interview labels each answer with its speaker, and the headline
names one of them at most. A name of several words the dataset does not know as a
speaker, or any label where no headline names the one interviewed, gives the answer no
speaker. One such word ("Honestly:", "Yes:") is the answer's own, unless the transcript
labels its answers (another answer opens on "A:", on initials or on a name, or the word
opens another paragraph too): then it is a speaker's name the dataset does not know
("Harper:" among answers labelled "Savage:"), and the answer is no one's it can tell.

A question is a paragraph ending on a question mark, holding no quotation, or one opening
on a questioner's label: "Q:", "Question:", "Interviewer:", or a name whose paragraphs are
mostly questions (the interviewer's surname); "Q: Tell me about the shoot." asks too, and
is never an answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

from validator.rules.quote_match import tokens
from validator.rules.unspaced import half_words

from .line_ends import is_question
from .mentions import Mentions

__all__ = ["Transcript", "word_count"]

_LABEL = re.compile(
    r"(?:(?P<mark>(?i:answer)|[A-Z]{1,3})|(?P<name>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})))"
    r"\s*:\s+"
)
# The labels an interviewer's turns carry where the transcript names no one for them.
_ASKING = re.compile(r"(?i:q|question|interviewer)")
_MIN_ANSWERS = 2  # questions answered in plain paragraphs that make an interview
_MIN_WORDS = 4  # fewer words are no answer: a heading, a caption


class Answer(NamedTuple):
    words: str  # the paragraph without its label
    speaker: str | None  # None: the label names someone the dataset does not know


class Transcript:
    """The questions and plain answers of an article's paragraphs. `quoted` are the
    paragraphs holding a quotation; `marks` finds a quotation mark; a label names a
    speaker the dataset knows where `mentions` has one of `kinds` (any kind if none) there.

    Each paragraph's label and whether it asks are worked out once, and which answers
    carry a speaker's label once for all: read again for each answer, a transcript of
    thousands of labelled lines took time growing with the square of its answers."""

    def __init__(
        self,
        paragraphs: tuple[str, ...],
        quoted: Collection[int],
        marks: re.Pattern[str],
        mentions: Mentions,
        kinds: tuple[str, ...],
    ) -> None:
        self._paragraphs = paragraphs
        self._marks = marks
        self._mentions = mentions
        self._kinds = kinds
        labels = [_label(p) for p in paragraphs]
        self._labels = labels
        asking = _questioners(paragraphs, labels)
        self._asks = tuple(
            (label is not None and label.group(0).partition(":")[0].strip() in asking)
            or (is_question(text) and not marks.search(text))
            for text, label in zip(paragraphs, labels, strict=True)
        )
        self.answers = self._plain_answers(quoted)
        self._named = Counter(
            label.group("name") for label in labels if label and label.group("name")
        )
        self._labelling = frozenset(filter(self._labels_speaker, self.answers))

    def asks(self, index: int) -> bool:
        """Whether paragraph `index` is a question."""
        return self._asks[index]

    def more(self) -> set[int]:
        """The plain paragraphs of sentences after an answer, up to the next question: more
        of the answer, or a caption or the interviewer's aside, which the layout does not
        tell apart; listed, not drafted. After the last answer the narration resumes."""
        more: set[int] = set()
        for index in self.answers:
            run: list[int] = []
            for later in range(index + 1, len(self._paragraphs)):
                text = self._paragraphs[later].rstrip()
                if self._asks[later] or later in self.answers:
                    more.update(run)
                    break
                if self._marks.search(text):
                    break  # a quotation: read as one, with its own speaker
                if text.endswith((".", "!", "…")) and word_count(text) >= _MIN_WORDS:
                    run.append(later)
        return more

    def answer(self, index: int, interviewee: str | None) -> Answer | None:
        """The answer paragraph `index` gives; None where it is no one's the draft can tell:
        no headline names the one interviewed and no label names a speaker."""
        paragraph = self._paragraphs[index]
        start = len(paragraph) - len(paragraph.lstrip())
        label = self._labels[index]
        if label is None or label.group("mark"):
            words = paragraph[label.end() if label else start :].strip()
            return None if interviewee is None else Answer(words, interviewee)
        words = paragraph[label.end() :].strip()
        named = self._known(index)
        if named is not None:
            return Answer(words, named)
        if interviewee is None:
            return None
        if " " not in label.group("name") and not self._labelled(index):
            # One word naming no one the dataset knows, in a transcript whose answers
            # carry no labels, is the answer's own first word ("Honestly: on my
            # grandmother's farm", "Yes: he walked in"), as often as a surname: the
            # answer stays the interviewee's, the word with it.
            return Answer(paragraph[start:].strip(), interviewee)
        return Answer(words, None)

    def _labelled(self, index: int) -> bool:
        """Whether the transcript labels its answers, paragraph `index` aside: another
        answer opens on a mark ("A:", initials) or on a name of several words or of
        someone the dataset knows, or the label of `index` opens another paragraph too."""
        label = self._labels[index]
        if label is not None and self._named[label.group("name")] > 1:
            return True
        return len(self._labelling) > (index in self._labelling)

    def _labels_speaker(self, index: int) -> bool:
        """Whether answer `index` opens on a speaker's label: a mark ("A:", initials), a
        name of several words, or the name of someone the dataset knows."""
        found = self._labels[index]
        if found is None:
            return False
        if found.group("mark") or " " in found.group("name"):
            return True
        return self._known(index) is not None

    def _known(self, index: int) -> str | None:
        """Whom the name labelling paragraph `index` names, of the speakers' kinds, if the
        dataset knows them."""
        label = self._labels[index]
        if label is None or not label.group("name"):
            return None
        paragraph = self._paragraphs[index]
        start = len(paragraph) - len(paragraph.lstrip())
        named = self._mentions.at(index, start, label.end("name"))
        if named is None or (self._kinds and self._mentions.kind(named) not in self._kinds):
            return None
        return named

    def _plain_answers(self, quoted: Collection[int]) -> set[int]:
        """The paragraphs that answer a question in an interview printed as questions and
        answers without quotation marks: each paragraph with no quotation mark right after
        a question. One such pair may be a heading over prose ("When is it on?"); an
        interview asks several, so fewer than `_MIN_ANSWERS` are no interview's."""
        paragraphs = self._paragraphs
        found = {
            index
            for index in range(1, len(paragraphs))
            if self._asks[index - 1]
            and index not in quoted
            and not self._marks.search(paragraphs[index])
            and not self._asks[index]
            and word_count(paragraphs[index]) >= _MIN_WORDS
        }
        return found if len(found) >= _MIN_ANSWERS else set()


def _label(paragraph: str) -> re.Match[str] | None:
    return _LABEL.match(paragraph, len(paragraph) - len(paragraph.lstrip()))


def _questioners(paragraphs: tuple[str, ...], labels: list[re.Match[str] | None]) -> frozenset[str]:
    """The labels an interviewer's turns carry: "Q", "Question", "Interviewer", and each
    name opening several paragraphs, most of them ending on a question mark (the
    interviewer's surname)."""
    asked: Counter[str] = Counter()
    used: Counter[str] = Counter()
    for paragraph, label in zip(paragraphs, labels, strict=True):
        if label is None:
            continue
        words = label.group(0).partition(":")[0].strip()
        used[words] += 1
        asked[words] += is_question(paragraph)
    return frozenset(
        words
        for words, count in used.items()
        if _ASKING.fullmatch(words) or (count > 1 and 2 * asked[words] > count)
    )


def word_count(text: str) -> float:
    """How many words the text holds: those between its spaces, or, where it holds a
    character of a script written without spaces (Chinese, Japanese, Thai...), its words
    as quotes are compared (`tokens`), each such character half a word. A sentence of
    Chinese was one "word", and a quotation of it never drafted."""
    if text.isascii():
        return len(text.split())
    words = tokens(text)
    weights = half_words(text, words)
    if weights == 2:  # no such character: the words between its spaces, as ever
        return len(text.split())
    return (weights * len(words) if isinstance(weights, int) else sum(weights)) / 2
