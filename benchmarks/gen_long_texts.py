"""A corpus of long texts: every claim carries an excerpt of about 150 words, as a desk
that quotes whole paragraphs writes them.

Built on the ordinary generator's files (`generate.Corpus`), each claim's excerpt
replaced by a paragraph: one in ten is wire copy that several sources print word for
word, one in ten wire copy edited (a word changed in every thirty), the rest written
by the source alone. The words are the dataset's own (its quotes and its names), drawn
at random, so that no two paragraphs share a run of twelve words by chance; a file
that names an archive holds its paragraphs in it, as the ordinary generator's do.
What this shape weighs is the text itself: the shared-wording check (S501) cuts every
paragraph into runs of words, and the reports carry every excerpt. Deterministic for a
seed.
"""

from __future__ import annotations

import random
import re
from typing import Any

from generate import Corpus, write_file

from validator.dataset.model import Dataset

__all__ = ["LongTexts", "UnspacedLongTexts", "generate_long_texts", "generate_unspaced_long_texts"]

_WORDS = 150  # words in a paragraph
_EDIT_EVERY = 30  # an edited copy changes a word in every this many
_COPIES = 10  # claims drawing on each wire paragraph, printed or edited, on average


class LongTexts(Corpus):
    """The ordinary corpus with a long paragraph as every claim's excerpt."""

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int, files: int) -> None:
        super().__init__(dataset, seed, claims_per_file)
        texts = [str(f.value) for f in self.quotes]
        texts += [e.label for e in dataset.entities.values()]
        self.words = sorted({w for t in texts for w in re.findall(r"[A-Za-z]+", t)})
        rng = random.Random(seed + 2)
        wire = max(1, files * claims_per_file // (5 * _COPIES))
        self.wire = [self._paragraph(rng) for _ in range(wire)]

    def _paragraph(self, rng: random.Random) -> str:
        text = " ".join(rng.choice(self.words) for _ in range(_WORDS))
        return text[0].upper() + text[1:] + "."

    def claim(self, rng: random.Random, published: Any) -> dict[str, Any]:
        claim = super().claim(rng, published)
        roll = rng.random()
        if roll < 0.1:
            claim["excerpt"] = rng.choice(self.wire)
        elif roll < 0.2:
            words = rng.choice(self.wire).split(" ")
            for index in range(rng.randrange(_EDIT_EVERY), len(words), _EDIT_EVERY):
                words[index] = rng.choice(self.words)
            claim["excerpt"] = " ".join(words)
        else:
            claim["excerpt"] = self._paragraph(rng)
        return claim


def generate_long_texts(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the long-text corpus to `out`; return its claim files."""
    corpus = LongTexts(dataset, seed, claims, files)
    return [write_file(out, *corpus.document(n)) for n in range(1, files + 1)]


class UnspacedLongTexts(LongTexts):
    """The long-text corpus in a script written without spaces: each word the
    paragraphs are drawn from is two Chinese characters, and a paragraph's words are
    written together, as a desk quoting Chinese sources has them. A few hundred words
    make a few hundred characters between them, so six characters in a row (three
    words' weight) recur by chance across the corpus, as a language's common phrases
    do, where twelve English words in a row never do."""

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int, files: int) -> None:
        super().__init__(dataset, seed, claims_per_file, files)
        lowered = sorted({word.lower() for word in self.words})
        self.glyphs = {
            word: chr(0x4E00 + number) + chr(0x6000 + number) for number, word in enumerate(lowered)
        }

    def claim(self, rng: random.Random, published: Any) -> dict[str, Any]:
        claim = super().claim(rng, published)
        words = claim["excerpt"].rstrip(".").split(" ")
        claim["excerpt"] = "".join(self.glyphs[word.lower()] for word in words) + "\u3002"
        return claim


def generate_unspaced_long_texts(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the long-text corpus in Chinese characters to `out`; return its claim files."""
    corpus = UnspacedLongTexts(dataset, seed, claims, files)
    return [write_file(out, *corpus.document(n)) for n in range(1, files + 1)]
