"""Hostile articles: sizes at which work growing with the square of the text would take
minutes (every quotation mark, name or list scanned again from each one); the draft
stays bounded and says what it left out. Nothing here is timed."""

from __future__ import annotations

import itertools
import string
from pathlib import Path

import pytest

from validator.cli.factlint import main
from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.article import ArticleError

INFO = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")


def _draft(text: str) -> str:
    return draft(read_article(text.encode()), load_dataset("dataset"), INFO)


def _draft_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The one line `factlint draft` of a short article in `project` ends with, exit 2."""
    (project / "a.txt").write_text("The Glass Orchard is sold out.\n", encoding="utf-8")
    assert main(["draft", "a.txt", "--published", "2025-03-07", "--outlet", "X"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def _claims(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("  - id: ")]


def test_a_sentence_of_ten_thousand_names_and_no_cue(play_project: Path) -> None:
    assert _claims(_draft("Tomas Reyes, Ida Brook, " * 5000)) == []


def test_ten_thousand_quotations_in_one_paragraph(play_project: Path) -> None:
    out = _draft("“One two three four.” Vell said. " * 10000)
    assert _claims(out) == ["  - id: said-nora-vell"]


def test_ten_thousand_quotation_marks_never_closed(play_project: Path) -> None:
    out = _draft("“ Nora Vell " * 10000)
    assert _claims(out) == []


def test_a_surname_repeated_after_each_full_name(play_project: Path) -> None:
    out = _draft(("Nora Vell " + "Vell " * 50 + "said: “a b c d e”\n") * 500)
    assert _claims(out) == ["  - id: said-nora-vell"]


def test_ten_thousand_dates_no_cue_places(play_project: Path) -> None:
    out = _draft("14 March 2025 at 7pm, " * 10000)
    assert _claims(out) == []
    assert out.count("\n# - date: 14 March 2025 at 7pm\n") == 500
    assert out.endswith("# … and 9500 more not listed.\n")


def test_five_thousand_epithets_in_one_sentence(play_project: Path) -> None:
    """Each "the 43-year-old" read the sentence's names before and after it again."""
    out = _draft("Nora Vell, the 43-year-old, and Tomas Reyes " * 5000)
    assert _claims(out) == ["  - id: age-nora-vell-43"]
    assert out.count("\n# - age: 43\n") == 500
    assert out.endswith("# … and 4499 more not listed.\n")


def test_ten_thousand_pronouns_filling_a_cue_in_one_sentence(play_project: Path) -> None:
    """Each "She plays" looked for "which" or "that" before it from the sentence's start,
    and listed the sentence's names before it to find whom "She" stands for."""
    out = _draft("Nora Vell stars in The Glass Orchard. " + "She plays Ruth and " * 10000)
    assert _claims(out) == ["  - id: cast-member-the-glass-orchard-nora-vell"]


def test_five_thousand_cue_matches_in_one_clause(play_project: Path) -> None:
    """Each match looked back and on through the whole sentence for a clause's marks and
    a "whose", and listed the sentence's names before it for the one just before."""
    out = _draft("The Glass Orchard stars Nora Vell as Ruth and " * 5000)
    assert _claims(out) == ["  - id: cast-member-the-glass-orchard-nora-vell"]


INTERVIEW = SourceInfo(
    "s", "Stage Weekly", "Nora Vell: ‘I wrote the play in one winter’", "2025-03-07"
)


def _transcript(answers: int) -> str:
    """An interview of `answers` questions under "Q:" and as many answers, each under a
    one-word label of its own naming no one the dataset knows ("Waab:"), which is the
    answer's own word or an unknown speaker's as the transcript's other answers tell:
    whether the transcript labels its answers was worked out again for each answer, over
    every other answer, and 10,000 answers took most of a minute."""
    labels = ("W" + "".join(t) for t in itertools.product(string.ascii_lowercase, repeat=3))
    turns = (f"Q: Why?\n\n{label}: we built it ourselves.\n\n" for label in labels)
    return "".join(itertools.islice(turns, answers))


