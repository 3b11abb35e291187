"""A list printed one item a line under a heading of its own.

A round-up prints its winners one category a line, under a line that says what the list
is ("Winners:", "The full list of nominees:"), and the same list may be written on one
line ("Winners: Leading Actress: Kate Winslet, I Am Ruth"). A cue of the dataset
reading the one-line form opens with the heading's words and a colon, then a gap
("winners: ... {value}: {subject}"); the gap may not reach past its sentence, so each
line of the printed list is read with the cue's words after the gap, opening the line,
where the heading ends a sentence before it and every line between is a label's
("Leading Actress: ..."); a heading on a line of its own may lack the colon ("Winners",
a Markdown "## Winners"). The one-line form may go on past a semicolon ("Winners:
Leading Actress: Kate Winslet, I Am Ruth; Single Drama: I Am Ruth") or a bullet ("... I
Am Ruth - Single Drama: I Am Ruth"), each item a sentence of its own: each after the
first is read as a line of the printed list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import CompiledCue
from .line_ends import DASH_LEADER, DOT_LEADER
from .sentences import Sentence

__all__ = ["Heading", "colon_for_leader", "heading_of", "label_of", "under_headings"]

# A cue's heading: words (no slot, option or gap) ending in a colon, then a gap and the
# rest, which starts with a slot.
_HEADED = re.compile(r"\s*(?P<head>[^{}\[\].]*?[^\W\d_]:)\s+\.\.\.\s+(?P<rest>\{.*)")
# A line of the list: a label of up to eight words, a colon, and what it labels.
_LABEL = re.compile(r"\s*(?P<label>[^\s:][^:]{0,80}?):\s+\S")
_MAX_LABEL_WORDS = 8
# A line of a list printed one item a line with a leader where the colon would be, as a
# press release sets its cast and credits: a run of dots ("Ruth .......... KATE
# WINSLET"), tabs and spaces two characters long at least ("Ruth<TAB><TAB>Kate Winslet":
# one is no room for a colon and its space) or a dash between spaces ("Ruth - Kate
# Winslet"). The label holds no full stop, so no sentence ending in an ellipsis is one.
_LONGEST_LINE = 300
_LEADERED = re.compile(
    r"\s*(?P<label>[^\s:.…\t][^:.…\t]{0,80}?)"
    rf"(?P<leader>{DOT_LEADER}|[ \t]*\t[ \t]*|{DASH_LEADER})(?=[^\s.…])"
)


@dataclass(frozen=True, slots=True)
class Heading:
    words: re.Pattern[str]  # the heading's words, ending a sentence
    cue: CompiledCue  # the cue's words after its gap, opening a line of the list

    @property
    def opens(self) -> re.Pattern[str]:
        """The heading's words with a line of the list after them in the same sentence
        ("Winners: Leading Actress: ..."); `re` keeps the compiled pattern."""
        return re.compile(self.words.pattern.removesuffix(r"\s*$") + r"\s+", self.words.flags)


def heading_of(text: str) -> tuple[re.Pattern[str], str] | None:
    """A cue `text` opening with a heading's words and a colon, then a gap: the pattern
    of those words ending a sentence, and the cue's words after the gap; else None."""
    found = _HEADED.fullmatch(text)
    if found is None:
        return None
    words = r"\s+".join(re.escape(word) for word in found.group("head").split())
    return re.compile(rf"(?<![\w’'-]){words}\s*$", re.IGNORECASE), found.group("rest")


# A cue that is a fact box's line: a label, a colon and the value ("director: {value}").
_LABEL_CUE = re.compile(r"\s*(?P<label>[^{}\[\]:.]+):\s*\{value\}\s*")


def label_of(cue: str) -> str | None:
    """The label of a cue that is a fact box's line ("director" of "director: {value}"),
    as `under_headings` compares it; None for any other cue."""
    found = _LABEL_CUE.fullmatch(cue)
    return None if found is None else _folded(found.group("label"))


def _folded(label: str) -> str:
    """A label as cues' and lines' labels are compared: in one case, spaced once."""
    return " ".join(label.casefold().split())


