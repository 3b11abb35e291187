"""A draft as a claim file, written the same way every time: values plain only where
every YAML reader reads back the same string, else double-quoted with anything that
could end the value or fool a terminal escaped; article text in comments on one line,
so that no article can add keys to the file."""

from __future__ import annotations

import pytest
import yaml

from validator.draft.model import Unplaced
from validator.draft.render import render, scalar
from validator.read.yaml_load import load_yaml


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (None, "null"),
        (True, "true"),
        (False, "false"),
        (22, "22"),
        (-3, "-3"),
        (1.5, "1.5"),
        ("Mia Threapleton", "Mia Threapleton"),
        ("Winslet's daughter (Mia) & co.", '"Winslet\'s daughter (Mia) & co."'),
        ("Winslet’s 90-minute film, I Am Ruth", "Winslet’s 90-minute film, I Am Ruth"),
        ("Me+You Productions/Channel_4", "Me+You Productions/Channel_4"),
        # Dates stay the strings written; a bare year would read back as a number.
        ("2022-12", "2022-12"),
        ("2022-12-08", "2022-12-08"),
        ("2022-12-08T21:00", "2022-12-08T21:00"),
        ("2022", '"2022"'),
        ("90 min", '"90 min"'),
        # Words YAML 1.1 reads as booleans or null, whatever their case.
        ("yes", '"yes"'),
        ("No", '"No"'),
        ("ON", '"ON"'),
        ("y", '"y"'),
        ("null", '"null"'),
        ("True", '"True"'),
        ("~", '"~"'),
        # What would end the value, start a comment or a key, or lose a space.
        ("Ruth ", '"Ruth "'),
        ("Ruth,", '"Ruth,"'),
        ("It was hard.", '"It was hard."'),
        ("Note: a key", '"Note: a key"'),
        ("a #comment", '"a #comment"'),
        ("#tag", '"#tag"'),
        ("- item", '"- item"'),
        ("[list]", '"[list]"'),
        ("{map}", '"{map}"'),
        ("*alias", '"*alias"'),
        ("&anchor", '"&anchor"'),
        ("!tag", '"!tag"'),
        ("|", '"|"'),
        ("'quoted'", "\"'quoted'\""),
        ('say "hi"', '"say \\"hi\\""'),
        ("", '""'),
        ("café", '"café"'),
        # Line breaks and what a terminal or an editor would act on, escaped.
        ("one\ntwo", '"one\\ntwo"'),
        ("tab\there", '"tab\\there"'),
        ("\x1b[31mred", '"\\u001b[31mred"'),
        ("next\x85line", '"next\\u0085line"'),
        ("line\u2028separator", '"line\\u2028separator"'),
        ("para\u2029graph", '"para\\u2029graph"'),
        ("\ufeffmarked", '"\\ufeffmarked"'),
        ("evil\u202etxt.exe", '"evil\\u202etxt.exe"'),
        ("isolate\u2066d", '"isolate\\u2066d"'),
        ("del\x7f", '"del\\u007f"'),
        # A CI runner's command, printed with the draft to a log.
        ("##vso[task.prependpath]/tmp/x", '"##vso\\u005btask.prependpath]/tmp/x"'),
        ("so ##[error]boom", '"so ##\\u005berror]boom"'),
    ],
)
def test_a_value_is_written_plain_only_when_it_reads_back_the_same(
    value: str | int | float | bool | None, written: str
) -> None:
    assert scalar(value) == written


@pytest.mark.parametrize(
    "text",
    [
        "Mia Threapleton",
        "Winslet’s 90-minute film, I Am Ruth",
        "2022",
        "yes",
        "Off",
        "Note: a key",
        "a #comment",
        "one\ntwo",
        "\x1b[31mred",
        "line\u2028separator",
        "evil\u202etxt.exe",
        "say \"hi\" and 'bye'",
        "1e3",
        "0x1F",
        "1_000",
        "12:30",
        ".inf",
        "##vso[task.prependpath]/tmp/x and ##[error]",
        "no YAML stream holds \ufffe or \uffff",
    ],
)
def test_every_reader_reads_back_the_string_written(text: str) -> None:
    document = f"value: {scalar(text)}\n"
    assert yaml.safe_load(document) == {"value": text}  # YAML 1.1
    assert load_yaml(document)[0] == {"value": text}  # validate's own reader


