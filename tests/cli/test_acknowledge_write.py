"""`validate --acknowledge SOURCE/CLAIM CODE --reason TEXT [--until DATE]`: written into
the claim file with its comments and layout kept, refused without a reason or for a
finding the run does not have, and honoured by the next run."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from claims_project import claims_project

from validator import validate
from validator.cli.acknowledge_write import AcknowledgeError, Request, acknowledge
from validator.cli.main import main
from validator.read.files import Limits

CLAIMS = """\
# yaml-language-server: $schema=../schema/claim-file.schema.json
source: {id: wrong, outlet: Example, title: Wrong, published: 2022-12-07}
claims:
  # People
  - id: age
    subject: Mia Threapleton   # the daughter
    property: age
    value: 21  # as printed
  # Films
  - {id: film, subject: I Am Ruth, property: rotten_tomatoes_score, value: 100}
"""


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return claims_project(tmp_path, monkeypatch, {"wrong.yaml": CLAIMS})


def claims_text(project: Path) -> str:
    return (project / "claims" / "wrong.yaml").read_text(encoding="utf-8")


def test_the_acknowledgement_is_written_with_the_comments_kept_and_honoured(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "-q"]) == 1
    capsys.readouterr()
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main([*argv, "--until", "2099-01-01"]) == 0
    assert (
        capsys.readouterr().err == "validate: acknowledged D201 of wrong/age in claims/wrong.yaml\n"
    )
    assert claims_text(project) == CLAIMS.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n"
        "    acknowledge:\n"
        "      - code: D201\n"
        "        reason: 'Checked: a typo in print'\n"
        "        until: 2099-01-01\n",
    )
    assert main(["--no-reports"]) == 0
    out = capsys.readouterr().out
    assert "D201 error wrong/age: " in out
    assert out.splitlines()[0].endswith("[acknowledged: Checked: a typo in print]")


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="names must be UTF-8 there")
def test_a_claim_file_whose_name_is_not_utf8_is_acknowledged_in_place(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file was looked for under its name as shown, U+FFFD in place of the odd byte:
    exit 2, "file disappeared before it could be read". It is written in place now, and
    named with the byte shown as it is."""
    odd = project / "claims" / os.fsdecode(b"wr\xf6ng.yaml")
    os.rename(project / "claims" / "wrong.yaml", odd)
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main(argv) == 0
    assert capsys.readouterr().err == (
        "validate: acknowledged D201 of wrong/age in claims/wr\\xf6ng.yaml\n"
    )
    assert "      - code: D201\n        reason: 'Checked: a typo in print'\n" in odd.read_text(
        encoding="utf-8"
    )


def test_a_flow_style_claim_gains_the_acknowledgement_on_its_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--acknowledge", "wrong/film", "d203", "--reason", "No  score was\never published"]
    assert main(argv) == 0
    assert claims_text(project) == CLAIMS.replace(
        "value: 100}",
        "value: 100, acknowledge: [{code: D203, reason: No score was ever published}]}",
    )
    assert main(["--no-reports", "--fail-on", "warning"]) == 1  # D201 still fails
    assert "[acknowledged: No score was ever published]" in capsys.readouterr().out


@pytest.mark.parametrize(("ending", "bom"), [("\r\n", b"\xef\xbb\xbf"), ("\r", b"")])
def test_a_file_with_crlf_or_cr_line_endings_keeps_them(
    project: Path, capsys: pytest.CaptureFixture[str], ending: str, bom: bytes
) -> None:
    """A file saved on Windows (CRLF, often a byte order mark), or with classic Mac OS
    line endings (a lone CR each, whose lines the reader counts as an editor does), was
    refused as a layout the round trip would change: ruamel.yaml writes LF."""
    path = project / "claims" / "wrong.yaml"
    path.write_bytes(bom + CLAIMS.replace("\n", ending).encode("utf-8"))
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main(argv) == 0
    assert capsys.readouterr().err == (
        "validate: acknowledged D201 of wrong/age in claims/wrong.yaml\n"
    )
    expected = CLAIMS.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n"
        "    acknowledge:\n"
        "      - code: D201\n"
        "        reason: 'Checked: a typo in print'\n",
    )
    assert path.read_bytes() == bom + expected.replace("\n", ending).encode("utf-8")
    assert main(["--no-reports", "-q"]) == 0


