"""An acknowledgement added to a YAML claim file with its layout kept
(validator.cli.acknowledge_yaml): comments, order, quoting, flow style, line endings,
nulls and document markers come through, and a layout that cannot is refused."""

from __future__ import annotations

from datetime import date

import pytest

from validator.cli.acknowledge_request import AcknowledgeError, Request
from validator.cli.acknowledge_yaml import _comments_kept, add_acknowledgement
from validator.read.yaml_load import load_yaml

BY_HAND = "f.yaml: its layout cannot be kept exactly; add the acknowledgement by hand"
BLOCK = """\
source:
  id: s   # the outlet's own id
claims:
  # The first claim.
  - id: c
    value: 1
  # The second claim.
  - id: d
    value: 2
"""


def _add(
    text: str,
    claim_id: str = "c",
    code: str = "D201",
    reason: str = "checked",
    until: date | None = None,
) -> str:
    return add_acknowledgement(
        text, claim_id, Request(f"s/{claim_id}", code, reason, until), "f.yaml"
    )


def test_mixed_line_ends_are_refused() -> None:
    """Neither all LF, which the round trip writes, nor all CRLF, given back: no edit can
    be vouched for."""
    odd = "source:\r\n  id: s\nclaims:\r\n  - id: c\r\n    value: 1\r\n"
    wanted = Request("s/c", "D201", "x", None)
    with pytest.raises(AcknowledgeError) as refused:
        add_acknowledgement(odd, "c", wanted, "odd.yaml")
    assert str(refused.value) == (
        "odd.yaml: its layout cannot be kept exactly; add the acknowledgement by hand"
    )


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # Fields by four, the list's dashes by four and its items' fields after them.
        (
            "source:\n    id: s  # its own\nclaims:\n    - id: c\n      qualifiers:\n"
            "          character: Freya\n      value: 1\n",
            "      acknowledge:\n          - code: D201\n            reason: checked\n",
        ),
        # Fields by four, the dashes not indented, an item's fields four after its dash.
        (
            "# a comment first\nsource:\n\n    # the outlet\n    id: s\nclaims:\n-   id: c\n"
            "    value: 1\n",
            "    acknowledge:\n    -   code: D201\n        reason: checked\n",
        ),
        # The source in flow style: the qualifiers tell, by four.
        (
            "source: {id: s}\nclaims:\n-   id: c\n    qualifiers:\n        character: Freya\n"
            "    value: 1\n",
            "    acknowledge:\n    -   code: D201\n        reason: checked\n",
        ),
        # Fields by three.
        (
            "source:\n   id: s\nclaims:\n  - id: c\n    value: 1\n",
            "    acknowledge:\n      - code: D201\n        reason: checked\n",
        ),
    ],
)
def test_fields_indented_by_other_than_two_spaces_are_kept(text: str, added: str) -> None:
    """ruamel.yaml's guess of a file's indentation reads only its lists: a file
    indenting its fields by four spaces came back with two and was refused. The
    indentation of the first field under a key is the file's."""
    assert _add(text) == text.replace("    value: 1\n", "    value: 1\n" + added)


NULLS_AND_MARKERS = """\
%YAML 1.2
---
source:
  id: s
  author: null          # as the contract's own example writes it
claims:
  - id: c
    value: 1
...
"""


@pytest.mark.parametrize(
    "text",
    [
        NULLS_AND_MARKERS,
        NULLS_AND_MARKERS.replace("null ", "~    "),
        NULLS_AND_MARKERS.replace("%YAML 1.2\n", "").replace("...\n", ""),
        "source:\n  id: s\n  author:\nclaims:\n  - id: c\n    value: 1\n",
    ],
)
def test_a_null_written_as_null_or_a_document_end_is_kept(text: str) -> None:
    """`author: null` is the contract's example; ruamel.yaml writes a null as nothing
    and drops a `...` document end, so such a file was refused as a layout the round
    trip would change. The file's own spelling of null (one throughout) is kept."""
    wanted = Request("s/c", "D201", "checked", None)
    added = "    acknowledge:\n      - code: D201\n        reason: checked\n"
    assert add_acknowledgement(text, "c", wanted, "f.yaml") == text.replace(
        "    value: 1\n", "    value: 1\n" + added
    )


