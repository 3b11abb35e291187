"""An acknowledgement written as lines of its own after the claim's last line
(validator.cli.acknowledge_lines): every other line of the file kept, wherever the
round trips refuse the file's layout; None where it cannot be vouched for."""

from __future__ import annotations

from datetime import date

import pytest

from validator.cli.acknowledge_lines import append_lines, double_quoted
from validator.cli.acknowledge_request import Request
from validator.read.yaml_load import load_yaml

ACK = '    acknowledge:\n      - code: D201\n        reason: "checked"\n'
# A source over three lines in flow style: no round trip gives it back as it is.
FLOW_SOURCE = "source: {id: s,\n  title: T}\nclaims:\n"


def _request(claim_id: str = "a", reason: str = "checked", until: date | None = None) -> Request:
    return Request(f"s/{claim_id}", "D201", reason, until)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The claim's last line, then the next claim's heading comment.
        (
            FLOW_SOURCE + "  - id: a\n    value: 1\n  # next\n\n  - id: b\n    value: 2\n",
            FLOW_SOURCE
            + "  - id: a\n    value: 1\n"
            + ACK
            + "  # next\n\n  - id: b\n    value: 2\n",
        ),
        # The last claim, with a key of the document after the list.
        (
            FLOW_SOURCE + "  - id: a\n    value: 1\nnotes: x\n",
            FLOW_SOURCE + "  - id: a\n    value: 1\n" + ACK + "notes: x\n",
        ),
        # A tab before a comment, a `%YAML` directive and a document end marker.
        (
            "%YAML 1.2\n---\nsource: {id: s}\t# tabbed\nclaims:\n  - id: a\n    value: 1\n...\n",
            "%YAML 1.2\n---\nsource: {id: s}\t# tabbed\nclaims:\n  - id: a\n    value: 1\n"
            + ACK
            + "...\n",
        ),
        # A block scalar ends the claim; a line of it that looks like a comment is its own.
        (
            FLOW_SOURCE + "  - id: a\n    note: |\n      one\n      # two\n  - id: b\n",
            FLOW_SOURCE + "  - id: a\n    note: |\n      one\n      # two\n" + ACK + "  - id: b\n",
        ),
        # A list not indented under its key, fields nested deeper.
        (
            FLOW_SOURCE + "- id: a\n  qualifiers:\n    character: Ruth\n",
            FLOW_SOURCE
            + "- id: a\n  qualifiers:\n    character: Ruth\n"
            + '  acknowledge:\n    - code: D201\n      reason: "checked"\n',
        ),
    ],
)
def test_the_field_follows_the_claims_last_line_every_other_line_kept(
    text: str, expected: str
) -> None:
    assert append_lines(text, "a", _request()) == expected


def test_an_expiry_is_written_after_the_reason() -> None:
    text = FLOW_SOURCE + "  - id: a\n    value: 1\n"
    assert append_lines(text, "a", _request(until=date(2027, 1, 1))) == text + ACK + (
        "        until: 2027-01-01\n"
    )


@pytest.mark.parametrize(
    ("reason", "written"),
    [
        ('said "yes" \\ no', r'"said \"yes\" \\ no"'),
        ("a: b # c", '"a: b # c"'),
        ("line\x85break\u2028here", r'"line\u0085break\u2028here"'),
        ("bell\x07 and \ufeff", r'"bell\u0007 and \ufeff"'),
        ("ünïcode ✓ \U0001f600", '"ünïcode ✓ \U0001f600"'),
        ("\u0378 unassigned, \U000e0001 a tag", r'"\u0378 unassigned, \U000e0001 a tag"'),
        ("\u202eevil\u202c zero\u200bwidth", r'"\u202eevil\u202c zero\u200bwidth"'),
    ],
)
def test_a_reason_is_double_quoted_and_reads_back_as_given(reason: str, written: str) -> None:
    assert double_quoted(reason) == written
    assert load_yaml(f"k: {written}\n")[0] == {"k": reason}


