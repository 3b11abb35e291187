"""Every output escaped for where it goes (issue 16, scenarios 6 and 7): nothing a claim
file, the dataset or the configuration says can forge a workflow command on standard
output or error, and no control or bidi character reaches any format raw."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from validator import config
from validator.cli.main import main
from validator.report.escaping import UNSAFE_CHARACTERS

ROOT = Path(__file__).resolve().parents[1]
RAW = re.compile(f"[{UNSAFE_CHARACTERS}]")
# What a CI runner reads as a command: GitHub's `::` after leading white space, or
# `##[` anywhere in a line; Azure Pipelines' `##vso[` anywhere in a line.
COMMAND = re.compile(r"^\s*::|##\[|##vso\[")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A claims repository: the shipped dataset, no configuration, no claims yet."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def _no_forged_command(text: str) -> None:
    for line in text.splitlines():
        assert COMMAND.search(line) is None, line
        assert RAW.search(line) is None, line


def _set_property_name(repo: Path) -> None:
    dataset = repo / "dataset" / "dataset.yaml"
    text = dataset.read_text(encoding="utf-8")
    forged = '  "age\\n::error file=README.md::forged by the dataset": {type: integer}\n'
    dataset.write_text(text.replace("properties:\n", "properties:\n" + forged, 1))


PATHS_HOLD = "validate: configuration: pyproject.toml:2:10: 'paths' holds "
NO_PATH = (
    "which is no file or folder; fix 'paths', or name claim files or folders on the command line"
)

# (what the hostile contributor edits, argv, the exact standard error)
STDERR_CASES = [
    (
        '[tool.factlint]\n"x\\n::error file=a.yaml::forged key" = 1\n',
        [],
        "validate: configuration: pyproject.toml:2:1: unknown key "
        f"'x\\n::error file=a.yaml::forged key'; known keys: {', '.join(config._KEYS)}\n",
    ),
    (
        '[tool.factlint]\npaths = ["nope\\n::error::forged by paths"]\n',
        [],
        "validate: configuration: pyproject.toml:2:10: 'paths' = "
        "'nope\\n::error::forged by paths' holds a control character ('\\n'); write the "
        "path without it\n",
    ),
    (
        '[tool.factlint]\nselect = ["D2\\n  ::stop-commands::tok"]\n',
        [],
        "validate: configuration: pyproject.toml:2:10: 'select': 'D2\\n  "
        "::stop-commands::tok' matches no finding code; validate --list-codes lists them\n",
    ),
    (
        "",
        ["--select", "X\n::error::forged by an option"],
        "validate: --select: 'X\\n::error::forged by an option' matches no finding code; validate "
        "--list-codes lists them\n",
    ),
    (
        '[tool.factlint]\npaths = ["::error file=x::forged at the start"]\n',
        [],
        f"{PATHS_HOLD}'::error file=x::forged at the start', {NO_PATH}\n",
    ),
    (
        "",
        ["::error file=x::forged at the start"],
        "validate: \\x3a:error file=x::forged at the start: no such file or folder; name "
        "claim files or folders\n",
    ),
    (
        '[tool.factlint]\npaths = ["x ##[error]old syntax"]\n',
        [],
        f"{PATHS_HOLD}'x #\\x23[error]old syntax', {NO_PATH}\n",
    ),
    (
        '[tool.factlint]\npaths = ["x ##vso[task.prependpath]/tmp/evil"]\n',
        [],
        f"{PATHS_HOLD}'x #\\x23vso[task.prependpath]/tmp/evil', {NO_PATH}\n",
    ),
]


@pytest.mark.parametrize(("pyproject", "argv", "expected"), STDERR_CASES)
def test_no_stderr_message_can_start_a_workflow_command(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    pyproject: str,
    argv: list[str],
    expected: str,
) -> None:
    """Scenario 6: configuration keys, `paths` entries and `select` codes quoted on
    standard error stay on their one line and start no command."""
    if pyproject:
        (repo / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    assert main([*argv, "--no-reports", "--no-cache"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == expected
    _no_forged_command(captured.err)


def test_no_dataset_field_name_can_start_a_workflow_command(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenario 6: a dataset property name is quoted in two messages, each on one line."""
    _set_property_name(repo)
    assert main(["--no-reports", "--no-cache", "--dataset", "dataset"]) == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0] == (
        "validate: dataset: dataset/dataset.yaml:113:3: properties has the name "
        "'age\\n::error file=README.md::forged by the dataset', which does not have the "
        "expected form (lowercase letters, digits and underscores, like birth_date)"
    )
    _no_forged_command(err)


