"""What the aliases of a YAML document repeat: bounded like a file's size and its depth,
refused before anything is expanded, and where the numbers they repeat were written."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from validator.read.positions import Positions
from validator.read.yaml_aliases import (
    COLLECTION_KEY,
    MAX_GUESSED,
    Aliases,
    RepeatedText,
    record_origin,
)
from validator.read.yaml_load import YamlLimits, YamlParseError, load_yaml

from .test_yaml_load import _count_events, data, error


def test_a_tag_on_an_aliased_node_is_one_problem() -> None:
    loaded, _, problems = load_yaml("a: &x !foo {b: 1}\nc: *x\nd: *x\n")
    assert loaded == {"a": {"b": 1}, "c": {"b": 1}, "d": {"b": 1}}
    assert [(p.path, p.line, p.column) for p in problems] == [(("a",), 1, 4)]


def test_aliases_of_scalars_as_keys_keep_their_meaning_as_text() -> None:
    text = "- &i 12\n- &b true\n- &n ~\n- &f 1.5\n- {*i : a, *b : b, *n : c, *f : d}\n"
    assert data(text)[4] == {"12": "a", "true": "b", "null": "c", "1.5": "d"}
    loaded, _, problems = load_yaml("- &m {a: 1}\n- {*m : x, b: y}\n")
    assert loaded == [{"a": 1}, {"b": "y"}]
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        ((1, -1), 2, 4, COLLECTION_KEY)
    ]


def test_anchors_and_aliases_used_as_intended() -> None:
    value, positions, _ = load_yaml(
        "day: &day 2022-12-07\nbase: &base\n  outlet: Tyla\nfirst: *day\nsource: *base\n"
        "alias-key: {*day : x}\n"
    )
    assert value == {
        "day": "2022-12-07",
        "base": {"outlet": "Tyla"},
        "first": "2022-12-07",
        "source": {"outlet": "Tyla"},
        "alias-key": {"2022-12-07": "x"},
    }
    assert positions.of(("source",)) == (5, 9)
    assert positions.of(("source", "outlet")) == (5, 9)  # inside an alias: the alias's place


NO_ANCHOR = (
    "alias *%s names no anchor before it; mark the value it repeats with &%s earlier in "
    "the file, or write the value out"
)
INSIDE = (
    "alias *%s is inside the value its anchor &%s marks, and a value cannot hold itself; "
    "write out what it should repeat"
)

REPEATS = (
    "alias *%s repeats the value its anchor &%s marks, which holds an alias inside "
    "itself; write out what it should repeat"
)


NAMES_NONE = (
    "alias *%s repeats the value its anchor &%s marks, which holds an alias naming no "
    "anchor before it; write out what it should repeat"
)


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        # Before its anchor, which YAML reads top to bottom: the anchor is no prose
        # left unused (the alias says what is wrong), and an alias after it is used.
        (
            "a: *x\nb: &x 1\nc: *x\n",
            {"a": "*x", "b": 1, "c": 1},
            [(("a",), 1, 4, NO_ANCHOR % ("x", "x"))],
        ),
        (
            "a: [1, *nope]\nb: 2\n",
            {"a": [1, "*nope"], "b": 2},
            [(("a", 1), 1, 8, NO_ANCHOR % ("nope", "nope"))],
        ),
        # As a key: the entry left out, as for a collection.
        (
            "a: {*nope : 1, c: 2}\n",
            {"a": {"c": 2}},
            [(("a", -1), 1, 5, NO_ANCHOR % ("nope", "nope"))],
        ),
        # A value holding one, repeated: a problem at the repeat too, saying why.
        (
            "a: &b {n: *nope}\nc: *b\n",
            {"a": {"n": "*nope"}, "c": {"n": "*nope"}},
            [
                (("a", "n"), 1, 11, NO_ANCHOR % ("nope", "nope")),
                (("c",), 2, 4, NAMES_NONE % ("b", "b")),
            ],
        ),
    ],
)
def test_an_alias_naming_no_anchor_before_it_is_a_problem_at_the_alias(
    text: str, value: Any, found: list[tuple[Any, int, int, str]]
) -> None:
    """An alias naming no anchor before it (one typed before its anchor, or `*text`
    meant as prose) refused the whole file, its other claims unchecked. It is read as
    the text written, a problem where it stands that makes its claim invalid, as an
    alias inside its own anchor is."""
    loaded, _, problems = load_yaml(text)
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message) for p in problems] == found
    assert {p.kind for p in problems} == {"alias"}


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        # Inside the value its anchor marks, at any depth: a value that would hold itself.
        ("a: &x [*x]\n", {"a": ["*x"]}, [(("a", 0), 1, 8, INSIDE % ("x", "x"))]),
        (
            "a: &x\n  b: [1, {c: *x}]\n",
            {"a": {"b": [1, {"c": "*x"}]}},
            [(("a", "b", 1, "c"), 2, 14, INSIDE % ("x", "x"))],
        ),
        (
            "a: &x [1]\nb: &y {c: *x, d: *y}\n",
            {"a": [1], "b": {"c": [1], "d": "*y"}},
            [(("b", "d"), 2, 18, INSIDE % ("y", "y"))],
        ),
        # An alias repeating such a value, or a value around it or inside it, or a value
        # holding one that repeats it: a problem where it is written, each.
        (
            "a: &x [*x]\nb: *x\nc: [*x]\n",
            {"a": ["*x"], "b": ["*x"], "c": [["*x"]]},
            [
                (("a", 0), 1, 8, INSIDE % ("x", "x")),
                (("b",), 2, 4, REPEATS % ("x", "x")),
                (("c", 0), 3, 5, REPEATS % ("x", "x")),
            ],
        ),
        (
            "a: &o {i: &x [*x], j: &p [2]}\nb: *o\nc: *p\n",
            {"a": {"i": ["*x"], "j": [2]}, "b": {"i": ["*x"], "j": [2]}, "c": [2]},
            [(("a", "i", 0), 1, 15, INSIDE % ("x", "x")), (("b",), 2, 4, REPEATS % ("o", "o"))],
        ),
        (
            "a: &x [&y [*x]]\nb: *y\n",
            {"a": [["*x"]], "b": ["*x"]},
            [(("a", 0, 0), 1, 12, INSIDE % ("x", "x")), (("b",), 2, 4, REPEATS % ("y", "y"))],
        ),
        (
            "a: &x [*x]\nb: &z [*x]\nc: *z\n",
            {"a": ["*x"], "b": [["*x"]], "c": [["*x"]]},
            [
                (("a", 0), 1, 8, INSIDE % ("x", "x")),
                (("b", 0), 2, 8, REPEATS % ("x", "x")),
                (("c",), 3, 4, REPEATS % ("z", "z")),
            ],
        ),
    ],
)
def test_an_alias_inside_its_own_anchor_is_a_problem_at_the_alias(
    text: str, value: Any, found: list[tuple[Any, int, int, str]]
) -> None:
    """A value cannot hold itself: the whole file was refused for one such alias, so its
    other claims went unchecked. The alias is read as the text written (`*x`), a problem
    where it stands, which makes the claim holding it invalid, as a number no float holds
    does; so is every alias repeating a value that holds one."""
    loaded, _, problems = load_yaml(text)
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message) for p in problems] == found
    assert {p.kind for p in problems} == {"alias"}


def test_aliases_inside_their_own_anchor_past_the_limit_refuse_the_document() -> None:
    """Each such alias is a finding: a 4 MB claim file of a million `*x` inside `&x`
    took 7 s and 850 MB to report them. Past `MAX_GUESSED` the document is refused at
    the alias that passes it, as it was at the first, in a fraction of that."""
    assert MAX_GUESSED == 100
    _, _, problems = load_yaml(
        "a: &x [" + ", ".join(["*x"] * 60) + "]\nb: [" + ", ".join(["*x"] * 40) + "]\n"
    )
    assert len(problems) == 100
    assert error(
        "a: &x [" + ", ".join(["*x"] * 60) + "]\nb: [" + ", ".join(["*x"] * 41) + "]\n"
    ) == (
        2,
        5 + 4 * 40,
        "more than 100 aliases name no anchor before them, are inside the value their "
        "anchor marks, or repeat such a value; write out what they should repeat",
    )
    assert error("a: &x [" + ", ".join(["*x"] * 1_000_000) + "]\n")[:2] == (1, 8 + 4 * 100)
    # So are aliases naming no anchor: a million `*n` is refused at the 101st.
    assert error("a: [" + ", ".join(["*n"] * 1_000_000) + "]\n")[:2] == (1, 5 + 4 * 100)


def test_a_merge_key_is_an_ordinary_key() -> None:
    assert data("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n") == {
        "base": {"x": 1},
        "c": {"<<": {"x": 1}, "y": 2},
    }


def test_an_alias_bomb_is_refused_before_it_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    events = _count_events(monkeypatch)
    assert error("\n".join(lines) + "\n") == (
        7,
        10,
        "aliases expand the document to more than 2000000 nodes (an alias bomb?); "
        "refused before expanding them",
    )
    # 84 events: the lines as written up to the 7th, each alias one event, never expanded.
    assert events == [84]


def test_text_repeated_by_aliases_is_bounded_like_a_files_size() -> None:
    """A node count does not bound what aliases repeat: 20,000 aliases of one text of
    900,000 characters took a 1.2 MB claim file to 23 GB of memory and minutes of
    schema checking. Here 40 aliases of such a text (36 million characters, more than
    the 32 MiB a file may hold without aliases) are refused at the alias that passes
    the limit; 30 are read."""
    anchor = "t: &t '" + "word " * 180_000 + "'\n"
    assert len(data(anchor + "r: [" + ", ".join(["*t"] * 30) + "]\n")["r"]) == 30
    assert error(anchor + "r: [" + ", ".join(["*t"] * 40) + "]\n") == (
        2,
        5 + 4 * 37,
        "aliases repeat more than 33,554,432 characters of text (an alias bomb?); "
        "refused before expanding them",
    )


def test_aliases_of_collections_count_the_text_they_hold_once_each() -> None:
    limits = YamlLimits(max_aliased_chars=50)
    # Each alias of `a` repeats 11 characters (its key and its text); one of `b`, 26 (its
    # keys and a's text twice): 48 in all, and 59 with one more alias of `a`.
    text = "a: &a {k: abcdefghij}\nb: &b {x: *a, y: *a, zz: 1}\nc: *b\n"
    assert data(text, limits)["c"] == {"x": {"k": "abcdefghij"}, "y": {"k": "abcdefghij"}, "zz": 1}
    assert error(text + "d: *a\n", limits) == (
        4,
        4,
        "aliases repeat more than 50 characters of text (an alias bomb?); refused before "
        "expanding them",
    )


def test_an_alias_cannot_nest_deeper_than_the_limit() -> None:
    limits = YamlLimits(max_depth=3)
    assert data("a: &a [1]\nb: [*a]\n", limits) == {"a": [1], "b": [[1]]}
    assert error("a: &a [[1]]\nb: [*a]\n", limits) == (
        2,
        5,
        "nesting is deeper than 3 levels (through the alias *a)",
    )
    # Each alias nests the one before it: without the check, depth grows past any limit.
    lines = ["a0: &a0 " + "[" * 60 + "]" * 60]
    lines += [f"a{k}: &a{k} " + "[" * 60 + f"*a{k - 1}" + "]" * 60 for k in range(1, 5)]
    assert error("\n".join(lines) + "\n") == (
        2,
        69,
        "nesting is deeper than 64 levels (through the alias *a0)",
    )


def test_a_number_repeated_by_an_alias_keeps_the_text_its_anchor_was_written_as() -> None:
    value, positions, problems = load_yaml(
        "a: &n 007\nb: *n\nc: &q {character: 1.50, list: [+1]}\nd: *q\n"
        "e: {inner: *q}\nf: &all {again: *q}\ng: *all\n"
    )
    assert problems == []
    assert value["g"] == {"again": {"character": 1.5, "list": [1]}}
    assert positions.written_as(("b",)) == "007"
    assert positions.aliases == {
        ("d",): ("c",),
        ("e", "inner"): ("c",),
        ("f", "again"): ("c",),
        ("g",): ("f",),
    }
    assert positions.written_as(("d", "character")) == "1.50"
    assert positions.written_as(("d", "list", 0)) == "+1"
    assert positions.written_as(("e", "inner", "character")) == "1.50"
    # Through two aliases: `g` repeats `f`, whose `again` repeats `c`.
    assert positions.written_as(("g", "again", "character")) == "1.50"
    assert positions.written_as(("g", "again", "list", 0)) == "+1"
    assert positions.written_as(("g", "again", "missing")) is None


def alias(name: str, line: int = 0, column: int = 0) -> Any:
    """A parser's alias event: its anchor's name and its 0-based start mark."""
    return SimpleNamespace(anchor=name, start_mark=SimpleNamespace(line=line, column=column))


def refused(call: Any, *args: Any) -> tuple[int, int, str]:
    with pytest.raises(YamlParseError) as raised:
        call(*args)
    return raised.value.line, raised.value.column, raised.value.message


def test_an_origin_is_kept_as_written_text_or_as_an_aliased_collections_path() -> None:
    positions = Positions()
    record_origin(positions, ("a",), "007")
    record_origin(positions, ("b",), ("a",))
    record_origin(positions, ("c", 0), ())
    assert positions.written == {("a",): "007"}
    assert positions.aliases == {("b",): ("a",), ("c", 0): ()}


def test_the_first_origin_of_a_place_is_kept() -> None:
    """A value inside a duplicate key's value has the path of the kept one's: the first."""
    positions = Positions()
    record_origin(positions, ("a",), "007")
    record_origin(positions, ("a",), "7")
    record_origin(positions, ("b",), ("x",))
    record_origin(positions, ("b",), ("y",))
    assert positions.written == {("a",): "007"}
    assert positions.aliases == {("b",): ("x",)}


def test_an_alias_counts_the_text_its_value_holds_keys_and_all() -> None:
    # The values live as long as the document, as an anchor's do: a collection is
    # remembered by its identity.
    mapping = {"key": ["ab", 1, None, True, 2.5], "": "x"}
    empty: list[Any] = []
    repeated = RepeatedText(100)
    repeated.add("abc", 1, 1)
    assert repeated.total == 3
    repeated.add(mapping, 1, 1)
    assert repeated.total == 3 + 3 + 2 + 0 + 1
    repeated.add(12345, 1, 1)  # a number repeats no text
    repeated.add(empty, 1, 1)
    assert repeated.total == 9
    repeated.add(mapping, 1, 1)  # each alias of it repeats it once more
    assert repeated.total == 15


def test_the_text_an_alias_repeats_may_reach_the_limit_but_not_pass_it() -> None:
    repeated = RepeatedText(5)
    repeated.add("abc", 1, 1)
    repeated.add("de", 1, 1)
    assert repeated.total == 5
    assert refused(repeated.add, "f", 3, 9) == (
        3,
        9,
        "aliases repeat more than 5 characters of text (an alias bomb?); refused before "
        "expanding them",
    )


def test_an_aliased_collection_is_counted_once_by_identity_not_expanded() -> None:
    """An anchor built from aliases of another costs its own length once known: 30
    levels of ten aliases each would be 10**30 characters expanded."""
    value: Any = ["x"]
    for _ in range(30):
        value = [value] * 10
    repeated = RepeatedText(10**40)
    repeated.add(value, 1, 1)
    assert repeated.total == 10**30


def test_an_alias_gives_its_anchors_value_and_where_it_is_written() -> None:
    aliases = Aliases(YamlLimits())
    aliases.named["day"] = ("2022-12-07", 1, 0, "2022-12-07")
    aliases.named["base"] = ({"n": 7}, 2, 1, None)
    assert aliases.expand(alias("day", 3, 7), 1) == ("2022-12-07", 1, 0, "2022-12-07", 4, 8)
    assert aliases.expand(alias("base", 0, 0), 63) == ({"n": 7}, 2, 1, None, 1, 1)
    assert aliases.repeated.total == 10 + 1


def test_an_alias_of_no_complete_anchor_is_refused() -> None:
    aliases = Aliases(YamlLimits())
    assert refused(aliases.expand, alias("nope", 4, 2), 1) == (
        5,
        3,
        NO_ANCHOR % ("nope", "nope"),
    )
    long = f"{'n' * 39}…"
    assert refused(aliases.expand, alias("n" * 5000), 1)[2] == NO_ANCHOR % (long, long)


def test_an_alias_may_nest_to_the_depth_limit_but_not_past_it() -> None:
    aliases = Aliases(YamlLimits(max_depth=4))
    aliases.named["a"] = ([[1]], 3, 2, None)
    assert aliases.expand(alias("a"), 2)[0] == [[1]]
    assert refused(aliases.expand, alias("a", 1, 4), 3) == (
        2,
        5,
        "nesting is deeper than 4 levels (through the alias *a)",
    )


def test_an_alias_past_the_documents_limit_of_repeated_text_is_refused() -> None:
    aliases = Aliases(YamlLimits(max_aliased_chars=4))
    aliases.named["t"] = ("abc", 1, 0, None)
    aliases.expand(alias("t"), 0)
    assert refused(aliases.expand, alias("t", 9, 0), 0) == (
        10,
        1,
        "aliases repeat more than 4 characters of text (an alias bomb?); refused before "
        "expanding them",
    )
