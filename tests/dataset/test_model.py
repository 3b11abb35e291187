"""The dataset as the checks see it: references cited, properties found by either name,
entities by any name, and the indexes of inverses and of narrower entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import validate
from validator.dataset import model
from validator.dataset.load import load_dataset
from validator.dataset.model import (
    MAX_NARROWER,
    Dataset,
    Entity,
    Fact,
    PropertyDef,
    Reference,
    narrower_problem,
)
from validator.model.names import normalise_name
from validator.model.values import Choice, Span

CAST = PropertyDef("cast_member", "entity", inverse="acted_in", qualifiers=(("character", "text"),))
RUNTIME = PropertyDef("runtime", "duration", single=True, unit="minutes", tolerance=5)

ROOT = Path(__file__).resolve().parents[2]


def _dataset(*entities: Entity) -> Dataset:
    dataset = Dataset(
        id="toy",
        title="Toy data",
        checked="2026-11-21",
        references={"guide": Reference("guide", "A guide", publisher="A paper", published="2022")},
        properties={"cast_member": CAST, "runtime": RUNTIME},
        entities={entity.id: entity for entity in entities},
        names={normalise_name(n): e.id for e in entities for n in e.names},
    )
    assert dataset.index() is None
    return dataset


AWARDS = Entity("awards", "award", ("BAFTA TV Awards",))
DRAMA = Entity("drama", "award", ("Best Single Drama",), broader=("awards",))
ACTRESS = Entity("actress", "award", ("Best Leading Actress",), broader=("awards",))
NEW = Entity("new", "award", ("Best New Drama",), broader=("drama",))


@pytest.mark.parametrize(
    ("reference", "cited"),
    [
        (Reference("r", "A guide"), "A guide"),
        (
            Reference("r", "A guide", publisher="A paper", published="2022-12"),
            "A guide, A paper, 2022-12",
        ),
        # The publisher is not said twice when the title already names it.
        (
            Reference("r", "The Guardian's review", publisher="The Guardian"),
            "The Guardian's review",
        ),
        (Reference("r", "A guide", url="https://example.org", published="2022"), "A guide, 2022"),
    ],
)
def test_a_reference_is_cited_by_title_publisher_and_date(reference: Reference, cited: str) -> None:
    assert reference.cite() == cited


def test_the_dataset_cites_a_reference_by_id() -> None:
    dataset = _dataset()
    assert dataset.cite("guide") == "A guide, A paper, 2022"
    assert dataset.cite(None) == "no reference"
    assert dataset.cite("unknown") == "unknown"


def test_narrower_entities_are_found_through_every_broader_link() -> None:
    dataset = _dataset(AWARDS, DRAMA, ACTRESS, NEW)
    assert dataset.with_narrower("awards") == {"awards", "drama", "actress", "new"}
    assert dataset.with_narrower("drama") == {"drama", "new"}
    assert dataset.with_narrower("new") == {"new"}
    assert dataset.with_narrower("nobody") == {"nobody"}
    # Only entities with something narrower are stored.
    assert set(dataset.narrower) == {"awards", "drama"}


def test_a_broader_entity_the_dataset_lacks_is_left_to_the_loader() -> None:
    orphan = Entity("orphan", "award", ("Orphan",), broader=("missing",))
    dataset = _dataset(orphan)
    assert dataset.narrower == {}
    assert dataset.with_narrower("missing") == {"missing"}


def test_the_index_stops_where_the_narrower_pairs_pass_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Five pairs: awards with itself and three below, drama with itself and one below.
    monkeypatch.setattr(model, "MAX_NARROWER", 5)
    dataset = _dataset()
    dataset.entities = {e.id: e for e in (AWARDS, DRAMA, ACTRESS, NEW)}
    assert dataset.index() == "drama"
    monkeypatch.setattr(model, "MAX_NARROWER", 6)
    assert dataset.index() is None


def test_narrower_problem_names_the_entity_and_the_limit() -> None:
    assert narrower_problem("drama") == (
        f"'drama' is one of more than {MAX_NARROWER} pairs of an entity and one narrower than "
        "it that the `broader` links make (a long chain of broader entities?); at most "
        f"{MAX_NARROWER} can be checked, so shorten it"
    )


def test_a_property_is_found_by_its_name_or_its_inverse() -> None:
    dataset = _dataset()
    assert dataset.inverses == {"acted_in": "cast_member"}
    assert dataset.property("cast_member") == (CAST, False)
    assert dataset.property("acted_in") == (CAST, True)
    assert dataset.property("runtme") is None
    assert dataset.property_suggestions("runtme") == ("runtime",)
    assert dataset.property_suggestions("acted_inn") == ("acted_in",)


def test_a_property_written_as_an_article_s_word_is_told_the_properties_it_names(
    tmp_path: Path,
) -> None:
    """`property: born` was told only to check the spelling: no name is close to it in
    its letters. The properties whose description or cue phrases use the word are named,
    in the dataset's order, and at the claim's property."""
    dataset = load_dataset(str(ROOT / "dataset"))
    assert dataset.property_suggestions("born") == ("birth_date", "place_of_birth")
    assert dataset.property_suggestions("Starring") == ("cast_member",)
    assert dataset.property_suggestions("of the") == ()
    assert dataset.property_suggestions("qqqzzz") == ()
    (tmp_path / "born.yaml").write_text(
        "source: {id: born, outlet: O, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - {id: b, subject: Kate Winslet, property: born, value: 1975-10-05}\n",
        encoding="utf-8",
    )
    result = validate([str(tmp_path / "born.yaml")], dataset=dataset, root=str(tmp_path))
    assert [
        (f.code, f.locations[0].line, f.locations[0].column, f.message) for f in result.findings
    ] == [
        (
            "E105",
            3,
            46,
            "property 'born' is not in the dataset's vocabulary; did you mean 'birth_date' or "
            "'place_of_birth'?",
        )
    ]


def test_an_entity_is_found_by_its_id_or_any_name() -> None:
    dataset = _dataset(AWARDS, DRAMA)
    assert dataset.resolve_entity("drama") == "drama"
    assert dataset.resolve_entity("best  single DRAMA") == "drama"
    assert dataset.resolve_entity("Best Single Dram") is None
    assert dataset.entity_suggestions("Best Single Dram") == ("Best Single Drama",)
    assert dataset.label("drama") == "Best Single Drama"
    assert dataset.label("nobody") == "nobody"
    assert Entity("nameless", "award", ()).label == "nameless"


def test_a_name_written_surname_first_is_suggested_the_other_way_round() -> None:
    """ "Winslet, Kate", as a catalogue or a spreadsheet lists people, is no name of
    hers: it is not resolved, but suggested first as the dataset writes it, before
    others of a close name, and in place of another name of the same entity; names
    that turn into no name are suggested as before."""
    ada = Entity("ada", "person", ("Ada Stone", "Stone"))
    eli = Entity("eli", "person", ("Eli Stone",))
    dataset = _dataset(ada, eli, AWARDS)
    assert dataset.resolve_entity("Stone, Ada") is None
    assert dataset.entity_suggestions("Stone Ada") == ("Stone",)  # Ada's other name
    assert dataset.entity_suggestions("Stone, Ada") == ("Ada Stone",)
    assert dataset.entity_suggestions("stone,  ADA") == ("Ada Stone",)
    assert dataset.entity_suggestions("Stone, Eli") == ("Eli Stone", "Stone")
    assert dataset.entity_suggestions("Stone, Ada, Eli") == ()
    assert dataset.entity_suggestions("Awards, BAFTA TV") == ("BAFTA TV Awards",)


def test_a_property_and_a_fact_give_their_qualifiers_by_name() -> None:
    assert CAST.qualifier_type("character") == "text"
    assert CAST.qualifier_type("year") is None
    freya = Choice(frozenset({"freya"}))
    fact = Fact(
        "ruth",
        "cast_member",
        "mia",
        Choice(frozenset({"mia"})),
        "Mia",
        qualifiers=(("character", freya, "Freya"),),
    )
    assert fact.qualifier("character") == (freya, "Freya")
    assert fact.qualifier("year") is None


def test_facts_are_found_by_subject_and_property() -> None:
    dataset = _dataset()
    fact = Fact("ruth", "runtime", 90, Span(85, 95), "90 minutes", ref="guide")
    dataset.facts = {("ruth", "runtime"): [fact]}
    assert dataset.facts_for("ruth", "runtime") == [fact]
    assert dataset.facts_for("ruth", "cast_member") == []


def test_a_property_hashes_by_its_name_and_equals_by_all_it_declares() -> None:
    again = PropertyDef("runtime", "duration", single=True, unit="minutes", tolerance=5)
    other = PropertyDef("runtime", "duration", unit="hours")
    assert again == RUNTIME and hash(again) == hash(RUNTIME)
    assert other != RUNTIME and hash(other) == hash(RUNTIME)


def test_the_facts_of_some_properties_come_by_subject_then_property() -> None:
    dataset = _dataset()
    said = [Fact(s, p, t, Choice(frozenset({t})), t) for s, p, t in _SAID]
    runtime = Fact("ruth", "runtime", 90, Span(85, 95), "90 minutes")
    dataset.facts = {
        ("mia", "said"): [said[2]],
        ("ruth", "runtime"): [runtime],
        ("kate", "wrote"): [said[1]],
        ("kate", "said"): [said[0], said[3]],
    }
    assert dataset.facts_of({"said", "wrote"}) == [said[0], said[3], said[1], said[2]]
    assert dataset.facts_of(()) == []


_SAID = [("kate", "said", "a"), ("kate", "wrote", "b"), ("mia", "said", "c"), ("kate", "said", "d")]
