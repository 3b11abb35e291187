"""Corpora of awkward structure, each written at any size, for `growth.py` to time at two
sizes and tell whether a run grows linearly with them.

The other shapes vary what the claims say (quotes, errors, long texts); these vary how
they stand to each other, where one rule's work could grow with the square of the
claims: thousands of sources on one subject and property (one group to compare), one
source contradicting itself in thousands of claims, one claim id or one source id used
thousands of times, thousands of wordings of one quote, the same words given to
thousands of speakers, one excerpt printed by every source, thousands of distinct
misspelt properties or subjects (each a did-you-mean), and folders nested deep.

Every name and value is drawn from the dataset given (a single-valued date fact, a quote
fact and its speaker), so the shapes hold for any subject, not one film; what a shape
needs and the dataset lacks is refused with a `ValueError` naming it.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from validator.dataset.model import Dataset, Fact

__all__ = ["GROWTH_SHAPES", "Picks", "picks", "write_growth"]

# Words a variant of the quote puts in place of two of its own.
_WORDS = ("apple", "river", "stone", "quiet", "bright", "garden", "window", "silver")
# How deep the `deep-folders` shape nests its files: one level more for each file, up to it.
_DEEPEST = 30


@dataclass(frozen=True, slots=True)
class Picks:
    """What the shapes are written from: a subject and a single-valued date property it
    has a fact of, another subject (of the same kind, where there is one) it has none
    of, and a speaker with the words a quote fact gives them."""

    subject: str
    date_property: str
    known_date: date
    unsettled: str
    speaker: str
    quote_property: str
    words: str


def picks(dataset: Dataset) -> Picks:
    """The first date fact and the first quote fact of `dataset` (by subject and
    property), with their subjects' names. ValueError when it has either not."""

    def first(wanted: Callable[[Fact], bool], what: str) -> Fact:
        for _, facts in sorted(dataset.facts.items()):
            for fact in facts:
                if wanted(fact):
                    return fact
        raise ValueError(f"the dataset has no {what} for the growth shapes")

    def plain(fact: Fact, kind: str) -> bool:
        prop = dataset.properties[fact.property]
        return prop.type == kind and prop.single and not prop.derived and not prop.time_dependent

    dated = first(lambda f: plain(f, "date") and len(str(f.raw_value)) == 10, "day's date fact")
    said = first(lambda f: dataset.properties[f.property].type == "quote", "quote fact")
    kind = dataset.entities[dated.subject].kind
    without = sorted(
        (entity.kind != kind, entity.id)
        for entity in dataset.entities.values()
        if not dataset.facts_for(entity.id, dated.property)
    )
    if not without:
        raise ValueError(f"every entity of the dataset has a {dated.property} fact")
    return Picks(
        subject=dataset.label(dated.subject),
        date_property=dated.property,
        known_date=date.fromisoformat(str(dated.raw_value)),
        unsettled=dataset.label(without[0][1]),
        speaker=dataset.label(said.subject),
        quote_property=said.property,
        words=" ".join(str(said.raw_value).split()),
    )


def _source(number: int, source_id: str | None = None) -> dict[str, Any]:
    return {
        "id": source_id or f"src-{number:06d}",
        "outlet": f"Outlet {number % 37}",
        "title": f"Report {number}",
        "url": f"https://news.example.com/growth/{number}",
        "published": (date(2023, 1, 1) + timedelta(days=number % 300)).isoformat(),
    }


def _claim(claim_id: str, subject: str, prop: str, value: str, **more: str) -> dict[str, Any]:
    return {"id": claim_id, "subject": subject, "property": prop, "value": value, **more}


def _one_a_file(
    size: int, claim: Callable[[int], dict[str, Any]]
) -> list[tuple[str, dict[str, Any]]]:
    return [(f"f{n:06d}.json", {"source": _source(n), "claims": [claim(n)]}) for n in range(size)]


