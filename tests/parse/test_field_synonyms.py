"""A field written under another name for the same thing: the field meant
(validator.parse.field_synonyms), and its one finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.one_file import located, one_file
from validator.parse.field_synonyms import synonym_of

SOURCE = ("id", "outlet", "title", "url", "author", "published", "archive")
CLAIM = ("id", "subject", "property", "value", "qualifiers", "as_of", "excerpt", "note")
ACK = ("code", "reason", "until")


@pytest.mark.parametrize(
    ("key", "missing", "meant"),
    [
        ("date", SOURCE, "published"),
        ("Publication Date", SOURCE, "published"),
        ("publication-date", SOURCE, "published"),
        ("date", CLAIM, "as_of"),  # a claim's date is when it holds
        ("quote", CLAIM, "excerpt"),
        ("predicate", CLAIM, "property"),
        ("object", CLAIM, "value"),
        ("entity", CLAIM, "subject"),
        ("comment", CLAIM, "note"),
        ("comment", ACK, "reason"),  # one name, two fields, by the mapping
        ("expires", ACK, "until"),
        ("headline", SOURCE, "title"),
        ("publisher", SOURCE, "outlet"),
        ("link", SOURCE, "url"),
    ],
)
def test_another_name_for_a_field_is_the_field(
    key: str, missing: tuple[str, ...], meant: str
) -> None:
    assert synonym_of(key, missing) == meant


def test_a_name_for_a_field_written_already_or_not_here_means_none() -> None:
    assert synonym_of("date", ("id", "outlet")) is None  # neither published nor as_of
    assert synonym_of("quote", SOURCE) is None
    assert synonym_of("colour", CLAIM) is None
    assert synonym_of("", CLAIM) is None


def test_each_other_name_is_one_finding_naming_the_field(tmp_path: Path) -> None:
    """`date:` beside a source was an unknown field and a missing `published`; `quote:`
    on a claim was "did you mean 'note'?", where nothing would check the words."""
    result = one_file(
        tmp_path,
        "source: {id: desk, outlet: O, title: T, date: 2022-12-07}\n"
        "claims:\n"
        "  - {id: a, subject: Mia Threapleton, property: age, value: 22}\n"
        "  - {id: b, entity: I Am Ruth, predicate: runtime, object: 90,\n"
        "     quote: runs 90 minutes}\n"
        "  - {id: c, subject: I Am Ruth, property: runtime, value: 120,\n"
        "     acknowledge: [{code: D201, comment: the slot was two hours}]}\n",
    )
    assert located(result) == [
        (
            "E102",
            ("desk/a",),
            1,
            41,
            "unknown field 'date' in source; did you mean 'published'? Until then 1 claim "
            "whose verdict depends on the date is not checked",
        ),
        (
            "E102",
            ("desk/b",),
            4,
            13,
            "unknown field 'entity' in claims[1]; did you mean 'subject'?",
        ),
        (
            "E102",
            ("desk/b",),
            4,
            32,
            "unknown field 'predicate' in claims[1]; did you mean 'property'?",
        ),
        ("E102", ("desk/b",), 4, 52, "unknown field 'object' in claims[1]; did you mean 'value'?"),
        ("E102", ("desk/b",), 5, 6, "unknown field 'quote' in claims[1]; did you mean 'excerpt'?"),
        (
            "E102",
            ("desk/c",),
            7,
            33,
            "unknown field 'comment' in claims[2].acknowledge[0]; did you mean 'reason'?",
        ),
    ]
