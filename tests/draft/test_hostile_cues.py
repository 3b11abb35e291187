"""Hostile articles against the shipped dataset's cues: a run of 100,000 characters
where each pattern reads a name set off, a title's kind, a year in an awards' name or
the words before a cue set off by a comma. Each is read once from where it starts, never
again from each character of the run; the draft stays the one expected. Nothing here
is timed."""

from __future__ import annotations

from pathlib import Path

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")
INFO = SourceInfo("s", "Desk", "I Am Ruth review", "2023-05-15")
RUN = 100_000


def _ids(text: str) -> list[str]:
    out = draft(read_article(f"I Am Ruth review\n\n{text}\n".encode()), DATASET, INFO)
    return [line[8:] for line in out.splitlines() if line.startswith("  - id: ")]


def test_spaces_between_a_name_and_the_name_set_off_after_it() -> None:
    text = "The son of Kate Winslet," + " " * RUN + "Joe Anders, plays Billy."
    assert _ids(text) == []


def test_commas_after_a_name_before_its_verb() -> None:
    assert _ids("Kate Winslet" + ", " * (RUN // 2) + "plays Billy.") == []


def test_spaces_between_a_title_and_the_comma_setting_off_starring() -> None:
    text = "I Am Nicola" + " " * RUN + ", starring Vicky McClure, came first."
    assert _ids(text) == ["cast-member-i-am-nicola-vicky-mcclure"]


def test_spaces_in_a_titles_bracketed_year_before_starring() -> None:
    text = "I Am Nicola (" + " " * RUN + "2019), starring Vicky McClure, came first."
    assert _ids(text) == ["cast-member-i-am-nicola-vicky-mcclure"]


def test_capitalised_words_before_the_comma_setting_off_starring() -> None:
    text = "Line" + " Of" * (RUN // 3) + ", starring Vicky McClure, came first."
    assert _ids(text) == []


def test_a_work_called_by_its_kind_again_and_again_after_for() -> None:
    text = "Kate Winslet won Leading Actress for the" + " Channel 4 drama" * (RUN // 16)
    assert _ids(text + " I Am Ruth.") == [
        "award-received-kate-winslet-bafta-tv-award-for-leadi",
        "network-i-am-ruth-channel-4",
    ]


def test_years_filling_an_awards_name() -> None:
    text = "Kate Winslet won Leading Actress at the " + "2023 " * (RUN // 5)
    # One claim, with the year: the award without it, the first clause's, says less.
    assert _ids(text + "BAFTA TV Awards for I Am Ruth.") == [
        "award-received-kate-winslet-bafta-tv-award-for-leadi",
    ]


def test_possessives_between_shares_and_the_other_parent() -> None:
    text = "Winslet shares Mia with" + " her" * (RUN // 4) + " ex-husband Jim Threapleton."
    assert _ids(text) == ["child-of-mia-threapleton-kate-winslet"]


def test_spaces_between_shares_with_and_the_other_parent() -> None:
    text = "Joe, whom she shares with" + " " * RUN + "Sam Mendes, plays Billy."
    assert _ids(text) == ["child-of-joe-anders-sam-mendes"]


def test_lives_between_played_by_and_the_name() -> None:
    text = "Her daughter is played by" + " her daughter in life," * (RUN // 22)
    assert _ids(text + " Mia Threapleton.") == []


def test_three_thousand_names_in_a_list_before_a_cues_verb() -> None:
    """Each later name of a list may have "the actress" or "her son" before it: read as
    two optional groups, each could match nothing, and a list of 12 names was tried in
    2**12 ways at each name of the sentence (40,000 characters: two minutes)."""
    text = "The son of " + "Kate Winslet, " * 3_000 + "Joe Anders, plays Billy."
    assert _ids(text) == ["cast-member-i-am-ruth-joe-anders"]


def test_names_with_their_ages_set_off_before_a_stand_in() -> None:
    # Each name of the run asks whether the sentence opens on a stand-in, and the
    # stand-in of the next reads each name's age: each is read once, from its start.
    text = "Kate Winslet and " + "Mia Threapleton, 22, " * (RUN // 21)
    assert _ids(text + "arrived. The actress, 47, is mum to Joe.") == [
        "age-mia-threapleton-22",
        "age-kate-winslet-47",
        "child-of-joe-anders-kate-winslet",
    ]


def test_commas_after_a_quoted_title_before_its_verb() -> None:
    text = "Viewers loved 'I Am Ruth'" + ", " * (RUN // 2) + "which aired on Channel 4."
    assert _ids(text) == []


def test_spaces_after_a_quoted_title_s_comma_and_closing_mark() -> None:
    # The comma inside the closing mark, as US outlets print it; then a run of the
    # relative pronoun, of which only the last opens the clause.
    text = 'Viewers loved "I Am Ruth,"' + " " * RUN + "which aired on Channel 4."
    assert _ids(text) == ["network-i-am-ruth-channel-4"]
    text = '"I Am Ruth,' * (RUN // 11) + '" which aired on Channel 4.'
    assert _ids(text) == ["network-i-am-ruth-channel-4"]
    assert _ids('"I Am Ruth,"' + " which" * (RUN // 6) + " aired on Channel 4.") == []


def test_spaces_after_a_fronted_in_before_its_year() -> None:
    # Not the sentence's year: the run is no "In 2022," and April is 2023's.
    text = "In" + " " * RUN + "2022, filming began in April."
    assert _ids(text) == ["filming-start-i-am-ruth-2023-04"]


def test_a_long_word_after_a_count_of_hour_long_things() -> None:
    assert _ids("The film runs to seven hour-long " + "a" * RUN + "s.") == [
        "runtime-i-am-ruth-7-hours"
    ]


def test_spaces_after_a_transcript_s_answer_label() -> None:
    text = "A:" + " " * RUN + "I Am Ruth airs on Channel 4."
    assert _ids(text) == ["network-i-am-ruth-channel-4"]
    out = draft(read_article(f"I Am Ruth review\n\n{text}\n".encode()), DATASET, INFO)
    assert '    excerpt: "I Am Ruth airs on Channel 4."' in out.splitlines()


def test_spaces_and_dates_between_born_on_and_the_place() -> None:
    text = "Kate Winslet was born on 5 October" + " " * RUN + "1975 in Reading."
    assert _ids(text) == [
        "birth-date-kate-winslet-1975-10-05",
        "place-of-birth-kate-winslet-reading",
    ]
    # A run of dates is no one date: the first is the birth date, the place no one's.
    text = "Kate Winslet was born on " + "5 October 1975 " * (RUN // 15) + "in Reading."
    assert _ids(text) == ["birth-date-kate-winslet-1975-10-05"]


def test_spaces_between_a_daughter_with_and_the_other_parent() -> None:
    text = "Mia Threapleton is Winslet's daughter with" + " " * RUN + "Jim Threapleton."
    assert _ids(text) == [
        "child-of-mia-threapleton-jim-threapleton",
        "child-of-mia-threapleton-kate-winslet",
    ]
    text = "Mia Threapleton is Winslet's daughter" + " with" * (RUN // 5) + " Jim Threapleton."
    assert _ids(text) == ["child-of-mia-threapleton-kate-winslet"]


def test_many_works_of_two_kinds_before_a_work_called_by_its_kind() -> None:
    # "The drama" after a drama and the film named since is the film the article is about.
    text = "I Am Kirsty, " * (RUN // 13) + "and I Am Ruth. The drama airs on Channel 4."
    assert _ids(text) == ["network-i-am-ruth-channel-4"]
    text = "I Am Kirsty and I Am Ruth. " * (RUN // 27) + "The drama airs on Channel 4."
    assert _ids(text) == ["network-i-am-ruth-channel-4"]


def test_runs_inside_two_people_called_together() -> None:
    both = ["cast-member-i-am-ruth-kate-winslet", "cast-member-i-am-ruth-mia-threapleton"]
    named = "Kate Winslet and Mia Threapleton star in I Am Ruth. "
    text = named + "The mother and" + " " * RUN + "daughter play Ruth and Freya."
    assert _ids(text) == both
    text = named + "The mother and daughter" + " and daughter" * (RUN // 13) + " play Ruth."
    assert _ids(text) == both
    text = named + "The " + "mother " * (RUN // 7) + "and daughter play Ruth and Freya."
    assert _ids(text) == both


def test_spaces_or_owners_between_a_director_s_name_and_the_work() -> None:
    both = ["director-i-am-ruth-dominic-savage", "cast-member-i-am-ruth-kate-winslet"]
    text = "Dominic Savage's" + " " * RUN + "drama I Am Ruth stars Kate Winslet."
    assert _ids(text) == both
    text = "Dominic Savage's drama " * (RUN // 23) + "I Am Ruth stars Kate Winslet."
    assert _ids(text) == both


def test_spaces_and_words_between_a_parents_name_and_daughter() -> None:
    text = "Mia Threapleton is Winslet's eldest" + " " * RUN + "daughter with Jim Threapleton."
    assert _ids(text) == [
        "child-of-mia-threapleton-jim-threapleton",
        "child-of-mia-threapleton-kate-winslet",
    ]
    # More words than a gap reads are no one's child.
    assert _ids("Mia Threapleton is the" + " eldest" * (RUN // 7) + " daughter of Kate.") == []


def test_spaces_after_a_names_comma_before_its_verb() -> None:
    # Each space of the run was a place a name and a list were tried again.
    assert _ids("Mia Threapleton," + " " * RUN + "plays Freya.") == []
    assert _ids("Mia Threapleton" + " " * RUN + "plays Freya.") == [
        "cast-member-i-am-ruth-mia-threapleton"
    ]


def test_spaces_after_a_quoted_title_before_the_clause_of_its_maker() -> None:
    text = 'Kate Winslet stars in "I Am Ruth,"' + " " * RUN + "which Dominic Savage created."
    assert _ids(text) == [
        "cast-member-i-am-ruth-kate-winslet",
        "created-by-i-am-ruth-dominic-savage",
    ]
    # A run of commas and closing marks: only the first comma is the title's.
    text = 'Kate Winslet stars in "I Am Ruth' + ',"' * (RUN // 2) + " which Dominic Savage created."
    assert _ids(text) == ["cast-member-i-am-ruth-kate-winslet"]


def test_spaces_or_words_saying_when_between_a_name_and_its_verb() -> None:
    text = "Kate Winslet" + " " * RUN + "now stars in I Am Ruth."
    assert _ids(text) == ["cast-member-i-am-ruth-kate-winslet"]
    # One such word is read, not a run of them.
    assert _ids("Kate Winslet" + " now" * (RUN // 4) + " stars in I Am Ruth.") == []
    assert _ids("Kate Winslet" + " memorably" * (RUN // 10) + " plays Ruth.") == []


def test_spaces_or_kinds_words_before_the_show() -> None:
    text = (
        "Kate Winslet won Leading Actress for I Am Ruth. The" + " " * RUN + "show won Single Drama."
    )
    assert _ids(text) == [
        "award-received-kate-winslet-bafta-tv-award-for-leadi",
        "award-received-i-am-ruth-bafta-tv-award-for-singl",
    ]
    # Up to two words say what the show is; a run of them is none.
    assert _ids("The" + " TV show" * (RUN // 8) + " won Single Drama.") == []


def test_spaces_or_years_before_the_winner_of_a_year() -> None:
    # A sentence this long is excerpted around each cue's words: the claim the words
    # after the run give without the year is the one with it, saying less (one claim).
    text = "In 2024," + " " * RUN + "I Am Ruth won Single Drama."
    assert _ids(text) == [
        "award-received-i-am-ruth-bafta-tv-award-for-singl",
    ]
    assert _ids("I Am Ruth won Single Drama in" + " 2024," * (RUN // 6) + " 2024.") == [
        "award-received-i-am-ruth-bafta-tv-award-for-singl",
    ]


def test_spaces_or_clauses_between_a_name_and_as_its_part() -> None:
    text = "Joe Anders, Winslet's son with Sam Mendes," + " " * RUN + "appears, as Billy."
    assert _ids(text) == [
        "cast-member-i-am-ruth-joe-anders",
        "child-of-joe-anders-kate-winslet",
        "child-of-joe-anders-sam-mendes",
    ]
    assert _ids("Sam Mendes" + ", appears" * (RUN // 9) + ", as Billy.") == []


def test_spaces_between_a_work_beside_its_kind_and_that_airs() -> None:
    text = "I Am Ruth, a new drama" + " " * RUN + "that airs on Channel 4 on 8 December."
    assert _ids(text) == [
        "first-broadcast-i-am-ruth-2023-12-08",
        "network-i-am-ruth-channel-4",
    ]


def test_spaces_between_a_debut_and_its_channel() -> None:
    text = "I Am Ruth debuts" + " " * RUN + "on Channel 4 on 8 December."
    assert _ids(text) == ["network-i-am-ruth-channel-4"]  # the day is past a gap's reach
    text = "Mia Threapleton, 22," + " " * RUN + "who co-starred in the film, was there."
    assert _ids(text) == ["age-mia-threapleton-22", "cast-member-i-am-ruth-mia-threapleton"]
