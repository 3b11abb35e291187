"""Cues as the dataset declares them: loaded with their property, checked by the schema,
compiled, and refused with a message naming the problem."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from validator.dataset.load import DatasetError, load_dataset
from validator.dataset.model import PropertyDef
from validator.draft import cues
from validator.draft.cues import CueError, compile_cue, mark_names


def test_the_loader_keeps_cues_and_kinds(play_project: Path) -> None:
    prop = load_dataset("dataset").properties["cast_member"]
    assert prop.cues == ("{value} as {role}", "{value} plays {role}")
    assert prop.subject_kinds == ("play",)
    assert prop.value_kinds == ("person",)


def test_the_schema_refuses_cues_that_are_not_a_list_of_phrases(play_project: Path) -> None:
    dataset = play_project / "dataset" / "dataset.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(text.replace('cues: ["sold out", "sold-out"]', "cues: sold out"))
    with pytest.raises(DatasetError) as raised:
        load_dataset("dataset")
    assert raised.value.problems == [
        "dataset/dataset.yaml:38:11: properties.sold_out.cues should be a list, not the text "
        "'sold out'"
    ]


CAST = PropertyDef("cast_member", "entity", qualifiers=(("role", "text"),))


def _find(cue: str, text: str, names: list[tuple[int, int]], prop: PropertyDef = CAST) -> str:
    compiled = compile_cue(cue, prop)
    found = compiled.pattern.search(mark_names(text, names))
    return "" if found is None else text[found.start() : found.end()]


def _reads(
    cue: str, named: tuple[str, PropertyDef], matched: list[str], unmatched: list[str]
) -> None:
    """The cue matches each text of `matched` whole, and none of `unmatched`, where the
    text names one name (marked where it first stands)."""
    name, prop = named
    for text in [*matched, *unmatched]:
        start = text.index(name)
        found = _find(cue, text, [(start, start + len(name))], prop)
        assert found == (text if text in matched else ""), text


def test_slots_gaps_optional_words_and_apostrophes() -> None:
    text = "Nora Vell’s new play stars Tomas Reyes, 40, as Abel."
    names = [(0, 9), (27, 38)]
    assert _find("{value}'s new play", text, names) == "Nora Vell’s new play"
    assert _find("{value} as {role}", text, names) == "Tomas Reyes, 40, as Abel"
    assert _find("new ... {value} [also] as {role}", text, names) == (
        "new play stars Tomas Reyes, 40, as Abel"
    )
    assert _find("{value} plays {role}", text, names) == ""


SERIES = PropertyDef("part_of_series", "entity")
STORY = PropertyDef("story_by", "entity")
LENGTH = PropertyDef("runtime", "duration", unit="minutes")


@pytest.mark.parametrize(
    ("cue", "named", "matched", "unmatched"),
    [
        # Letters in brackets inside a word may be left out: both spellings.
        (
            "instal[l]ment of {value}",
            ("The Glass Trilogy", SERIES),
            ["instalment of The Glass Trilogy", "Installment of The Glass Trilogy"],
            ["instalments of The Glass Trilogy", "instaLLLment of The Glass Trilogy"],
        ),
        # A comma or full stop ending a cue reads either; no other mark, and only there.
        (
            "wrote it with {value},",
            ("Nora Vell", STORY),
            ["wrote it with Nora Vell,", "wrote it with Nora Vell."],
            ["wrote it with Nora Vell;", "wrote it with Nora Vell"],
        ),
        (
            "wrote it with {value}.",
            ("Nora Vell", STORY),
            ["wrote it with Nora Vell.", "wrote it with Nora Vell,"],
            ["wrote it with Nora Vell"],
        ),
        (
            "{value}, who co-wrote",
            ("Nora Vell", STORY),
            ["Nora Vell, who co-wrote", "Nora Vell, who co wrote"],
            ["Nora Vell. who co-wrote", "Nora Vell, who cowrote"],
        ),
    ],
)
def test_a_cue_reads_spelling_variants_and_either_closing_mark(
    cue: str, named: tuple[str, PropertyDef], matched: list[str], unmatched: list[str]
) -> None:
    _reads(cue, named, matched, unmatched)


def test_a_hyphen_in_a_cue_reads_a_space() -> None:
    cue = compile_cue("{value}-long play", LENGTH)
    for text in ("a 90-minute-long play", "a 90-minute long play", "a 90 minutes  long play"):
        found = cue.pattern.search(text)
        assert found is not None and found.group(0) == text[2:], text
    assert cue.pattern.search("a 90-minute longer play") is None


def test_a_name_who_acts_may_be_set_off_by_commas() -> None:
    """ "Her mentor, Nora Vell, plays Wren": the comma closing the appositive stands
    before the cue's words; a name not set off needs none."""
    text = "Her mentor, Nora Vell, plays Wren."
    assert _find("{value} plays {role}", text, [(12, 21)]) == "Nora Vell, plays Wren"
    assert _find("{value} plays {role}", "Nora Vell, plays Wren.", [(0, 9)]) == ""
    assert _find("{value} plays {role}", "Nora Vell plays Wren.", [(0, 9)]) == (
        "Nora Vell plays Wren"
    )


