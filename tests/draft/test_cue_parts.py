"""The pieces a cue's pattern is made of: a cue's words as written, the marks a name is
replaced by, the gaps and what each may not run past, an owner's name, and the words
that may stand before a name or say what a thing is."""

from __future__ import annotations

import re

import pytest

from validator.draft.cue_parts import (
    AGENT_EPITHET,
    APPOSITIVE,
    ENTITY,
    EPITHET,
    EPITHET_WORDS,
    FROM_MAKER,
    GAP,
    GAP_IN_CLAUSE,
    GAP_OWNED,
    GAP_TO_NAME,
    KIND_MODIFIERS,
    MEASURE_MODIFIERS,
    NAME_MARK,
    NOT_LIST_END,
    OWNER,
    PARTNER_EPITHET,
    POSSESSED,
    POSSESSIVE,
    ROLE,
    ROLE_WORD,
    kind_called,
    listed,
    literal,
    word_edges,
)
from validator.draft.list_parts import AS_PART, part_in_list

NAME = NAME_MARK[0] + NAME_MARK[1] * 4  # a name of five characters, as marked


def _match(pattern: str, text: str, at: int = 0) -> str | None:
    found = re.compile(pattern).match(text, at)
    return None if found is None else found.group(0)


@pytest.mark.parametrize(
    ("word", "closing", "pattern"),
    [
        ("said", False, "said"),
        ("Winslet's", False, "Winslet['’]s"),
        ("90-minute", False, r"90(?:-|(?<!\s)\s+)minute"),
        ("a+b", False, r"a\+b"),
        ("it.", False, r"it\."),
        ("with,", False, "with,"),
        ("with,", True, r"with[,\.]"),
        ("U.S.", True, r"U\.S[,\.]"),
        (",", True, r"[,\.]"),
        ("said", True, "said"),
    ],
)
def test_a_word_of_a_cue_as_a_pattern(word: str, closing: bool, pattern: str) -> None:
    assert literal(word, closing) == pattern


@pytest.mark.parametrize(
    ("word", "closing", "text", "reads"),
    [
        ("Winslet's", False, "Winslet’s", True),
        ("90-minute", False, "90 minute", True),
        ("90-minute", False, "90  \n minute", True),
        ("90-minute", False, "90minute", False),
        ("with,", True, "with.", True),
        ("with,", False, "with.", False),
        ("(x)*", False, "(x)*", True),
        ("(x)*", False, "xxx", False),
    ],
)
def test_what_a_word_of_a_cue_reads(word: str, closing: bool, text: str, reads: bool) -> None:
    assert (re.fullmatch(literal(word, closing), text) is not None) is reads


def test_a_name_is_its_marks_whatever_its_length() -> None:
    assert NAME_MARK == ("\ue000", "\ue001")
    assert re.fullmatch(ENTITY, NAME) is not None
    assert re.fullmatch(ENTITY, NAME_MARK[0]) is not None
    assert re.fullmatch(ENTITY, NAME_MARK[1]) is None  # a name starts with its first mark


def test_a_gap_is_at_most_sixty_characters_and_no_quotation_mark() -> None:
    assert _match(GAP + "X", "a" * 60 + "X") == "a" * 60 + "X"
    assert _match(GAP + "X", "a" * 61 + "X") is None
    assert _match(GAP + "X", 'he said "X') is None
    assert _match(GAP + "X", "he said “X") is None


@pytest.mark.parametrize("clause", [", while", ", whereas", ",  But", ",while"])
def test_no_gap_runs_into_another_clause(clause: str) -> None:
    for gap in (GAP, GAP_IN_CLAUSE, GAP_TO_NAME):
        assert _match(gap + "X", f"plays Freya{clause} X") is None
    assert _match(GAP + "X", "plays Freya, butter X") == "plays Freya, butter X"


def test_a_gap_after_words_does_not_run_into_a_relative_clause() -> None:
    assert _match(GAP_IN_CLAUSE + "X", "The 47-year-old, who is mum to X") is None
    assert _match(GAP_IN_CLAUSE + "X", "The 47-year-old who X") == "The 47-year-old who X"
    assert _match(GAP + "X", "Winslet, who is mum to X") == "Winslet, who is mum to X"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("18-year-old son X", "18-year-old son X"),
        ("18-year-old son with the director X", None),
        ("22-year-old daughter of X", None),
        ("18-year-old son, and X", None),
        ("18-year-old son, whose X", None),
    ],
)
def test_a_gap_leading_to_a_name_stops_at_with_of_and_clauses(text: str, found: str) -> None:
    assert _match(GAP_TO_NAME + "X", text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (" " + NAME, " " + NAME),
        (" Ruth Wilson Smith Jones Extra", " Ruth Wilson Smith Jones"),  # four words at most
        (" O'Neil", " O'Neil"),
        (" ruth", None),
    ],
)
def test_an_owner_is_a_name_or_up_to_four_capitalised_words(text: str, found: str) -> None:
    assert _match(OWNER, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (" 18-year-old X", " 18-year-old X"),
        (" ex-husband and the father of X", None),
        (" husband, X", None),
        (" son with X", None),
    ],
)
def test_what_a_possessive_owns_leads_nowhere_else(text: str, found: str | None) -> None:
    assert _match(GAP_OWNED + "X", text) == found


