"""Laws of text as written: a property that takes text takes a bare number or boolean as
the text its author wrote, in a claim file of either format and in the dataset alike."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.dataset.load import build_dataset, load_dataset
from validator.dataset.model import Dataset
from validator.model.property_types.choices import normalise_text
from validator.model.values import Choice, ValueSet
from validator.parse.claim_file import check_claim_file
from validator.read.files import Limits, LoadedFile, parse_text
from validator.resolve.claims import ResolvedClaim, resolve_claim

from .strategies import bare_number_texts, json_number_texts

SETTINGS = settings(max_examples=150, deadline=None)
ROOT = Path(__file__).resolve().parents[2]
SHIPPED = load_dataset(str(ROOT / "dataset"))
HEAD = "source: {id: s, outlet: O, title: T, published: 2022-12-07}\nclaims:\n"


def _claim(text: str, name: str, dataset: Dataset) -> ResolvedClaim:
    loaded = parse_text(text, name, Limits())
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    assert findings == []
    resolved = resolve_claim(parsed.claims[0], parsed, dataset)
    assert isinstance(resolved, ResolvedClaim)
    return resolved


def _yaml_claim(prop: str, value: str, qualifier: str) -> str:
    return HEAD + (
        f"  - {{id: c, subject: I Am Ruth, property: {prop}, value: {value},\n"
        f"     qualifiers: {{character: {qualifier}}}}}\n"
        if qualifier
        else f"  - {{id: c, subject: I Am Ruth, property: {prop}, value: {value}}}\n"
    )


def _as_text(written: str) -> tuple[ValueSet, str]:
    return Choice(frozenset({normalise_text(written)})), written


@SETTINGS
@given(written=bare_number_texts)
def test_a_bare_yaml_scalar_is_the_text_written_for_a_text_property(written: str) -> None:
    """Unquoted or quoted, a text value or qualifier is the same text: `007` is "007"."""
    bare = _claim(_yaml_claim("format", written, ""), "a.yaml", SHIPPED)
    quoted = _claim(_yaml_claim("format", json.dumps(written), ""), "a.yaml", SHIPPED)
    assert (bare.value, bare.value_display) == _as_text(written)
    assert bare.statement == quoted.statement
    bare = _claim(_yaml_claim("cast_member", "Mia", written), "a.yaml", SHIPPED)
    quoted = _claim(_yaml_claim("cast_member", "Mia", json.dumps(written)), "a.yaml", SHIPPED)
    assert bare.qualifiers == (("character", *_as_text(written)),)
    assert bare.statement == quoted.statement


@SETTINGS
@given(written=json_number_texts)
def test_a_json_number_is_its_json_text_for_a_text_property(written: str) -> None:
    def document(value: str) -> str:
        claim = (
            '{"id": "c", "subject": "I Am Ruth", "property": "cast_member", "value": "Mia", '
            f'"qualifiers": {{"character": {value}}}}}'
        )
        source = '{"id": "s", "outlet": "O", "title": "T", "published": "2022-12-07"}'
        return f'{{"source": {source}, "claims": [{claim}]}}'

    bare = _claim(document(written), "a.json", SHIPPED)
    quoted = _claim(document(json.dumps(written)), "a.json", SHIPPED)
    assert bare.qualifiers == (("character", *_as_text(written)),)
    assert bare.statement == quoted.statement


DATASET = (
    "dataset: {id: t, title: T, checked: 2026-11-21}\n"
    "properties:\n  cast_member: {type: entity, qualifiers: {character: text}}\n"
    "entities:\n  - {id: mia, kind: person, names: [Mia]}\n"
    "  - id: film\n    kind: film\n    names: [I Am Ruth]\n    facts:\n"
    "      - {property: cast_member, value: mia, qualifiers: {character: %s}}\n"
)


@SETTINGS
@given(written=bare_number_texts, quoted=st.booleans())
def test_a_fact_and_a_claim_that_write_the_same_scalar_hold_the_same_text(
    written: str, quoted: bool
) -> None:
    """`character: 007` in a fact and in a claim compare alike, and so does either
    beside the other written in quotes."""
    fact = json.dumps(written) if quoted else written
    dataset = build_dataset([("d.yaml", (DATASET % fact).encode())], "d", Limits())
    (stored,) = dataset.facts_for("film", "cast_member")
    claim = _claim(_yaml_claim("cast_member", "Mia", written), "a.yaml", dataset)
    assert stored.qualifiers == claim.qualifiers == (("character", *_as_text(written)),)
