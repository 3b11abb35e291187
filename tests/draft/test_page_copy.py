"""A browser's plain-text copy of a whole page: the article's lines, headline, author and
date found among the page's furniture (tests/draft/articles/copy-*.txt and
browser-copy.txt, written for these tests, each the shape of one kind of site)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.draft import read_article
from validator.draft.page_copy import MAX_COPY_LINES, PageCopy, is_masthead, read_page_copy

ARTICLES = Path(__file__).parent / "articles"

# Each copy's article, marked by hand in copies.json: its lines (numbered from 1, as an
# editor shows them; the first is the headline), its author and its date, and a line
# of furniture the reading keeps ("also_kept"). Everything else is the page's furniture.
COPIES = json.loads((ARTICLES / "copies.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_article_in_a_copied_page(name: str) -> None:
    marked = COPIES[name]
    lines = (ARTICLES / name).read_text(encoding="utf-8").split("\n")
    numbers = [n for start, end in marked["article"] for n in range(start, end + 1)]
    numbers = sorted(numbers + marked.get("also_kept", []))
    article = read_article((ARTICLES / name).read_bytes())
    assert article.paragraphs == tuple(lines[n - 1] for n in numbers)
    headline = lines[numbers[0] - 1]
    assert (article.title, article.author, article.published) == (
        headline,
        marked["author"],
        marked["published"],
    )


P1 = "Nora Vell plays the lead in the new play at the Lyric Theatre."
P2 = "The play opens on 14 March and runs for two hours with an interval."
P3 = "Tomas Reyes directs, and the set was built in the theatre's own workshop."


def test_an_article_with_no_furniture_is_its_lines() -> None:
    lines = ("Vell opens", P1, P2, "A caption of the play", P3)
    assert read_page_copy(lines) == PageCopy(lines)


def test_a_listing_s_line_closing_the_article_is_the_article_s() -> None:
    """A preview closes with when it is on: a listing's line, though no sentence, is
    the article's; the caption after it, neither, is not."""
    listing = "The Glass Orchard, Lyric Theatre, Friday 14 March, 7.30pm"
    lines = ("Menu", "Nora Vell takes the lead in a new play", P1, P2, listing, "A caption")
    assert read_page_copy(lines) == PageCopy(
        ("Nora Vell takes the lead in a new play", P1, P2, listing),
        title="Nora Vell takes the lead in a new play",
    )


def test_a_cast_list_closing_the_article_is_the_article_s() -> None:
    """A reference page closes with its cast list, under a heading or none; a caption
    after the list, and a heading with no list under it, are not the article's."""
    cast = ("Cast", "Nora Vell as Wren", "- Ida Brook as Hester")
    lines = ("Menu", "Nora Vell takes the lead in a new play", P1, P2, *cast, "A caption")
    assert read_page_copy(lines) == PageCopy(
        ("Nora Vell takes the lead in a new play", P1, P2, *cast),
        title="Nora Vell takes the lead in a new play",
    )
    lines = ("Menu", "Nora Vell takes the lead in a new play", P1, P2, "Cast", "A caption")
    assert read_page_copy(lines).paragraphs == ("Nora Vell takes the lead in a new play", P1, P2)


def test_a_text_with_no_paragraph_is_its_lines() -> None:
    lines = ("Home", "News", "A list of things")
    assert read_page_copy(lines) == PageCopy(lines)


def test_a_repeated_headline_a_standfirst_and_the_name_under_it() -> None:
    """The standfirst is the article's; the name just under the headline is its author."""
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = ("Menu", headline, headline, "Reni Oduya", "The new play opens in March", P1, P2)
    assert read_page_copy(lines) == PageCopy(
        (headline, headline, "The new play opens in March", P1, P2),
        title=headline,
        author="Reni Oduya",
    )


