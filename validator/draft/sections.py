"""What a sentence that names no subject is about: its section's, or the article's.

A cue without `{subject}` ("runs for an hour", "stars as Victoria") is about the work the
text is about. In most articles that is the article's most-named work. A page of several
items (a TV guide's listings, a round-up) is parted by headings, each naming the item
below it: there, a sentence is about the work its section's heading names, and where the
heading is a title the dataset does not know ("The Quiz Vault"), about nothing the draft
can name. (A TV guide's "Runs for an hour." under another programme was drafted as the
film's running time.)

A heading is told as the page's copy shows it: a short line that does not end as a
sentence does. Consecutive such lines are one heading (a title, then "ITV1, 9pm").
"""

from __future__ import annotations

import re

from .line_ends import SCHEDULE, sentence_end
from .mentions import Mentions

__all__ = ["Sections", "is_heading", "is_title"]

# A photograph's credit closing a caption: "(Photo: ...)", "(Image: ...)", "(Ian West/PA)".
# The words before the credit's first "/" hold none: each "(" is read once to the next
# bracket, where "[^()]*/" went back over a long run of slashes from each of them.
_CREDIT = re.compile(r"\((?:[^()/]*/[^()]*|(?i:photo|image|picture|credit)[^()]*)\)\s*$")
_HEADING_WORDS = 10  # a heading is no longer; a caption or a standfirst usually is
# The lines of a heading: a title, a channel and time, a label ("Pick of the day").
_HEAD_LINES = 3
# Words a title leaves in lower case ("Game of Thrones", "The Lord of the Rings").
_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)


def is_heading(line: str) -> bool:
    """Whether a line of the article reads as a heading: short, not ending as a
    sentence does. A question ("Who plays Freya?") is a heading too; a photograph's
    caption, ending in its credit ("Suranne Jones in I Am Victoria (Photo: Channel 4)",
    "(Ian West/PA)"), is not: the text after it is not about what it shows."""
    words = line.split()
    if _CREDIT.search(line):
        return False
    return 0 < len(words) <= _HEADING_WORDS and not sentence_end(line)


def is_title(line: str) -> bool:
    """Whether a heading is a name written as a title: every word but the small ones
    capitalised, two at least ("Harbour Lights", "The Quiz Vault"), no question."""
    words = [w.strip("“”\"‘’'()") for w in line.split()]
    if line.rstrip().endswith("?") or ":" in line:
        return False
    capitals = [w for w in words if w[:1].isupper()]
    rest = [w for w in words if w and not w[:1].isupper()]
    return len(capitals) >= 2 and all(w.lower() in _MINOR for w in rest)


def _one_word_title(line: str) -> bool:
    """Whether a heading is one capitalised word of letters ("Gogglebox")."""
    word = line.strip().strip("“”\"‘’'")
    return len(word) > 1 and word[:1].isupper() and word.replace("-", "").isalpha()


# A listing's item: a title of capitalised words, then in brackets when and where it is on.
_ITEM = re.compile(
    r"\s*(?P<title>(?-i:[A-Z0-9][\w’'&:.!?-]*(?:\s+[\w’'&:.!?-]+){0,7}?))\s*\((?P<when>[^()]{1,60})\)"
)


# The same item with its time after a comma, as a guide's list prints it: "The Holiday,
# 10.40pm, Channel 4. Kate Winslet and ...", after a bullet or none. Every word of when
# and where it is on is a name's or a figure's: "Kate Winslet, who is on at 9pm, ..." is
# no item.
_COMMA_ITEM = re.compile(
    r"\s*(?:[-*•–]\s+)?(?P<title>(?-i:[A-Z0-9][\w’'&:!?-]*(?:\s+[\w’'&:!?-]+){0,7}?)),\s+"
    r"(?P<when>[^\s,][^,]{0,30}(?:,\s+[^\s,][^,]{0,30}){0,2}?)\.(?:\s|$)"
)


def _item(paragraph: str) -> re.Match[str] | None:
    """A listing's item opening `paragraph`: its title, then when it is on, in brackets
    or after a comma."""
    item = _ITEM.match(paragraph) or _COMMA_ITEM.match(paragraph)
    if item is None or not SCHEDULE.search(item.group("when")):
        return None
    if item.re is _COMMA_ITEM and not all(
        w[:1].isupper() or w[:1].isdigit() for w in item.group("when").replace(",", " ").split()
    ):
        return None
    return item


def _rank(mentions: Mentions, entity: str, kinds: tuple[str, ...]) -> int:
    """Where an entity's kind stands in a property's list of its subject's kinds."""
    kind = mentions.kind(entity)
    return kinds.index(kind) if kind in kinds else len(kinds)


