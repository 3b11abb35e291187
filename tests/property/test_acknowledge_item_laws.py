"""Laws of the edit of a claim's own item (validator.cli.acknowledge_item): wherever the
whole file's round trip writes the acknowledgement, the edit of the item writes the very
same bytes; where it refuses, the acknowledgement is refused too, or written into the
claim's item alone, the file reading back as its data plus the acknowledgement."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from validator.cli.acknowledge_request import AcknowledgeError, Request
from validator.cli.acknowledge_yaml import add_acknowledgement, add_to_whole_file
from validator.read.yaml_load import load_yaml

from .strategies import Yaml12Dumper, dates, plain_claim_documents
from .test_acknowledge_laws import with_acknowledgement

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ITEM = re.compile(r"^( *)- id:", re.MULTILINE)


class _Indented(Yaml12Dumper):
    """Block sequences written indented under their key (`claims:\\n  - id: a`), as
    people often write them; PyYAML's own writes them at the key's column."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _written(
    document: dict[str, Any], indent: int, indented: bool, notes: list[int], crlf: bool
) -> str:
    """The document in block style, with a comment line before some of its claims and
    after some of their first lines (`notes`: 0 none, 1 before, 2 after, 3 both), and
    one at the end."""
    dumper = _Indented if indented else Yaml12Dumper
    text = yaml.dump(
        document, Dumper=dumper, sort_keys=False, allow_unicode=True, indent=indent, width=1000
    )
    pieces, at = [], 0
    for number, item in enumerate(_ITEM.finditer(text)):
        note = notes[number % len(notes)]
        line_end = text.index("\n", item.start())
        pieces.append(text[at : item.start()])
        if note & 1:
            pieces.append(f"{item.group(1)}# before claim {number}\n")
        pieces.append(text[item.start() : line_end] + ("  # its own" if note & 2 else ""))
        at = line_end
    text = "".join(pieces) + text[at:] + "# the end\n"
    return text.replace("\n", "\r\n") if crlf else text


@SETTINGS
@given(
    document=plain_claim_documents(),
    indent=st.sampled_from([2, 4]),
    indented=st.booleans(),
    notes=st.lists(st.integers(0, 3), min_size=1, max_size=4),
    crlf=st.booleans(),
    pick=st.integers(min_value=0, max_value=3),
    code=st.sampled_from(["D201", "D203", "X301"]),
    reason=st.text(min_size=1, max_size=40),
    until=st.none() | dates,
)
# A renewal the round trip refuses (a tab in the reason it would rewrite) and the claim's
# own lines cannot take: both ways say which values to change by hand, in the same words.
@example(
    document={
        "source": {"id": "source", "outlet": "A"},
        "claims": [
            {"id": "a", "subject": "Ba", "property": "age", "value": 1},
            {"id": "b", "subject": "B", "property": "age", "value": 164},
            {
                "id": "q",
                "subject": "C",
                "property": "age",
                "value": "D",
                "acknowledge": [
                    {"until": "2000-01-01", "reason": "\U00020f07\t\xb8\xa3", "code": "D201"}
                ],
            },
        ],
    },
    indent=2,
    indented=False,
    notes=[0],
    crlf=False,
    pick=2,
    code="D201",
    reason="0",
    until=None,
)
def test_the_item_is_written_as_the_whole_files_round_trip_writes_it(
    document: dict[str, Any],
    indent: int,
    indented: bool,
    notes: list[int],
    crlf: bool,
    pick: int,
    code: str,
    reason: str,
    until: date | None,
) -> None:
    text = _written(document, indent, indented, notes, crlf)
    index = pick % len(document["claims"])
    claim_id = document["claims"][index]["id"]
    wanted = Request(f"source/{claim_id}", code, reason, until)
    try:
        whole: str | AcknowledgeError = add_to_whole_file(text, claim_id, wanted, "c.yaml")
    except AcknowledgeError as refused:
        whole = refused
    try:
        written = add_acknowledgement(text, claim_id, wanted, "c.yaml")
    except AcknowledgeError as refused:
        assert isinstance(whole, AcknowledgeError)
        assert str(refused) == str(whole)
        return
    if isinstance(whole, str):
        assert written == whole
        return
    # Refused by the whole file's round trip for the layout of another claim, which
    # is kept byte for byte: the file holds its data and the acknowledgement.
    data, _, problems = load_yaml(written)
    assert problems == []
    original, _, _ = load_yaml(text)
    assert json.dumps(data) == json.dumps(with_acknowledgement(original, index, wanted))
