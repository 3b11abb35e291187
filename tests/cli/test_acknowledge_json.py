"""`validate --acknowledge` on JSON claim files: the entry inserted into the claim's
object in the file's own style, every other byte kept, refused where the file cannot be
edited safely, and honoured by the next run."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from claims_project import claims_project

from validator.cli.acknowledge_json import add_acknowledgement
from validator.cli.acknowledge_write import AcknowledgeError, Request
from validator.cli.main import main
from validator.read import line_feeds

# As `json.dumps(data, indent=2)` writes it, with a final newline.
INDENT_2 = """\
{
  "source": {
    "id": "wrong",
    "outlet": "Example",
    "title": "Wrong",
    "published": "2022-12-07"
  },
  "claims": [
    {
      "id": "age",
      "subject": "Mia Threapleton",
      "property": "age",
      "value": 21
    },
    {
      "id": "film",
      "subject": "I Am Ruth",
      "property": "rotten_tomatoes_score",
      "value": 100
    }
  ]
}
"""

AGE_ACK_2 = """\
      "value": 21,
      "acknowledge": [
        {
          "code": "D201",
          "reason": "Checked: a typo in print",
          "until": "2099-01-01"
        }
      ]
    },
"""

TYPO = Request("wrong/age", "D201", "Checked: a typo in print", date(2099, 1, 1))


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return claims_project(tmp_path, monkeypatch, {"wrong.json": INDENT_2})


def test_the_acknowledgement_is_written_into_the_json_and_honoured(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "-q"]) == 1
    assert "D201 error wrong/age: " in capsys.readouterr().out
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main([*argv, "--until", "2099-01-01"]) == 0
    assert (
        capsys.readouterr().err == "validate: acknowledged D201 of wrong/age in claims/wrong.json\n"
    )
    written = (project / "claims" / "wrong.json").read_bytes()
    assert written == INDENT_2.replace('      "value": 21\n    },\n', AGE_ACK_2).encode()
    assert main(["--no-reports"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("claims/wrong.json:13:16: D201 error wrong/age: ")
    assert out.splitlines()[0].endswith("[acknowledged: Checked: a typo in print]")
    assert ", 1 acknowledged — pass" in out.splitlines()[-1]


def test_a_second_code_is_appended_and_a_renewal_changes_only_its_entry(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--acknowledge", "wrong/film", "D203"]
    assert main([*argv, "--reason", "first", "--until", "2098-01-01"]) == 0
    assert main([*argv, "--reason", "second look"]) == 0
    assert (project / "claims" / "wrong.json").read_text(encoding="utf-8") == INDENT_2.replace(
        '      "value": 100\n',
        '      "value": 100,\n'
        '      "acknowledge": [\n'
        "        {\n"
        '          "code": "D203",\n'
        '          "reason": "second look"\n'
        "        }\n"
        "      ]\n",
    )
    capsys.readouterr()
    assert main(["--no-reports", "--fail-on", "warning", "-v"]) == 1  # D201 is not acknowledged
    assert "[acknowledged: second look]" in capsys.readouterr().out


def test_a_byte_order_mark_is_kept(project: Path) -> None:
    path = project / "claims" / "wrong.json"
    path.write_bytes(b"\xef\xbb\xbf" + INDENT_2.encode())
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main([*argv, "--until", "2099-01-01"]) == 0
    expected = INDENT_2.replace('      "value": 21\n    },\n', AGE_ACK_2)
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.encode()


def edit(text: str, wanted: Request = TYPO, claim: str = "age") -> str:
    return add_acknowledgement(text, claim, wanted, "claims/wrong.json")


def test_four_spaces() -> None:
    text = (
        '{\n    "claims": [\n        {\n            "id": "age",\n            "value": 21\n'
        "        }\n    ]\n}"
    )
    assert edit(text) == (
        '{\n    "claims": [\n        {\n            "id": "age",\n            "value": 21,\n'
        '            "acknowledge": [\n'
        "                {\n"
        '                    "code": "D201",\n'
        '                    "reason": "Checked: a typo in print",\n'
        '                    "until": "2099-01-01"\n'
        "                }\n"
        "            ]\n"
        "        }\n    ]\n}"
    )


def test_tabs_and_crlf_line_endings() -> None:
    text = (
        '{\r\n\t"claims": [\r\n\t\t{\r\n\t\t\t"id": "age",\r\n\t\t\t"value": 21\r\n'
        "\t\t}\r\n\t]\r\n}\r\n"
    )
    assert edit(text) == (
        '{\r\n\t"claims": [\r\n\t\t{\r\n\t\t\t"id": "age",\r\n\t\t\t"value": 21,\r\n'
        '\t\t\t"acknowledge": [\r\n'
        "\t\t\t\t{\r\n"
        '\t\t\t\t\t"code": "D201",\r\n'
        '\t\t\t\t\t"reason": "Checked: a typo in print",\r\n'
        '\t\t\t\t\t"until": "2099-01-01"\r\n'
        "\t\t\t\t}\r\n"
        "\t\t\t]\r\n"
        "\t\t}\r\n\t]\r\n}\r\n"
    )


def test_a_file_whose_lines_a_cr_ends_is_edited_where_the_reader_placed_the_claim() -> None:
    """The reader counts a line per CR in a file with no line feed: the edit finds each
    value where the reader's line and column say, on the claim's own line."""
    text = '{\r  "claims": [\r    {"id": "film"},\r    {"id": "age", "value": 21}\r  ]\r}\r'
    wanted = Request("wrong/age", "D201", "typo", None)
    assert edit(text, wanted) == (
        '{\r  "claims": [\r    {"id": "film"},\r    {"id": "age", "value": 21, "acknowledge": '
        '[{"code": "D201", "reason": "typo"}]}\r  ]\r}\r'
    )


# A claim written one member per line in a file whose lines a lone CR ends (but for
# its last, which the tests end), before and after the acknowledgement.
CR_CLAIM = '{\r  "claims": [\r    {\r      "id": "age",\r      "value": 21\r    }\r  ]\r}'
CR_CLAIM_ACKNOWLEDGED = (
    '{\r  "claims": [\r    {\r      "id": "age",\r      "value": 21,\r'
    '      "acknowledge": [\r'
    "        {\r"
    '          "code": "D201",\r'
    '          "reason": "Checked: a typo in print",\r'
    '          "until": "2099-01-01"\r'
    "        }\r"
    "      ]\r"
    "    }\r  ]\r}"
)


@pytest.mark.parametrize("last", ["\r", "\n"])
def test_a_claim_over_lines_a_cr_ends_gains_one_member_per_line(last: str) -> None:
    """A claim written one member per line in a file whose lines a lone CR ends (a final
    line feed a tool added too) was taken for a claim on one line: every line of the
    new entry had the claim's own indentation."""
    assert edit(CR_CLAIM + last) == CR_CLAIM_ACKNOWLEDGED + last


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (INDENT_2, INDENT_2.replace('      "value": 21\n    },\n', AGE_ACK_2)),
        (CR_CLAIM + "\r", CR_CLAIM_ACKNOWLEDGED + "\r"),
    ],
    ids=["line feeds", "lone CRs"],
)
def test_what_ends_the_files_lines_is_worked_out_once_by_the_edit(
    monkeypatch: pytest.MonkeyPatch, text: str, written: str
) -> None:
    """The reader works out what ends the file's lines, and so does the reader of the
    edited text that checks it; the edit itself does once, for its lines' starts and
    its file's style (it did three times, each counting the file's breaks)."""
    counted: list[str] = []
    real = line_feeds.cr_lines

    def cr_lines(counted_text: str | bytes) -> bool:
        counted.append(str(counted_text))
        return real(counted_text)

    monkeypatch.setattr(line_feeds, "cr_lines", cr_lines)
    assert edit(text) == written
    assert counted == [text, text, written]