@pytest.mark.parametrize(
    "odd",
    [
        # Two spaces after a colon: ruamel.yaml would write one.
        "source:\n  id:  s\nclaims:\n  - id: c\n    value: 1\n",
        # Fields indented by three under `source`, by two under `qualifiers`: the round
        # trip indents every field alike.
        "source:\n   id: s\nclaims:\n  - id: c\n    qualifiers:\n      x: 1\n",
        # Two spellings of null: the round trip writes one.
        "source:\n  id: s\n  author: null\n  url: ~\nclaims:\n  - id: c\n    value: 1\n",
    ],
)
def test_a_layout_the_round_trip_would_change_gains_lines_of_its_own(odd: str) -> None:
    """Refused until now (the round trip would have written the file otherwise): the
    acknowledgement is lines of its own after the claim's, every line of the file kept."""
    wanted = Request("s/c", "D201", "x", None)
    assert add_acknowledgement(odd, "c", wanted, "odd.yaml") == odd + (
        '    acknowledge:\n      - code: D201\n        reason: "x"\n'
    )


def test_a_block_claim_gains_the_list_after_its_last_line_and_before_the_next_comment() -> None:
    assert _add(BLOCK) == BLOCK.replace(
        "    value: 1\n",
        "    value: 1\n    acknowledge:\n      - code: D201\n        reason: checked\n",
    )
    assert _add(BLOCK, "d", until=date(2027, 1, 1)) == BLOCK + (
        "    acknowledge:\n      - code: D201\n        reason: checked\n        until: 2027-01-01\n"
    )


def test_another_code_is_added_to_the_list_the_same_code_renewed_in_place() -> None:
    text = BLOCK.replace(
        "    value: 1\n",
        "    value: 1\n    acknowledge:\n      - code: D201  # kept\n        reason: old\n"
        "        until: 2027-01-01\n",
    )
    assert _add(text, code="X301") == text.replace(
        "        until: 2027-01-01\n",
        "        until: 2027-01-01\n      - code: X301\n        reason: checked\n",
    )
    assert _add(text, reason="new") == text.replace(
        "reason: old\n        until: 2027-01-01\n", "reason: new\n"
    )
    renewed = _add(text, reason="new", until=date(2028, 2, 29))
    assert renewed == text.replace(
        "reason: old\n        until: 2027-01-01", "reason: new\n        until: 2028-02-29"
    )


def test_a_list_indented_otherwise_than_the_claims_gains_the_new_item() -> None:
    """Lists of claims and of acknowledgements indented differently were refused ("its
    layout cannot be kept exactly"), as the round trip indents every list alike."""
    text = BLOCK.replace(
        "    value: 1\n", "    value: 1\n    acknowledge:\n    - code: X301\n      reason: two\n"
    )
    assert _add(text, until=date(2027, 1, 1)) == text.replace(
        "      reason: two\n",
        '      reason: two\n    - code: D201\n      reason: "checked"\n      until: 2027-01-01\n',
    )


@pytest.mark.parametrize(
    ("written", "becomes"),
    [
        # An empty flow list was refused ("add it by hand"): ruamel.yaml writes it as a
        # block list, and the line it stood on changes.
        (
            "    acknowledge: []\n",
            "    acknowledge:\n      - code: D201\n        reason: checked\n",
        ),
        (
            "    acknowledge: []  # none yet\n",
            "    acknowledge:     # none yet\n      - code: D201\n        reason: checked\n",
        ),
        (
            "    acknowledge: [{code: X301, reason: two}]  # kept\n",
            "    acknowledge: [{code: X301, reason: two}, {code: D201, reason: checked}] # kept\n",
        ),
    ],
)
def test_a_flow_list_of_acknowledgements_gains_the_new_one(written: str, becomes: str) -> None:
    text = BLOCK.replace("    value: 1\n", "    value: 1\n" + written)
    assert _add(text) == text.replace(written, becomes)


