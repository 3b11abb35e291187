"""Direct speech and who said it: quotations found from one opening mark to the next
closing one, carried over paragraphs by the press convention, each attributed by the
quote property's own cues, and pull quotes repeating a longer quotation left out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.draft.cues import compile_cue
from validator.draft.mentions import Mentions
from validator.draft.model import DraftClaim
from validator.draft.quotes import QuoteSpan, find_quotes, quote_spans, without_repeats
from validator.draft.sentences import split_sentences

from .play import drafted

HARD = "It was a hard year for all of us"


def _spans(*paragraphs: str) -> list[tuple[int, int, int, bool, bool]]:
    return [(s.paragraph, s.start, s.end, s.continued, s.closed) for s in quote_spans(paragraphs)]


def test_a_quotation_runs_between_marks_of_any_style() -> None:
    paragraph = 'a “b” c "d" e „f“ g «h»'
    assert _spans(paragraph) == [
        (0, 3, 4, False, True),
        (0, 9, 10, False, True),
        (0, 15, 16, False, True),
        (0, 21, 22, False, True),
    ]
    span = quote_spans((paragraph,))[2]
    assert span == QuoteSpan(0, 15, 16, False, True)
    assert span.text((paragraph,)) == "f"


def test_single_marks_are_left_alone() -> None:
    assert _spans("Vell's ‘great’ play and 'the Lantern'") == []


def test_a_japanese_quotation_runs_between_corner_brackets() -> None:
    assert _spans("a「b」c") == [(0, 2, 3, False, True)]
    # A quotation within one, in white corner brackets, is part of it; alone, they set
    # off a title, no quotation.
    assert _spans("「彼女は『最後の舞台』と言った」") == [(0, 1, 15, False, True)]
    assert _spans("『ガラスの果樹園』") == []
    # A corner bracket closes only a corner bracket, and no other mark closes one.
    assert _spans("“a」b” 「c”d」") == [(0, 1, 4, False, True), (0, 7, 10, False, True)]
    # A Japanese quotation still open at a paragraph's end carries on, as any other.
    assert _spans("「まだ", "「続く」") == [(0, 1, 3, False, False), (1, 1, 3, True, True)]


def test_a_quotation_open_at_a_paragraph_s_end_carries_on_where_the_next_opens_with_one() -> None:
    assert _spans("“open", "“goes on”") == [(0, 1, 5, False, False), (1, 1, 8, True, True)]
    assert _spans("“open", "  “goes on") == [(0, 1, 5, False, False), (1, 3, 10, True, False)]
    # A paragraph opening with other words is not the quotation going on.
    assert _spans("“open", "not “quoted”") == [(0, 1, 5, False, False), (1, 5, 11, False, True)]
    # Nor is a second quotation of the next paragraph.
    assert _spans("“open", "“a” and “b") == [
        (0, 1, 5, False, False),
        (1, 1, 2, True, True),
        (1, 9, 10, False, False),
    ]


def test_stray_closing_marks_open_nothing() -> None:
    assert _spans("”" * 5 + "“ab") == [(0, 6, 8, False, False)]
    assert _spans("") == []


def test_a_paragraph_of_a_great_many_quotation_marks_gives_a_hundred_quotations() -> None:
    spans = quote_spans(("x“y”" * 150,))
    assert len(spans) == 100
    assert (spans[-1].start, spans[-1].end) == (4 * 99 + 2, 4 * 99 + 3)
    assert len(quote_spans(("«" * 1_000_000,))) == 1  # one opened, never closed
    # “ closes a quotation too („...“): a run of them is quotations of nothing.
    assert len(quote_spans(("“" * 1_000_000,))) == 100


Said = list[tuple[str, str, tuple[int, int]]]
Left = list[tuple[str, tuple[int, int]]]
Find = Callable[..., tuple[Said, Left]]


@pytest.fixture()
def quotes(play_project: Path) -> Find:
    """Find the quotations of paragraphs as the drafter does, with the play dataset's
    `said` cues: (speaker, words, where) of each claim, and the words not placed."""
    dataset = load_dataset("dataset")
    prop = dataset.properties["said"]
    speech = [compile_cue(cue, prop) for cue in prop.cues]

    def find(*paragraphs: str, interviewee: str | None = None) -> tuple[Said, Left]:
        sentences = split_sentences(paragraphs)
        mentions = Mentions(dataset, sentences, set(prop.subject_kinds), prop.subject_kinds[:1])
        claims, unplaced = find_quotes(
            paragraphs, mentions, speech, prop.subject_kinds, interviewee
        )
        # A quote's excerpt is its words, or the sentence its attribution splits.
        assert all(c.property == "said" for c in claims)
        assert all(c.excerpt in (c.value, paragraphs[c.where[0]].strip()) for c in claims)
        assert all(u.what == "quote" and u.sentence == u.found for u in unplaced)
        return (
            [(c.subject, str(c.value), c.where) for c in claims],
            [(u.found, u.where) for u in unplaced],
        )

    return find


@pytest.mark.parametrize(
    ("paragraphs", "said"),
    [
        ((f"“{HARD},” Nora Vell said.",), [("nora-vell", f"{HARD}", (0, 1))]),
        ((f"“{HARD},” said Tomas Reyes.",), [("tomas-reyes", f"{HARD}", (0, 1))]),
        ((f"Nora Vell said: “{HARD}.”",), [("nora-vell", f"{HARD}.", (0, 17))]),
        ((f'"{HARD}," Vell said.',), [("nora-vell", f"{HARD}", (0, 1))]),
        ((f"“{HARD},” The Courier wrote.",), [("the-courier", f"{HARD}", (0, 1))]),
        # A pronoun is the last person named.
        (
            ("Nora Vell spoke to us.", f"“{HARD},” she said."),
            [("nora-vell", f"{HARD}", (1, 1))],
        ),
        # So is what they are, in up to three words ending in a noun: "the Titanic
        # star said" left the quotation unplaced.
        (
            ("Nora Vell spoke to us.", f"“{HARD},” the Tony winner said."),
            [("nora-vell", f"{HARD}", (1, 1))],
        ),
        (
            ("Nora Vell spoke to us.", f"The 47-year-old said: “{HARD}.”"),
            [("nora-vell", f"{HARD}.", (1, 23))],
        ),
        (
            (
                "Nora Vell spoke to us.",
                f"Speaking later, the Olivier-winning stage actress said: “{HARD}.”",
            ),
            [("nora-vell", f"{HARD}.", (1, 57))],
        ),
    ],
)
def test_a_quotation_and_its_speaker(quotes: Find, paragraphs: tuple[str, ...], said: Said) -> None:
    assert quotes(*paragraphs) == (said, [])


def test_a_pronoun_after_someone_newly_named_is_theirs_not_the_last_speaker_s(
    quotes: Find,
) -> None:
    """A paragraph naming someone other than the last speaker, then quoting with "she
    said", quotes them; one naming the last speaker too is still the last speaker's."""
    first = f"“{HARD},” Nora Vell said."
    newly = (first, f"Her niece, Ida Brook, plays Wren. “{HARD},” she said.")
    assert quotes(*newly) == (
        [("nora-vell", f"{HARD}", (0, 1)), ("ida-brook", f"{HARD}", (1, 35))],
        [],
    )
    both = (first, f"Nora Vell praised Ida Brook. “{HARD},” she said.")
    assert quotes(*both) == (
        [("nora-vell", f"{HARD}", (0, 1)), ("nora-vell", f"{HARD}", (1, 30))],
        [],
    )
    # An owner is not who the sentence is about: the last speaker still speaks.
    owner = (f"“{HARD},” Ida Brook said.", f"Nora Vell's play opens in March. “{HARD},” she said.")
    assert quotes(*owner)[0][1:] == [("ida-brook", f"{HARD}", (1, 34))]
    # A name inside an earlier quotation of the paragraph is no one's narration.
    quoted = (first, f"“Ida Brook was right,” she said. “{HARD},” she said.")
    assert quotes(*quoted)[0][1:] == [
        ("nora-vell", "Ida Brook was right", (1, 1)),
        ("nora-vell", f"{HARD}", (1, 34)),
    ]


