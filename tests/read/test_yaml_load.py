"""The YAML reader: YAML 1.2 core-schema meanings, positions, and refusal of anything that is
not plain data or that would cost more than its limits allow."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read import yaml_parser
from validator.read.yaml_aliases import COLLECTION_KEY
from validator.read.yaml_load import (
    FileKind,
    YamlLimits,
    YamlParseError,
    load_yaml,
)


def data(text: str, limits: YamlLimits | None = None) -> Any:
    value, _positions, problems = load_yaml(text, limits)
    assert problems == []
    return value


def error(
    text: str, limits: YamlLimits | None = None, files: FileKind = "claim files"
) -> tuple[int, int, str]:
    with pytest.raises(YamlParseError) as raised:
        load_yaml(text, limits, files)
    return raised.value.line, raised.value.column, raised.value.message


def _count_events(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of parser events each parse of the test reads, counted as it goes:
    work measured in events, not seconds, so the test means the same on any machine."""
    counts: list[int] = []
    open_parser = yaml_parser.open_parser

    def counting(text: str) -> Any:
        parser = open_parser(text)
        counts.append(0)
        number = len(counts) - 1

        class Counting:
            def get_event(self) -> Any:
                counts[number] += 1
                return parser.get_event()

            def dispose(self) -> None:
                parser.dispose()

        return Counting()

    monkeypatch.setattr(yaml_parser, "open_parser", counting)
    return counts


def test_collections_and_positions() -> None:
    value, positions, problems = load_yaml(
        "source:\n  id: x\nclaims:\n  - {id: a, value: [1, 2]}\n  - b\n"
    )
    assert value == {"source": {"id": "x"}, "claims": [{"id": "a", "value": [1, 2]}, "b"]}
    assert problems == []
    assert positions.values == {
        (): (1, 1),
        ("source",): (2, 3),
        ("source", "id"): (2, 7),
        ("claims",): (4, 3),
        ("claims", 0): (4, 5),
        ("claims", 0, "id"): (4, 10),
        ("claims", 0, "value"): (4, 20),
        ("claims", 0, "value", 0): (4, 21),
        ("claims", 0, "value", 1): (4, 24),
        ("claims", 1): (5, 5),
    }
    assert positions.keys == {
        ("source",): (1, 1),
        ("source", "id"): (2, 3),
        ("claims",): (3, 1),
        ("claims", 0, "id"): (4, 6),
        ("claims", 0, "value"): (4, 13),
    }


_PLAIN = "is not allowed: claim files hold plain data only"
_NOT_ALLOWED = f"{_PLAIN}; remove the tag"
_SET_STEP = "; write its members without the tag: one value alone, several as a list"


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        (
            'x: !!python/object/apply:os.system ["echo pwned"]\n',
            (("x",), 1, 4, f"the tag !!python/object/apply:os.system {_NOT_ALLOWED}"),
            {"x": ["echo pwned"]},
        ),
        (
            "x: !!timestamp 2022-12-07\n",
            (("x",), 1, 4, f"the tag !!timestamp {_NOT_ALLOWED}"),
            {"x": "2022-12-07"},
        ),
        ("!!binary aGk=\n", ((), 1, 1, f"the tag !!binary {_NOT_ALLOWED}"), "aGk="),
        (
            "x: !!set {a}\n",
            (("x",), 1, 4, f"the tag !!set {_PLAIN}{_SET_STEP}"),
            {"x": {"a": None}},
        ),
        (
            "x: !!omap [a: 1]\n",
            (("x",), 1, 4, f"the tag !!omap {_NOT_ALLOWED}"),
            {"x": [{"a": 1}]},
        ),
        ("x: !!str [1]\n", (("x",), 1, 4, f"the tag !!str {_NOT_ALLOWED}"), {"x": [1]}),
        ("x: !local 1\n", (("x",), 1, 4, f"the tag !local {_NOT_ALLOWED}"), {"x": "1"}),
        (
            "%TAG !e! tag:example.com,2000:\n---\nx: !e!thing 1\n",
            (("x",), 3, 4, f"the tag tag:example.com,2000:thing {_NOT_ALLOWED}"),
            {"x": "1"},
        ),
        ("x: !!int abc\n", (("x",), 1, 4, "'abc' is not a valid !!int"), {"x": "abc"}),
        ("x: !!int true\n", (("x",), 1, 4, "'true' is not a valid !!int"), {"x": "true"}),
        ("x: !!bool 1\n", (("x",), 1, 4, "'1' is not a valid !!bool"), {"x": "1"}),
        ("- a\n- !x b\n", ((1,), 2, 3, f"the tag !x {_NOT_ALLOWED}"), ["a", "b"]),
        ("!x k: v\n", (("k",), 1, 1, f"the tag !x {_NOT_ALLOWED}"), {"k": "v"}),
        (
            "x: !" + "a" * 100 + " 1\n",
            (("x",), 1, 4, f"the tag !{'a' * 78}… {_NOT_ALLOWED}"),
            {"x": "1"},
        ),
    ],
)
def test_tags_beyond_the_core_schema_are_refused_where_they_stand(
    text: str, expected: tuple[tuple[str | int, ...], int, int, str], value: Any
) -> None:
    """A tag outside the core schema is never constructed. It is a problem at the tag
    (the node keeps what was written, untagged), as a duplicate key is, so the rest of
    the document is still read and checked: a `!foo` in one claim left every claim of
    its file unchecked."""
    loaded, _, problems = load_yaml(text)
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [(*expected, "tag")]
    assert loaded == value
    # In a dataset file (read by the same loader), the same place and the dataset's words.
    path, line, column, message = expected
    dataset = message.replace(": claim files hold", ": dataset files hold")
    _, _, problems = load_yaml(text, files="dataset files")
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (path, line, column, dataset)
    ]


