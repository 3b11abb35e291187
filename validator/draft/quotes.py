"""Direct speech and who said it.

A quotation runs from an opening double quotation mark (straight or typographic) to the
next closing one, or from a Japanese corner bracket 「 to the next 」; single marks are
left alone, as they mostly set off a word or a quote within a quote, and so are the
white corner brackets 『』 in which Japanese sets a quote within a quote. A quotation
still open at the end of a paragraph carries on in the next paragraph when that one
opens with a quotation mark, the press convention for speech running over paragraphs:
the paragraphs keep one speaker, and each paragraph's words are a claim of their own
(the shipped claim files record them so, and a claim is one statement a reviewer can
check).

The speaker is found with the quote property's own cues ("{subject} said", "said
{subject}"): first right after the quotation ("...," she said), then in the words that
lead into it ("Winslet explained:"), then from the paragraph the quotation continues.
A pronoun or "the" plus a noun ("the star") stands for the last speaker, or for a person
named since as the subject of a sentence of narration ("Reyes agrees. “...,” he said"), or
else the last person named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cue_parts import PRONOUNS
from .cues import CompiledCue, mark_names
from .interview_answers import Transcript, word_count
from .lead_ins import speech_verbs, spoken_again
from .mentions import Mentions
from .model import DraftClaim, Unplaced
from .negations import denied_before
from .noun_fits import famous_one, speaker_fits
from .quote_parts import Part, Utterance, utterances, without_repeats
from .speakers import (
    NarrationName,
    calls_someone,
    narration_names,
    object_of,
    said_after,
    someone_else,
)

__all__ = ["QuoteSpan", "find_quotes", "quote_spans", "without_repeats"]

# Japanese sets a quotation in corner brackets 「...」, which close only each other, and
# a quotation within one in white corner brackets 『...』: like single marks, those are
# left alone (alone they mostly set off a title), so the inner quotation's closing
# bracket does not end the outer one.
_CORNER_OPEN, _CORNER_CLOSE = "\u300c", "\u300d"
_OPEN = '\u201c\u201e\u00ab"' + _CORNER_OPEN
_CLOSE = '\u201d\u201c\u00bb"'
_MARKS = re.compile("[" + re.escape(_OPEN + _CLOSE + _CORNER_CLOSE) + "]")
# No paragraph of a real article holds more quotations or speech cues than this; a
# hostile one that does has the rest ignored, so the work per paragraph stays bounded.
_MAX_PER_PARAGRAPH = 100
_MIN_WORDS = 4  # fewer words in quotation marks are a phrase set off, not a statement
# A lead-in closer than this to its quotation ("Winslet said: ") may introduce it.
_LEAD_IN = 160


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    paragraph: int
    start: int  # offset of the first character inside the marks
    end: int  # offset just past the last character inside
    continued: bool  # carries on from the previous paragraph's open quotation
    closed: bool

    def text(self, paragraphs: tuple[str, ...]) -> str:
        return paragraphs[self.paragraph][self.start : self.end]


def quote_spans(paragraphs: tuple[str, ...]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_before = False
    for index, paragraph in enumerate(paragraphs):
        opened = -1
        closers = _CLOSE
        found = 0
        # One pass over the paragraph's quotation marks: linear in its length, however
        # many marks a hostile article holds.
        for mark in _MARKS.finditer(paragraph):
            at, char = mark.start(), mark.group(0)
            if opened < 0 and char in _OPEN:
                opened = at
                closers = _CORNER_CLOSE if char == _CORNER_OPEN else _CLOSE
            elif opened >= 0 and char in closers:
                continued = found == 0 and open_before and paragraph[:opened].strip() == ""
                spans.append(QuoteSpan(index, opened + 1, at, continued, True))
                opened, found = -1, found + 1
            if found >= _MAX_PER_PARAGRAPH:
                break
        if opened >= 0 and found < _MAX_PER_PARAGRAPH:
            continued = found == 0 and open_before and paragraph[:opened].strip() == ""
            spans.append(QuoteSpan(index, opened + 1, len(paragraph), continued, False))
        open_before = bool(spans) and spans[-1].paragraph == index and not spans[-1].closed
    return spans


@dataclass(slots=True)
class _Speakers:
    """Who has spoken so far, as the article is read in order."""

    last: str | None = None  # the last speaker named or resolved; _UNKNOWN: not the dataset's
    previous: str | None = None  # the speaker of the last quotation, for its continuation
    # The paragraph and speaker of the last attributed quotation, while no one else has
    # been reported speaking since: a quotation standing alone just after it is theirs.
    recent: tuple[int, str] | None = None


_UNKNOWN = ""  # a speaker the dataset does not know, as the last speaker
# A quotation standing alone at most this many paragraphs (captions, links) after one
# attributed to a speaker is taken as theirs.
_FOLLOWS = 3


def find_quotes(
    paragraphs: tuple[str, ...],
    mentions: Mentions,
    speech: list[CompiledCue],
    speaker_kinds: tuple[str, ...],
    interviewee: str | None = None,
) -> tuple[list[DraftClaim], list[Unplaced]]:
    """The quotations and who said them; `interviewee` answers the questions of an
    interview printed as questions and answers."""
    claims: list[DraftClaim] = []
    unplaced: list[Unplaced] = []
    state = _Speakers()
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for span in quote_spans(paragraphs):
        by_paragraph.setdefault(span.paragraph, []).append(span)
    transcript = Transcript(paragraphs, by_paragraph, _MARKS, mentions, speaker_kinds)
    more = transcript.more() if interviewee is not None else set()
    verbs = speech_verbs(speech)
    for index, paragraph in enumerate(paragraphs):
        own = by_paragraph.get(index, [])
        if index in more:
            unplaced.append(Unplaced("quote", paragraph.strip(), paragraph.strip(), (index, 0)))
            continue
        told = transcript.answer(index, interviewee) if index in transcript.answers else None
        if told is not None:
            _answered(told, index, paragraph, speech[0].property, claims, unplaced, state)
            continue
        names = [
            (m.start, m.end)
            for m in mentions.by_paragraph.get(index, ())
            if not speaker_kinds or mentions.kind(m.entity) in speaker_kinds
        ]
        narration = _mask(paragraph, own)
        masked = mark_names(narration, names)
        cues = _speech_matches(index, masked, speech, mentions, speaker_kinds)[:_MAX_PER_PARAGRAPH]
        people = narration_names(index, narration, mentions, speaker_kinds)
        openers = [(p.start, p.entity) for p in people if p.opens]
        earlier = 0
        parts: list[Part] = []
        for span in own:
            state.last = _since(cues, openers, earlier, span.start, state.last)
            earlier = span.end
            words = span.text(paragraphs).strip()
            at, named = _attribute(span, cues, own, masked, verbs, words)
            pronoun = named is not None and named[0] == "pronoun"
            unknown = named is not None and named[0] == "someone"  # "a friend of hers"
            if unknown or (pronoun and someone_else(at, narration, index, mentions)):
                # Until the dataset's people are named again, "he" and "she" may be the
                # one the dataset does not know.
                named, state.last, state.recent = None, _UNKNOWN, None
            # Whom a pronoun or "the star" stands for is named before it: in `she told
            # host Lorraine Kelly: "..."` the one told is named after it, and is not who
            # speaks.
            before = min(at, span.start) if named is not None else span.start
            if pronoun and state.last != _UNKNOWN:
                state.last = _named_before(before, people, state.last)
            speaker = _speaker(span, named, state, mentions, speaker_kinds, paragraph, before)
            if speaker is None and named is None and interviewee is not None:
                speaker = _answer(span, paragraphs, transcript, interviewee)
            state.previous = speaker
            after = named is not None and at > span.start  # `"...," she said`
            parts.append(Part(span.start, span.end, span.closed, words, speaker, after))
            if speaker is not None and word_count(words) >= _MIN_WORDS:
                state.last, state.recent = speaker, (index, speaker)
        _record(
            index, utterances(paragraph, parts), speech[0].property, claims, unplaced, narration
        )
        if cues and not own:
            state.recent = None  # someone is reported speaking in the narration
        named_since = [(start, who[1]) for start, _, who in cues if who and who[0] == "name"]
        named_since += [(start, entity) for start, entity in openers if start >= earlier]
        for _, entity in sorted(named_since):
            state.last = entity
    return claims, unplaced


def _answered(
    told: tuple[str, str | None],
    index: int,
    paragraph: str,
    prop: str,
    claims: list[DraftClaim],
    unplaced: list[Unplaced],
    state: _Speakers,
) -> None:
    """An interview's answer (`told`: its words and who gave it, if known), a claim or
    listed in its paragraph, whose label names who said it."""
    words, speaker = told
    if speaker is None:
        unplaced.append(Unplaced("quote", words, paragraph.strip(), (index, 0)))
        return
    claims.append(DraftClaim(speaker, prop, words, words, (index, 0)))
    state.last, state.previous, state.recent = speaker, speaker, None


def _record(
    index: int,
    said: list[Utterance],
    prop: str,
    claims: list[DraftClaim],
    unplaced: list[Unplaced],
    narration: str,
) -> None:
    """The utterances of paragraph `index` of four words or more: each a claim where its
    speaker is known, else listed; listed too where the `narration` before it denies it
    in its clause ("Savage said the film was not meant to be "an attack on technology"")."""
    for utterance in said:
        if word_count(utterance.words) < _MIN_WORDS:
            continue
        words, where = utterance.words, (index, utterance.start)
        if utterance.speaker is None or denied_before(narration, utterance.start):
            unplaced.append(Unplaced("quote", words, words, where))
        else:
            claims.append(DraftClaim(utterance.speaker, prop, words, utterance.excerpt, where))


def _since(
    cues: list[tuple[int, int, Who]],
    openers: list[tuple[int, str]],
    earlier: int,
    before: int,
    last: str | None,
) -> str | None:
    """The last speaker, or whom the narration before `before` has named since as a
    speaker, or then made a sentence's subject after `earlier` (the end of the
    paragraph's last quotation): whom a pronoun then stands for."""
    for start, _, who in cues:
        if start < before and who is not None and who[0] == "name":
            last = who[1]
    for start, entity in openers:
        if earlier <= start < before:
            last = entity
    return last


