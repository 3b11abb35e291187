"""Paragraphs into sentences, each an exact span of its paragraph.

syntok (segtok's successor) was chosen over pysbd after both ran on the seed articles
(benchmarks/RESULTS.md): it is five times faster, ends a sentence inside a quotation as a
reader would (so excerpts stay short), and never leaves a closing quotation mark alone as
a "sentence" the way pysbd does after mixed quote marks.
"""

from __future__ import annotations

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


def split_sentences(paragraphs: tuple[str, ...]) -> list[Sentence]:
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
                    dash = _dateline_dash(tokens)
                    if dash:
                        place = tokens[: dash - 1]
                        end = place[-1].offset + len(place[-1].value)
                        out.append(
                            Sentence(index, place[0].offset, paragraph[place[0].offset : end])
                        )
                        tokens = tokens[dash:]
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                text = paragraph[start:end]
                if text.strip():
                    out.append(Sentence(index, start, text))
    return out


# A dateline: a place in capitals, then a county or region, comma-parted, in a few words.
_MAX_DATELINE = 5


def _dateline_dash(tokens: list[Token]) -> int:
    """Where the words after a dateline's dash start ("READING, Berkshire –"), or 0:
    the place in capitals (three letters or more), then up to a few capitalised words or
    commas, then the dash, with a capitalised word after it ("BAFTA – the academy"
    is one sentence)."""
    first = tokens[0].value
    if not (len(first) >= 3 and first.isalpha() and first.isupper()):
        return 0
    for at in range(1, min(len(tokens) - 1, _MAX_DATELINE + 1)):
        value = tokens[at].value
        if value in _OPENING_DASHES:
            return at + 1 if tokens[at + 1].value[:1].isupper() else 0
        if not (value == "," or value[:1].isupper()):
            return 0
    return 0
