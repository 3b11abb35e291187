"""What a work called by its kind is, drafted with the shipped dataset and a made-up one
of a concert tour: the one of that kind named last before it, else the one the dataset
relates the article's work to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article, so_called
from validator.read.files import Limits, LoadedFile, parse_text

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")


def _created(text: str) -> list[tuple[str, str]]:
    """Each created_by claim of the draft of `text` under a review's headline."""
    info = SourceInfo("s", "Desk", "I Am Ruth review", "2022-12-08")
    out = draft(read_article(f"I Am Ruth review\n\n{text}\n".encode()), DATASET, info)
    loaded = parse_text(out, "d.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    return [
        (c["subject"], c["value"]) for c in loaded.data["claims"] if c["property"] == "created_by"
    ]


def test_the_series_named_before() -> None:
    assert _created(
        "I Am Ruth is part of I Am. The series, created by Dominic Savage, is back."
    ) == [("I Am", "Dominic Savage")]


def test_the_series_named_nowhere_is_the_one_the_work_is_part_of() -> None:
    assert _created("The series, created by Dominic Savage, is back.") == [
        ("I Am", "Dominic Savage")
    ]


def test_the_drama_is_the_article_s_work() -> None:
    assert _created("The drama, created by Dominic Savage, is superb.") == [
        ("I Am Ruth", "Dominic Savage")
    ]


TOUR_DATASET = """\
dataset: {id: tours, title: Tours (made up), checked: 2026-01-02}
references:
  programme: {title: The printed programme}
properties:
  part_of: {type: entity, subject_kinds: [concert], value_kinds: [tour]}
  planned_by:
    type: entity
    subject_kinds: [concert, tour]
    value_kinds: [person]
    cues: ["{value}, who planned [the] {subject}"]
entities:
  - id: harbour-night
    kind: concert
    names: [Harbour Night]
    facts: [%s]
  - {id: coast-tour, kind: tour, names: [Coast Tour]}
  - {id: river-tour, kind: tour, names: [River Tour]}
  - {id: ada-stone, kind: person, names: [Ada Stone]}
"""

TOUR_ARTICLE = (
    "Harbour Night is a concert like no other.\n\n"
    "Ada Stone, who planned the concert, booked the band. Harbour Night sold out. "
    "Harbour Night starts at eight.\n\n"
    "Ada Stone, who planned the tour, said the crowds were the biggest yet.\n"
)


def test_the_kind_named_nowhere_is_the_one_the_topics_facts_name(tmp_path: Path) -> None:
    """An article about a concert that names no tour: "the tour" is the tour the
    dataset records the concert as part of, never the concert; of two, neither."""
    one = "{property: part_of, value: coast-tour, ref: programme}"
    two = one + ", {property: part_of, value: river-tour, ref: programme}"
    drafted = []
    for facts in (one, two):
        (tmp_path / "tours.yaml").write_text(TOUR_DATASET % facts, encoding="utf-8")
        dataset = load_dataset(str(tmp_path / "tours.yaml"))
        info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
        claims = yaml.safe_load(draft(read_article(TOUR_ARTICLE.encode()), dataset, info))
        drafted.append([(c["subject"], c["value"]) for c in claims["claims"]])
    assert drafted == [
        [("Harbour Night", "Ada Stone"), ("Coast Tour", "Ada Stone")],
        [("Harbour Night", "Ada Stone")],
    ]


def test_the_kind_named_nowhere_is_the_one_whose_facts_name_the_topic(tmp_path: Path) -> None:
    """An article about a tour that names no concert: "the concert" is the concert the
    dataset records as part of the tour (its own fact names the tour), never the tour;
    of two such concerts, neither."""
    one = "{property: part_of, value: coast-tour, ref: programme}"
    another = f"  - {{id: dawn-set, kind: concert, names: [Dawn Set], facts: [{one}]}}\n"
    article = (
        "Coast Tour is a tour like no other.\n\n"
        "Ada Stone, who planned the concert, said the crowds were the biggest yet.\n"
    )
    drafted = []
    for extra in ("", another):
        (tmp_path / "tours.yaml").write_text(TOUR_DATASET % one + extra, encoding="utf-8")
        dataset = load_dataset(str(tmp_path / "tours.yaml"))
        info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
        claims = yaml.safe_load(draft(read_article(article.encode()), dataset, info))
        drafted.append([(c["subject"], c["value"]) for c in claims["claims"] or []])
    assert drafted == [[("Harbour Night", "Ada Stone")], []]


def test_the_facts_naming_the_topic_are_read_once_an_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the work a kind names reads every fact of the dataset: an article calling
    it by its kind in many sentences reads them once for each topic and kind."""
    calls: list[tuple[str, str]] = []
    read = so_called._related

    def counted(mentions: Any, topic: str, kind: str) -> set[str]:
        calls.append((topic, kind))
        return read(mentions, topic, kind)

    monkeypatch.setattr(so_called, "_related", counted)
    facts = "{property: part_of, value: coast-tour, ref: programme}"
    (tmp_path / "tours.yaml").write_text(TOUR_DATASET % facts, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "tours.yaml"))
    article = "Coast Tour is a tour like no other.\n\n" + "".join(
        f"Ada Stone, who planned the concert, said night {n} was the best yet.\n\n"
        for n in range(5)
    )
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    claims = yaml.safe_load(draft(read_article(article.encode()), dataset, info))["claims"]
    assert [(c["subject"], c["value"]) for c in claims] == [("Harbour Night", "Ada Stone")]
    assert calls == [("coast-tour", "concert")]


def test_the_kind_named_then_is_the_one_named(tmp_path: Path) -> None:
    """ "The tour River Tour" is River Tour, not the tour the dataset relates the
    article's concert to, nor the concert."""
    facts = "{property: part_of, value: coast-tour, ref: programme}"
    (tmp_path / "tours.yaml").write_text(TOUR_DATASET % facts, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "tours.yaml"))
    article = (
        "Harbour Night is a concert like no other.\n\n"
        "Ada Stone, who planned the tour River Tour, said the crowds were the biggest yet.\n"
    )
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    claims = yaml.safe_load(draft(read_article(article.encode()), dataset, info))["claims"]
    assert [(c["subject"], c["value"]) for c in claims] == [("River Tour", "Ada Stone")]