def test_a_dataset_file_is_named_as_one() -> None:
    """The dataset's files are read here too: what names the kind of file names theirs."""
    second = (
        2,
        1,
        "a second YAML document starts here; a dataset file holds one document: "
        "move it to a file of its own",
    )
    assert error("a: 1\n---\nb: 2\n", files="dataset files") == second


def test_a_document_too_deep_for_libyaml_after_a_tag_is_refused_for_its_depth() -> None:
    """libyaml 0.2.6's own depth limit sends the loader back over the text before the
    place it stopped; a tag found there is only a problem, and the depth refuses the
    document, for a claim file and a dataset file alike."""
    text = "[[[!!set {a}, " + "[" * 1200
    files: FileKind
    for files in ("claim files", "dataset files"):
        assert error(text, files=files) == (1, 76, "nesting is deeper than 64 levels")


def test_duplicate_keys_are_problems_and_the_first_value_is_kept() -> None:
    value, positions, problems = load_yaml("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n")
    assert value == {"a": 1, "b": {"c": 2}}
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (
            ("b", "c"),
            4,
            3,
            "duplicate key 'c' (first at line 3, column 3); keep one of them",
        ),
        (("a",), 5, 1, "duplicate key 'a' (first at line 1, column 1); keep one of them"),
    ]
    assert positions.of(("a",)) == (1, 4)


def test_inside_a_repeated_key_later_positions_win_but_not_the_collections_own() -> None:
    # The value of a repeated key is dropped, yet its nodes are read: a path inside it
    # that the first value also has is placed at the later node, the repeated
    # collection itself at the first one. Reports depend on this staying as it is.
    text = "a: [1, {b: 2}]\na: [3, {b: 4, c: 5}]\n"
    value, positions, problems = load_yaml(text)
    assert value == {"a": [1, {"b": 2}]}
    assert [p.path for p in problems] == [("a",)]
    assert positions.of(("a",)) == (1, 4)
    assert positions.of(("a", 0)) == (2, 5)
    assert positions.of(("a", 1)) == (1, 8)
    assert positions.of(("a", 1, "b")) == (2, 12)
    assert positions.of_key(("a", 1, "b")) == (2, 9)
    assert positions.of(("a", 1, "c")) == (2, 18)


def test_collections_in_lists_and_mappings_are_followed_by_their_siblings() -> None:
    text = "a:\n  - {b: [1, {c: d}], e: f}\n  - g\n  - [h, [i]]\n  - j\nk: l\n"
    assert data(text) == {"a": [{"b": [1, {"c": "d"}], "e": "f"}, "g", ["h", ["i"]], "j"], "k": "l"}


def test_the_node_limit_counts_every_value() -> None:
    limits = YamlLimits(max_nodes=3)
    assert data("[1, 2]", limits) == [1, 2]
    assert error("[1, 2, 3]", limits) == (
        1,
        8,
        "the document has more than 3 nodes; split it into one file per source",
    )
    assert error("a: &a [1, 2]\nb: *a\n", YamlLimits(max_nodes=6)) == (
        2,
        4,
        "the document has more than 6 nodes; split it into one file per source",
    )