def test_compact_json_stays_on_one_line() -> None:
    text = '{"claims":[{"id":"age","value":21},{"id":"film","value":100}]}'
    assert edit(text) == (
        '{"claims":[{"id":"age","value":21,"acknowledge":[{"code":"D201",'
        '"reason":"Checked: a typo in print","until":"2099-01-01"}]},{"id":"film","value":100}]}'
    )


def test_a_one_line_claim_in_an_indented_file_gains_it_on_its_line() -> None:
    text = '{\n  "claims": [\n    { "id": "age", "value": 21 },\n    {"id": "film"}\n  ]\n}\n'
    wanted = Request("wrong/age", "D201", "typo", None)
    assert edit(text, wanted) == (
        '{\n  "claims": [\n    { "id": "age", "value": 21, "acknowledge": '
        '[ { "code": "D201", "reason": "typo" } ] },\n    {"id": "film"}\n  ]\n}\n'
    )


def test_an_existing_list_is_appended_to_in_its_own_style() -> None:
    text = (
        '{\n  "claims": [\n    {\n      "id": "age",\n      "acknowledge": [\n'
        '        {"code": "D203", "reason": "old"}\n      ],\n      "value": 21\n    }\n  ]\n}\n'
    )
    assert edit(text) == (
        '{\n  "claims": [\n    {\n      "id": "age",\n      "acknowledge": [\n'
        '        {"code": "D203", "reason": "old"},\n'
        '        {"code": "D201", "reason": "Checked: a typo in print", "until": "2099-01-01"}\n'
        '      ],\n      "value": 21\n    }\n  ]\n}\n'
    )