def test_a_rewritten_line_must_still_hold_its_comment() -> None:
    """The check behind a flow list's rewritten line: the text from its first space and
    `#` on must be in what is written, or nothing is written."""
    assert _comments_kept(["    acknowledge: []  # gone"], "    acknowledge:\n") is False
    assert _comments_kept(["    acknowledge: [{reason: 'a #1'}]  # c"], "x: 'a #1'}] # c") is False
    assert _comments_kept(["    acknowledge: [{reason: 'a #1'}]  # c"], "x: 'a #1'}]  # c") is True
    assert _comments_kept(["  - {id: c}  # c"], "  - {id: c, acknowledge: []} # c") is True
    assert _comments_kept(["    acknowledge: []"], "") is True


@pytest.mark.parametrize(
    ("reason", "written"),
    [
        ("a: b # c", "'a: b # c'"),
        ("- x", "'- x'"),
        ("%t", "'%t'"),
        ("@x", "'@x'"),
        ("'q'", "\"'q'\""),
        ("x\ny", '"x\\ny"'),
        ("null", "'null'"),
        ("2027-01-01", "'2027-01-01'"),
        # Single quotes would make a NEL a space: double quotes escape it.
        ("\x85", '"\\N"'),
    ],
)
def test_a_reason_yaml_would_read_otherwise_is_quoted(reason: str, written: str) -> None:
    assert _add(BLOCK, reason=reason) == BLOCK.replace(
        "    value: 1\n",
        f"    value: 1\n    acknowledge:\n      - code: D201\n        reason: {written}\n",
    )


def test_a_reason_a_flow_mapping_would_not_parse_is_double_quoted() -> None:
    """ "?0" plain in a flow mapping does not parse: it is written in double quotes."""
    text = "source:\n  id: s\nclaims:\n  - {id: c, value: 1}\n"
    assert _add(text, reason="?0") == (
        "source:\n  id: s\nclaims:\n"
        '  - {id: c, value: 1, acknowledge: [{code: D201, reason: "?0"}]}\n'
    )


@pytest.mark.parametrize(
    "text",
    [
        BLOCK,
        "source:\n  id: s\n",
        "[]\n",
        "source:\n  id: s\nclaims: 7\n",
        "source:\n  id: s\nclaims: gone\n",
        "source:\n  id: s\nclaims: {id: gone}\n",
        "source:\n  id: s\nclaims:\n  - gone\n  - [gone]\n",
    ],
)
def test_a_claim_the_file_does_not_hold_is_refused(text: str) -> None:
    """A file whose `claims` is no list (changed since the run read it) ended in an
    internal error, TypeError, where the JSON writer said it holds no such claim."""
    with pytest.raises(AcknowledgeError) as refused:
        _add(text, "gone")
    assert str(refused.value) == "f.yaml: no claim with id 'gone'"


def test_text_that_is_no_yaml_is_refused() -> None:
    for text in ("claims: [\n", "a: b\n  c: d\n", "\t- x\n"):
        with pytest.raises(AcknowledgeError) as refused:
            _add(text)
        assert str(refused.value) == BY_HAND


def test_an_empty_file_is_refused() -> None:
    """The round trip writes an empty document as `null`: the file would change."""
    with pytest.raises(AcknowledgeError) as refused:
        _add("")
    assert str(refused.value) == BY_HAND


FLOW = "source: {id: s}\nclaims:\n- {id: c, value: 1}\n"


