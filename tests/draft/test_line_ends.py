"""Where a line of a copied page ends as a paragraph does: a full stop (Japanese's too)
or an ellipsis, or a closing quotation mark or bracket after a sentence's end; not a
headline's question, a control or a link."""

from __future__ import annotations

import pytest

from validator.draft.line_ends import (
    closes_article,
    goes_on_labels,
    is_credit,
    is_labelled,
    is_listing,
    is_question,
    sentence_end,
    space_before,
)

SENTENCE = "Kate Winslet plays Ruth in the drama, which airs tonight on Channel 4."


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        (SENTENCE, True),
        (SENTENCE + "  \t", True),  # spaces after the end are no part of it
        ('"It was hard," she said.', True),
        ("“It was hard,”", True),
        ("It was so hard!”", True),
        ("Was it hard?’", True),
        ("(The film airs tonight.)", True),
        ("[Updated at noon.]", True),
        ("It was hard.”’", True),  # a quote within a quote closes twice
        ("And then…", True),
        ("And then...", True),
        ("ノラ・ヴェルは「一番大切な仕事です」と語った。", True),
        ("Nora Vell said: 「一番大切な仕事です。」", True),
        ("「彼女は『最後の舞台です\uff01』", True),  # full-width "!"
        ("「本当ですか\uff1f」", True),  # full-width "?"
        ("ノラ・ヴェル「一番大切な仕事」", False),  # a headline quoting her
        ("本当ですか\uff1f", False),
        ("Is I Am Ruth worth watching?", False),
        ("Watch it now!", False),  # a headline's call, no quotation closed after it
        ("Kate Winslet, Mia Threapleton,", False),
        ("Kate Winslet on her daughter's 'courage'", False),
        ("Winslet: ‘I was blown away’", False),
        ("(Channel 4)", False),
        ("Share", False),
        ("”" * 10, False),
        ("", False),
        ("   ", False),
    ],
)
def test_a_line_that_ends_as_a_paragraph(line: str, ends: bool) -> None:
    assert sentence_end(line) is ends


def test_a_megabyte_of_closing_marks_ends_no_paragraph() -> None:
    assert sentence_end(")" * 1_000_000) is False
    assert sentence_end("Fine." + "”" * 1_000_000) is True


def test_a_question_ends_on_its_mark() -> None:
    assert [is_question(line) for line in ("Was it hard?  ", "Was it hard", "Why? Because.")] == [
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("line", "listing"),
    [
        ("I Am Ruth, Channel 4, Thursday, 9pm", True),
        ("Channel 4, Thursday 8 December, 9pm", True),
        ("9.00pm, Channel 4", True),
        ("The Glass Orchard | Lyric Theatre | 19:30", True),
        ("The play opens at the Lyric Theatre at 7.30pm.", False),  # a sentence
        ("Thursday 8 December", False),  # no time
        ("Share", False),
        ("", False),
        (" ".join(["word"] * 12) + " 9pm", False),  # longer than a listing's line
    ],
)
def test_a_listing_s_line_is_short_with_a_time(line: str, listing: bool) -> None:
    assert is_listing(line) is listing


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("Leading Actress: Kate Winslet, I Am Ruth", True),
        ("Single Drama: I Am Ruth", True),
        ("- Best Play: The Glass Orchard", True),
        ("New Director: Fiction: Dominic Savage, Nice Girl", True),
        ("Leading Actress: Kate Winslet won it.", False),  # a sentence's end
        ("the winners: all of them", False),  # no capital opening a label
        ("One two three four five six seven: a label too long", False),
        ("Note: " + "word " * 20, False),  # too long for a list's line
        ("", False),
        # A press release's leader of dots for the colon.
        ("Ruth .......... KATE WINSLET", True),
        ("Freya. . . . Mia Threapleton", True),
        ("Ruth…… Kate Winslet", True),
        ("Ruth ..", False),  # two dots lead nowhere
        ("Ruth .......", False),  # a leader to no value
        ("And then...", False),  # an ellipsis ending a sentence
    ],
)
def test_a_list_s_line_under_a_label(line: str, labelled: bool) -> None:
    assert is_labelled(line) is labelled


