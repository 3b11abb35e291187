"""Where an article names the dataset's entities.

A name is matched as whole words, the longest name first, in any case except that in a
name of one or two words, a word the dataset capitalises must start with a capital in the
article: "Bear" the person is not "bear" the animal, nor "I am" the series "I Am", but
"Bafta" is "BAFTA", "Mental health" at the start of a sentence is "mental health", and
a longer name is unmistakable in any case ("best single drama"). In a cue's slot, a
thing's name of two words of three letters or more is also taken in lower case ("won
single drama"); a person's never is.

News style names a person in full once and by surname after, so a speaker's last name
becomes, for the rest of the article, a name of the person named in full with it
("Mia Threapleton" ... "Threapleton said"). Where two share it, the surname alone is the
one the article has named more often so far; on a tie, one named in full as themselves
rather than as someone's kin ("her first husband, Jim Threapleton" names him in passing,
beside the daughter the article is about), then the one named in full last: a parent
named once in passing does not take the surname from the daughter. A person's given
name works the same way ("Kate Winslet" ... "Kate, 47,"), except in the sentence naming
them in full, where it is someone else's: in "Simon Kingsley-Pallant as Simon" the second
is the part he plays.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from validator.dataset.model import Dataset
from validator.model.names import normalise_name

from .name_scan import NameScanner
from .person_words import calls_kin
from .sentences import Sentence

__all__ = ["Mention", "Mentions"]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offset in the sentence
    end: int
    entity: str

    def owns(self, text: str) -> bool:
        """Whether the name is an owner's in `text` (the sentence or paragraph its
        offsets count in): "Winslet's daughter" is not about Winslet."""
        return text.startswith(("'s", "\u2019s"), self.end)


# How a person was last named in full with a surname: (as themselves rather than as
# someone's kin, the sentence, the offset in it). Later and as themselves is greater.
_Naming = tuple[bool, int, int]
# The words before a name read for a kin noun: "her former sister-in-law, " and more.
_KIN_REACH = 40


# Or the second of two people a relative is "of": "The daughter of Kate Winslet and the
# director Jim Threapleton" names him in passing, as her parent.
_SECOND_OF = re.compile(
    r"(?<![\w’'-])(?P<kin>[\w’'-]+)\s+(?i:of)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?i:and)\s+"
    r"(?:(?i:the)\s+)?(?:[a-z][\w’'-]*\s+){0,2}$"
)


def _after_kin(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows a noun calling someone's kin
    ("her first husband, Jim Threapleton", "his son Joe")."""
    before = text[max(0, start - _KIN_REACH) : start].rstrip().removesuffix(",").split()
    if before and calls_kin(before[-1]):
        return True
    second = _SECOND_OF.search(text, max(0, start - 2 * _KIN_REACH), start)
    return second is not None and calls_kin(second["kin"])


def _capitals_kept(found: str, names: list[str]) -> bool:
    """Whether `found` starts each word with a capital where one of `names` does."""
    for name in names:
        if len(name.split()) >= 3:
            return True
        pairs = zip(found.split(), name.split(), strict=False)
        if all(not want[:1].isupper() or got[:1].isupper() for got, want in pairs):
            return True
    return False


