"""The acknowledgement written into a YAML claim file by editing the claim's own item
(validator.cli.acknowledge_item): the same bytes as the whole file's round trip on
every layout it takes, and None (the whole file's round trip left to do it) for every
layout it cannot vouch for."""

from __future__ import annotations

from datetime import date

import pytest

from validator.cli.acknowledge_item import edit_item
from validator.cli.acknowledge_lines import append_lines
from validator.cli.acknowledge_request import AcknowledgeError, Request
from validator.cli.acknowledge_yaml import add_acknowledgement, add_to_whole_file

HEAD = "# the outlet's file\nsource:\n  id: s   # its own id\n  title: T\nclaims:\n"


def _items(dash: str = "  - ", indent: str = "    ") -> str:
    return "".join(f"{dash}id: {c}\n{indent}subject: S {c}\n{indent}value: 1\n" for c in "abc")


LAYOUTS = {
    "indented": HEAD + _items(),
    "not indented": HEAD + _items("- ", "  "),
    "indented by 4": HEAD + _items("    - ", "      "),
    "fields indented by 4": HEAD.replace("  ", "    ")
    + "-   id: a\n    qualifiers:\n        character: A\n    value: 1\n"
    + "-   id: b\n    value: 2\n-   id: c\n    qualifiers:\n        character: C\n",
    "comments": HEAD
    + "  # the first\n  - id: a  # its own\n    value: 1\n  # before b\n\n  - id: b\n"
    + "    # inside b\n    value: 2  # at its end\n  # after b\n  - id: c\n    value: 3\n"
    + "# the end\n",
    "acknowledgements": HEAD
    + "  - id: a\n    value: 1\n  - id: b\n    value: 2\n    acknowledge:\n"
    + "      - code: D201  # kept\n        reason: old\n        until: 2027-01-01\n"
    + "  - id: c\n    value: 3\n    acknowledge:\n      - code: X301\n        reason: seen\n",
    "document markers": "%YAML 1.2\n---\n" + HEAD + _items() + "...\n",
    "a key after the claims": HEAD + _items() + "# last\nnotes: 1\n",
    "the source after the claims": "claims:\n" + _items() + "source:\n  id: s\n",
    "flow-style claims": HEAD
    + "  - {id: a, value: 1}\n  - {id: b, value: 2}\n  - {id: c, value: 3}\n",
    "block scalars": HEAD
    + "  - id: a\n    note: |\n      one\n      # not a comment\n    value: 1\n"
    + "  - id: b\n    note: >-\n      folded\n      text\n  - id: c\n    value: 3\n",
    "nulls": HEAD.replace("title: T", "author: null")
    + "  - id: a\n    value: null\n  - id: b\n    value: 2\n  - id: c\n    value: 3\n",
    "quotes": HEAD
    + "  - id: 'a'\n    value: \"x: y\"\n"
    + "  - id: \"b\"\n    value: 'it''s'\n  - id: c\n    value: 3\n",
    "blank lines": HEAD
    + "\n  - id: a\n    value: 1\n\n\n  - id: b\n    value: 2\n\n  - id: c\n    value: 3\n\n",
}
REQUESTS = [
    ("D201", None),  # a new list, or a code added to the list there
    ("D201", date(2027, 1, 1)),  # ... or renewed in place, with its day
    ("X301", None),  # renewed without the day it had
]


def _request(claim_id: str, code: str = "D201", until: date | None = None) -> Request:
    return Request(f"s/{claim_id}", code, "checked", until)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("claim_id", ["a", "b", "c"])  # the first, one inside, the last
@pytest.mark.parametrize(("code", "until"), REQUESTS)
def test_the_item_is_edited_into_the_bytes_the_whole_files_round_trip_writes(
    layout: str, claim_id: str, code: str, until: date | None
) -> None:
    text = LAYOUTS[layout]
    wanted = _request(claim_id, code, until)
    whole = add_to_whole_file(text, claim_id, wanted, "f.yaml")
    assert edit_item(text, claim_id, wanted, "f.yaml", add_to_whole_file) == whole
    crlf = text.replace("\n", "\r\n")
    assert add_acknowledgement(crlf, claim_id, wanted, "f.yaml") == whole.replace("\n", "\r\n")


def test_the_only_claim_is_edited_too() -> None:
    text = HEAD + "  - id: a  # the one\n    value: 1\n# after it\n"
    written = edit_item(text, "a", _request("a"), "f.yaml", add_to_whole_file)
    assert written == text.replace(
        "    value: 1\n",
        "    value: 1\n    acknowledge:\n      - code: D201\n        reason: checked\n",
    )