@pytest.mark.parametrize(
    ("acks", "expected"),
    [
        # A list not indented under its key, in a file whose claims are: the new item
        # after the last, its dash where theirs are, before the next claim's heading.
        (
            "    acknowledge:\n    - code: X301\n      reason: two\n  # next\n  - id: b\n",
            "    acknowledge:\n    - code: X301\n      reason: two\n"
            '    - code: D201\n      reason: "checked"\n  # next\n  - id: b\n',
        ),
        # Items spaced out after their dashes, a field of the claim after the list.
        (
            "    acknowledge:\n      -   code: X301\n          reason: two\n    note: n\n",
            "    acknowledge:\n      -   code: X301\n          reason: two\n"
            '      -   code: D201\n          reason: "checked"\n    note: n\n',
        ),
        # The last item in flow style: so is the new one.
        (
            "    acknowledge:\n    - {code: X301, reason: two}\n",
            "    acknowledge:\n    - {code: X301, reason: two}\n"
            '    - {code: D201, reason: "checked"}\n',
        ),
    ],
)
def test_a_block_list_without_the_code_gains_an_item_after_its_last(
    acks: str, expected: str
) -> None:
    """Such lists were refused whenever the round trips refused the file, as they do
    the list above (its indentation differs from the claims'): validate writes lists
    of that layout itself into files whose claims are not indented."""
    head = FLOW_SOURCE + "  - id: a\n    value: 1\n"
    assert append_lines(head + acks, "a", _request()) == head + expected


@pytest.mark.parametrize(
    "text",
    [
        # Already acknowledging the code, or with an empty list: the round trips renew
        # or extend the list.
        FLOW_SOURCE + "  - id: a\n    acknowledge: []\n",
        FLOW_SOURCE + "  - id: a\n    acknowledge:\n    - code: D201\n      reason: old\n",
        # A flow list, and an item begun below its dash.
        FLOW_SOURCE + "  - id: a\n    acknowledge: [{code: X301, reason: two}]\n",
        FLOW_SOURCE + "  - id: a\n    acknowledge:\n    -\n      code: X301\n      reason: two\n",
        # An item begun below its dash, an aliased claim, a tagged one.
        FLOW_SOURCE + "  -\n    id: a\n",
        FLOW_SOURCE + "  - !!map {id: a}\n",
        FLOW_SOURCE + "  - &x\n    id: a\nalso: *x\n",
        # Two claims of one id, no such claim, a file the reader reports on.
        FLOW_SOURCE + "  - id: a\n  - id: a\n",
        FLOW_SOURCE + "  - id: b\n",
        FLOW_SOURCE + "  - id: a\n    value: 1\n    value: 2\n",
        # Line ends that are not line feeds alone, or no final one.
        (FLOW_SOURCE + "  - id: a\n").replace("\n", "\r\n"),
        FLOW_SOURCE + "  - id: a",
    ],
)
def test_what_cannot_be_vouched_for_is_left(text: str) -> None:
    assert append_lines(text, "a", _request()) is None


FLOW_ACK = 'acknowledge: [{code: D201, reason: "checked"}]'


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # On one line, and over several: the entry goes before the closing brace.
        ("  - {id: a, value: 1}\n", f"  - {{id: a, value: 1, {FLOW_ACK}}}\n"),
        (
            '  - {id: a, subject: S,\n     value: "x}y"}\n  - {id: b}\n',
            f'  - {{id: a, subject: S,\n     value: "x}}y", {FLOW_ACK}}}\n  - {{id: b}}\n',
        ),
        # Its own braces nested inside, a comment before the closing brace.
        (
            "  - {id: a, qualifiers: {character: Ruth}  # why\n    }\n",
            f"  - {{id: a, qualifiers: {{character: Ruth}}  # why\n    , {FLOW_ACK}}}\n",
        ),
        # A comma already ending the mapping.
        ("  - {id: a, }\n", f"  - {{id: a, {FLOW_ACK} }}\n"),
    ],
)
def test_a_claim_in_flow_style_gets_the_entry_before_its_closing_brace(
    claim: str, expected: str
) -> None:
    """A flow mapping over several lines is what no round trip gives back: such a
    claim was refused, to be acknowledged by hand."""
    assert append_lines(FLOW_SOURCE + claim, "a", _request()) == FLOW_SOURCE + expected


def test_a_flow_claims_expiry_is_in_its_entry() -> None:
    text = FLOW_SOURCE + "  - {id: a}\n"
    assert append_lines(text, "a", _request(until=date(2027, 1, 1))) == FLOW_SOURCE + (
        '  - {id: a, acknowledge: [{code: D201, reason: "checked", until: 2027-01-01}]}\n'
    )