class Mentions:
    """Every sentence's mentions, found once, in article order."""

    def __init__(
        self,
        dataset: Dataset,
        sentences: list[Sentence],
        alias_kinds: set[str],
        given_kinds: tuple[str, ...] = (),
    ):
        self.dataset = dataset
        by_name: dict[str, str] = {}
        for entity in dataset.entities.values():
            for name in entity.names:
                if len(name.strip()) >= 2:
                    by_name.setdefault(name, entity.id)
        self._by_name = by_name
        self._by_key = {normalise_name(n): e for n, e in by_name.items()}
        self._spellings: dict[str, list[str]] = {}
        for name in sorted(by_name):
            self._spellings.setdefault(normalise_name(name), []).append(name)
        known = set(self._by_key)
        # Surnames of speakers, usable once the person has been named in full.
        surnames: dict[str, set[str]] = {}
        self._people = given_kinds  # the kinds of people (they have given names)
        self._given: set[tuple[str, str]] = set()  # (word, entity): a given name of theirs
        for entity in dataset.entities.values():
            if entity.kind not in alias_kinds:
                continue
            for name in entity.names:
                words = name.split()
                if len(words) < 2:
                    continue
                # A person's given name too: a showbiz story names "Kate Winslet" once
                # and "Kate" after. (Only people's: "The" of "The Guardian" is no name.)
                given = entity.kind in given_kinds
                for word, first in ((words[-1], False), (words[0], True))[: 1 + given]:
                    usable = len(word) >= 3 and word.isalpha() and word[0].isupper()
                    if usable and normalise_name(word) not in known:
                        surnames.setdefault(word, set()).add(entity.id)
                        if first:
                            self._given.add((word, entity.id))
        self._spelled = {word.lower(): word for word in surnames}
        self._names = NameScanner(by_name)
        self._surnames = NameScanner(surnames)
        self._surname_of = surnames
        self.texts = [sentence.text for sentence in sentences]
        self.by_sentence: list[list[Mention]] = []
        active: dict[str, dict[str, _Naming]] = {}
        named: Counter[str] = Counter()
        # Names of things in lower case, for cues' slots only (see `_loose`).
        self.loose: list[list[Mention]] = []
        for sentence in sentences:
            # One scan of the sentence serves both: the names as written and in lower case.
            spans = self._names.spans(sentence.text)
            found = self._scan(sentence.text, spans, active, named, surnames)
            self.by_sentence.append(found)
            self.loose.append(self._loose(sentence.text, spans, found))
        # Where each sentence's mentions start, for finding those in a span by bisection.
        self.starts = [[m.start for m in found] for found in self.by_sentence]
        self._loose_starts = [[m.start for m in found] for found in self.loose]
        # The same mentions by paragraph, at paragraph offsets, in order.
        self.by_paragraph: dict[int, list[Mention]] = {}
        for sentence, found in zip(sentences, self.by_sentence, strict=True):
            self.by_paragraph.setdefault(sentence.paragraph, []).extend(
                Mention(sentence.start + m.start, sentence.start + m.end, m.entity) for m in found
            )
        self._at = {
            (paragraph, m.start, m.end): m.entity
            for paragraph, found in self.by_paragraph.items()
            for m in found
        }
        self.counts: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        order = 0
        for found in self.by_sentence:
            for mention in found:
                self.counts[mention.entity] += 1
                self.first.setdefault(mention.entity, order)
                order += 1

    def _full_names(self, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
        """The names `text` writes in full, as the dataset spells them, in order, of the
        places its `spans` name."""
        found: list[Mention] = []
        for start, end in spans:
            key = normalise_name(text[start:end])
            entity = self._by_key.get(key)
            if entity is not None and _capitals_kept(text[start:end], self._spellings[key]):
                found.append(Mention(start, end, entity))
        return found

    def _loose(
        self, text: str, spans: list[tuple[int, int]], found: list[Mention]
    ) -> list[Mention]:
        """The names of no person's entity that `text` writes without the capitals the
        dataset gives them, where that cannot be a common phrase: two words or more,
        each of three letters or more ("won single drama", never "I am" for "I Am")."""
        loose = []
        # `found` is in order of start: the names starting before a span's end overlap it
        # where the furthest any of them reaches is past its start. By bisection, as a
        # hostile sentence of thousands of names would make a search of each quadratic.
        starts = [m.start for m in found]
        reach = list(accumulate((m.end for m in found), max))
        for start, end in spans:
            words = text[start:end].split()
            if len(words) < 2 or any(len(w) < 3 or not w.isalpha() for w in words):
                continue
            entity = self._by_key.get(normalise_name(text[start:end]))
            if entity is None or self.kind(entity) in self._people:
                continue
            before = bisect_left(starts, end)
            if before == 0 or reach[before - 1] <= start:
                loose.append(Mention(start, end, entity))
        return loose

    def _scan(
        self,
        text: str,
        spans: list[tuple[int, int]],
        active: dict[str, dict[str, _Naming]],
        named: Counter[str],
        surnames: dict[str, set[str]],
    ) -> list[Mention]:
        """The sentence's mentions. `active` holds, for each surname, the people named in
        full with it and how each was last so named; `named` how often each entity has
        been named so far (both carried from sentence to sentence)."""
        found = self._full_names(text, spans)
        taken = [(m.start, m.end) for m in found]
        events: list[tuple[int, str, Mention | None]] = [(m.start, "full", m) for m in found]
        for start, end in self._surnames.spans(text):
            # The names found are in order and never overlap: the one starting last
            # at or before this word is the only one that can cover it.
            before = bisect_right(taken, (start, len(text) + 1)) - 1
            inside = before >= 0 and taken[before][0] <= start < taken[before][1]
            if inside or text[start:end] not in surnames:
                continue
            events.append((start, text[start:end], None))
        events.sort(key=lambda e: e[0])
        out: list[Mention] = []
        for start, word, mention in events:
            if mention is not None:
                out.append(mention)
                words = text[mention.start : mention.end].split()
                # As the dataset writes it: "KATE Winslet" opens a tabloid's story.
                ends = {self._spelled.get(w.lower(), "") for w in (words[0], words[-1])}
                for word in ends if len(words) > 1 else ():
                    if mention.entity in surnames.get(word, ()):
                        people = active.setdefault(word, {})
                        as_kin = _after_kin(text, mention.start)
                        people[mention.entity] = (not as_kin, len(self.by_sentence), mention.start)
            elif word in active:
                # A given name in the sentence naming its bearer in full is someone
                # else's: in "Simon Kingsley-Pallant as Simon" the second is the part.
                here = len(self.by_sentence)
                people = {
                    e: at
                    for e, at in active[word].items()
                    if at[1] != here or (word, e) not in self._given
                }
                if not people:
                    continue
                entity = max(people, key=lambda e: (named[e], people[e]))
                mention = Mention(start, start + len(word), entity)
                out.append(mention)
            if mention is not None:
                named[mention.entity] += 1
        return out

    def within(
        self, sentence: int, start: int, end: int, loose: bool = False, most: int | None = None
    ) -> list[Mention]:
        """The mentions of a sentence that lie within [start, end), and with `loose`
        the names written in lower case there too; the first `most` of them (not with
        `loose`), read alone where a pronoun's antecedent is among a sentence's first
        names: listing them all each time made a sentence of thousands quadratic."""
        found = self.by_sentence[sentence]
        first = bisect_left(self.starts[sentence], start)
        last = bisect_left(self.starts[sentence], end, lo=first)
        if most is not None:
            # Only the last of them may end past `end`: they are in order, never overlapping.
            last = min(last, first + most)
        strict = [m for m in found[first:last] if m.end <= end]
        if not loose:
            return strict
        low = bisect_left(self._loose_starts[sentence], start)
        high = bisect_left(self._loose_starts[sentence], end, lo=low)
        more = [m for m in self.loose[sentence][low:high] if m.end <= end]
        return sorted(strict + more, key=lambda m: m.start) if more else strict

    def before(self, sentence: int, end: int) -> Mention | None:
        """The last mention of a sentence lying wholly before offset `end`, if any."""
        last = bisect_left(self.starts[sentence], end) - 1
        found = self.by_sentence[sentence]
        if last >= 0 and found[last].end > end:
            last -= 1  # it runs past `end`; the one before ends before it starts
        return found[last] if last >= 0 else None

    def at(self, paragraph: int, start: int, end: int) -> str | None:
        """The entity named by exactly these characters of a paragraph, if any."""
        return self._at.get((paragraph, start, end))

    def last_before(self, where: tuple[int, int], kinds: tuple[str, ...]) -> str | None:
        """The last entity of these kinds named before (paragraph, offset)."""
        paragraph, offset = where
        # Ten paragraphs back at most: a pronoun's antecedent is never further away, and
        # the search stays bounded on a long article.
        for index in range(paragraph, max(-1, paragraph - 10), -1):
            for mention in reversed(self.by_paragraph.get(index, ())):
                if index == paragraph and mention.start >= offset:
                    continue
                if not kinds or self.kind(mention.entity) in kinds:
                    return mention.entity
        return None

    def named(self, text: str) -> str | None:
        """The entity `text` is exactly a name of, if any."""
        return self._by_key.get(normalise_name(text))

    def kind(self, entity: str) -> str:
        return self.dataset.entities[entity].kind

    def knows_people(self) -> bool:
        """Whether the dataset says which kinds are people (its quote property does)."""
        return bool(self._people)

    def things(self, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """Of these kinds, those that are no person's: what "it" or "the drama" may be."""
        return tuple(k for k in kinds if k not in self._people)

    def named_in(self, text: str) -> list[str]:
        """The entities `text` names in full (a headline), in its order."""
        return [m.entity for m in self._full_names(text, self._names.spans(text))]

    def topic(self, kinds: tuple[str, ...], among: frozenset[str] = frozenset()) -> str | None:
        """The article's most-named entity of these kinds (of those `among`, where the
        text names one of them); on a tie, the one of the kind listed first (a property
        lists the kinds of its subject so: the work before a programme its people appear
        on, as "Appearing on Lorraine" and "I Am Ruth airs on Channel 4" name each once),
        then the earliest named."""
        if among and among.isdisjoint(self.counts):
            among = frozenset()
        best: tuple[int, int, int, str] | None = None
        for entity, count in self.counts.items():
            if (kinds and self.kind(entity) not in kinds) or (among and entity not in among):
                continue
            rank = kinds.index(self.kind(entity)) if kinds else 0
            key = (-count, rank, self.first[entity], entity)
            if best is None or key < best:
                best = key
        return best[3] if best else None
