"""Paragraphs into sentences, each an exact span of its paragraph.

syntok (segtok's successor) was chosen over pysbd after both ran on the seed articles
(benchmarks/RESULTS.md): it is five times faster, ends a sentence inside a quotation as a
reader would (so excerpts stay short), and never leaves a closing quotation mark alone as
a "sentence" the way pysbd does after mixed quote marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from syntok import segmenter

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
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                text = paragraph[start:end]
                if text.strip():
                    out.append(Sentence(index, start, text))
    return out
