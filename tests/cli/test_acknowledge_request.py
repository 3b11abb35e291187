"""What `validate --acknowledge` was asked to write, checked before any file is read
(validator.cli.acknowledge_request): a claim id, a known code, a reason, a day."""

from __future__ import annotations

from datetime import date

import pytest

from validator.cli.acknowledge_request import AcknowledgeError, Request, request

NEEDS_REASON = "needs --reason TEXT: say what the review concluded, for whoever reads the file next"


def _refused(target: list[str], reason: str | None = "checked", until: str | None = None) -> str:
    with pytest.raises(AcknowledgeError) as refused:
        request(target, reason, until)
    return str(refused.value)


def test_a_request_is_the_id_the_code_in_capitals_the_reason_on_one_line_and_the_day() -> None:
    assert request(["wrong/age", " d201\t"], "  Checked:\n\ta typo  in print ", None) == Request(
        "wrong/age", "D201", "Checked: a typo in print", None
    )
    assert request(["s/c", "X301"], "r", "2999-12-31") == Request(
        "s/c", "X301", "r", date(2999, 12, 31)
    )
    # Today is still to come: an acknowledgement expires after its day.
    today = date.today()
    assert request(["s/c", "X301"], "r", today.isoformat()).until == today


def test_an_id_is_taken_as_written_the_file_writer_looks_it_up() -> None:
    assert request(["/s//c/", "D201"], "r", None).full_id == "/s//c/"
    assert request(["s/c\u200b", "D201"], "r", None).full_id == "s/c\u200b"


def test_an_id_without_a_slash_is_no_claim_id() -> None:
    assert _refused(["age", "D201"]) == "'age' is not a claim id; write it as SOURCE/CLAIM"
    assert _refused(["", "D201"]) == "'' is not a claim id; write it as SOURCE/CLAIM"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("d2o1", "'D2O1' is not a finding code; did you mean 'D201'?"),
        ("", "'' is not a finding code"),
        ("D", "'D' is not a finding code"),
        # A prefix, as --select takes, is no code: the codes it begins are suggested.
        ("D2", "'D2' is not a finding code; did you mean 'D201', 'D202' or 'D203'?"),
        ("D2011", "'D2011' is not a finding code; did you mean 'D201', 'D202' or 'D203'?"),
    ],
)
def test_a_code_that_is_no_finding_code_is_refused(code: str, message: str) -> None:
    assert _refused(["s/c", code]) == message


@pytest.mark.parametrize("reason", [None, "", " ", "\n\t \u3000"])
def test_a_reason_is_needed(reason: str | None) -> None:
    assert _refused(["s/c", "D201"], reason) == NEEDS_REASON


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("...", "--reason holds no words ('...')"),
        (" - ", "--reason holds no words ('-')"),
        ("TODO", "--reason is a placeholder ('TODO')"),
        ("tbd: ask the desk", "--reason is a placeholder ('tbd: ask the desk')"),
    ],
)
def test_a_placeholder_is_no_reason(reason: str, message: str) -> None:
    assert _refused(["s/c", "D201"], reason) == (
        f"{message}: say what the review concluded, for whoever reads the file next"
    )


def test_a_reason_is_text_of_at_most_5000_characters() -> None:
    assert request(["s/c", "D201"], "r" * 5000, None).reason == "r" * 5000
    assert _refused(["s/c", "D201"], "r" * 5001) == "the reason has 5,001 characters; at most 5,000"
    assert _refused(["s/c", "D201"], "caf\udce9") == (
        "the reason is not valid UTF-8 text; write it again"
    )


def test_the_reason_is_checked_after_the_id_and_the_code() -> None:
    assert _refused(["age", "nope"], None) == "'age' is not a claim id; write it as SOURCE/CLAIM"
    assert _refused(["s/c", "nope"], None) == "'NOPE' is not a finding code"


@pytest.mark.parametrize(
    "until",
    [
        "2999-1-1",
        "2999-02-29",
        "2999-13-01",
        "2999-00-10",
        "2999-04-31",
        "29990101",
        " 2999-01-01",
        "2999-01-01\n",
        "2999-01-01T00:00",
        "\uff12\uff19\uff19\uff19-01-01",
        "",
    ],
)
def test_until_is_a_day_written_as_yyyy_mm_dd(until: str) -> None:
    assert _refused(["s/c", "D201"], "r", until) == (
        f"--until should be a day such as 2027-01-01, not {until!r}"
    )


@pytest.mark.parametrize(
    ("until", "words"),
    [
        ("31/12/2999", "'31/12/2999' is a date in figures; write it as 2999-12-31"),
        (
            "08/12/2999",
            "'08/12/2999' is a date in figures that reads two ways; write 2999-12-08 if it "
            "is day then month, 2999-08-12 if it is month then day",
        ),
    ],
)
def test_until_a_day_in_figures_is_told_the_day_it_is(until: str, words: str) -> None:
    """As an `until` in a claim file is: 31 is no month, so 31/12/2999 reads one way."""
    assert _refused(["s/c", "D201"], "r", until) == f"--until should be a day; {words}"


@pytest.mark.parametrize(
    ("until", "days"),
    [("31/12/2020", "2020-12-31"), ("08/12/2020", "2020-08-12 or 2020-12-08")],
)
def test_until_a_day_in_figures_that_has_passed_is_told_so_at_once(until: str, days: str) -> None:
    """Told to write 2020-12-31, the next try was refused for a day that has passed."""
    assert _refused(["s/c", "D201"], "r", until) == (
        f"--until {until} ({days}) has passed: the acknowledgement would be expired as soon "
        "as it is written; give a day still to come"
    )


def test_until_a_day_in_figures_with_a_character_not_printable_is_shown_escaped() -> None:
    assert _refused(["s/c", "D201"], "r", "31/12/2027\n") == (
        "--until should be a day such as 2027-01-01, not '31/12/2027\\n'"
    )


def test_until_a_day_that_has_passed_is_refused() -> None:
    assert _refused(["s/c", "D201"], "r", "2000-01-01") == (
        "--until 2000-01-01 has passed: the acknowledgement would be expired as soon as it is "
        "written; give a day still to come"
    )
