"""`factlint draft` on small made-up articles: the exact claim file, determinism, HTML,
standard input, what could not be placed, and that validate accepts the draft."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.command import main

from .play import OPTIONS, drafted

ARTICLE = """\
The Glass Orchard opens at the Lantern

“Nobody saw the ending coming, and the whole room gasped at once.”

The Glass Orchard opens at the Lantern Theatre next Friday, 14 March at 7.30pm.

Nora Vell's new play stars Tomas Reyes as Abel and Ida Brook as Wren. The 44-year-old \
Nora Vell said the story came from her grandmother's farm.

"I wrote it in one long winter, and I have never worked so fast," Vell said. "Every \
scene is a memory.

“Some of them are even true.”

The Glass Orchard is a two-hour drama, and the first week is already sold out.

The Courier wrote: “A quiet triumph that will stay with you for days.”

The run was extended to 30 April.
"""

EXPECTED = """\
# yaml-language-server: $schema=../schema/claim-file.schema.json
# DRAFT written by `factlint draft` from the article: review every claim before keeping it.
# Check each claim against its excerpt, fix or delete what the article does not say, add
# qualifiers and notes, and record by hand what is listed at the end. Then run validate.
source:
  id: stage-weekly-2025-03-07
  outlet: Stage Weekly
  title: The Glass Orchard opens at the Lantern
  published: 2025-03-07
  archive: sources/review.txt
claims:
  - id: venue-the-glass-orchard-lantern-theatre
    subject: The Glass Orchard
    property: venue
    value: Lantern Theatre
    excerpt: The Glass Orchard opens at the Lantern
  - id: opening-night-the-glass-orchard-2025-03-14t19-30
    subject: The Glass Orchard
    property: opening_night
    value: 2025-03-14T19:30
    excerpt: "The Glass Orchard opens at the Lantern Theatre next Friday, 14 March at 7.30pm."
  - id: written-by-the-glass-orchard-nora-vell
    subject: The Glass Orchard
    property: written_by
    value: Nora Vell
    excerpt: "Nora Vell's new play stars Tomas Reyes as Abel and Ida Brook as Wren."
  - id: cast-member-the-glass-orchard-tomas-reyes
    subject: The Glass Orchard
    property: cast_member
    value: Tomas Reyes
    qualifiers: {role: Abel}
    excerpt: "Nora Vell's new play stars Tomas Reyes as Abel and Ida Brook as Wren."
  - id: cast-member-the-glass-orchard-ida-brook
    subject: The Glass Orchard
    property: cast_member
    value: Ida Brook
    qualifiers: {role: Wren}
    excerpt: "Nora Vell's new play stars Tomas Reyes as Abel and Ida Brook as Wren."
  - id: age-nora-vell-44
    subject: Nora Vell
    property: age
    value: 44
    excerpt: "The 44-year-old Nora Vell said the story came from her grandmother's farm."
  - id: said-nora-vell
    subject: Nora Vell
    property: said
    value: I wrote it in one long winter, and I have never worked so fast
    excerpt: I wrote it in one long winter, and I have never worked so fast
  - id: said-nora-vell-2
    subject: Nora Vell
    property: said
    value: "Every scene is a memory."
    excerpt: "Every scene is a memory."
  - id: said-nora-vell-3
    subject: Nora Vell
    property: said
    value: "Some of them are even true."
    excerpt: "Some of them are even true."
  - id: running-time-the-glass-orchard-2-hours
    subject: The Glass Orchard
    property: running_time
    value: "2 hours"
    excerpt: "The Glass Orchard is a two-hour drama, and the first week is already sold out."
  - id: sold-out-the-glass-orchard-true
    subject: The Glass Orchard
    property: sold_out
    value: true
    excerpt: "The Glass Orchard is a two-hour drama, and the first week is already sold out."
  - id: said-the-courier
    subject: The Courier
    property: said
    value: "A quiet triumph that will stay with you for days."
    excerpt: "A quiet triumph that will stay with you for days."

