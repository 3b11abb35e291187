"""The claim-file schema and the pydantic models describe the same documents: every document
the schema accepts (as factlint checks it) parses into the models."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings

from validator.parse.models import ClaimFile
from validator.parse.schema import load_schema, validator_for

from .strategies import from_schema_composed

SCHEMA = load_schema("claim-file.schema.json")
VALIDATOR = validator_for("claim-file.schema.json")


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(document=from_schema_composed(SCHEMA, SCHEMA["$defs"]))
def test_every_document_the_schema_accepts_parses_into_the_models(document: Any) -> None:
    assume(VALIDATOR.is_valid(document))
    parsed = ClaimFile.model_validate(document)
    assert len(parsed.claims) == len(document["claims"])
    assert parsed.source.id == document["source"]["id"]
