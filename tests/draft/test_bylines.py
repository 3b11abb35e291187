"""A copied page's byline and date lines: who wrote it and when, word by word."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.draft import bylines
from validator.draft.bylines import (
    Byline,
    is_name,
    is_read_time,
    is_relative_time,
    name_of,
    read_byline,
)
from validator.draft.command import main


@pytest.fixture(autouse=True)
def _this_year(monkeypatch: pytest.MonkeyPatch) -> None:
    """A two-digit year is read in the hundred years up to this one: the tests fix the
    year, so that none depends on the clock."""
    monkeypatch.setattr(bylines, "_this_year", lambda: 2026)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Tom Askew", Byline(author="Tom Askew")),
        ("By Tom Reddy, Entertainment Reporter", Byline(author="Tom Reddy")),
        ("By Jess Marlowe, Showbiz Reporter", Byline(author="Jess Marlowe")),
        (
            "Published 9 Dec 2022, 10:00 | By Jess Marlowe",
            Byline(author="Jess Marlowe", date="2022-12-09"),
        ),
        ("Written by Jane Doe and John Roe", Byline(author="Jane Doe and John Roe")),
        ("8 December 2022", Byline(date="2022-12-08")),
        ("Thu 8 Dec 2022 22.00 GMT", Byline(date="2022-12-08")),
        ("Wednesday, 7th December 2022, 4:45 pm", Byline(date="2022-12-07")),
        ("Published: 14 May 2023 17:31", Byline(date="2023-05-14")),
        ("December 9, 2022", Byline(date="2022-12-09")),
        ("2022-12-07", Byline(date="2022-12-07")),
        ("May 2023", Byline(date="2023-05")),
        ("Updated Wed, 7 December 2022 at 9:31 am", Byline(date="2022-12-07", updated=True)),
        (
            "Posted on December 9, 2022 by sofacritic",
            Byline(author="sofacritic", date="2022-12-09"),
        ),
        (
            "By Jane Doe | Published 7 December 2022 | 3 min read",
            Byline(author="Jane Doe", date="2022-12-07"),
        ),
        ("Jane Doe · Updated 7 December 2022", Byline("Jane Doe", "2022-12-07", updated=True)),
        ("By JANE FOXLEY FOR NEWSDESK ONLINE", Byline(author="JANE FOXLEY")),
        ("By JANE FOXLEY SHOWBIZ REPORTER", Byline(author="JANE FOXLEY")),
        ("By Tom Reddy Chief TV Critic", Byline(author="Tom Reddy")),
        (
            "Published: 10:31 GMT, 7 December 2022 | Updated: 12:02 GMT, 8 December 2022",
            Byline(date="2022-12-07"),
        ),
        # The date after the author's name, past a comma, a dash or "on".
        ("By Jane Doe, 12 March 2023", Byline(author="Jane Doe", date="2023-03-12")),
        ("By Jane Doe - 12 March 2023", Byline(author="Jane Doe", date="2023-03-12")),
        ("By Jane Doe on Sunday 12 March 2023", Byline(author="Jane Doe", date="2023-03-12")),
        (
            "By Jane Doe, Culture Editor, 12 March 2023, 09:00",
            Byline(author="Jane Doe", date="2023-03-12"),
        ),
        (
            "By Jane Doe, updated 12 March 2023",
            Byline(author="Jane Doe", date="2023-03-12", updated=True),
        ),
        # "Updated:" with its colon is an update too.
        ("Updated: 3 January 2024 10:00", Byline(date="2024-01-03", updated=True)),
        # A date in figures: a number over 12 is the day, either way round.
        ("Published: 25/03/2023", Byline(date="2023-03-25")),
        ("Published: 03/25/2023", Byline(date="2023-03-25")),
        ("Published 3.3.2023", Byline(date="2023-03-03")),
        # Day and month that could be either way round give no date, and say so.
        (
            "Published: 12/03/2023",
            Byline(
                doubt="12/03/2023 could be 2023-03-12 or 2023-12-03",
                readings=("2023-03-12", "2023-12-03"),
            ),
        ),
        (
            "By Jane Doe, 03/04/2023",
            Byline(
                author="Jane Doe",
                doubt="03/04/2023 could be 2023-04-03 or 2023-03-04",
                readings=("2023-04-03", "2023-03-04"),
            ),
        ),
        # Four digits first are the year, as Japanese pages write a date.
        ("2022/12/06", Byline(date="2022-12-06")),
        ("Published 2022.12.06 10:00", Byline(date="2022-12-06")),
        (
            "Published: 12/03/2023 | Updated: 14 March 2023",
            Byline(date="2023-03-14", updated=True),
        ),
        # A year in two digits, read in the hundred years up to this one (2026).
        ("Published 12.25.22", Byline(date="2022-12-25")),
        ("Published 12/25/22", Byline(date="2022-12-25")),
        ("25.12.99", Byline(date="1999-12-25")),
        ("8 Dec 22", Byline(date="2022-12-08")),
        ("Thu 8 Dec 22 22.30 GMT", Byline(date="2022-12-08")),
        ("December 8, 22", Byline(date="2022-12-08")),
        ("By Jane Doe, 8th December 08", Byline(author="Jane Doe", date="2008-12-08")),
        ("Dec '22", Byline(date="2022-12")),
        ("Updated 8 Dec ’22", Byline(date="2022-12-08", updated=True)),
        # Day and month either way round, as with four digits; and two digits first
        # may be the year, as Japanese pages write it: 22/12/06 is 6 December 2022 there.
        (
            "Published 08/12/22",
            Byline(
                doubt="08/12/22 could be 2022-12-08, 2022-08-12 or 2008-12-22",
                readings=("2022-12-08", "2022-08-12", "2008-12-22"),
                year_first="2008-12-22",
            ),
        ),
        (
            "12/03/23",
            Byline(
                doubt="12/03/23 could be 2023-03-12, 2023-12-03 or 2012-03-23",
                readings=("2023-03-12", "2023-12-03", "2012-03-23"),
                year_first="2012-03-23",
            ),
        ),
        (
            "Published 22/12/06",
            Byline(
                doubt="22/12/06 could be 2006-12-22 or 2022-12-06",
                readings=("2006-12-22", "2022-12-06"),
                year_first="2022-12-06",
            ),
        ),
        (
            "Published 25/12/22",
            Byline(
                doubt="25/12/22 could be 2022-12-25 or 2025-12-22",
                readings=("2022-12-25", "2025-12-22"),
                year_first="2025-12-22",
            ),
        ),
        # A date's label right after the name, and the date of publication before an
        # update's, whichever comes first.
        (
            "By Amy Rees Updated: 9 December 2022, 08:15 | Published: 8 December 2022, 07:00",
            Byline(author="Amy Rees", date="2022-12-08"),
        ),
        ("By Amy Rees Published: 8 December 2022", Byline(author="Amy Rees", date="2022-12-08")),
        (
            "Published 7 December 2022 | Updated 9 December 2022",
            Byline(date="2022-12-07"),
        ),
        # What kind of piece it is, before "by", as a tabloid labels its scoops.
        ("EXCLUSIVE by Gary Stone", Byline(author="Gary Stone")),
        ("Exclusive: By Gary Stone, Showbiz Editor", Byline(author="Gary Stone")),
        ("Review by Helen Marsh", Byline(author="Helen Marsh")),
    ],
)
def test_a_byline_or_date_line(line: str, byline: Byline) -> None:
    assert read_byline(line) == byline


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the film, Ruth is exhausted.",
        "By Christmas, the film will have been seen by millions of viewers, it said.",
        "By Christmas, Winslet had finished.",
        "By Tuesday Winslet Said Yes.",
        "The story was co-written by Kate Winslet and Dominic Savage.",
        "I Am Ruth airs on 8 December 2022.",
        "Jane Doe",
        "Kate Winslet | Drama",
        "Share | Tweet",
        "2022-13-45",
        "31 December",
        "By " * 20,
        "",
        # Digits Python's isdigit() takes and int() does not: no day, no date.
        "¹",
        "¹st December 2022",
        "²⁰²²-¹²-⁰⁸",
        "32/03/2023",
        "13/13/2023",
        "12/03-2023",
        # Two digits are a year only after a day and a month, or after an apostrophe.
        "Dec 22",
        "22 December",
        "22 8 December",
        "8 December 123",
        "8 December '2",
        "8 December ²²",
        "12/03/223",
        "By Christmas, 8 December 2022 was the date.",
        "By the 12 March 2023",
        "Directed by Dominic Savage",
        "Exclusive interview by the BBC team.",
    ],
)
def test_a_line_that_is_no_byline(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harriet Quayle", True),
        ("Mary-Jo O'Neill", True),
        ("J. R. Hartley", True),
        ("Kate W", True),
        ("By Tom Askew", False),
        ("TellyAddict", False),
        ("Kate Winslet and Mia", False),
        ("Channel 4", False),
    ],
)
def test_a_name_alone(line: str, expected: bool) -> None:
    assert is_name(line) is expected


@pytest.mark.parametrize(
    ("line", "read", "relative"),
    [
        ("3 min read", True, False),
        ("·3-min read", True, False),
        ("2 minute read", True, False),
        ("2h ago", False, True),
        ("3 hours ago", False, True),
        ("an hour ago", False, True),
        ("yesterday", False, True),
        ("read more", False, False),
        ("long ago", False, False),
        ("h ago", False, False),
    ],
)
def test_read_and_posting_times(line: str, read: bool, relative: bool) -> None:
    assert (is_read_time(line), is_relative_time(line)) == (read, relative)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # An outlet's or a writer's name, then the date: the date only, since which of
        # the two the name is cannot be told.
        ("Northshire Echo, 14 August 2025", Byline(date="2025-08-14")),
        ("Yahoo UK, Thu 8 Dec 2022", Byline(date="2022-12-08")),
        ("Dexerto - 14/05/2023", Byline(date="2023-05-14")),
        ("Channel 4 News – 8 December 2022", Byline(date="2022-12-08")),
        ("London, Updated 8 December 2022", Byline(date="2022-12-08", updated=True)),
        # A writer's name and role: the first comma or dash parts the name from the role,
        # not the date, and the next one gives the date.
        ("Jess Marlowe – Culture Editor, 8 December 2022", Byline(date="2022-12-08")),
        ("Jess Marlowe, Culture Editor, 8 December 2022", Byline(date="2022-12-08")),
        ("Jess Marlowe - Culture Editor - 8 December 2022", Byline(date="2022-12-08")),
        (
            "Dexerto, 03/04/2023",
            Byline(
                doubt="03/04/2023 could be 2023-04-03 or 2023-03-04",
                readings=("2023-04-03", "2023-03-04"),
            ),
        ),
        # A sentence, a time with no day, a name of lower case or of six words: none.
        ("Kate Winslet, 47, stars in it", None),
        ("Channel 4, 9.00pm", None),
        ("the paper, 8 December 2022", None),
        ("One Two Three Four Five Six, 8 December 2022", None),
        ("Jess Marlowe – culture editor, 8 December 2022", None),
    ],
)
def test_a_date_line_naming_its_outlet_or_writer_first(line: str, byline: Byline | None) -> None:
    assert read_byline(line) == byline


def test_a_megabyte_line_is_no_byline() -> None:
    assert read_byline("By Jane Doe " * 90_000) is None
    assert not is_name("Jane " * 200_000)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ada Mensah", "Ada Mensah"),
        ("Ada Mensah, Culture reporter", "Ada Mensah"),
        ("Ada Mensah, who wrote the book about it, said so.", None),
        ("Ada Mensah, said.", None),
        ("Culture reporter", None),
    ],
)
def test_a_name_and_a_role(line: str, name: str | None) -> None:
    assert name_of(line) == name


@pytest.mark.parametrize(
    ("year", "two", "read"),
    [
        (2026, 22, 2022),
        (2026, 26, 2026),
        (2026, 27, 1927),  # a page is never dated after the day it is read
        (2026, 99, 1999),
        (2026, 0, 2000),
        (2030, 27, 2027),
        (2100, 0, 2100),
        (2100, 1, 2001),
    ],
)
def test_a_two_digit_year_is_the_last_ending_so_up_to_this_one(
    monkeypatch: pytest.MonkeyPatch, year: int, two: int, read: int
) -> None:
    monkeypatch.setattr(bylines, "_this_year", lambda: year)
    assert read_byline(f"Published 12/25/{two:02d}") == Byline(date=f"{read}-12-25")
    assert read_byline(f"25 Dec {two:02d}") == Byline(date=f"{read}-12-25")


BODY = "Nora Vell wrote the new play.\n\nThe Glass Orchard opens at the Lantern Theatre.\n"


def test_a_date_line_s_two_digit_year_gives_the_publication_date(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date line "Thu 7 Mar 25" gave no publication date, and with one passed it was
    drafted from: its "7 Mar" listed as a date no cue took."""
    article = play_project / "a.txt"
    article.write_text(f"By Ada Mensah\nThu 7 Mar 25 10.00 GMT\n\n{BODY}", encoding="utf-8")
    assert main(["a.txt", "--outlet", "X"]) == 0
    assert capsys.readouterr().out.split("source:\n", 1)[1] == (
        "  id: x-2025-03-07\n"
        "  outlet: X\n"
        '  title: "Nora Vell wrote the new play."\n'
        "  published: 2025-03-07\n"
        "  author: Ada Mensah\n"
        "claims:\n"
        "  - id: venue-the-glass-orchard-lantern-theatre\n"
        "    subject: The Glass Orchard\n"
        "    property: venue\n"
        "    value: Lantern Theatre\n"
        '    excerpt: "The Glass Orchard opens at the Lantern Theatre."\n'
    )
    # With a date passed, the line is still no sentence to draft from.
    assert main(["a.txt", "--outlet", "X", "--published", "2025-03-07"]) == 0
    assert "Mar" not in capsys.readouterr().out
    article.write_text(f"{BODY}\nPublished 07/03/25\n", encoding="utf-8")
    assert main(["a.txt", "--outlet", "X"]) == 2
    assert capsys.readouterr().err == (
        "factlint draft: a.txt: no publication date in the article (its date line's 07/03/25 "
        "could be 2025-03-07, 2025-07-03 or 2007-03-25): pass --published DATE\n"
    )


def test_a_byline_saying_what_the_piece_is_is_no_heading(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "EXCLUSIVE by Ada Mensah" was read as a heading, a title the dataset does not
    know, and every cue naming no subject under it was about nothing: "Runs for two
    hours" gave no claim."""
    article = play_project / "a.txt"
    article.write_text(
        "Nora Vell's new play opens at the Lantern Theatre\n\nEXCLUSIVE by Ada Mensah\n\n"
        f"{BODY}\nRuns for two hours with an interval.\n",
        encoding="utf-8",
    )
    assert main(["a.txt", "--outlet", "X", "--published", "2025-03-07"]) == 0
    out = capsys.readouterr().out
    assert "  author: Ada Mensah\n" in out
    assert (
        "    subject: The Glass Orchard\n"
        "    property: running_time\n"
        '    value: "2 hours"\n'
        '    excerpt: "Runs for two hours with an interval."\n'
    ) in out
