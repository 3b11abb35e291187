"""Loading the dataset: the shipped one loads; a broken one stops the run with its location."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from validator.dataset import model
from validator.dataset.load import DatasetError, load_dataset
from validator.model.values import Choice, Span
from validator.pipeline import Options, run
from validator.read.files import Limits, LoadedFile, parse_text

ROOT = Path(__file__).resolve().parents[2]

HEADER = """\
dataset: {id: test, title: Test data, checked: 2026-11-21}
references:
  listing: {title: A listing, publisher: A paper, published: 2022-12}
properties:
  birth_date: {type: date, single: true}
  age: {type: integer, unit: years, derived: age, from: birth_date}
  runtime: {type: duration, unit: minutes, single: true, tolerance: 5}
  cast_member: {type: entity, inverse: acted_in, qualifiers: {character: text}}
"""


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "head.yaml").write_text(HEADER)
    return tmp_path / "data"


def problems(folder: Path) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(folder))
    return caught.value.problems


def test_the_shipped_dataset_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    dataset = load_dataset("dataset")
    assert dataset.id == "i-am-ruth"
    assert dataset.resolve_entity("Kate Winslet") == dataset.resolve_entity("winslet")
    assert dataset.resolve_entity("I Am…") == dataset.resolve_entity("I Am...")
    assert dataset.resolve_entity("  i am  ") == dataset.resolve_entity("I Am")
    # The broadcaster's name written out, as outlets and desks also write it.
    assert dataset.resolve_entity("Channel Four") == dataset.resolve_entity("Channel 4")
    assert dataset.property("acted_in") == (dataset.properties["cast_member"], True)
    assert dataset.property("parent_of") == (dataset.properties["child_of"], True)
    awards = dataset.with_narrower("bafta-tv-awards")
    assert {"bafta-tv-single-drama", "bafta-tv-leading-actress"} <= awards
    disputed = [f for f in dataset.facts_for("i-am-ruth", "casting_suggested_by") if f.disputed]
    assert len(disputed) == 2


def test_a_dataset_split_over_files(folder: Path) -> None:
    (folder / "people.yaml").write_text(
        "entities:\n"
        "  - id: mia\n    kind: person\n    names: [Mia Threapleton, Mia]\n"
        "    facts:\n      - {property: birth_date, value: 2000-10-12, ref: listing}\n"
        "  - id: film\n    kind: film\n    names: [I Am Ruth]\n"
        "    facts:\n"
        "      - {property: runtime, value: {about: 90}, ref: listing}\n"
        "      - {property: cast_member, value: mia, qualifiers: {character: Freya}}\n"
    )
    dataset = load_dataset(str(folder))
    assert dataset.resolve_entity("mia") == "mia"
    (fact,) = dataset.facts_for("film", "runtime")
    assert fact.value == Span(85, 95) and fact.display == "about 90 minutes"
    (cast,) = dataset.facts_for("film", "cast_member")
    assert cast.value == Choice(frozenset({"mia"}))
    assert cast.qualifiers == (("character", Choice(frozenset({"freya"})), "Freya"),)


def test_facts_written_with_an_inverse_are_stored_the_declared_way(folder: Path) -> None:
    (folder / "people.yaml").write_text(
        "entities:\n"
        "  - id: mia\n    kind: person\n    names: [Mia]\n"
        "    facts:\n      - {property: acted_in, value: film}\n"
        "  - id: film\n    kind: film\n    names: [I Am Ruth]\n"
    )
    dataset = load_dataset(str(folder))
    (fact,) = dataset.facts_for("film", "cast_member")
    assert fact.value == Choice(frozenset({"mia"}))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "entities:\n  - id: a\n    kind: thing\n",
            ["data/people.yaml:2:5: entities[0] is missing the required field 'names'"],
        ),
        (
            "entities:\n"
            "  - {id: a, kind: thing, names: [A], facts: [{property: runtme, value: 1}]}\n",
            ["data/people.yaml:2:57: fact uses unknown property 'runtme'; did you mean 'runtime'?"],
        ),
        (
            "entities:\n"
            "  - {id: a, kind: t, names: [A], facts: [{property: runtime, value: 1, ref: x}]}\n",
            ["data/people.yaml:2:77: fact cites unknown reference 'x'"],
        ),
        (
            "entities:\n  - {id: a, kind: t, names: [A]}\n  - {id: a, kind: t, names: [B]}\n",
            [
                "data/people.yaml:3:10: entity id 'a' is used twice "
                "(first at data/people.yaml:2:10); rename one"
            ],
        ),
        (
            "entities:\n"
            "  - {id: a, kind: t, names: [Kate]}\n"
            "  - {id: b, kind: t, names: [KATE.]}\n",
            [
                "data/people.yaml:3:29: the name 'KATE.' is given to both 'a' and 'b'; give one "
                "of them a name that tells them apart"
            ],
        ),
        (
            "entities:\n"
            "  - {id: a, kind: t, names: [A], facts: [{property: birth_date, value: soon}]}\n",
            [
                "data/people.yaml:2:72: fact value: 'soon' is not a date; write 2022, 2022-12, "
                "2022-12-08 or 2022-12-08T21:00"
            ],
        ),
        (
            "entities:\n  - {id: a, kind: t, names: [A], facts: [{property: age, value: 3}]}\n",
            ["data/people.yaml:2:53: 'age' is derived; record 'birth_date' instead"],
        ),
        (
            "entities:\n  - {id: a, kind: t, names: [A], broader: [nothing]}\n",
            ["data/people.yaml:2:43: 'a' is narrower than unknown entity 'nothing'"],
        ),
        (
            "properties:\n  born: {type: date, minimum: 0}\n",
            [
                "data/people.yaml:2:9: property 'born' declares a minimum or maximum, which "
                "only a number, integer, "
                "percent or duration property can have; remove it"
            ],
        ),
        (
            "properties:\n  score: {type: number, minimum: 10, maximum: 1}\n",
            [
                "data/people.yaml:2:10: property 'score' has a minimum above its maximum; "
                "swap or correct them"
            ],
        ),
        (
            "properties:\n  score: {type: number, maximum: 10}\n"
            "entities:\n  - {id: a, kind: t, names: [A], facts: [{property: score, value: 11}]}\n",
            [
                "data/people.yaml:4:67: fact value: 11 is not 10 or less, the range the dataset "
                "declares for the property; correct the value, or the property's minimum or "
                "maximum in the dataset if the value is real"
            ],
        ),
        (
            "properties:\n  born: {type: date, inverse: birth_of}\n"
            "entities:\n"
            "  - {id: a, kind: t, names: [A], facts: [{property: birth_of, value: 2000}]}\n",
            [
                "data/people.yaml:2:31: property 'born' has inverse 'birth_of', but its values "
                "are of type date, not entities, so they cannot be the subject of the inverse; "
                "remove `inverse`"
            ],
        ),
        (
            "properties:\n  directed: {type: entity, inverse: cast_member}\n",
            [
                "data/people.yaml:2:37: property 'directed' has inverse 'cast_member', which is "
                "declared with another meaning; declare only one direction"
            ],
        ),
        (
            "properties:\n  directed: {type: entity, inverse: acted_in}\n",
            [
                "data/people.yaml:2:37: property 'directed' has inverse 'acted_in', which is "
                "already the inverse of 'cast_member'; give each property an inverse of its own"
            ],
        ),
        (
            "properties:\n  years: {type: integer, derived: age, from: runtime}\n",
            [
                "data/people.yaml:2:46: property 'years' is derived from 'runtime', which must "
                "be a declared date property"
            ],
        ),
        ("entities: [\n", None),
    ],
)
def test_broken_datasets(folder: Path, body: str, expected: list[str] | None) -> None:
    (folder / "people.yaml").write_text(body)
    found = problems(folder)
    if expected is None:
        assert len(found) == 1 and found[0].startswith("data/people.yaml:2:1: YAML syntax error")
    else:
        assert found == expected


LONG = "k" * 900_000
SHOWN = "k" * 79 + "…"
ENTITY = "entities:\n  - {id: a, kind: t, names: [A], "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            ENTITY + f"facts: [{{property: {LONG}, value: 1}}]}}\n",
            f"data/people.yaml:2:53: fact uses unknown property '{SHOWN}'",
        ),
        (
            ENTITY + f"facts: [{{property: runtime, value: 1, ref: {LONG}}}]}}\n",
            f"data/people.yaml:2:77: fact cites unknown reference '{SHOWN}'",
        ),
        (
            ENTITY + f"broader: [{LONG}]}}\n",
            f"data/people.yaml:2:43: 'a' is narrower than unknown entity '{SHOWN}'",
        ),
        (
            ENTITY + f"complete: [{LONG}]}}\n",
            f"data/people.yaml:2:44: 'complete' names unknown property '{SHOWN}'",
        ),
        (
            ENTITY + f"facts: [{{property: cast_member, value: {LONG}}}]}}\n",
            f"data/people.yaml:2:73: fact value: '{SHOWN}' names no entity",
        ),
        (
            f"entities:\n  - {{id: {LONG}, kind: t, names: [A]}}\n"
            f"  - {{id: {LONG}, kind: t, names: [B]}}\n",
            f"data/people.yaml:3:10: entity id '{SHOWN}' is used twice "
            "(first at data/people.yaml:2:10); rename one",
        ),
        (
            f"entities:\n  - {{id: a, kind: t, names: [{LONG}]}}\n"
            f"  - {{id: b, kind: t, names: [{LONG}]}}\n",
            f"data/people.yaml:3:29: the name '{SHOWN}' is given to both 'a' and 'b'; give one "
            "of them a name that tells them apart",
        ),
        (
            f"properties:\n  x: {{type: {LONG}}}\n",
            "data/people.yaml:2:13: properties.x.type: the text '"
            + "k" * 59
            + "…' is not one of ['entity', 'text', 'integer', 'number', 'percent', 'date', "
            "'duration', 'boolean', 'quote']",
        ),
        (
            "entities:\n  - {id: a, kind: t, names: [A, B, A, "
            + ", ".join(f"n{i}" for i in range(20_000))
            + "]}\n",
            "data/people.yaml:2:29: entities[0].names: lists the text 'A' more than once; "
            "list each once",
        ),
    ],
)
def test_a_dataset_problem_quotes_a_long_name_shortened(
    folder: Path, body: str, expected: str
) -> None:
    """Ids and property names have a pattern but no length, and a list no size: a name of
    900,000 characters, or a list of 20,000 names with one repeated, was quoted whole on
    the one line the run stops with (and in a CI log)."""
    (folder / "people.yaml").write_text(body)
    assert problems(folder)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"references:\n  r: {{title: {'t' * 2001}}}\n",
            "data/people.yaml:2:14: references.r.title is 2,001 characters long; at most 2,000 "
            "are allowed: shorten it",
        ),
        (
            f"references:\n  r: {{title: T, publisher: {'p' * 501}}}\n",
            "data/people.yaml:2:28: references.r.publisher is 501 characters long; at most 500 "
            "are allowed: shorten it",
        ),
        (
            f"references:\n  r: {{title: T, url: 'https://x.example/{'u' * 1990}'}}\n",
            "data/people.yaml:2:22: references.r.url is 2,008 characters long; at most 2,000 "
            "are allowed: shorten it",
        ),
        (
            f"properties:\n  p: {{type: integer, unit: {'u' * 101}}}\n",
            "data/people.yaml:2:28: properties.p.unit is 101 characters long; at most 100 are "
            "allowed: shorten it",
        ),
        (
            f"entities:\n  - {{id: a, kind: {'k' * 101}, names: [A]}}\n",
            "data/people.yaml:2:19: entities[0].kind is 101 characters long; at most 100 are "
            "allowed: shorten it",
        ),
    ],
)
def test_a_dataset_text_cited_in_every_finding_is_bounded(
    folder: Path, body: str, expected: str
) -> None:
    """A reference's title and publisher are cited in each finding that holds a claim
    against a fact of it, a unit and a kind named in findings: one 900,000-character
    title and 200 refuted claims (a 14 KB claim file) made each report and the SARIF
    180 MB, in 7.7 s and 940 MB. Bounded as a claim file's source title, outlet and
    ids are."""
    (folder / "people.yaml").write_text(body)
    assert problems(folder) == [expected]


def test_a_dataset_text_at_its_bound_loads(folder: Path) -> None:
    (folder / "people.yaml").write_text(
        f"references:\n  r: {{title: {'t' * 2000}, publisher: {'p' * 500}}}\n"
        f"properties:\n  p: {{type: integer, unit: {'u' * 100}}}\n"
        f"entities:\n  - {{id: a, kind: {'k' * 100}, names: [A]}}\n"
    )
    loaded = load_dataset(str(folder))
    assert loaded.references["r"].cite() == f"{'t' * 2000}, {'p' * 500}"


def test_no_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "dataset", tmp_path / "data")
    (tmp_path / "data" / "dataset.yaml").write_text(
        (ROOT / "dataset" / "dataset.yaml").read_text().replace("dataset:\n", "unused:\n", 1)
    )
    found = problems(tmp_path / "data")
    assert found[0].startswith("data/dataset.yaml:")
    assert "unknown field 'unused'" in found[0]


# --- large datasets: many files, each within the limits ---------------------------------

SPLIT = (
    "split it into several files in the dataset folder (every *.yaml file in it is read, "
    "and entities, references and properties may be spread over them)"
)


def _entity(number: int) -> str:
    born = f"19{number % 90 + 10}-0{number % 9 + 1}-1{number % 9}"
    return (
        f"  - id: p{number}\n    kind: person\n    names: [Person {number}]\n"
        f"    facts:\n      - {{property: birth_date, value: {born}}}\n"
        f"      - {{property: acted_in, value: film, qualifiers: {{character: Part {number}}}}}\n"
    )


def _fits(text: str, limits: Limits) -> bool:
    """Whether the reader takes `text` as one file under `limits`."""
    small_enough = len(text.encode()) <= limits.max_file_bytes
    return small_enough and isinstance(parse_text(text, "part.yaml", limits), LoadedFile)


def _packed(entities: list[str], limits: Limits) -> list[str]:
    """The entities in as few files as the limits allow: each file filled until one
    more entity would take it over the size limit or the node limit."""
    files: list[str] = []
    current = "entities:\n"
    for entity in entities:
        if not _fits(current + entity, limits):
            files.append(current)
            current = "entities:\n"
        current += entity
    return [*files, current]


def test_a_dataset_in_many_files_each_at_the_limits_loads(folder: Path) -> None:
    film = "entities:\n  - {id: film, kind: film, names: [The Film]}\n"
    entities = [_entity(number) for number in range(600)]
    limits = Limits(max_file_bytes=4096, max_nodes=500)
    parts = _packed(entities, limits)
    assert len(parts) > 20
    for number, text in enumerate(parts):
        (folder / f"part-{number:03d}.yaml").write_text(text)
    (folder / "film.yaml").write_text(film)
    split = load_dataset(str(folder), limits)
    # Each file is at a limit: one more entity would take it over.
    assert all(not _fits(text + entities[0], limits) for text in parts[:-1])
    whole = folder.parent / "whole"
    whole.mkdir()
    (whole / "head.yaml").write_text(HEADER)
    (whole / "film.yaml").write_text(film)
    (whole / "all.yaml").write_text("entities:\n" + "".join(entities))
    assert split == load_dataset(str(whole))
    assert len(split.entities) == 601
    assert len(split.facts_for("film", "cast_member")) == 600


def test_a_dataset_file_over_the_size_limit_says_how_to_split_it(folder: Path) -> None:
    with open(folder / "big.yaml", "wb") as handle:
        handle.truncate(32 * 1024 * 1024 + 1)  # sparse: refused before a byte is read
    assert problems(folder) == [
        f"data/big.yaml:1:1: file is 33,554,433 bytes, over the limit of 33,554,432; {SPLIT}"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "entities:\n  - {id: a, kind: t, names: !!python/object/apply:os.system [x]}\n",
            "data/people.yaml:2:29: the tag !!python/object/apply:os.system is not allowed: "
            "dataset files hold plain data only; remove the tag",
        ),
        (
            "entities: !!set {a}\n",
            "data/people.yaml:1:11: the tag !!set is not allowed: dataset files hold plain data "
            "only; write its members without the tag: one value alone, several as a list",
        ),
        (
            "entities: []\n---\nreferences: {}\n",
            "data/people.yaml:2:1: a second YAML document starts here; a dataset file holds one "
            "document: move it to a file of its own",
        ),
        (
            "",
            "data/people.yaml:1:1: file is empty; a dataset file needs entities, references, "
            "properties or the `dataset:` header",
        ),
        (
            "# nothing yet\n",
            "data/people.yaml:1:1: the document is empty; a dataset file needs entities, "
            "references, properties or the `dataset:` header",
        ),
        (
            "entities:\n  - {id: a, kind: t, names: [A], <<: {note: x}}\n",
            "data/people.yaml:2:34: unknown field '<<' in entities[0]: a YAML 1.1 merge key, "
            "which YAML 1.2 (as factlint reads its files) does not have; write the fields out, "
            "or use an alias (*name) as a whole value",
        ),
    ],
)
def test_a_dataset_file_is_not_called_a_claim_file(folder: Path, body: str, expected: str) -> None:
    (folder / "people.yaml").write_text(body)
    assert problems(folder) == [expected]


def _chain(count: int, cycle: bool = False) -> str:
    """Entities each narrower than the next (the last than the first, for a cycle)."""
    lines = ["entities:\n"]
    for number in range(count):
        above = number + 1 if number + 1 < count else (0 if cycle else None)
        broader = f", broader: [c{above}]" if above is not None else ""
        lines.append(f"  - {{id: c{number}, kind: award, names: [Chain {number}]{broader}}}\n")
    return "".join(lines)


def test_broader_links_make_a_bounded_number_of_narrower_pairs(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every entity's set of the entities narrower than it is kept: a chain of n
    entities makes n²/2 pairs, so a pull request's 5,000-entity chain (350 KB) took 1.3
    GB, and 20,000 would exhaust a CI runner. Past the limit the dataset is refused, at
    the entity where it was passed, before more is built."""
    monkeypatch.setattr(model, "MAX_NARROWER", 60)
    (folder / "people.yaml").write_text(_chain(9), encoding="utf-8")
    assert load_dataset(str(folder)).with_narrower("c8") == {f"c{n}" for n in range(9)}
    (folder / "people.yaml").write_text(_chain(12), encoding="utf-8")
    assert problems(folder) == [
        "data/people.yaml:12:10: 'c10' is one of more than 60 pairs of an entity and one "
        "narrower than it that the `broader` links make (a long chain of broader "
        "entities?); at most 60 can be checked, so shorten it"
    ]