def test_a_headline_asking_or_printed_twice_over_its_standfirst() -> None:
    """A headline sharing no word with the body, over a standfirst that does, is the
    headline where it asks or is printed twice: the standfirst was taken as the title."""
    standfirst = "Nora Vell and Ida Brook star in a new play"
    asking = "Is this the boldest debut of the year?"
    assert read_page_copy(("Menu", asking, standfirst, P1, P2)) == PageCopy(
        (asking, standfirst, P1, P2), title=asking
    )
    twice = "The boldest debut of the year"
    lines = ("Menu", "Theatre", twice, twice, standfirst, P1, P2)
    assert read_page_copy(lines) == PageCopy((twice, standfirst, P1, P2), title=twice)
    # Once, and stating: a kicker or a label, which the standfirst is under.
    lines = ("Menu", "Theatre", twice, standfirst, P1, P2)
    assert read_page_copy(lines) == PageCopy((standfirst, P1, P2), title=standfirst)


def test_a_headline_sharing_the_body_s_words_in_other_forms_is_the_headline() -> None:
    """ "Playing", "opens" and "plays", "opening": one word each, its ending aside."""
    headline = "Nora Vell: ‘Playing Wren opens every door’"
    lines = ("Menu", headline, P1, P2, "Ida Brook plays Wren, opening on Friday.")
    assert read_page_copy(lines).title == headline


def test_a_review_s_headline_over_its_stars_and_standfirst_is_the_headline() -> None:
    """A review's headline judges, sharing fewer than half its words with the body; the
    standfirst under it, past a row of stars, shares more, and is the article's."""
    headline = "The Glass Orchard review – Nora Vell gives the finest turn of her career"
    standfirst = "Nora Vell plays the lead in a new play that opens at the Lyric in March"
    lines = ("Menu", "Theatre", headline, "★★★★☆", standfirst, P1, P2)
    assert read_page_copy(lines) == PageCopy(
        (headline, "★★★★☆", standfirst, P1, P2), title=headline
    )


def test_a_name_beside_a_date_line_is_the_author_where_no_headline_is_found() -> None:
    """A headline that judges, with no standfirst to lead to it, is not told apart by
    the words it shares (it is the title as the first line shaped as one, but the lines
    above it are kept); the name over the date line is still the author, not a heading
    over the body."""
    headline = "The Glass Orchard review – a cold, bright evening that lingers for days"
    lines = (headline, "Reni Oduya", "Thu 8 Dec 2022 22.00 GMT", P1, P2)
    assert read_page_copy(lines) == PageCopy(
        (headline, P1, P2), title=headline, author="Reni Oduya", published="2022-12-08"
    )


def test_a_name_alone_with_no_headline_and_no_date_is_left_as_text() -> None:
    headline = "The Glass Orchard review – a cold, bright evening that lingers for days"
    lines = (headline, "Reni Oduya", P1, P2)
    assert read_page_copy(lines) == PageCopy(lines, title=headline)


REVIEW = "The Glass Orchard review – Nora Vell is luminous in a cold, bright evening"


@pytest.mark.parametrize(
    "masthead",
    [
        "The Stage and Screen Review",
        "the stage and screen review",  # the outlet's name in any case
        "Stage and Screen Review",  # with or without "the"
        "Home | News | Theatre | Film",
        "Home • News • Theatre • Film",
        "Home / News / Theatre / Film",
    ],
)
def test_the_masthead_is_no_headline(masthead: str) -> None:
    """The outlet's name or a menu's bar over the headline is the page's masthead, even
    where it shares the body's words ("Stage", "Review", "Theatre" here), and where no
    headline shares enough; a section's label sharing none ("Reviews and more") is not
    the headline either, where a line shaped as one shares a word."""
    outlet = "The Stage and Screen Review"
    lines = (masthead, "Reviews and more", REVIEW, P1, P2)
    assert read_page_copy(lines, outlet).title == REVIEW
    body = "The Stage and Screen Review of the Lyric Theatre season opens with Nora Vell."
    lines = (masthead, REVIEW, body, P2)
    assert read_page_copy(lines, outlet.lower()).title == REVIEW
    assert is_masthead(masthead, outlet)
    assert not is_masthead(REVIEW, outlet)
    assert not is_masthead(outlet, None)


def test_a_notice_before_the_headline_is_not_the_headline() -> None:
    notice = "To be sure you never miss out on stories, we are happy to send you some reminders"
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (notice, headline, P1, P2)
    assert read_page_copy(lines) == PageCopy((headline, P1, P2), title=headline)