def test_the_edit_is_given_the_file_without_the_other_claims() -> None:
    seen: list[str] = []

    def rewrite(small: str, claim_id: str, wanted: Request, shown: str) -> str:
        seen.append(small)
        return add_to_whole_file(small, claim_id, wanted, shown)

    text = LAYOUTS["a key after the claims"]
    edit_item(text, "b", _request("b"), "f.yaml", rewrite)
    # (The comment before `notes` stands after the last claim: it goes with that one.)
    assert seen == [HEAD + "  - id: b\n    subject: S b\n    value: 1\nnotes: 1\n"]


def test_another_claim_the_round_trip_would_rewrite_is_kept_as_it_is() -> None:
    """The whole file's round trip refuses a file whose other claim it would write
    otherwise (`value:   2`); the claim's own item is edited, that claim kept byte for
    byte. The claim itself gains lines of its own (validator.cli.acknowledge_lines)."""
    text = HEAD + "  - id: a\n    value: 1\n  - id: b\n    value:   2\n"
    with pytest.raises(AcknowledgeError):
        add_to_whole_file(text, "a", _request("a"), "f.yaml")
    assert add_acknowledgement(text, "a", _request("a"), "f.yaml") == text.replace(
        "    value: 1\n",
        "    value: 1\n    acknowledge:\n      - code: D201\n        reason: checked\n",
    )
    assert add_acknowledgement(text, "b", _request("b"), "f.yaml") == text + (
        '    acknowledge:\n      - code: D201\n        reason: "checked"\n'
    )


def _added(line: str) -> bool:
    """A line `append_lines` writes for `_request`'s acknowledgement."""
    return line.strip() in ("acknowledge:", "- code: D201", 'reason: "checked"')


UNUSUAL = {
    "a tab": HEAD + "  - id: a\n    value: 1  #\tx\n  - id: b\n    value: 2\n",
    "a NEL": HEAD + '  - id: a\n    value: "\x85"\n  - id: b\n    value: 2\n',
    "mixed line ends": (HEAD + _items()).replace("\n", "\r\n", 3),
    "no final line feed": HEAD + _items().rstrip("\n"),
    "claims in flow style": HEAD.replace("claims:\n", "claims: [{id: a}, {id: b}]\n"),
    "claims in flow style on lines": HEAD + "  [{id: a, value: 1},\n   {id: b, value: 2}]\n",
    "the claim aliased": HEAD
    + "  - &x\n    id: a\n    value: 1\n  - id: b\n    value: 2\nalso: *x\n",
    "a flow claim aliased": HEAD + "  - &x {id: a, value: 1}\n  - id: b\n    value: 2\nalso: *x\n",
    "the list aliased": "source:\n  id: s\nlist: &x\n  - id: a\n    value: 1\n"
    + "  - id: b\n    value: 2\nclaims: *x\n",
    "a value aliased": HEAD + "  - id: a\n    value: &v [1]\n  - id: b\n    value: *v\n",
    "a dash on its own line": HEAD + "  -\n    id: a\n    value: 1\n  - id: b\n    value: 2\n",
    "a duplicate key": HEAD + "  - id: a\n    value: 1\n    value: 2\n  - id: b\n    value: 2\n",
    "a date that is no day": HEAD + "  - id: a\n    value: 2022-02-30\n  - id: b\n    value: 2\n",
    "the same quoted": HEAD + "  - id: a\n    value: '2022-02-30'\n  - id: b\n    value: 2\n",
    "a source the round trip would change": HEAD.replace("  id: s ", "  id:  s ") + _items(),
}


@pytest.mark.parametrize("layout", UNUSUAL)
@pytest.mark.parametrize("claim_id", ["a", "b", "gone"])
def test_an_unusual_file_is_left_to_the_whole_files_round_trip(layout: str, claim_id: str) -> None:
    text = UNUSUAL[layout]
    wanted = _request(claim_id)
    assert edit_item(text, claim_id, wanted, "f.yaml", add_to_whole_file) is None
    try:
        whole = add_to_whole_file(text, claim_id, wanted, "f.yaml")
    except AcknowledgeError as refused:
        # What the round trip refuses is written as lines of the claim's own where that
        # can be vouched for (validator.cli.acknowledge_lines), and refused as before
        # where it cannot.
        appended = append_lines(text, claim_id, wanted)
        if appended is not None:
            assert add_acknowledgement(text, claim_id, wanted, "f.yaml") == appended
            assert appended.startswith(text) or text.splitlines() == [
                line for line in appended.splitlines() if not _added(line)
            ]
            return
        with pytest.raises(AcknowledgeError) as also:
            add_acknowledgement(text, claim_id, wanted, "f.yaml")
        assert str(also.value) == str(refused)
        return
    assert add_acknowledgement(text, claim_id, wanted, "f.yaml") == whole


def test_items_spaced_unlike_the_first_are_left_to_the_whole_files_round_trip() -> None:
    """The round trip takes the file's indentation from the first item's line."""
    text = HEAD + "  - id: a\n    value: 1\n  -   id: b\n      value: 2\n"
    assert edit_item(text, "b", _request("b"), "f.yaml", add_to_whole_file) is None