class Sections:
    """The heading over each paragraph, and the subject it gives a sentence."""

    def __init__(
        self,
        paragraphs: tuple[str, ...],
        mentions: Mentions,
        title: str = "",
        labels: frozenset[str] = frozenset(),
    ) -> None:
        self._mentions = mentions
        # The dataset's fact box labels ("cast", "director"): a heading of one of them
        # heads a list of the article's own work, never a programme of that name.
        self._labels = labels
        # What the headline names, for kinds the text never names: an awards story's
        # "BAFTA TV Awards 2023: ..." is the ceremony of its "at the ceremony on Sunday".
        self._headline = mentions.named_in(title)
        self._paragraphs = paragraphs
        # For each paragraph, the heading over it as a range of paragraphs (empty before
        # the first): the last lines of a run of heading lines, so that a hostile page of
        # a million short lines keeps two numbers a paragraph.
        self._head: list[tuple[int, int]] = []
        start = end = 0
        previous_heading = False
        for index, paragraph in enumerate(paragraphs):
            heading = is_heading(paragraph)
            if heading and not previous_heading:
                start = index
            if heading:
                end = index + 1
            self._head.append((max(start, end - _HEAD_LINES), end))
            previous_heading = heading

    def subject(
        self, paragraph: int, kinds: tuple[str, ...], called: frozenset[str] = frozenset()
    ) -> str | None:
        """The subject of these kinds for a sentence of `paragraph` that names none: the
        last one its heading names (the last of the `called` kinds, when the sentence
        calls its subject by one: "the bridge" under "Harbour Bridge at 25: the crossing
        that changed Port City"); none under a title the dataset does not know; else the
        article's most-named of those its headline names, or of all, or else the first
        its headline names. A listing's item opening its paragraph with its title and
        its time in brackets or after a comma is that title's ("Love Actually (12.35am, ITV) -
        ...", "The Holiday, 10.40pm, Channel 4. ...")."""
        if paragraph < len(self._paragraphs):
            item = _item(self._paragraphs[paragraph])
            if item is not None:
                titled = self._mentions.by_paragraph.get(paragraph, ())
                return next(
                    (
                        m.entity
                        for m in titled
                        if m.end <= item.end("title")
                        and (not kinds or self._mentions.kind(m.entity) in kinds)
                    ),
                    None,
                )
        first, end = self._head[paragraph] if paragraph < len(self._head) else (0, 0)
        head = range(first, end)
        named = [
            (m.entity, bool(SCHEDULE.search(self._paragraphs[index])))
            for index in head
            for m in self._mentions.by_paragraph.get(index, ())
        ]
        of_kinds = [e for e, _ in named if not kinds or self._mentions.kind(e) in kinds]
        if not kinds:
            # A listing's line of channel or venue and time ("Lantern Theatre, 7.30pm")
            # says where the item is on, not what it is: the item is the title's, unless
            # the property's kinds are the channel's.
            of_kinds = [e for e, scheduled in named if not scheduled] or of_kinds
        if of_kinds:
            so_called = [e for e in of_kinds if self._mentions.kind(e) in called]
            return (so_called or of_kinds)[-1]
        # A heading line naming one of the dataset's entities (a caption's "Kate Winslet
        # (Photo: PA)") is no title of something else; a title over one that names only
        # its channel ("The Quiz Vault" over "8pm, Channel 4") still is.
        mentioned = self._mentions.by_paragraph
        if any(is_title(self._paragraphs[i]) and not mentioned.get(i) for i in head):
            return None
        if any(SCHEDULE.search(self._paragraphs[i]) for i in head) and any(
            _one_word_title(self._paragraphs[i])
            and not mentioned.get(i)
            and self._paragraphs[i].strip().casefold() not in self._labels
            for i in head
        ):
            # A listing's title of one word ("Gogglebox" over "9pm, Channel 4"): beside
            # its time it is a programme's name, where "Verdict" alone is a subheading,
            # and so is "Cast" under a press release's "Transmission: ..., 9pm".
            return None
        headline = [e for e in self._headline if not kinds or self._mentions.kind(e) in kinds]
        topic = self._mentions.topic(kinds)
        if topic is None:
            return headline[0] if headline else None
        # What the headline names is what the article is about, however often the text
        # names another of a kind the property lists later: a casting story headed "Kate
        # Winslet to star in I Am Ruth" names the film's series more often than the film.
        # Never one of a kind listed later ("Winslet on Lorraine: ..." is about the film
        # she talked of there, not the programme).
        headed = self._mentions.topic(kinds, among=frozenset(headline))
        if headed is not None and _rank(self._mentions, headed, kinds) <= _rank(
            self._mentions, topic, kinds
        ):
            return headed
        return topic
