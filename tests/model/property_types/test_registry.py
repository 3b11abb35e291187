"""The property-type registry: the one table every stage asks what a type means.

The shipped dataset schema and docs/dataset.md list exactly the registered types; a
copy of the registry with one more type runs a dataset and claims of that type through
the whole pipeline, with no other module changed.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from validator import validate
from validator.cli.main import main
from validator.model.property_types import registry
from validator.model.property_types.base import (
    EntityLookup,
    PropertyType,
    UnknownEntity,
    ValueProblem,
    Written,
    type_words,
)
from validator.model.property_types.derived import AGE, Derivation
from validator.model.property_types.registry import BUILT_IN, as_written, describe_set, parse_value
from validator.model.values import Choice, Span, ValueSet
from validator.parse.schema import load_schema

ROOT = Path(__file__).resolve().parents[3]
SCHEMA_FILE = ROOT / "validator" / "schemas" / "dataset.schema.json"
DATASET_DOC = ROOT / "docs" / "dataset.md"


def _pointed(schema: dict[str, object], pointer: str) -> object:
    node: object = schema
    for key in pointer.split("/")[1:]:
        assert isinstance(node, dict)
        node = node[key]
    return node


def test_the_shipped_schema_lists_the_registered_types() -> None:
    """Regenerated with FACTLINT_UPDATE_GOLDEN=1: the list in the file becomes the
    registry's, every other byte kept."""
    if os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1":
        text = SCHEMA_FILE.read_text(encoding="utf-8")
        for pointer, names in registry.TYPES.schema_enums():
            key = pointer.split("/")[-2]  # the list's owner: "valueType", "derived"
            listed = json.dumps(list(names))
            text, count = re.subn(
                rf'("{key}": \{{[^{{}}]*?"enum": )\[[^\]]*\]',
                lambda m, listed=listed: m[1] + listed,
                text,
            )
            assert count == 1, key
        SCHEMA_FILE.write_text(text, encoding="utf-8")
        load_schema.cache_clear()
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    for pointer, names in registry.TYPES.schema_enums():
        assert _pointed(shipped, pointer) == list(names)
    assert registry.TYPES.names() == (
        "entity",
        "text",
        "integer",
        "number",
        "percent",
        "date",
        "duration",
        "boolean",
        "quote",
    )
    assert _pointed(shipped, registry.DERIVED_ENUM) == ["age"]


def test_the_dataset_docs_list_the_registered_types() -> None:
    row = next(
        line
        for line in DATASET_DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `type` |")
    )
    named = re.findall(r"`([a-z_]+)`", row.split("One of", 1)[1].split(":", 1)[0])
    assert tuple(named) == registry.TYPES.names()


def test_a_type_is_registered_once() -> None:
    copy = registry.TYPES.copy()
    with pytest.raises(ValueError, match="property type 'date' is registered twice"):
        copy.register(registry.TYPES.get("date"))  # type: ignore[arg-type]
    copy.register(STARS)
    assert copy.names()[-1] == "stars"
    assert registry.TYPES.get("stars") is None  # the copy is the copy's own


def test_a_derived_property_is_found_through_one_hook() -> None:
    age = registry.derivation("age")
    assert age is AGE
    assert registry.derivation(None) is None
    assert registry.derivation("height") is None
    with pytest.raises(ValueError, match="derivation 'age' is registered twice"):
        registry.TYPES.copy().register_derivation(AGE)


def test_an_unknown_type_is_a_value_problem() -> None:
    with pytest.raises(ValueProblem, match="unknown property type 'colour'"):
        registry.parse_value("red", "colour")
    with pytest.raises(ValueProblem, match="unknown property type 'colour'"):
        registry.property_type("colour")


def test_each_type_says_what_its_values_are() -> None:
    words = {name: registry.property_type(name).words("years") for name in registry.TYPES.names()}
    assert words["entity"] == "an entity"
    assert words["integer"] == "integer in years"
    assert registry.property_type("date").words(None) == "date"


