"""What a ClaimReview file needs that a run does not know
(validator.report.claimreview_settings): the publisher, the review address and the
verdicts rated, each checked once with a message that says what to write instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from validator.config import ConfigError, load_config
from validator.model.result import Verdict
from validator.report.claimreview_settings import (
    DEFAULT_VERDICTS,
    ClaimReviewSettings,
    SettingsError,
    parse_publisher,
    parse_review_url,
    parse_verdicts,
    settings_from,
    web_address,
)


def _refused(parse: Callable[..., object], *args: object) -> str:
    """The message of the SettingsError `parse(*args)` raises."""
    with pytest.raises(SettingsError) as caught:
        parse(*args)
    return str(caught.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'publisher = "Desk"\n',
            "'publisher' should be a table such as "
            '{name = "Example Fact Check", url = "https://…"}',
        ),
        (
            'publisher = {name = "Desk", url = "https://d.example", logo = "x"}\n',
            "'publisher' should be a table such as "
            '{name = "Example Fact Check", url = "https://…"}, with those two keys only',
        ),
        (
            'publisher = {name = "Desk\\n<b>", url = "https://d.example"}\n',
            "'publisher' name should be one line of text of at most 200 characters",
        ),
        (
            'publisher = {name = "Desk", url = "javascript:alert(1)"}\n',
            "'publisher' url should be an absolute http(s) address, "
            "such as https://factcheck.example.org",
        ),
        (
            'review-url = "https://d.example/{source}/{claim} x"\n',
            "'review-url' should be a web address of at most 2,000 characters, without "
            "spaces or control characters, such as https://factcheck.example.org",
        ),
        (
            'review-url = "https://d.example/{source.__class__}"\n',
            "'review-url' may hold {source} and {claim} and no other braces, such as "
            '"https://factcheck.example.org/reviews/{source}/{claim}"',
        ),
        (
            'review-url = "https://d.example/{claim"\n',
            "'review-url' may hold {source} and {claim} and no other braces, such as "
            '"https://factcheck.example.org/reviews/{source}/{claim}"',
        ),
        (
            'review-url = "https://{source}/{claim}"\n',
            "'review-url' should name its host itself: {source} and {claim} belong in the "
            'path or the query, such as "https://factcheck.example.org/reviews/{source}/{claim}"',
        ),
        (
            'claimreview-verdicts = ["refuted", "unverifiable"]\n',
            "'claimreview-verdicts' has 'unverifiable': a review rates only refuted, "
            "disputed, undetermined, supported",
        ),
        (
            "claimreview-verdicts = []\n",
            "'claimreview-verdicts' should be a list of some of: refuted, disputed, "
            "undetermined, supported",
        ),
    ],
)
def test_bad_settings_name_the_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text(body)
    with pytest.raises(ConfigError) as caught:
        load_config(str(tmp_path / "factlint.toml"))
    # Placed at the value, after `KEY = ` on the one line.
    column = {"publisher": 13, "review-url": 14, "claimreview-verdicts": 24}[body.split()[0]]
    assert str(caught.value) == f"factlint.toml:1:{column}: {message}"


def test_settings_are_read_and_checked_the_same_through_the_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text(
        'publisher = {name = "Desk", url = "https://d.example"}\n'
        'review-url = "https://d.example/r/{claim}?from={source}"\n'
        'claimreview-verdicts = ["supported", "refuted", "supported"]\n'
    )
    settings = load_config(str(tmp_path / "factlint.toml")).claimreview()
    assert settings == ClaimReviewSettings(
        "Desk",
        "https://d.example",
        "https://d.example/r/{claim}?from={source}",
        (Verdict.SUPPORTED, Verdict.REFUTED),
    )
    assert settings.url_for("a b", "c/d") == "https://d.example/r/c%2Fd?from=a%20b"
    with pytest.raises(SettingsError):
        ClaimReviewSettings("Desk", "ftp://d.example", "https://d.example/{claim}")


# -- web addresses -----------------------------------------------------------------------

_EXAMPLE = "such as https://factcheck.example.org"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, f"w should be a web address (text), {_EXAMPLE}"),
        (42, f"w should be a web address (text), {_EXAMPLE}"),
        ("", f"w should be a web address (text), {_EXAMPLE}"),
        (
            "https://d.example/" + "a" * 1983,
            "w should be a web address of at most 2,000 characters, without spaces or "
            f"control characters, {_EXAMPLE}",
        ),
        (
            "https://d.example/\nx",
            "w should be a web address of at most 2,000 characters, without spaces or "
            f"control characters, {_EXAMPLE}",
        ),
        (
            "https://d.example/\u202eexe.fdp",
            "w should be a web address of at most 2,000 characters, without spaces or "
            f"control characters, {_EXAMPLE}",
        ),
        (
            "https://d.example/\u00a0",
            "w should be a web address of at most 2,000 characters, without spaces or "
            f"control characters, {_EXAMPLE}",
        ),
        ("ftp://d.example", f"w should be an absolute http(s) address, {_EXAMPLE}"),
        ("//d.example/x", f"w should be an absolute http(s) address, {_EXAMPLE}"),
        ("https://", f"w should be an absolute http(s) address, {_EXAMPLE}"),
        ("http://[::1", f"w should be an absolute http(s) address, {_EXAMPLE}"),
        ("javascript:alert(1)//https://x", f"w should be an absolute http(s) address, {_EXAMPLE}"),
        ("https://d.example:99999/", f"w should name a port from 1 to 65535, or none, {_EXAMPLE}"),
        ("https://d.example:0/", f"w should name a port from 1 to 65535, or none, {_EXAMPLE}"),
        ("https://d.example:8o/", f"w should name a port from 1 to 65535, or none, {_EXAMPLE}"),
    ],
)
def test_a_web_address_that_cannot_be_used_says_what_to_write(value: object, message: str) -> None:
    assert _refused(web_address, value, "w") == message


def test_a_usable_web_address_is_returned_as_written() -> None:
    longest = "https://d.example/" + "a" * 1982
    for value in (
        "https://d.example",
        "HTTP://D.EXAMPLE/a?b=c#d",
        longest,
        "https://[::1]:8080/",
        "https://d.example:65535/",
    ):
        assert web_address(value, "w") == value
    with pytest.raises(SettingsError, match=r"^'x' should be a web address \(text\), like this$"):
        web_address("", "'x'", "like this")


# -- publisher, review address, verdicts ---------------------------------------------------


def test_a_publisher_is_its_name_and_address() -> None:
    assert parse_publisher({"name": "Desk", "url": "https://d.example"}) == (
        "Desk",
        "https://d.example",
    )
    assert parse_publisher({"url": "https://d.example", "name": "N" * 200})[0] == "N" * 200


@pytest.mark.parametrize("name", ["", "   ", "N" * 201, "Desk\n", "Desk\u202e", 7, None])
def test_a_publisher_name_is_one_line_of_bounded_text(name: object) -> None:
    assert _refused(parse_publisher, {"name": name, "url": "https://d.example"}) == (
        "'publisher' name should be one line of text of at most 200 characters"
    )


def test_a_publisher_that_is_not_a_table_of_its_two_keys_is_refused() -> None:
    shape = (
        '\'publisher\' should be a table such as {name = "Example Fact Check", url = "https://…"}'
    )
    for value in ("Desk", ["Desk", "https://d.example"], None):
        assert _refused(parse_publisher, value) == shape
    for value in ({}, {"name": "Desk"}, {"name": "D", "url": "https://d.example", "x": 1}):
        assert _refused(parse_publisher, value) == f"{shape}, with those two keys only"


@pytest.mark.parametrize(
    "template",
    [
        "https://d.example/r",
        "https://d.example/{source}/{claim}",
        "https://d.example/r?c={claim}&s={source}",
        "https://d.example/{claim}{claim}",
        "https://d.example/{{literal}}",
    ],
)
def test_a_review_address_may_hold_source_and_claim(template: str) -> None:
    assert parse_review_url(template) == template


@pytest.mark.parametrize(
    "template",
    [
        "https://d.example/{}",
        "https://d.example/{0}",
        "https://d.example/{claim!r}",
        "https://d.example/{claim:>300}",
        "https://d.example/{claim[0]}",
        "https://d.example/{source.__class__}",
        "https://d.example/{claim",
        "https://d.example/claim}",
    ],
)
def test_a_review_address_with_any_other_braces_is_refused(template: str) -> None:
    assert _refused(parse_review_url, template) == (
        "'review-url' may hold {source} and {claim} and no other braces, such as "
        '"https://factcheck.example.org/reviews/{source}/{claim}"'
    )


@pytest.mark.parametrize(
    "template", ["https://{source}.example/{claim}", "https://{claim}@d.example/"]
)
def test_a_review_address_names_its_own_host(template: str) -> None:
    assert _refused(parse_review_url, template) == (
        "'review-url' should name its host itself: {source} and {claim} belong in the "
        'path or the query, such as "https://factcheck.example.org/reviews/{source}/{claim}"'
    )


def test_verdicts_are_kept_in_the_order_given_each_once() -> None:
    assert parse_verdicts(["supported", "refuted", "supported"]) == (
        Verdict.SUPPORTED,
        Verdict.REFUTED,
    )
    assert parse_verdicts(("undetermined",)) == (Verdict.UNDETERMINED,)
    assert DEFAULT_VERDICTS == (Verdict.REFUTED, Verdict.DISPUTED, Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ([1], "a non-text value"),
        ([None], "a non-text value"),
        (["Refuted"], "'Refuted'"),
        (["refuted\n"], "'refuted\\n'"),
        (["\x1b]0;x\x07"], "'\\x1b]0;x\\x07'"),
        (["x" * 100], "'" + "x" * 59),
    ],
)
def test_a_verdict_that_no_review_rates_is_named(value: list[object], shown: str) -> None:
    assert _refused(parse_verdicts, value) == (
        f"'claimreview-verdicts' has {shown}: a review rates only refuted, disputed, "
        "undetermined, supported"
    )


@pytest.mark.parametrize("value", [[], (), "refuted", None, {"refuted": True}])
def test_verdicts_that_are_not_a_list_are_refused(value: object) -> None:
    assert _refused(parse_verdicts, value) == (
        "'claimreview-verdicts' should be a list of some of: refuted, disputed, "
        "undetermined, supported"
    )


# -- the settings ---------------------------------------------------------------------------


def test_a_review_address_percent_encodes_whatever_the_ids_hold() -> None:
    settings = ClaimReviewSettings(
        "Desk", "https://d.example", "https://d.example/{source}/{claim}"
    )
    assert settings.url_for("a/b?c#d%", "x\ny {claim} \u00e9\u202e") == (
        "https://d.example/a%2Fb%3Fc%23d%25/x%0Ay%20%7Bclaim%7D%20%C3%A9%E2%80%AE"
    )
    assert settings.url_for("", "") == "https://d.example//"


def test_settings_that_cannot_be_used_are_refused_when_made() -> None:
    publisher, review = ("Desk", "https://d.example"), "https://d.example/{claim}"
    refused = {
        "a verdict no review rates": (*publisher, review, (Verdict.INVALID,)),
        "no verdicts": (*publisher, review, ()),
        "a placeholder of its own": (*publisher, "https://d.example/{id}"),
        "no name": ("", publisher[1], review),
    }
    messages = {}
    for what, fields in refused.items():
        with pytest.raises(SettingsError) as caught:
            ClaimReviewSettings(*fields)  # type: ignore[arg-type]
        messages[what] = str(caught.value)
    assert messages == {
        "a verdict no review rates": "'claimreview-verdicts' has 'invalid': a review rates "
        "only refuted, disputed, undetermined, supported",
        "no verdicts": "'claimreview-verdicts' should be a list of some of: refuted, "
        "disputed, undetermined, supported",
        "a placeholder of its own": "'review-url' may hold {source} and {claim} and no other "
        'braces, such as "https://factcheck.example.org/reviews/{source}/{claim}"',
        "no name": "'publisher' name should be one line of text of at most 200 characters",
    }


def test_settings_from_what_is_configured_say_what_is_missing_and_where() -> None:
    publisher = ("Desk", "https://d.example")
    for missing in ((None, "https://d.example/{claim}"), (publisher, None)):
        with pytest.raises(SettingsError) as caught:
            settings_from(*missing, None, place="pyproject.toml [tool.factlint]")
        assert str(caught.value) == (
            "--claimreview needs the reviews' publisher and address: add "
            'publisher = {name = "…", url = "https://…"} and '
            'review-url = "https://…/{source}/{claim}" to pyproject.toml [tool.factlint]'
        )
    made = settings_from(publisher, "https://d.example/{claim}", None)
    assert made == ClaimReviewSettings("Desk", "https://d.example", "https://d.example/{claim}")
    assert settings_from(publisher, "https://d.example/{claim}", []).verdicts == DEFAULT_VERDICTS
    chosen = settings_from(publisher, "https://d.example/{claim}", iter([Verdict.SUPPORTED]))
    assert chosen.verdicts == (Verdict.SUPPORTED,)
