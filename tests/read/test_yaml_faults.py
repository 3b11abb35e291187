"""A claim file's YAML read past a character libyaml cannot get past: a bad escape or a
control character in one claim is a problem at it on that claim, the others read."""

from __future__ import annotations

import pytest

from validator.read.positions import refused_tags
from validator.read.yaml_faults import load_claim_yaml
from validator.read.yaml_load import YamlParseError

SOURCE = "source:\n  id: s\n  outlet: O\n  title: T\n  published: 2022-12-07\nclaims:\n"
ESCAPE = "YAML syntax error: found unknown escape character while parsing a quoted scalar"
UNICODE = (
    "YAML syntax error: found invalid Unicode character escape code while parsing a quoted scalar"
)
HEX = "YAML syntax error: did not find expected hexdecimal number while parsing a quoted scalar"


def control(code: str) -> str:
    return (
        f"control character U+{code} is not allowed in YAML; remove it, or write it as an "
        f'escape ("\\x{code[2:].lower()}") inside a double-quoted string'
    )


@pytest.mark.parametrize(
    ("claims", "value", "found"),
    [
        # A bad escape, libyaml pointing at its backslash.
        ('  - {id: a, note: "C:\\docs"}\n  - {id: b}\n', "C:\ufffddocs", [(7, 22, ESCAPE)]),
        # An escaped lone surrogate, or too few hexadecimal digits: past the backslash.
        ('  - {id: a, note: "\\ud800"}\n  - {id: b}\n', "\ufffdud800", [(7, 22, UNICODE)]),
        ('  - {id: a, note: "\\x4"}\n  - {id: b}\n', "\ufffdx4", [(7, 22, HEX)]),
        # A control character in a plain scalar, in a block.
        ("  - id: a\n    note: x\x01y\n  - id: b\n", "x\ufffdy", [(8, 12, control("0001"))]),
    ],
)
def test_a_fault_in_a_claim_is_a_problem_at_it_and_the_others_are_read(
    claims: str, value: str, found: list[tuple[int, int, str]]
) -> None:
    """It refused the whole file, its other claims unchecked. Now the character is put
    aside (U+FFFD in its place) and the file read again: the fault is a problem at the
    node it is in, whose text is then a guess."""
    data, _, problems = load_claim_yaml(SOURCE + claims)
    assert data["claims"] == [{"id": "a", "note": value}, {"id": "b"}]
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (("claims", 0, "note"), line, column, message, "text") for line, column, message in found
    ]
    assert refused_tags(problems) == {("claims", 0, "note")}


def test_up_to_three_faults_are_read_past() -> None:
    claims = '  - {id: a, note: "\\q"}\n  - {id: b, note: "x\x02"}\n  - {id: c, subject: "\\q"}\n'
    data, _, problems = load_claim_yaml(SOURCE + claims)
    assert [claim["id"] for claim in data["claims"]] == ["a", "b", "c"]
    assert sorted((p.path, p.line, p.column) for p in problems) == [
        (("claims", 0, "note"), 7, 20),
        (("claims", 1, "note"), 8, 21),
        (("claims", 2, "subject"), 9, 23),
    ]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # A fourth: the file is refused, at the first.
        (SOURCE + '  - {id: a, note: "\\q\\q\\q\\q"}\n', (7, 20)),
        # Outside any claim.
        (SOURCE.replace("id: s", 'id: "s\\q"') + "  - {id: a}\n", (2, 9)),
        # Before the claims, as in a file with none.
        ('source: "\\q"\n', (1, 10)),
    ],
)
def test_a_fault_that_cannot_be_read_past_refuses_the_file(text: str, at: tuple[int, int]) -> None:
    with pytest.raises(YamlParseError) as refused:
        load_claim_yaml(text)
    assert (refused.value.line, refused.value.column, refused.value.message) == (*at, ESCAPE)