@pytest.mark.parametrize(
    ("word", "is_role"),
    [
        ("director", True),
        ("co-star", True),
        ("Oscar-winning", True),
        ("actress’s", True),
        ("and", False),
        ("who", False),
        ("her", False),
        ("said", False),
        ("The", False),
        ("BAFTA", False),
    ],
)
def test_a_word_saying_what_someone_is(word: str, is_role: bool) -> None:
    assert (re.fullmatch(ROLE_WORD, word) is not None) is is_role


def test_a_role_before_a_name() -> None:
    assert _match(EPITHET, "the director Sam") == "the director "
    assert _match(EPITHET, "the Director Sam") == ""
    assert _match(ROLE, "the director Sam") == "the director "
    text = "her ex-husband, Oscar-winning director Sam Mendes"
    assert _match(ROLE, text, text.index("Oscar")) == "Oscar-winning director "
    # Only right after a comma do words alone say what someone is.
    text = "her ex-husband director Sam Mendes"
    assert _match(ROLE, text, text.index("director")) == ""


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("director ", "director "),
        ("acclaimed director ", "acclaimed director "),
        ("actress ", "actress "),
        ("the businessman ", "the businessman "),
        # A verb and a preposition after the comma are no title: the name is their object.
        ("stars opposite ", ""),
        ("played opposite ", ""),
        ("stars ", ""),
        ("joined ", ""),
        ("starred alongside ", ""),
    ],
)
def test_a_role_after_a_comma_ends_in_a_noun(words: str, found: str) -> None:
    text = f"her daughter, {words}Sam"
    assert _match(ROLE, text, text.index(", ") + 2) == found


def test_the_words_of_an_epithet_or_role_are_left_out_of_a_list() -> None:
    assert EPITHET_WORDS.sub("|", "the director and fellow actor, Oscar-winning") == (
        "| and | |, |"
    )


def test_words_saying_what_a_thing_is_but_not_another_one() -> None:
    assert _match(KIND_MODIFIERS, "BAFTA-winning anthology drama") == "BAFTA-winning anthology "
    assert _match(KIND_MODIFIERS, "other drama") == ""
    assert _match(KIND_MODIFIERS, "previous series") == ""
    assert _match(MEASURE_MODIFIERS, " standalone single film") == " standalone single"
    assert _match(MEASURE_MODIFIERS, " standalone film") == " standalone"


@pytest.mark.parametrize("text", ["Mia and X", "Mia And X", "and X", "Mia & X"])
def test_a_name_right_after_and_ends_a_list(text: str) -> None:
    assert re.search(NOT_LIST_END + "X", text) is None


@pytest.mark.parametrize("text", ["Mia, X", "band X", "X"])
def test_a_name_elsewhere_may_go_on_a_list(text: str) -> None:
    assert re.search(NOT_LIST_END + "X", text) is not None


@pytest.mark.parametrize(
    ("text", "owns"),
    [("A's", True), ("A’s", True), ("A'sa", False), ("As", False)],
)
def test_a_possessive_after_a_name(text: str, owns: bool) -> None:
    assert (re.fullmatch("A" + POSSESSIVE, text) is not None) is owns


@pytest.mark.parametrize(
    ("text", "owns"),
    [("her", True), ("His", True), ("their", True), ("mother", False), ("THEIR", False)],
)
def test_a_possessive_pronoun_is_its_own_possessive(text: str, owns: bool) -> None:
    assert (re.search(POSSESSIVE, text) is not None) is owns


def test_a_cue_s_edges_in_a_script_without_spaces_are_no_word_s() -> None:
    assert word_edges("{subject} said") == (r"(?<![\w])", r"(?![\w])")
    assert word_edges("{subject}は") == (r"(?<![\w])", "")
    assert word_edges("と{subject}が") == ("", "")
    assert word_edges("{value} ({character})") == (r"(?<![\w])", "")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("BAFTA winner ", "BAFTA winner "),
        ("Bafta winner ", "Bafta winner "),
        ("award-winning ", "award-winning "),
        ("acclaimed filmmaker ", "acclaimed filmmaker "),
        ("BAFTA-nominated director ", "BAFTA-nominated director "),
        ("", ""),
        # A person's only, whose name never takes "the" (see slot_names): "run by the
        # old Port City" is not the city.
        ("the acclaimed ", "the acclaimed "),
        ("the BAFTA-winning director ", "the BAFTA-winning director "),
        ("the ", ""),
        ("the Port City agency ", ""),
        ("her daughter ", ""),
        ("Jane Doe and ", ""),
        ("Jane Doe ", ""),  # capitalised words alone are a name's
        ("three time award winning ", ""),  # four words: no title so long
    ],
)
def test_what_someone_is_between_by_and_their_name(words: str, found: str) -> None:
    name = NAME_MARK[0] + NAME_MARK[1] * 5
    assert _match(AGENT_EPITHET + ENTITY, words + name) == (
        found + name if found or not words else None
    )