def test_a_list_s_names_may_carry_their_ages_unless_a_slot_follows() -> None:
    """ "starring Ida Brook, 31, and Tomas Reyes, 40": one list; in "{value}, {age}" the
    age is the last name's alone, so the list there holds no ages."""
    text = "starring Ida Brook, 31, and Tomas Reyes, 40."
    names = [(9, 18), (28, 39)]
    assert _find("starring {value}", text, names) == "starring Ida Brook, 31, and Tomas Reyes"
    age = PropertyDef("age", "integer")
    compiled = compile_cue("{subject}, {value}.", age)
    found = compiled.pattern.finditer(mark_names(text, names))
    # Each name with its own age: the closing full stop also reads the comma after 31.
    assert [(m.group("subject"), m.group("value")) for m in found] == [
        ("\ue000" + "\ue001" * 8, "31"),
        ("\ue000" + "\ue001" * 10, "40"),
    ]


def test_an_entity_slot_holds_a_list_but_a_speaker_is_one() -> None:
    text = "starring Ida Brook and Tomas Reyes"
    names = [(9, 18), (23, 34)]
    assert _find("starring {value}", text, names) == text
    said = PropertyDef("said", "quote")
    text = "Adding to that, Vell said"
    assert _find("{subject} said", text, [(16, 20)], said) == "Vell said"


def test_a_gap_after_words_runs_into_no_relative_clause_but_after_a_name_may() -> None:
    """ "The 40-year-old, who is father to Ida Brook": Ida Brook is not 40. After a name
    the clause is about that name: "Tomas Reyes, who is father to Ida Brook"."""
    age = PropertyDef("age", "integer")
    text = "The 40-year-old, who is father to Ida Brook, said so."
    assert _find("{value}-year-old ... {subject}", text, [(34, 43)], age) == ""
    text = "His 40-year-old brother, Tomas Reyes, said so."
    assert _find("{value}-year-old ... {subject}", text, [(25, 36)], age) == (
        "40-year-old brother, Tomas Reyes"
    )
    parent = PropertyDef("child_of", "entity")
    text = "Tomas Reyes, who is father to Ida Brook, said so."
    assert _find("{value} ... father to {subject}", text, [(0, 11), (30, 39)], parent) == (
        "Tomas Reyes, who is father to Ida Brook"
    )


def test_a_name_owning_what_follows_ends_no_cue_after_a_gap() -> None:
    """ "played ... by Ida Brook's sister, Nora Vell": the one playing is Nora Vell. Right
    after the cue's words a possessive is still the one ("director Ida Brook's play")."""
    text = "Wren is played, with menace, by Ida Brook's sister, Nora Vell."
    names = [(32, 41), (52, 61)]
    assert _find("{role} is played ... by ... {value}", text, names) == (
        "Wren is played, with menace, by Ida Brook's sister, Nora Vell"
    )
    director = PropertyDef("director", "entity")
    text = "director Ida Brook's new play"
    assert _find("director {value}", text, [(9, 18)], director) == "director Ida Brook"