def _speaker(
    span: QuoteSpan,
    named: Who,
    state: _Speakers,
    mentions: Mentions,
    kinds: tuple[str, ...],
    paragraph: str,
    before: int,
) -> str | None:
    """Who said the words of `span`: whom the narration names for them (a pronoun's
    antecedent named before `before`), else the speaker they carry on from."""
    if named is not None:
        return _resolve(named, state.last, mentions, (span.paragraph, before), kinds)
    if span.continued:
        return state.previous
    alone = paragraph[: max(0, span.start - 1)].strip() == ""
    if alone and state.recent is not None and span.paragraph - state.recent[0] <= _FOLLOWS:
        return state.recent[1]
    return None


def _named_before(before: int, people: list[NarrationName], last: str | None) -> str | None:
    """Whom a pronoun stands for: the last speaker, unless the paragraph's narration
    before `before` (the quotation, or the pronoun where it leads into the quotation)
    names `people` who may speak and not them, when it is the last of those ("Her
    daughter, Mia Threapleton, plays Freya. “...,” she says." is Mia's, though her
    mother spoke last). Where the last speaker is named there too, the
    sentence may be theirs about the other ("Winslet praised her daughter Mia"): they
    stay the one meant."""
    here = [p.entity for p in people if p.end <= before]
    return last if not here or last in here else here[-1]


