"""What a quotation's words are as a claim records them: without the comma its closing
mark keeps for the narration, and one utterance where the attribution splits a sentence;
and which quotations only repeat a longer one's words (a pull quote), to be dropped.

News style closes a quotation before its attribution with a comma inside the mark
(`"We wanted to tell a story that was honest," Winslet added`): the comma is the
narration's, put there for the sentence that goes on with "Winslet added", and no
word of the speaker's. The value is the words without it, and so is the excerpt, the
article's exact words still (an excerpt is looked for as a passage of the archive, and
a passage may stop before a comma). `validate` compares quotes without the comma or
full stop a quotation closes with (`rules.quote_match`), so a claim written either
way matches the same transcript.

A sentence of speech may be split by its attribution, set off by commas, the words after
it carrying the sentence on: `"I think it's an important film," she said, "and I hope
people watch it."` is one utterance, and a transcript holds it as one. Its claim's value
joins the parts ("I think it's an important film, and I hope people watch it."), words
the article does not hold in one piece; its excerpt is the article's whole sentence from
the opening mark to the closing one, attribution and all, which the archive holds as
written. Parts are joined only where that is all the sentence can be: the first was
attributed by words right after it, with nothing between the two parts but those words
set off by commas (no sentence ends there, no colon leads into a new quotation, no
second clause follows), the first ends without a sentence's end, the second goes on in
lower case (or with "I"), and both are one speaker's. `"...," she said. "It was ..."`
is two sentences, and two claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DraftClaim

__all__ = ["Part", "Utterance", "utterances", "without_closing_comma", "without_repeats"]


@dataclass(frozen=True, slots=True)
class Part:
    """A quotation of a paragraph, as the draft read it."""

    start: int  # offset in the paragraph of the first character inside the marks
    end: int  # just past the last character inside
    closed: bool
    words: str  # the words inside, without the white space around them
    speaker: str | None
    attributed_after: bool  # by words right after it: `"...," she said`


@dataclass(frozen=True, slots=True)
class Utterance:
    words: str  # the claim's value
    excerpt: str  # the article's exact words
    start: int  # where its first part starts in the paragraph
    speaker: str | None


# Between two parts of one sentence: the attribution alone, set off by commas, with no
# end of a sentence, colon, further clause or quotation mark in it ("she said",
# "Winslet added"); a comma may close the first part outside its mark, as British style
# writes it.
_ATTRIBUTION = re.compile(r"\s*,?\s*[^\s.!?;:,…\"“”‘’«»][^.!?;:,…\"“”«»]{0,79},\s*")
# A sentence ends in these: a part that does is no sentence carried on.
_ENDED = re.compile("[.!?\u2026\u3002\uff01\uff1f]['\u2019\"\u201d)]*$")
# "I" opening words that carry a sentence on, as a word in lower case would.
_I = re.compile(r"I(?![\w])")


def without_closing_comma(words: str, closed: bool) -> str:
    """The words of a closed quotation without a comma before its closing mark."""
    if closed and words.endswith(","):
        return words[:-1].rstrip()
    return words


def utterances(paragraph: str, parts: list[Part]) -> list[Utterance]:
    """The paragraph's quotations (`parts`, in order) as utterances: each part alone,
    or parts joined where the attribution splits one sentence."""
    found: list[Utterance] = []
    first = 0
    while first < len(parts):
        last = first
        while last + 1 < len(parts) and _carries_on(paragraph, parts[last], parts[last + 1]):
            last += 1
        head, tail = parts[first], parts[last]
        if first == last:
            words = without_closing_comma(head.words, head.closed)
            found.append(Utterance(words, words, head.start, head.speaker))
        else:
            joined = " ".join(part.words for part in parts[first : last + 1])
            words = without_closing_comma(joined, tail.closed)
            # From the opening mark to the closing one: the marks are the article's too.
            whole = paragraph[head.start - 1 : tail.end + (1 if tail.closed else 0)].strip()
            found.append(Utterance(words, whole, head.start, head.speaker))
        first = last + 1
    return found


def _carries_on(paragraph: str, before: Part, after: Part) -> bool:
    """Whether `after` carries on the sentence `before` began, the attribution between."""
    if not (before.closed and before.attributed_after) or before.speaker != after.speaker:
        return False
    if _ENDED.search(before.words):
        return False
    if not after.words[:1].islower() and _I.match(after.words) is None:
        return False
    # The closing mark of `before` is at its end; the opening mark of `after` before it.
    return _ATTRIBUTION.fullmatch(paragraph, before.end + 1, after.start - 1) is not None


# Quotations standing alone are compared for repeats only up to this many a speaker: no
# article quotes anyone more often, and the comparison is quadratic.
_MAX_REPEATS = 300
_MAX_PULL_QUOTE = 300  # characters


def without_repeats(claims: list[DraftClaim]) -> list[DraftClaim]:
    """The quotations without those repeating words of a longer one by the same speaker:
    a pull quote set in large type beside the article repeats the article's words, and a
    claim of it would be the same statement twice."""
    by_speaker: dict[str, list[DraftClaim]] = {}
    for claim in claims:
        by_speaker.setdefault(claim.subject, []).append(claim)
    dropped: set[int] = set()
    for said in by_speaker.values():
        if len(said) > _MAX_REPEATS:
            continue
        cores = [_core(str(claim.value)) for claim in said]
        for claim, words in zip(said, cores, strict=True):
            if len(words) > _MAX_PULL_QUOTE:
                continue  # a pull quote is a line or two in large type
            if any(len(other) > len(words) and words in other for other in cores):
                dropped.add(id(claim))
    return [claim for claim in claims if id(claim) not in dropped]


def _core(text: str) -> str:
    """A quotation's words without the punctuation that ends or opens it."""
    return text.strip(" ,.;:!?\u2019\u2018'\"\u201c\u201d\u3001\u3002")
