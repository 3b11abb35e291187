"""What a sentence naming no subject is about, where headings part the page into items
(validator/draft/sections.py), on the made-up play dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.draft.command import main
from validator.draft.sections import is_heading, is_title

OPTIONS = ["--published", "2025-03-07", "--outlet", "Stage Weekly"]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("The Glass Orchard", True),
        ("Lantern Theatre, 7.30pm", True),
        ("Who plays Abel?", True),
        ("Tomas Reyes plays Abel in this quiet drama.", False),
        ("Ida Brook as Wren (Photo: Lantern Theatre)", False),
        ("Ida Brook as Wren (Jo Hale/Stage Weekly)", False),
        ("A heading of eleven words is too long to be any heading at all", False),
    ],
)
def test_a_heading_is_short_and_ends_as_no_sentence_does(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("The Paper Kite", True),
        ("Return of the Kite", True),
        ("Cast and crew", False),
        ("Who plays Abel?", False),
        ("Tonight: The Paper Kite", False),
        ("Kite", False),
    ],
)
def test_a_title_capitalises_every_word_but_the_small_ones(line: str, title: bool) -> None:
    assert is_title(line) is title


LISTINGS = """\
On stage tonight: our picks

The Glass Orchard
Lantern Theatre, 7.30pm
Tomas Reyes plays Abel in a quiet drama about a family farm. Runs for two hours.

The Paper Kite
Riverside Studio, 8pm
Ida Brook plays Wren, a pilot who never flew. Runs for ninety minutes.

Last chance: The Glass Orchard
Lantern Theatre, matinee
Ida Brook plays Wren in the afternoon cast. Sold out.
"""


def test_each_item_of_listings_is_about_its_heading(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The item under a title the dataset does not know ("The Paper Kite") gives no
    claim about the play the page names elsewhere; the one under its name does."""
    path = Path("claims") / "sources" / "listings.txt"
    path.write_text(LISTINGS, encoding="utf-8")
    assert main([str(path), *OPTIONS]) == 0
    claims = capsys.readouterr().out.split("claims:\n")[1]
    assert claims == (
        "  - id: cast-member-the-glass-orchard-tomas-reyes\n"
        "    subject: The Glass Orchard\n"
        "    property: cast_member\n"
        "    value: Tomas Reyes\n"
        "    qualifiers: {role: Abel}\n"
        '    excerpt: "Tomas Reyes plays Abel in a quiet drama about a family farm."\n'
        "  - id: running-time-the-glass-orchard-2-hours\n"
        "    subject: The Glass Orchard\n"
        "    property: running_time\n"
        '    value: "2 hours"\n'
        '    excerpt: "Runs for two hours."\n'
        "  - id: cast-member-the-glass-orchard-ida-brook\n"
        "    subject: The Glass Orchard\n"
        "    property: cast_member\n"
        "    value: Ida Brook\n"
        "    qualifiers: {role: Wren}\n"
        '    excerpt: "Ida Brook plays Wren in the afternoon cast."\n'
        "  - id: sold-out-the-glass-orchard-true\n"
        "    subject: The Glass Orchard\n"
        "    property: sold_out\n"
        "    value: true\n"
        '    excerpt: "Sold out."\n'
        "\n"
        "# Found but not placed: no subject and property could be told for these.\n"
        "# Record any that is a claim by hand.\n"
        "# - duration: ninety minutes\n"
        "#   in: Runs for ninety minutes.\n"
    )