def test_the_one_told_is_not_the_speaker(quotes: Find) -> None:
    """In `the Tony winner told Tomas Reyes: "..."` the words are the winner's, whom the
    narration named before; Reyes, named after the cue and before the quotation, was
    taken as the speaker. With no one named before, the words are left unplaced rather
    than given to the one told."""
    told = f"The Tony winner told host Tomas Reyes: “{HARD}.”"
    assert quotes("Nora Vell spoke to us.", told) == ([("nora-vell", f"{HARD}.", (1, 40))], [])
    assert quotes(told) == ([], [(f"{HARD}.", (0, 40))])
    to = f"Nora Vell spoke to us. Later she said to Tomas Reyes: “{HARD}.”"
    assert quotes(to) == ([("nora-vell", f"{HARD}.", (0, 55))], [])
    # Named, the speaker is who the cue names, whoever is told.
    named = f"Nora Vell told Tomas Reyes: “{HARD}.”"
    assert quotes(named) == ([("nora-vell", f"{HARD}.", (0, 29))], [])


def test_someone_named_speaking_after_the_lead_in_s_speaker_is_not_them(quotes: Find) -> None:
    """In `Winslet recalled how Savage had turned to her and said: "..."` the words are
    Savage's, whom no cue names as the one who said them: they were given to Winslet, the
    one who recalled. They are left unplaced; a speech verb with no one else named
    before it keeps the lead-in's speaker."""
    recalled = f"Nora Vell wrote that Tomas Reyes had turned to her and said: “{HARD}.”"
    assert quotes(recalled) == ([], [(f"{HARD}.", (0, 62))])
    told = f"Nora Vell said she had told Tomas Reyes: “{HARD}.”"
    assert quotes(told) == ([("nora-vell", f"{HARD}.", (0, 42))], [])


