"""Words, sentences and misspellings drawn from a dataset, for the benchmark's corpora.

Nothing here knows what the dataset is about: sentences are walks of a word-pair chain
built from the dataset's own prose (its transcripts and descriptions), and misspellings
are one edit away from the names it gives its entities.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

from validator.dataset.model import Dataset
from validator.model.names import normalise_name

__all__ = ["Chain", "dataset_prose", "misspell", "misspellings", "speakers"]

_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*,?")


def dataset_prose(dataset: Dataset) -> list[str]:
    """The dataset's running prose, in a stable order: its transcripts and descriptions
    (not its notes, which are full of reference ids)."""
    texts: list[str] = []
    for _, facts in sorted(dataset.facts.items()):
        for fact in facts:
            if dataset.properties[fact.property].type == "quote":
                texts.append(str(fact.raw_value))
    for entity_id in sorted(dataset.entities):
        description = dataset.entities[entity_id].description
        if description:
            texts.append(description)
    for name in sorted(dataset.properties):
        if dataset.properties[name].description:
            texts.append(dataset.properties[name].description)
    return texts


class Chain:
    """A first-order word chain over the dataset's prose: natural-looking English in the
    dataset's words, as many distinct sentences as asked for."""

    def __init__(self, texts: list[str], vocabulary: int | None = None) -> None:
        sentences = [_WORD.findall(t) for t in texts]
        counts = Counter(w.lower() for words in sentences for w in words)
        # A small vocabulary: only the commonest words, so that sentences share most phrases.
        kept = {w for w, _ in counts.most_common(vocabulary)} if vocabulary else set(counts)
        self.words = sorted(kept)
        self.follow: dict[str, list[str]] = {}
        self.starts: list[str] = []
        for words in sentences:
            words = [w for w in words if w.lower() in kept]
            if len(words) < 2:
                continue
            self.starts.append(words[0])
            for a, b in itertools.pairwise(words):
                self.follow.setdefault(a.lower(), []).append(b)
        if not self.starts:
            raise ValueError("the dataset has no prose to build sentences from")

    def sentence(self, rng: random.Random, low: int = 10, high: int = 28) -> str:
        length = rng.randint(low, high)
        word = rng.choice(self.starts)
        words = [word[0].upper() + word[1:]]
        while len(words) < length:
            nexts = self.follow.get(word.lower())
            word = rng.choice(nexts) if nexts else rng.choice(self.words)
            words.append(word)
        return " ".join(words) + "."


def speakers(dataset: Dataset, count: int, prop: str = "said") -> list[str]:
    """Up to `count` entities that may be the subject of `prop`, in a stable order."""
    kinds = set(dataset.properties[prop].subject_kinds) if prop in dataset.properties else set()
    found = [e.id for _, e in sorted(dataset.entities.items()) if not kinds or e.kind in kinds]
    return found[:count]


def misspell(rng: random.Random, name: str) -> str:
    """`name` one typing slip away: a letter dropped, doubled, swapped or replaced."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if not letters:
        return name + "x"
    at = rng.choice(letters)
    kind = rng.randrange(4)
    if kind == 0 and len(letters) > 3:
        return name[:at] + name[at + 1 :]
    if kind == 1:
        return name[:at] + name[at] + name[at:]
    if kind == 2 and at + 1 < len(name) and name[at + 1].isalpha() and name[at + 1] != name[at]:
        return name[:at] + name[at + 1] + name[at] + name[at + 2 :]
    other = "aeiou" if name[at].lower() not in "aeiou" else "rstln"
    return name[:at] + rng.choice(other) + name[at + 1 :]


def misspellings(
    dataset: Dataset, count: int, seed: int, among: list[str] | None = None
) -> list[str]:
    """`count` distinct misspelt names (of the entities `among`, else all of them), none of
    which names anything in the dataset."""
    rng = random.Random(seed)
    ids = among if among is not None else sorted(dataset.entities)
    names = [n for i in ids for n in dataset.entities[i].names if len(n) > 3]
    found: dict[str, str] = {}
    tries = 0
    while len(found) < count and tries < count * 50:
        tries += 1
        wrong = misspell(rng, rng.choice(names))
        key = normalise_name(wrong)
        if key not in found and dataset.resolve_entity(wrong) is None:
            found[key] = wrong
    return list(found.values())
