"""The discrete types: entity, text, quote and boolean. A value is a finite set of
members: an entity's id (with everything narrower, for a claim), text normalised for
case and space, or true or false; none has an interval or an approximation."""

from __future__ import annotations

import pytest

from validator.model.property_types import choices
from validator.model.property_types.base import EntityLookup, UnknownEntity, ValueProblem
from validator.model.property_types.choices import (
    BOOLEAN,
    ENTITY,
    QUOTE,
    TEXT,
    describe_choice,
    normalise_text,
)
from validator.model.property_types.registry import parse_value
from validator.model.values import Choice, contains, disjoint
from validator.parse.claim_texts import limits


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        # YAML 1.1's words are text, quoted or not: the boolean each meant is named, and
        # no quotes are spoken of, which `value: on` never had.
        (
            "yes",
            "boolean",
            "expected true or false, not the text 'yes': only true and false are booleans "
            "(yes, no, on and off are text); write true",
        ),
        (
            "Off",
            "boolean",
            "expected true or false, not the text 'Off': only true and false are booleans "
            "(yes, no, on and off are text); write false",
        ),
        (
            "n ",
            "boolean",
            "expected true or false, not the text 'n ': only true and false are booleans "
            "(yes, no, on and off are text); write false",
        ),
        # Quoted as every message quotes a value: cut, however much space pads it.
        (
            "on" + " " * 100_000,
            "boolean",
            f"expected true or false, not the text 'on{' ' * 57}…': only true and false are "
            "booleans (yes, no, on and off are text); write true",
        ),
        (
            "yes please",
            "boolean",
            "expected true or false, not the text 'yes please'; write true or false",
        ),
        # Quoted, "true" is text: the message must not read "expected true, not 'true'".
        (
            "true",
            "boolean",
            "expected true or false, not the text 'true'; write true without quotes",
        ),
        (
            " False ",
            "boolean",
            "expected true or false, not the text ' False '; write false without quotes",
        ),
        # 1 and 0, as a spreadsheet exports a tick box: the boolean each stands for.
        (1, "boolean", "expected true or false, not the number 1; write true"),
        (0, "boolean", "expected true or false, not the number 0; write false"),
        (2, "boolean", "expected true or false, not the number 2"),
        ({"from": 1}, "text", "a text value cannot be an interval or approximate; write one value"),
        (
            {"about": 4},
            "entity",
            "an entity value cannot be an interval or approximate; write one value",
        ),
        # A film called 1917, unquoted in YAML, is a number: quoting it is the fix.
        (
            1917,
            "entity",
            "expected the name of an entity, not the number 1917; put the name in quotes",
        ),
        (True, "entity", "expected the name of an entity, not true; put the name in quotes"),
        (42, "quote", "expected the words said, as text, not 42; put them in quotes"),
        (22.5, "quote", "expected the words said, as text, not 22.5; put them in quotes"),
        (True, "quote", "expected the words said, as text, not true; put them in quotes"),
        (" \t ", "quote", "the value is blank (only white space); write the words"),
        ("\u3000", "text", "the value is blank (only white space); write the words"),
        # Characters that show as nothing, pasted alone.
        (
            "\u200b",
            "text",
            "the value holds only invisible characters (U+200B, zero width space); write the words",
        ),
        (
            " \ufeff\u200d ",
            "quote",
            "the value holds only invisible characters (U+FEFF, zero width no-break space); "
            "write the words",
        ),
        # Quotation marks, or a dash for an empty cell: no words said.
        (
            "\u201c\u201d",
            "quote",
            "the quote '\u201c\u201d' holds no words; write the words said, or leave the claim out",
        ),
        (
            "  - ",
            "quote",
            "the quote '-' holds no words; write the words said, or leave the claim out",
        ),
        # A number or boolean comes to a text property as the text it was written as
        # (`as_written`): one still a number was made so by its tag (`!!int 007`).
        (
            7,
            "text",
            "expected text, not the number 7, which its tag asks for; write the text in "
            "quotes, without the tag",
        ),
        (
            1.5,
            "text",
            "expected text, not the number 1.5, which its tag asks for; write the text in "
            "quotes, without the tag",
        ),
        (
            False,
            "text",
            "expected text, not false, which its tag asks for; write the text in quotes, "
            "without the tag",
        ),
    ],
)
def test_values_that_do_not_fit_their_type(raw: object, kind: str, message: str) -> None:
    lookup = EntityLookup(lambda name: None, lambda entity: frozenset({entity}))
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, lookup=lookup)
    assert caught.value.message == message