def test_a_list_inside_the_body_is_left_out_to_the_next_two_paragraphs() -> None:
    lines = (P1, "Most read", "1", "Vell, 51, quits the stage", "2", "A teaser.", P2, P3)
    assert read_page_copy(lines).paragraphs == (P1, P2, P3)


def test_a_long_paragraph_after_a_list_is_the_article_going_on() -> None:
    """Past a list, a caption may stand between the article's paragraphs: one longer
    than a teaser's summary is the article's."""
    long = " ".join([P1[:-1], "and", P2[0].lower() + P2[1:-1], "and", P3])
    lines = (P1, P2, "Most read", "Vell runs for office", long, "A caption", P1)
    assert read_page_copy(lines).paragraphs == (P1, P2, long, "A caption", P1)


def test_teasers_with_summaries_are_not_the_article_resumed() -> None:
    lines = (P1, P2, "You may also like", "Vell runs for office", P3, "Reyes at 60", P1)
    assert read_page_copy(lines).paragraphs == (P1, P2)


def test_a_comments_link_above_the_body_does_not_end_it() -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (headline, "By Reni Oduya", "7 March 2025", "Comments", P1, P2, "Comments (2)", P3)
    assert read_page_copy(lines) == PageCopy(
        (headline, P1, P2), title=headline, author="Reni Oduya", published="2025-03-07"
    )


def test_an_interview_s_questions_do_not_hide_where_its_body_starts() -> None:
    """Questions and answers in turn are no two paragraphs in a row: the body started
    at the last answer, the headline shared no words with what followed, and the title
    was the section label over it ("INTERVIEW")."""
    headline = "Tomas Reyes on directing The Glass Orchard without a script"
    intro = "Tomas Reyes directs The Glass Orchard, which opens this week without a script."
    ask, answer = "How do you work without a script?", "I give the actors a plan for each scene."
    ask_more, last = "How long were the rehearsals?", "Three weeks, and every one of them was hard."
    article = (intro, ask, answer, ask_more, last, P2)
    lines = ("Menu", "INTERVIEW", headline, "By Reni Oduya", *article)
    assert read_page_copy(lines) == PageCopy((headline, *article), headline, "Reni Oduya")


def test_an_updated_date_alone_bounds_the_publication_date() -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (headline, "Updated 8 March 2025, 10:02", "Last updated 9 March 2025", P1, P2)
    assert read_page_copy(lines).published == "/2025-03-08"


def test_a_published_date_comes_before_an_updated_one() -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (headline, "Updated 8 March 2025", "Published 7 March 2025", P1, P2)
    assert read_page_copy(lines).published == "2025-03-07"


def test_a_byline_between_bars_gives_its_date() -> None:
    """ "By NAME | DATE | 3 min read" reads as a bar of links too: it is the byline."""
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (headline, "By Ada Mensah | 7 March 2025 | 4 min read", P1, P2)
    copy = read_page_copy(lines)
    assert (copy.author, copy.published, copy.date_doubt) == ("Ada Mensah", "2025-03-07", None)
    assert copy.paragraphs == (headline, P1, P2)


def test_a_date_in_figures_that_reads_two_ways_gives_none_and_says_so() -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    copy = read_page_copy((headline, "By Ada Mensah, 07/03/2025", P1, P2))
    assert (copy.author, copy.published, copy.date_doubt) == (
        "Ada Mensah",
        None,
        "07/03/2025 could be 2025-03-07 or 2025-07-03",
    )
    assert copy.paragraphs == (headline, P1, P2)
    # Another date line settles it: published by the update of 8 March, it is the 7 March
    # reading (it gave only that bound).
    copy = read_page_copy((headline, "Published 07/03/2025", "Updated 8 March 2025", P1, P2))
    assert (copy.published, copy.date_doubt) == ("2025-03-07", None)
    # An update after both readings leaves both: the bound alone, as before.
    copy = read_page_copy((headline, "Published 07/03/2025", "Updated 8 August 2025", P1, P2))
    assert (copy.published, copy.date_doubt) == ("/2025-08-08", None)


