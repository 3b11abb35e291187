"""Text made safe for where it is shown (validator.report.escaping): `visible`, `label`,
`terminal_safe`, `stderr_line` and `json_safe`, on empty, plain and hostile text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

from validator.report.escaping import (
    UNSAFE_CHARACTERS,
    json_safe,
    label,
    markup_safe,
    stderr_line,
    terminal_safe,
    visible,
)

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_terminal_safe_is_the_one_escape_for_terminals() -> None:
    assert terminal_safe("a\x1b[31mb\x07\u202e\n") == "a\\x1b[31mb\\x07\\u202e\\n"
    assert terminal_safe(" \u3000::error::x") == " \u3000\\x3a:error::x"
    assert terminal_safe("x ##[warning]y ##[") == "x #\\x23[warning]y #\\x23["
    assert terminal_safe("a##vso[task.complete result=Succeeded;]b ###[ ##teamcity[") == (
        "a#\\x23vso[task.complete result=Succeeded;]b ##\\x23[ #\\x23teamcity["
    )
    assert terminal_safe("# heading ## [x] #vso[ ##vso-[") == "# heading ## [x] #vso[ ##vso-["
    assert terminal_safe("file.yaml:1:2: ::error") == "file.yaml:1:2: ::error"
    assert visible("tab\tnl\n", keep="\t") == "tab\tnl\\n"
    assert json_safe('"\u202e\x85\x7f ##[x"') == '"\\u202e\\u0085\\u007f ##\\u005bx"'
    assert json_safe('["##vso[task.uploadfile]/etc/passwd", "##[", "## ["]') == (
        '["##vso\\u005btask.uploadfile]/etc/passwd", "##\\u005b", "## ["]'
    )


def test_a_byte_of_a_name_that_is_not_utf8_and_a_character_are_never_shown_alike() -> None:
    """`\\xNN` is the byte NN, `\\uNNNN` a character: a file name's byte 0x85 that is not
    UTF-8 (U+DC85 as Python holds it) was shown `\\udc85`, or U+FFFD by the path's own
    replacement, and the character NEL (U+0085, bytes C2 85) was shown `\\x85`."""
    assert visible("\x1b\x7f") == "\\x1b\\x7f"
    assert visible("\x85\x9b") == "\\u0085\\u009b"
    assert visible("caf\udce9 \udc85\udcff") == "caf\\xe9 \\x85\\xff"
    assert visible("\ud800\udc00") == "\\ud800\\udc00"  # not a byte of a name: as is
    assert visible("\U000e0041\U0001f3f4") == "\\U000e0041\U0001f3f4"  # a tag; an emoji
    assert json_safe('"\U000e007f"') == '"\\udb40\\udc7f"'  # JSON's surrogate pair


def test_a_label_shows_each_character_a_message_quote_escapes() -> None:
    """An id is shown as messages quote it (`repr`): what `visible` escapes, and the
    format characters, spaces and unassigned characters it leaves as they are; a
    backslash doubled, so an id written with `\\u200b` is not shown as one holding it."""
    shown = {
        "tyla-2022-12-07/mia-age": "tyla-2022-12-07/mia-age",
        "a\u200b/c1\u200b": "a\\u200b/c1\\u200b",
        "c\u2060\ufeff\u00ad\u00a0\u3000 d": "c\\u2060\\ufeff\\u00ad\\u00a0\\u3000 d",
        "c\u202e\x1b\n\x85": "c\\u202e\\x1b\\n\\u0085",
        "c\U000e0041\ue000\u0378": "c\\U000e0041\\ue000\\u0378",
        "back\\u200bslash": "back\\\\u200bslash",
        "caf\u00e9/\u540d\U0001f3f4": "caf\u00e9/\u540d\U0001f3f4",  # printable: as is
    }
    assert {name: label(name) for name in shown} == shown


@pytest.mark.parametrize("escape", [visible, label, terminal_safe])
def test_empty_and_plain_text_are_as_they_are(escape: Callable[[str], str]) -> None:
    for text in ("", "plain text", "caf\u00e9 \u540d \U0001f600", "a: b # c [d]", "<&>\"'`*_|"):
        assert escape(text) == text


def test_visible_shows_every_line_break_and_bidi_control_as_an_escape() -> None:
    assert visible("\r\n") == "\\r\\n"
    assert visible("a\tb") == "a\\tb"
    assert visible("\u2028\u2029") == "\\u2028\\u2029"
    assert visible(BIDI) == "".join(f"\\u{ord(c):04x}" for c in BIDI)
    assert visible("\x00\x1f\x7f\x80\x9f") == "\\x00\\x1f\\x7f\\u0080\\u009f"
    # A lone surrogate: a file name's byte that is not UTF-8 (U+DC80..U+DCFF), or not.
    assert visible("\udc80") == "\\x80"
    assert visible("\ud800") == "\\ud800"
    # The tag characters, and the first character past them, which is shown as it is.
    assert visible("\U000e0001\U000e007f\U000e0080") == "\\U000e0001\\U000e007f\U000e0080"


def test_visible_keeps_a_backslash_and_only_the_characters_it_is_told_to() -> None:
    assert visible("a\\nb") == "a\\nb"
    assert visible("a\tb\nc\rd", keep="\t\n") == "a\tb\nc\\rd"
    assert visible("\u202e", keep="\t\n") == "\\u202e"


def test_every_unsafe_character_is_escaped_and_every_escape_is_printable() -> None:
    unsafe = re.compile(f"[{UNSAFE_CHARACTERS}]")
    for code in (*range(0x20), *range(0x7F, 0xA0), *map(ord, BIDI), 0x2028, 0x2029, 0xD800):
        char = chr(code)
        assert unsafe.fullmatch(char), hex(code)
        assert visible(char).isprintable() and visible(char).startswith("\\"), hex(code)
    for char in " ~\u00a0\u00ad\u200b\u2060\ufeff\U000e0080":  # printable, or left to label
        assert unsafe.fullmatch(char) is None, hex(ord(char))


def test_a_label_doubles_a_backslash_so_no_id_looks_like_an_escape() -> None:
    assert label("") == ""
    assert label("\\") == "\\\\"
    assert label("a\\x1b") == "a\\\\x1b"
    assert label("a\x1b") == "a\\x1b"
    assert label("src\n/claim\r") == "src\\n/claim\\r"
    assert label("\udc80") == "\\x80"


def test_terminal_safe_escapes_a_command_after_any_leading_white_space() -> None:
    assert terminal_safe("::") == "\\x3a:"
    assert terminal_safe("  ::x") == "  \\x3a:x"
    assert terminal_safe("\u00a0::x") == "\u00a0\\x3a:x"
    # White space that is also a control is an escape first: the line then starts with it.
    assert terminal_safe("\t::x") == "\\t::x"
    assert terminal_safe("\x1c::x") == "\\x1c::x"
    # A line break is an escape, so a command after it stays on the one line.
    assert terminal_safe("a\n::error::x") == "a\\n::error::x"
    assert terminal_safe("a\u2028::error::x") == "a\\u2028::error::x"
    assert terminal_safe(":x") == ":x"


def test_terminal_safe_escapes_every_command_in_a_line() -> None:
    assert terminal_safe("##[") == "#\\x23["
    assert terminal_safe("###[[") == "##\\x23[["
    assert terminal_safe("##[a] ##vso[b] ##[c]") == "#\\x23[a] #\\x23vso[b] #\\x23[c]"
    assert terminal_safe("##vso ## [ ##1[") == "##vso ## [ ##1["


def test_stderr_line_is_one_line_named_validate() -> None:
    assert stderr_line("") == "validate: \n"
    assert stderr_line("a\nb") == "validate: a\\nb\n"
    assert stderr_line("::error::x") == "validate: \\x3a:error::x\n"
    assert stderr_line("##[error]x") == "validate: #\\x23[error]x\n"
    assert stderr_line("\x1b]0;title\x07") == "validate: \\x1b]0;title\\x07\n"


def test_stderr_line_is_named_by_the_command_as_typed() -> None:
    assert stderr_line("a\nb", "factlint check") == "factlint check: a\\nb\n"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ('""', '""'),
        ('"plain"', '"plain"'),
        ('"caf\u00e9 \U0001f600"', '"caf\u00e9 \U0001f600"'),
        ('"\u2028\u2029"', '"\\u2028\\u2029"'),
        ('"\x7f\x85"', '"\\u007f\\u0085"'),
        ('"\\u0000\\n"', '"\\u0000\\n"'),  # JSON's encoders escape C0 themselves
        ('"##"', '"##"'),
        ('"##vso"', '"##vso"'),
        ('["##abc["]', '["##abc\\u005b"]'),
        ('{"##[": "##["}', '{"##\\u005b": "##\\u005b"}'),
        (f'"{BIDI}"', '"' + "".join(f"\\u{ord(c):04x}" for c in BIDI) + '"'),
    ],
)
def test_json_safe_changes_only_what_a_terminal_or_runner_would_act_on(
    encoded: str, expected: str
) -> None:
    assert json_safe(encoded) == expected
    assert json.loads(json_safe(encoded)) == json.loads(encoded)


def test_markup_safe_writes_no_command_a_runner_reads_from_a_printed_line() -> None:
    """An HTML or XML report printed in a CI log (`cat`, `git diff` of the committed
    reports) held `##vso[` as a claim wrote it, which Azure Pipelines' agent acts on
    anywhere in a line, and a text's kept newline could start a line with `::`."""
    assert markup_safe("a##vso[task.prependpath]/tmp/evil ##[error]x ##teamcity[") == (
        "a##vso&#91;task.prependpath]/tmp/evil ##&#91;error]x ##teamcity&#91;"
    )
    assert markup_safe("x\n  ::error::y\n::warning::z\n::") == (
        "x\n  &#58;:error::y\n&#58;:warning::z\n&#58;:"
    )
    assert markup_safe("# h ## [x] #vso[ ##vso-[ a::b :x: ::c") == (
        "# h ## [x] #vso[ ##vso-[ a::b :x: ::c"
    )
    assert markup_safe("\u00a0::c\n\t:: d") == "\u00a0&#58;:c\n\t&#58;: d"
    assert markup_safe("plain") == "plain"
    assert markup_safe("") == ""