# Found but not placed: no subject and property could be told for these.
# Record any that is a claim by hand.
# - quote: Nobody saw the ending coming, and the whole room gasped at once.
# - date: 30 April
#   in: The run was extended to 30 April.
"""


def _write_article(project: Path, text: str = ARTICLE, name: str = "review.txt") -> Path:
    path = project / "claims" / "sources" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_draft_of_a_plain_text_article(play_project: Path) -> None:
    _write_article(play_project)
    assert main(["claims/sources/review.txt", *OPTIONS, "-o", "claims/review.yaml"]) == 0
    assert (play_project / "claims" / "review.yaml").read_text(encoding="utf-8") == EXPECTED


def test_a_quotation_standing_alone_after_a_speakers_is_theirs(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        'Tomas Reyes said: "I had never been on a stage this small before."\n\n'
        "A photograph of the stage (Lantern Theatre)\n\n"
        '"It felt like acting in a kitchen, in the best way."\n\n'
        "Nora Vell told the Courier the play was nearly cut.\n\n"
        '"And then everything changed in one week."\n'
    )
    out = drafted(text, capsys)
    assert (
        "  - id: said-tomas-reyes-2\n"
        "    subject: Tomas Reyes\n"
        "    property: said\n"
        '    value: "It felt like acting in a kitchen, in the best way."\n'
    ) in out
    # Someone else was reported speaking in between: the last quotation is not placed.
    assert out.endswith("# - quote: And then everything changed in one week.\n")


def test_a_pronoun_stands_for_the_last_speaker_named_in_the_narration(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Nora Vell wrote the play for the Lantern, and The Courier reviewed it.\n\n"
        '"It was a long winter of writing and rewriting," she said.\n\n'
        "Tomas Reyes, who plays Abel, said the rehearsals were hard. "
        '"We cried every single day of them," he said.\n'
    )
    said = [
        line
        for line in drafted(text, capsys).splitlines()
        if line.startswith("    subject: ") or line.startswith("    value: ")
    ]
    # Before anyone has spoken, "she" is the last person named, not the newspaper
    # named after her: people are the first of the quote property's subject_kinds.
    assert said[-4:] == [
        "    subject: Nora Vell",
        "    value: It was a long winter of writing and rewriting",
        "    subject: Tomas Reyes",
        "    value: We cried every single day of them",
    ]


def test_the_draft_passes_validate_and_every_excerpt_is_found(play_project: Path) -> None:
    _write_article(play_project)
    assert main(["claims/sources/review.txt", *OPTIONS, "-o", "claims/review.yaml"]) == 0
    result = validate(["claims"], dataset="dataset")
    codes = sorted({f.code for f in result.findings})
    assert [c for c in codes if c.startswith("E1")] == []
    assert len(result.claims) == 12
    # What the made-up dataset refutes: the age (born June 1981, so 43) and the running time.
    assert sorted(f.code for f in result.findings if f.code.startswith("D201")) == [
        "D201",
        "D201",
    ]


def test_the_same_article_gives_the_same_bytes(play_project: Path) -> None:
    dataset = load_dataset("dataset")
    article = read_article(ARTICLE.encode())
    info = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")
    first = draft(article, dataset, info)
    assert draft(article, load_dataset("dataset"), info) == first
    assert draft(read_article(ARTICLE.encode()), dataset, info) == first


def test_standard_input(play_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    assert main(["-", *OPTIONS], stdin=stdin) == 0
    out = capsys.readouterr().out
    # No archive from stdin: there is no file for validate to read.
    assert out == EXPECTED.replace("  archive: sources/review.txt\n", "")


HTML = """\
<!DOCTYPE html>
<html lang="en"><head>
<title>Orchard review | Stage Weekly</title>
<meta property="og:title" content="The Glass Orchard review: a quiet triumph">
<meta property="og:site_name" content="Stage Weekly">
<meta name="author" content="Pia Lund">
<meta property="article:published_time" content="2025-03-07T08:00:00Z">
<link rel="canonical" href="https://stage.example/orchard-review">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>The Glass Orchard review: a quiet triumph</h1>
<p>The Glass Orchard opens at the Lantern Theatre next Friday, 14 March at 7.30pm, and
the first week is already sold out.</p>
<p>Nora Vell's new play stars Tomas Reyes as Abel and Ida Brook as Wren, in a story
about a family orchard that will not give up its last harvest.</p>
<p>"I wrote it in one long winter, and I have never worked so fast," Vell said.</p>
</article>
<footer>Subscribe to our newsletter for more reviews like this one.</footer>
</body></html>
"""


def test_an_html_page_gives_its_main_text_and_metadata(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (play_project / "page.html").write_text(HTML, encoding="utf-8")
    assert main(["page.html"]) == 0
    out = capsys.readouterr().out
    head = out.split("claims:")[0]
    assert head.endswith(
        "source:\n"
        "  id: stage-weekly-2025-03-07\n"
        "  outlet: Stage Weekly\n"
        '  title: "The Glass Orchard review: a quiet triumph"\n'
        "  published: 2025-03-07\n"
        '  url: "https://stage.example/orchard-review"\n'
        "  author: Pia Lund\n"
    )
    assert "    property: cast_member\n    value: Ida Brook\n    qualifiers: {role: Wren}\n" in out
    assert "    property: sold_out\n    value: true\n" in out
    assert "Subscribe" not in out and "Home" not in out


def test_options_override_the_page(play_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (play_project / "page.html").write_text(HTML, encoding="utf-8")
    args = ["page.html", "--published", "2025-03", "--source-id", "sw-orchard"]
    args += ["--outlet", "SW", "--title", "Orchard", "--url", "https://sw.example/o"]
    assert main(args) == 0
    head = capsys.readouterr().out.split("claims:")[0]
    assert head.endswith(
        "source:\n  id: sw-orchard\n  outlet: SW\n  title: Orchard\n  published: 2025-03\n"
        '  url: "https://sw.example/o"\n  author: Pia Lund\n'
    )


def test_the_article_s_outlet_title_and_author_are_bounded(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "a" * 3000
    front = f"---\ntitle: {long}\nauthor: {long}\nsite: {long}\ndate: 2025\n---\n"
    (play_project / "a.md").write_text(f"{front}The Glass Orchard opens.\n", encoding="utf-8")
    assert main(["a.md"]) == 0
    source = capsys.readouterr().out.split("claims:")[0].split("source:\n")[1]
    assert source == (
        f"  id: {'a' * 80}\n  outlet: {'a' * 2000}\n  title: {'a' * 2000}\n"
        f'  published: "2025"\n  author: {"a" * 2000}\n'
    )


def test_an_interval_of_publication_keeps_dates_at_what_it_settles(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "The Glass Orchard opens this March. The premiere is tomorrow at 8pm.\n"
    _write_article(play_project, text)
    assert (
        main(["claims/sources/review.txt", "--published", "2025-03-01/2025-03-09", "--outlet", "X"])
        == 0
    )
    out = capsys.readouterr().out
    assert "  published: {from: 2025-03-01, to: 2025-03-09}\n" in out
    assert "    property: opening_night\n    value: 2025-03\n" in out
    # "Tomorrow" needs the day of publication, which the interval does not give.
    assert out.endswith("# - date: tomorrow at 8pm\n#   in: The premiere is tomorrow at 8pm.\n")


def test_a_byline_s_date_is_the_publication_date(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plain text whose only date is its byline's needs no --published; where that date
    reads two ways, the command says so."""
    body = "Nora Vell wrote the new play.\n\nThe Glass Orchard opens at the Lantern Theatre.\n"
    article = play_project / "a.txt"
    article.write_text(f"By Ada Mensah, 7 March 2025\n\n{body}", encoding="utf-8")
    assert main(["a.txt", "--outlet", "X"]) == 0
    out = capsys.readouterr().out
    assert "  published: 2025-03-07\n  author: Ada Mensah\n" in out
    _refused_as_reading_two_ways(article, f"By Ada Mensah | 07/03/2025\n\n{body}", capsys)


