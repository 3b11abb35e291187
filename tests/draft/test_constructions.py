"""Short made-up articles, each written the way one kind of outlet writes one
construction, drafted with the shipped dataset: every claim drafted, with its excerpt,
and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

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


# A broadsheet's review: "feature-length" states no length, and the earlier dramas'
# "hour-long" is not this film's; a stated length is drafted, and a length set after
# another work's name and a comma is that work's.
RUNTIME_REVIEW = """\
TV review: I Am Ruth finds Winslet at her rawest

Reviews | Television

Where the earlier I Am dramas were hour-long, I Am Ruth is feature-length, and it \
needs every minute.

Channel 4 has given it a two-hour slot, but the drama is 92 minutes long.

Next week's I Am Victoria, a 90-minute film, is less assured. An hour-long companion \
documentary follows on More4.
"""


def test_runtimes_in_a_review() -> None:
    slot = "Channel 4 has given it a two-hour slot, but the drama is 92 minutes long."
    assert _drafted(RUNTIME_REVIEW, "2022-12-08") == [
        ("I Am Ruth", "broadcast_slot", "2 hours", {}, slot),
        ("I Am Ruth", "runtime", "92 min", {}, slot),
        (
            "I Am Victoria",
            "runtime",
            "90 min",
            {},
            "Next week's I Am Victoria, a 90-minute film, is less assured.",
        ),
    ]


# A listings magazine's pick of the day.
RUNTIME_LISTING = """\
Tonight's pick: I Am Ruth

Channel 4, 9pm

Kate Winslet leads this hour-long drama from Dominic Savage, and Mia Threapleton is a \
revelation as her daughter.
"""


def test_an_hour_long_drama() -> None:
    # The listing's line "Channel 4, 9pm" under the headline gives the channel; "this
    # drama from Dominic Savage" its creator.
    leads = (
        "Kate Winslet leads this hour-long drama from Dominic Savage, and Mia "
        "Threapleton is a revelation as her daughter."
    )
    assert _drafted(RUNTIME_LISTING, "2022-12-08") == [
        ("I Am Ruth", "network", "Channel 4", {}, "Channel 4, 9pm"),
        ("I Am Ruth", "runtime", "1 hour", {}, leads),
        ("I Am Ruth", "created_by", "Dominic Savage", {}, leads),
    ]


# An entertainment site's news story: an ordinal instalment or series of a series the
# dataset knows is the named work's; "His earlier films" are no work's (the one named
# after them, "such as I Am Kirsty", is), and a series commissioned is no claim that
# the article's film is in it.
SERIES = """\
Winslet to lead a new chapter of Dominic Savage's I Am

Entertainment News

I Am Ruth is the third instalment of I Am, the anthology Dominic Savage began in 2019.

I Am Victoria, with Suranne Jones, belonged to the second series of I Am. His earlier \
films, such as I Am Kirsty, belonged to the first series of I Am.

Channel 4 has already commissioned the fourth series of I Am.
"""


def test_ordinal_instalments_and_series() -> None:
    assert _drafted(SERIES, "2022-11-30") == [
        (
            "I Am Ruth",
            "part_of_series",
            "I Am",
            {},
            "I Am Ruth is the third instalment of I Am, the anthology Dominic Savage began "
            "in 2019.",
        ),
        (
            "I Am Victoria",
            "part_of_series",
            "I Am",
            {},
            "I Am Victoria, with Suranne Jones, belonged to the second series of I Am.",
        ),
        (
            "I Am Kirsty",
            "part_of_series",
            "I Am",
            {},
            "His earlier films, such as I Am Kirsty, belonged to the first series of I Am.",
        ),
    ]


# An arts page: an appositive gives its name's parent and age (the age holds at the
# publication date, the claim's as_of by default); the age before one name's clause is
# not the next name's, and a parent's former husband is no child of hers.
KINSHIP = """\
Kate Winslet's children join her on screen

By Arts Correspondent

The cast of I Am Ruth is a family affair. Joe Anders, Winslet's 18-year-old son, \
plays Billy, and Mia Threapleton, Winslet's 22-year-old daughter, plays Freya.