@pytest.mark.parametrize(
    ("paragraphs", "published", "doubt"),
    [
        # As Britain writes it, over an English text: not 22 December 2025.
        ((P1, "The play first opened in 2022 and returns this week."), "2022-12-25", None),
        ((P1, P2), "2022-12-25", None),
        ((P1, "2022年に東京で上演された。"), None, "25/12/22 could be 2022-12-25 or 2025-12-22"),
    ],
)
def test_a_day_first_date_line_of_an_english_page_is_not_read_year_first(
    paragraphs: tuple[str, ...], published: str | None, doubt: str | None
) -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    copy = read_page_copy((headline, "By Ada Mensah | 25/12/22", *paragraphs))
    assert (copy.author, copy.published, copy.date_doubt) == ("Ada Mensah", published, doubt)


@pytest.mark.parametrize(
    ("paragraphs", "published", "doubt"),
    [
        # The text names 2022: "22/12/06" is 6 December 2022, not 22 December 2006.
        ((P1, "The play first opened in 2022 and returns this week."), "2022-12-06", None),
        # Naming 2006 rules out neither reading; an English page puts no year first.
        ((P1, "The play first opened in 2006 and returns this week."), "2006-12-22", None),
        ((P1, P2), "2006-12-22", None),
        # A page in Japanese may: with no year named to decide by, a refusal.
        (
            (P1, "東京で上演された。"),
            None,
            "22/12/06 could be 2006-12-22 or 2022-12-06",
        ),
        ((P1, "2022年に東京で上演された。"), "2022-12-06", None),
        # A year after both readings rules both out (an article may name a year ahead).
        (
            (P1, "The play tours again in 2024 and 2025."),
            None,
            "22/12/06 could be 2006-12-22 or 2022-12-06",
        ),
        # A number of four figures that is no year (a count) is not read as one.
        ((P1, "It sold 2,023 seats, and 2022 was its best year."), "2022-12-06", None),
    ],
)
def test_a_two_digit_year_that_may_come_first_is_decided_by_the_article_s_years(
    paragraphs: tuple[str, ...], published: str | None, doubt: str | None
) -> None:
    """A date line "22/12/06" was read as 22 December 2006 only: Japanese pages put the
    year first."""
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    copy = read_page_copy((headline, "By Ada Mensah | 22/12/06", *paragraphs))
    assert (copy.author, copy.published, copy.date_doubt) == ("Ada Mensah", published, doubt)


@pytest.mark.parametrize(
    ("closing", "published", "doubt"),
    [
        (("Published 7 March 2025",), "2025-03-07", None),
        (("First published on Fri 7 Mar 2025 10.00 GMT",), "2025-03-07", None),
        # Past the page's controls, and with an update under it.
        (
            ("Share", "7 March 2025", "Last modified on Sat 8 Mar 2025 09.12 GMT"),
            "2025-03-07",
            None,
        ),
        (("Last modified on Sat 8 Mar 2025 09.12 GMT",), "/2025-03-08", None),
        # The existing refusal of a date in figures that reads two ways.
        (("Published 07/03/2025",), None, "07/03/2025 could be 2025-03-07 or 2025-07-03"),
        # A related story's date under its headline, or under a list's heading, is not the
        # article's; nor is one in a comment, nor one on a line with other words.
        (("Vell runs for office", "Published 7 March 2025"), None, None),
        (("More reviews", "Published 7 March 2025"), None, None),
        (("Comments (1)", "Sarah_K: 7 March 2025"), None, None),
        (("The play was first seen in Leeds on 7 March 2025",), None, None),
    ],
)
def test_a_date_line_closing_the_article_gives_its_date(
    closing: tuple[str, ...], published: str | None, doubt: str | None
) -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    copy = read_page_copy((headline, P1, P2, *closing))
    assert (copy.paragraphs, copy.published, copy.date_doubt) == (
        (headline, P1, P2),
        published,
        doubt,
    )


