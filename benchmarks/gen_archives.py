"""A corpus whose every source names its archived text, an article's length, and misquotes
it often: a desk that archives every page it checks, and a stretch of claims copied
carelessly.

Built on the ordinary generator's files (`generate.Corpus`): each file's archive holds its
claims' excerpts among sentences of the dataset's own words (its quotes and names, drawn
at random) up to `_ARTICLE` characters, and one excerpt in `_MISQUOTED` has a word
changed, so that it is not found and its nearest passage is looked for. What this shape
weighs is the excerpt check (E107): every excerpt searched for in an article, and the
nearest passage to each one not found. Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from typing import Any

from generate import Corpus, write_file

from validator.dataset.model import Dataset

__all__ = ["Archiving", "generate_archives"]

_ARTICLE = 12_000  # characters of an archived article, about 2,000 words
_MISQUOTED = 5  # one excerpt in this many has a word changed


class Archiving(Corpus):
    """The ordinary corpus with an archived article for every file."""

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int) -> None:
        super().__init__(dataset, seed, claims_per_file)
        texts = [str(f.value) for f in self.quotes]
        texts += [e.label for e in dataset.entities.values()]
        self.words = sorted({w for t in texts for w in re.findall(r"[A-Za-z]+", t)})

    def _sentence(self, rng: random.Random) -> str:
        text = " ".join(rng.choice(self.words) for _ in range(rng.randint(12, 30)))
        return text[0].upper() + text[1:] + "."

    def document(self, number: int) -> tuple[dict[str, Any], str | None]:
        document, _ = super().document(number)
        rng = random.Random(self.seed * 7_000_003 + number)
        source = document["source"]
        source["archive"] = f"sources/{source['id']}.txt"
        claims = [claim for claim in document["claims"] if "excerpt" in claim]
        body = [claim["excerpt"] for claim in claims]
        while sum(map(len, body)) < _ARTICLE:
            body.append(self._sentence(rng))
        rng.shuffle(body)
        for claim in claims:
            if rng.randrange(_MISQUOTED) == 0:
                words = claim["excerpt"].split(" ")
                at = rng.randrange(len(words))
                words[at] = rng.choice([w for w in ("film", "drama", "story") if w != words[at]])
                claim["excerpt"] = " ".join(words)
        return document, "\n\n".join(body) + "\n"


def generate_archives(
    out: str, dataset: Dataset, *, files: int, claims: int, seed: int = 1
) -> list[str]:
    """Write the archived corpus to `out`; return its claim files."""
    corpus = Archiving(dataset, seed, claims)
    return [write_file(out, *corpus.document(n)) for n in range(1, files + 1)]
