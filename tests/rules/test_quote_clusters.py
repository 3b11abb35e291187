"""Quotes across sources as clusters: each deviating wording reported once, against the
transcript or the majority wording, however many sources print the quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.model.findings import Finding, Location
from validator.model.values import Span
from validator.resolve.claims import ResolvedClaim
from validator.rules.quote_index import MAX_CANDIDATES
from validator.rules.quote_match import MAX_WORDS
from validator.rules.quotes import quotes_across_sources
from validator.rules.source_sides import SAMPLE
from validator.rules.transcripts import Transcripts

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))
SAID = DATASET.properties["said"]
QUOTE = "It was really staggering how alarmingly free Mia and I were able to be"
CHANGED = "It was really staggering how wonderfully free Mia and I were able to be"


def said(source: str, text: str, speaker: str = "kate-winslet") -> ResolvedClaim:
    return ResolvedClaim(
        full_id=f"{source}/quote",
        source_id=source,
        file=f"{source}.yaml",
        location=Location(f"{source}.yaml", 10, 12),
        subject=speaker,
        written_subject=speaker,
        prop=SAID,
        written_property="said",
        inverted=False,
        raw_value=text,
        value=Span(None, None),
        value_display=text,
        qualifiers=(),
        value_signed=False,
        as_of=Span(0.0, 0.0),
        as_of_display="2022-12-08",
        excerpt=None,
    )


def run(claims: list[ResolvedClaim], transcripts: Transcripts | None = None) -> list[Finding]:
    return sorted(quotes_across_sources(claims, DATASET, transcripts), key=Finding.sort_key)


@pytest.mark.parametrize("copies", [64, 100])
def test_a_changed_word_in_a_quote_many_print_is_reported_once(copies: int) -> None:
    claims = [said(f"s{n:03d}", QUOTE) for n in range(copies)] + [said("changed", CHANGED)]
    transcripts = Transcripts(DATASET, explain=False)
    [finding] = run(claims, transcripts)
    assert finding.code == "Q402"
    assert finding.message == (
        "a quote by Kate Winslet as 1 source (changed) prints it differs in its words from "
        f"the wording {copies} sources (s000, s001, s002 and {copies - 3} more) print: It "
        "was really staggering how [-alarmingly-] {+wonderfully+} free Mia and I were able "
        "to be; find the original to learn which is right"
    )
    # The changed claim, then a sample of the wording it is held against: those claims
    # are related, not at fault, and would be repeated beside every variant's finding.
    assert finding.claims == ("changed/quote", *(f"s{n:03d}/quote" for n in range(SAMPLE)))
    assert finding.file == "changed.yaml"
    assert [side.count for side in finding.sides] == [1, copies]
    assert [len(side.claims) for side in finding.sides] == [1, SAMPLE]
    # Two wordings, one comparison: how often a text is printed costs nothing more.
    assert transcripts.texts.compared == 1


def test_the_transcript_decides_and_the_message_names_who_matches_it() -> None:
    transcript = (
        "The fact that she is actually my mother, I feel that really helped in a way because "
        "the chemistry, the connection, the emotional bond between us as a mother and "
        "daughter who are very close to each other, was already there."
    )
    dropped = transcript.replace(" to each other,", ",")
    claims = [said("right", transcript, "mia-threapleton")]
    claims += [said(f"wrong-{n}", dropped, "mia-threapleton") for n in range(3)]
    [finding] = run(claims)
    assert finding.message == (
        "a quote by Mia Threapleton as 3 sources (wrong-0, wrong-1, wrong-2) print it differs "
        "in its words from the dataset's transcript (I Am Ruth press pack interviews, Channel "
        "4, 2022-11), which right matches: … who are very close [-to each other-] was "
        "already there; the transcript decides it: correct the claim, or acknowledge the "
        "misquote"
    )
    assert finding.claims == ("wrong-0/quote", "wrong-1/quote", "wrong-2/quote")


def test_the_same_words_by_another_speaker_are_q403_a_near_match_is_not() -> None:
    claims = [said("a", QUOTE), said("b", QUOTE.upper() + "!", "mia-threapleton")]
    [same] = run(claims)
    assert same.code == "Q403"
    assert same.message == (
        "the same words are given to Mia Threapleton by 1 source (b) and to Kate Winslet by "
        "1 source (a); find the original to learn who said them"
    )
    near = QUOTE.replace("really", "truly")
    [other] = run([said("a", QUOTE), said("b", near, "mia-threapleton")])
    assert other.code == "Q402"
    assert other.message.startswith(
        "a quote given to Mia Threapleton by 1 source (b) nearly matches one given to Kate "
        "Winslet by 1 source (a), with other words: It was [-really-] {+truly+} staggering"
    )


def test_part_of_a_quote_given_to_another_speaker_is_q403() -> None:
    """A quote that holds another speaker's quote and more gives the same words to two
    speakers: a Q403, not a Q402 whose diff shows no other words."""
    longer = QUOTE + ". I would do it again tomorrow if someone asked me to."
    claims = [said("a", longer), said("b", QUOTE, "mia-threapleton")]
    [finding] = run(claims)
    assert finding.code == "Q403"
    assert finding.message == (
        "the same words are given to Mia Threapleton by 1 source (b) and to Kate Winslet by "
        "1 source (a), one quoting more of them; find the original to learn who said them"
    )
    assert finding.claims == ("b/quote", "a/quote")
    # The other way round: the longer quote given to the other speaker.
    [finding] = run([said("a", QUOTE), said("b", longer, "mia-threapleton")])
    assert (finding.code, finding.claims) == ("Q403", ("b/quote", "a/quote"))
    # By one speaker, more or less of one passage is no variant at all.
    assert run([said("a", longer), said("b", QUOTE)]) == []


def test_words_a_source_puts_in_brackets_are_no_variant_of_the_quote() -> None:
    """ "he [Savage] felt" is "he felt" with the quoter's own word: by one speaker no
    Q402, and given to another speaker the same words, a Q403 that says how they
    differ (a Q402 that called the bracketed word another speaker's words hid it)."""
    plain = "We went through those steps and he felt very confident that she was ready"
    marked = "We went through those steps and he [Savage] felt very confident that she was ready"
    assert run([said("a", plain), said("b", marked)]) == []
    [finding] = run([said("a", marked), said("b", plain, "mia-threapleton")])
    assert finding.code == "Q403"
    assert finding.message == (
        "the same words are given to Mia Threapleton by 1 source (b) and to Kate Winslet by "
        "1 source (a), one with words of its own in brackets; find the original to learn "
        "who said them"
    )
    assert finding.claims == ("b/quote", "a/quote")


def test_the_same_words_given_to_another_speaker_name_each_wording_of_them() -> None:
    """Two sources give Kate Winslet a quote, a third with a word in brackets or a cut
    at an ellipsis; a fourth gives Mia Threapleton the words. The Q403 named only the
    two sources of the wording printed most; it names all three, and where each
    speaker has several such wordings, one finding stands for them all."""
    marked = QUOTE.replace("how alarmingly", "how [truly] alarmingly")
    cut = QUOTE.replace("how alarmingly free", "\u2026 free")
    for other, how in (
        (marked, "one with words of its own in brackets"),
        (cut, "some quoting more of them than others"),
    ):
        claims = [said("a", QUOTE), said("b", other), said("c", QUOTE)]
        [finding] = run([*claims, said("d", QUOTE, "mia-threapleton")])
        assert (finding.code, finding.claims) == (
            "Q403",
            ("d/quote", "a/quote", "b/quote", "c/quote"),
        )
        assert finding.message == (
            "the same words are given to Mia Threapleton by 1 source (d) and to Kate Winslet "
            f"by 3 sources (a, b, c), {how}; find the original to learn who said them"
        )
    both = [said("a", QUOTE), said("b", marked), said("c", QUOTE)]
    both += [said("d", QUOTE, "mia-threapleton"), said("e", cut, "mia-threapleton")]
    [finding] = run(both)
    assert finding.message == (
        "the same words are given to Mia Threapleton by 2 sources (d, e) and to Kate Winslet "
        "by 3 sources (a, b, c), one with words of its own in brackets; find the original "
        "to learn who said them"
    )
    assert finding.claims == ("d/quote", "e/quote", "a/quote", "b/quote", "c/quote")


def test_a_variant_s_diff_shows_words_it_leaves_out_at_its_mark_as_the_mark() -> None:
    full = (
        "You make it up as you go along, so it was really challenging and quite an "
        "exhausting process for all of us"
    )
    cut = "You make it up as you go, … quite a tiring process for all of us"
    [finding] = run([said("a", full), said("b", cut)])
    assert finding.message == (
        "a quote by Kate Winslet as 1 source (b) prints it differs in its words from the "
        "wording 1 source (a) prints: You make it up as you go … quite [-an exhausting-] "
        "{+a tiring+} process for all of us; find the original to learn which is right"
    )


def test_a_rewording_that_keeps_a_long_run_is_the_same_quote() -> None:
    original = (
        "I told her to shut up and listen because nobody else in that room was going to tell "
        "her the truth about any of it"
    )
    reworded = "She says I made her shut up and listen because nobody else in that room was going"
    [finding] = run([said("a", original), said("b", reworded), said("c", original)])
    assert finding.code == "Q402"
    assert finding.claims[0] == "b/quote"


def test_comparing_two_huge_quotes_is_bounded() -> None:
    # Unbounded, an LCS of these needs 400,000 x 400,000 steps (hours with difflib, 20 GB
    # of bit matrix with rapidfuzz); bounded, each is compared on its first MAX_WORDS.
    words = [f"w{n % 5_000}" for n in range(400_000)]
    first = " ".join(words)
    second = " ".join([*words[:10], "changed", *words[11:]])
    transcripts = Transcripts(DATASET, explain=False)
    [finding] = run([said("a", first), said("b", second), said("c", first)], transcripts)
    assert finding.code == "Q402"
    assert finding.detail("compared") == f"the first {MAX_WORDS:,} words of each quote"
    assert transcripts.texts.compared <= 2 * MAX_CANDIDATES


def _described(findings: list[Finding]) -> list[tuple[str, tuple[str, ...], str]]:
    return [(f.code, f.claims, f.message) for f in findings]


def test_the_majority_is_counted_in_words_not_in_punctuation() -> None:
    """Two sources print the same words, one with an exclamation mark; one changed a
    word. Counted by exact text, each wording had one source, and the changed one (first
    in order) was the majority: both faithful sources got a Q402 against it."""
    changed = QUOTE.replace("alarmingly", "absolutely")
    claims = [said("a", QUOTE), said("b", changed), said("c", QUOTE + "!")]
    assert _described(run(claims)) == [
        (
            "Q402",
            ("b/quote", "a/quote", "c/quote"),
            "a quote by Kate Winslet as 1 source (b) prints it differs in its words from the "
            "wording 2 sources (a, c) print: It was really staggering how [-alarmingly-] "
            "{+absolutely+} free Mia and I were able to be; find the original to learn which "
            "is right",
        ),
        (
            "Q401",
            ("c/quote", "a/quote"),
            "a quote by Kate Winslet as 1 source (c) prints it differs only in punctuation or "
            "case from the wording 1 source (a) prints; the words agree: nothing to correct",
        ),
    ]


def test_a_changed_word_printed_with_other_punctuation_is_one_q402() -> None:
    claims = [said(f"s{n}", QUOTE) for n in range(3)]
    claims += [said("x", CHANGED), said("y", CHANGED.replace("free", "free,"))]
    [changed, punctuation] = run(claims)
    assert changed.code == "Q402"
    assert changed.claims == ("x/quote", "y/quote", "s0/quote", "s1/quote", "s2/quote")
    assert changed.message.startswith(
        "a quote by Kate Winslet as 2 sources (x, y) print it differs in its words from the "
        "wording 3 sources (s0, s1, s2) print: "
    )
    assert punctuation.code == "Q401"
    assert punctuation.claims == ("y/quote", "x/quote")


@pytest.mark.parametrize("closing", [",", ".", ";", ":", "...", "\u2026", ". "])
def test_the_mark_a_quotation_closes_with_is_the_sentence_s(closing: str) -> None:
    """`"..., able to be," she said` and `"... able to be."` print the same words: the
    comma or full stop where the quotation closes belongs to the sentence quoting it, and
    differing there is no Q401."""
    assert run([said("a", QUOTE), said("b", QUOTE + closing), said("c", QUOTE + ".")]) == []


def test_texts_that_print_the_same_count_together_against_a_q401() -> None:
    """a and b print the same text, one closing it with a full stop (the sentence's mark,
    not the speaker's); c prints it with an exclamation mark. The Q401 is held against
    the text two sources print: counted by exact text, it named one of them."""
    claims = [said("a", QUOTE + "."), said("b", QUOTE), said("c", QUOTE + "!")]
    assert _described(run(claims)) == [
        (
            "Q401",
            ("c/quote", "a/quote", "b/quote"),
            "a quote by Kate Winslet as 1 source (c) prints it differs only in punctuation or "
            "case from the wording 2 sources (a, b) print; the words agree: nothing to correct",
        ),
    ]


@pytest.mark.parametrize("closing", ["?", "!", "?!"])
def test_a_question_or_exclamation_mark_is_the_speaker_s(closing: str) -> None:
    [finding] = run([said("a", QUOTE + "."), said("b", QUOTE + "."), said("c", QUOTE + closing)])
    assert (finding.code, finding.claims) == ("Q401", ("c/quote", "a/quote", "b/quote"))


def test_q403_names_every_source_giving_the_words_to_the_other_speaker() -> None:
    claims = [said("a", QUOTE), said("b", QUOTE, "mia-threapleton"), said("c", QUOTE + "!")]
    assert [f.message for f in run(claims) if f.code == "Q403"] == [
        "the same words are given to Mia Threapleton by 1 source (b) and to Kate Winslet by "
        "2 sources (a, c); find the original to learn who said them"
    ]


def test_words_given_to_many_speakers_are_one_q403_a_speaker() -> None:
    """The same words given to three speakers: each wording given to another speaker than
    the majority's is one Q403 against the majority, not one against every other
    speaker's wording (Mia against Joe too); 400 speakers made 9,300 findings."""
    claims = [said("a", QUOTE), said("b", QUOTE), said("c", QUOTE, "mia-threapleton")]
    claims.append(said("d", QUOTE, "joe-anders"))
    assert [(f.claims, f.message) for f in run(claims)] == [
        (
            ("c/quote", "a/quote", "b/quote"),
            "the same words are given to Mia Threapleton by 1 source (c) and to Kate Winslet by "
            "2 sources (a, b); find the original to learn who said them",
        ),
        (
            ("d/quote", "a/quote", "b/quote"),
            "the same words are given to Joe Anders by 1 source (d) and to Kate Winslet by "
            "2 sources (a, b); find the original to learn who said them",
        ),
    ]


MIA_TRANSCRIPT = (
    "The fact that she is actually my mother, I feel that really helped in a way because the "
    "chemistry, the connection, the emotional bond between us as a mother and daughter who "
    "are very close to each other, was already there."
)


def test_no_q403_where_the_transcript_says_who_said_the_words() -> None:
    """The dataset's transcript gives these words to Mia Threapleton: the claim giving them
    to Kate Winslet is refuted on its own (D201), and there is no Q403 beside it. The Q403
    was an error on the source that had the speaker right (placed on the smaller side, a
    tie broken by the speaker's id) and said to find the original the dataset has."""
    transcripts = Transcripts(DATASET, explain=False)
    right = said("right", MIA_TRANSCRIPT, "mia-threapleton")
    wrong = said("wrong", MIA_TRANSCRIPT)
    assert run([right, wrong], transcripts) == []
    judged = transcripts.judge(wrong)
    assert judged is not None
    assert [(f.code, f.claims) for f in judged.findings] == [("D201", ("wrong/quote",))]
    # A near match given to the other speaker: no Q402 saying to find the original either.
    near = said("near", MIA_TRANSCRIPT.replace(" to each other,", ","), "mia-threapleton")
    assert run([near, wrong], transcripts) == []


def test_q403_stays_where_no_transcript_has_the_words() -> None:
    claims = [said("a", QUOTE), said("b", QUOTE, "mia-threapleton")]
    assert [f.code for f in run(claims, Transcripts(DATASET, explain=False))] == ["Q403"]


def test_a_variant_is_no_near_match_of_its_words_given_to_another_speaker() -> None:
    # Winslet's words, also given to Savage (Q403), and a variant of them as Winslet's: the
    # variant is reported against Winslet's wording alone, not again as a near match of
    # Savage's, which holds the same words as Winslet's and is told by the Q403; whichever
    # speaker's id comes first, and however many sources print each wording.
    for other, prints in (("dominic-savage", 1), ("dominic-savage", 2), ("mia-threapleton", 2)):
        claims = [said(source, QUOTE) for source in ("a", "b", "c")]
        claims += [said(f"d{n}", QUOTE, other) for n in range(prints)]
        claims += [said(f"e{n}", CHANGED) for n in range(prints)]
        findings = run(claims)
        assert [f.code for f in findings] == ["Q403", "Q402"]
        assert "nearly matches" not in findings[1].message
    claims = [said(source, QUOTE) for source in ("a", "b", "c")]
    claims += [said("d", QUOTE, "dominic-savage"), said("e", CHANGED)]
    findings = run(claims)
    assert [(f.code, f.message) for f in findings] == [
        (
            "Q403",
            "the same words are given to Dominic Savage by 1 source (d) and to Kate Winslet "
            "by 3 sources (a, b, c); find the original to learn who said them",
        ),
        (
            "Q402",
            "a quote by Kate Winslet as 1 source (e) prints it differs in its words from the "
            "wording 3 sources (a, b, c) print: It was really staggering how [-alarmingly-] "
            "{+wonderfully+} free Mia and I were able to be; find the original to learn which "
            "is right",
        ),
    ]
    assert [f.claims for f in findings] == [
        ("d/quote", "a/quote", "b/quote", "c/quote"),
        ("e/quote", "a/quote", "b/quote", "c/quote"),
    ]


def test_a_variant_nearer_another_speakers_words_than_its_own_is_still_told() -> None:
    # Savage's wording has other words than Winslet's: a variant of Winslet's that nearly
    # matches Savage's is a near match given to another speaker, as before.
    his = CHANGED.replace("Mia and I", "Kate and I")
    claims = [said(source, QUOTE) for source in ("a", "b", "c")]
    claims += [said("d", his, "dominic-savage"), said("e", CHANGED)]
    codes = [(f.code, f.claims[0]) for f in run(claims)]
    assert ("Q402", "e/quote") in codes
    near = [f for f in run(claims) if "nearly matches" in f.message]
    assert [f.claims[0] for f in near] == ["d/quote", "e/quote"]


def test_a_quote_in_british_and_american_spelling_differs_in_spelling_alone() -> None:
    """An outlet's house style between sources' wordings: "recognise" against
    "recognize" and "colour" against "color" were changed words (Q402). (Against a
    transcript: tests/rules/test_spelling.py.)"""
    savage = "dominic-savage"
    american = "In many ways, everyone will recognize the difficulties portrayed in the film"
    british = american.replace("recognize", "recognise")
    claims = [said("us", american, savage), said("uk", british, savage)]
    claims += [said("us2", american, savage)]
    assert _described(run(claims, Transcripts(DATASET, explain=False))) == [
        (
            "Q401",
            ("uk/quote", "us/quote", "us2/quote"),
            "a quote by Dominic Savage as 1 source (uk) prints it differs only in spelling, "
            "punctuation or case from the wording 2 sources (us, us2) print; the words agree: "
            "nothing to correct",
        ),
    ]
    colour = [said("a", QUOTE + " in colour"), said("b", QUOTE + " in color")]
    colour += [said("c", QUOTE + " in color")]
    assert [f.code for f in run(colour)] == ["Q401"]
    # Two words spelt alike in neither: still changed words.
    four = [said("a", QUOTE + " for you"), said("b", QUOTE + " four you")]
    four += [said("c", QUOTE + " for you")]
    assert [f.code for f in run(four)] == ["Q402"]