def test_words_owning_what_follows_end_no_cue_before_a_gap() -> None:
    """ "the 40-year-old's son Tomas Reyes": Tomas Reyes is not 40."""
    age = PropertyDef("age", "integer")
    text = "the 40-year-old's son Tomas Reyes"
    assert _find("{value}-year-old ... {subject}", text, [(22, 33)], age) == ""


def test_a_name_s_age_may_stand_before_the_cue_s_comma() -> None:
    text = "Ida Brook, 25, who plays Wren"
    assert _find("{value}, who plays {role}", text, [(0, 9)]) == text


def test_a_speaker_before_the_verb_is_no_name_ending_a_list() -> None:
    said = PropertyDef("said", "quote")
    text = "She thanked Tomas Reyes, 40, and Ida Brook, 31, said the programme."
    assert _find("{subject} said", text, [(12, 23), (33, 42)], said) == ""
    assert _find("{subject} said", "Ida Brook said", [(0, 9)], said) == "Ida Brook said"


def test_a_cue_in_a_script_without_spaces_has_no_word_edge() -> None:
    """Japanese writes a particle and the verb after it with no space: "が" ends no word
    in "レイエスが話した", where an English cue's last word must end one."""
    said = PropertyDef("said", "quote")
    text = "「毎晩が初日です」とトマス・レイエスが話した。"
    assert _find("と{subject}が", text, [(10, 18)], said) == "とトマス・レイエスが"
    assert _find("{subject}は", "レイエスはこう語った", [(0, 4)], said) == "レイエスは"
    assert _find("{subject} said", "Ida Brook saidx", [(0, 9)], said) == ""


def test_a_slot_starting_a_cue_before_its_words_takes_who_acts() -> None:
    """In "Ida Brook, who stars alongside her as Wren", "her" is not who plays Wren. Before
    a gap the slot still takes a possessive ("her 22-year-old daughter, ...")."""
    text = "Ida Brook, who stars alongside her as Wren, and she as Abel."
    assert _find("{value} as {role}", text, [(0, 9)]) == "she as Abel"
    assert _find("{value} as {role}", "Ida Brook and her as Wren", [(0, 9)]) == ""
    assert _find("{value} ... daughter", "alongside her 22-year-old daughter", []) == (
        "her 22-year-old daughter"
    )


SPOUSE = PropertyDef("spouse", "entity")


def test_a_subject_owning_the_cue_s_words_may_be_a_possessive_pronoun() -> None:
    """ "{subject}'s husband" reads "Ida Brook's husband" and "her husband", and no other
    pronoun; a sentence without "'s" may still match it."""
    cue = "{subject}'s husband {value}"
    text = "Ida Brook's husband Tomas Reyes"
    assert _find(cue, text, [(0, 9), (20, 31)], SPOUSE) == text
    assert _find(cue, "with her husband Tomas Reyes", [(17, 28)], SPOUSE) == (
        "her husband Tomas Reyes"
    )
    assert _find(cue, "and she husband Tomas Reyes", [(16, 27)], SPOUSE) == ""
    assert _find(cue, "Ida Brook husband Tomas Reyes", [(0, 9), (18, 29)], SPOUSE) == ""
    assert compile_cue(cue, SPOUSE).owner_pronoun("subject")
    assert not compile_cue(cue, SPOUSE).owner_pronoun("value")


def test_a_value_owning_the_cue_s_words_may_be_a_possessive_pronoun() -> None:
    """ "{subject} is {value}'s son" reads "Tomas is her son", as "{subject}'s" does."""
    cue = "{subject} is {value}'s son"
    assert _find(cue, "Tomas is Ida Brook's son", [(0, 5), (9, 18)], SPOUSE) == (
        "Tomas is Ida Brook's son"
    )
    assert _find(cue, "Tomas is her son", [(0, 5)], SPOUSE) == "Tomas is her son"
    assert _find(cue, "Tomas is she son", [(0, 5)], SPOUSE) == ""
    assert compile_cue(cue, SPOUSE).owner_pronoun("value")
    assert not compile_cue(cue, SPOUSE).owner_pronoun("subject")