def test_the_depth_limit() -> None:
    limits = YamlLimits(max_depth=3)
    assert data("a: {b: [1]}\n", limits) == {"a": {"b": [1]}}
    assert error("a: {b: [[1]]}\n", limits) == (1, 9, "nesting is deeper than 3 levels")
    assert error("- - - - x\n", limits) == (1, 7, "nesting is deeper than 3 levels")


@pytest.mark.parametrize(
    ("text", "value", "at"),
    [
        ("claims:\n- a: [[1]]\n  c: 2\n", {"claims": [{"a": [[]], "c": 2}]}, (2, 7)),
        ("claims:\n- a:\n  - - - x\n    - y\n  - z\n", {"claims": [{"a": [[], "z"]}]}, (3, 5)),
        # As far as the limit again: four levels more.
        ("claims: [{a: [{c: [[[1]]]}]}]\n", {"claims": [{"a": [{}]}]}, (1, 15)),
    ],
)
def test_a_claims_field_nested_too_deep_is_passed_over(
    text: str, value: Any, at: tuple[int, int]
) -> None:
    """Deeper inside a claim refused the whole file, its other claims unchecked. Now it
    is read no further than the limit again and emptied, a problem at it."""
    loaded, _, problems = load_yaml(text, YamlLimits(max_depth=4))
    assert loaded == value
    assert [(p.line, p.column, p.message, p.kind) for p in problems] == [
        (*at, f"nesting is deeper than 4 levels; {NOT_READ}", "depth")
    ]


def test_a_collection_too_deep_in_a_value_not_kept_is_a_problem_too() -> None:
    text = "claims: [{a: [[1]], a: [[2]], ? [[[3]]] : 4}]\n"
    loaded, _, problems = load_yaml(text, YamlLimits(max_depth=4))
    assert loaded == {"claims": [{"a": [[]]}]}
    deep = f"nesting is deeper than 4 levels; {NOT_READ}"
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (("claims", 0, "a", 0), 1, 15, deep),
        (("claims", 0, "a", 0), 1, 25, deep),
        (
            ("claims", 0, "a"),
            1,
            21,
            "duplicate key 'a' (first at line 1, column 11); keep one of them",
        ),
        # Inside a collection written as a key: that key is refused too.
        (("claims", 0, -2, 0), 1, 34, deep),
        (("claims", 0, -1), 1, 33, COLLECTION_KEY),
    ]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # Past twice the limit: the parser holds a state for each level.
        ("claims: [{a: [{c: [[[[1]]]]}]}]\n", (1, 15)),
        # Under an anchor, whose aliases would repeat it empty.
        ("claims: [{a: [&x [1]]}]\n", (1, 15)),
        # Past the limit in one claim, read as far as it again: the next is refused.
        ("claims:\n- a: [[1]]\n- a: [[[[[[2]]]]]]\n", (3, 7)),
    ],
)
def test_a_claims_field_too_deep_that_cannot_be_passed_over_refuses_the_file(
    text: str, at: tuple[int, int]
) -> None:
    assert error(text, YamlLimits(max_depth=4)) == (*at, "nesting is deeper than 4 levels")


NOT_READ = "what it holds was not read, as no field nests so deep; remove the levels past it"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("[" * 100_000, (1, 65)),
        ("{a: " * 100_000, (1, 257)),
        ("- " * 200_000 + "x\n", (1, 129)),
        # Each `[` a key of the `{` before it: read on, as a key, to the depth limit.
        ("[{" * 100_000, (1, 65)),
    ],
)
def test_deep_nesting_is_refused_fast(
    text: str, position: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _count_events(monkeypatch)
    line, column, _ = error(text)
    assert (line, column) == position
    # Refused where the limit is crossed, not after reading the 100,000 levels; libyaml
    # 0.2.6 refuses such a document itself, and factlint then reads its start again.
    assert sum(events) < 300


def test_document_markers_and_directives() -> None:
    assert data("---\na: 1\n...\n") == {"a": 1}
    assert data("%YAML 1.1\n---\na: 1\n") == {"a": 1}
    assert data("# only a comment\n") is None
    assert data("---\n") is None


def test_a_very_long_line_is_read() -> None:
    text = "a: " + "x" * 900_000 + "\nb: 1\n"
    value, positions, _ = load_yaml(text)
    assert len(value["a"]) == 900_000
    assert positions.of(("b",)) == (2, 4)


def test_an_items_id_written_twice_may_start_the_next_item() -> None:
    """A claim whose `- ` was left out runs on into the one before it: its `id` comes
    twice, and keeping one of them is not the fix."""
    text = (
        "claims:\n  - id: a\n    value: 1\n    id: b\n    value: 2\nentities:\n  - {id: c, id: d}\n"
    )
    _, _, problems = load_yaml(text)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (
            4,
            5,
            "duplicate key 'id' (first at line 2, column 5); keep one of them, or, if it "
            "starts another claim, begin that with '- '",
        ),
        (5, 5, "duplicate key 'value' (first at line 3, column 5); keep one of them"),
        (
            7,
            13,
            "duplicate key 'id' (first at line 7, column 6); keep one of them, or, if it "
            "starts another entity, begin that with '- '",
        ),
    ]


