"""Lines of a copied page that are no part of its article, told by general English cues."""

from __future__ import annotations

import pytest

from validator.draft.furniture import Kind, closes, is_comment_start, kind_of
from validator.draft.line_ends import sentence_end

SENTENCE = "Kate Winslet plays Ruth in the drama, which airs tonight on Channel 4."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (SENTENCE, Kind.TEXT),
        ("What is I Am Ruth about?", Kind.TEXT),
        ("The cast for I Am Ruth includes:", Kind.TEXT),
        ("Kate Winslet as Ruth", Kind.TEXT),
        ("Channel 4", Kind.TEXT),
        ("Related reading is good for you.", Kind.TEXT),
        ("Share", Kind.CHROME),
        ("Share this article", Kind.CHROME),
        ("Advertisement", Kind.CHROME),
        ("Hide Ad", Kind.CHROME),
        ("Story continues", Kind.CHROME),
        ("Share (12)", Kind.CHROME),
        ("2.", Kind.CHROME),
        ("·3-min read", Kind.CHROME),
        ("2h ago", Kind.CHROME),
        ("Most read", Kind.SECTION),
        ("Most Viewed", Kind.SECTION),
        ("Related Topics", Kind.SECTION),
        ("Trending now", Kind.SECTION),
        ("You may also like", Kind.SECTION),
        ("Explore more on these topics", Kind.SECTION),
        ("Read more", Kind.SECTION),
        ("Read more: Kate Winslet, 52, reveals she has quit acting", Kind.LINK),
        ("Related: Kate Winslet, 49, says I Am Ruth was the hardest role of her career", Kind.LINK),
        ("Watch: Mia Threapleton on growing up", Kind.LINK),
        ("Topics: Celebrity, TV And Film, Health", Kind.LINK),
        ("Featured Image Credit: Channel 4", Kind.LINK),
        ("The Boys | Barbie | Fast X", Kind.LINK),
        ("Comments (2)", Kind.COMMENTS),
        ("comments (3)", Kind.COMMENTS),
        ("48 comments", Kind.COMMENTS),
        ("Have your say", Kind.COMMENTS),
        ("Leave a Reply", Kind.COMMENTS),
        ("3 thoughts on “I Am Ruth: a mother, a daughter and a phone”", Kind.COMMENTS),
        ("Jenny P says:", Kind.COMMENTS),
        ("Sarah_K: I Am Ruth runs for two hours with adverts, worth it.", Kind.COMMENTS),
        ("Dave1979: great", Kind.COMMENTS),
        ("Update: the date has moved.", Kind.TEXT),
        ("Covid-19: what we know", Kind.TEXT),
        ("© 2022 The Morning Ledger. All rights reserved.", Kind.FOOTER),
        ("Copyright 2022 Weekend Tabloid.", Kind.FOOTER),
        ("Back to top", Kind.FOOTER),
        ("Terms and Privacy Policy", Kind.FOOTER),
        ("About The Author", Kind.FOOTER),
        ("Part of the Example Media Group © 2022 All rights reserved.", Kind.FOOTER),
        ("Screenfeed ©2023", Kind.FOOTER),
        ("Winslet and Threapleton in a scene from the film © Channel 4", Kind.TEXT),
        ("© Channel 4", Kind.TEXT),
        (
            "We and our partners use cookies to store and access information on your device. "
            "By selecting Accept all you agree.",
            Kind.CONSENT,
        ),
        ("Sign up to our newsletter for the latest TV news, every morning.", Kind.CONSENT),
        ("Get the latest news sent straight to your inbox", Kind.CONSENT),
        ("Click 'OK' then 'Allow' to enable notifications", Kind.CONSENT),
        ("She baked cookies for the cast and crew every day.", Kind.TEXT),
        # Subheadings that start as furniture does are the article's.
        ("Comments from the cast", Kind.TEXT),
        ("12 comments were received", Kind.TEXT),
        ("Copyright law is changing", Kind.TEXT),
        ("Privacy policy changes", Kind.TEXT),
        ("Comments 12", Kind.COMMENTS),
        (
            "Copyright 2022 Public Broadcaster. The Public Broadcaster is not responsible for"
            " the content of external sites.",
            Kind.FOOTER,
        ),
    ],
)
def test_the_kind_of_a_line(line: str, kind: Kind) -> None:
    assert kind_of(line) is kind


def test_comments_and_the_footer_close_the_article() -> None:
    assert [k for k in Kind if closes(k)] == [Kind.COMMENTS, Kind.FOOTER]


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        (SENTENCE, True),
        ('"It was hard," she said.', True),
        ("“It was hard,”", True),
        ("It was so hard!”", True),
        ("And then…", True),
        ("Is I Am Ruth worth watching?", False),
        ("Kate Winslet on her daughter's 'courage'", False),
        ("Winslet: ‘I was blown away’", False),
        ("”" * 10, False),
        ("", False),
    ],
)
def test_a_line_that_ends_as_a_paragraph(line: str, ends: bool) -> None:
    assert sentence_end(line) is ends


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
