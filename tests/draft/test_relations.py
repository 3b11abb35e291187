"""Claims from cue phrases, on made-up datasets of other subjects (a bridge, a family):
the subject a sentence calls by its kind, and numbers written with thousands."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.relations import _called

BRIDGE_DATASET = """\
dataset: {id: crossings, title: Crossings (made up), checked: 2026-01-02}
properties:
  length: {type: number, unit: metres, single: true, cues: ["{value} metres long"]}
  lanes: {type: integer, single: true, cues: ["carries {value} lanes"]}
  visitors: {type: integer, cues: ["{value} visitors a year"]}
  operator: {type: entity, cues: ["run by {value}"]}
  rating: {type: number, single: true, cues: ["rated {value}", "{value} out of 5"]}
entities:
  - {id: harbour-bridge, kind: bridge, names: [Harbour Bridge]}
  - {id: port-city, kind: city, names: [Port City]}
  - {id: ada-stone, kind: person, names: [Ada Stone]}
  - {id: harbour-trust, kind: organisation, names: [Harbour Trust]}
"""


def _claims(tmp_path: Path, text: str) -> list[tuple[str, str, object]]:
    (tmp_path / "crossings.yaml").write_text(BRIDGE_DATASET, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "crossings.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    drafted = yaml.safe_load(draft(read_article(text.encode()), dataset, info))
    return [(c["subject"], c["property"], c["value"]) for c in drafted["claims"]]


def test_a_sentence_calling_its_subject_by_its_kind_is_about_that_kind(tmp_path: Path) -> None:
    """The headline names the bridge, then the city; "the bridge" is the bridge, not the
    last entity the headline names."""
    assert _claims(
        tmp_path,
        "Harbour Bridge at 25: the crossing that changed Port City\n\n"
        "Built in four years, the bridge carries six lanes of traffic.\n",
    ) == [("Harbour Bridge", "lanes", 6)]


def test_numbers_with_thousands_parted_by_commas(tmp_path: Path) -> None:
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "The bridge is 1,149.5 metres long and draws 2,400,000 visitors a year.\n\n"
        "A rival bridge is 1,14 metres long, it is said, or 12,3456 metres long.\n",
    ) == [("Harbour Bridge", "length", 1149.5), ("Harbour Bridge", "visitors", 2400000)]


def test_a_kind_of_several_words_among_thousands() -> None:
    """ "This production company" is the kind `production-company`, found by looking its
    words up, among twenty thousand kinds (a dataset may declare any number: they are
    never one pattern)."""
    kinds = {f"kind {n}": f"kind-{n}" for n in range(20_000)}
    kinds["production company"] = "production-company"
    text = "Founded in 2011, this production company made the kind 7 film and THE KIND 19999."
    assert _called(kinds, text) == {"production-company", "kind-7", "kind-19999"}


def test_a_cue_in_a_possessive_relative_clause_is_not_about_the_topic(tmp_path: Path) -> None:
    """ "whose firm is run by Port City" says who runs Ada Stone's firm, not the bridge;
    the same cue outside such a clause is about the bridge."""
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "Its engineer, Ada Stone, whose firm is run by Port City, has retired.\n\n"
        "The crossing itself is run by Harbour Trust.\n",
    ) == [("Harbour Bridge", "operator", "Harbour Trust")]


def test_a_name_after_the_cues_words_may_carry_the(tmp_path: Path) -> None:
    """Names of places and bodies take "the" ("run by the Harbour Trust"), where a
    film's or a person's seldom does; "the" and another word before the name is no
    such name, nor is one ending the cue that says which agency another name is. Before
    the cue's own words, the name is the one, whatever follows them."""
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "The crossing is run by the Harbour Trust.\n\n"
        "Its lights are run by the old Port City, it is said.\n\n"
        "Its tolls are run by the Port City agency Harbour Trust.\n",
    ) == [("Harbour Bridge", "operator", "Harbour Trust")]


def test_a_name_with_the_before_the_cues_words_is_the_one(tmp_path: Path) -> None:
    """ "the Hörnli Hut costs CHF 150": the words after the name are the cue's own, so a
    capitalised word after them says nothing of the name."""
    (tmp_path / "huts.yaml").write_text(
        "dataset: {id: huts, title: Huts (made up), checked: 2026-01-02}\n"
        "properties:\n"
        "  price: {type: number, cues: ['a night at {subject} costs CHF {value}']}\n"
        "entities:\n  - {id: hornli-hut, kind: hut, names: [Hörnli Hut]}\n",
        encoding="utf-8",
    )
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    text = "Huts\n\nA night at the Hörnli Hut costs CHF 150.\n"
    drafted = draft(read_article(text.encode()), load_dataset(str(tmp_path / "huts.yaml")), info)
    claims = yaml.safe_load(drafted)["claims"]
    assert [(c["subject"], c["property"], c["value"]) for c in claims] == [
        ("Hörnli Hut", "price", 150)
    ]


def test_one_end_of_a_range_is_no_claim(tmp_path: Path) -> None:
    """ "1,100 to 1,149 metres long" claims no length of 1,149 metres, nor "between 900
    and 950" one of 950 or 900: the range is the reviewer's to record."""
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "The bridge is 1,100 to 1,149 metres long, it is said.\n\n"
        "The old bridge was between 900 and 950 metres long.\n\n"
        "The bridge carries 6 lanes and draws 2,000 visitors a year.\n",
    ) == [("Harbour Bridge", "lanes", 6), ("Harbour Bridge", "visitors", 2000)]


