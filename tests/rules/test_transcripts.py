"""A quote claim against the dataset's transcripts: supported where the words agree,
D207 with a word diff where they differ, D203 where no transcript has them."""

from __future__ import annotations

from pathlib import Path

from validator import validate

ROOT = Path(__file__).resolve().parents[2]


def test_a_quote_whose_first_word_differs_from_the_transcript_is_not_supported(
    tmp_path: Path,
) -> None:
    """The transcript has "whilst it can be a positive thing ...": a source printing
    "while" from there on changed a word the transcript decides (D207), where one
    printing "whilst" is supported."""
    quoted = "it can be a positive thing for some, for other teenagers it can completely"
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        f"  - {{id: while, subject: Kate Winslet, property: said, value: 'while {quoted}'}}\n"
        f"  - {{id: whilst, subject: Kate Winslet, property: said, value: 'whilst {quoted}'}}\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/while", "undetermined"),
        ("a/whilst", "supported"),
    ]
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "D207",
            ("a/while",),
            "the quote by Kate Winslet differs from the dataset's transcript (I Am Ruth press "
            "pack interviews, Channel 4, 2022-11): [-(Everyone knows that) whilst-] {+while+} "
            "it can be a …; check which words the source changed",
        )
    ]


def test_a_word_diff_shows_the_quote_s_first_word(tmp_path: Path) -> None:
    """The transcript opens "The fact that she is"; a source printing "fact the she is"
    wrote "fact" and "the", which the diff shows, not "The [-fact that-] she is"."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: fact, subject: Mia Threapleton, property: said,\n"
        "     value: 'fact the she is actually my mother, I feel that really helped'}\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "D207",
            ("a/fact",),
            "the quote by Mia Threapleton differs from the dataset's transcript (I Am Ruth "
            "press pack interviews, Channel 4, 2022-11): fact [-that-] {+the+} she is actually "
            "my mother I feel that really helped; check which words the source changed",
        )
    ]


QUOTED = "whilst it can be a positive thing for some, for other teenagers it can completely"


def test_a_quote_is_supported_unverifiable_or_someone_elses(tmp_path: Path) -> None:
    """The transcript has the words from Kate Winslet: supported from her, whatever the
    line breaks and control characters between them; from anyone else, D201; words no
    transcript has, D203."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        f"  - {{id: said, subject: Kate Winslet, property: said, value: '{QUOTED}'}}\n"
        "  - {id: nowhere, subject: Kate Winslet, property: said, value: 'Nobody in that "
        "room was ever going to say this out loud'}\n"
        f"  - {{id: other, subject: Mia Threapleton, property: said, value: '{QUOTED}'}}\n"
        '  - {id: hostile, subject: Kate Winslet, property: said, value: "whilst it can '
        'be\\r\\n a positive\\x07 thing for some,\\u202e for other teenagers it can completely"}\n'
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/said", "supported"),
        ("a/nowhere", "unverifiable"),
        ("a/other", "refuted"),
        ("a/hostile", "supported"),
    ]
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "D203",
            ("a/nowhere",),
            'claims Kate Winslet said "Nobody in that room was ever going to say this out '
            'loud"; the dataset has no transcript of these words to check them against; add '
            "one with its reference if it exists",
        ),
        (
            "D201",
            ("a/other",),
            'claims Mia Threapleton said "whilst it can be a positive thing for some, for '
            "other teenagers it can complete…\"; the dataset's transcript (I Am Ruth press "
            "pack interviews, Channel 4, 2022-11) has these words from Kate Winslet; correct "
            "the speaker, or acknowledge it with the fact-check's conclusion",
        ),
    ]
    # The steps say whose transcript it is: they went from the transcript to "refuted".
    assert result.claims[2].explanation[1:] == (
        "transcript: 'Everyone knows that whilst it can be a positive thing for some, for "
        "other teena…' (I Am Ruth press pack interviews, Channel 4, 2022-11)",
        "the transcript is Kate Winslet's, not Mia Threapleton's",
        "verdict: refuted",
    )


def test_words_a_source_puts_in_brackets_are_its_own_not_a_misquote(tmp_path: Path) -> None:
    """ "We [Savage and I] just wanted" and "highlighted [the] issues" mark the source's
    words as its own: supported, as the transcript's words are all there or stood in
    for; a word changed outside brackets is still a D207."""
    honest = "just wanted to tell a story that was honest and highlighted"
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        f"  - {{id: added, subject: Kate Winslet, property: said, value: 'We [Savage and I] "
        f"{honest} those issues'}}\n"
        f"  - {{id: instead, subject: Kate Winslet, property: said, value: '[We] {honest} "
        "[the] issues'}\n"
        f"  - {{id: changed, subject: Kate Winslet, property: said, value: 'We {honest} the "
        "issues'}\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/added", "supported"),
        ("a/instead", "supported"),
        ("a/changed", "undetermined"),
    ]
    assert [
        (f.code, f.claims, f.locations[0].line, f.locations[0].column, f.message)
        for f in result.findings
    ] == [
        (
            "D207",
            ("a/changed",),
            5,
            65,
            "the quote by Kate Winslet differs from the dataset's transcript (I Am Ruth press "
            "pack interviews, Channel 4, 2022-11): … was honest and highlighted [-those-] "
            "{+the+} issues; check which words the source changed",
        )
    ]


def test_a_word_diff_shows_words_a_quote_leaves_out_at_its_mark_as_the_mark(
    tmp_path: Path,
) -> None:
    """ "my father … was already there" changed one word and left the rest out at its
    mark: the diff pairs "father" with "mother" and shows the mark, where it showed the
    thirty words left out as removed for "father"; so too beside a change further on."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: after, subject: Mia, property: said,\n"
        "     value: 'The fact that she is actually my father … was already there.'}\n"
        "  - {id: before, subject: Mia, property: said,\n"
        "     value: 'The fact that she is actually my mother … who are very far from each "
        "other, was already there.'}\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    transcript = (
        "the quote by Mia Threapleton differs from the dataset's transcript (I Am Ruth press "
        "pack interviews, Channel 4, 2022-11): "
    )
    assert [
        (f.code, f.claims, f.locations[0].line, f.locations[0].column, f.message)
        for f in result.findings
    ] == [
        (
            "D207",
            ("a/after",),
            4,
            13,
            f"{transcript}The fact that she is actually my [-mother-] {{+father+}} … was "
            "already there; check which words the source changed",
        ),
        (
            "D207",
            ("a/before",),
            6,
            13,
            f"{transcript}The fact that she is actually my mother … who are very [-close "
            "to-] {+far from+} each other was already there; check which words the source "
            "changed",
        ),
    ]
