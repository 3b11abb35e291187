"""Laws of `--acknowledge` on YAML claim files (validator.cli.acknowledge_yaml): whatever
the file holds, the acknowledgement is either refused with a message or written so that
the file reads back as exactly the original data plus the acknowledgement, every line of
the original kept in order."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.cli.acknowledge_request import AcknowledgeError, Request
from validator.cli.acknowledge_yaml import add_acknowledgement
from validator.read.yaml_load import load_yaml

from .strategies import Yaml12Dumper, dates, json_claim_documents, plain_claim_documents
from .test_acknowledge_laws import with_acknowledgement

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    document=st.one_of(json_claim_documents(), plain_claim_documents()),
    flow=st.sampled_from([False, None]),
    pick=st.integers(min_value=0, max_value=3),
    code=st.sampled_from(["D201", "D203", "X301", "Q402"]),
    reason=st.text(min_size=1, max_size=60),
    until=st.none() | dates,
)
def test_an_acknowledgement_is_refused_or_reads_back_exactly(
    document: dict[str, Any],
    flow: bool | None,
    pick: int,
    code: str,
    reason: str,
    until: date | None,
) -> None:
    text = yaml.dump(
        document, Dumper=Yaml12Dumper, sort_keys=False, allow_unicode=True, default_flow_style=flow
    )
    index = pick % len(document["claims"])
    claim_id = document["claims"][index]["id"]
    wanted = Request(f"source/{claim_id}", code, reason, until)
    try:
        written = add_acknowledgement(text, claim_id, wanted, "claims/source.yaml")
    except AcknowledgeError as refused:
        assert str(refused).startswith("claims/source.yaml: ")
        return
    data, _, problems = load_yaml(written)
    assert problems == []
    original, _, _ = load_yaml(text)
    expected = with_acknowledgement(original, index, wanted)
    assert json.dumps(data) == json.dumps(expected)
