"""NEL, LS and PS read as YAML 1.2 reads them: characters of their text, ending no line."""

from __future__ import annotations

import pytest

from validator.read.positions import LoadProblem, Positions
from validator.read.yaml_breaks import Loaded, NonBreaks
from validator.read.yaml_load import load_yaml
from validator.read.yaml_scalars import YamlParseError

MARKS = ["\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("mark", MARKS)
def test_what_follows_one_in_a_comment_is_the_comment(mark: str) -> None:
    """A pull request's `property: runtime  # the runtime<LS>    value: 300` showed its
    reviewers one line holding a comment, and gave factlint a value they never saw:
    libyaml reads YAML 1.1, where each of the three ends a line."""
    text = f"property: runtime  # the runtime{mark}value: 300\nnote: x\n"
    data, positions, problems = load_yaml(text)
    assert data == {"property": "runtime", "note": "x"}
    assert positions.of(("note",)) == (2, 7)
    assert problems == []


@pytest.mark.parametrize("mark", MARKS)
def test_one_in_a_text_or_key_is_kept_where_it_was_folded(mark: str) -> None:
    text = (
        f"a: \"x{mark}y\"\nb: 'x{mark}y'\nc: x{mark}y\nd: |\n  x{mark}y\n"
        f"k{mark}ey: [1, 2]\nf: &s [x{mark}]\ng: *s\n"
    )
    data, positions, problems = load_yaml(text)
    assert data == {
        "a": f"x{mark}y",
        "b": f"x{mark}y",
        "c": f"x{mark}y",
        "d": f"x{mark}y\n",
        f"k{mark}ey": [1, 2],
        "f": [f"x{mark}"],
        "g": [f"x{mark}"],
    }
    assert data["f"] is data["g"]  # an alias's collection is still the one object
    assert positions.of((f"k{mark}ey", 1)) == (6, 11)
    assert positions.of_key((f"k{mark}ey",)) == (6, 1)
    assert positions.aliases == {("g",): ("f",)}
    assert problems == []


def test_a_key_written_with_one_and_with_its_escape_is_a_duplicate() -> None:
    """The two keys differ while libyaml reads them (the character stands in for the
    one, the escape is the other); put back, they are one key, and the first one is
    kept, where a dictionary kept the last one unsaid."""
    text = 'a\u2028b: 1\n"a\\u2028b": 2\nc: !x d\u2029e\n'
    data, positions, problems = load_yaml(text)
    assert data == {"a\u2028b": 1, "c": "d\u2029e"}
    assert positions.of(("a\u2028b",)) == (1, 6)
    assert [(p.path, p.line, p.column, p.kind) for p in problems] == [
        (("a\u2028b",), 2, 1, "duplicate-key"),
        (("c",), 3, 4, "tag"),
    ]
    assert problems[0].message == (
        "duplicate key 'a\u2028b' (first at line 1, column 1); keep one of them"
    )
    assert all(not any("\ue000" <= ch <= "\uf8ff" for ch in p.message) for p in problems)


def test_an_error_of_the_loader_is_told_with_the_characters_put_back() -> None:
    kept = NonBreaks.of("a: x\u2028y\n")
    assert kept is not None
    stand_in = kept.text[4]
    assert stand_in != "\u2028" and kept.text == f"a: x{stand_in}y\n"

    def failing(text: str) -> Loaded:
        raise YamlParseError(f"cannot read {text[3:6]!s}", 1, 4)

    with pytest.raises(YamlParseError) as caught:
        kept.load(failing)
    assert (caught.value.message, str(caught.value)) == ("cannot read x\u2028y",) * 2

    def loaded(text: str) -> Loaded:
        problem = LoadProblem((text[3:6],), 1, 4, f"about {text[3:6]}", "tag", text[3:6])
        return {text[3:6]: text}, Positions(comments={1: text}), [problem]

    data, positions, problems = kept.load(loaded)
    assert data == {"x\u2028y": "a: x\u2028y\n"}
    assert positions.comments == {1: "a: x\u2028y\n"}
    assert problems == [LoadProblem(("x\u2028y",), 1, 4, "about x\u2028y", "tag", "x\u2028y")]


def test_a_document_without_them_is_read_as_it_is() -> None:
    assert NonBreaks.of("a: x\ny: \u2027\r\n") is None


def test_a_document_holding_every_stand_in_is_refused_at_the_first_of_them() -> None:
    """Each of the three is given to libyaml as a character of the Private Use Area
    the document does not hold; a document holding all of them cannot be read so."""
    every = "".join(
        map(chr, [*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE), *range(0x100000, 0x10FFFE)])
    )
    text = f"a: 1\nb: x\u2029y\u2028\n# {every}\n"
    with pytest.raises(YamlParseError) as caught:
        load_yaml(text)
    assert (caught.value.line, caught.value.column, caught.value.message) == (
        2,
        5,
        "paragraph separator (U+2029) ends a line for some YAML readers and not for "
        'others; write it as an escape ("\\u2029") inside a double-quoted string',
    )
    # Two free are not enough for the three; three are.
    two_free = text.replace("\U0010fffd", "").replace("\U0010fffc", "")
    with pytest.raises(YamlParseError):
        load_yaml(two_free)
    data, _, _ = load_yaml(two_free.replace("\U0010fffb", ""))
    assert data == {"a": 1, "b": "x\u2029y\u2028"}
