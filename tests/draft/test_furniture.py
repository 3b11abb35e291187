"""Lines of a copied page that are no part of its article, told by general English cues."""

from __future__ import annotations

import pytest

from validator.draft.furniture import Kind, closes, is_comment_start, kind_of

SENTENCE = "Kate Winslet plays Ruth in the drama, which airs tonight on Channel 4."
COOKIES = (
    "We and our partners use cookies to store and access information on your device. "
    "By selecting Accept all you agree."
)
LONG_COPYRIGHT = (
    "Copyright 2022 Public Broadcaster. The Public Broadcaster is not responsible for the "
    "content of external sites."
)


# Lines of each kind; subheadings that start as furniture does are the article's text.
KINDS = {
    Kind.TEXT: [
        SENTENCE,
        "What is I Am Ruth about?",
        "The cast for I Am Ruth includes:",
        "Kate Winslet as Ruth",
        "Channel 4",
        "• Kate Winslet stars as Ruth • with her daughter",  # bullets, not a menu of three
        "Channel 4 | 1hr 32min | Dir: Dominic Savage",  # a review's facts: a length
        "I Am Ruth | Channel 4 | 9pm",  # a listing's line: a time
        "Kate and Mia / mother and daughter",
        "I Am Ruth | Channel 4 | Thursday | 9pm",  # a listing's line, not a menu
        "Related reading is good for you.",
        "Update: the date has moved.",
        "Covid-19: what we know",
        "Winslet and Threapleton in a scene from the film © Channel 4",
        "© Channel 4",
        "She baked cookies for the cast and crew every day.",
        "Comments from the cast",
        "12 comments were received",
        "Copyright law is changing",
        "Privacy policy changes",
    ],
    Kind.CHROME: [
        "Skip to main content", "Share", "Share this article", "Advertisement", "Hide Ad",
        "Story continues", "Share (12)", "2.", "·3-min read", "2h ago",
    ],
    Kind.SECTION: [
        "Most read", "Most Viewed", "Related Topics", "Trending now", "You may also like",
        "Explore more on these topics", "Read more",
    ],
    Kind.LINK: [
        "Read more: Kate Winslet, 52, reveals she has quit acting",
        "Related: Kate Winslet, 49, says I Am Ruth was the hardest role of her career",
        "Watch: Mia Threapleton on growing up",
        "Topics: Celebrity, TV And Film, Health",
        "Featured Image Credit: Channel 4",
        "The Boys | Barbie | Fast X",
        "Home • News • Showbiz • TV",
        "TV / Film / Streaming",
    ],
    Kind.COMMENTS: [
        "Comments (2)", "comments (3)", "Comments 12", "48 comments", "Have your say",
        "Leave a Reply", "3 thoughts on “I Am Ruth: a mother, a daughter and a phone”",
        "Jenny P says:", "Sarah_K: I Am Ruth runs for two hours with adverts, worth it.",
        "Dave1979: great",
    ],
    Kind.FOOTER: [
        "© 2022 The Morning Ledger. All rights reserved.",
        "Copyright 2022 Weekend Tabloid.",
        "Back to top",
        "Terms and Privacy Policy",
        "About The Author",
        "Part of the Example Media Group © 2022 All rights reserved.",
        "Screenfeed ©2023",
        LONG_COPYRIGHT,
    ],
    Kind.CONSENT: [
        COOKIES,
        "Sign up to our newsletter for the latest TV news, every morning.",
        "Get the latest news sent straight to your inbox",
        "Click 'OK' then 'Allow' to enable notifications",
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("line", "kind"), [(line, kind) for kind, lines in KINDS.items() for line in lines]
)
def test_the_kind_of_a_line(line: str, kind: Kind) -> None:
    assert kind_of(line) is kind


def test_comments_and_the_footer_close_the_article() -> None:
    assert [k for k in Kind if closes(k)] == [Kind.COMMENTS, Kind.FOOTER]


@pytest.mark.parametrize(
    ("line", "following", "starts"),
    [
        ("TellyAddict", "8 Dec 2022 22:41", True),
        ("Kate W", "2h ago", True),
        ("Harriet Quayle", "By Tom Askew", False),
        ("Kate Winslet stars in it.", "2h ago", False),
        ("TellyAddict", SENTENCE, False),
        ("markt1982", "December 10, 2022 at 11:02 am", True),
        ("sofacritic", "2 days ago", True),
        ("Timeline", "8 December 2022", False),
        ("Verdict", "2h ago", False),
    ],
)
def test_where_a_comment_starts(line: str, following: str, starts: bool) -> None:
    assert is_comment_start(line, following) is starts


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("a " * 500_000, Kind.TEXT),
        ("Read more: " + "x " * 500_000, Kind.TEXT),
        ("a | " * 250_000, Kind.TEXT),
        ("Sarah_K: " * 110_000, Kind.COMMENTS),
        ("cookie " + "x" * 1_000_000 + " accept", Kind.CONSENT),
        ("x" + "”" * 1_000_000, Kind.TEXT),
    ],
)
def test_a_megabyte_line_is_read_in_one_pass(line: str, kind: Kind) -> None:
    assert kind_of(line) is kind
    assert not is_comment_start(line, line)