Sam Mendes, Winslet's ex-husband and the father of her son, was not involved.
"""


def test_appositive_age_and_kinship() -> None:
    excerpt = (
        "Joe Anders, Winslet's 18-year-old son, plays Billy, and Mia Threapleton, "
        "Winslet's 22-year-old daughter, plays Freya."
    )
    assert _drafted(KINSHIP, "2022-12-02") == [
        ("Joe Anders", "age", 18, {}, excerpt),
        ("I Am Ruth", "cast_member", "Joe Anders", {"character": "Billy"}, excerpt),
        ("Joe Anders", "child_of", "Kate Winslet", {}, excerpt),
        ("Mia Threapleton", "age", 22, {}, excerpt),
        ("I Am Ruth", "cast_member", "Mia Threapleton", {"character": "Freya"}, excerpt),
        ("Mia Threapleton", "child_of", "Kate Winslet", {}, excerpt),
    ]


# A film magazine's interview: "I" in a quotation is the one it is attributed to; "I"
# in the narration, or in words no cue reads as a credit ("I wrote it down"), is not.
FIRST_PERSON = """\
Dominic Savage: ‘The actors find the words themselves’

By Film Desk

The film-maker behind I Am Ruth, which stars Kate Winslet, talks about his method.

“I wrote it with Kate, over months of conversations,” Dominic Savage said. “I directed \
it in a house in Kent, and we never used a script.”

“I wrote it down every night,” added Mia Threapleton, who kept a diary on set.

I directed it, I should add, says the critic writing this column.
"""


def test_first_person_credits_in_quotations() -> None:
    wrote = "I wrote it with Kate, over months of conversations"
    directed = "I directed it in a house in Kent, and we never used a script."
    credit = f"“{wrote},” Dominic Savage said."
    behind = "The film-maker behind I Am Ruth, which stars Kate Winslet, talks about his method."
    assert _drafted(FIRST_PERSON, "2022-11-30") == [
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, behind),
        ("Dominic Savage", "said", wrote, {}, wrote),
        ("I Am Ruth", "story_by", "Dominic Savage", {}, credit),
        ("I Am Ruth", "story_by", "Kate Winslet", {}, credit),
        ("I Am Ruth", "director", "Dominic Savage", {}, f"“{directed}”"),
        ("Dominic Savage", "said", directed, {}, directed),
        (
            "Mia Threapleton",
            "said",
            "I wrote it down every night",
            {},
            "I wrote it down every night",
        ),
    ]


# A news site's awards report, its categories in lower case: each is the dataset's award
# of that name; "I am" at a sentence's start is no series.
AWARDS = """\
Baftas 2023: Winslet and I Am Ruth win big

By Awards Reporter

Kate Winslet won leading actress on Sunday night, and I Am Ruth took home the award for \
single drama.

Earlier, Winslet said she had never been nominated for a TV Bafta before. I am \
thrilled, she told the room.
"""


def test_award_categories_in_lower_case() -> None:
    excerpt = (
        "Kate Winslet won leading actress on Sunday night, and I Am Ruth took home the "
        "award for single drama."
    )
    assert _drafted(AWARDS, "2023-05-15") == [
        (
            "Kate Winslet",
            "award_received",
            "BAFTA TV Award for Leading Actress",
            {"year": "2023"},  # "on Sunday night", published on Monday 15 May 2023
            excerpt,
        ),
        ("I Am Ruth", "award_received", "BAFTA TV Award for Single Drama", {}, excerpt),
    ]


# A trade paper's renewal story: "which NAME created" and "created by" clauses give the
# creator of the work they follow; "which he created" names no one the draft can tell
# ("he" is not Winslet, the only person that sentence names).
CREATORS = """\
Channel 4 brings back I Am for a third run

By TV Editor

The network has renewed I Am, which Dominic Savage created in 2019, and I Am Ruth, \
created by Savage with Kate Winslet, opens the new run.

Winslet praised I Am, which he created, as a gift to actors.
"""


def test_created_in_relative_clauses() -> None:
    excerpt = (
        "The network has renewed I Am, which Dominic Savage created in 2019, and I Am "
        "Ruth, created by Savage with Kate Winslet, opens the new run."
    )
    assert _drafted(CREATORS, "2022-11-30") == [
        ("I Am", "created_by", "Dominic Savage", {}, excerpt),
        ("I Am Ruth", "created_by", "Dominic Savage", {}, excerpt),
    ]


# A person named again by surname, paragraphs after the article named
# him in full, in a relative clause: "the series" is the article's series.
SERIES_CREATOR = """\
The I Am series returns to Channel 4

By TV Desk

The I Am series returns next month with three new films.