HOSTILE = "\x1b]0;owned\x07\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ \x1b]52;c;aGk=\x07"
BIDI = "\u202eevil\u202c \u2066iso\u2069 \u200e\u200f\u061c"
EXCERPT = f"her 21-year-old daughter {HOSTILE} {BIDI}\n::error::forged ##[error]old"
# YAML refuses most control characters raw: the file writes them as escapes.
CLAIM = f"""\
source: {{id: hostile, outlet: {json.dumps("Out" + BIDI)}, title: T, published: 2022-12-07}}
claims:
  - id: age
    subject: Mia Threapleton
    property: age
    value: 21
    excerpt: {json.dumps(EXCERPT)}
  - id: who
    subject: {json.dumps("Mia " + HOSTILE + BIDI)}
    property: age
    value: 22
"""


def _write_hostile(repo: Path) -> None:
    (repo / "claims" / "hostile.yaml").write_text(CLAIM, encoding="utf-8")


def test_explain_shows_terminal_sequences_and_bidi_as_escapes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenario 7: `--explain` prints no ESC, BEL, OSC sequence or bidi control."""
    _write_hostile(repo)
    assert main(["--explain", "hostile/age", "--no-cache", "--dataset", "dataset"]) == 1
    out = capsys.readouterr().out
    _no_forged_command(out)
    excerpt = [line for line in out.splitlines() if line.startswith("  excerpt:")]
    assert excerpt == [
        '  excerpt: "her 21-year-old daughter \\x1b]0;owned\\x07\\x1b]8;;https://evil.example'
        "\\x1b\\click\\x1b]8;;\\x1b\\ \\x1b]52;c;aGk=\\x07 \\u202eevil\\u202c \\u2066iso\\u2069 "
        '\\u200e\\u200f\\u061c\\n::error::forged #\\x23[error]old"'
    ]


def test_github_format_passes_no_control_or_bidi_character_into_the_log(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario 7: the annotations show what the claim holds, escaped, and only the
    tool's own lines are commands."""
    _write_hostile(repo)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["--no-reports", "--no-cache", "--dataset", "dataset"]) == 1
    lines = capsys.readouterr().out.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == len(lines) - 1  # every finding, then the summary line
    for line in lines:
        assert RAW.search(line) is None, line
        assert "##[" not in line
        # A command's own `::` pair, and no other before its message.
        assert not line.startswith("::") or line.count("::", 2, line.index("::", 2) + 2) == 1


def _outputs(repo: Path) -> dict[str, str]:
    """The three reports, r.sarif and r.xml, by format."""
    reports = repo / "reports"
    return {
        name: path.read_text(encoding="utf-8")
        for name, path in {
            "md": reports / "consistency.md",
            "html": reports / "consistency.html",
            "json": reports / "consistency.json",
            "sarif": repo / "r.sarif",
            "junit": repo / "r.xml",
        }.items()
    }


def test_every_report_shows_controls_and_bidi_visibly(repo: Path) -> None:
    """Scenario 7: Markdown, HTML, SARIF and JUnit show each control and bidi character
    as an escape; the JSON report has them as \\u escapes, the text exactly."""
    _write_hostile(repo)
    argv = ["--no-cache", "--dataset", "dataset", "--sarif", "r.sarif", "--junit", "r.xml"]
    assert main(argv) == 1
    texts = _outputs(repo)
    for name, text in texts.items():
        assert RAW.search(text.replace("\n", "")) is None, name
        assert "##[" not in text, name
    assert "Out\\\\u202eevil\\\\u202c" in texts["md"]  # the backslash escaped for Markdown
    assert "Out\\u202eevil\\u202c" in texts["html"]
    assert "who (Mia \\x1b]0;owned\\x07\\x1b]8;;https://evil.example" in texts["junit"]
    sarif = json.loads(texts["sarif"])
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    # Its brackets escaped too, as SARIF's plain text has them (no embedded link).
    assert any("\\x1b\\]0;owned\\x07" in m and "\\u202eevil" in m for m in messages)
    report = json.loads(texts["json"])
    assert report["claims"][0]["excerpt"] == EXCERPT
    assert report["claims"][1]["subject"] == "Mia " + HOSTILE + BIDI


# A name and, in tag characters, an instruction no reader of the page sees.
TAGGED = "Zed" + "".join(chr(0xE0000 + ord(c)) for c in "ok") + " Nobody"