def test_three_date_lines_at_most_close_the_article() -> None:
    """A fourth line of dates under the article is not its own: "Published 7 March"
    there would have given a publication date the three updates above it do not."""
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    updates = tuple(f"Last modified on Sat {day} Mar 2025 09.12 GMT" for day in (8, 9, 10))
    copy = read_page_copy((headline, P1, P2, *updates, "Published 7 March 2025"))
    assert (copy.paragraphs, copy.published) == ((headline, P1, P2), "/2025-03-08")
    copy = read_page_copy((headline, P1, P2, *updates[:2], "Published 7 March 2025"))
    assert copy.published == "2025-03-07"


def test_a_date_line_above_the_article_comes_before_one_closing_it() -> None:
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    lines = (headline, "By Ada Mensah", "6 March 2025", P1, P2, "Published 7 March 2025")
    copy = read_page_copy(lines)
    assert (copy.author, copy.published, copy.paragraphs) == (
        "Ada Mensah",
        "2025-03-06",
        (headline, P1, P2),
    )


def test_lines_after_the_last_paragraph_are_not_the_article() -> None:
    lines = (P1, P2, "Vell and Reyes", "Image: the Lyric Theatre")
    assert read_page_copy(lines).paragraphs == (P1, P2)


def test_a_round_up_closes_with_its_list_of_labels_under_a_heading() -> None:
    """The list of winners after the last paragraph was cut as a footer's lines."""
    items = ("- Best Play: The Glass Orchard", "- Best Actress: Nora Vell")
    for heading in ("Winners", "The full list of winners:"):
        lines = (P1, P2, heading, *items, "Vell and Reyes")
        assert read_page_copy(lines).paragraphs == (P1, P2, heading, *items)


@pytest.mark.parametrize(
    ("furniture", "paragraphs"),
    [
        ("We use cookies; accept them or not " + "x" * 1_000_000, (P1, P2, P3)),
        ("Sarah_K: " + "a " * 500_000, (P1, P2)),
        ("Comments (2)\n" + "a " * 500_000, (P1, P2)),
    ],
)
def test_a_megabyte_line_of_furniture_is_read_once_and_left_out(
    furniture: str, paragraphs: tuple[str, ...]
) -> None:
    """The text drafted from is bounded after the furniture is left out: a page's
    megabyte of it does not refuse the article."""
    text = "\n".join([P1, P2, furniture, P3])
    assert read_article(text.encode()).paragraphs == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "By " * 333_000,
        "Most read " * 100_000,
        "a. " * 333_000,
        "x" * 1_000_000,
        "Nora Vell " * 100_000,
    ],
)
def test_a_megabyte_line_of_text_is_read_once(line: str) -> None:
    """Kept as the article's, the line is then too long to draft, and said so."""
    copy = read_page_copy((P1, P2, line, P3))
    assert len(copy.paragraphs) in (2, 4)
    assert copy.paragraphs[:2] == (P1, P2)


def test_a_page_of_menus_and_controls() -> None:
    lines = ("Home", "Share") * 4_000 + (P1, "Advertisement") * 5_000 + (P2,)
    copy = read_page_copy(lines)
    assert copy.paragraphs == (P1,) * 5_000 + (P2,)


