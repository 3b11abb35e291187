"""Generate a synthetic claim corpus in the claim-file format, from the dataset's vocabulary.

    python benchmarks/generate.py benchmarks/corpus                   # 2,000 files x 50 claims
    python benchmarks/generate.py benchmarks/corpus-1 --files 1 --claims 100000   # one big file
    python benchmarks/generate.py OUT --format json                    # the same corpus as JSON

Every claim is built from a fact of the canonical dataset (or a name it knows), so the
corpus exercises the whole run: most claims are supported, some less precise, some
refuted, some unverifiable; some use an inverse property; quotes are transcripts with
the occasional changed word; many claims carry an excerpt, and one file in ten names an
archive holding its excerpts. Every file is schema-valid and every name resolves, so a
run over the corpus reports no E1xx finding. The output is deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:  # run as a script from anywhere in a checkout
    sys.path.insert(0, ROOT)

from validator.dataset.load import load_dataset  # noqa: E402
from validator.dataset.model import Dataset, Fact  # noqa: E402
from validator.draft.render import scalar  # noqa: E402

__all__ = ["Corpus", "generate", "main", "to_yaml", "write_file"]

_OUTLETS = (
    "The Guardian", "The Times", "Financial Times", "Radio Times", "Tyla", "Yahoo UK",
    "Dexerto", "OK! magazine", "Deadline", "Metro", "The Independent", "Evening Standard",
    "BBC News", "Digital Spy", "Variety", "The Telegraph", "i", "NationalWorld",
)  # fmt: skip
_AUTHORS = (
    "Alex Morgan", "Sam Patel", "Jo Clarke", "Priya Shah", "Chris Evans", "Daisy Phillipson",
    "Lee Wong", "Maria Lopez", None,
)  # fmt: skip
_TOPICS = (
    "Kate Winslet on working with her daughter",
    "I Am Ruth review",
    "Everything we know about I Am Ruth",
    "BAFTA TV Awards 2023 winners",
    "Who is in the cast of I Am Ruth?",
    "Mia Threapleton interview",
    "Channel 4's I Am series explained",
)
_FILLER = (
    "The drama has drawn praise from critics and viewers alike.",
    "Channel 4 described the film as a raw and intimate portrait of a family.",
    "Speaking to reporters, the cast reflected on the experience of making it.",
    "The production was filmed over a few weeks with a small crew.",
)
_NEW_WORDS = ("truly", "really", "simply", "certainly", "perhaps", "always", "quite")


def _scalar(value: Any) -> str:
    """A YAML scalar: plain where that reads the same under YAML 1.2, quoted otherwise."""
    return scalar(value if value is None or isinstance(value, str | int | float) else str(value))


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in mapping.items()) + "}"


def _value(value: Any) -> str:
    return _flow(value) if isinstance(value, dict) else _scalar(value)


def to_yaml(document: dict[str, Any]) -> str:
    """The claim file as people write it: block mappings, flow style for small maps."""
    lines = ["source:"]
    for key, value in document["source"].items():
        lines.append(f"  {key}: {_value(value)}")
    lines.append("claims:")
    for claim in document["claims"]:
        first = True
        for key, value in claim.items():
            prefix = "  - " if first else "    "
            first = False
            if key == "acknowledge":
                lines.append(f"{prefix}{key}:")
                for ack in value:
                    lines.append(f"      - {_flow(ack)}")
            else:
                lines.append(f"{prefix}{key}: {_value(value)}")
    return "\n".join(lines) + "\n"


class Corpus:
    """Claims drawn from one dataset; `document(n)` is the n-th claim file."""

    def __init__(self, dataset: Dataset, seed: int, claims_per_file: int) -> None:
        self.dataset = dataset
        self.seed = seed
        self.claims_per_file = claims_per_file
        self.facts: list[Fact] = [
            f
            for (_, prop), facts in sorted(dataset.facts.items())
            for f in facts
            if not dataset.properties[prop].derived and not dataset.properties[prop].time_dependent
        ]
        self.quotes = [f for f in self.facts if dataset.properties[f.property].type == "quote"]
        self.others = [f for f in self.facts if dataset.properties[f.property].type != "quote"]
        self.births = [f for f in self.facts if f.property == "birth_date"]
        self.by_kind: dict[str, list[str]] = {}
        self._position: dict[str, int] = {}  # an entity's place in its kind's list
        for entity in dataset.entities.values():
            same = self.by_kind.setdefault(entity.kind, [])
            self._position[entity.id] = len(same)
            same.append(entity.id)
        self.wrong_rate = 0.06  # how often a fact claim's value is made wrong

    # Names, as writers use them: usually the first name, sometimes another or the id.
    def name(self, rng: random.Random, entity_id: str) -> str:
        entity = self.dataset.entities.get(entity_id)
        if entity is None or not entity.names:
            return entity_id
        roll = rng.random()
        if roll < 0.7:
            return entity.names[0]
        return rng.choice(entity.names)

    def _other_entity(self, rng: random.Random, entity_id: str) -> str:
        entity = self.dataset.entities.get(entity_id)
        kind = entity.kind if entity else "person"
        same = self.by_kind.get(kind, [])
        # Any other entity of the kind, drawn as rng.choice would from the list without
        # this one (the same bytes for a seed), without copying a list of 100,000 ids.
        skip = self._position.get(entity_id, -1) if entity is not None else -1
        count = len(same) - (0 <= skip < len(same) and same[skip] == entity_id)
        if count <= 0:
            return entity_id
        index = rng.randrange(count)
        if 0 <= skip < len(same) and same[skip] == entity_id and index >= skip:
            index += 1
        return same[index]

    def document(self, number: int) -> tuple[dict[str, Any], str | None]:
        """The claim file and, for one file in ten, the text of its archive."""
        rng = random.Random(self.seed * 1_000_003 + number)
        source_id = f"gen-{number:06d}"
        year, month, day = rng.choice(((2022, 12, 1), (2022, 12, 8), (2023, 5, 14), (2024, 2, 8)))
        published: Any = date(year, month, min(28, day + rng.randrange(20))).isoformat()
        roll = rng.random()
        if roll < 0.1:
            published = {"from": published}
        elif roll < 0.2:
            published = published[:7]
        source: dict[str, Any] = {
            "id": source_id,
            "outlet": rng.choice(_OUTLETS),
            "title": f"{rng.choice(_TOPICS)} ({number})",
            "url": f"https://news.example.com/{year}/{source_id}",
            "author": rng.choice(_AUTHORS),
            "published": published,
        }
        with_archive = number % 10 == 0
        if with_archive:
            source["archive"] = f"sources/{source_id}.txt"
        claims: list[dict[str, Any]] = []
        excerpts: list[str] = []
        used: dict[str, int] = {}
        for _ in range(self.claims_per_file):
            claim = self.claim(rng, published)
            stem = claim["property"].replace("_", "-")
            used[stem] = used.get(stem, 0) + 1
            claim = {"id": f"{stem}-{used[stem]}", **claim}
            if "excerpt" in claim:
                excerpts.append(claim["excerpt"])
            claims.append(claim)
        archive = None
        if with_archive:
            body = [*excerpts, *_FILLER]
            rng.shuffle(body)
            archive = "\n\n".join(body) + "\n"
            # One excerpt in twenty is misquoted against the archive: an E107 to find.
            for claim in claims:
                if "excerpt" in claim and rng.random() < 0.05:
                    claim["excerpt"] = claim["excerpt"].replace(" ", " so ", 1)
        return {"source": source, "claims": claims}, archive

    def claim(self, rng: random.Random, published: Any) -> dict[str, Any]:
        roll = rng.random()
        if roll < 0.12 and self.quotes:
            return self._quote(rng)
        if roll < 0.18 and self.births:
            return self._age(rng, published)
        if roll < 0.22:
            return self._unverifiable(rng)
        return self._fact_claim(rng, rng.choice(self.others))

    def _fact_claim(self, rng: random.Random, fact: Fact) -> dict[str, Any]:
        dataset = self.dataset
        prop = dataset.properties[fact.property]
        wrong = rng.random() < self.wrong_rate
        claim: dict[str, Any]
        if prop.type == "entity" and prop.inverse and rng.random() < 0.3:
            value_id = fact.raw_value if isinstance(fact.raw_value, str) else fact.subject
            claim = {
                "subject": self.name(rng, value_id),
                "property": prop.inverse,
                "value": self.name(rng, fact.subject),
            }
        else:
            claim = {
                "subject": self.name(rng, fact.subject),
                "property": prop.name,
                "value": self._written(rng, prop.type, prop.unit, fact.raw_value, wrong),
            }
        qualifiers: dict[str, Any] = {}
        for name, _, display in fact.qualifiers:
            kind = prop.qualifier_type(name) or "text"
            if kind == "integer":
                qualifiers[name] = int(display)
            elif kind == "entity":
                resolved = dataset.resolve_entity(display)
                qualifiers[name] = self.name(rng, resolved) if resolved else display
            else:
                qualifiers[name] = display
        if qualifiers and rng.random() < 0.8:
            claim["qualifiers"] = qualifiers
        self._decorate(rng, claim)
        return claim

    def _written(
        self, rng: random.Random, kind: str, unit: str | None, raw: Any, wrong: bool
    ) -> Any:
        if kind == "entity":
            return self.name(rng, self._other_entity(rng, raw) if wrong else raw)
        if kind == "date":
            text = str(raw)
            if wrong:
                return str(int(text[:4]) + rng.choice((-1, 1))) + text[4:]
            cut = rng.choice((len(text), len(text), 10, 7, 4))
            return text[: min(cut, len(text))]
        if kind in ("duration", "integer", "number", "percent"):
            base = raw.get("about", 0) if isinstance(raw, dict) else raw
            if not isinstance(base, int | float) or isinstance(base, bool):
                return base
            if wrong:
                base = base * 2 if kind != "integer" else base + 1
            forms: list[Callable[[], Any]] = [lambda: base]
            if kind == "duration" and unit == "minutes":
                forms += [
                    lambda: f"{base} min",
                    lambda: {"about": base},
                    lambda: f"{int(base) // 60}h{int(base) % 60}m" if base >= 60 else f"{base} min",
                ]
            elif kind != "duration":
                forms.append(lambda: {"from": base - 1, "to": base + 1})
            return rng.choice(forms)()
        if kind == "boolean":
            return (not raw) if wrong else bool(raw)
        if kind == "quote":
            return self._quoted(rng, str(raw), wrong)
        return str(raw)

    def _quoted(self, rng: random.Random, text: str, wrong: bool) -> str:
        words = " ".join(text.split()).split(" ")
        if len(words) > 8 and rng.random() < 0.3:  # a shorter stretch of the same quote
            start = rng.randrange(0, len(words) // 3)
            words = words[start : start + max(6, len(words) * 2 // 3)]
        if wrong or rng.random() < 0.15:  # a changed word, as misquotes go
            position = rng.randrange(len(words))
            words[position] = rng.choice(_NEW_WORDS)
        return " ".join(words)

    def _quote(self, rng: random.Random) -> dict[str, Any]:
        fact = rng.choice(self.quotes)
        claim: dict[str, Any] = {
            "subject": self.name(rng, fact.subject),
            "property": fact.property,
            "value": self._quoted(rng, str(fact.raw_value), rng.random() < 0.1),
        }
        about = fact.qualifier("about")
        if about is not None and rng.random() < 0.8:
            resolved = self.dataset.resolve_entity(about[1])
            claim["qualifiers"] = {"about": self.name(rng, resolved) if resolved else about[1]}
        self._decorate(rng, claim, quote=True)
        return claim

    def _age(self, rng: random.Random, published: Any) -> dict[str, Any]:
        fact = rng.choice(self.births)
        born = date.fromisoformat(str(fact.raw_value)[:10])
        as_of = date(2022, 12, 8) if isinstance(published, dict) else None
        when = as_of or date.fromisoformat(published if len(published) == 10 else f"{published}-28")
        age = when.year - born.year - ((when.month, when.day) < (born.month, born.day))
        if rng.random() < 0.08:
            age += rng.choice((-2, 2))
        claim: dict[str, Any] = {
            "subject": self.name(rng, fact.subject),
            "property": "age",
            "value": age,
        }
        if as_of is not None:
            claim["as_of"] = as_of.isoformat()
        self._decorate(rng, claim)
        return claim

    def _unverifiable(self, rng: random.Random) -> dict[str, Any]:
        """Claims the dataset has no fact for: checked for consistency across sources only."""
        dataset = self.dataset
        choice = rng.randrange(3)
        if choice == 0 and "rotten_tomatoes_score" in dataset.properties:
            claim: dict[str, Any] = {
                "subject": "I Am Ruth",
                "property": "rotten_tomatoes_score",
                "value": rng.choice((100, 100, 100, 92)),
                "as_of": rng.choice(("2022-12", "2023-05", "2023")),
            }
        elif choice == 1 and "theme" in dataset.properties:
            themes = self.by_kind.get("theme", [])
            dramas = self.by_kind.get("drama", []) or self.by_kind.get("film", [])
            claim = {
                "subject": self.name(rng, rng.choice(dramas)),
                "property": "theme",
                "value": self.name(rng, rng.choice(themes)),
            }
        else:
            people = self.by_kind.get("person", [])
            claim = {
                "subject": self.name(rng, rng.choice(people)),
                "property": "appeared_on",
                "value": "Lorraine" if "lorraine" in dataset.entities else "ITV",
            }
            if rng.random() < 0.5 and "appeared_on" in dataset.properties:
                claim["qualifiers"] = {"date": f"2022-12-{rng.randrange(1, 29):02d}"}
        self._decorate(rng, claim)
        return claim

    def _decorate(self, rng: random.Random, claim: dict[str, Any], quote: bool = False) -> None:
        if not quote and rng.random() < 0.6:
            value = claim["value"]
            shown = value if not isinstance(value, dict) else json.dumps(value)
            claim["excerpt"] = (
                f"{rng.choice(('As reported,', 'According to the article,', 'We learn that'))} "
                f"{claim['subject']} — {claim['property'].replace('_', ' ')}: {shown}."
            )
        if rng.random() < 0.05:
            claim["note"] = "Read from the article's second paragraph; the wording is ours."
        if rng.random() < 0.005:
            claim["acknowledge"] = [
                {
                    "code": "D201",
                    "reason": "Reviewed: the source is wrong here.",
                    "until": "2030-01-01",
                }
            ]


def generate(
    out: str,
    *,
    files: int = 2000,
    claims: int = 50,
    seed: int = 1,
    fmt: str = "yaml",
    dataset: str | Dataset | None = None,
) -> list[str]:
    """Write the corpus to `out` (created if needed); return the claim files written.

    `dataset`: the dataset whose vocabulary is used (default: the repository's)."""
    if dataset is None:
        dataset = os.path.join(ROOT, "dataset")
    loaded = dataset if isinstance(dataset, Dataset) else load_dataset(dataset)
    corpus = Corpus(loaded, seed, claims)
    return [write_file(out, *corpus.document(n), fmt) for n in range(1, files + 1)]


def write_file(
    out: str,
    document: dict[str, Any],
    archive: str | None,
    fmt: str = "yaml",
    stem: str | None = None,
) -> str:
    """Write one claim file (and its archive) under `out`; return the claim file's path.

    The file is named `stem` (default: its source id), the archive as the file names it."""
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    source_id = document["source"]["id"]
    path = os.path.join(out, f"{stem or source_id}.{fmt}")
    if fmt == "json":
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    else:
        text = to_yaml(document)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    if archive is not None:
        named = document["source"].get("archive") or f"sources/{source_id}.txt"
        with open(os.path.join(out, *named.split("/")), "w", encoding="utf-8") as f:
            f.write(archive)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the corpus to")
    parser.add_argument("--files", type=int, default=2000, help="claim files (default 2000)")
    parser.add_argument("--claims", type=int, default=50, help="claims per file (default 50)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml")
    parser.add_argument("--dataset", default=os.path.join(ROOT, "dataset"))
    args = parser.parse_args(argv)
    written = generate(
        args.out,
        files=args.files,
        claims=args.claims,
        seed=args.seed,
        fmt=args.format,
        dataset=args.dataset,
    )
    size = sum(os.path.getsize(p) for p in written)
    claims = len(written) * args.claims
    print(f"{len(written)} files, {claims} claims, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
