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

from .strategies import Yaml12Dumper, acknowledgements, dates, json_claim_documents
from .test_acknowledge_laws import with_acknowledgement

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_words = st.from_regex(r"[A-Za-z][a-z]{0,6}( [a-z]{1,6}){0,3}", fullmatch=True)


@st.composite
def _plain_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Claim files as people write them: ids, words and numbers, some acknowledgements.
    Most of what `json_claim_documents` makes (any text as keys and values) has a layout
    the round trip would change, and is refused."""
    ids = draw(
        st.lists(
            st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    claims = []
    for claim_id in ids:
        claim: dict[str, Any] = {"id": claim_id, "subject": draw(_words), "property": "age"}
        claim["value"] = draw(st.one_of(st.integers(0, 200), _words))
        if draw(st.booleans()):
            claim["acknowledge"] = draw(st.lists(acknowledgements, max_size=2))
        claims.append(claim)
    return {"source": {"id": "source", "outlet": draw(_words)}, "claims": claims}


@SETTINGS
@given(
    document=st.one_of(json_claim_documents(), _plain_documents()),
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