def test_a_sentence_split_by_its_attribution_is_one_claim(quotes: Find) -> None:
    """`"...," she said, "and ..."` is one sentence said: its two parts were two claims,
    the first with the attribution's comma. The value joins them; the excerpt is the
    paragraph's sentence as written. A part of fewer than four words joins the other."""
    split = f"“{HARD},” she said, “and we all felt it.”"
    assert quotes("Nora Vell spoke to us.", split) == (
        [("nora-vell", f"{HARD}, and we all felt it.", (1, 1))],
        [],
    )
    short = "“Hard, yes,” Nora Vell said, “and we all felt it.”"
    assert quotes(short) == ([("nora-vell", "Hard, yes, and we all felt it.", (0, 1))], [])
    # Two sentences, two claims.
    two = f"“{HARD},” Nora Vell said. “We all felt it, every day.”"
    assert quotes(two)[0] == [
        ("nora-vell", HARD, (0, 1)),
        ("nora-vell", "We all felt it, every day.", (0, 53)),
    ]


def test_a_speaker_introducing_the_next_quotation_is_not_the_last_one_s(quotes: Find) -> None:
    """`Vell said: "..." Reyes said: "..."`: the cue after the first quotation ends in a
    colon, and introduces the second. The first was given to Reyes."""
    paragraph = f"Nora Vell said: “{HARD}.” Tomas Reyes said: “I agree with every word of it.”"
    assert quotes(paragraph) == (
        [
            ("nora-vell", f"{HARD}.", (0, 17)),
            ("tomas-reyes", "I agree with every word of it.", (0, 71)),
        ],
        [],
    )


def test_a_pronoun_after_a_sentence_about_someone_is_theirs_not_the_last_speaker_s(
    quotes: Find,
) -> None:
    """A person named as a sentence's subject since the last quotation is who "she" is:
    Reyes's words were given to Vell, who had spoken last. A name that only owns
    something ("Reyes's film", a paragraph before) is no sentence's subject."""
    said, _ = quotes(
        f"“{HARD},” said Nora Vell.",
        "Tomas Reyes has acted before. “I was calm from the first day,” he said.",
        "Vell agrees. “It was the best time of my life,” she said.",
        "Reyes's film opens on Friday.",
        "“We will be back next spring for sure,” she said.",
    )
    assert said == [
        ("nora-vell", f"{HARD}", (0, 1)),
        ("tomas-reyes", "I was calm from the first day", (1, 31)),
        ("nora-vell", "It was the best time of my life", (2, 14)),
        ("nora-vell", "We will be back next spring for sure", (4, 1)),
    ]


