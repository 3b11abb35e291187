"""A large dataset, and a corpus that misspells its names.

`grow_dataset` writes a copy of a dataset grown to N entities: its own files as they are,
then files of at most 5,000 new entities each. A new entity copies an entity of the
dataset (its kind, its facts but quotes, its broader entities) under a new id and a new
name made of words from the dataset's names, so names stay distinct and look like names.
The transcripts (quote facts) are not copied: the growth is in entities and facts, not
in the quotes every quoted claim is compared with.

`generate_misspelt` writes the ordinary generator's corpus against such a dataset, with
N distinct misspelt subjects (each one slip away from a name, naming nothing): each
costs a did-you-mean search of every name. Both are deterministic for a seed.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from typing import Any

from generate import Corpus, write_file
from vocabulary import misspellings

from validator.dataset.load import dataset_files
from validator.dataset.model import Dataset
from validator.draft.render import scalar
from validator.model.names import normalise_name
from validator.read.files import LoadedFile, load_file

__all__ = ["PER_FILE", "generate_misspelt", "grow_dataset"]

PER_FILE = 5000  # new entities per dataset file: many files, each far under the size limit


def _flow(value: Any) -> str:
    """A YAML flow value, read back as written (dates stay strings, as the loader reads)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return scalar(value)


def _entity_yaml(entity: dict[str, Any]) -> str:
    lines = [f"  - id: {scalar(entity['id'])}", f"    kind: {scalar(entity['kind'])}"]
    lines.append(f"    names: {_flow(entity['names'])}")
    for key in ("broader", "complete"):
        if entity.get(key):
            lines.append(f"    {key}: {_flow(entity[key])}")
    if entity.get("facts"):
        lines.append("    facts:")
        lines.extend(f"      - {_flow(fact)}" for fact in entity["facts"])
    return "\n".join(lines) + "\n"


def _templates(files: list[str], quote_properties: set[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in files:
        loaded = load_file(path)
        if not isinstance(loaded, LoadedFile) or not isinstance(loaded.data, dict):
            raise ValueError(f"{path}: not a readable dataset file")
        for entity in loaded.data.get("entities") or []:
            facts = [f for f in entity.get("facts") or [] if f["property"] not in quote_properties]
            found.append({**entity, "facts": facts})
    return found


def _namer(rng: random.Random, entities: list[dict[str, Any]], taken: set[str]) -> Any:
    words = sorted(
        {w for e in entities for n in e["names"] for w in re.findall(r"[A-Z][a-z]{2,}", str(n))}
    )

    def name() -> str:
        size = 2
        while True:
            for _ in range(20):
                candidate = " ".join(rng.choice(words) for _ in range(size))
                key = normalise_name(candidate)
                if key not in taken:
                    taken.add(key)
                    return candidate
            size += 1  # two words are used up: three

    return name


def grow_dataset(out: str, source: str, entities: int, dataset: Dataset, seed: int = 1) -> int:
    """Write `source` (a dataset folder, loaded as `dataset`) grown to `entities` entities
    into `out`; return the number of dataset files written."""
    files = dataset_files(source)
    os.makedirs(out, exist_ok=True)
    for path in files:
        shutil.copyfile(path, os.path.join(out, os.path.relpath(path, source).replace(os.sep, "-")))
    quotes = {n for n, p in dataset.properties.items() if p.type == "quote"}
    templates = _templates(files, quotes)
    rng = random.Random(seed)
    name = _namer(rng, templates, set(dataset.names))
    wanted = max(0, entities - len(dataset.entities))
    written = len(files)
    for start in range(0, wanted, PER_FILE):
        chunk = []
        for number in range(start, min(wanted, start + PER_FILE)):
            template = rng.choice(templates)
            chunk.append(
                _entity_yaml(
                    {**template, "id": f"{template['id']}-{number + 1}", "names": [name()]}
                )
            )
        written += 1
        path = os.path.join(out, f"grown-{start // PER_FILE + 1:04d}.yaml")
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("entities:\n" + "".join(chunk))
    return written


def generate_misspelt(
    out: str, dataset: Dataset, *, files: int, claims: int, misspelt: int, seed: int = 1
) -> list[str]:
    """The ordinary corpus against `dataset` with `misspelt` subjects misspelt, each
    differently, spread evenly over the claims."""
    corpus = Corpus(dataset, seed, claims)
    total = files * claims
    wrong = misspellings(dataset, min(misspelt, total), seed)
    at = {i * total // len(wrong): text for i, text in enumerate(wrong)} if wrong else {}
    written: list[str] = []
    for number in range(1, files + 1):
        document, archive = corpus.document(number)
        for index, claim in enumerate(document["claims"]):
            text = at.get((number - 1) * claims + index)
            if text is not None:
                claim["subject"] = text
        written.append(write_file(out, document, archive))
    return written