FAMILY_DATASET = """\
dataset: {id: family, title: A family (made up), checked: 2026-01-02}
properties:
  child_of:
    type: entity
    subject_kinds: [person]
    value_kinds: [person]
    cues: ["{value} ... daughter[,] {subject}"]
entities:
  - {id: ada-stone, kind: person, names: [Ada Stone]}
  - {id: eli-stone, kind: person, names: [Eli Stone]}
  - {id: rue-stone, kind: person, names: [Rue Stone]}
  - {id: ivy-stone, kind: person, names: [Ivy Stone]}
"""


def test_a_mark_out_of_a_scale_is_a_number_only_where_the_cue_says_so(tmp_path: Path) -> None:
    """ "rated 8/10" was a rating of 8 on a property the dataset marks out of 5: the
    number of a mark out of a scale is claimed only by a cue whose words give the scale."""
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "The bridge is rated 8/10 by engineers.\n\n"
        "Walkers give the bridge 4 out of 5.\n",
    ) == [("Harbour Bridge", "rating", 4)]


def test_a_bound_is_no_value(tmp_path: Path) -> None:
    """ "Nearly 2,400,000 visitors a year" was a claim of 2,400,000: a bound is no value
    the article claims, unless the cue's own words are the bound's."""
    assert _claims(
        tmp_path,
        "Harbour Bridge\n\n"
        "The bridge draws nearly 2,400,000 visitors a year.\n\n"
        "It carries at least six lanes, and it is 1,149 metres long.\n",
    ) == [("Harbour Bridge", "length", 1149)]


def test_her_after_a_list_of_names_owns_the_next_word(tmp_path: Path) -> None:
    """ "Ada Stone and her daughter Rue Stone": Rue is Ada's daughter, and "her" is no
    second parent (who would be the last person named before, Eli)."""
    (tmp_path / "family.yaml").write_text(FAMILY_DATASET, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "family.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    text = "Eli Stone was there.\n\nThe show stars Ada Stone and her daughter Rue Stone.\n"
    drafted = yaml.safe_load(draft(read_article(text.encode()), dataset, info))
    assert [(c["subject"], c["value"]) for c in drafted["claims"]] == [("Rue Stone", "Ada Stone")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "and daughter Rue" is the next item of what Ada shares, not Eli's daughter.
        ("Ada Stone shares daughter Ivy Stone with ex Eli Stone and daughter Rue Stone.", []),
        (
            "Ada Stone is here. She shares daughter Ivy Stone, 9, with Eli Stone, and daughter"
            " Rue Stone.",
            [],
        ),
        # Named with someone, not as another name's companion: the daughter is theirs.
        ("Ada was seen with Eli Stone and daughter Rue Stone.", [("Rue Stone", "Eli Stone")]),
    ],
)
def test_a_companion_after_with_is_not_the_parent_of_the_next_item(
    tmp_path: Path, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _parents_of_rue(tmp_path, FAMILY_DATASET, sentence) == expected


SECOND_SUBJECT = Path(__file__).resolve().parents[1] / "second_subject" / "dataset"


def test_an_amount_scaled_by_a_word_is_drafted_whole() -> None:
    """ "£4.2 million" was drafted as a cost of 4.2 pounds, and "a capacity of 12
    thousand" as 12 spectators: the figure before the scale word is no amount."""
    dataset = load_dataset(str(SECOND_SUBJECT))
    info = SourceInfo(id="gazette", outlet="Gazette", title="", published="2020-11-02")
    text = (
        "Stand opens\n\nThe South Stand cost £4.2 million to build. Estuary Park, with a "
        "capacity of 12 thousand, is full.\n"
    )
    drafted = yaml.safe_load(draft(read_article(text.encode()), dataset, info))
    assert [(c["subject"], c["property"], c["value"]) for c in drafted["claims"]] == [
        ("South Stand", "construction_cost", 4_200_000),
        ("Estuary Park", "capacity", 12_000),
    ]


SIBLINGS_DATASET = FAMILY_DATASET.replace(
    'cues: ["{value} ... daughter[,] {subject}"]',
    'cues: ["{value} ... daughter[,] {subject}", "{value} ... son[,] {subject}"]',
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "daughter Ivy" and "son Rue" are two items of what Ada shares: Rue is not Ivy's.
        ("She shares daughter Ivy Stone, 9, with Eli Stone, and son Rue Stone with Ada.", []),
        ("Ada Stone's daughter Ivy Stone and her son Rue Stone were there.", []),
        # A daughter who has a son of her own, no list: the son is hers.
        ("Her daughter Ivy Stone has a son, Rue Stone.", [("Rue Stone", "Ivy Stone")]),
    ],
)
def test_a_child_of_a_list_is_not_the_parent_of_the_next_child(
    tmp_path: Path, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _parents_of_rue(tmp_path, SIBLINGS_DATASET, sentence) == expected


def _parents_of_rue(tmp_path: Path, dataset_text: str, sentence: str) -> list[tuple[str, str]]:
    """The (child, parent) claims drafted for Rue Stone from `sentence` under a headline,
    against `dataset_text`."""
    (tmp_path / "family.yaml").write_text(dataset_text, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "family.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    text = f"The Stones\n\n{sentence}\n"
    drafted = yaml.safe_load(draft(read_article(text.encode()), dataset, info))
    claims = [(c["subject"], c["value"]) for c in drafted["claims"]]
    return [c for c in claims if c[0] == "Rue Stone"]