def test_sets_are_described_by_their_type() -> None:
    assert registry.describe_set(Span(85, 95), "duration", "minutes") == "85..95 minutes"
    assert registry.describe_set(Span(None, 100), "percent") == "at most 100%"
    assert registry.describe_set(Span(96, 96), "percent", "%") == "96%"
    assert registry.describe_set(Span(1, 0), "percent") == "nothing"
    assert registry.describe_set(registry.parse_value("2022-12", "date"), "date") == "2022-12"
    assert registry.describe_set(registry.parse_value(True, "boolean"), "boolean") == "true"


def test_describe_set_gives_numbers_and_choices_in_words() -> None:
    assert describe_set(Span(85, 95), "duration", "minutes") == "85..95 minutes"
    assert describe_set(Span(22, 22), "integer", "years") == "22 years"
    assert describe_set(Choice(frozenset({"b", "a"})), "entity") == "a, b"


def test_remembered_parses_keep_equal_values_of_other_types_apart() -> None:
    """Scalar parses are cached; 1, 1.0 and True are equal keys in Python."""
    assert parse_value(1, "integer") == Span(1.0, 1.0)
    assert parse_value(1.0, "integer") == Span(1.0, 1.0)
    for _ in range(2):  # a problem is raised again, not remembered as a value
        with pytest.raises(ValueProblem, match="whole number"):
            parse_value(True, "integer")
    assert parse_value(True, "boolean") == parse_value(True, "boolean")
    assert parse_value("90", "duration", unit="minutes", tolerance=5) == Span(85.0, 95.0)
    assert parse_value("90", "duration", unit="hours") == Span(90.0, 90.0)


@pytest.mark.parametrize(
    ("raw", "kind", "written", "taken"),
    [
        (7, "text", "007", "007"),
        (1.5, "text", "1.50", "1.50"),
        (True, "text", "TRUE", "TRUE"),
        (31, "text", "0x1F", "0x1F"),
        (7, "text", None, 7),  # not known how it was written: the type says what is wrong
        ("007", "text", "7", "007"),  # text is never replaced
        (7, "integer", "007", 7),
        (90, "duration", "90.0", 90),
        (True, "boolean", "True", True),
        (1917, "entity", "1917", 1917),
        (42, "quote", "42", 42),  # words said are written in quotes (E106 says so)
    ],
)
def test_only_a_text_type_takes_a_number_or_boolean_as_written(
    raw: object, kind: str, written: str | None, taken: object
) -> None:
    found = as_written(raw, kind, written)
    assert found == taken and type(found) is type(taken)


def test_text_is_the_one_type_that_takes_a_value_as_written() -> None:
    assert [kind.name for kind in BUILT_IN if kind.verbatim] == ["text"]


# --- the table itself ------------------------------------------------------------------


def test_a_registry_keeps_the_order_types_are_registered_in() -> None:
    empty = registry.TypeRegistry()
    assert empty.names() == ()
    assert empty.get("date") is None
    assert empty.derivation("age") is None
    assert empty.schema_enums() == ((registry.VALUE_TYPE_ENUM, ()), (registry.DERIVED_ENUM, ()))
    date_type, entity_type = registry.TYPES.get("date"), registry.TYPES.get("entity")
    assert date_type is not None and entity_type is not None
    two = registry.TypeRegistry((date_type, entity_type), (AGE,))
    assert two.names() == ("date", "entity")
    assert two.schema_enums() == (
        (registry.VALUE_TYPE_ENUM, ("date", "entity")),
        (registry.DERIVED_ENUM, ("age",)),
    )
    copy = two.copy()
    copy.register(STARS)
    assert copy.names() == ("date", "entity", "stars")
    assert two.names() == ("date", "entity")
    assert copy.derivation("age") is AGE


def test_property_type_gives_the_registered_type_itself() -> None:
    for kind in BUILT_IN:
        assert registry.property_type(kind.name) is kind


