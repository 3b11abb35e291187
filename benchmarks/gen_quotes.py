"""Corpora whose cost is in the quotes and the values, not in the dataset's transcripts.

- `QuoteHeavy`: a quarter of the claims are `said` claims quoting natural-English sentences
  in the dataset's words, by about 50 speakers; a few sentences are quoted by hundreds of
  sources, and one quote in five changes a word, drops one or adds one. Most quotes match
  no transcript, so they are compared across sources, as real coverage of a story is.
- `SmallVocabulary`: values and quotes drawn from a few facts and a few dozen words, with
  many values wrong: every group of claims is large, and every quote shares phrases with
  every other.

Both are schema-valid and every name resolves (no E1xx finding); both are deterministic
for a seed. The rest of each file is the ordinary generator's (`generate.Corpus`).
"""

from __future__ import annotations

import random
from typing import Any

from generate import Corpus, write_file
from vocabulary import Chain, dataset_prose, speakers

from validator.dataset.model import Dataset

__all__ = ["QuoteHeavy", "SmallVocabulary", "generate_quotes", "generate_vocabulary"]

_POPULAR = 6  # sentences quoted by a large share of the sources
_VARIANT = 0.2  # quotes with a word changed, dropped or added


def _variant(rng: random.Random, text: str, words: list[str]) -> str:
    """A word-level change, as quotes drift between outlets."""
    parts = text.split(" ")
    at = rng.randrange(len(parts))
    kind = rng.randrange(3)
    if kind == 0:
        parts[at] = rng.choice(words)
    elif kind == 1 and len(parts) > 4:
        del parts[at]
    else:
        parts.insert(at, rng.choice(words))
    return " ".join(parts)


class QuoteHeavy(Corpus):
    """One claim in four quotes a sentence; see the module's description."""

    quote_share = 0.25
    vocabulary: int | None = None

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int, files: int) -> None:
        super().__init__(dataset, seed, claims_per_file)
        rng = random.Random(seed)
        self.chain = Chain(dataset_prose(dataset), self.vocabulary)
        self.speakers = speakers(dataset, 50)
        # Each sentence has one speaker; the pool grows with the corpus so that most
        # sentences are quoted a few times and the popular ones hundreds of times.
        quotes = max(1, int(files * claims_per_file * self.quote_share))
        self.sentences = [self.chain.sentence(rng) for _ in range(max(20, quotes // 4))]
        self.owner = [rng.choice(self.speakers) for _ in self.sentences]

    def claim(self, rng: random.Random, published: Any) -> dict[str, Any]:
        if rng.random() >= self.quote_share or not self.speakers:
            return super().claim(rng, published)
        if rng.random() < 0.3:
            index = rng.randrange(min(_POPULAR, len(self.sentences)))
        else:
            index = rng.randrange(len(self.sentences))
        text = self.sentences[index]
        if rng.random() < _VARIANT:
            text = _variant(rng, text, self.chain.words)
        speaker = self.owner[index] if rng.random() < 0.95 else rng.choice(self.speakers)
        claim: dict[str, Any] = {
            "subject": self.name(rng, speaker),
            "property": "said",
            "value": text,
        }
        self._decorate(rng, claim, quote=True)
        return claim


class SmallVocabulary(QuoteHeavy):
    """Few facts, few words, many wrong values; see the module's description."""

    vocabulary = 40

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int, files: int) -> None:
        super().__init__(dataset, seed, claims_per_file, files)
        rng = random.Random(seed + 1)
        # A handful of facts, each claimed by many sources, a third of them wrongly.
        self.others = rng.sample(self.others, min(8, len(self.others)))
        self.wrong_rate = 0.35
        self.sentences = self.sentences[: max(20, len(self.sentences) // 10)]
        self.owner = self.owner[: len(self.sentences)]


def _generate(
    kind: type[QuoteHeavy], out: str, dataset: Dataset, files: int, claims: int, seed: int
) -> list[str]:
    corpus = kind(dataset, seed, claims, files)
    return [write_file(out, *corpus.document(n)) for n in range(1, files + 1)]


def generate_quotes(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the quote-heavy corpus to `out`; return its claim files."""
    return _generate(QuoteHeavy, out, dataset, files, claims, seed)


def generate_vocabulary(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the small-vocabulary corpus to `out`; return its claim files."""
    return _generate(SmallVocabulary, out, dataset, files, claims, seed)
