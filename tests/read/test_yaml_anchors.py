"""An anchor no alias uses, on a plain text, is taken for prose that starts with '&'
and said so where it stands; anchors that are used, or on quoted texts and
collections, are not."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read import yaml_parser
from validator.read.positions import LoadProblem
from validator.read.yaml_load import load_yaml

UNUSED = (
    "'&{}' is read as an anchor, which no alias uses, leaving {}: put the whole text in "
    "quotes if it starts with '&', or remove the anchor"
)


def problems(text: str) -> list[LoadProblem]:
    return load_yaml(text)[2]


def test_an_unused_anchor_on_a_plain_text_is_a_problem_where_it_stands() -> None:
    text = "a:\n  subject: &Mia Threapleton\n  title: &more\n  note: &n1 x\n  b: *n1\n"
    assert problems(text) == [
        LoadProblem(
            ("a", "subject"),
            2,
            12,
            UNUSED.format("Mia", "the text 'Threapleton'"),
            "anchor",
            as_read=True,  # the text it leaves is what the node holds
        ),
        LoadProblem(("a", "title"), 3, 10, UNUSED.format("more", "nothing"), "anchor"),
    ]


def test_its_place_is_the_files_own_line() -> None:
    # A NEL before it: libyaml counts one more line than the file has.
    text = 'a: "x\x85y"\nb: &Mia Threapleton\n'
    (problem,) = problems(text)
    assert (problem.path, problem.line, problem.column) == (("b",), 2, 4)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # used
        "a: &x 1\nb: [*x]\nc: &x 2\nd: *x\n",  # a name used covers each of its anchors
        'a: &x "quoted text"\n',  # not prose left plain
        "a: &x {b: 1}\n",  # a collection's
        "a: &x\n  - 1\n",
        "a: 'Tom & Jerry'\n",  # no anchor at all
    ],
)
def test_no_problem_for_other_anchors(text: str) -> None:
    assert problems(text) == []


def test_the_anchors_are_found_in_the_documents_one_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with an anchor was parsed a second time only to find the anchors no alias
    uses; they are gathered while the document is built."""
    opened: list[str] = []
    real = yaml_parser._Parser

    def counted(text: str) -> Any:
        opened.append(text)
        return real(text)

    monkeypatch.setattr(yaml_parser, "_Parser", counted)
    text = "a: &Mia Threapleton\nb: &x 1\nc: *x\n"
    assert problems(text) == [
        LoadProblem(
            ("a",), 1, 4, UNUSED.format("Mia", "the text 'Threapleton'"), "anchor", as_read=True
        )
    ]
    assert opened == [text]