def test_tag_characters_are_shown_as_escapes_in_every_output(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invisible copies of ASCII (U+E0000-U+E007F) reach no output raw: each format
    shows them as escapes, and the JSON report gives the text back exactly."""
    subject = json.dumps(TAGGED, ensure_ascii=False)  # YAML takes the characters raw
    claim = (
        "source: {id: tagged, outlet: Out, title: T, published: 2022-12-07}\n"
        f"claims:\n  - {{id: age, subject: {subject}, property: age, value: 21}}\n"
    )
    (repo / "claims" / "tagged.yaml").write_text(claim, encoding="utf-8")
    argv = ["--no-cache", "--dataset", "dataset", "--sarif", "r.sarif", "--junit", "r.xml"]
    assert main(argv) == 1
    out = capsys.readouterr().out
    shown = "Zed\\U000e006f\\U000e006b Nobody"
    assert f"subject '{shown}' names no entity" in out
    texts = _outputs(repo)
    for name, text in texts.items():
        assert RAW.search(text.replace("\n", "")) is None, name  # lines end as lines do
    assert shown in texts["html"]
    assert shown.replace("\\", "\\\\") in texts["md"]  # the backslash escaped
    assert shown in texts["junit"]
    assert "Zed\\udb40\\udc6f\\udb40\\udc6b Nobody" in texts["json"]
    report = json.loads(texts["json"])
    assert [c["subject"] for c in report["claims"] if c["source"] == "tagged"] == [TAGGED]
    sarif = json.loads(texts["sarif"])
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any(shown in m for m in messages)


# Two claims whose ids look alike on screen, and one whose id writes the escape itself.
ALIKE = """\
source: {id: look, outlet: Out, title: T, published: 2022-12-07}
claims:
  - {id: alike, subject: Mia Threapleton, property: age, value: 21}
  - {id: "alike\\u200b", subject: Mia Threapleton, property: age, value: 21}
  - {id: "back\\\\u200bslash", subject: Mia Threapleton, property: age, value: 22}
"""
_NOT_THE_FORM = (
    "which does not have the expected form (lowercase letters, digits and hyphens, like "
    "outlet-2024-05-01)"
)
_D201 = (
    "claims Mia Threapleton age 21 as of 2022-12-07; the dataset gives birth_date 2000-10-12 "
    "(Published biographies of Kate Winslet and her family), so Mia Threapleton was 22 "
    "throughout; correct the claim, or acknowledge it with the fact-check's conclusion"
)


def test_ids_that_look_alike_are_told_apart_in_the_text_and_github_formats(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The label before a message showed an id's zero width space raw, where the
    message quoted it escaped: `look/alike` and `look/alike\u200b` looked the same."""
    (repo / "claims" / "alike.yaml").write_text(ALIKE, encoding="utf-8")
    assert main(["--no-reports", "--no-cache", "--dataset", "dataset"]) == 1
    assert capsys.readouterr().out.splitlines()[:3] == [
        f"claims/alike.yaml:3:65: D201 error look/alike: {_D201}",
        "claims/alike.yaml:4:10: E102 error look/alike\\u200b: claims[1].id is the text "
        f"'alike\\u200b', {_NOT_THE_FORM}",
        "claims/alike.yaml:5:10: E102 error look/back\\\\u200bslash: claims[2].id is the text "
        f"'back\\\\u200bslash', {_NOT_THE_FORM}",
    ]
    assert main(["--no-reports", "--no-cache", "--dataset", "dataset", "--format", "github"]) == 1
    assert capsys.readouterr().out.splitlines()[:3] == [
        f"::error file=claims/alike.yaml,line=3,col=65,title=D201 look/alike::{_D201}",
        "::error file=claims/alike.yaml,line=4,col=10,title=E102 look/alike\\u200b::"
        f"claims[1].id is the text 'alike\\u200b', {_NOT_THE_FORM}",
        "::error file=claims/alike.yaml,line=5,col=10,title=E102 look/back\\\\u200bslash::"
        f"claims[2].id is the text 'back\\\\u200bslash', {_NOT_THE_FORM}",
    ]


def test_ids_that_look_alike_are_told_apart_by_explain_and_acknowledge(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "claims" / "alike.yaml").write_text(ALIKE, encoding="utf-8")
    argv = ["--no-reports", "--no-cache", "--dataset", "dataset"]
    assert main([*argv, "--explain", "look/alike\u200b"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "look/alike\\u200b (claims/alike.yaml:4:5)"
    # An id differing from both only by another invisible character is told both,
    # each shown with its escape.
    assert main([*argv, "--explain", "look/alike\u2060"]) == 2
    assert capsys.readouterr().err == (
        "validate: --explain: no claim 'look/alike\\u2060' in the files checked; did you "
        "mean 'look/alike' or 'look/alike\\u200b'? (see validate --help)\n"
    )
    assert main([*argv, "--acknowledge", "look/alike\u200b", "D201", "--reason", "r"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: look/alike\\u200b is invalid (E102): fix the claim; an "
        "invalid claim cannot be acknowledged\n"
    )


# Ids holding a zero width space, used twice: by two claims of a file, by two files.
TWICE = """\
source: {id: "look\\u200b", outlet: Out, title: T, published: 2022-12-07}
claims:
  - {id: "alike\\u200b", subject: Mia Threapleton, property: age, value: 22}
  - {id: "alike\\u200b", subject: Mia Threapleton, property: age, value: 22}
"""


def test_an_id_used_twice_is_quoted_as_the_other_messages_quote_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """E103 quoted the id raw: `claim id 'alike' is used twice`, a zero width space after
    alike, where the label before it and every other message show `alike\\u200b`."""
    (repo / "claims" / "a.yaml").write_text(TWICE, encoding="utf-8")
    (repo / "claims" / "b.yaml").write_text(TWICE, encoding="utf-8")
    assert main(["--no-reports", "--no-cache", "--dataset", "dataset", "--select", "E103"]) == 1
    assert capsys.readouterr().out.splitlines()[:-1] == [
        "claims/a.yaml:4:10: E103 error look\\u200b/alike\\u200b#2: claim id 'alike\\u200b' is "
        "used twice in this file (first at line 3); rename one",
        "claims/b.yaml:1:14: E103 error: source id 'look\\u200b' is also used by claims/a.yaml; "
        "give each source its own id",
        "claims/b.yaml:4:10: E103 error look\\u200b/alike\\u200b#2@claims/b.yaml: claim id "
        "'alike\\u200b' is used twice in this file (first at line 3); rename one",
    ]


# A second source whose id differs from the first's only by a zero width space.
OTHER = """\
source: {id: "look\\u200b", outlet: Out2, title: T2, published: 2022-12-07}
claims:
  - {id: alike, subject: Mia Threapleton, property: age, value: 22}
"""


def test_ids_that_look_alike_are_told_apart_in_the_reports(repo: Path) -> None:
    """Markdown, HTML and JUnit show a claim's or source's id as the text format does;
    an id of no form the schema allows is anchored by digits worked out from it (two
    that look alike get two anchors), and the JSON report keeps the data exact."""
    (repo / "claims" / "alike.yaml").write_text(ALIKE, encoding="utf-8")
    (repo / "claims" / "other.yaml").write_text(OTHER, encoding="utf-8")
    argv = ["--no-cache", "--dataset", "dataset", "--sarif", "r.sarif", "--junit", "r.xml"]
    assert main(argv) == 1
    texts = _outputs(repo)
    for name in ("md", "html", "junit"):
        assert "\u200b" not in texts[name], name
    md = texts["md"]  # a backslash escaped for Markdown
    assert r"| look\\u200b | — | — | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |" in md
    assert '<a id="claim-80eb3cc3ed25627c"></a>' + r"look/alike\\u200b | claims\[1\].id" in md
    assert r"look/back\\\\u200bslash | claims\[2\].id" in md
    html = texts["html"]
    assert r"<tr><td>look\u200b</td><td>—</td>" in html
    assert r'<th scope="col">look\u200b</th>' in html
    assert r'title="invalid: look/alike\u200b at claims/alike.yaml:4:5"' in html
    assert r'<a href="#claim-80eb3cc3ed25627c">look/alike\u200b</a>' in html
    assert r'<a href="#claim-81e4598c3999a8ce">look/back\\u200bslash</a>' in html
    junit = texts["junit"]
    assert r'<testcase name="alike\u200b (Mia Threapleton age)" classname="look"' in junit
    assert r'<testcase name="alike (Mia Threapleton age)" classname="look\u200b"' in junit
    assert r'<property name="factlint.source" value="look\u200b" />' in junit
    report = json.loads(texts["json"])
    assert [s["id"] for s in report["sources"]] == ["look", "look\u200b"]