def test_a_draft_is_written_in_one_shape() -> None:
    unplaced = [
        Unplaced("age", "47", "Winslet, 47, was blown away.", (2, 9)),
        Unplaced("quote", "It was staggering", "It was staggering", (4, 1)),
    ]
    text = render(
        ["Drafted by factlint draft from an article.", "", "Review every claim."],
        [
            ("id", "tyla-2022-12-07"),
            ("outlet", "Tyla"),
            ("published", {"from": "2022-12", "to": "2022-12-08"}),
            ("author", None),
        ],
        [
            (
                "mia-threapleton-age",
                [
                    ("subject", "mia-threapleton"),
                    ("property", "age"),
                    ("value", 22),
                    ("qualifiers", {"character": "Freya", "year": 2022}),
                    ("note", None),
                    ("excerpt", "her 22-year-old daughter"),
                ],
            ),
            ("i-am-ruth-runtime", [("value", {"about": 90})]),
        ],
        unplaced,
        more=7,
    )
    assert text == (
        "# yaml-language-server: $schema=../schema/claim-file.schema.json\n"
        "# Drafted by factlint draft from an article.\n"
        "#\n"
        "# Review every claim.\n"
        "source:\n"
        "  id: tyla-2022-12-07\n"
        "  outlet: Tyla\n"
        "  published: {from: 2022-12, to: 2022-12-08}\n"
        "  author: null\n"
        "claims:\n"
        "  - id: mia-threapleton-age\n"
        "    subject: mia-threapleton\n"
        "    property: age\n"
        "    value: 22\n"
        "    qualifiers: {character: Freya, year: 2022}\n"
        "    excerpt: her 22-year-old daughter\n"
        "  - id: i-am-ruth-runtime\n"
        "    value: {about: 90}\n"
        "\n"
        "# Found but not placed: no subject and property could be told for these.\n"
        "# Record any that is a claim by hand.\n"
        "# - age: 47\n"
        "#   in: Winslet, 47, was blown away.\n"
        "# - quote: It was staggering\n"
        "# … and 7 more not listed.\n"
    )


def test_a_draft_with_no_claims_says_so() -> None:
    assert render([], [("id", "s")], [], []) == (
        "# yaml-language-server: $schema=../schema/claim-file.schema.json\n"
        "source:\n"
        "  id: s\n"
        "claims: []\n"
    )


def test_article_text_in_comments_is_one_line_and_adds_no_key() -> None:
    hostile = "x\nclaims:\n  - id: planted\r\u2028# \x1b]0;title\x07 end"
    text = render(
        [f"From {hostile}"],
        [("id", "s")],
        [],
        [Unplaced("quote", hostile, f"He said {hostile}", (0, 0))],
    )
    assert text.splitlines()[1] == "# From x claims: - id: planted # ]0;title end"
    assert text.splitlines()[-2:] == [
        "# - quote: x claims: - id: planted # ]0;title end",
        "#   in: He said x claims: - id: planted # ]0;title end",
    ]
    assert yaml.safe_load(text) == {"source": {"id": "s"}, "claims": []}


def test_comments_carry_no_ci_runner_command() -> None:
    hostile = "##vso[task.prependpath]/tmp/x then ##[error]boom"
    text = render([], [("id", "s")], [], [Unplaced("quote", hostile, f"He said {hostile}", (0, 0))])
    assert text.splitlines()[-2:] == [
        "# - quote: #\\x23vso[task.prependpath]/tmp/x then #\\x23[error]boom",
        "#   in: He said #\\x23vso[task.prependpath]/tmp/x then #\\x23[error]boom",
    ]


def test_long_words_found_are_cut_in_the_comments() -> None:
    found = "word " * 100  # 500 characters
    sentence = "Then " + found + "and more " * 50
    text = render([], [("id", "s")], [], [Unplaced("quote", found, sentence, (0, 0))])
    found_line, sentence_line = text.splitlines()[-2:]
    assert found_line == "# - quote: " + ("word " * 40)[:199] + "…"
    assert sentence_line == "#   in: " + ("Then " + "word " * 100 + "and more " * 50)[:399] + "…"
    shown = [line for line in text.splitlines() if line.startswith("# - ")]
    assert len(shown[0]) == len("# - quote: ") + 200


def test_characters_no_yaml_stream_may_hold_are_left_out_of_comments() -> None:
    """U+FFFE and U+FFFF are no character of a YAML stream: an article holding one was
    drafted with it in a comment, and `validate` refused the whole draft (E101)."""
    odd = "tomorrow \ufffe and \uffff"
    text = render([f"From {odd}"], [("id", "s")], [], [Unplaced("date", odd, f"On {odd}", (0, 0))])
    assert "\ufffe" not in text and "\uffff" not in text
    assert text.splitlines()[-2:] == ["# - date: tomorrow and", "#   in: On tomorrow and"]
    assert load_yaml(text)[0] == {"source": {"id": "s"}, "claims": []}
