"""The shipped dataset's cue phrases on short made-up sentences, written the ways the
press writes each fact: every claim drafted, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.read.files import Limits, LoadedFile, parse_text

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")

Row = tuple[str, str, Any, dict[str, Any]]


def _claims(sentence: str, published: str = "2022-12-06") -> list[Row]:
    """The claims drafted from an article of the sentence, under a paragraph naming the
    film (a cue without {subject} is about the film the article names)."""
    text = f"Notes\n\nA word on I Am Ruth.\n\n{sentence}\n"
    info = SourceInfo("s", "Desk", "Notes", published)
    loaded = parse_text(draft(read_article(text.encode()), DATASET, info), "d.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    return [
        (c["subject"], c["property"], c["value"], c.get("qualifiers") or {})
        for c in loaded.data["claims"]
    ]


RUTH = "I Am Ruth"
CASES: dict[str, tuple[str, list[Row]]] = {
    # A work named right before "starring" is the one starred in, not the article's.
    "another-work-starring": (
        "The series began in 2019 with I Am Nicola starring Vicky McClure.",
        [("I Am Nicola", "cast_member", "Vicky McClure", {})],
    ),
    "sees-someone-play": (
        "The drama sees Winslet play Ruth, a single mother.",
        [(RUTH, "cast_member", "Kate Winslet", {"character": "Ruth"})],
    ),
    "first-shown": (
        "The drama was first shown on Channel 4 on 8 December 2022.",
        [(RUTH, "first_broadcast", "2022-12-08", {}), (RUTH, "network", "Channel 4", {})],
    ),
    "will-premiere": (
        "Channel 4 said that I Am Ruth will premiere on 8 December 2022.",
        [(RUTH, "first_broadcast", "2022-12-08", {})],
    ),
    # A TV guide's and a review's wording of the running time.
    "runs-around": (
        "The film runs around an hour and a half without adverts.",
        [(RUTH, "runtime", {"about": 90}, {})],
    ),
    "running-to": (
        "It is the first feature-length film in the series, running to about 90 minutes.",
        [(RUTH, "runtime", {"about": 90}, {})],
    ),
    "made-by": (
        "The film, made by Me+You Productions, was a hit.",
        [(RUTH, "production_company", "Me+You Productions", {})],
    ),
    # What one wins "at" is where: the awards, not an award won.
    "won-at-the-awards": (
        "I Am Ruth won two prizes at the BAFTA TV Awards, and Winslet won Leading Actress.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "premiered": (
        "I Am Ruth premiered on 8 December 2022.",
        [(RUTH, "first_broadcast", "2022-12-08", {})],
    ),
    # A relative clause of 82 characters between the work and its verb.
    "a-long-appositive": (
        "The film, in which Winslet plays a mother struggling to reach her 17-year-old "
        "daughter Freya, also won best single drama at the ceremony.",
        [
            (RUTH, "cast_member", "Kate Winslet", {}),
            (RUTH, "award_received", "BAFTA TV Award for Single Drama", {}),
        ],
    ),
    # One person named for two jobs gives both: "writer and director, X" gave neither,
    # "writer-director X" only the director.
    "writer-and-director": (
        "It comes from writer and director, Dominic Savage.",
        [(RUTH, "director", "Dominic Savage", {}), (RUTH, "story_by", "Dominic Savage", {})],
    ),
    "writer-director": (
        "The drama, from writer-director Dominic Savage, is raw.",
        [(RUTH, "story_by", "Dominic Savage", {}), (RUTH, "director", "Dominic Savage", {})],
    ),
    "writer-slash-director": (
        "It is the work of writer/director Dominic Savage.",
        [(RUTH, "director", "Dominic Savage", {}), (RUTH, "story_by", "Dominic Savage", {})],
    ),
    "who-plays": (
        "Mia Threapleton, who stars as Freya, is a revelation.",
        [(RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"})],
    ),
    "is-played-by": (
        "Freya is played with real menace by Mia Threapleton.",
        [(RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"})],
    ),
    # "Ruth's" is no character: the part is not named, the actor is.
    "played-by": (
        "Ruth's son is played by Joe Anders.",
        [(RUTH, "cast_member", "Joe Anders", {})],
    ),
    # The one playing is the daughter, not Winslet whose daughter she is.
    "played-by-someone-s-child": (
        "The girl, Freya, is played by Kate Winslet's eldest child, Mia Threapleton.",
        [(RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"})],
    ),
    # A slot, adverts included, is no running time.
    "a-slot": (
        "The channel has given it a two-hour slot.",
        [(RUTH, "broadcast_slot", "2 hours", {})],
    ),
    # The actor in brackets after the part, with more said of them before the bracket
    # closes: whose child they are, as between commas.
    "part-then-actor-and-more": (
        "Her daughter Freya (Mia Threapleton, Winslet's own daughter) has stopped talking.",
        [
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
        ],
    ),
    # A regional paper's way of casting: the part, then who "takes" it.
    "part-taken-by": (
        "The part of Freya is taken by Winslet's real-life daughter Mia Threapleton.",
        [
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
        ],
    ),
    # An awards-night headline in the present tense, and a prize "collected".
    "wins-award": (
        "Kate Winslet wins Leading Actress as I Am Ruth takes two awards.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "collected-the-award": (
        "Kate Winslet collected the leading actress prize at the Royal Festival Hall.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "has-a-part-as": (
        "Joe Anders has a small but vital part as Billy.",
        [(RUTH, "cast_member", "Joe Anders", {"character": "Billy"})],
    ),
    "written-and-directed-by": (
        "The drama was written and directed by Dominic Savage.",
        [
            (RUTH, "director", "Dominic Savage", {}),
            (RUTH, "story_by", "Dominic Savage", {}),
        ],
    ),
    "created-and-directed-by": (
        "Created and directed by Dominic Savage, it is unflinching.",
        [
            (RUTH, "created_by", "Dominic Savage", {}),
            (RUTH, "director", "Dominic Savage", {}),
        ],
    ),
    "developed-with": (
        "The story was developed over a year with Kate Winslet.",
        [(RUTH, "story_by", "Kate Winslet", {})],
    ),
    "instalment-of-the-series": (
        "It is the third instalment in the I Am series.",
        [(RUTH, "part_of_series", "I Am", {})],
    ),
    "someone-s-anthology": (
        "Dominic Savage's anthology series I Am is back.",
        [
            ("I Am", "created_by", "Dominic Savage", {}),
            (RUTH, "part_of_series", "I Am", {}),
        ],
    ),
    # In an article of May 2023, "aired in December" is December 2022.
    "which-aired-on": (
        "I Am Ruth, which aired on Channel 4 in December, won again.",
        [
            (RUTH, "first_broadcast", "2022-12", {}),
            (RUTH, "network", "Channel 4", {}),
        ],
    ),
    "is-on": (
        "I Am Ruth is on Channel 4 on Thursday at 9pm.",
        [
            (RUTH, "first_broadcast", "2022-12-08T21:00", {}),
            (RUTH, "network", "Channel 4", {}),
        ],
    ),
    "producer-and-company": (
        "It was produced by Me+You Productions, with producer Krishnendu Majumdar.",
        [
            (RUTH, "producer", "Krishnendu Majumdar", {}),
            (RUTH, "production_company", "Me+You Productions", {}),
        ],
    ),
    "suggested-casting": (
        "Dominic Savage first suggested casting Mia Threapleton.",
        [(RUTH, "casting_suggested_by", "Dominic Savage", {})],
    ),
    "suggested-for-the-part": (
        "Kate Winslet had suggested her daughter for the part.",
        [(RUTH, "casting_suggested_by", "Kate Winslet", {})],
    ),
    "was-named": (
        "I Am Ruth was named best single drama.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    "won-for-her-role-in": (
        "Kate Winslet won Leading Actress for her role in I Am Ruth.",
        [
            (
                "Kate Winslet",
                "award_received",
                "BAFTA TV Award for Leading Actress",
                {"for_work": RUTH},
            )
        ],
    ),
    "ceremony-held-at-on": (
        "The 2023 BAFTA TV Awards were held at the Royal Festival Hall on Sunday.",
        [
            ("BAFTA TV Awards 2023", "ceremony_date", "2023-05-14", {}),
            ("BAFTA TV Awards 2023", "ceremony_venue", "Royal Festival Hall", {}),
        ],
    ),
    # A two-word name in lower case is no name ("leading actress"); the phrase the
    # press uses is one, in any case.
    "won-the-bafta-for": (
        "Kate Winslet won the Bafta for leading actress.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "at-the-venue-where": (
        "The night belonged to her at the Royal Festival Hall in London, where the "
        "BAFTA TV Awards 2023 were staged.",
        [("BAFTA TV Awards 2023", "ceremony_venue", "Royal Festival Hall", {})],
    ),
    "filming-started": (
        "Filming started at the beginning of March in Kent.",
        [(RUTH, "filming_start", "2022-03", {})],
    ),
    "went-to": (
        "Best single drama went to I Am Ruth.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    "winner-of": (
        "I Am Ruth, winner of best single drama, returns.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    "is-up-for": (
        "Kate Winslet is up for the Bafta for leading actress.",
        [("Kate Winslet", "nominated_for", "BAFTA TV Award for Leading Actress", {})],
    ),
    "at-the-ceremony-on": (
        "Kate Winslet was honoured at the BAFTA TV Awards 2023 on Sunday.",
        [("BAFTA TV Awards 2023", "ceremony_date", "2023-05-14", {})],
    ),
    "also-won": (
        "I Am Ruth also won best single drama.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    "took-home-the-award-for": (
        "Kate Winslet took home the award for leading actress.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "held-on-at": (
        "The BAFTA TV Awards 2023 were held on Sunday at the Royal Festival Hall.",
        [
            ("BAFTA TV Awards 2023", "ceremony_date", "2023-05-14", {}),
            ("BAFTA TV Awards 2023", "ceremony_venue", "Royal Festival Hall", {}),
        ],
    ),
    "looks-at": (
        "The drama looks at body image.",
        [(RUTH, "theme", "body image", {})],
    ),
    "latest-in": (
        "It is the latest drama in the I Am anthology.",
        [(RUTH, "part_of_series", "I Am", {})],
    ),
    "age-before-who-plays": (
        "Mia Threapleton, 22, who plays Freya, is superb.",
        [
            ("Mia Threapleton", "age", 22, {}),
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
        ],
    ),
    "nominations-announced": (
        "Nominations for the BAFTA TV Awards 2023 were announced on 22 March.",
        [("BAFTA TV Awards 2023", "nominations_announced", "2023-03-22", {})],
    ),
    "born-in": (
        "Kate Winslet, who was born in Reading, trained at a theatre school.",
        [("Kate Winslet", "place_of_birth", "Reading", {})],
    ),
    "place-born": (
        "The Reading-born Kate Winslet is in it.",
        [("Kate Winslet", "place_of_birth", "Reading", {})],
    ),
    "is-someone-s-daughter": (
        "Mia Threapleton, 22, is Kate Winslet's daughter.",
        [
            ("Mia Threapleton", "age", 22, {}),
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
        ],
    ),
    # A son named after ", and" in a list of children is the one "her son with" is about.
    "son-with-after-and": (
        "She also has Joe Anders, whose father is Sam Mendes, and nine-year-old Bear "
        "Winslet, her son with husband Edward Abel Smith.",
        [
            ("Joe Anders", "child_of", "Sam Mendes", {}),
            ("Bear Winslet", "age", 9, {}),
            ("Bear Winslet", "child_of", "Edward Abel Smith", {}),
        ],
    ),
    # A parent named after "'s father is", past whose husband he is.
    "father-is": (
        "Mia Threapleton's father is Winslet's first husband, Jim Threapleton.",
        [
            ("Mia Threapleton", "child_of", "Jim Threapleton", {}),
            ("Kate Winslet", "spouse", "Jim Threapleton", {}),
        ],
    ),
    "mum-is": (
        "Joe Anders's mum is Kate Winslet.",
        [("Joe Anders", "child_of", "Kate Winslet", {})],
    ),
    # The part named after "the title role of" is the work's title character.
    "title-role": (
        "Kate Winslet plays the title role of Ruth.",
        [(RUTH, "cast_member", "Kate Winslet", {"character": "Ruth"})],
    ),
    "takes-the-title-role": (
        "Kate Winslet takes on the title role of Ruth.",
        [(RUTH, "cast_member", "Kate Winslet", {"character": "Ruth"})],
    ),
    "the-daughter-of": (
        "Mia Threapleton, the daughter of Kate Winslet and Jim Threapleton, trained in London.",
        [
            ("Mia Threapleton", "child_of", "Jim Threapleton", {}),
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
        ],
    ),
    # A part named as the possessive clause's own noun is the work's part, whoever's
    # daughter she is; "whose father is director ..." has a verb between (below).
    "whose-daughter-part": (
        "Kate Winslet plays Ruth, a single mother whose 17-year-old daughter Freya "
        "(Mia Threapleton) is consumed by social media.",
        [
            (RUTH, "cast_member", "Kate Winslet", {"character": "Ruth"}),
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
        ],
    ),
    "whose-father-is": (
        "Joe Anders, whose father is Sam Mendes, plays Billy.",
        [
            (RUTH, "cast_member", "Joe Anders", {"character": "Billy"}),
            ("Joe Anders", "child_of", "Sam Mendes", {}),
        ],
    ),
    # Mendes is the father, not 18 and not the film's director; Joe is 18.
    "son-with": (
        "Joe Anders, Winslet's 18-year-old son with the director Sam Mendes, plays Billy.",
        [
            (RUTH, "cast_member", "Joe Anders", {"character": "Billy"}),
            ("Joe Anders", "age", 18, {}),
            ("Joe Anders", "child_of", "Sam Mendes", {}),
            ("Joe Anders", "child_of", "Kate Winslet", {}),
        ],
    ),
    "is-her-son-with": (
        "Joe is her son with the director Sam Mendes.",
        [("Joe Anders", "child_of", "Sam Mendes", {})],
    ),
    # "her" in the appositive making Mia Winslet's daughter is Winslet's, not Mia's.
    "daughter-with": (
        "Mia Threapleton, Winslet's daughter with her first husband Jim Threapleton, is 22.",
        [
            ("Kate Winslet", "spouse", "Jim Threapleton", {}),
            ("Mia Threapleton", "child_of", "Jim Threapleton", {}),
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
        ],
    ),
    # Winslet is not 22: the age is her daughter's.
    "year-old-of": (
        "The 22-year-old daughter of Kate Winslet is a revelation.",
        [],
    ),
    # How long filming took, read as the words have it; the month is when it began.
    "filming-took": (
        "Filming began at the end of April 2022 and took three weeks.",
        [
            (RUTH, "filming_start", "2022-04", {}),
            (RUTH, "filming_duration", "3 weeks", {}),
        ],
    ),
    "a-shoot": (
        "It was a ten-day shoot in a house in Surrey.",
        [(RUTH, "filming_duration", "10 days", {})],
    ),
    "plays-a-described-part": (
        "Mia, 22, plays troubled teen Freya and Kate Winslet plays her mum Ruth.",
        [
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
            (RUTH, "cast_member", "Kate Winslet", {"character": "Ruth"}),
            ("Mia Threapleton", "age", 22, {}),
        ],
    ),
    # "mum to Freya" leads to someone else: Winslet is not Freya.
    "mum-to-a-part": ("Kate Winslet plays mum to Freya.", []),
    # The clause after ", while" is about Joe: he is neither 17 nor Mia's son.
    "while-clause": (
        "Mia Threapleton plays 17-year-old Freya, while Winslet's son Joe Anders appears as "
        "Freya's brother Billy.",
        [
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
            (RUTH, "cast_member", "Joe Anders", {"character": "Billy"}),
            ("Joe Anders", "child_of", "Kate Winslet", {}),
        ],
    ),
    # The film called by its kind is the film the article names, never a person.
    "directed-the-film": (
        "Dominic Savage directed the film.",
        [(RUTH, "director", "Dominic Savage", {})],
    ),
    "the-drama-which-aired": (
        "The drama, which aired at 9pm on Thursday, left viewers in tears.",
        [(RUTH, "first_broadcast", "2022-12-08T21:00", {})],
    ),
    "the-drama-also-won": (
        "Winslet was there. The drama, in which she starred opposite her daughter, also won "
        "Best Single Drama.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    # ", and" after one name starts a clause: Winslet created nothing here.
    "created-by-and-a-clause": (
        "The film was created by Dominic Savage, and Winslet improvised her lines.",
        [(RUTH, "created_by", "Dominic Savage", {}), (RUTH, "dialogue_improvised", True, {})],
    ),
    # "It" is the work a sentence before named, never a person.
    "it-airs": (
        "It airs on Channel 4 at 9pm on Thursday.",
        [
            (RUTH, "first_broadcast", "2022-12-08T21:00", {}),
            (RUTH, "network", "Channel 4", {}),
        ],
    ),
    "it-is-no-person": ("Kate Winslet was there. It was born in Reading.", []),
    "has-won": (
        "Kate Winslet has won her first television BAFTA, taking the Leading Actress award.",
        [("Kate Winslet", "award_received", "BAFTA TV Award for Leading Actress", {})],
    ),
    "drama-about": (
        "It is a new TV drama about social media addiction.",
        [(RUTH, "theme", "social media addiction", {})],
    ),
    "over-its-length": (
        "Over its 90 minutes, scenes run long past the point of comfort.",
        [(RUTH, "runtime", "90 min", {})],
    ),
    "speaking-on-a-programme": (
        "Speaking on ITV's Lorraine last week, Kate Winslet said the shoot was hard.",
        [("Kate Winslet", "appeared_on", "Lorraine", {})],
    ),
    "a-company-s-film": (
        "I Am Ruth, a Me+You Productions film, is out. Its producer is Krishnendu Majumdar.",
        [
            (RUTH, "production_company", "Me+You Productions", {}),
            (RUTH, "producer", "Krishnendu Majumdar", {}),
        ],
    ),
    "latest-in-someone-s-series": (
        "It is the latest drama in Dominic Savage's I Am series.",
        [(RUTH, "part_of_series", "I Am", {}), ("I Am", "created_by", "Dominic Savage", {})],
    ),
    "a-channel-s-anthology": (
        "It is part of his Channel 4 anthology series I Am.",
        [(RUTH, "part_of_series", "I Am", {}), ("I Am", "network", "Channel 4", {})],
    ),
    "story-developed-by": (
        "The story was developed by Savage and Winslet together.",
        [(RUTH, "story_by", "Dominic Savage", {}), (RUTH, "story_by", "Kate Winslet", {})],
    ),
    "which-has-starred": (
        "It is part of the anthology I Am, which has previously starred Vicky McClure and "
        "Suranne Jones.",
        [
            (RUTH, "part_of_series", "I Am", {}),
            ("I Am", "cast_member", "Vicky McClure", {}),
            ("I Am", "cast_member", "Suranne Jones", {}),
        ],
    ),
    "at-the-ceremony-at-on": (
        "She won at the ceremony at the Royal Festival Hall on Sunday night, at the BAFTA TV "
        "Awards 2023.",
        [
            ("BAFTA TV Awards 2023", "ceremony_venue", "Royal Festival Hall", {}),
            ("BAFTA TV Awards 2023", "ceremony_date", "2023-05-14", {}),
        ],
    ),
    # The participle is said of the work named just before it, not of the article's.
    "a-work-starring": (
        "It follows I Am Victoria, starring Suranne Jones.",
        [("I Am Victoria", "cast_member", "Suranne Jones", {})],
    ),
    "will-be-shown": (
        "I Am Ruth will be shown on Channel 4 on Thursday, 8 December, at 9pm.",
        [
            (RUTH, "first_broadcast", "2022-12-08T21:00", {}),
            (RUTH, "network", "Channel 4", {}),
        ],
    ),
    "has-been-nominated": (
        "Kate Winslet has been nominated for the Bafta for leading actress.",
        [("Kate Winslet", "nominated_for", "BAFTA TV Award for Leading Actress", {})],
    ),
    "plays-someone-s-son-comma": (
        "Joe Anders plays Ruth's son, Billy.",
        [(RUTH, "cast_member", "Joe Anders", {"character": "Billy"})],
    ),
    # The director named in a list is a parent here, not the film's director.
    "daughter-of-a-list-with-an-epithet": (
        "Mia Threapleton, the daughter of Kate Winslet and the director Jim Threapleton, "
        "plays Freya.",
        [
            (RUTH, "cast_member", "Mia Threapleton", {"character": "Freya"}),
            ("Mia Threapleton", "child_of", "Kate Winslet", {}),
            ("Mia Threapleton", "child_of", "Jim Threapleton", {}),
        ],
    ),
    "who-directed-and-wrote": (
        "Savage, who directed the film, wrote the story with Winslet.",
        [
            (RUTH, "director", "Dominic Savage", {}),
            (RUTH, "story_by", "Dominic Savage", {}),
            (RUTH, "story_by", "Kate Winslet", {}),
        ],
    ),
    "latest-in-someone-s-anthology": (
        "I Am Ruth, which airs on Channel 4, is the latest in Savage's I Am anthology.",
        [
            (RUTH, "network", "Channel 4", {}),
            (RUTH, "part_of_series", "I Am", {}),
            ("I Am", "created_by", "Dominic Savage", {}),
        ],
    ),
    "was-married-to": (
        "Kate Winslet was married to Jim Threapleton.",
        [("Kate Winslet", "spouse", "Jim Threapleton", {})],
    ),
    "marriage-to": (
        "Kate Winslet's marriage to Sam Mendes ended in 2010.",
        [("Kate Winslet", "spouse", "Sam Mendes", {})],
    ),
    # One husband: the name after "and" is no second one.
    "her-husband-and-someone": (
        "Kate Winslet and her husband Edward Abel Smith and Joe Anders went.",
        [("Kate Winslet", "spouse", "Edward Abel Smith", {})],
    ),
    # Who "her" is cannot be told: Winslet and Kelly are both named before it.
    "her-husband-after-two-names": (
        "Kate Winslet told Lorraine Kelly about her husband, Edward Abel Smith.",
        [],
    ),
    # The director is her husband, not the film's.
    "her-husband-the-director": (
        "Kate Winslet arrived with her husband, the director Sam Mendes.",
        [("Kate Winslet", "spouse", "Sam Mendes", {})],
    ),
    # A title before the name with no "the", as news style writes it: the director
    # is her ex-husband, and the article does not say he directed the film.
    "her-ex-husband-director": (
        "Kate Winslet said her ex-husband, director Sam Mendes, had seen it.",
        [("Kate Winslet", "spouse", "Sam Mendes", {})],
    ),
    "her-daughter-an-actress": (
        "Kate Winslet's daughter, award-winning actress Mia Threapleton, was there.",
        [("Mia Threapleton", "child_of", "Kate Winslet", {})],
    ),
    # Outside a cue tying the name to someone, the role's cue is the film's.
    "director-alone": (
        "Kate Winslet thanked director Dominic Savage.",
        [(RUTH, "director", "Dominic Savage", {})],
    ),
    # "The series" is the series named before it, not the film the article is about.
    "the-series-named-before": (
        "It is the latest instalment of the series I Am. "
        "The series, created by Dominic Savage, tells a woman's story in each film.",
        [(RUTH, "part_of_series", "I Am", {}), ("I Am", "created_by", "Dominic Savage", {})],
    ),
    "the-anthology-series-named-before": (
        "It is the latest instalment of the series I Am. "
        "The acclaimed anthology series, created by Dominic Savage, began in 2019.",
        [(RUTH, "part_of_series", "I Am", {}), ("I Am", "created_by", "Dominic Savage", {})],
    ),
    # With no series named, the film the article is about is the drama so called.
    "the-award-winning-drama": (
        "The BAFTA-winning drama, created by Dominic Savage, was a hit.",
        [(RUTH, "created_by", "Dominic Savage", {})],
    ),
    "the-previous-drama": ("The previous drama was created by Dominic Savage.", []),
    # A length before words saying what the film is.
    "a-length-before-words-and-the-kind": (
        "Savage made a 90-minute standalone film about grief.",
        [(RUTH, "runtime", "90 min", {})],
    ),
    "a-length-before-words-and-the-kind-named": (
        "I Am Victoria, a 90-minute single drama, came first.",
        [("I Am Victoria", "runtime", "90 min", {})],
    ),
    # "Feature-length" states no length: nothing is drafted for it. "The
    # feature-length drama" is the film, called by its kind.
    "feature-length": (
        "The feature-length drama airs on Channel 4 tonight.",
        [
            (RUTH, "first_broadcast", "2022-12-06", {}),
            (RUTH, "network", "Channel 4", {}),
        ],
    ),
    "a-half-hour-film": (
        "It is a half-hour film.",
        [(RUTH, "runtime", "30 min", {})],
    ),
    # The length is the named work's, not the film the article names.
    "another-work-is-a-length": (
        "I Am Victoria is a 90-minute film.",
        [("I Am Victoria", "runtime", "90 min", {})],
    ),
    "lasts": (
        "The drama lasts an hour and a half.",
        [(RUTH, "runtime", "90 min", {})],
    ),
    "opens-the-third-series-of": (
        "It opens the third series of I Am.",
        [(RUTH, "part_of_series", "I Am", {})],
    ),
    "the-third-instalment-of": (
        "The third instalment of the I Am strand stars Kate Winslet.",
        [(RUTH, "part_of_series", "I Am", {})],
    ),
    # Another work's instalment is that work's, not the film the article names.
    "another-work-s-instalment": (
        "I Am Victoria was the second instalment of I Am.",
        [("I Am Victoria", "part_of_series", "I Am", {})],
    ),
    # "He" is a person, never the film.
    "he-is-part-of": ("Dominic Savage wrote it. He is part of I Am.", []),
    # Winslet owns what follows her name: she is no second name of the cast list.
    "stars-someone-s-son": (
        "The film stars Joe Anders, Winslet's eldest son.",
        [(RUTH, "cast_member", "Joe Anders", {}), ("Joe Anders", "child_of", "Kate Winslet", {})],
    ),
    # Ruth's son is 16, not Joe; Mendes is no son of Winslet's.
    "who-plays-someone-s-son": ("Joe Anders, who plays Ruth's 16-year-old son, is 18.", []),
    "father-of-her-son": (
        "Sam Mendes, Winslet's ex-husband and the father of her son, was there.",
        [],
    ),
    # "I" outside a quotation is no one the draft can name.
    "i-directed-it-in-the-narration": ("I directed it, and I am proud of it.", []),
    "won-a-category-in-lower-case": (
        "I Am Ruth won single drama.",
        [(RUTH, "award_received", "BAFTA TV Award for Single Drama", {})],
    ),
    # A name with a word of fewer than three letters is no name in lower case.
    "i-am-in-lower-case": ("It is part of what i am trying to do.", []),
}
PUBLISHED = {
    "which-aired-on": "2023-05-10",
    "ceremony-held-at-on": "2023-05-16",
    "at-the-ceremony-on": "2023-05-16",
    "held-on-at": "2023-05-16",
    "nominations-announced": "2023-05-16",
    "the-drama-which-aired": "2022-12-09",
    "has-won": "2023-05-15",
    "at-the-ceremony-at-on": "2023-05-15",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_sentence_gives_its_claims_and_no_other(case: str) -> None:
    sentence, expected = CASES[case]
    found = _claims(sentence, PUBLISHED.get(case, "2022-12-06"))
    assert sorted(found, key=repr) == sorted(expected, key=repr)


def test_a_name_the_dataset_writes_in_capitals_before_a_dash_is_no_dateline() -> None:
    """ "BAFTA – The academy ..." lost "BAFTA –" from its sentence, taken for a place as
    "LONDON –" is: the dataset writes the academy's name so, never a place's."""
    text = "Awards\n\nBAFTA – The academy named I Am Ruth best single drama on Sunday.\n"
    info = SourceInfo("s", "Desk", "Awards", "2023-05-15")
    listed = draft(read_article(text.encode()), DATASET, info).partition("# - ")[2]
    assert listed == (
        "date: Sunday\n#   in: BAFTA – The academy named I Am Ruth best single drama on Sunday.\n"
    )