Dominic Savage has spent three years on the anthology. Each instalment follows one \
woman. Viewers have written in their thousands. Filming took place in Gloucestershire.

Savage, who created the series, said the films are built from improvisation.
"""

# In an article about the film, which names no series, "the series" is the one the
# dataset records the film as part of, never the film; "the drama" is the film ("the
# new film from" its creator says so first).
FILM_AND_SERIES_CREATOR = """\
Kate Winslet stars in I Am Ruth tonight

By TV Desk

I Am Ruth, the new film from Dominic Savage, airs tonight.

Kate Winslet plays Ruth, a mother whose daughter is slipping away. I Am Ruth was \
filmed in Gloucestershire. The cast improvised every line.

Savage, who created the series, said the films are built from trust.

Savage, who created the drama, said it took a year to make.
"""


def test_created_the_series_said_later() -> None:
    assert _drafted(SERIES_CREATOR, "2022-11-05") == [
        (
            "I Am",
            "created_by",
            "Dominic Savage",
            {},
            "Savage, who created the series, said the films are built from improvisation.",
        ),
    ]
    new_film = "I Am Ruth, the new film from Dominic Savage, airs tonight."
    assert _drafted(FILM_AND_SERIES_CREATOR, "2022-11-05") == [
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, "Kate Winslet stars in I Am Ruth tonight"),
        ("I Am Ruth", "first_broadcast", "2022-11-05", {}, new_film),
        ("I Am Ruth", "created_by", "Dominic Savage", {}, new_film),
        (
            "I Am Ruth",
            "cast_member",
            "Kate Winslet",
            {"character": "Ruth"},
            "Kate Winslet plays Ruth, a mother whose daughter is slipping away.",
        ),
        ("I Am Ruth", "dialogue_improvised", True, {}, "The cast improvised every line."),
        (
            "I Am",
            "created_by",
            "Dominic Savage",
            {},
            "Savage, who created the series, said the films are built from trust.",
        ),
    ]
    # Where nothing says so before, "who created the drama" gives the film its creator.
    drama = FILM_AND_SERIES_CREATOR.replace(", the new film from Dominic Savage,", "")
    assert _drafted(drama, "2022-11-05")[-1] == (
        "I Am Ruth",
        "created_by",
        "Dominic Savage",
        {},
        "Savage, who created the drama, said it took a year to make.",
    )


def _phrasings() -> list[tuple[str, str, list[Row]]]:
    """The cases of phrasings.yaml: (article, published, the rows its draft gives)."""
    cases = yaml.safe_load((Path(__file__).parent / "phrasings.yaml").read_text("utf-8"))
    out = []
    for case in cases:
        if "text" in case:
            article = f"I Am Ruth review\n\n{case['text']}\n"
            rows = [(s, p, v, q, case["text"]) for s, p, v, q in case["claims"]]
        else:
            article, rows = case["article"], [tuple(row) for row in case["claims"]]
        out.append((article, case["published"], rows))
    return out


PHRASINGS = _phrasings()


@pytest.mark.parametrize(("article", "published", "expected"), PHRASINGS)
def test_phrasings(article: str, published: str, expected: list[Row]) -> None:
    assert _drafted(article, published) == expected


# An article about the series: "the new film" is the one film the dataset puts in it,
# and the part named after "as" is the film's, not lost with the series' claim.
SERIES_NEW_FILM = """\
The I Am series is back with a third run

By TV Desk

The I Am series returns to Channel 4 next month with a third run of single dramas.

The new film stars Kate Winslet as Ruth, a mother who watches her daughter vanish into \
her phone. Mia Threapleton stars as Freya in the new film.
"""


def test_the_part_played_in_the_new_film_of_a_series() -> None:
    """The part went with the series' claim, which a cue naming the film replaced: the
    film's cast member was drafted without it."""
    assert _drafted(SERIES_NEW_FILM, "2022-11-05") == [
        (
            "I Am Ruth",
            "cast_member",
            "Kate Winslet",
            {"character": "Ruth"},
            "The new film stars Kate Winslet as Ruth, a mother who watches her daughter "
            "vanish into her phone.",
        ),
        (
            "I Am Ruth",
            "cast_member",
            "Mia Threapleton",
            {"character": "Freya"},
            "Mia Threapleton stars as Freya in the new film.",
        ),
    ]