def _draft_interview(text: str) -> str:
    return draft(read_article(text.encode()), load_dataset("dataset"), INTERVIEW)


def test_twenty_thousand_lines_of_a_transcript_whose_answers_carry_no_label(
    play_project: Path,
) -> None:
    """No answer opens on "A:" or a known name: each is Nora Vell's, its first word with
    it, and the draft keeps its first 2,000 claims."""
    out = _draft_interview(_transcript(10_000))
    assert out.count("    property: said\n") == 2000
    assert out.endswith(
        '    value: "Wcyx: we built it ourselves."\n    excerpt: "Wcyx: we built it ourselves."\n'
    )


def test_twenty_thousand_lines_of_a_transcript_one_answer_labelled(play_project: Path) -> None:
    """One answer under "A:": every other answer's label is a speaker's the dataset does
    not know, and all 10,000 of those answers are listed."""
    out = _draft_interview(_transcript(10_000) + "Q: And then?\n\nA: We built the set.\n")
    assert _claims(out) == ["  - id: said-nora-vell"]
    assert out.count("\n# - quote: we built it ourselves.\n") == 500
    assert out.endswith(
        "# - quote: we built it ourselves.\n#   in: Watf: we built it ourselves.\n"
        "# … and 9500 more not listed.\n"
    )


def test_an_article_too_long_to_draft_is_refused(play_project: Path) -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(b"word " * 110_000)
    assert str(raised.value) == (
        "the article's text is longer than 512K characters; draft it in parts"
    )


def test_a_file_too_large_to_read_is_refused_with_what_to_do() -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(b"x" * (4 * 1024 * 1024 + 1))
    assert str(raised.value) == (
        "the file is larger than 4 MiB; save the article's own text (not the whole page) "
        "and draft from that, or draft it in parts"
    )


def _page(body: str) -> bytes:
    return (
        f"<html><head><title>T</title></head><body><article>{body}</article></body></html>".encode()
    )


def test_a_paragraph_of_more_inline_elements_than_trafilatura_takes_in_time_is_refused() -> None:
    # Its time grows with the square of a block's inline elements: 250,000 spans in one
    # paragraph ran for more than ten minutes. Nested ones count together.
    spans = "".join(f"<span>word{n} </span>" for n in range(1_001))
    nested = "".join("<span>" + "<b>w </b>" * 10 + "</span>" for _ in range(91))
    for paragraph in (spans, nested):
        with pytest.raises(ArticleError) as raised:
            read_article(_page(f"<p>{paragraph}.</p>"))
        assert str(raised.value) == (
            "a paragraph of the page holds more than 1,000 elements; save the article's "
            "text and draft from that"
        )


def test_a_paragraph_of_many_inline_elements_within_the_bound_is_read() -> None:
    spans = "".join(f"<span>word{n} </span>" for n in range(999))
    article = read_article(_page(f"<p>The play opens. {spans}.</p>"))
    assert article.paragraphs[0].startswith("The play opens. word0 word1 ")


def test_a_page_of_more_elements_than_a_news_page_has_is_refused() -> None:
    body = "".join(f"<p>Sentence {n} is <b>here</b>.</p>" for n in range(10_001))
    with pytest.raises(ArticleError) as raised:
        read_article(_page(body))
    assert str(raised.value) == (
        "the page has more than 20,000 HTML elements; save the article's own text (or "
        "its article element) and draft from that"
    )