def _answer(
    span: QuoteSpan, paragraphs: tuple[str, ...], transcript: Transcript, interviewee: str
) -> str | None:
    """The interviewee, for a quotation standing alone just after a question that is
    no quotation itself: an answer in an interview printed as questions and answers."""
    if span.paragraph == 0 or paragraphs[span.paragraph][: span.start - 1].strip():
        return None
    return interviewee if transcript.asks(span.paragraph - 1) else None


def _mask(paragraph: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with quoted words blanked, so cues only read the narration."""
    chars = list(paragraph)
    for span in spans:
        for i in range(span.start, span.end):
            chars[i] = " "
    return "".join(chars)


Who = tuple[str, str] | None  # ("name", entity id), ("pronoun", word) or ("someone", words)


def _speech_matches(
    paragraph: int,
    masked: str,
    speech: list[CompiledCue],
    mentions: Mentions,
    kinds: tuple[str, ...],
) -> list[tuple[int, int, Who]]:
    found: dict[tuple[int, int], Who] = {}
    for cue in (c for c in speech if c.could_match(masked)):  # its words, searched alone
        for match in cue.pattern.finditer(masked):
            start, end = match.span("subject")
            words = masked[start:end]
            entity = mentions.at(paragraph, start, end)
            if match.start() == start and object_of(masked, start):
                who: Who = ("someone", words)  # "A friend of Kate Winslet said"
            elif entity is not None and (not kinds or mentions.kind(entity) in kinds):
                who = ("name", entity)
            elif words.lower() in PRONOUNS or calls_someone(words):
                who = ("pronoun", words)
            else:
                continue
            found.setdefault(match.span(), who)
    return sorted((start, end, who) for (start, end), who in found.items())


def _attribute(
    span: QuoteSpan,
    cues: list[tuple[int, int, Who]],
    own: list[QuoteSpan],
    masked: str,
    verbs: re.Pattern[str] | None,
    words: str,
) -> tuple[int, Who]:
    """Who the narration names for a quotation, right after it, else in its lead-in (not
    where someone else named after the lead-in's cue speaks: see lead_ins), and where in
    the paragraph the narration names them; someone no cue names where the words after
    it say they spoke."""
    after = span.end + (1 if span.closed else 0)
    for start, end, who in cues:
        if start >= after and re.fullmatch(r"[\s,]*", masked[after:start]):
            if _LEADS_IN.match(masked, end):
                # "Reyes said:" introduces the next quotation, not this one: in
                # `Vell said: "..." Reyes said: "..."` the first words were Reyes's.
                break
            return start, who
    if (said := said_after(words, masked, after, verbs)) is not None:
        return said, ("someone", "")
    earlier_end = max((s.end for s in own if s.end <= span.start), default=-1)
    lead: tuple[int, int, Who] = (0, span.start, None)
    for start, end, who in cues:
        if earlier_end < start and end <= span.start and span.start - end <= _LEAD_IN:
            lead = (start, end, who)
    return (0, None) if spoken_again(masked, lead[1], span.start, verbs) else (lead[0], lead[2])


# A cue followed by a colon introduces what comes after it.
_LEADS_IN = re.compile(r"\s*:")


def _resolve(
    who: Who,
    last_speaker: str | None,
    mentions: Mentions,
    where: tuple[int, int],
    kinds: tuple[str, ...],
) -> str | None:
    if who is None:
        return None
    if who[0] == "name":
        return who[1]
    if last_speaker == _UNKNOWN:
        return None
    # "The Titanic star": the article's main subject, not whoever spoke or was named last.
    last_speaker = famous_one(mentions, who[1], where, kinds[:1]) or last_speaker
    if last_speaker is None:
        # Nobody has spoken yet: the last one named of the first kind that can be quoted,
        # the kind a dataset lists first (people), since "he said" is never a channel.
        last_speaker = mentions.last_before(where, kinds[:1])
    return speaker_fits(mentions, who[1], last_speaker, where, kinds[:1])  # "the actress"