def test_a_name_after_the_cue_s_comma_may_carry_the_and_a_word() -> None:
    text = "her husband, the director Tomas Reyes"
    assert _find("{subject}'s husband[,] {value}", text, [(26, 37)], SPOUSE) == text
    assert _find("{subject}'s husband {value}", text, [(26, 37)], SPOUSE) == ""
    assert _find("{subject}'s husband, {value}", text, [(26, 37)], SPOUSE) == text
    # Two words are no epithet: "the father of" leads to someone else.
    text = "her husband, the father of Tomas Reyes"
    assert _find("{subject}'s husband[,] {value}", text, [(27, 38)], SPOUSE) == ""


def test_a_name_right_after_the_cue_s_comma_may_carry_a_role_s_words() -> None:
    """News style writes what someone is before the name with no "the" ("her husband,
    director Tomas Reyes"): one or two words, right after the comma. A word leading
    elsewhere is no role ("and", "who", "of"), nor are three words, nor a bare word
    without the comma."""
    _reads(
        "{subject}'s husband[,] {value}",
        ("Tomas Reyes", SPOUSE),
        [
            "her husband, director Tomas Reyes",
            "her husband, Tony-winning director Tomas Reyes",
            "her husband, the award-winning director Tomas Reyes",
            "her husband, fellow actor Tomas Reyes",
        ],
        [
            "her husband director Tomas Reyes",
            "her husband, and Tomas Reyes",
            "her husband, who met Tomas Reyes",
            "her husband, father of Tomas Reyes",
            "her husband, a director Tomas Reyes",
            "her husband, celebrated stage director Tomas Reyes",
        ],
    )
    assert _find(
        "{subject}'s husband, {value}", "her husband, director Tomas Reyes", [(22, 33)], SPOUSE
    ) == ("her husband, director Tomas Reyes")


def test_a_length_written_before_the_kind_may_have_words_between() -> None:
    """ "{value} play" of a duration property whose subjects are plays also reads "a
    150-minute two-act play": up to two words between, after a length written as an
    adjective ("150-minute", never "150 minutes"). A word that is no subject kind, or
    a property of another type, keeps the cue's words together."""
    running = PropertyDef("running_time", "duration", unit="minutes", subject_kinds=("play",))
    assert _find("{value} play", "a 150-minute two-act play", [], running) == (
        "150-minute two-act play"
    )
    assert _find("{value} play", "a two-hour gripping new play", [], running) == (
        "two-hour gripping new play"
    )
    assert _find("{value} play", "it lost 150 minutes of play", [], running) == ""
    assert _find("{value} play", "150 minutes, new play", [], running) == ""
    assert _find("{value} play", "a 150-minute very gripping new play", [], running) == ""
    assert _find("{value} play", "a 150-minute and a new play", [], running) == ""
    assert _find("{value} show", "a 150-minute two-act show", [], running) == ""
    tour = PropertyDef("tour_length", "duration", unit="days", subject_kinds=("tour",))
    assert _find("{value} tour", "a six-week European tour", [], tour) == ""
    assert _find("{value} tour", "a six-week national tour", [], tour) == ("six-week national tour")


def test_a_subject_called_by_its_kind_may_have_words_before_the_kind() -> None:
    """ "{subject} opens ..." reads "the new play opens", "this two-act play opens": up
    to two words between "the" and the kind, none pointing to another of its kind
    ("the other play", "the previous play")."""
    venue = PropertyDef("venue", "entity", subject_kinds=("play",), value_kinds=("theatre",))
    _reads(
        "{subject} transfers to {value}",
        ("Lantern", venue),
        [
            "the play transfers to Lantern",
            "The new play transfers to Lantern",
            "this Olivier-winning two-act play transfers to Lantern",
        ],
        [
            "the other play transfers to Lantern",
            "The previous play transfers to Lantern",
            "the much praised new play transfers to Lantern",
        ],
    )