# A Japanese report: the speaker's name runs into the particle after it, in katakana or
# in Latin letters, with a title ("監督") between them or none; or "と" and the speaker
# follow the quotation.
JAPANESE = """\
ケイト・ウィンスレット、娘と初共演

ケイト・ウィンスレットは「娘と一緒に演じるのは本当に特別な経験でした」と語った。

ドミニク・サヴェージ監督によると「脚本は一行もありませんでした。すべて即興です」という。

「撮影の初日から、二人の間には信頼がありました」とサヴェージ監督は振り返った。

Winsletが「彼女は私よりずっと勇敢な俳優です」と話した。
"""


def test_a_japanese_speaker_s_name_runs_into_its_particle() -> None:
    """No speaker was found: a name was a whole word only, and "ウィンスレットは" is one
    word to that reading; the quotations were listed."""
    assert [(s, p, v) for s, p, v, _, _ in _drafted(JAPANESE, "2022-12-06")] == [
        ("Kate Winslet", "said", "娘と一緒に演じるのは本当に特別な経験でした"),
        ("Dominic Savage", "said", "脚本は一行もありませんでした。すべて即興です"),
        ("Dominic Savage", "said", "撮影の初日から、二人の間には信頼がありました"),
        ("Kate Winslet", "said", "彼女は私よりずっと勇敢な俳優です"),
    ]


# A profile: "she" opens two sentences in a row, the first naming the director after
# it; the second "She" is still Winslet, and so is the "her" of "her daughter".
PROFILE_SHE = """\
Kate Winslet's most personal role

By Features Desk

Kate Winslet has been a star for thirty years.

Now 47, she stars in I Am Ruth, a drama she co-created with director Dominic Savage. \
She plays Ruth, and her daughter Mia Threapleton plays Freya.
"""


def test_a_pronoun_carried_from_the_sentence_before() -> None:
    """The second "She" was the last person the sentence before named, Savage: the
    draft cast him as Ruth and made him Mia Threapleton's parent."""
    assert _drafted(PROFILE_SHE, "2022-12-05")[-4:] == [
        (
            "I Am Ruth",
            "director",
            "Dominic Savage",
            {},
            "Now 47, she stars in I Am Ruth, a drama she co-created with director Dominic Savage.",
        ),
        (
            "I Am Ruth",
            "cast_member",
            "Kate Winslet",
            {"character": "Ruth"},
            "She plays Ruth, and her daughter Mia Threapleton plays Freya.",
        ),
        (
            "Mia Threapleton",
            "child_of",
            "Kate Winslet",
            {},
            "She plays Ruth, and her daughter Mia Threapleton plays Freya.",
        ),
        (
            "I Am Ruth",
            "cast_member",
            "Mia Threapleton",
            {"character": "Freya"},
            "She plays Ruth, and her daughter Mia Threapleton plays Freya.",
        ),
    ]


# An interview's introduction: "His" opens the sentence (the director, named in the
# sentence before), and "her daughter" after Kate Winslet is hers, not his.
HIS_LATEST = """\
Dominic Savage on I Am Ruth

By Arts Desk

Dominic Savage has made films without scripts for a decade.

His latest, I Am Ruth, stars Kate Winslet and her daughter Mia Threapleton.
"""


def test_his_before_a_name_and_her_daughter() -> None:
    """ "His ... daughter Mia Threapleton" made Savage her parent: the gap from "His" ran
    past Winslet and "her". The film set off after "His latest" stars both, the daughter
    listed by what she is to Winslet ("and her daughter Mia"), whose child she is; the
    draft gave Winslet alone, and no parent."""
    line = "His latest, I Am Ruth, stars Kate Winslet and her daughter Mia Threapleton."
    assert _drafted(HIS_LATEST, "2022-12-06") == [
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, line),
        ("I Am Ruth", "cast_member", "Mia Threapleton", {}, line),
        ("Mia Threapleton", "child_of", "Kate Winslet", {}, line),
    ]


# A TV guide's previews, each closing with its listing's line: the channel, and the day
# and time. A day of the week with no date gives no date (the listing says neither past
# nor future); a date without its year takes the publication's, where that is known.
LISTING_LINE = """\
Kate Winslet and her daughter star in a raw new drama

Kate Winslet plays a mother whose teenage daughter has shut herself away from the \
family. The drama was largely improvised.

I Am Ruth, Channel 4, Thursday, 9pm
"""
LISTING_DATE = """\
Kate Winslet and her daughter star in I Am Ruth

Mia Threapleton plays Freya in I Am Ruth, a drama about a family in crisis.

Channel 4, Thursday 8 December, 9pm
"""


