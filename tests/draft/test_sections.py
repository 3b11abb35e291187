"""What a sentence naming no subject is about, where headings part the page into items
(validator/draft/sections.py), on the made-up play dataset."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from validator.draft.sections import is_heading, is_title

from .play import PLAY_DATASET, drafted


@pytest.mark.parametrize(
    ("reads_as", "lines", "accepted"),
    [
        # A heading is short and ends as no sentence does.
        (
            is_heading,
            [
                "The Glass Orchard",
                "Lantern Theatre, 7.30pm",
                "Who plays Abel?",
                "Tomas Reyes plays Abel in this quiet drama.",
                "Ida Brook as Wren (Photo: Lantern Theatre)",
                "Ida Brook as Wren (Jo Hale/Stage Weekly)",
                "A heading of eleven words is too long to be any heading at all",
            ],
            ["The Glass Orchard", "Lantern Theatre, 7.30pm", "Who plays Abel?"],
        ),
        # A title capitalises every word but the small ones.
        (
            is_title,
            [
                "The Paper Kite",
                "Return of the Kite",
                "Cast and crew",
                "Who plays Abel?",
                "Tonight: The Paper Kite",
                "Kite",
            ],
            ["The Paper Kite", "Return of the Kite"],
        ),
    ],
)
def test_headings_and_titles(
    reads_as: Callable[[str], bool], lines: list[str], accepted: list[str]
) -> None:
    """Exactly the lines `accepted` read as one, each judged alone."""
    verdicts = [reads_as(line) for line in lines]
    assert all(isinstance(verdict, bool) for verdict in verdicts)
    assert [line for line, verdict in zip(lines, verdicts, strict=True) if verdict] == accepted


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


# The claim the first item of each listing below gives.
REYES = (
    "  - id: cast-member-the-glass-orchard-tomas-reyes\n"
    "    subject: The Glass Orchard\n"
    "    property: cast_member\n"
    "    value: Tomas Reyes\n"
    "    qualifiers: {role: Abel}\n"
    '    excerpt: "Tomas Reyes plays Abel in a quiet drama about a family farm."\n'
)


# The play's "Sold out." under its heading.
SOLD_OUT = (
    "  - id: sold-out-the-glass-orchard-true\n"
    "    subject: The Glass Orchard\n"
    "    property: sold_out\n"
    "    value: true\n"
    '    excerpt: "Sold out."\n'
)
# What the listings leave unplaced: the headline's "tonight".
TONIGHT_UNPLACED = (
    "# Found but not placed: no subject and property could be told for these.\n"
    "# Record any that is a claim by hand.\n"
    "# - date: tonight\n"
    "#   in: On stage tonight: our picks\n"
)
# What the listings with another item under it leave unplaced: its running time too.
OTHER_ITEM_UNPLACED = TONIGHT_UNPLACED + "# - duration: two hours\n#   in: Runs for two hours.\n"


def _claims(name: str, text: str, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    """The claims of the draft of `text`, saved as the project's article `name`."""
    return drafted(text, capsys, *options, name=name).split("claims:\n")[1]


def test_each_item_of_listings_is_about_its_heading(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The item under a title the dataset does not know ("The Paper Kite") gives no
    claim about the play the page names elsewhere; the one under its name does."""
    assert _claims("listings.txt", LISTINGS, capsys) == (
        REYES + "  - id: running-time-the-glass-orchard-2-hours\n"
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
        + SOLD_OUT
        + "\n"
        + TONIGHT_UNPLACED
        + "# - duration: ninety minutes\n"
        "#   in: Runs for ninety minutes.\n"
    )


def test_a_title_over_a_line_naming_an_entity_is_still_no_known_item(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under "The Paper Kite" over "Lantern Theatre, 8pm", the venue's line names one
    of the dataset's entities, the title's does not: the item is still not The Glass
    Orchard's, which the page names elsewhere."""
    text = (
        "On stage tonight: our picks\n\n"
        "The Glass Orchard\nRiverside Studio, 7.30pm\n"
        "Tomas Reyes plays Abel in a quiet drama about a family farm.\n\n"
        "The Paper Kite\nLantern Theatre, 8pm\n"
        "Ida Brook plays Wren, a pilot who never flew. Runs for two hours.\n"
    )
    assert _claims("listings.txt", text, capsys) == (REYES + "\n" + OTHER_ITEM_UNPLACED)


def test_a_subject_only_the_headline_names_is_the_one_meant(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text never names the play; the headline, given as the title, does."""
    text = "A first look\n\nThe premiere is on 14 March.\n"
    title = ["--title", "The Glass Orchard: a first look"]
    assert _claims("preview.txt", text, capsys, *title) == (
        "  - id: opening-night-the-glass-orchard-2025-03-14\n"
        "    subject: The Glass Orchard\n"
        "    property: opening_night\n"
        "    value: 2025-03-14\n"
        '    excerpt: "The premiere is on 14 March."\n'
    )


def test_a_title_of_one_word_beside_its_time_is_no_known_item(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under "Kites" over "Riverside Studio, 8pm", a listing's title of one word,
    "Runs for two hours." is not The Glass Orchard's; under a one-word subheading with
    no time beside it ("Verdict"), a sentence is still about the play the page names."""
    text = (
        "On stage tonight: our picks\n\n"
        "The Glass Orchard\nLantern Theatre, 7.30pm\n"
        "Tomas Reyes plays Abel in a quiet drama about a family farm.\n\n"
        "Kites\nRiverside Studio, 8pm\n"
        "A new comedy. Runs for two hours.\n\n"
        "Verdict\n"
        "The Glass Orchard is sold out, and Tomas Reyes is superb.\n"
    )
    assert _claims("listings.txt", text, capsys) == (
        REYES + "  - id: sold-out-the-glass-orchard-true\n"
        "    subject: The Glass Orchard\n"
        "    property: sold_out\n"
        "    value: true\n"
        '    excerpt: "The Glass Orchard is sold out, and Tomas Reyes is superb."\n'
        "\n" + OTHER_ITEM_UNPLACED
    )


def test_a_listings_venue_line_is_no_subject_for_a_property_of_any_kind(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where a property names no kinds of subject, "Sold out." under "The Glass Orchard"
    over "Lantern Theatre, 7.30pm" was the theatre's, the last name of the heading: the
    line of venue and time says where the item is on; the item is the title's."""
    kinds = '    subject_kinds: [play]\n    cues: ["sold out"'
    assert kinds in PLAY_DATASET
    Path("dataset/dataset.yaml").write_text(
        PLAY_DATASET.replace(kinds, '    cues: ["sold out"'), encoding="utf-8"
    )
    text = (
        "On stage tonight: our picks\n\n"
        "The Glass Orchard\nLantern Theatre, 7.30pm\n"
        "Tomas Reyes plays Abel in a quiet drama about a family farm. Sold out.\n"
    )
    assert _claims("listings.txt", text, capsys) == REYES + SOLD_OUT + "\n" + TONIGHT_UNPLACED
