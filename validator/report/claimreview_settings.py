"""What a ClaimReview file needs that a run does not know: who publishes the reviews,
where each review lives, and which verdicts are published. Validated here, once, for
the configuration and the Python API alike; `validator.report.claimreview` writes it.

The configuration may come from a stranger's pull request, and what it names ends up
in markup that search engines read: only absolute http(s) addresses without spaces or
control characters are taken, a review address may hold `{source}` and `{claim}` and no
other placeholder, and names are plain one-line text of bounded length.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from validator.model.result import Verdict

__all__ = [
    "DEFAULT_VERDICTS",
    "ClaimReviewSettings",
    "SettingsError",
    "parse_publisher",
    "parse_review_url",
    "parse_verdicts",
    "settings_from",
    "web_address",
]

# The verdicts a review can rate (see the rating table in validator.report.claimreview):
# an unverifiable or invalid claim was never held against anything.
RATED_VERDICTS: tuple[Verdict, ...] = (
    Verdict.REFUTED,
    Verdict.DISPUTED,
    Verdict.UNDETERMINED,
    Verdict.SUPPORTED,
)
DEFAULT_VERDICTS: tuple[Verdict, ...] = (Verdict.REFUTED, Verdict.DISPUTED, Verdict.SUPPORTED)

_MAX_NAME = 200
_MAX_URL = 2000
_FIELDS = ("source", "claim")


class SettingsError(ValueError):
    """A setting cannot be used; the message says what to write instead."""


@dataclass(frozen=True, slots=True)
class ClaimReviewSettings:
    """The reviews' publisher (an organisation's name and address), the address of each
    review (`review_url`, with `{source}` and `{claim}` filled in with the claim's ids),
    and the verdicts that get a review. Raises SettingsError when one cannot be used."""

    publisher_name: str
    publisher_url: str
    review_url: str
    verdicts: tuple[Verdict, ...] = DEFAULT_VERDICTS

    def __post_init__(self) -> None:
        parse_publisher({"name": self.publisher_name, "url": self.publisher_url})
        parse_review_url(self.review_url)
        parse_verdicts([str(v) for v in self.verdicts])

    def url_for(self, source_id: str, claim_id: str) -> str:
        """The review's address; the ids are percent-encoded, whatever they hold."""
        return self.review_url.format(
            source=quote(source_id, safe=""), claim=quote(claim_id, safe="")
        )


def web_address(
    value: object, what: str, example: str = "such as https://factcheck.example.org"
) -> str:
    """`value` if it is an absolute http(s) address of bounded length without spaces or
    control characters; else SettingsError naming `what` and showing `example`."""
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{what} should be a web address (text), {example}")
    if len(value) > _MAX_URL or any(c.isspace() or not c.isprintable() for c in value):
        raise SettingsError(
            f"{what} should be a web address of at most {_MAX_URL:,} characters, "
            f"without spaces or control characters, {example}"
        )
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{what} should be an absolute http(s) address, {example}")
    try:
        # Reading the port checks it: ValueError for one that is no number or lies
        # outside 0-65535 (`https://x.example:99999/`); no server listens on port 0.
        port_usable = parts.port != 0
    except ValueError:
        port_usable = False
    if not port_usable:
        raise SettingsError(f"{what} should name a port from 1 to 65535, or none, {example}")
    return value


def parse_publisher(value: object) -> tuple[str, str]:
    """`publisher = {name = "…", url = "https://…"}`: (name, url)."""
    shape = 'should be a table such as {name = "Example Fact Check", url = "https://…"}'
    if not isinstance(value, Mapping):
        raise SettingsError(f"'publisher' {shape}")
    unknown = sorted(set(value) - {"name", "url"})
    if unknown or "name" not in value or "url" not in value:
        raise SettingsError(f"'publisher' {shape}, with those two keys only")
    name = value["name"]
    if (
        not isinstance(name, str)
        or not name.strip()
        or len(name) > _MAX_NAME
        or not name.isprintable()
    ):
        raise SettingsError(
            f"'publisher' name should be one line of text of at most {_MAX_NAME:,} characters"
        )
    return name, web_address(value["url"], "'publisher' url")


def parse_review_url(value: object) -> str:
    """`review-url = "https://…/{source}/{claim}"`: checked as it will be filled in."""
    template = web_address(value, "'review-url'")
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError:
        fields = None
    if fields is None or any(
        name not in _FIELDS or spec or conversion for name, spec, conversion in fields
    ):
        raise SettingsError(
            "'review-url' may hold {source} and {claim} and no other braces, such as "
            '"https://factcheck.example.org/reviews/{source}/{claim}"'
        )
    if "{" in urlsplit(template).netloc:
        raise SettingsError(
            "'review-url' should name its host itself: {source} and {claim} belong in the "
            'path or the query, such as "https://factcheck.example.org/reviews/{source}/{claim}"'
        )
    return template


def parse_verdicts(value: object) -> tuple[Verdict, ...]:
    """`claimreview-verdicts = ["refuted", "disputed", "supported"]`, in the order given."""
    allowed = ", ".join(v.value for v in RATED_VERDICTS)
    if not isinstance(value, list | tuple) or not value:
        raise SettingsError(f"'claimreview-verdicts' should be a list of some of: {allowed}")
    verdicts: list[Verdict] = []
    for item in value:
        if not isinstance(item, str) or item not in {v.value for v in RATED_VERDICTS}:
            shown = repr(item) if isinstance(item, str) else "a non-text value"
            raise SettingsError(
                f"'claimreview-verdicts' has {shown[:60]}: a review rates only {allowed}"
            )
        verdicts.append(Verdict(item))
    return tuple(dict.fromkeys(verdicts))


def settings_from(
    publisher: tuple[str, str] | None,
    review_url: str | None,
    verdicts: Iterable[Verdict] | None,
    place: str = "[tool.factlint]",
) -> ClaimReviewSettings:
    """The settings from configured values, or SettingsError naming what is missing and
    the `place` to add it."""
    if publisher is None or review_url is None:
        raise SettingsError(
            "--claimreview needs the reviews' publisher and address: add "
            'publisher = {name = "…", url = "https://…"} and '
            f'review-url = "https://…/{{source}}/{{claim}}" to {place}'
        )
    return ClaimReviewSettings(
        publisher[0], publisher[1], review_url, tuple(verdicts or DEFAULT_VERDICTS)
    )