EMPTY_SECOND = (
    "a second YAML document starts here, with nothing in it; a claim file holds one "
    "document: remove this '---'"
)
SECOND = (
    "a second YAML document starts here; a claim file holds one document: "
    "move it to a file of its own"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # A '---' ending the file, the file seeming to hold one document.
        ("a: 1\n---\n", EMPTY_SECOND),
        ("a: 1\n---\n# done\n...\n", EMPTY_SECOND),
        # Something after it, even a third '---' or a null, is a second document.
        ("a: 1\n---\n---\n", SECOND),
        ("a: 1\n--- ~\n", SECOND),
        ("a: 1\n--- &x\n", SECOND),
        ("a: 1\n---\n[\n", SECOND),
    ],
)
def test_a_trailing_document_separator_is_told_to_go(text: str, message: str) -> None:
    assert error(text) == (2, 1, message)


def test_a_number_or_boolean_keeps_the_text_it_was_written_as() -> None:
    """A text property takes a bare scalar as written (`007` stays "007"): the reader
    keeps the text of each plain scalar it reads as a number or boolean, and of no
    other node (text, null, a key, a quoted or tagged scalar)."""
    value, positions, problems = load_yaml(
        "a: 007\nb: [1.50, true, x, 0x1F, -0, null, +1, 1e3, .5]\n"
        "c: {d: '007', e: !!int 010, f: ! 1, g: False}\n2022: k\n"
    )
    assert problems == []
    assert value == {
        "a": 7,
        "b": [1.5, True, "x", 31, 0, None, 1, 1000.0, 0.5],
        "c": {"d": "007", "e": 10, "f": "1", "g": False},
        "2022": "k",
    }
    assert positions.written == {
        ("a",): "007",
        ("b", 0): "1.50",
        ("b", 1): "true",
        ("b", 3): "0x1F",
        ("b", 4): "-0",
        ("b", 6): "+1",
        ("b", 7): "1e3",
        ("b", 8): ".5",
        ("c", "g"): "False",
    }
    assert positions.aliases == {}
    assert positions.written_as(("c", "e")) is None  # its tag chose its type
    assert positions.written_as(("b", 2)) is None
    assert positions.written_as(("nowhere",)) is None


def test_the_text_of_a_repeated_keys_numbers_is_the_first_values() -> None:
    # The first value is the one kept: so is how its numbers were written.
    value, positions, problems = load_yaml("a: {b: 07}\na: {b: 7.0}\nc: 1\nc: 01\n")
    assert value == {"a": {"b": 7}, "c": 1}
    assert [p.path for p in problems] == [("a",), ("c",)]
    assert positions.written == {("a", "b"): "07", ("c",): "1"}


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("a: |\n  22\n", {("a",): "|"}),
        ("a: >-\n  90\n", {("a",): ">"}),
        ("a:\n  - !!str 22\n  - |\n    true\n", {("a", 0): "!!str", ("a", 1): "|"}),
        ("a: |\n  Ruth\n", {}),  # text either way
        ("a: |\n  " + "9" * 400 + "\n", {}),  # past the largest float: text, not a number
        ("a: '22'\n", {}),  # quotes a message names already
    ],
)
def test_a_number_made_text_by_a_block_is_kept_with_its_style(
    text: str, tags: dict[tuple[str | int, ...], str]
) -> None:
    """`value: |` and `22` below it is text; a message asking for the number said to
    drop quotes it never had."""
    _, positions, problems = load_yaml(text)
    assert (positions.tags, problems) == (tags, [])