def test_entities_widen_to_narrower_for_claims_only() -> None:
    narrower = {"awards": frozenset({"awards", "single-drama"})}
    lookup = EntityLookup(
        lambda name: {"BAFTA TV Awards": "awards"}.get(name),
        lambda entity: narrower.get(entity, frozenset({entity})),
    )
    assert parse_value("BAFTA TV Awards", "entity", lookup=lookup) == Choice(
        frozenset({"awards", "single-drama"})
    )
    assert parse_value("BAFTA TV Awards", "entity", lookup=lookup, widen=False) == Choice(
        frozenset({"awards"})
    )
    with pytest.raises(UnknownEntity) as caught:
        parse_value("Channel 5", "entity", lookup=lookup)
    assert caught.value.name == "Channel 5"


def test_text_is_compared_after_normalising_case_and_space() -> None:
    assert parse_value("  Feature   Length ", "text") == Choice(frozenset({"feature length"}))
    assert parse_value(True, "boolean") == Choice(frozenset({"true"}))


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("  Feature   Length ", "feature length"),
        ("Straße", "strasse"),  # case folded, not merely lowered
        ("It was\u00a0really\tstaggering\n", "it was really staggering"),
        ("", ""),
    ],
)
def test_normalise_text(text: str, normalised: str) -> None:
    assert normalise_text(text) == normalised


def test_texts_that_differ_only_in_case_and_space_are_one_value() -> None:
    one = parse_value("It was REALLY  staggering", "quote")
    other = parse_value(" it was really staggering", "quote")
    assert one == other == Choice(frozenset({"it was really staggering"}))
    assert disjoint(one, parse_value("It was staggering", "quote"))


def test_a_claimed_entity_allows_what_is_narrower_and_nothing_broader() -> None:
    narrower = {"bafta": frozenset({"bafta", "single-drama", "leading-actress"})}
    lookup = EntityLookup(
        lambda name: {"BAFTA": "bafta", "Best Single Drama": "single-drama"}.get(name),
        lambda entity: narrower.get(entity, frozenset({entity})),
    )
    broad = parse_value("BAFTA", "entity", lookup=lookup)
    narrow_fact = parse_value("Best Single Drama", "entity", lookup=lookup, widen=False)
    broad_fact = parse_value("BAFTA", "entity", lookup=lookup, widen=False)
    # The broader claim is less precise, not wrong; the narrower claim rules out the broader.
    assert contains(broad, narrow_fact)
    assert disjoint(parse_value("Best Single Drama", "entity", lookup=lookup), broad_fact)


def test_an_entity_needs_a_dataset_to_resolve_against() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value("Channel 4", "entity")
    assert caught.value.message == "entity values need a dataset to resolve against"
    with pytest.raises(UnknownEntity) as unknown:
        parse_value("Channel 5", "entity", lookup=EntityLookup(lambda n: None, frozenset))
    assert unknown.value.name == "Channel 5"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (None, "expected true or false, not null"),
        (2.5, "expected true or false, not the number 2.5"),
    ],
)
def test_a_boolean_is_true_or_false(raw: object, message: str) -> None:
    assert parse_value(False, "boolean") == Choice(frozenset({"false"}))
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "boolean")
    assert caught.value.message == message