def test_a_slot_marked_one_takes_one_name_and_never_a_list() -> None:
    text = "her husband Tomas Reyes and Ida Brook"
    names = [(12, 23), (28, 37)]
    assert _find("{subject}'s husband {value:one}", text, names, SPOUSE) == (
        "her husband Tomas Reyes"
    )
    assert _find("{subject}'s husband {value}", text, names, SPOUSE) == text
    compiled = compile_cue("{subject}'s husband {value:one}", SPOUSE)
    assert compiled.slots == (("subject", "entity"), ("value", "entity"))


def test_a_gap_before_an_owner_s_s_is_a_name_and_one_after_it_no_clause() -> None:
    """ "{subject}, ...'s {value}-year-old": the gap is the owner's name, never a clause;
    after "'s" a gap says what is owned, past no comma nor a word leading elsewhere."""
    age = PropertyDef("age", "integer")
    cue = "{subject}, ...'s {value}-year-old"
    text = "Tomas Reyes, Ida Brook's 18-year-old son"
    assert _find(cue, text, [(0, 11), (13, 22)], age) == "Tomas Reyes, Ida Brook's 18-year-old"
    assert _find(cue, "Tomas Reyes, Nora's 18-year-old", [(0, 11)], age) == (
        "Tomas Reyes, Nora's 18-year-old"
    )
    text = "Tomas Reyes, who plays Nora's 16-year-old son"
    assert _find(cue, text, [(0, 11)], age) == ""
    child = PropertyDef("child_of", "entity")
    cue = "{subject}, {value}'s ... son,"
    text = "Tomas Reyes, Ida Brook's eldest son, came"
    assert _find(cue, text, [(0, 11), (13, 22)], child) == "Tomas Reyes, Ida Brook's eldest son,"
    for text in (
        "Tomas Reyes, Ida Brook's husband and the father of her son, came",
        "Tomas Reyes, Ida Brook's husband, father of her son, came",
    ):
        assert _find(cue, text, [(0, 11), (13, 22)], child) == ""


def test_a_gap_to_the_name_ending_a_cue_does_not_run_past_at() -> None:
    """In "Vell won two prizes at the Lantern Awards", the awards are where she won, not
    what: the gap to the name ending the cue stops at "at", as at "with" and "of"."""
    award = PropertyDef("award_received", "entity")
    text = "Nora Vell won two prizes at the Lantern Awards"
    assert _find("{subject} won ... {value}", text, [(0, 9), (32, 46)], award) == ""
    text = "Nora Vell won the Lantern Award"
    assert _find("{subject} won ... {value}", text, [(0, 9), (18, 31)], award) == text


def test_an_appositive_after_a_cue_s_comma_never_opens_with_and() -> None:
    """In "Tomas Reyes, and Ida Brook, her son with Sam Vell", the son is Ida Brook:
    after `{subject},` a gap opening with "and" goes on to another person. An
    appositive itself is read as before."""
    child = PropertyDef("child_of", "entity")
    cue = "{subject}, ... son with ... {value}"

    def names(text: str, *named: str) -> list[tuple[int, int]]:
        return [(text.index(name), text.index(name) + len(name)) for name in named]

    text = "Tomas Reyes, and nine-year-old Ida Brook, her son with husband Sam Vell"
    found = _find(cue, text, names(text, "Tomas Reyes", "Ida Brook", "Sam Vell"), child)
    assert found == "Ida Brook, her son with husband Sam Vell"
    for text in (
        "Tomas Reyes, her son with husband Sam Vell",
        "Tomas Reyes, Nora's andante son with Sam Vell",
    ):
        assert _find(cue, text, names(text, "Tomas Reyes", "Sam Vell"), child) == text