def test_a_listing_s_line() -> None:
    line = "I Am Ruth, Channel 4, Thursday, 9pm"
    mother = (
        "Kate Winslet plays a mother whose teenage daughter has shut herself away from the family."
    )
    assert _drafted(LISTING_LINE, "2022-12-06") == [
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, mother),
        ("I Am Ruth", "dialogue_improvised", True, {}, "The drama was largely improvised."),
        ("I Am Ruth", "network", "Channel 4", {}, line),
    ]
    line = "Channel 4, Thursday 8 December, 9pm"
    cast = (
        "I Am Ruth",
        "cast_member",
        "Mia Threapleton",
        {"character": "Freya"},
        "Mia Threapleton plays Freya in I Am Ruth, a drama about a family in crisis.",
    )
    assert _drafted(LISTING_DATE, "2022-12-06") == [
        cast,
        ("I Am Ruth", "first_broadcast", "2022-12-08T21:00", {}, line),
        ("I Am Ruth", "network", "Channel 4", {}, line),
    ]
    # Published on or after a day of another year: "8 December" has no year to take.
    assert _drafted(LISTING_DATE, "2022-12-06/") == [
        cast,
        ("I Am Ruth", "network", "Channel 4", {}, line),
    ]


# Credits as the press writes them: a title or praise between "by" (or "starring") and
# the name, and writing and directing in either order.
CREDITS = """\
Kate Winslet and her daughter in I Am Ruth

Created and directed by BAFTA winner Dominic Savage, the film was largely improvised.

I Am Ruth, starring Oscar winner Kate Winslet, was directed and written by Dominic Savage.

The director praised Kate Winslet for her courage.
"""


def test_credits_with_what_the_person_is() -> None:
    created = (
        "Created and directed by BAFTA winner Dominic Savage, the film was largely improvised."
    )
    written = (
        "I Am Ruth, starring Oscar winner Kate Winslet, was directed and written by Dominic Savage."
    )
    assert _drafted(CREDITS, "2022-12-06") == [
        ("I Am Ruth", "created_by", "Dominic Savage", {}, created),
        ("I Am Ruth", "director", "Dominic Savage", {}, created),
        ("I Am Ruth", "dialogue_improvised", True, {}, created),
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, written),
        # The director again, from the second sentence, is the same claim.
        ("I Am Ruth", "story_by", "Dominic Savage", {}, written),
    ]
    # "Written and directed by", the name after its title, opening the sentence.
    article = (
        "I Am Ruth\n\nWritten and directed by award-winning Dominic Savage, it follows a family.\n"
    )
    line = article.split("\n")[2]
    assert _drafted(article, "2022-12-06") == [
        ("I Am Ruth", "story_by", "Dominic Savage", {}, line),
        ("I Am Ruth", "director", "Dominic Savage", {}, line),
    ]


# A listing's line parted by bars or bullets, and a preview's "Watch ... on".
LISTING_BARS = """\
Kate Winslet stars in I Am Ruth

Kate Winslet plays Ruth in I Am Ruth, a drama about a mother and her daughter.

I Am Ruth | Channel 4 | Thursday 8 December | 9pm

9pm • Channel 4

Watch I Am Ruth on Thursday 8 December at 9pm on Channel 4.
"""


def test_a_listing_s_line_parted_by_bars() -> None:
    line = "I Am Ruth | Channel 4 | Thursday 8 December | 9pm"
    watch = "Watch I Am Ruth on Thursday 8 December at 9pm on Channel 4."
    assert _drafted(LISTING_BARS, "2022-12-06") == [
        ("I Am Ruth", "cast_member", "Kate Winslet", {}, "Kate Winslet stars in I Am Ruth"),
        (
            "I Am Ruth",
            "cast_member",
            "Kate Winslet",
            {"character": "Ruth"},
            "Kate Winslet plays Ruth in I Am Ruth, a drama about a mother and her daughter.",
        ),
        # The bar's date without the time after the next bar; the time with "at".
        ("I Am Ruth", "first_broadcast", "2022-12-08", {}, line),
        ("I Am Ruth", "network", "Channel 4", {}, line),
        ("I Am Ruth", "first_broadcast", "2022-12-08T21:00", {}, watch),
    ]