def test_a_quotation_over_paragraphs_keeps_its_speaker(quotes: Find) -> None:
    said, unplaced = quotes(
        f"“{HARD},” Nora Vell said. “And it goes on", "“into the next paragraph for sure.”"
    )
    assert said == [
        ("nora-vell", f"{HARD}", (0, 1)),
        ("nora-vell", "And it goes on", (0, 53)),
        ("nora-vell", "into the next paragraph for sure.", (1, 1)),
    ]
    assert unplaced == []


def test_a_quotation_standing_alone_after_an_attributed_one_is_the_same_speaker_s(
    quotes: Find,
) -> None:
    said, _ = quotes(f"“{HARD},” Nora Vell said.", "“We will be back next spring for sure.”")
    assert said[1] == ("nora-vell", "We will be back next spring for sure.", (1, 1))


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("“We will be back next spring for sure.”",),  # nobody said it
        (f"“{HARD},” she said.",),  # nobody was named before
        (f"“{HARD},” Ben Whishaw said.",),  # someone the dataset does not know
        (f"Nora Vell arrived. Ben Whishaw won. “{HARD},” he said.",),
        # What is said to say something is no one who spoke: "the report said" was
        # given to the last person named.
        ("Nora Vell spoke to us.", f"“{HARD},” the report said."),
        ("Nora Vell spoke to us.", f"The official statement said: “{HARD}.”"),
        # A name's last word is never in lower case: no one is called "the Daily Planet".
        ("Nora Vell spoke to us.", f"“{HARD},” the Daily Planet said."),
    ],
)
def test_a_quotation_whose_speaker_is_not_known_is_left_unplaced(
    quotes: Find, paragraphs: tuple[str, ...]
) -> None:
    said, unplaced = quotes(*paragraphs)
    assert said == []
    assert len(unplaced) == 1


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        # A name after a preposition is its object: the one speaking is the noun before.
        (f"A friend of Nora Vell said: “{HARD}.”", f"{HARD}."),
        (f"A spokesperson for the actress told us: “{HARD}.”", f"{HARD}."),
        (f"“{HARD},” a source close to Vell said.", HARD),
        # Words after the quotation saying someone no cue names spoke: the quotation
        # opening its paragraph was the last speaker's.
        (f"“{HARD},” said a pal of the actress.", HARD),
        (f"“{HARD},” a spokesperson said.", HARD),
        (f"“{HARD},” one insider told The Courier.", HARD),
        (f"“{HARD},” Ada Quill, head of drama at The Courier, said.", HARD),
        # "The star's publicist" is not the star.
        (f"“{HARD},” the star’s publicist said.", HARD),
    ],
)
def test_a_quotation_someone_the_dataset_does_not_know_is_said_to_speak_is_left_unplaced(
    quotes: Find, paragraph: str, words: str
) -> None:
    said, unplaced = quotes(f"“{HARD},” Nora Vell said.", paragraph)
    assert said == [("nora-vell", HARD, (0, 1))]
    assert [found for found, _ in unplaced] == [words]


def test_a_quotation_told_after_it_by_words_calling_the_speaker_back_is_theirs(
    quotes: Find,
) -> None:
    # "she later said", "the Tony-winning actress adds": the cue missed the words, and
    # they are still the last speaker, not someone else.
    said, unplaced = quotes(
        "Nora Vell spoke to us.",
        f"“{HARD},” she later said.",
        "“We will be back next spring for sure,” the much-loved actress adds.",
    )
    assert said == [
        ("nora-vell", HARD, (1, 1)),
        ("nora-vell", "We will be back next spring for sure", (2, 1)),
    ]
    assert unplaced == []
    # Words ending the quotation's sentence start another: "A source said:" leads into
    # the next quotation, and the first stays the speaker's.
    said, _ = quotes(f"“{HARD}.” A source said: “We will be back next spring.”")
    assert said == []