def test_a_loop_of_broader_links_is_refused_where_it_closes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entities in a loop would each be narrower than itself: a claim naming one as its
    fact does was "supported, but less precise". The dataset is refused at the link that
    closes the loop (its `broader` list), before any narrower set is counted (nine pairs
    of a loop of three pass a limit of 60; 64 of a loop of eight do not, and the loop is
    still named)."""
    monkeypatch.setattr(model, "MAX_NARROWER", 60)
    (folder / "people.yaml").write_text(_chain(3, cycle=True), encoding="utf-8")
    assert problems(folder) == [
        "data/people.yaml:4:54: 'c2' is narrower than 'c0', which closes a loop of `broader` "
        "links (c0 → c1 → c2 → c0): each entity in it would be narrower than itself; "
        "remove one of the links, or make them one entity with all their names"
    ]
    (folder / "people.yaml").write_text(_chain(8, cycle=True), encoding="utf-8")
    assert problems(folder) == [
        "data/people.yaml:9:54: 'c7' is narrower than 'c0', which closes a loop of `broader` "
        "links (c0 → c1 → c2 → c3 → … → c7 → c0): each entity in it would be narrower than "
        "itself; remove one of the links, or make them one entity with all their names"
    ]
    (folder / "people.yaml").write_text(
        "entities:\n  - {id: a, kind: award, names: [A], broader: [b, a]}\n"
        "  - {id: b, kind: award, names: [B]}\n",
        encoding="utf-8",
    )
    assert problems(folder) == [
        "data/people.yaml:2:47: 'a' is narrower than 'a', which closes a loop of `broader` "
        "links (a → a): each entity in it would be narrower than itself; remove one of the "
        "links, or make them one entity with all their names"
    ]


def test_a_dataset_file_over_the_node_limit_says_how_to_split_it(folder: Path) -> None:
    (folder / "people.yaml").write_text("entities:\n" + "".join(_entity(n) for n in range(5)))
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(folder), Limits(max_nodes=100))
    assert caught.value.problems == [
        f"data/people.yaml:26:5: the document has more than 100 nodes; {SPLIT}"
    ]


def test_a_facts_qualifier_or_validity_problem_is_placed_at_it_not_at_the_value(
    folder: Path,
) -> None:
    """They were reported at the fact's value, a line or more from what was wrong."""
    (folder / "more.yaml").write_text(
        "properties:\n"
        "  score: {type: percent, time_dependent: true, qualifiers: {year: date}}\n"
        "entities:\n"
        "  - id: a\n    kind: t\n    names: [A]\n    facts:\n"
        "      - property: score\n        value: 50\n"
        "        qualifiers: {year: 2022-02-30}\n"
        "      - property: score\n        value: 60\n"
        "        valid: {from: 2023, to: 2022}\n"
    )
    assert problems(folder) == [
        "data/more.yaml:10:28: fact qualifier 'year': '2022-02-30' is not a real date: "
        "February 2022 has days 1 to 28",
        "data/more.yaml:13:16: fact validity: the interval 2023..2022 ends before it starts; "
        "swap from and to",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "dataset: {id: again, title: Again}\n"
            "references:\n  listing: {title: Another listing}\n"
            "properties:\n  runtime: {type: integer}\n",
            [
                "data/more.yaml:1:10: a second `dataset:` header "
                "(the first is at data/head.yaml:1:10)",
                "data/more.yaml:3:12: reference 'listing' is defined twice "
                "(first at data/head.yaml:3:12); rename one",
                "data/more.yaml:5:12: property 'runtime' is defined twice "
                "(first at data/head.yaml:7:12); keep one",
            ],
        ),
        (
            "entities:\n  - id: a\n    kind: t\n    names: [A]\n    complete: [nope]\n"
            "    facts:\n      - {property: runtime, value: {about: 60}, qualifiers: {x: 1}}\n"
            "      - property: cast_member\n        value: nobody\n",
            [
                "data/more.yaml:5:15: 'complete' names unknown property 'nope'",
                "data/more.yaml:7:65: qualifier 'x' is not defined for property 'runtime'",
                "data/more.yaml:9:16: fact value: 'nobody' names no entity",
            ],
        ),
    ],
)
def test_problems_across_files_keep_their_positions(
    folder: Path, body: str, expected: list[str]
) -> None:
    """Found once every file has passed its schema, when each file keeps only the
    positions such a problem can be reported at."""
    (folder / "more.yaml").write_text(body)
    assert problems(folder) == expected