@pytest.mark.parametrize("empty", ["[]", "null"])  # null: a field left out
def test_an_empty_list_is_filled_the_way_the_claim_is_written(empty: str) -> None:
    text = (
        f'{{\n  "claims": [\n    {{\n      "id": "age",\n      "acknowledge": {empty},\n'
        '      "value": 21\n    }\n  ]\n}\n'
    )
    wanted = Request("wrong/age", "D201", "typo", None)
    assert edit(text, wanted) == (
        '{\n  "claims": [\n    {\n      "id": "age",\n      "acknowledge": [\n'
        '        {\n          "code": "D201",\n          "reason": "typo"\n        }\n'
        '      ],\n      "value": 21\n    }\n  ]\n}\n'
    )


def test_a_null_list_on_one_line_is_replaced_on_its_line() -> None:
    # A null optional field reads as left out: the list takes the null's place.
    one_line = '{"claims": [{"id": "age", "acknowledge": null, "value": 21}]}'
    assert edit(one_line, Request("wrong/age", "D201", "typo", None)) == (
        '{"claims": [{"id": "age", "acknowledge": [{"code": "D201", "reason": "typo"}], '
        '"value": 21}]}'
    )


def test_a_renewal_without_until_takes_the_old_until_out() -> None:
    text = (
        '{"claims": [{"id": "age", "acknowledge": [{"code": "D201", "until": "2026-01-01", '
        '"reason": "old"}]}]}'
    )
    wanted = Request("wrong/age", "D201", "new", None)
    assert edit(text, wanted) == (
        '{"claims": [{"id": "age", "acknowledge": [{"code": "D201", "reason": "new"}]}]}'
    )
    first = (
        '{"claims": [{"id": "age", "acknowledge": [{"until": "2026-01-01", "code": "D201", '
        '"reason": "old"}]}]}'
    )
    assert edit(first, wanted) == (
        '{"claims": [{"id": "age", "acknowledge": [{"code": "D201", "reason": "new"}]}]}'
    )


def test_unicode_before_and_in_the_claim_keeps_every_other_byte() -> None:
    # Characters of two, three and four bytes before the claim: offsets are in
    # characters, the file in bytes.
    text = (
        '{\n  "source": {"title": "Café — “Ruth” 🎬"},\n  "claims": [\n    {\n'
        '      "id": "age",\n      "note": "née Ünal, 22 ans — 🎂",\n      "value": 21\n'
        "    }\n  ]\n}\n"
    )
    wanted = Request("wrong/age", "D201", "Vérifié : coquille — « 21 »", None)
    assert edit(text, wanted) == (
        '{\n  "source": {"title": "Café — “Ruth” 🎬"},\n  "claims": [\n    {\n'
        '      "id": "age",\n      "note": "née Ünal, 22 ans — 🎂",\n      "value": 21,\n'
        '      "acknowledge": [\n        {\n          "code": "D201",\n'
        '          "reason": "Vérifié : coquille — « 21 »"\n        }\n      ]\n    }\n  ]\n}\n'
    )


