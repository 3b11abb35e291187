"""Short made-up articles, each written the way one kind of outlet writes one
construction, drafted with the shipped dataset: every claim drafted, with its excerpt,
and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.read.files import Limits, LoadedFile, parse_text

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")

Row = tuple[str, str, Any, dict[str, Any], str]


def _drafted(article: str, published: str) -> list[Row]:
    info = SourceInfo("s", "Desk", article.split("\n", 1)[0], published)
    text = draft(read_article(article.encode()), DATASET, info)
    loaded = parse_text(text, "d.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    return [
        (c["subject"], c["property"], c["value"], c.get("qualifiers") or {}, c["excerpt"])
        for c in loaded.data["claims"]
    ]


# A celebrity column: the spouse named after "her husband" and a comma, after someone's
# "wife", and in an appositive; "her husband" with two people named before it, or none
# named after it, gives no claim.
SPOUSES = """\
Kate Winslet and husband make a rare red carpet appearance

By Showbiz Desk

Kate Winslet was joined at Sunday's premiere by her husband, the businessman Edward \
Abel Smith.

The Oscar winner, who married him in New York, wore black. Edward Abel Smith's wife, \
Kate Winslet, later told Lorraine Kelly about her husband.

Jim Threapleton, Winslet's first husband, was not there; nor was Sam Mendes, the \
director she was married to for seven years.

Mia Threapleton, Winslet's daughter with her first husband, arrived later.
"""


def test_spouses() -> None:
    assert _drafted(SPOUSES, "2022-12-06") == [
        (
            "Kate Winslet",
            "spouse",
            "Edward Abel Smith",
            {},
            "Kate Winslet was joined at Sunday's premiere by her husband, the businessman "
            "Edward Abel Smith.",
        ),
        (
            "Edward Abel Smith",
            "spouse",
            "Kate Winslet",
            {},
            "Edward Abel Smith's wife, Kate Winslet, later told Lorraine Kelly about her husband.",
        ),
        (
            "Jim Threapleton",
            "spouse",
            "Kate Winslet",
            {},
            "Jim Threapleton, Winslet's first husband, was not there; nor was Sam Mendes, "
            "the director she was married to for seven years.",
        ),
        (
            "Mia Threapleton",
            "child_of",
            "Kate Winslet",
            {},
            "Mia Threapleton, Winslet's daughter with her first husband, arrived later.",
        ),
    ]