def test_problems_are_given_in_the_order_of_the_files_and_their_lines(folder: Path) -> None:
    """The schema gives a file's problems by how much each explains, and the checks
    after it by kind; a reader fixes them from the top of each file, and the one line a
    run prints names the first."""
    (folder / "a.yaml").write_text(
        "properties:\n"
        "  score: {type: integr}\n"
        "  born: {type: date, single: maybe}\n"
        "entities:\n"
        "  - id: Bad Id\n    kind: person\n    names: [X]\n"
        "  - id: y\n    names: 7\n"
    )
    (folder / "b.yaml").write_text("entities:\n  - {id: z, names: [Z]}\n")
    found = problems(folder)
    assert [problem.partition(": ")[0] for problem in found] == [
        "data/a.yaml:2:17",
        "data/a.yaml:3:30",
        "data/a.yaml:5:9",
        "data/a.yaml:8:5",
        "data/a.yaml:9:12",
        "data/b.yaml:2:5",
    ]
    assert found[0] == (
        "data/a.yaml:2:17: properties.score.type: 'integr' is not one of ['entity', 'text', "
        "'integer', 'number', 'percent', 'date', 'duration', 'boolean', 'quote']; "
        "did you mean 'integer'?"
    )


def test_the_checks_after_the_schema_give_their_problems_in_order(folder: Path) -> None:
    (folder / "more.yaml").write_text(
        "properties:\n"
        "  years: {type: integer, derived: age, from: nothing}\n"
        "entities:\n"
        "  - id: x\n    kind: person\n    names: [Xander]\n"
        "    facts: [{property: runtme, value: 1}]\n"
        "  - {id: w, kind: person, names: [Xander]}\n"
        "  - {id: v, kind: person, names: [V], facts: [{property: runtime, value: 1, ref: no}]}\n"
    )
    assert problems(folder) == [
        "data/more.yaml:2:46: property 'years' is derived from 'nothing', which must be a "
        "declared date property",
        "data/more.yaml:7:24: fact uses unknown property 'runtme'; did you mean 'runtime'?",
        "data/more.yaml:8:34: the name 'Xander' is given to both 'x' and 'w'; give one of "
        "them a name that tells them apart",
        "data/more.yaml:9:82: fact cites unknown reference 'no'",
    ]