def test_acknowledging_the_same_code_again_renews_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--acknowledge", "wrong/age", "D201", "--reason", "first", "--until", "2098-01-01"])
        == 0
    )
    assert main(["--acknowledge", "wrong/age", "D201", "--reason", "second look"]) == 0
    assert claims_text(project) == CLAIMS.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n"
        "    acknowledge:\n"
        "      - code: D201\n"
        "        reason: second look\n",
    )


# Typed or passed on by a script from a pull request: a terminal escape, a right-to-left
# override, a newline, a zero width space, then more text than a message quotes.
HOSTILE = "bad\x1b[31m\u202eevil\nline\u200b" + "x" * 100
HOSTILE_SHOWN = "bad\\x1b[31m\\u202eevil\\nline\\u200b" + "x" * 60 + "\u2026"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--acknowledge", "wrong/age", "D201"],
            "needs --reason TEXT: say what the review concluded, for whoever reads the file next",
        ),
        (
            ["--acknowledge", "wrong/age", "D201", "--reason", "  "],
            "needs --reason TEXT: say what the review concluded, for whoever reads the file next",
        ),
        (
            ["--acknowledge", "wrong/age", "D2O1", "--reason", "x"],
            "'D2O1' is not a finding code; did you mean 'D201'?",
        ),
        (
            ["--acknowledge", "wrong/age", "D201", "--reason", "x", "--until", "2027-02-30"],
            "--until should be a day such as 2027-01-01, not '2027-02-30'",
        ),
        (
            # A day already gone (2020 typed for 2027) would be expired before the next run.
            ["--acknowledge", "wrong/age", "D201", "--reason", "x", "--until", "2020-01-01"],
            "--until 2020-01-01 has passed: the acknowledgement would be expired as soon as "
            "it is written; give a day still to come",
        ),
        (
            ["--acknowledge", "wrong/age", "D203", "--reason", "x"],
            "wrong/age has no D203 finding (its findings: D201)",
        ),
        (
            ["--acknowledge", "wrnog/age", "D201", "--reason", "x"],
            "no claim 'wrnog/age' in the files checked; did you mean 'wrong/age'?",
        ),
        (
            # Slashes out of place: the spelling suggester took it for the claim itself.
            ["--acknowledge", "/wrong/age", "D201", "--reason", "x"],
            "no claim '/wrong/age' in the files checked; did you mean 'wrong/age' or 'wrong/film'?",
        ),
        (
            ["--acknowledge", "age", "D201", "--reason", "x"],
            "'age' is not a claim id; write it as SOURCE/CLAIM",
        ),
        # What was typed is quoted escaped, on one line, and cut short.
        (
            ["--acknowledge", HOSTILE, "D201", "--reason", "x"],
            f"'{HOSTILE_SHOWN}' is not a claim id; write it as SOURCE/CLAIM",
        ),
        (
            ["--acknowledge", f"wrong/{HOSTILE}", "D201", "--reason", "x"],
            "no claim 'wrong/bad\\x1b[31m\\u202eevil\\nline\\u200b" + "x" * 54 + "\u2026' in the "
            "files checked",
        ),
        (
            ["--acknowledge", "wrong/age", HOSTILE, "--reason", "x"],
            "'BAD\\x1b[31M\\u202eEVIL\\nLINE\\u200b" + "X" * 60 + "\u2026' is not a finding code",
        ),
        (
            ["--acknowledge", "wrong/age", "D201", "--reason", "x", "--until", HOSTILE],
            f"--until should be a day such as 2027-01-01, not '{HOSTILE_SHOWN}'",
        ),
    ],
)
def test_refusals_are_exit_2_with_one_line_and_leave_the_file_alone(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err == f"validate: --acknowledge: {message}\n"
    assert claims_text(project) == CLAIMS


def test_reason_without_acknowledge_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --reason and --until go with --acknowledge SOURCE/CLAIM CODE "
        "(see validate --help)\n"
    )