def _one_group(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source gives the subject's date, one of twenty days around the known one."""
    return _one_a_file(
        size,
        lambda n: _claim(
            "c", p.subject, p.date_property, str(p.known_date + timedelta(days=n % 20 - 10))
        ),
    )


def _one_group_unsettled(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source gives a date the dataset has none of for the subject, one of twenty
    days: sources contradicting each other in twenty sides, nothing to settle it."""
    return _one_a_file(
        size,
        lambda n: _claim(
            "c", p.unsettled, p.date_property, str(p.known_date + timedelta(days=n % 20))
        ),
    )


def _every_value_differs(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source gives the subject's date, each a day of its own: as many sides."""
    start = p.known_date - timedelta(days=size)
    return _one_a_file(
        size,
        lambda n: _claim("c", p.subject, p.date_property, str(start + timedelta(days=n))),
    )


def _one_file(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """One source giving the subject's date `size` times, a hundred years in turn."""
    month, day = p.known_date.month, min(p.known_date.day, 28)  # a year for every one
    claims = [
        _claim(f"c{n}", p.subject, p.date_property, str(date(1900 + n % 100, month, day)))
        for n in range(size)
    ]
    return [("one.json", {"source": _source(0), "claims": claims})]


def _same_claim_id(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """One source's `size` claims, all with one id."""
    claims = [_claim("same", p.subject, p.date_property, str(p.known_date)) for _ in range(size)]
    return [("one.json", {"source": _source(0), "claims": claims})]


def _same_source_id(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """`size` files, all giving their source one id."""
    return [
        (
            f"f{n:06d}.json",
            {
                "source": _source(n, "same"),
                "claims": [_claim("c", p.subject, p.date_property, str(p.known_date))],
            },
        )
        for n in range(size)
    ]


def _quote_variants(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source quotes the speaker with two of the words changed: one quote in
    hundreds of wordings."""
    words = p.words.split(" ")

    def variant(n: int) -> dict[str, Any]:
        rng = random.Random(n)
        changed = list(words)
        for _ in range(2):
            changed[rng.randrange(len(changed))] = rng.choice(_WORDS)
        return _claim("c", p.speaker, p.quote_property, " ".join(changed))

    return _one_a_file(size, variant)


def _many_speakers(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """The same words given to a different speaker by every source (a name the dataset
    does not know, each one slip from the next)."""
    return _one_a_file(
        size, lambda n: _claim("c", f"{p.speaker} {n:06d}", p.quote_property, p.words)
    )


def _same_excerpt(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source gives the subject's date in the same words of its own."""
    return _one_a_file(
        size,
        lambda n: _claim(
            "c", p.subject, p.date_property, str(p.known_date), excerpt=f"{p.words} ({n % 7})"
        ),
    )


def _unknown_properties(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source names a property of its own that the dataset does not declare."""
    stem = p.date_property.replace("_", "")
    return _one_a_file(size, lambda n: _claim("c", p.subject, f"{stem}_{n}", "x"))


def _unknown_subjects(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Every source names a subject of its own the dataset does not know, the known
    subject's name with a number in it."""
    return _one_a_file(
        size,
        lambda n: _claim("c", f"{p.subject}{n}", p.date_property, str(p.known_date)),
    )


def _deep_folders(p: Picks, size: int) -> list[tuple[str, dict[str, Any]]]:
    """Files in folders nested one level deeper each, up to `_DEEPEST` levels."""
    return [
        (
            "/".join([*(f"d{level}" for level in range(n % _DEEPEST)), f"f{n:06d}.json"]),
            {
                "source": _source(n),
                "claims": [_claim("c", p.subject, p.date_property, str(p.known_date))],
            },
        )
        for n in range(size)
    ]


GROWTH_SHAPES: dict[str, Callable[[Picks, int], list[tuple[str, dict[str, Any]]]]] = {
    "one-group": _one_group,
    "one-group-unsettled": _one_group_unsettled,
    "every-value-differs": _every_value_differs,
    "one-file": _one_file,
    "same-claim-id": _same_claim_id,
    "same-source-id": _same_source_id,
    "quote-variants": _quote_variants,
    "many-speakers": _many_speakers,
    "same-excerpt": _same_excerpt,
    "unknown-properties": _unknown_properties,
    "unknown-subjects": _unknown_subjects,
    "deep-folders": _deep_folders,
}


def write_growth(out: str, shape: str, size: int, dataset: Dataset) -> list[str]:
    """Write the corpus of `shape` with `size` claims under `out` (made if needed) as JSON
    claim files; return their paths. The same bytes for the same arguments."""
    written = []
    for name, document in GROWTH_SHAPES[shape](picks(dataset), size):
        path = os.path.join(out, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        written.append(path)
    return written