def test_a_quotation_the_narration_denies_in_its_clause_is_listed(quotes: Find) -> None:
    # "Savage said the film was not meant to be "an attack on technology"": drafted as
    # Savage saying "an attack on technology", the words the article says he did not.
    said, unplaced = quotes(
        "Nora Vell said the play was not meant to be “an attack on the theatre.”",
        "Nora Vell never said: “I hate the theatre and everything in it.”",
        "It was not long before Nora Vell said: “We have something special here.”",
        f"“{HARD}, and it is not over,” Nora Vell said.",
    )
    assert said == [
        ("nora-vell", "We have something special here.", (2, 40)),
        ("nora-vell", f"{HARD}, and it is not over", (3, 1)),
    ]
    assert unplaced == [
        ("an attack on the theatre.", (0, 45)),
        ("I hate the theatre and everything in it.", (1, 23)),
    ]


def test_fewer_than_four_words_are_a_phrase_set_off_not_a_statement(quotes: Find) -> None:
    assert quotes("“Too short,” Nora Vell said.", "A “so-called” hit.") == ([], [])


def test_a_quotation_in_chinese_counts_each_character_half_a_word(quotes: Find) -> None:
    # A sentence of Chinese has no spaces: it was one word, and never drafted.
    said, _ = quotes("“我从来没有见过这样的表演,” Nora Vell said.", "A “一带一路” plan.")
    assert said == [("nora-vell", "我从来没有见过这样的表演", (0, 1))]
    assert quotes("“好极了,” Nora Vell said.") == ([], [])  # three characters: a phrase


def test_a_quotation_in_corner_brackets_has_its_speaker_as_any_other(quotes: Find) -> None:
    words = "この芝居は私の人生で一番大切な仕事です。"
    assert quotes(f"Nora Vell said: 「{words}」") == ([("nora-vell", words, (0, 17))], [])
    assert quotes(f"「{words}」, said Tomas Reyes.") == ([("tomas-reyes", words, (0, 1))], [])
    nested = "彼女は『これが最後の舞台』と言っていました。"
    assert quotes("Nora Vell spoke to us.", f"「{nested}」 she said.") == (
        [("nora-vell", nested, (1, 1))],
        [],
    )
    # No speaker the dataset knows: listed, as any quotation.
    assert quotes(f"「{words}」") == ([], [(words, (0, 1))])
    # A pull quote set beside the text ends with a full stop where the quotation goes on.
    full, pull = "一番大切な仕事です、本当に。", "一番大切な仕事です。"
    said = [
        DraftClaim("nora-vell", "said", full, full, (0, 1)),
        DraftClaim("nora-vell", "said", pull, pull, (1, 1)),
    ]
    assert without_repeats(said) == said[:1]


def test_an_interview_s_answers_are_the_interviewee_s(quotes: Find) -> None:
    paragraphs = (
        "Did you enjoy it?",
        "It was the best year of my life, honestly.",
        "What next?",
        "A: A new play about a lighthouse keeper.",
    )
    assert quotes(*paragraphs) == ([], [])
    assert quotes(*paragraphs, interviewee="nora-vell") == (
        [
            ("nora-vell", "It was the best year of my life, honestly.", (1, 0)),
            ("nora-vell", "A new play about a lighthouse keeper.", (3, 0)),
        ],
        [],
    )
    # An answer in quotation marks right after the question is theirs too.
    assert quotes(
        "Did you enjoy it?", "“It was the best year of my life, honestly.”", interviewee="nora-vell"
    ) == ([("nora-vell", "It was the best year of my life, honestly.", (1, 1))], [])


def test_a_hostile_paragraph_of_quotation_marks_and_cues_ends(quotes: Find) -> None:
    assert quotes("«" * 100_000) == ([], [])
    said, _ = quotes(f"“{HARD},” Nora Vell said. " * 150)
    assert len(said) == 100


def _said(speaker: str, words: str, at: int) -> DraftClaim:
    return DraftClaim(speaker, "said", words, words, (at, 0))


def test_a_pull_quote_repeating_a_longer_quotation_is_left_out() -> None:
    full = _said("vell", f"{HARD}, and we came through it.", 2)
    pull = _said("vell", f"“{HARD}”", 0)
    other = _said("reyes", HARD, 1)  # another speaker's words are their own
    same = _said("vell", f"{HARD}, and we came through it.", 5)  # no longer: kept
    assert without_repeats([pull, other, full, same]) == [other, full, same]


def test_only_short_pull_quotes_are_compared() -> None:
    long_words = "word " * 70  # over 300 characters: no line in large type
    full = _said("vell", long_words + "and more", 1)
    assert without_repeats([_said("vell", long_words, 0), full]) == [
        _said("vell", long_words, 0),
        full,
    ]