def test_an_invalid_claim_cannot_be_acknowledged(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = CLAIMS.replace("property: age\n", "property: agee\n")
    (project / "claims" / "wrong.yaml").write_text(broken, encoding="utf-8")
    assert main(["--acknowledge", "wrong/age", "E105", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: wrong/age is invalid (E105): fix the claim; an invalid "
        "claim cannot be acknowledged\n"
    )
    assert claims_text(project) == broken


def test_an_acknowledgement_of_an_ignored_code_is_not_unused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/codes.md, E108: acknowledgements are matched before --select and --ignore
    drop findings, so a run that ignores a code does not call its acknowledgements
    unused (they are needed again by the next full run)."""
    assert main(["--acknowledge", "wrong/age", "D201", "--reason", "typo"]) == 0
    assert main(["--no-reports", "--ignore", "D201", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "E108" not in out
    assert "D201" not in out.splitlines()[0]


def test_a_refusal_escapes_what_it_quotes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--acknowledge", "wrong/\x1b[2Jage", "D201", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: no claim 'wrong/\\x1b[2Jage' in the files checked; did you "
        "mean 'wrong/age'?\n"
    )


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_an_acknowledgement_waits_for_another_writer_of_its_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two acknowledgements written into one file at once (two terminals, a script):
    each read the file before the other wrote it, and the second write dropped the
    first's entry, though both said done. The file is read, edited and written under
    its folder's lock: here another writer holds it and changes the file meanwhile,
    and the acknowledgement is written on top of that change."""
    import fcntl

    real_flock = fcntl.flock
    waiting = threading.Event()

    def flock(fd: int, operation: int) -> None:
        if threading.current_thread().name == "acknowledge":
            waiting.set()
        real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    argv = ["--no-reports", "--no-cache", "--jobs", "1", "-q"]
    argv += ["--acknowledge", "wrong/age", "D201", "--reason", "Checked"]
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(main(argv)), name="acknowledge")
    other = os.open(project / "claims", os.O_RDONLY)
    try:
        real_flock(other, fcntl.LOCK_EX)
        thread.start()
        assert waiting.wait(timeout=600)
        changed = claims_text(project).replace("# People", "# People, checked")
        (project / "claims" / "wrong.yaml").write_text(changed, encoding="utf-8")
    finally:
        os.close(other)  # releases the other writer's lock
        if thread.ident is not None:
            thread.join()
    assert codes == [0]
    assert claims_text(project) == changed.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n"
        "    acknowledge:\n"
        "      - code: D201\n"
        "        reason: Checked\n",
    )