def test_what_each_built_in_type_declares_about_itself() -> None:
    def named(flag: str) -> list[str]:
        return [kind.name for kind in BUILT_IN if getattr(kind, flag)]

    assert named("numeric") == ["integer", "number", "percent", "duration"]
    # A percentage's unit is its sign: "96", never "96 percent".
    assert named("shows_unit") == ["integer", "number", "duration"]
    assert named("of_entities") == ["entity"]
    assert {kind.name: kind.sets for kind in BUILT_IN} == {
        "entity": Choice,
        "text": Choice,
        "integer": Span,
        "number": Span,
        "percent": Span,
        "date": Span,
        "duration": Span,
        "boolean": Choice,
        "quote": Choice,
    }


def test_an_entity_set_is_never_remembered_across_datasets() -> None:
    """Scalars of other types are parsed once; an entity's set depends on the dataset
    it is resolved against, so the same name gives each dataset's own answer."""
    one = EntityLookup(lambda name: "first", lambda entity: frozenset((entity,)))
    other = EntityLookup(lambda name: "second", lambda entity: frozenset((entity, "narrow")))
    assert parse_value("Ruth", "entity", lookup=one) == Choice(frozenset({"first"}))
    assert parse_value("Ruth", "entity", lookup=other) == Choice(frozenset({"second", "narrow"}))
    nowhere = EntityLookup(lambda name: None, lambda entity: frozenset((entity,)))
    with pytest.raises(UnknownEntity):
        parse_value("Ruth", "entity", lookup=nowhere)


def test_a_mapping_is_parsed_each_time_it_is_written() -> None:
    assert parse_value({"about": 90}, "duration", tolerance=5) == Span(85, 95)
    assert parse_value({"about": 90}, "duration", tolerance=2) == Span(88, 92)
    assert parse_value({"from": 1, "to": 2}, "number") == Span(1, 2)


def test_a_remembered_parse_keeps_the_range_it_was_held_to() -> None:
    assert parse_value(12, "integer") == Span(12, 12)
    with pytest.raises(ValueProblem) as caught:
        parse_value(12, "integer", maximum=10)
    assert caught.value.message == (
        "12 is not 10 or less, the range the dataset declares for the property; correct "
        "the value, or the property's minimum or maximum in the dataset if the value is real"
    )


def test_an_empty_choice_is_nothing_whatever_its_type() -> None:
    for kind in ("entity", "text", "boolean", "quote"):
        assert registry.describe_set(Choice(frozenset()), kind) == "nothing"
    assert registry.describe_set(parse_value("2022-12-08T21:00", "date"), "date") == (
        "2022-12-08T21:00"
    )


# --- a toy type, end to end ------------------------------------------------------------

# A star rating, written "★★★★☆" or as a number of stars: what a new type has to say.
_STAR, _HOLLOW = "★", "☆"


def _count(raw: object) -> int:
    if isinstance(raw, str) and len(raw) == 5 and set(raw) <= {_STAR, _HOLLOW}:
        return raw.count(_STAR)
    if type(raw) is int and 0 <= raw <= 5:
        return raw
    raise ValueProblem(f"expected five stars such as ★★★☆☆, or 0 to 5, not {raw!r}")


def _stars(written: Written) -> ValueSet:
    raw = written.raw
    if isinstance(raw, dict):  # {from, to}: the schema has checked the keys
        return Span(_count(raw.get("from", 0)), _count(raw.get("to", 5)))
    count = _count(raw)
    return Span(count, count)


def _describe_stars(values: ValueSet, unit: str | None) -> str:
    assert isinstance(values, Span) and values.low is not None and values.high is not None

    def drawn(count: float) -> str:
        return _STAR * int(count) + _HOLLOW * (5 - int(count))

    if values.is_point:
        return drawn(values.low)
    return f"{drawn(values.low)}..{drawn(values.high)}"


STARS = PropertyType("stars", Span, _stars, _describe_stars, type_words("stars"))

_DATASET = """\
dataset: {id: toy, title: Toy data, checked: 2026-11-21}
references:
  guide: {title: A guide, publisher: A paper, published: 2026-01}
properties:
  rating: {type: stars, single: true}
entities:
  - id: corner-cafe
    kind: place
    names: [Corner Cafe]
    facts:
      - {property: rating, value: ★★★★☆, ref: guide}
"""