def test_a_speaker_quoted_more_than_three_hundred_times_is_not_compared() -> None:
    said = [_said("vell", f"line {n} of the play", n) for n in range(299)]
    said.append(_said("vell", "line 1", 299))  # repeats "line 1 of the play"
    assert without_repeats(said) == said[:299]
    said.append(_said("vell", "line 2", 300))  # the 301st: none compared
    assert without_repeats(said) == said


def _play_draft(play_project: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The draft of `text` written to the play project's claims, nothing printed."""
    assert drafted(text, capsys, "-o", "claims/review.yaml") == ""
    return (play_project / "claims" / "review.yaml").read_text(encoding="utf-8")


def _validates_as(claims: int) -> None:
    """The play project's claims validate with no excerpt error, `claims` of them."""
    result = validate(["claims"], dataset="dataset")
    assert [f.code for f in result.findings if f.code.startswith("E1")] == []
    assert len(result.claims) == claims


def test_an_article_quoting_in_corner_brackets_is_drafted_and_validates(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Japanese quotations were left out of a draft, not even listed: their marks were
    no quotation marks to it."""
    text = (
        "The Glass Orchard opens at the Lantern Theatre.\n\n"
        "Nora Vell said: 「この芝居は私の人生で一番大切な仕事です。」\n\n"
        "「彼女は『これが最後の舞台』と言っていました」, Tomas Reyes said.\n\n"
        "ノラ・ヴェルは「この芝居は私の人生で一番大切な仕事です。」と語った。\n"
    )
    draft = _play_draft(play_project, text, capsys)
    assert draft.split("claims:\n", 1)[1] == (
        "  - id: venue-the-glass-orchard-lantern-theatre\n"
        "    subject: The Glass Orchard\n"
        "    property: venue\n"
        "    value: Lantern Theatre\n"
        '    excerpt: "The Glass Orchard opens at the Lantern Theatre."\n'
        "  - id: said-nora-vell\n"
        "    subject: Nora Vell\n"
        "    property: said\n"
        '    value: "この芝居は私の人生で一番大切な仕事です。"\n'
        '    excerpt: "この芝居は私の人生で一番大切な仕事です。"\n'
        "  - id: said-tomas-reyes\n"
        "    subject: Tomas Reyes\n"
        "    property: said\n"
        '    value: "彼女は『これが最後の舞台』と言っていました"\n'
        '    excerpt: "彼女は『これが最後の舞台』と言っていました"\n'
        "\n"
        "# Found but not placed: no subject and property could be told for these.\n"
        "# Record any that is a claim by hand.\n"
        # The play's dataset names her only in Latin letters, and has no cue in
        # Japanese: the speaker is no one the draft can name. The article's last line
        # is kept: it ends as a Japanese sentence does.
        "# - quote: この芝居は私の人生で一番大切な仕事です。\n"
    )
    _validates_as(claims=3)


def test_a_split_sentence_is_drafted_with_an_excerpt_the_archive_holds(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The joined words are no passage of the article; the excerpt, the whole sentence,
    is, and validate finds it in the archive."""
    text = (
        "The Glass Orchard opens at the Lantern Theatre.\n\n"
        "“It was a hard year for all of us,” Nora Vell said, “and we all felt it.”\n"
    )
    draft = _play_draft(play_project, text, capsys)
    assert draft.split("  - id: said-nora-vell\n", 1)[1] == (
        "    subject: Nora Vell\n"
        "    property: said\n"
        '    value: "It was a hard year for all of us, and we all felt it."\n'
        '    excerpt: "“It was a hard year for all of us,” Nora Vell said, “and we all felt it.”"\n'
    )
    _validates_as(claims=2)


def test_a_negation_in_an_earlier_sentence_denies_no_quotation(quotes: Find) -> None:
    # "Kate Winslet did not hold back. "Mia was wonderful ...," she said.": the earlier
    # sentence's "not" left the quotation listed, not the speaker's.
    said, unplaced = quotes(
        "Nora Vell did not hold back. “We have something special here,” she said.",
    )
    assert said == [("nora-vell", "We have something special here", (0, 30))]
    assert unplaced == []