def test_a_claim_file_that_is_a_link_is_edited_where_it_leads(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The link stays a link: writing its path replaced it with an edited copy and left
    the file it led to unacknowledged."""
    kept = project / "kept"
    kept.mkdir()
    os.replace(project / "claims" / "wrong.yaml", kept / "wrong.yaml")
    os.symlink(os.path.join("..", "kept", "wrong.yaml"), project / "claims" / "wrong.yaml")
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main(argv) == 0
    assert capsys.readouterr().err == (
        "validate: acknowledged D201 of wrong/age in claims/wrong.yaml\n"
    )
    assert os.readlink(project / "claims" / "wrong.yaml") == os.path.join(
        "..", "kept", "wrong.yaml"
    )
    assert "      - code: D201\n        reason: 'Checked: a typo in print'\n" in (
        kept / "wrong.yaml"
    ).read_text(encoding="utf-8")


def test_a_claim_file_linked_from_outside_the_project_is_not_written(
    project: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """The run does not read a claim file outside the project, so there is no claim to
    acknowledge; and a link pointed outside after the run had read it is not written
    through."""
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "wrong.yaml"
    elsewhere.write_text(CLAIMS, encoding="utf-8")
    result = validate("claims", dataset="dataset")
    link = project / "claims" / "wrong.yaml"
    link.unlink()
    os.symlink(elsewhere, link)
    argv = ["--acknowledge", "wrong/age", "D201", "--reason", "Checked: a typo in print"]
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "validate: --acknowledge: no claim 'wrong/age' in the files checked"
    )
    wanted = Request("wrong/age", "D201", "Checked: a typo in print", None)
    with pytest.raises(AcknowledgeError) as refused:
        acknowledge(wanted, result, Limits(), str(project))
    assert str(refused.value) == (
        "claims/wrong.yaml is a link to a file outside the project; add the acknowledgement "
        "by hand where it leads"
    )
    assert elsewhere.read_text(encoding="utf-8") == CLAIMS
    assert os.readlink(link) == str(elsewhere)


@pytest.mark.parametrize(
    "odd",
    [
        "    value: 2022-02-30\n",  # ruamel.yaml: ValueError, day out of range
        "    value: 9999-12-31T23:59:59.9999999999\n",  # OverflowError
    ],
)
def test_a_value_the_round_trip_cannot_build_leaves_the_acknowledgement_to_new_lines(
    project: Path, capsys: pytest.CaptureFixture[str], odd: str
) -> None:
    """Another claim of the file holds a value validate reports (a date that is no real
    day), which the round trip cannot build: the acknowledgement of a valid claim beside
    it was refused (and before that, an internal error). It is written as lines of its
    own after the claim's last line, every other line kept."""
    text = CLAIMS + "  - id: other\n    subject: I Am Ruth\n    property: first_broadcast\n" + odd
    (project / "claims" / "wrong.yaml").write_text(text, encoding="utf-8")
    assert main(["--acknowledge", "wrong/age", "D201", "--reason", "x"]) == 0
    assert (
        capsys.readouterr().err == "validate: acknowledged D201 of wrong/age in claims/wrong.yaml\n"
    )
    assert claims_text(project) == text.replace(
        "    value: 21  # as printed\n",
        '    value: 21  # as printed\n    acknowledge:\n      - code: D201\n        reason: "x"\n',
    )


def test_a_value_the_reader_refuses_elsewhere_is_refused_not_a_crash(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`!!bool maybe` in another claim: the round trip fails on it (KeyError), and the
    reader reports it, so no edit can be vouched for: refused in one line, where it
    ended in an internal error."""
    odd = "    value: !!bool maybe\n"
    text = CLAIMS + "  - id: other\n    subject: I Am Ruth\n    property: first_broadcast\n" + odd
    (project / "claims" / "wrong.yaml").write_text(text, encoding="utf-8")
    assert main(["--acknowledge", "wrong/age", "D201", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: claims/wrong.yaml: it holds a value that cannot be written "
        "back as it is, such as a date that is not a real day (2022-02-30); correct the "
        "findings in the file first, or add the acknowledgement by hand\n"
    )
    assert claims_text(project) == text


def test_a_finding_that_names_no_claim_is_said_to_match_no_acknowledgement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two ids at one address: an S501 at the second's url, naming no claim.
    files = {
        f"{source}.yaml": (
            f"source: {{id: {source}, outlet: Example, title: Ruth, published: 2022-12-07,\n"
            "  url: 'https://example.com/ruth'}\n"
            "claims:\n  - {id: film, subject: I Am Ruth, property: rotten_tomatoes_score, "
            "value: 100}\n"
        )
        for source in ("first", "second")
    }
    project = claims_project(tmp_path, monkeypatch, files)
    before = (project / "claims" / "second.yaml").read_text(encoding="utf-8")
    assert main(["--acknowledge", "second/film", "S501", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: second/film has no S501 finding (its findings: D203); the "
        "S501 at line 2 of its file names no claim, so no acknowledgement can match it\n"
    )
    assert (project / "claims" / "second.yaml").read_text(encoding="utf-8") == before


def test_an_e108_is_not_acknowledged(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An acknowledgement of E108 matches no finding itself: it was written, and the
    claim had one E108 more, for the acknowledgement just written."""
    text = CLAIMS.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n    acknowledge:\n      - code: X301\n        reason: old\n",
    )
    (project / "claims" / "wrong.yaml").write_text(text, encoding="utf-8")
    assert main(["--no-reports", "--select", "E108"]) == 0
    assert "E108 warning wrong/age: acknowledgement of X301" in capsys.readouterr().out
    assert main(["--acknowledge", "wrong/age", "E108", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "validate: --acknowledge: an E108 is not acknowledged: the acknowledgement at "
        "claims/wrong.yaml:10:15 matches no finding of wrong/age; remove it, or correct "
        "its code\n"
    )
    assert claims_text(project) == text


def test_a_claim_of_a_file_whose_source_id_another_file_has_is_acknowledged_in_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its full id ends in `@` and its file, as its findings name it: acknowledging it
    said "no claim with id 'age@claims/x-copy.yaml'", exit 2."""
    copy = project / "claims" / "x-copy.yaml"
    copy.write_text(CLAIMS, encoding="utf-8")
    argv = ["--acknowledge", "wrong/age@claims/x-copy.yaml", "D201", "--reason", "A typo"]
    assert main(argv) == 0
    assert capsys.readouterr().err == (
        "validate: acknowledged D201 of wrong/age@claims/x-copy.yaml in claims/x-copy.yaml\n"
    )
    assert copy.read_text(encoding="utf-8") == CLAIMS.replace(
        "    value: 21  # as printed\n",
        "    value: 21  # as printed\n"
        "    acknowledge:\n      - code: D201\n        reason: A typo\n",
    )
    assert claims_text(project) == CLAIMS
    (acknowledged,) = [f for f in validate("claims", dataset="dataset").findings if f.acknowledged]
    assert (acknowledged.code, acknowledged.claims) == ("D201", ("wrong/age@claims/x-copy.yaml",))