@pytest.mark.parametrize(
    ("reason", "written"),
    [(":0", '":0"'), (":x", '":x"'), ("?x", '"?x"'), (": a", '": a"'), ("-x", "-x")],
)
def test_a_reason_validate_would_not_read_back_in_a_flow_claim_is_quoted(
    reason: str, written: str
) -> None:
    """ruamel.yaml writes ":0" plainly inside a flow mapping and reads it back, but
    validate's reader (and PyYAML) refuse it: the reason is double-quoted, and what is
    written reads back through validate's reader as the reason."""
    edited = _add(FLOW, reason=reason)
    assert edited == FLOW.replace(
        "value: 1}", f"value: 1, acknowledge: [{{code: D201, reason: {written}}}]}}"
    )
    data, _, problems = load_yaml(edited)
    assert problems == []
    assert data["claims"][0]["acknowledge"] == [{"code": "D201", "reason": reason}]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_file_whose_last_line_has_no_end_is_edited_and_keeps_none(end: str) -> None:
    """As many editors save a file: it was refused (the round trip writes a final line
    end), whichever claim was acknowledged."""
    text = BLOCK.replace("\n", end).removesuffix(end)
    added = "    acknowledge:\n      - code: D201\n        reason: checked\n"
    assert _add(text, "d") == (BLOCK + added).replace("\n", end).removesuffix(end)
    assert _add(text) == BLOCK.replace("    value: 1\n", "    value: 1\n" + added).replace(
        "\n", end
    ).removesuffix(end)


def test_a_last_block_that_keeps_its_line_ends_is_not_given_one_more() -> None:
    """A `|+` block at the very end keeps the line end the edit gives the file: written
    without it, the block would read otherwise, so the file is left as it was."""
    text = "source:\n  id: s\nclaims:\n  - id: c\n    note: |+\n      kept"
    with pytest.raises(AcknowledgeError) as refused:
        _add(text)
    assert str(refused.value) == (
        "f.yaml: its last line has no line end, and the acknowledgement cannot be written "
        "without one; end the file with a line end, or add it by hand"
    )


def test_a_claim_in_flow_style_over_several_lines_is_acknowledged_in_its_braces() -> None:
    """No round trip gives such a mapping back, and such a claim was refused, to be
    acknowledged by hand; the entry now goes before its closing brace, every other
    byte kept."""
    text = (
        "source: {id: s, outlet: O}\nclaims:\n"
        "- {id: c, subject: The Times, property: said,\n"
        '   value: "A fine piece of drama."}\n'
        "- {id: d, subject: The Times,\n   property: said, value: x}\n"
    )
    written = add_acknowledgement(text, "c", Request("s/c", "D203", "a: b", None), "f.yaml")
    assert written == text.replace(
        'drama."}', 'drama.", acknowledge: [{code: D203, reason: "a: b"}]}'
    )


MIXED_RENEWAL = (
    "source:\n    id: s\nclaims:\n  - id: c\n    value: 1\n    acknowledge:\n"
    "      - code: D201\n        reason: old\n        until: 2026-01-01\n  - id: d\n    value: 2\n"
)


def test_a_renewal_in_a_file_of_mixed_indentation_is_made_in_place() -> None:
    """Fields by four under `source` and by two in the claims: no round trip gives the
    file back, and renewing an acknowledgement there was refused, though adding one
    worked."""
    assert _add(MIXED_RENEWAL, reason="checked again", until=date(2027, 1, 1)) == (
        MIXED_RENEWAL.replace("reason: old", "reason: checked again").replace(
            "2026-01-01", "2027-01-01"
        )
    )


def test_a_renewal_that_cannot_be_made_says_what_to_change() -> None:
    text = MIXED_RENEWAL.replace("reason: old\n", "reason: |\n          old\n")
    with pytest.raises(AcknowledgeError) as refused:
        _add(text, reason="checked again")
    assert str(refused.value) == (
        "f.yaml: its layout cannot be kept exactly; renew it by hand: at line 7, in claim "
        "'c', set the D201 acknowledgement's reason to \"checked again\" and delete its until"
    )