def test_another_syntax_error_after_a_fault_refuses_the_file_at_the_fault() -> None:
    """As the file was refused before: at the first place libyaml stopped."""
    with pytest.raises(YamlParseError) as refused:
        load_claim_yaml(SOURCE + '  - {id: a, note: "\\q"}\n  - {id: b\n')
    assert (refused.value.line, refused.value.column, refused.value.message) == (7, 20, ESCAPE)


def test_a_file_whose_lines_cr_lf_end_is_read_past_its_fault_too() -> None:
    text = (SOURCE + '  - {id: a, note: "\\q"}\n  - {id: b}\n').replace("\n", "\r\n")
    data, _, problems = load_claim_yaml(text)
    assert data["claims"] == [{"id": "a", "note": "\ufffdq"}, {"id": "b"}]
    assert [(p.line, p.column, p.message) for p in problems] == [(7, 20, ESCAPE)]


IN_COMMENT = (
    "control character U+0001 is not allowed in YAML, not even in a comment; remove it "
    "(the claims were read as if it were not there)"
)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # After the last claim: it was put on that claim, which was then invalid.
        (SOURCE + "  - id: a\n  - id: b\n# the end \x01\n", (9, 11)),
        # On a claim's line, after its value: that claim's data is whole.
        (SOURCE + "  - id: a # \x01\n  - id: b\n", (7, 13)),
        # Before anything, and beside the source: the whole file was refused.
        ("# \x01\n" + SOURCE + "  - id: a\n  - id: b\n", (1, 3)),
        (SOURCE.replace("title: T", "title: T  #\x01") + "  - id: a\n  - id: b\n", (4, 14)),
    ],
)
def test_a_control_character_in_a_comment_is_a_problem_of_the_file_alone(
    text: str, at: tuple[int, int]
) -> None:
    data, _, problems = load_claim_yaml(text)
    assert data["claims"] == [{"id": "a"}, {"id": "b"}]
    assert data["source"]["title"] == "T"
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        ((), *at, IN_COMMENT, "comment")
    ]
    assert refused_tags(problems) == frozenset()


@pytest.mark.parametrize(
    ("claims", "path", "value"),
    [
        # In a block scalar a "#" line is text, not a comment.
        ("  - id: a\n    note: |\n      # \x01\n", ("claims", 0, "note"), "# \ufffd\n"),
        # In a key.
        ("  - id: a\n    no\x01te: x\n", ("claims", 0, "no\ufffdte"), "x"),
    ],
)
def test_a_control_character_in_a_scalar_after_a_hash_is_still_its_claims(
    claims: str, path: tuple[str | int, ...], value: str
) -> None:
    data, _, problems = load_claim_yaml(SOURCE + claims)
    assert data["claims"][0][path[-1]] == value
    assert [(p.path, p.kind) for p in problems] == [(path, "text")]


def test_a_text_holding_the_replacement_character_places_every_fault_as_before() -> None:
    """Its own U+FFFD would make a comment's character look like one in a scalar, or
    the other way: where the read back cannot tell, the fault is its node's."""
    data, _, problems = load_claim_yaml(SOURCE + "  - {id: a, note: \ufffd} # \x01\n")
    assert data["claims"] == [{"id": "a", "note": "\ufffd"}]
    assert [(p.path, p.kind) for p in problems] == [(("claims", 0, "note"), "text")]


def test_a_file_without_faults_places_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Placing faults sorts every node of the file: it ran for every file, faults or
    none, and reading 600 files of 50 claims took 13 % more CPU (0.42 s to 0.48 s)."""
    import validator.read.yaml_faults as faults

    def placed(*_: object) -> list[object]:
        raise AssertionError("no fault to place")

    monkeypatch.setattr(faults, "_places", placed)
    data, _, problems = load_claim_yaml(SOURCE + "  - {id: a}\n")
    assert (data["claims"], problems) == ([{"id": "a"}], [])