_OWNERS = NAME_MARK[0] + NAME_MARK[1] * 3 + "'s daughter "


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("its star ", True),
        ("her daughter ", True),
        ("her daughter, ", True),
        ("His long-time collaborator ", True),
        (_OWNERS, True),  # the owner's name, then what the one meant is to them
        ("BAFTA winner ", True),
        ("her ", False),  # a possessive says what someone is to another only with a noun
        ("her and ", False),
        ("Jane Doe ", False),  # capitalised words alone are a name's
        ("the help of ", False),
    ],
)
def test_what_someone_is_between_with_and_their_name(words: str, found: bool) -> None:
    name = NAME_MARK[0] + NAME_MARK[1] * 5
    assert _match(PARTNER_EPITHET + ENTITY, words + name) == (words + name if found else None)


@pytest.mark.parametrize(
    ("words", "set_off"),
    [
        (", the younger,", True),
        (", who co-wrote it,", True),
        (", whose star is Kate Winslet, a 90-minute drama,", True),
        (", who co-wrote it, his most famous star,", True),
        (", Which aired in 2022, a drama,", True),
        (", a drama, a film,", False),  # one appositive, or a clause and one
        (", whose star is Kate Winslet, a drama, a film,", False),
        (", whose star: Kate Winslet, a drama,", False),
        (", whose dad, director Sam Mendes, was there,", True),  # the noun's name set off
        (", whose late dad, Sam Mendes, a director,", True),
        (", whose star is Kate Winslet, a director, a film,", False),  # a verb: no noun alone
        ("", True),
    ],
)
def test_what_stands_between_a_name_and_its_verb(words: str, set_off: bool) -> None:
    assert (re.fullmatch(APPOSITIVE, words) is not None) is set_off


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Savage directed this BAFTA-winning drama.", "this BAFTA-winning drama"),
        ("It is the 90-minute tv film.", "the 90-minute tv film"),
        ("The dramas aired.", None),
        ("the dramatist spoke", None),
        # A name owning the work, marked or not; never one pointing elsewhere.
        ("in Dominic Savage's drama, which", "Dominic Savage's drama"),
        (f"in {NAME}’s new drama, which", f"{NAME}’s new drama"),
        ("in Savage's previous drama, which", None),
        ("in savage's drama", None),
    ],
)
def test_a_work_called_by_its_kind(text: str, found: str | None) -> None:
    match = kind_called(("drama", "tv-film")).search(text)
    assert (match.group() if match else None) == found


def test_a_part_after_a_listed_name_only_where_the_property_reads_one_so() -> None:
    """ "as" and a name of up to four capitalised words, in a list of a property whose
    cue "{value} as {QUALIFIER}" reads a part so; none for another property."""
    assert part_in_list(("{value} as {character}", "starring {value}")) != ""
    assert part_in_list(("starring {value}", "{value} plays {character}")) == ""
    assert AS_PART.fullmatch("as Ruth") is not None
    assert AS_PART.fullmatch("as Detective Jane Mary Doe") is not None
    assert AS_PART.fullmatch("as her daughter") is None
    assert AS_PART.search("has Ruth") is None


def test_a_later_name_of_a_list_may_say_what_it_is_to_the_one_before() -> None:
    """ "and her daughter Mia": a possessive pronoun and one or two words before a name;
    never a word leading elsewhere ("her with"), nor words before no name."""
    pattern = rf"{POSSESSED}{ENTITY}"
    assert _match(pattern, f"her daughter {NAME}") == f"her daughter {NAME}"
    assert _match(pattern, f"His real-life son, {NAME}") == f"His real-life son, {NAME}"
    assert _match(pattern, f"her with {NAME}") is None
    assert _match(pattern, "her daughter Mia") is None


def test_the_offsets_a_list_s_names_and_their_words_take() -> None:
    text = "Kate and her daughter Mia"
    names = [(0, 4), (22, 25)]
    assert "".join(" " if i in set(listed(text, names)) else c for i, c in enumerate(text)) == (
        "     and" + " " * 17
    )
    # The first name's words are no list's: "her daughter Mia and Joe" keeps "her".
    assert sorted(listed("her son Joe", [(8, 11)])) == [8, 9, 10]


def test_a_work_called_by_its_kind_may_say_who_it_is_from() -> None:
    pattern = rf"the drama{FROM_MAKER}"
    assert _match(pattern, f"the drama from {NAME} airs") == f"the drama from {NAME}"
    assert _match(pattern, "the drama from Dominic Savage airs") == "the drama from Dominic Savage"
    # A name owning what follows it is no maker: the phrase ends before "from".
    assert _match(pattern, "the drama from Savage's company") == "the drama"