def test_each_cue_keeps_where_it_is_written(folder: Path) -> None:
    # Drafting compiles the cues long after loading; a cue it cannot use is named there.
    (folder / "cues.yaml").write_text(
        "properties:\n"
        "  venue:\n"
        "    type: entity\n"
        "    cues:\n"
        '      - "{subject} opens at {value}"\n'
        '      - "at {value}"\n'
        "  sold_out: {type: boolean, cues: [sold out]}\n"
    )
    dataset = load_dataset(str(folder))
    assert dataset.properties["venue"].cues_at == ("data/cues.yaml:5:9", "data/cues.yaml:6:9")
    assert dataset.properties["sold_out"].cues_at == ("data/cues.yaml:7:36",)
    assert dataset.properties["runtime"].cues_at == ()


def _film(facts: str) -> str:
    return (
        "properties:\n  format: {type: text}\n"
        "entities:\n"
        "  - id: mia\n    kind: person\n    names: [Mia]\n"
        "  - id: film\n    kind: film\n    names: [I Am Ruth]\n    facts:\n" + facts
    )


def test_a_fact_of_a_date_relative_to_the_day_is_told_to_write_the_date(folder: Path) -> None:
    """A claim's relative date is told to count from its source's publication date; a
    fact has no such date, and the day "last week" names moves with the day it is read."""
    (folder / "more.yaml").write_text(
        "properties:\n"
        "  opened: {type: date, single: true, qualifiers: {on: date}}\n"
        "entities:\n"
        "  - {id: a, kind: t, names: [A], facts: [{property: opened, value: last week}]}\n"
        "  - {id: b, kind: t, names: [B],\n"
        "     facts: [{property: opened, value: 2020, qualifiers: {on: Wednesday}}]}\n"
    )
    forms = (
        "write the date it means: a date such as 2022-12-08 or 2022-12-08T21:00, a partial "
        "date such as 2022-12 or 2022, or an interval such as {from: 2022-12-01, to: 2022-12-08}"
    )
    assert problems(folder) == [
        "data/more.yaml:4:68: fact value: 'last week' is a date relative to the day it is "
        f"read, and a fact gives the date itself; {forms}",
        "data/more.yaml:6:63: fact qualifier 'on': 'Wednesday' is a date relative to the day "
        f"it is read, and a fact gives the date itself; {forms}",
    ]


