"""An age written in place of the name ("The 43-year-old told the Courier"): the person
named before it whom the article names most, not one already given another age."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

INFO = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")


def _ages(text: str) -> list[str]:
    """Each age claim's subject and value, then the ages listed as not placed."""
    out = draft(read_article(f"Stage news\n\n{text}".encode()), load_dataset("dataset"), INFO)
    lines: list[str] = []
    for block in out.split("  - id: ")[1:]:
        rows = block.splitlines()
        if "    property: age" in rows:
            lines.append(
                " ".join(r.strip() for r in rows if r.startswith(("    subject", "    value")))
            )
    return lines + [line for line in out.splitlines() if line.startswith("# - age: ")]


CASES = {
    "the-person-named-most": (
        "Nora Vell wrote The Glass Orchard for Tomas Reyes. Nora Vell directs it too.\n\n"
        "The 43-year-old told The Courier it took a winter.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "not-one-given-another-age": (
        "Nora Vell, 43, wrote it. Nora Vell also directs.\n\n"
        "Ida Brook plays Wren. The 25-year-old playwright's muse trained in Leeds.\n",
        ["subject: Nora Vell value: 43", "subject: Ida Brook value: 25"],
    ),
    # "the 43-year-old's sister Ida Brook": the epithet is Nora Vell's, not Ida Brook's.
    "a-possessive-epithet": (
        "Nora Vell wrote it. Nora Vell directs.\n\n"
        "The 43-year-old's sister Ida Brook plays Wren.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "the-same-age-once": (
        "Nora Vell, 43, wrote it.\n\nThe 43-year-old also directs.\n",
        ["subject: Nora Vell value: 43"],
    ),
    "no-one-named-before": (
        "The 43-year-old wrote it. Nora Vell directs.\n",
        ["# - age: 43"],
    ),
    "a-name-the-cue-places": (
        "Nora Vell wrote it, and the 25-year-old actress Ida Brook plays Wren.\n",
        ["subject: Ida Brook value: 25"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_age_in_place_of_the_name(play_project: Path, case: str) -> None:
    text, expected = CASES[case]
    assert _ages(text) == expected