@pytest.mark.parametrize("kind", ["boolean", "quote"])
def test_no_discrete_value_is_an_interval_or_approximate(kind: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value({"about": 1}, kind)
    assert caught.value.message == (
        f"a {kind} value cannot be an interval or approximate; write one value"
    )


def test_describe_choice_lists_the_members_in_order() -> None:
    assert describe_choice(Choice(frozenset({"freya", "billy", "ruth"}))) == "billy, freya, ruth"
    assert describe_choice(Choice(frozenset())) == "nothing"
    assert describe_choice(Choice(frozenset({"true"})), "years") == "true"


def test_the_discrete_types() -> None:
    kinds = (ENTITY, TEXT, QUOTE, BOOLEAN)
    assert [kind.name for kind in kinds] == ["entity", "text", "quote", "boolean"]
    assert all(kind.sets is Choice and not kind.numeric for kind in kinds)
    assert [kind.words("years") for kind in kinds] == [
        "an entity",
        "text in years",
        "quote in years",
        "boolean in years",
    ]


@pytest.mark.parametrize(
    ("raw", "member"),
    [
        ("feature-length single drama.", "feature-length single drama"),
        ("Feature-length single drama .", "feature-length single drama"),
        ("feature-length single drama", "feature-length single drama"),
        ("Dr.", "dr"),
        ("5.", "5."),  # a number written with its point: the text as written
        ("-5.", "-5."),
        ("a drama...", "a drama..."),  # words cut: the ellipsis stays
        ("a drama\u2026", "a drama\u2026"),
    ],
)
def test_a_text_value_is_the_same_text_without_the_full_stop_ending_it(
    raw: str, member: str
) -> None:
    assert parse_value(raw, "text") == Choice(frozenset({member}))


def test_a_quote_keeps_the_full_stop_ending_it() -> None:
    assert parse_value("It was honest.", "quote") == Choice(frozenset({"it was honest."}))


def test_a_text_value_of_a_full_stop_alone_says_so() -> None:
    with pytest.raises(ValueProblem) as raised:
        parse_value(" . ", "text")
    assert raised.value.message == "the value is only a full stop; write the words"


def test_a_text_longer_than_the_schema_allows_does_not_fit() -> None:
    """A number written as a text property's value (`format: 1.000...01`) is taken as
    the text written, whose length the schema does not bound: a text past the schema's
    limit for a value is refused, and the report carries the value cut."""
    assert choices._MAX_TEXT_CHARACTERS == limits()["value"] == 20_000
    assert parse_value("1." + "0" * 19_997 + "1", "text") == Choice(
        frozenset(("1." + "0" * 19_997 + "1",))
    )
    with pytest.raises(ValueProblem) as raised:
        parse_value("1." + "0" * 19_998 + "1", "text")
    assert str(raised.value) == (
        "the value is 20,001 characters long; a text holds at most 20,000; shorten it"
    )


@pytest.mark.parametrize("kind", ["text", "quote"])
def test_a_text_longer_written_out_than_the_schema_allows_does_not_fit(kind: str) -> None:
    """Texts are compared written out (NFKC), where U+FDFA is 18 characters: 50 quotes
    of 19,000 of them took 18 s to compare, and 1,500 of them passed a minute."""
    fits = "\ufdfa" * (20_000 // 18)
    assert parse_value(fits, kind) == Choice(frozenset((fits,)))
    with pytest.raises(ValueProblem) as raised:
        parse_value(fits + "\ufdfa", kind)
    assert str(raised.value) == (
        f"the value is {(len(fits) + 1) * 18:,} characters once its compatibility characters "
        "(ligatures and the like) are written out as the letters they stand for, as texts "
        "are compared; a text holds at most 20,000; shorten it"
    )


@pytest.mark.parametrize("raw", ["你好", "22", "«Oui»", "Ruth\u200b is 22"])
def test_a_quote_holding_a_letter_or_figure_of_any_script_is_words(raw: str) -> None:
    assert isinstance(parse_value(raw, "quote"), Choice)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("boolean", "expected true or false, not the number 1.0; write true"),
        ("entity", "expected the name of an entity, not the number 1.0; put the name in quotes"),
        ("quote", "expected the words said, as text, not 1.0; put them in quotes"),
    ],
)
def test_a_number_is_quoted_as_written(kind: str, message: str) -> None:
    lookup = EntityLookup(lambda name: None, lambda entity: frozenset({entity}))
    with pytest.raises(ValueProblem) as caught:
        parse_value(1.0, kind, lookup=lookup, texts=(("", "1.0"),))
    assert caught.value.message == message
