"""Paragraphs into sentences, each an exact span of its paragraph.

syntok (segtok's successor) was chosen over pysbd after both ran on the seed articles
(benchmarks/RESULTS.md): it is five times faster, ends a sentence inside a quotation as a
reader would (so excerpts stay short), and never leaves a closing quotation mark alone as
a "sentence" the way pysbd does after mixed quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter
from syntok.tokenizer import Token

__all__ = ["Sentence", "split_sentences"]

_OPENING_DASHES = frozenset({"–", "—", "-", "•", "·"})


@dataclass(frozen=True, slots=True)
class Sentence:
    paragraph: int  # index in the article's paragraphs
    start: int  # offset in the paragraph
    text: str  # paragraph[start : start + len(text)]

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(
    paragraphs: tuple[str, ...], capital_names: frozenset[str] = frozenset()
) -> list[Sentence]:
    """The sentences; `capital_names` are names a dataset itself writes in capitals
    ("BAFTA"): opening a paragraph before a dash, such a name is no dateline's place."""
    out: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        for part in segmenter.analyze(paragraph):
            for tokens in part:
                # A dash opening a sentence is a wire story's, after its dateline
                # ("LONDON (PA) – Kate Winslet will ..."): no word of the sentence.
                while len(tokens) > 1 and tokens[0].value in _OPENING_DASHES:
                    tokens = tokens[1:]
                if not tokens:
                    continue
                if not out or out[-1].paragraph != index:
                    # A dateline opening a paragraph without a bracket to part it from
                    # its sentence ("READING, Berkshire – Kate Winslet will ..."): a
                    # sentence of its own, as "LONDON (PA)" is.
                    dash = _dateline_dash(tokens, capital_names)
                    if dash:
                        place = tokens[: dash - 1]
                        end = place[-1].offset + len(place[-1].value)
                        out.append(
                            Sentence(index, place[0].offset, paragraph[place[0].offset : end])
                        )
                        tokens = tokens[dash:]
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                for item in _items(paragraph, start, end):
                    for first, last in _marked_ends(paragraph, *item):
                        text = paragraph[first:last]
                        if text.strip():
                            out.append(Sentence(index, first, text))
    return out


# A list written on one line, its items parted by bullets ("Leading Actress: Kate
# Winslet, I Am Ruth - Single Drama: I Am Ruth"), as an extractor joins a list's lines,
# or by semicolons: where the next item is a label's (a few words, a colon), after a
# bullet a capitalised one. syntok parts "; Single Drama: ..." only where a capital
# follows the semicolon, not "; single drama: ...".
# Each break's spaces are taken from the first of their run: searched for from each
# space of a long run in turn, each search read the run to its end (quadratic).
_ITEM_BREAK = re.compile(
    r"(?:(?<=;)\s+(?=[^\W\d_])|(?<!\s)\s+[-–—•·*]\s+(?=[^\W\d_a-z]))"
    r"(?=(?P<label>[^:;.!?\"“”]{1,80}?):\s+\S)"
)
# What an item before the break opens with: a label and its colon, then what it
# labels or nothing ("Winners:" heads the items after it).
_LABELLED = re.compile(r"\s*(?P<label>[^\W\d_][^:;.!?\"“”]{0,80}?):(?:\s+\S|\s*$)")
_LABEL_WORDS = 8


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the list's items in `text[start:end]`, one sentence of a list
    written on one line (an item a semicolon parts ends in it); the span itself where
    it is no such list. A break counts where the item before it opens with a label and
    holds no quotation left open: in "She said: "It was hard - Mia: ..."", the words go
    on."""
    out: list[tuple[int, int]] = []
    at = start
    for found in _ITEM_BREAK.finditer(text, start, end):
        before = _LABELLED.match(text, at, found.start())
        piece = text[at : found.start()]
        if (
            before is None
            or len(before.group("label").split()) > _LABEL_WORDS
            or len(found.group("label").split()) > _LABEL_WORDS
            or piece.count('"') % 2
            or piece.count("“") != piece.count("”")
        ):
            continue
        out.append((at, found.start()))
        at = found.end()
    out.append((at, end))
    return out


# A reference work's footnote marks after a sentence's closing mark ("... in 2022.[1]",
# "as Ruth.[a][2]"): no words of the sentence, and an end syntok does not see, so the
# sentence after ran on in the same excerpt.
_MARKS = re.compile(
    r"(?<=[.!?…”\"’)])(?:\[(?:\d{1,3}|[a-z]{1,2}|(?i:note|nb) ?\d{1,3})\])+(?=\s|$)"
)


def _marked_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentences in `text[start:end]` parted at footnote marks after a
    closing mark, without the marks."""
    out: list[tuple[int, int]] = []
    at = start
    for found in _MARKS.finditer(text, start, end):
        out.append((at, found.start()))
        at = found.end()
        while at < end and text[at].isspace():
            at += 1
    if at < end:
        out.append((at, end))
    return out


# A dateline: a place in capitals, then a county, a region or a date, comma-parted, in a
# few words ("READING, Berkshire –", "LONDON, Dec. 8 –", "LEEDS, Yorkshire, 3 February 2025 –").
_MAX_DATELINE = 10


def _dateline_dash(tokens: list[Token], capital_names: frozenset[str] = frozenset()) -> int:
    """Where the words after a dateline's dash start ("READING, Berkshire –"), or 0: a
    place in capitals (each word three letters or more), then up to a few capitalised
    words, numbers or commas (its county, its date), then the dash, with a capitalised
    word after it. Words in capitals a dataset writes so are a name, not a place:
    "BAFTA – The academy ..." is one sentence, where "LONDON – The academy ..." opens on
    a dateline; datasets write a place as "London"."""
    place: list[str] = []
    for token in tokens[:_MAX_DATELINE]:
        value = token.value
        if not (len(value) >= 3 and value.isalpha() and value.isupper()):
            break
        place.append(value)
    if not place or " ".join(place) in capital_names:
        return 0
    for at in range(len(place), min(len(tokens) - 1, _MAX_DATELINE + 1)):
        value = tokens[at].value
        if value in _OPENING_DASHES:
            return at + 1 if tokens[at + 1].value[:1].isupper() else 0
        if not (value in (",", ".", "(", ")") or value[:1].isupper() or value.isdigit()):
            return 0  # its agency in brackets too: "NEW YORK (Reuters) -"
    return 0