@pytest.mark.parametrize(
    ("cue", "prop", "message"),
    [
        (
            "{value} plays {part}",
            CAST,
            "cue slot {part} is neither subject, value, a qualifier of it, time, when nor a "
            "kind of the dataset's entities",
        ),
        ("{value} and {value}", CAST, "cue slot {value} appears twice"),
        (
            "{subject} said {value}",
            PropertyDef("said", "quote"),
            "a quote property's cue has no {value} slot",
        ),
        (
            "sold out {value}",
            PropertyDef("sold_out", "boolean"),
            "a boolean property's cue has no {value} slot",
        ),
        ("...", CAST, "a cue needs at least one word or slot"),
        ("{value} ... as ... {role} ... and ... in", CAST, "a cue has at most 3 gaps (...)"),
        (
            "{value} as {role} ... in ... of ... by",
            CAST,
            "a cue has at most 3 gaps (...) and slots that are not names (a text, a number, "
            "a date or a time) together: each matches in many ways, which multiply at every "
            "place of a sentence",
        ),
        # Optional words that may match the same words, with only words between them: the
        # same word in any case, one's words beginning the other's, inside a word one's
        # letters the other's.
        (
            "{value} as [the] [The] {role}",
            CAST,
            "the optional words [the] and [the] may match the same words with no gap or slot "
            "between them, which doubles the ways the cue fits a sentence: write each "
            "optional word once",
        ),
        (
            "{value} [new] as [a] [a new] {role}",
            CAST,
            "the optional words [a] and [a new] may match the same words with no gap or slot "
            "between them, which doubles the ways the cue fits a sentence: write each "
            "optional word once",
        ),
        (
            "{value} as [a] x [a] {role}",
            CAST,
            "the optional words [a] and [a] may match the same words with no gap or slot "
            "between them, which doubles the ways the cue fits a sentence: write each "
            "optional word once",
        ),
        (
            "{value} as r[o][ol]e {role}",
            CAST,
            "the optional words [o] and [ol] may match the same words with no gap or slot "
            "between them, which doubles the ways the cue fits a sentence: write each "
            "optional word once",
        ),
        (
            # A qualifier named as a group of the pattern's own: refused before the
            # pattern is compiled, where the cue is read.
            "{subject} won {value} for {relative}",
            PropertyDef("award", "entity", qualifiers=(("relative", "text"),)),
            "cue cannot be compiled: redefinition of group name 'relative'",
        ),
        (
            "{subject} won {value} [{shared}]",
            PropertyDef("award", "entity", qualifiers=(("shared", "boolean"),)),
            "cue slot {shared} is a boolean, which drafting cannot read in an article; "
            "leave the slot out of the cue",
        ),
        (
            "{subject} said {value} to {quoted}",
            PropertyDef("told", "entity", qualifiers=(("quoted", "quote"),)),
            "cue slot {quoted} is a quote, which drafting cannot read in an article; "
            "leave the slot out of the cue",
        ),
    ],
)
def test_a_cue_that_cannot_be_used_is_refused(cue: str, prop: PropertyDef, message: str) -> None:
    with pytest.raises(CueError) as raised:
        compile_cue(cue, prop)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "cue",
    [
        # Words that begin alike are no prefix of each other's words: at most one fits.
        "{value} [a] [an] [her] [hers] as {role}",
        # The same optional word again past a slot or a gap, which fits the words first.
        "at [the] {value} ... where [the] {role}",
        "[the] {value} as [the] {role}",
        # Three gaps and names; two gaps and a text slot.
        "{value} ... plays ... opposite her ... {subject}",
        "{value} ... as ... {role}",
    ],
)
def test_a_cue_whose_parts_fit_a_sentence_in_few_ways_is_compiled(cue: str) -> None:
    assert compile_cue(cue, CAST).text == cue