def test_a_text_of_more_lines_than_a_page_is_read_line_by_line() -> None:
    lines = ("Share", P1) * (MAX_COPY_LINES // 2) + ("Comments (1)",)
    assert read_page_copy(lines) == PageCopy(lines)


def test_a_date_line_naming_the_outlet_first_dates_the_page() -> None:
    """Scenario: a regional paper's page copied as text dates itself on a line of its
    own, "Northshire Echo, 14 August 2025": the article's date, and no author."""
    headline = "Nora Vell takes the lead at the Lyric Theatre"
    copy = read_page_copy((headline, "Northshire Echo, 14 August 2025", P1, P2))
    assert (copy.author, copy.published, copy.paragraphs) == (
        None,
        "2025-08-14",
        (headline, P1, P2),
    )


def test_a_name_the_headline_holds_is_no_author() -> None:
    """A listing's item is headed by the show's name beside its date: "The Glass Orchard"
    under "Tonight's pick: The Glass Orchard" is no one who wrote the page (and no line
    of the article); a name the headline does not hold, in the same place, is the
    author."""
    lines = ("Tonight's pick: The Glass Orchard", "Friday 14 March 2025", "The Glass Orchard", P1)
    copy = read_page_copy(lines)
    assert (copy.author, copy.published) == (None, "2025-03-14")
    assert copy.paragraphs == (lines[0], P1)  # the headline, the article
    lines = ("Tonight's pick: The Glass Orchard", "Friday 14 March 2025", "Ida Brook", P1)
    assert read_page_copy(lines).author == "Ida Brook"


def test_a_list_of_winners_under_labels_does_not_hide_where_its_body_starts() -> None:
    """A round-up prints its opening paragraph, then the winners as "Category: name"
    lines, then more paragraphs: the body started after the list, and the title was
    a list's line sharing the body's words ("Best Play: Nora Vell, The Glass Orchard")."""
    headline = "Stage awards 2025: every winner in full"
    intro = "The stage awards were handed out at the Lyric Theatre on Sunday night."
    winners = ("Best Play: The Glass Orchard", "Best Actress: Nora Vell, The Glass Orchard")
    lines = ("Menu", headline, "By Reni Oduya", intro, *winners, P1, P2)
    assert read_page_copy(lines) == PageCopy(
        (headline, intro, *winners, P1, P2), headline, "Reni Oduya"
    )


def test_a_fact_box_s_lines_under_the_headline_are_no_headline() -> None:
    """A review prints the work's title and its fact box between the byline and the
    body: the box's cast line named the body's people, and was taken for the headline,
    so the headline, the title and the box's lines above it were left out."""
    headline = "The Glass Orchard review"
    box = (
        "Venue: Lantern Theatre",
        "Director: Nora Vell",
        "Cast: Tomas Reyes, Ida Brook",
        "Running time: 150 minutes",
    )
    body = "Tomas Reyes and Ida Brook are superb in this play."
    lines = (headline, "By Reni Oduya", "The Glass Orchard", *box, body)
    assert read_page_copy(lines) == PageCopy(
        (headline, "The Glass Orchard", *box, body),
        headline,
        "Reni Oduya",
    )


def test_a_headline_with_a_colon_over_a_fact_box_is_the_headline() -> None:
    """A line of the box stands among others of its kind; a headline with a colon
    stands alone."""
    headline = "The Glass Orchard: Tomas Reyes and Ida Brook in a quiet triumph"
    box = ("Director: Nora Vell", "Cast: Tomas Reyes, Ida Brook")
    body = "Tomas Reyes and Ida Brook are superb in this play."
    lines = ("Menu", headline, *box, body, P1)
    assert read_page_copy(lines) == PageCopy((headline, *box, body, P1), headline)


def test_an_interviewer_s_labelled_question_is_no_headline() -> None:
    """The interview's headline shares none of the answers' words, and its first
    question shares two: a question under its "Q:" label is the interview's, and the
    headline is the first line shaped as one, with the standfirst under it kept."""
    headline = "Nora Vell: ‘I never learn my lines’"
    standfirst = "The 25-year-old on playing Wren in The Glass Orchard, which opens on Friday."
    answers = (
        "Q: How did you come to play Wren?",
        "A: The director asked me who should play Wren, and I said me.",
        "Q: Was it strange to play opposite your mother?",
        "A: At first, yes. But there is no script, so you listen to Wren.",
    )
    lines = (headline, standfirst, "By Reni Oduya", *answers)
    assert read_page_copy(lines) == PageCopy(
        (headline, standfirst, *answers), title=headline, author="Reni Oduya"
    )


def test_a_listing_s_channel_and_time_is_no_headline() -> None:
    """A guide's pick: the headline names the day, and the channel and time under the
    title (sharing "Channel" with the listing below) is the listing's line."""
    headline = "What to watch tonight: Thursday 8 December"
    lines = (
        headline,
        "PICK OF THE DAY",
        "The Glass Orchard",
        "9pm, Channel 4",
        "Nora Vell gives the performance of her career as Wren. Runs for two hours.",
        "ALSO ON",
        "Quiz Night",
        "8pm, Channel 4",
        "The teams tackle a tricky round of questions.",
    )
    assert read_page_copy(lines) == PageCopy(lines, title=headline)