_CLAIMS = """\
source:
  id: review
  outlet: A Review
  title: Where to eat
  published: 2026-02-01
claims:
  - {id: four, subject: Corner Cafe, property: rating, value: 4}
  - {id: two, subject: Corner Cafe, property: rating, value: ★★☆☆☆}
  - {id: near, subject: Corner Cafe, property: rating, value: {from: 3, to: 5}}
  - {id: ten, subject: Corner Cafe, property: rating, value: 10}
"""


def _run(
    root: Path, dataset: str, claims: str
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """A project of one dataset file and one claim file under `root`, validated: each
    claim's verdict, and each finding's message by code and first claim."""
    (root / "dataset").mkdir()
    (root / "dataset" / "toy.yaml").write_text(dataset, encoding="utf-8")
    (root / "claims").mkdir()
    (root / "claims" / "review.yaml").write_text(claims, encoding="utf-8")
    result = validate("claims", dataset="dataset", today=date(2026, 11, 21))
    verdicts = {c.full_id: c.verdict.value for c in result.claims}
    return verdicts, {(f.code, f.claims[0]): f.message for f in result.findings}


@pytest.fixture()
def toy_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = registry.TYPES.copy()
    copy.register(STARS)
    monkeypatch.setattr(registry, "TYPES", copy)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_registered_type_runs_end_to_end(toy_project: Path) -> None:
    verdicts, messages = _run(toy_project, _DATASET, _CLAIMS)
    assert verdicts == {
        "review/four": "supported",
        "review/two": "refuted",
        "review/near": "supported",
        "review/ten": "invalid",
    }
    assert messages[("E106", "review/ten")] == (
        "value does not fit property 'rating' (stars): expected five stars such as ★★★☆☆, "
        "or 0 to 5, not 10"
    )
    assert messages[("D201", "review/two")] == (
        "claims Corner Cafe rating ★★☆☆☆ as of 2026-02-01; the dataset gives ★★★★☆ "
        "(A guide, A paper, 2026-01), which the claim rules out; correct the claim, or "
        "acknowledge it with the fact-check's conclusion"
    )
    assert messages[("D202", "review/near")].endswith(
        "the dataset gives ★★★★☆ (A guide, A paper, 2026-01), which the claim includes: "
        "supported, but less precise; a more precise value would say more"
    )


def test_a_registered_type_is_described_in_its_own_words(
    toy_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(toy_project, _DATASET, _CLAIMS)
    code = main(["claims", "--no-cache", "--no-reports", "--explain", "review/near"])
    out = capsys.readouterr().out
    assert code == 1
    assert "claim: corner-cafe (Corner Cafe) rating = ★★★☆☆..★★★★★, as of 2026-02-01" in out


def test_the_schema_of_a_registry_copy_rejects_what_it_does_not_hold(
    toy_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "TYPES", registry.TypeRegistry(registry.BUILT_IN))
    (toy_project / "dataset").mkdir()
    (toy_project / "dataset" / "toy.yaml").write_text(_DATASET, encoding="utf-8")
    from validator.dataset.load import DatasetError, load_dataset

    with pytest.raises(DatasetError) as caught:
        load_dataset("dataset")
    assert caught.value.problems == [
        "dataset/toy.yaml:5:18: properties.rating.type: 'stars' is not one of "
        "['entity', 'text', 'integer', 'number', 'percent', 'date', 'duration', "
        "'boolean', 'quote']"
    ]


# --- a toy derivation, end to end ------------------------------------------------------

# Years open, from an opening date: computed as an age is, told in its own words. The
# rules name no derivation, so registering it is all it takes.
YEARS_OPEN = Derivation(
    name="years_open",
    base_type="date",
    value_type="integer",
    implied=AGE.implied,
    decides=AGE.decides,
    base_values=AGE.base_values,
    no_base="so how long it has been open cannot be checked; add its opening date",
    gives="the opening date gives {values} years open over {as_of}",
    held="{subject} had been open {values} years",
    projected="{subject} would have been open {values} years",
)

_OPENING = """\
dataset: {id: toy, title: Toy data, checked: 2026-11-21}
references:
  guide: {title: A guide, publisher: A paper, published: 2026-01}
properties:
  opened: {type: date, single: true}
  years_open: {type: integer, unit: years, derived: years_open, from: opened}
entities:
  - id: corner-cafe
    kind: place
    names: [Corner Cafe]
    facts:
      - {property: opened, value: 2022-06-01, ref: guide}
  - id: new-bakery
    kind: place
    names: [New Bakery]
"""

_OPENING_CLAIMS = """\
source:
  id: review
  outlet: A Review
  title: Where to eat
  published: 2026-02-01
claims:
  - {id: three, subject: Corner Cafe, property: years_open, value: 3}
  - {id: five, subject: Corner Cafe, property: years_open, value: 5}
  - {id: bakery, subject: New Bakery, property: years_open, value: 1}
"""


def test_a_registered_derivation_runs_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = registry.TYPES.copy()
    copy.register_derivation(YEARS_OPEN)
    monkeypatch.setattr(registry, "TYPES", copy)
    monkeypatch.chdir(tmp_path)
    verdicts, messages = _run(tmp_path, _OPENING, _OPENING_CLAIMS)
    assert verdicts == {
        "review/three": "supported",
        "review/five": "refuted",
        "review/bakery": "unverifiable",
    }
    assert messages[("D201", "review/five")] == (
        "claims Corner Cafe years_open 5 as of 2026-02-01; the dataset gives opened "
        "2022-06-01 (A guide, A paper, 2026-01), so Corner Cafe had been open 3 years "
        "throughout; correct the claim, or acknowledge it with the fact-check's conclusion"
    )
    # The two values compare as the opening dates they allow: no one date gives both.
    assert messages[("X303", "review/five")] == (
        "review contradicts itself on Corner Cafe years_open: five says years_open 5 as of "
        "2026-02-01; three says years_open 3 as of 2026-02-01; at most one of them can be "
        "right; check the source"
    )
    assert messages[("D203", "review/bakery")] == (
        "claims New Bakery years_open 1 as of 2026-02-01; the dataset has no opened for "
        "New Bakery, so how long it has been open cannot be checked; add its opening date"
    )
    explained = validate("claims", dataset="dataset").claim("review/three")
    assert explained is not None
    assert "the opening date gives 3 years open over 2026-02-01" in explained.explanation


@pytest.mark.parametrize(
    ("raw", "kind", "texts", "shown"),
    [
        # A date reads as a date however its year was written, as a number or as text.
        ({"from": 2022}, "date", (), "2022 or later"),
        ({"from": "2022"}, "date", (), "2022 or later"),
        ({"to": 2020}, "date", (), "2020 or earlier"),
        # A number's interval reads as a number's, its ends as written.
        ({"from": 60}, "duration", (), "at least 60"),
        ({"from": 1.5}, "number", (("from", "1.50"),), "at least 1.50"),
        # Of a type not known: as written.
        ({"from": 2022}, None, (), "at least 2022"),
        # A date's numbers as written, as the finding refusing them quotes them.
        ({"from": 2023}, "date", (("from", "0x7E7"),), "0x7E7 or later"),
        (2022.5, "date", (("", "2022.50"),), "2022.50"),
    ],
)
def test_describe_written_reads_a_date_as_a_date(
    raw: object, kind: str | None, texts: tuple[tuple[str, str], ...], shown: str
) -> None:
    assert registry.describe_written(raw, kind, texts) == shown


def test_a_resolved_date_reads_as_the_date_it_was_taken_as() -> None:
    """`{from: 2022.0}` resolves to the year 2022, and so it reads; not resolved, as
    written."""
    texts = (("from", "2022.0"),)
    assert registry.describe_written({"from": 2022.0}, "date", texts, resolved=True) == (
        "2022 or later"
    )
    assert registry.describe_written({"from": 2022.0}, "date", texts) == "2022.0 or later"
    assert registry.describe_written(
        {"from": 1.5}, "number", (("from", "1.50"),), resolved=True
    ) == ("at least 1.50")