def test_a_cue_could_match_only_a_text_holding_each_of_its_words() -> None:
    # Its words as the pattern matches them (any case, either apostrophe); slots, gaps
    # and optional words are not asked for.
    cue = compile_cue("{value} [has] starred in the director's ... as {role}", CAST)
    assert [p.pattern for p in cue.words] == [
        "(?i:starred)",
        "(?i:in)",
        "(?i:the)",
        "(?i:director['’]s)",
        "(?i:as)",
    ]
    assert cue.could_match("STARRED in THE Director’s cut as Freya")
    assert not cue.could_match("starred in the directors cut as Freya")
    assert not cue.could_match("Mia, " * 1000)


def test_a_cue_is_compiled_only_when_first_searched() -> None:
    # Most cues are never searched in an article (it lacks one of their words), and
    # compiling was nearly all of a draft's time.
    text = "{value} stars as {role} opposite the lead"
    compiled = compile_cue(text, CAST)
    before = cues._regex.cache_info()
    assert compiled.source.endswith(r"(?i:lead)(?![\w])")
    assert cues._regex.cache_info() == before
    assert compiled.pattern.pattern == compiled.source
    assert compiled.pattern is compile_cue(text, CAST).pattern  # compiled once
    after = cues._regex.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 2)


def test_a_pattern_that_cannot_compile_names_its_cue_when_searched() -> None:
    broken = replace(compile_cue("{value} as {role}", CAST), source="(?P<role>a)(?P<role>b)")
    with pytest.raises(CueError) as raised:
        broken.pattern  # noqa: B018 - the property compiles
    assert str(raised.value).startswith(
        "property 'cast_member', cue '{value} as {role}': cue cannot be compiled: "
        "redefinition of group name 'role'"
    )


NETWORK = PropertyDef("network", "entity", subject_kinds=("play",), value_kinds=("venue",))
OPENING = PropertyDef("opening", "date", subject_kinds=("play",))


def test_a_listing_s_time_and_a_name_of_a_kind_stand_beside_the_value() -> None:
    """`{time}` is a time of day after its day if any, `{KIND}` one name of an entity of
    that kind: what a listing's line sets beside the value, recorded by no claim."""
    kinds = frozenset({"play", "venue"})
    beside = compile_cue("{value}, {time}", NETWORK, kinds=kinds)
    assert beside.slots == (("value", "entity"), ("time", "time"))
    assert beside.marks == frozenset({"venue"})
    line = "Lyric Theatre, Friday 14 March, 7.30pm"
    for text in (line, "Lyric Theatre, 19:30", "Lyric Theatre, tonight at 7pm"):
        found = beside.pattern.search(mark_names(text, [(0, 13)]))
        assert found is not None and found.span() == (0, len(text))
    # A date with no time is no listing: "In the Lyric Theatre, in 2019, ..."
    assert beside.pattern.search(mark_names("Lyric Theatre, in 2019", [(0, 13)])) is None
    dated = compile_cue("{venue}, {value}", OPENING, kinds=kinds)
    assert dated.slots == (("venue", "kind"), ("value", "date"))
    assert dated.marks == frozenset({"venue"})
    with pytest.raises(CueError) as raised:
        compile_cue("{theatre}, {value}", OPENING, kinds=kinds)
    assert str(raised.value) == (
        "cue slot {theatre} is neither subject, value, a qualifier of it, time, when nor a kind of "
        "the dataset's entities"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A later name of a list may carry a title of one word: "and director Sam Vell".
        ("stars Nora Vell and director Sam Vell.", "stars Nora Vell and director Sam Vell"),
        (
            "stars Nora Vell, newcomer Ida Brook and Sam Vell.",
            "stars Nora Vell, newcomer Ida Brook and Sam Vell",
        ),
        # Never a word leading elsewhere, nor one with figures or a hyphen.
        ("stars Nora Vell and not Sam Vell.", "stars Nora Vell"),
        ("stars Nora Vell and nine-year-old Ida Brook.", "stars Nora Vell"),
    ],
)
def test_a_later_name_of_a_list_may_carry_a_title(text: str, found: str) -> None:
    named = [
        (text.index(n), text.index(n) + len(n))
        for n in ("Nora Vell", "Sam Vell", "Ida Brook")
        if n in text
    ]
    assert _find("stars {value}", text, named) == found