def test_a_line_going_on_a_list_of_labels() -> None:
    """A fact box's line under another line of labels (a headline with a colon over it
    is one); not the headline over the box, nor a label's line under a paragraph."""
    lines = (
        "The Glass Orchard review: a quiet triumph",
        "Director: Nora Vell",
        "Cast: Tomas Reyes, Ida Brook",
        "Nora Vell's play is a triumph.",
        "Venue: Lantern Theatre",
    )
    assert [goes_on_labels(lines, at) for at in range(len(lines))] == [
        False,
        True,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kate Winslet as Ruth", True),
        ("- Joe Anders as Billy", True),
        ("• Mia Threapleton as Freya", True),
        ("Nora Vell as Dr. Hester O'Neill", True),
        ("Nora Vell as the mother", False),  # the part in lower case: no name
        ("She was cast as Ruth", False),  # a sentence's words in lower case
        ("Nora Vell as Wren.", False),  # a sentence's end
        ("A B C D E F as Wren", False),  # six words: no name
        ("", False),
    ],
)
def test_a_cast_list_s_line_is_a_name_as_a_name(line: str, credit: bool) -> None:
    assert is_credit(line) is credit


@pytest.mark.parametrize(
    ("text", "end", "start"),
    [
        ("the drama, which \t she wrote", 19, 16),
        ("the drama, which she wrote", 17, 16),
        ("the drama", 4, 3),
        ("the drama", 3, 3),  # no white space before the place
        ("   she", 3, 0),
        ("", 0, 0),
    ],
)
def test_where_the_white_space_before_a_place_starts(text: str, end: int, start: int) -> None:
    assert space_before(text, end) == start


ITEMS = ("Best Play: The Glass Orchard", "Best Actress: Nora Vell")


@pytest.mark.parametrize(
    ("line", "before", "after", "closes"),
    [
        ("Winners", "The night ended late.", ITEMS, True),  # a list's heading
        (ITEMS[0], "Winners", (ITEMS[1], ""), True),
        (ITEMS[0], "Here is the full list of winners:", (ITEMS[1], ""), True),
        (ITEMS[1], ITEMS[0], ("", ""), True),  # the list goes on
        # One label's line: a caption's or a credit's, under a caption or none.
        ("Vell and Reyes", "The night ended late.", ("Image: the Lyric Theatre", ""), False),
        ("Image: the Lyric Theatre", "Vell and Reyes", ("", ""), False),
        (ITEMS[0], "The night ended late.", (ITEMS[1], ""), False),  # no heading
        ("Nora Vell as Wren", "The night ended late.", ("", ""), True),  # a cast list
        ("The Glass Orchard, Lyric Theatre, 7.30pm", "The night ended late.", ("", ""), True),
        # A dash for the colon: a list's line among others so written, under a heading.
        ("Cast", "It airs tonight.", ("Ruth - Nora Vell", "Wren – Ida Brook"), True),
        ("Ruth - Nora Vell", "Cast", ("Wren – Ida Brook", ""), True),
        ("Wren – Ida Brook", "Ruth - Nora Vell", ("", ""), True),
        ("Cast", "It airs tonight.", ("Ruth - Nora Vell", "The night ended late."), False),
        ("The Glass Orchard - review", "The night ended late.", ("", ""), False),  # alone
        # Related stories after the article, each a section and a headline: no list of
        # parts, and no heading over them.
        (
            "Showbiz - Nora Vell, 44, shows off her award",
            "The night ended late.",
            ("TV - Ida Brook, 19, steps out in London", ""),
            False,
        ),
        ("Ruth - Nora Vell", "The night ended late.", ("Wren – Ida Brook", ""), False),
        # A remark in brackets after a name keeps the line a list's.
        ("Cast", "It airs tonight.", ("Ruth - Nora Vell", "Wren - Ida Brook (her niece)"), True),
        ("Wren - Ida Brook (her niece)", "Ruth - Nora Vell", ("", ""), True),
    ],
)
def test_what_closes_an_article_after_its_last_paragraph(
    line: str, before: str, after: tuple[str, str], closes: bool
) -> None:
    assert closes_article(line, before, after) is closes
