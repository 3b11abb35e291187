"""The compiled schema fast path never accepts what jsonschema rejects.

It may only ever answer "valid" for a document that is: then no E102 is lost. Documents
it rejects go to jsonschema for the full message, so a stricter answer only costs time.
Held to that on real claim files and on many mutations of them, for each compiled
validator installed.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.parse import schema_fast
from validator.parse.schema import explain, load_schema, schema_errors, validator_for
from validator.read.files import LoadedFile, load_file
from validator.read.positions import Positions

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = "claim-file.schema.json"


def _documents() -> list[Any]:
    files = sorted((ROOT / "claims").glob("*.yaml"))
    documents = []
    for path in files:
        loaded = load_file(str(path))
        assert isinstance(loaded, LoadedFile)
        documents.append(loaded.data)
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    from validator.dataset.load import load_dataset

    corpus = generate.Corpus(load_dataset(str(ROOT / "dataset")), 7, 30)
    documents += [corpus.document(n)[0] for n in range(1, 4)]
    return documents


DOCUMENTS = _documents()


def _backends() -> list[tuple[str, Callable[[Any], bool]]]:
    schema = load_schema(SCHEMA)
    found = []
    for name, build in (
        ("jsonschema-rs", schema_fast._jsonschema_rs),
        ("fastjsonschema", schema_fast._fastjsonschema),
    ):
        check = build(schema)
        if check is not None:
            found.append((name, check))
    return found


BACKENDS = _backends()
needs_backend = pytest.mark.skipif(not BACKENDS, reason="no compiled validator installed")


def _jsonschema_valid(document: Any) -> bool:
    return bool(validator_for(SCHEMA).is_valid(document))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_tricky_text = st.sampled_from(
    [
        "", "a", "A", "abc\n", "abc-", "-abc", "Abc", "a b", "2022", "2022-13", "2022-12-32",
        "2022-12-08T24:00", "2022-12-08T21:00", "2022-12-08T21:00\n", "D201", "d201", "D2011",
        "x" * 101, "x" * 501, "x" * 2001, "é", "birth_date", "birth-date", "from", "to",
        "about", "within", "source", "claims", "id", "qualifiers", "acknowledge", "code",
        "reason", "until", "\ud800",
    ]
)  # fmt: skip
_tricky_scalars = st.one_of(
    _tricky_text,
    st.none(),
    st.booleans(),
    st.sampled_from([0, 1, -1, 1.0, 0.5, -0.5, 9999, 10000, 2**63, 2**70, -(2**70), 1e308]),
    st.text(max_size=8),
    st.integers(),
)
_values = st.recursive(
    _tricky_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_tricky_text, inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            continue
        *head, last = path
        parent = document
        for part in head:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[last] = draw(_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(_tricky_text)] = draw(_values)
        else:
            parent.insert(last, draw(_values))
    return document


@needs_backend
@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: str(d["source"]["id"]))
def test_every_backend_accepts_the_real_documents(document: Any) -> None:
    assert _jsonschema_valid(document)
    for name, check in BACKENDS:
        assert check(document), name


@needs_backend
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_no_backend_accepts_what_jsonschema_rejects(document: Any) -> None:
    expected = _jsonschema_valid(document)
    for name, check in BACKENDS:
        try:
            accepted = check(document)
        except Exception:
            accepted = False  # is_valid turns this into "no answer"
        if accepted:
            assert expected, f"{name} accepted a document jsonschema rejects: {document!r}"


@needs_backend
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_the_fast_path_gives_jsonschemas_errors(document: Any) -> None:
    positions = Positions()
    assert schema_fast.schema_errors(document, positions, SCHEMA) == schema_errors(
        document, positions, SCHEMA
    )


def test_without_a_compiled_validator_there_is_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_fast, "_jsonschema_rs", lambda schema: None)
    monkeypatch.setattr(schema_fast, "_fastjsonschema", lambda schema: None)
    schema_fast._validator.cache_clear()
    try:
        assert schema_fast.backend(SCHEMA) is None
        assert schema_fast.is_valid(DOCUMENTS[0], SCHEMA) is None
        broken: dict[str, Any] = {"source": {}, "claims": []}
        assert schema_fast.schema_errors(broken, Positions(), SCHEMA) == schema_errors(
            broken, Positions(), SCHEMA
        )
    finally:
        schema_fast._validator.cache_clear()


def test_an_error_inside_the_validator_is_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: Any) -> bool:
        raise OverflowError("too big")

    monkeypatch.setattr(schema_fast, "_validator", lambda name, enums=(): ("broken", explode))
    assert schema_fast.is_valid(DOCUMENTS[0], SCHEMA) is False
    assert schema_fast.schema_errors(DOCUMENTS[0], Positions(), SCHEMA) == []


def test_fastjsonschema_is_not_used_for_a_keyword_it_does_not_know() -> None:
    schema = {"type": "object", "unevaluatedProperties": False, "properties": {"a": {}}}
    assert schema_fast._fastjsonschema(schema) is None
    nested = {"$defs": {"x": {"prefixItems": [{"type": "string"}]}}}
    assert schema_fast._fastjsonschema(nested) is None
    assert schema_fast._fastjsonschema({"type": "object"}) is not None


def test_fastjsonschema_never_changes_the_document() -> None:
    # Left to its defaults, fastjsonschema writes a schema's `default` values into the
    # document it checks: the findings would then be about a document nobody wrote.
    check = schema_fast._fastjsonschema({"type": "object", "properties": {"a": {"default": 1}}})
    assert check is not None
    document: dict[str, Any] = {}
    assert check(document) is True
    assert document == {}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_skipping_the_items_a_compiled_validator_accepts_gives_the_same_errors(
    document: Any,
) -> None:
    positions = Positions()
    assert schema_errors(document, positions, SCHEMA) == explain(
        validator_for(SCHEMA), document, positions
    )


def test_a_part_of_the_schema_with_a_pattern_gets_no_compiled_check() -> None:
    assert schema_fast.subschema_check({"type": "string", "pattern": "^a\\Z"}, SCHEMA) is None
    assert schema_fast.subschema_check({"$defs": {}}, SCHEMA) is None
    if BACKENDS:
        check = schema_fast.subschema_check({"$ref": "#/$defs/claim"}, SCHEMA)
        assert check is not None
        claim = DOCUMENTS[0]["claims"][0]
        assert check(claim) is True
        assert check({**claim, "unknown": 1}) is False


@needs_backend
def test_the_fields_a_compiled_validator_accepts_are_not_walked() -> None:
    """In a file whose one claim breaks, the source and the broken claim's valid fields
    are handed to the compiled check and, accepted, left unwalked; the errors are still
    the full walk's."""
    document = copy.deepcopy(DOCUMENTS[0])
    document["claims"][0]["subject"] = 7
    asked: list[tuple[str, bool]] = []

    def recording(sub: Any, name: str, enums: Any) -> Callable[[Any], bool] | None:
        check = schema_fast.subschema_check(sub, name, enums)
        if check is None:
            return None
        shown = json.dumps(sub, sort_keys=True)

        def recorded(value: Any) -> bool:
            accepted = bool(check(value))
            asked.append((shown, accepted))
            return accepted

        return recorded

    positions = Positions()
    found = schema_errors(document, positions, SCHEMA, item_check=recording)
    assert found == explain(validator_for(SCHEMA), document, positions)
    assert [error.message for error in found] == [
        "claims[0].subject should be text, not the number 7"
    ]
    assert ('{"$ref": "#/$defs/source"}', True) in asked
    assert ('{"$ref": "#/$defs/value"}', True) in asked  # the broken claim's value
    assert ('{"$ref": "#/$defs/claim"}', False) in asked