def test_a_text_fact_written_as_a_number_or_boolean_is_the_text_written(folder: Path) -> None:
    """As in a claim: `character: 007` is the text "007", so the two compare alike."""
    (folder / "film.yaml").write_text(
        _film(
            "      - {property: format, value: 1.50}\n"
            "      - {property: format, value: &t true}\n"
            "      - {property: format, value: *t}\n"
            "      - {property: cast_member, value: mia, qualifiers: &q {character: 007}}\n"
            "      - {property: acted_in, value: film, qualifiers: *q}\n"
        )
    )
    dataset = load_dataset(str(folder))
    formats = dataset.facts_for("film", "format")
    assert [(f.raw_value, f.value, f.display) for f in formats] == [
        ("1.50", Choice(frozenset({"1.50"})), "1.50"),
        ("true", Choice(frozenset({"true"})), "true"),
        ("true", Choice(frozenset({"true"})), "true"),
    ]
    cast = dataset.facts_for("film", "cast_member")
    assert [f.qualifiers for f in cast] == [
        (("character", Choice(frozenset({"007"})), "007"),),
        (("character", Choice(frozenset({"007"})), "007"),),
    ]


def test_a_text_fact_a_tag_makes_a_number_is_refused_with_what_to_write(folder: Path) -> None:
    (folder / "film.yaml").write_text(
        _film("      - {property: cast_member, value: mia, qualifiers: {character: !!int 007}}\n")
    )
    assert problems(folder) == [
        "data/film.yaml:11:69: fact qualifier 'character': expected text, not the number 7, "
        "which its tag "
        "asks for; write the text in quotes, without the tag"
    ]


