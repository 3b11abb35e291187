"""Laws of `--acknowledge` on JSON claim files: whatever the file's layout and contents,
the edited text reads back as exactly the original data plus the acknowledgement, and a
new acknowledgement only inserts text, every original byte kept in order."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.cli.acknowledge_json import add_acknowledgement
from validator.cli.acknowledge_write import Request
from validator.read.json_load import load_json

from .strategies import dates, json_claim_documents, json_layouts

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def with_acknowledgement(document: dict[str, Any], index: int, wanted: Request) -> Any:
    """The data the edited file must hold: the YAML writer's meaning, said again here
    independently of the module under test."""
    expected = copy.deepcopy(document)
    claim = expected["claims"][index]
    entry = {"code": wanted.code, "reason": wanted.reason}
    if wanted.until is not None:
        entry["until"] = wanted.until.isoformat()
    acks = claim.setdefault("acknowledge", [])
    same = [ack for ack in acks if ack["code"] == wanted.code]
    if not same:
        acks.append(entry)
        return expected
    same[0]["reason"] = wanted.reason
    if wanted.until is None:
        same[0].pop("until", None)
    else:
        same[0]["until"] = entry["until"]
    return expected


@SETTINGS
@given(
    document=json_claim_documents(),
    layout=json_layouts,
    crlf=st.booleans(),
    final_newline=st.booleans(),
    pick=st.integers(min_value=0, max_value=3),
    code=st.sampled_from(["D201", "D203", "X301", "Q402"]),
    reason=st.text(min_size=1, max_size=60),
    until=st.none() | dates,
)
def test_the_edited_file_holds_the_original_data_and_the_acknowledgement(
    document: dict[str, Any],
    layout: dict[str, Any],
    crlf: bool,
    final_newline: bool,
    pick: int,
    code: str,
    reason: str,
    until: date | None,
) -> None:
    text = json.dumps(document, **layout) + ("\n" if final_newline else "")
    if crlf:  # raw newlines stand only between tokens: inside strings they are escaped
        text = text.replace("\n", "\r\n")
    index = pick % len(document["claims"])
    claim_id = document["claims"][index]["id"]
    wanted = Request(f"source/{claim_id}", code, reason, until)

    written = add_acknowledgement(text, claim_id, wanted, "claims/source.json")

    data, _, problems = load_json(written)
    assert problems == []
    # json.dumps tells 1 from true and keeps the order of keys, where == would not.
    expected = with_acknowledgement(document, index, wanted)
    assert json.dumps(data) == json.dumps(expected)
    renewed = any(ack["code"] == code for ack in document["claims"][index].get("acknowledge", ()))
    if not renewed:
        kept = len(text)
        assert len(written) > kept
        prefix = next(
            (i for i, (a, b) in enumerate(zip(text, written, strict=False)) if a != b), kept
        )
        assert written[len(written) - (kept - prefix) :] == text[prefix:]
    if crlf:
        assert "\n" not in written.replace("\r\n", "")
