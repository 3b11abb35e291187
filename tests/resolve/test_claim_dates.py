"""A claim's date: its own `as_of` resolved, and a year in it written in another base
than ten refused where it is, never handed on as the year read."""

from __future__ import annotations

from typing import Any

from validator.parse.claim_file import check_claim_file
from validator.read.files import Limits, LoadedFile, parse_text
from validator.resolve.claim_dates import (
    Dated,
    own_date,
    resolve_as_of,
    source_published,
)
from validator.resolve.qualifiers import Problem

CLAIMS = (
    "source: {id: s, outlet: O, title: T, published: 2022-12-07}\n"
    "claims:\n"
    "  - {id: a, subject: S, property: age, value: 22, as_of: 0x7E6}\n"
    "  - {id: b, subject: S, property: age, value: 22, as_of: {from: 2022, to: 0o3747}}\n"
    "  - {id: c, subject: S, property: age, value: 22, as_of: 2022}\n"
)


def test_a_year_in_another_base_is_the_problem_of_the_claims_date() -> None:
    loaded = parse_text(CLAIMS, "a.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    parsed = check_claim_file(loaded)[0]
    handed: list[Any] = []

    def resolve(raw: Any) -> Dated | Problem:
        handed.append(raw)
        return resolve_as_of(raw)

    first, second, third = (own_date(entry, parsed, resolve) for entry in parsed.claims)
    read = "write numbers in decimal digits ({0}, if that is the number meant)"
    assert first == Problem(
        "E106",
        "as_of: 0x7E6 is read as the hexadecimal number 2022; " + read.format(2022),
        ("as_of",),
        "as_of",
    )
    assert second == Problem(
        "E106",
        "as_of: 0o3747 is read as the octal number 2023; " + read.format(2023),
        ("as_of", "to"),
        "as_of",
    )
    assert third == resolve_as_of(2022)
    assert handed == [2022]  # only the year written in decimal digits is resolved
    assert source_published(parsed) == "2022-12-07"