def test_a_fact_and_a_claim_that_write_the_same_number_as_text_agree(folder: Path) -> None:
    (folder / "film.yaml").write_text(
        _film("      - {property: cast_member, value: mia, qualifiers: {character: 007}}\n")
    )
    claims = folder.parent / "a.yaml"
    claims.write_text(
        "source: {id: s, outlet: O, title: T, published: 2022-12-07}\nclaims:\n"
        + "".join(
            f"  - {{id: {claim}, subject: I Am Ruth, property: cast_member, value: Mia,"
            f" qualifiers: {{character: {written}}}}}\n"
            for claim, written in [("bare", "007"), ("quoted", '"007"'), ("seven", "7")]
        ),
        encoding="utf-8",
    )
    result = run([str(claims)], load_dataset(str(folder)), Options(today=date(2026, 11, 21)))
    assert [(c.claim_id, c.verdict.value) for c in result.claims] == [
        ("bare", "supported"),
        ("quoted", "supported"),
        ("seven", "refuted"),
    ]
    assert [(f.code, str(f.locations[0]), f.message) for f in result.findings] == [
        (
            "D201",
            "a.yaml:5:96",
            "claims I Am Ruth cast_member Mia, character 7 as of 2022-12-07; the dataset "
            "gives Mia, character 007 (no reference): character 007, not 7; correct the claim, or "
            "acknowledge it with the fact-check's conclusion",
        )
    ]