def under_headings(
    sentences: Sequence[Sentence],
    headings: Sequence[Heading],
    paragraphs: Sequence[str],
    labels: frozenset[str] = frozenset(),
) -> dict[int, list[CompiledCue]]:
    """Each sentence of a list under a heading, by index, with the cues its heading
    reads it with: the sentences right after one that is the heading (`_heads`), each a
    label's, up to the first that is not; and those after a sentence the heading's words
    open on a label's line, which a semicolon or a bullet ends: each a label's, in the
    same paragraph (of `paragraphs`), the one before it ending so too. A line whose label
    is one of the dataset's own fact box labels (`labels`, see `label_of`) ends the
    list: "Director: Dominic Savage" after a cast list is the credits', not a part
    called Director."""
    out: dict[int, list[CompiledCue]] = {}
    if not headings:
        return out
    current: list[CompiledCue] = []
    on_one_line = False  # the list goes on past each semicolon or bullet, not line by line
    for index, sentence in enumerate(sentences):
        headed = [h.cue for h in headings if _heads(h, sentence.text)]
        if headed:
            current, on_one_line = headed, False
        elif (
            current
            and (_labelled(sentence.text) or (not on_one_line and _leadered(sentence.text)))
            and not _own_label(sentence.text, labels)
            and (not on_one_line or _runs_on(paragraphs, sentences[index - 1], sentence))
        ):
            out[index] = current
        else:
            on_one_line = index + 1 < len(sentences)
            on_one_line = on_one_line and _runs_on(paragraphs, sentence, sentences[index + 1])
            current = _opened(sentence.text, headings) if on_one_line else []
    return out


def _heads(heading: Heading, text: str) -> bool:
    """Whether `text` is a heading of the list: the heading's words ending it, with their
    colon, or alone on their line without it, as a Markdown heading prints them ("##
    Winners" is read "Winners"): "The night's winners" ending a sentence is no heading."""
    if heading.words.search(text):
        return True
    bare = text.strip().lstrip("#").strip()
    return ":" not in bare and heading.words.match(bare + ":") is not None


def _opened(text: str, headings: Sequence[Heading]) -> list[CompiledCue]:
    """The cues of the headings whose words open a list's first line in `text`, which a
    semicolon or a bullet ends: the one-line list goes on in the sentences after it."""
    out = []
    for heading in headings:
        found = heading.opens.search(text)
        if found is not None and _labelled(text[found.end() :]):
            out.append(heading.cue)
    return out


# A bullet between two items of a list written on one line (see sentences).
_BULLET = re.compile(r"\s+[-–—•·*]\s+")


def _runs_on(paragraphs: Sequence[str], before: Sentence, sentence: Sentence) -> bool:
    """Whether `sentence` goes on the one-line list `before` is of: a semicolon ends
    `before`, or a bullet stands between them, in the same paragraph."""
    if before.paragraph != sentence.paragraph:
        return False
    between = paragraphs[before.paragraph][before.end : sentence.start]
    return before.text.rstrip().endswith(";") or _BULLET.fullmatch(between) is not None


def _own_label(text: str, labels: frozenset[str]) -> bool:
    """Whether a list's line opens with one of the dataset's fact box labels, before its
    colon or its leader."""
    found = _LABEL.match(text) or _leader_of(text)
    return found is not None and _folded(found.group("label")) in labels


def _leader_of(text: str) -> re.Match[str] | None:
    """The label and leader opening `text`, a printed list's short line; None for any
    other text. A line past `_LONGEST_LINE` is none: each of the label's possible ends
    would read the run of spaces after it again."""
    return _LEADERED.match(text) if len(text) <= _LONGEST_LINE else None


def _leadered(text: str) -> bool:
    """Whether a sentence is a printed list's line with a leader for its colon: one
    `colon_for_leader` reads as a colon."""
    return colon_for_leader(text) != text


def colon_for_leader(text: str) -> str:
    """`text` with a list line's leader written as a colon and spaces, the same length
    ("Ruth:          KATE WINSLET"), so the heading's cue ("{character}: {value}")
    reads it where the names stand; any other text as it is."""
    found = _leader_of(text)
    if found is None or len(found.group("label").split()) > _MAX_LABEL_WORDS:
        return text
    start, end = found.span("leader")
    if end - start < 2:  # "Ruth…Kate": no room for the space after the colon
        return text
    return text[:start] + ":" + " " * (end - start - 1) + text[end:]


def _labelled(text: str) -> bool:
    """Whether a sentence is a list's line: a short label, a colon, then what it labels."""
    found = _LABEL.match(text)
    return found is not None and len(found.group("label").split()) <= _MAX_LABEL_WORDS