def test_a_file_written_with_ascii_escapes_gets_escapes() -> None:
    text = '{"claims": [{"id": "age", "note": "n\\u00e9e", "value": 21}]}'
    wanted = Request("wrong/age", "D201", "née", None)
    assert edit(text, wanted) == (
        '{"claims": [{"id": "age", "note": "n\\u00e9e", "value": 21, '
        '"acknowledge": [{"code": "D201", "reason": "n\\u00e9e"}]}]}'
    )


def test_quotes_backslashes_and_control_characters_are_escaped() -> None:
    text = '{"claims": [{"id": "age", "value": 21}]}'
    reason = 'He said "22" \\ not 21\x01\x1b[2J\x7f\u202e\u2028\U000e0041'
    wanted = Request("wrong/age", "D201", reason, None)
    written = edit(text, wanted)
    assert written == (
        '{"claims": [{"id": "age", "value": 21, "acknowledge": [{"code": "D201", '
        '"reason": "He said \\"22\\" \\\\ not 21\\u0001\\u001b[2J\\u007f\\u202e\\u2028'
        '\\udb40\\udc41"}]}]}'
    )
    assert written.isascii()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"claims": [{"id": "age", "value": 21,}]}',
            "claims/wrong.json:1:38: JSON syntax error: a comma before '}': JSON allows no "
            "comma after the last item; remove it; fix the file first",
        ),
        (
            '{"claims": [{"id": "age", "value": 21, "value": 22}]}',
            "claims/wrong.json:1:40: duplicate key 'value' (first at line 1, column 27); "
            "keep one of them",
        ),
        (
            '{"claims": [{"id": "age", "acknowledge": {"code": "D201"}}]}',
            "claims/wrong.json: 'acknowledge' of claim 'age' is not a list; fix the file first",
        ),
        (
            '{"claims": [{"id": "age"}, {"id": "age"}]}',
            "claims/wrong.json: two claims have the id 'age'; fix the file first",
        ),
        ('{"claims": [{"id": "film"}]}', "claims/wrong.json: no claim with id 'age'"),
        ('{"claims": {"id": "age"}}', "claims/wrong.json: no claim with id 'age'"),
        (
            '{"claims": [{"id": "age",\n  "note": "n", "value": 21}]}',
            "claims/wrong.json: the object or array at line 1 is neither on one line nor "
            "one member per line; add the acknowledgement by hand",
        ),
    ],
)
def test_a_file_that_cannot_be_edited_safely_is_refused(text: str, message: str) -> None:
    with pytest.raises(AcknowledgeError) as refused:
        edit(text)
    assert str(refused.value) == message


def test_a_claim_read_from_stdin_is_not_written(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(INDENT_2.encode())))
    assert main(["-", "--acknowledge", "wrong/age", "D201", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: -: only claim files named *.yaml, *.yml or *.json are "
        "written; add the acknowledgement by hand\n"
    )


def test_a_reason_that_is_not_utf8_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What Python makes of the byte 0xff in a command-line argument.
    assert main(["--acknowledge", "wrong/age", "D201", "--reason", "typo \udcff"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: the reason is not valid UTF-8 text; write it again\n"
    )
    assert (project / "claims" / "wrong.json").read_text(encoding="utf-8") == INDENT_2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--acknowledge", "wrong/age", "D201"],
            "needs --reason TEXT: say what the review concluded, for whoever reads the file next",
        ),
        (
            ["--acknowledge", "wrong/age", "D203", "--reason", "x"],
            "wrong/age has no D203 finding (its findings: D201)",
        ),
        (
            ["--acknowledge", "wrong/age", "D201", "--reason", "x", "--until", "2027-1-1"],
            "--until should be a day such as 2027-01-01, not '2027-1-1'",
        ),
    ],
)
def test_the_arguments_are_checked_as_for_yaml(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err == f"validate: --acknowledge: {message}\n"
    assert (project / "claims" / "wrong.json").read_text(encoding="utf-8") == INDENT_2