def test_a_date_line_closing_a_plain_text_is_the_publication_date(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some pages print the date under the article's last paragraph; that date in figures
    reading two ways is still refused, saying so."""
    body = "Nora Vell wrote the new play.\n\nThe Glass Orchard opens at the Lantern Theatre.\n"
    article = play_project / "a.txt"
    article.write_text(f"{body}\nFirst published on Fri 7 Mar 2025 10.00 GMT\n", encoding="utf-8")
    assert main(["a.txt", "--outlet", "X"]) == 0
    out = capsys.readouterr().out
    assert "  published: 2025-03-07\nclaims:\n" in out
    assert "Fri 7 Mar" not in out
    _refused_as_reading_two_ways(article, f"{body}\nPublished 07/03/2025\n", capsys)


@pytest.mark.parametrize(
    ("head", "options"),
    [
        # The headline's date dates the text, which has no date line.
        ("Stage review, Friday 7 March 2025 – The Glass Orchard\n\n", []),
        ("The Glass Orchard review | 7 March 2025\n\n", []),
        # The standfirst's, opening it.
        ("The Glass Orchard review\n\n7 March 2025: a play to shake you.\n\n", []),
        # The same day given by --published.
        ("The Glass Orchard review | 7 March 2025\n\n", ["--published", "2025-03-07"]),
    ],
)
def test_a_date_set_off_that_dates_the_text_is_not_listed_too(
    play_project: Path, capsys: pytest.CaptureFixture[str], head: str, options: list[str]
) -> None:
    """A date the headline or standfirst sets off that is the source's date is listed
    as its `published` alone, not again among the values to place; the same date in a
    sentence of the body, which no cue took, still is."""
    body = "Nora Vell wrote the new play.\n\nIt was first read on 7 March 2025 in Leeds.\n"
    (play_project / "a.txt").write_text(head + body, encoding="utf-8")
    assert main(["a.txt", "--outlet", "X", *options]) == 0
    out = capsys.readouterr().out
    assert "  published: 2025-03-07\n" in out
    assert [line for line in out.splitlines() if line.startswith("# - date: ")] == [
        "# - date: 7 March 2025"
    ]


def test_a_date_set_off_that_is_not_the_source_s_date_is_listed(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where --published gives another day, the headline's date is the reviewer's to
    read: listed, as any date no cue took."""
    text = "The Glass Orchard review | 7 March 2025\n\nNora Vell wrote the new play.\n"
    (play_project / "a.txt").write_text(text, encoding="utf-8")
    assert main(["a.txt", "--outlet", "X", "--published", "2025-03-08"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("# - date: ")] == [
        "# - date: 7 March 2025"
    ]


def _refused_as_reading_two_ways(
    article: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`text`, whose date line is 07/03/2025, drafts nothing and says why."""
    article.write_text(text, encoding="utf-8")
    assert main([article.name, "--outlet", "X"]) == 2
    assert capsys.readouterr().err == (
        "factlint draft: a.txt: no publication date in the article (its date line's 07/03/2025 "
        "could be 2025-03-07 or 2025-07-03): pass --published DATE\n"
    )


def _said(out: str) -> list[str]:
    """The speaker and words of each quotation claim, then the quotations not placed."""
    lines: list[str] = []
    for block in out.split("  - id: ")[1:]:
        rows = block.splitlines()
        if "    property: said" in rows:
            lines += [r for r in rows if r.startswith(("    subject: ", "    value: "))]
    return lines + [line for line in out.splitlines() if line.startswith("# - quote: ")]


def test_a_question_states_nothing(play_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An interviewer's question is no claim; the answer's statement is."""
    out = drafted("Is The Glass Orchard sold out?\n\nIt runs for two hours.\n", capsys)
    assert "property: sold_out" not in out
    assert out.count("property: running_time") == 1


def test_a_claim_another_from_the_same_words_says_more_than_is_dropped(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "{value} plays {role}" and "starring {value}" both match; the claim without the
    role says less than the one with it, and is left out."""
    dataset = play_project / "dataset" / "dataset.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(
        text.replace('"{value} plays {role}"]', '"{value} plays {role}", "{value} plays"]')
    )
    out = drafted("The Glass Orchard is a two-hour drama. Ida Brook plays Wren.\n", capsys)
    assert out.count("property: cast_member") == 1
    assert "    qualifiers: {role: Wren}\n" in out


def test_a_claim_from_other_words_is_kept_beside_a_fuller_one(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only claims from the same words are merged: a fuller claim from another sentence
    may be the wrong one ("Years ago, Kate Winslet played Rose in Titanic" read as her
    part in the article's film), and the claim it would replace the right one."""
    dataset = play_project / "dataset" / "dataset.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(
        text.replace('"{value} plays {role}"]', '"{value} plays {role}", "{value} plays"]')
    )
    out = drafted(
        "Ida Brook plays.\n\nThe Glass Orchard is a drama. Ida Brook plays Wren.\n", capsys
    )
    assert out.count("property: cast_member") == 2
    assert out.count("    qualifiers: {role: Wren}\n") == 1


def test_a_possessive_is_no_character_s_name(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "plays Abel's sister Wren": the part is not "Abel's"."""
    out = drafted("The Glass Orchard is a two-hour drama. Ida Brook plays Abel's sister.\n", capsys)
    assert "property: cast_member" not in out


INTERVIEW = """\
Nora Vell: ‘I wrote it in one long winter’
The playwright on her new play at the Lantern.
How long did The Glass Orchard take to write?
“One winter. I wrote every night and threw most of it away.”
Who did you write Abel for?
“For Tomas Reyes, though I never told him that.”
"""
ANSWERS = [
    '    value: "One winter. I wrote every night and threw most of it away."',
    '    value: "For Tomas Reyes, though I never told him that."',
]
# Each article, and the speakers and words of its quotation claims, then what is listed
# as not placed.
SPEAKERS = {
    # A pull quote set beside the text repeats the article's words: no second claim.
    "pull-quote": (
        'Nora Vell said: "I wrote it in one long winter, and I have never worked so fast."'
        "\n\n“I wrote it in one long winter”\n",
        [
            "    subject: Nora Vell",
            '    value: "I wrote it in one long winter, and I have never worked so fast."',
        ],
    ),
    # "Marta Quill ... she said" is not Nora Vell's, the last speaker's, nor is the next
    # "she added"; a speaker named again is theirs.
    "someone-the-dataset-does-not-know": (
        'Nora Vell said: "The first week sold out in an hour."\n\n'
        "Marta Quill, the set designer, built the orchard from paper. "
        '"It took me four months of evenings," she said.\n\n'
        '"I would do it all again tomorrow," she added.\n\n'
        '"We open in March, whatever happens," Vell said.\n',
        [
            "    subject: Nora Vell",
            '    value: "The first week sold out in an hour."',
            "    subject: Nora Vell",
            "    value: We open in March, whatever happens",
            "# - quote: It took me four months of evenings",
            "# - quote: I would do it all again tomorrow",
        ],
    ),
    # A name ending a list, its age set off by commas, is not who speaks: the director
    # the dataset does not know is.
    "a-name-ending-a-list": (
        "The director, who cast Tomas Reyes, 30, and Ida Brook, 25, said: "
        "“They were the first two I called.”\n",
        ["# - quote: They were the first two I called."],
    ),
    # Questions, then answers standing alone in quotation marks, under a headline naming
    # the one interviewed before a colon.
    "interview": (INTERVIEW, [x for a in ANSWERS for x in ("    subject: Nora Vell", a)]),
    "interview-headline-naming-no-one": (
        INTERVIEW.replace("Nora Vell: ‘I wrote it in one long winter’", "A long winter"),
        ["# - quote: " + a[12:-1] for a in ANSWERS],
    ),
}


@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_who_said_each_quotation(
    play_project: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    text, expected = SPEAKERS[case]
    assert _said(drafted(text, capsys)) == expected


def test_a_name_inside_a_quotation_does_not_take_the_pronoun(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A person the dataset does not know, named inside the quotation after one it does,
    is no one the narration's "she" stands for."""
    text = (
        "Nora Vell wrote the play for the Lantern.\n\n"
        "“I wrote Abel for Tomas Reyes and for Ben Whishaw, both of them,” she said.\n"
    )
    assert _said(drafted(text, capsys)) == [
        "    subject: Nora Vell",
        "    value: I wrote Abel for Tomas Reyes and for Ben Whishaw, both of them",
    ]


def test_a_day_of_the_week_is_placed_by_the_tense_of_the_cue_s_words(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Published on Friday 7 March 2025: "opens on Tuesday" is the coming Tuesday, "the
    premiere was on Tuesday" the one before; a premiere with no verb says neither, and
    its day is listed for the reviewer."""
    out = drafted(
        "Stage news\n\n"
        "The Glass Orchard opens on Tuesday at 7.30pm.\n\n"
        "The premiere was on Tuesday.\n\n"
        "The premiere, Tuesday.\n",
        capsys,
    )
    values = [line for line in out.splitlines() if line.startswith("    value: ")]
    assert values == ["    value: 2025-03-11T19:30", "    value: 2025-03-04"]
    assert out.endswith("# - date: Tuesday\n#   in: The premiere, Tuesday.\n")


def test_a_shared_surname_names_the_one_the_article_names_most(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mother named once in passing, in full and last, does not take the surname from
    the actor the article is about."""
    dataset = play_project / "dataset" / "dataset.yaml"
    dataset.write_text(
        dataset.read_text(encoding="utf-8")
        + "  - {id: ada-reyes, kind: person, names: [Ada Reyes]}\n",
        encoding="utf-8",
    )
    out = drafted(
        "Stage news\n\n"
        "Tomas Reyes plays Abel in The Glass Orchard.\n\n"
        "Tomas Reyes, whose mother Ada Reyes ran a theatre, trained in Leeds.\n\n"
        "“I played the town I grew up in,” Reyes said.\n",
        capsys,
    )
    assert _said(out) == [
        "    subject: Tomas Reyes",
        "    value: I played the town I grew up in",
    ]


def test_a_dataset_s_cues_are_compiled_once_a_process(play_project: Path) -> None:
    """Compiling the cues is most of a draft's time: a second article drafted against
    the same dataset reuses the first's patterns, and an edited cue is compiled anew."""
    from dataclasses import replace

    from validator.draft import _compile

    dataset = load_dataset("dataset")
    first, again = _compile(dataset), _compile(load_dataset("dataset"))
    assert first and all(a is b for a, b in zip(first, again, strict=True))
    name = next(n for n in sorted(dataset.properties) if dataset.properties[n].cues)
    prop = dataset.properties[name]
    edited = replace(prop, cues=(prop.cues[0] + " again", *prop.cues[1:]))
    changed = _compile(replace(dataset, properties={**dataset.properties, name: edited}))
    reused = {id(cue) for cue in first}
    fresh = [cue for cue in changed if id(cue) not in reused]
    assert fresh and all(cue.property == name for cue in fresh)
    assert prop.cues[0] + " again" in [cue.text for cue in fresh]
    assert len(fresh) <= 2  # the edited cue, and its form opening a sentence