def test_a_person_s_pronoun(folder: Path) -> None:
    """The pronoun the press calls a person by, which drafting reads possessives by."""
    (folder / "people.yaml").write_text(
        "entities:\n  - {id: a, kind: person, names: [Ann Lee], pronoun: she}\n"
        "  - {id: b, kind: person, names: [Bo Kay]}\n"
    )
    dataset = load_dataset(str(folder))
    assert (dataset.entities["a"].pronoun, dataset.entities["b"].pronoun) == ("she", None)
    (folder / "people.yaml").write_text(
        "entities:\n  - {id: a, kind: person, names: [Ann Lee], pronoun: it}\n"
    )
    assert problems(folder) == [
        "data/people.yaml:2:54: entities[0].pronoun: 'it' is not one of ['she', 'he', 'they']"
    ]


def test_the_words_a_kind_is_called_by(folder: Path) -> None:
    """The header's words for each kind, which drafting reads "the show" by."""
    assert load_dataset(str(folder)).kind_words == {}
    head = HEADER.replace(
        "checked: 2026-11-21}", "checked: 2026-11-21, kind_words: {film: [movie, TV movie]}}"
    )
    (folder / "head.yaml").write_text(head)
    assert load_dataset(str(folder)).kind_words == {"film": ("movie", "TV movie")}
    (folder / "head.yaml").write_text(head.replace("TV movie", "'the: show'"))
    assert problems(folder) == [
        "data/head.yaml:1:87: dataset.kind_words.film[1] is the text 'the: show', which does "
        "not have the expected form (matching ^[A-Za-z][A-Za-z -]{0,49}$)"
    ]