def test_a_page_nested_as_deep_as_the_parser_reads_is_refused_not_read_in_part() -> None:
    """libxml2's HTML parser nests elements 256 deep and ends the parse at an element
    that would open deeper: a widget nested 300 deep between an article's paragraphs
    dropped every paragraph after it from the draft, unsaid. A page nested 200 deep
    between them is read whole."""

    def page(depth: int) -> bytes:
        widget = "<div>" * depth + "<span>Advert</span>" + "</div>" * depth
        return _page(f"<p>The play opens.</p>{widget}<p>It closes in May.</p>")

    assert read_article(page(200)).paragraphs[-1] == "It closes in May."
    with pytest.raises(ArticleError) as raised:
        read_article(page(300))
    assert str(raised.value) == (
        "the page nests its elements 256 deep, as deep as the HTML parser reads, past "
        "which it reads nothing more of the page; save the article's text and draft from "
        "that"
    )


def test_a_line_of_half_a_million_slashes_after_a_bracket(play_project: Path) -> None:
    """A caption's credit is looked for once from each bracket, not again from each
    slash."""
    assert _claims(_draft("(" + "/" * 500_000)) == []


def test_a_dataset_of_more_cues_than_drafting_reads_is_refused(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each cue is tried on every sentence, and the schema's 200 a property hold over any
    number of properties: 20,000 cues made an 85 KB article take 17 s, and more cues or
    a longer article made it minutes. Past a thousand the draft is not begun."""
    properties = "".join(
        f"  hostile_{p}:\n    type: entity\n    cues:\n"
        + "".join(f'      - "{{subject}} hired w{c} {{value}}"\n' for c in range(200))
        for p in range(5)
    )
    (play_project / "dataset" / "cues.yaml").write_text(
        f"properties:\n{properties}", encoding="utf-8"
    )
    assert _draft_refused(play_project, capsys) == (
        "factlint draft: dataset: dataset/cues.yaml:5:9: the dataset declares 1019 cues, "
        "200 of them in property 'hostile_0'; drafting reads at most 1000 (each is tried "
        "on every sentence): keep the cues that find claims\n"
    )


@pytest.mark.parametrize(
    ("cue", "qualifiers", "problem"),
    [
        # Forty optional words that may match the same words: a sentence of forty "a"
        # was tried in 2**40 ways (22 of them took 3 s, each more doubling it).
        (
            "[a] " * 40 + "a b",
            "",
            "the optional words [a] and [a] may match the same words with no gap or slot "
            "between them, which doubles the ways the cue fits a sentence: write each "
            "optional word once",
        ),
        # Three text slots between three gaps: 72 s on a sentence of 300 characters.
        (
            "{a} ... {b} ... {c} ... in",
            "    qualifiers: {a: text, b: text, c: text}\n",
            "a cue has at most 3 gaps (...) and slots that are not names (a text, a number, "
            "a date or a time) together: each matches in many ways, which multiply at "
            "every place of a sentence",
        ),
    ],
)
def test_a_cue_whose_ways_to_fit_a_sentence_multiply_is_refused(
    play_project: Path, capsys: pytest.CaptureFixture[str], cue: str, qualifiers: str, problem: str
) -> None:
    """A pull request may change the dataset's cues: one whose parts could each match a
    hostile sentence in several ways is refused where it is read, never searched."""
    (play_project / "dataset" / "cues.yaml").write_text(
        f'properties:\n  hostile:\n    type: boolean\n{qualifiers}    cues: ["{cue}"]\n',
        encoding="utf-8",
    )
    line = 5 if qualifiers else 4
    assert _draft_refused(play_project, capsys) == (
        f"factlint draft: dataset: dataset/cues.yaml:{line}:12: property 'hostile', cue "
        f"{cue!r}: {problem}\n"
    )


def test_a_dataset_or_output_named_through_a_link_out_of_the_project_is_refused(
    play_project: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The dataset may come with a pull request, and with it the folders the command line
    names: `data` or `drafts` committed as links to a folder elsewhere had its files read
    and quoted, or the draft written there."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "dataset.yaml").write_text("api_token: not-for-the-log\n", encoding="utf-8")
    (play_project / "data").symlink_to(elsewhere)
    (play_project / "drafts").symlink_to(elsewhere)
    (play_project / "a.txt").write_text("The Glass Orchard is sold out.\n", encoding="utf-8")
    base = ["draft", "a.txt", "--published", "2025-03-07", "--outlet", "X"]
    advice = (
        "lies in the project, but a link in it leads outside the project: a link committed "
        "there must not take factlint elsewhere; give the path it leads to instead, if that "
        "is meant\n"
    )
    assert main([*base, "--dataset", "data"]) == 2
    assert capsys.readouterr() == ("", f"factlint draft: --dataset: 'data' {advice}")
    assert main([*base, "-o", "drafts/a.yaml"]) == 2
    assert capsys.readouterr() == ("", f"factlint draft: --output: 'drafts/a.yaml' {advice}")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["dataset.yaml"]


def test_an_article_named_through_a_link_out_of_the_project_or_into_a_hidden_file_is_refused(
    play_project: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A workflow may draft the articles a pull request adds, and the pull request may
    commit `articles/new.txt -> ../.env` or a link to a file elsewhere: the file was read,
    its first line became the draft's title and its sentences excerpts, all printed."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "notes.txt").write_text("TOKEN=outside The Glass Orchard is sold out.\n")
    (play_project / ".env").write_text("TOKEN=hidden The Glass Orchard is sold out.\n")
    (play_project / "articles").mkdir()
    (play_project / "articles" / "out.txt").symlink_to(elsewhere / "notes.txt")
    (play_project / "articles" / "env.txt").symlink_to(play_project / ".env")
    base = ["--published", "2025-03-07", "--outlet", "X"]
    refused = "lies in the project, but a link in it leads "
    advice = (
        ": a link committed there must not take factlint elsewhere; give the path it leads "
        "to instead, if that is meant\n"
    )
    assert main(["draft", "articles/out.txt", *base]) == 2
    assert capsys.readouterr() == (
        "",
        f"factlint draft: ARTICLE: 'articles/out.txt' {refused}outside the project{advice}",
    )
    assert main(["draft", "articles/env.txt", *base]) == 2
    assert capsys.readouterr() == (
        "",
        f"factlint draft: ARTICLE: 'articles/env.txt' {refused}into a hidden file or folder "
        f"(such as .git or .env){advice}",
    )
    # The path it leads to, written out, is the user's own choice.
    assert main(["draft", str(elsewhere / "notes.txt"), *base]) == 0
    assert "TOKEN=outside" in capsys.readouterr().out


def test_a_configuration_file_linked_out_of_the_project_is_not_read(
    play_project: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`factlint draft` finds the configuration as `validate` does, and refuses it alike
    when the pull request made it a link to a file elsewhere."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "factlint.toml").write_text('api_token = "not-for-the-log"\n', encoding="utf-8")
    (play_project / "factlint.toml").unlink()
    (play_project / "factlint.toml").symlink_to(elsewhere / "factlint.toml")
    assert _draft_refused(play_project, capsys) == (
        "factlint draft: configuration: factlint.toml is a symbolic link leading outside the "
        "project (the folder it is in), so it is not read; replace the link with the file "
        "itself\n"
    )


def test_five_thousand_weekdays_each_a_value_in_one_sentence(play_project: Path) -> None:
    """Each weekday's tense was read from the sentence's words from its start, copied
    again for each."""
    out = _draft("The Glass Orchard opens Thursday and " * 5000)
    assert _claims(out) == ["  - id: opening-night-the-glass-orchard-2025-03-13"]


def test_a_run_of_a_hundred_thousand_spaces_in_a_sentence(play_project: Path) -> None:
    """A cue's hyphen also matches spaces ("43 year old"): each word with one was
    searched for from each space of the run in turn, to its end; so was a list's bullet
    between items written on one line."""
    assert _claims(_draft("Nora Vell" + " " * 100000 + "is 43-year-old.")) == []
