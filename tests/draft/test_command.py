"""`factlint draft ARTICLE`, the command line: its options, where the draft goes and
what it names as its archive, and every way it can fail: exit 2 with one line saying
what to fix, shown inert on standard error."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from validator.draft.command import main

from .play import OPTIONS

ARTICLE = "The Glass Orchard opens at the Lantern.\n"


@pytest.fixture()
def article(play_project: Path) -> Path:
    path = play_project / "claims" / "sources" / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _source(out: str) -> str:
    """The lines of the draft's source, past its header."""
    return out.split("source:\n")[1].split("claims:")[0]


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: factlint draft [-h] [--published DATE]")
    assert out.rstrip().endswith("Exit status: 0 the draft was written, 2 it could not be.")


def test_the_draft_names_the_article_as_its_archive_where_validate_can_read_it(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims/sources/a.txt", *OPTIONS, "-o", "claims/a.yaml"]) == 0
    assert capsys.readouterr() == ("", "")
    written = Path("claims/a.yaml").read_text(encoding="utf-8")
    assert _source(written) == (
        "  id: stage-weekly-2025-03-07\n"
        "  outlet: Stage Weekly\n"
        '  title: "The Glass Orchard opens at the Lantern."\n'
        "  published: 2025-03-07\n"
        "  archive: sources/a.txt\n"
    )


@pytest.mark.parametrize(
    ("first", "options", "title"),
    [
        ("The Glass Orchard review | Stage Weekly", [], "The Glass Orchard review"),
        ("The Glass Orchard - STAGE WEEKLY", [], "The Glass Orchard"),
        # A word of the page's address: the site the outlet is.
        (
            "The Glass Orchard - Wikipedia",
            ["--url", "https://en.wikipedia.org/wiki/G"],
            "The Glass Orchard",
        ),
        # Another's name after the dash is the title's own.
        ("Ada Lowe - The Glass Orchard", [], "Ada Lowe - The Glass Orchard"),
    ],
)
def test_the_site_s_name_after_the_title_is_no_part_of_it(
    play_project: Path,
    capsys: pytest.CaptureFixture[str],
    first: str,
    options: list[str],
    title: str,
) -> None:
    path = play_project / "claims" / "sources" / "a.txt"
    path.write_text(f"{first}\n\nNora Vell wrote The Glass Orchard.\n", encoding="utf-8")
    assert main(["claims/sources/a.txt", *OPTIONS, *options]) == 0
    assert f"  title: {title}\n" in capsys.readouterr().out


def test_the_title_past_the_outlet_s_name_and_a_menu(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where no headline is told apart, the title is the first line, past the masthead:
    the outlet's name (in any case) and a menu's bar of links."""
    path = play_project / "claims" / "sources" / "a.txt"
    path.write_text("STAGE WEEKLY\nHome / News / Stage\n" + ARTICLE, encoding="utf-8")
    assert main(["claims/sources/a.txt", *OPTIONS]) == 0
    assert '  title: "The Glass Orchard opens at the Lantern."\n' in capsys.readouterr().out


@pytest.mark.parametrize(
    "output",
    [
        None,  # standard output: no file for the archive to be relative to
        "claims/sources/deeper/a.yaml",  # the article lies above the draft's folder
    ],
)
def test_no_archive_where_validate_could_not_read_it(
    article: Path, capsys: pytest.CaptureFixture[str], output: str | None
) -> None:
    if output is not None:
        Path(output).parent.mkdir()
    assert main(["claims/sources/a.txt", *OPTIONS, *(["-o", output] if output else [])]) == 0
    out = capsys.readouterr().out if output is None else Path(output).read_text()
    assert "archive:" not in out


def test_an_html_page_is_no_archive(play_project: Path) -> None:
    page = "<html><body><article><p>The Glass Orchard opens at the Lantern.</p></article>"
    (play_project / "claims" / "page.html").write_text(page + "</body></html>")
    assert main(["claims/page.html", *OPTIONS, "-o", "claims/page.yaml"]) == 0
    assert "archive:" not in Path("claims/page.yaml").read_text(encoding="utf-8")


def test_standard_input_is_read(play_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    assert main(["-", *OPTIONS, "-o", "claims/a.yaml"], stdin=stdin) == 0
    assert "archive:" not in Path("claims/a.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("published", "shown", "source_id"),
    [
        ("2025", '"2025"', "x-2025"),
        ("2025-03", "2025-03", "x-2025-03"),
        ("2025-03-01/2025-03-09", "{from: 2025-03-01, to: 2025-03-09}", "x-2025-03-01"),
        ("/2025-03", "{to: 2025-03}", "x-2025-03"),  # an open end is left out
        ("2025/", '{from: "2025"}', "x-2025"),
    ],
)
def test_a_publication_date_or_interval(
    article: Path, capsys: pytest.CaptureFixture[str], published: str, shown: str, source_id: str
) -> None:
    args = ["claims/sources/a.txt", "--published", published, "--outlet", "X", "--title", "T"]
    assert main(args) == 0
    assert _source(capsys.readouterr().out) == (
        f"  id: {source_id}\n  outlet: X\n  title: T\n  published: {shown}\n"
    )


WEEKLY = "Stage & Screen — Weekly!"


@pytest.mark.parametrize(
    ("options", "source_id", "outlet"),
    [
        (["--outlet", WEEKLY], "stage-screen-weekly-2025", f'"{WEEKLY}"'),
        (["--outlet", "!!!"], '"2025"', '"!!!"'),
        # No outlet given: the host of the article's address.
        (["--url", "https://www.stage.example/x"], "www-stage-example-2025", "www.stage.example"),
    ],
)
def test_the_source_id_is_made_of_the_outlet_and_the_date(
    article: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    source_id: str,
    outlet: str,
) -> None:
    assert main(["claims/sources/a.txt", "--published", "2025", *options]) == 0
    lines = _source(capsys.readouterr().out).splitlines()
    assert lines[:2] == [f"  id: {source_id}", f"  outlet: {outlet}"]


def test_a_broken_configuration_exits_2(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("factlint.toml").write_text("dataset = [\n", encoding="utf-8")
    assert main(["claims/sources/a.txt", *OPTIONS]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factlint draft: configuration: ")
    assert err.count("\n") == 1


def test_a_dataset_with_several_problems_names_the_first_and_counts_the_rest(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("dataset/dataset.yaml").write_text(
        "dataset: {id: d, title: D, checked: 2026-01-01}\n"
        "properties: {p: {type: colour}, q: {type: shade}}\n"
        "entities: []\n",
        encoding="utf-8",
    )
    assert main(["claims/sources/a.txt", *OPTIONS]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factlint draft: dataset: dataset/dataset.yaml:")
    assert err.endswith(" (and 1 more)\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["missing.txt", "--published", "2025"],
            "missing.txt: no such file; name the article to draft",
        ),
        (
            ["a.txt", "--published", "March 2025", "--outlet", "X"],
            "--published 'March 2025' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO",
        ),
        (
            ["a.txt", "--outlet", "X"],
            "a.txt: no publication date in the article: pass --published DATE",
        ),
        (
            ["a.txt", "--published", "2025"],
            "a.txt: no outlet named in the article: pass --outlet NAME",
        ),
        (
            ["a.txt", "--published", "2025", "--url", "http://[x"],
            "a.txt: no outlet named in the article: pass --outlet NAME",
        ),
        (
            ["a.txt", "--published", "2025", "--outlet", "X", "--source-id", "Bad Id"],
            "--source-id 'Bad Id': use lower-case letters, digits and hyphens",
        ),
        (["a.txt", "--bogus"], "unrecognized arguments: --bogus (see factlint draft --help)"),
        (
            ["a.txt", "--published", "/"],
            "--published '/' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO",
        ),
        (
            ["a.txt", "--published", "2025-13", "--outlet", "X"],
            "--published '2025-13' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO",
        ),
        (
            ["a.txt", *OPTIONS, "--source-id", "a" * 201],
            f"--source-id '{'a' * 201}': use lower-case letters, digits and hyphens",
        ),
        (["empty.txt", *OPTIONS], "empty.txt: the article is empty: nothing to draft"),
        (
            ["a.txt", *OPTIONS, "-o", "claims"],
            "cannot write the draft: cannot write claims: it is a folder; name a file",
        ),
        (["claims", *OPTIONS], "claims: cannot be read: Is a directory"),
    ],
)
def test_errors_exit_2_with_one_line(
    play_project: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    (play_project / "empty.txt").write_text("")
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"factlint draft: {message}\n"


@pytest.mark.parametrize(
    ("output", "what"),
    [
        ("a.txt", "the article being drafted"),
        ("./a.txt", "the article being drafted"),
        ("factlint.toml", "the configuration file"),
        ("dataset/dataset.yaml", "a file of the dataset"),
        ("dataset/new.yaml", "in the dataset folder, whose YAML files the dataset is read from"),
    ],
)
def test_an_output_that_would_replace_what_the_draft_reads_exits_2_unwritten(
    play_project: Path, capsys: pytest.CaptureFixture[str], output: str, what: str
) -> None:
    """`-o` naming the article replaced the article with its draft, and naming the
    configuration or a dataset file replaced it, each with exit status 0."""
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in play_project.rglob("*") if p.is_file()}
    assert main(["a.txt", *OPTIONS, "-o", output]) == 2
    assert capsys.readouterr() == (
        "",
        f"factlint draft: --output: '{output}' is {what}; name another file for the draft\n",
    )
    assert {p: p.read_bytes() for p in play_project.rglob("*") if p.is_file()} == before


def test_an_output_elsewhere_or_a_draft_written_before_is_written(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    (play_project / "claims" / "a.yaml").write_text("# an earlier draft\n", encoding="utf-8")
    assert main(["a.txt", *OPTIONS, "-o", "claims/a.yaml"]) == 0
    assert main(["a.txt", *OPTIONS, "-o", "a.yaml"]) == 0
    assert capsys.readouterr() == ("", "")
    for written in (play_project / "claims" / "a.yaml", play_project / "a.yaml"):
        assert written.read_text().startswith("# yaml-language-server: $schema=")


def test_an_article_that_is_not_utf8_exits_2(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (play_project / "a.txt").write_bytes(b"caf\xe9 society\n")
    assert main(["a.txt", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        "factlint draft: a.txt: the article is not UTF-8 (byte 3); save it as UTF-8\n"
    )


def test_no_dataset_says_which_path_was_tried_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # An article drafted outside any project: no configuration, no dataset/ here.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    assert main(["a.txt", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        f"factlint draft: dataset: {tmp_path}/dataset: no such file or folder (the default: "
        f"no factlint.toml or pyproject.toml with [tool.factlint] in {tmp_path} or a folder "
        "above it); pass --dataset PATH\n"
    )
    assert main(["a.txt", "--dataset", "elsewhere", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        f"factlint draft: dataset: {tmp_path}/elsewhere: no such file or folder "
        "(--dataset); pass --dataset PATH\n"
    )


def test_a_configured_dataset_that_is_not_there_is_named_with_its_configuration(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (play_project / "factlint.toml").write_text('dataset = "facts"\n', encoding="utf-8")
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    assert main(["a.txt", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        f"factlint draft: dataset: {play_project}/facts: no such file or folder ('dataset' in "
        f"{play_project}/factlint.toml:1:11); pass --dataset PATH\n"
    )


def test_what_the_command_line_and_project_give_is_shown_inert_on_standard_error(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["a\n::error::b.txt", "--dataset", "no\x1b[2Jwhere", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        f"factlint draft: dataset: {play_project}/no\\x1b[2Jwhere: no such file or folder "
        "(--dataset); pass --dataset PATH\n"
    )
    assert main(["a\n::error::b.txt", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        "factlint draft: a\\n::error::b.txt: no such file; name the article to draft\n"
    )


def test_a_cue_the_dataset_cannot_use_exits_2(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = play_project / "dataset" / "dataset.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(text.replace('"{value} plays {role}"', '"{value} plays {part}"'))
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    assert main(["a.txt", *OPTIONS]) == 2
    assert capsys.readouterr().err == (
        "factlint draft: dataset: dataset/dataset.yaml:16:33: property 'cast_member', "
        "cue '{value} plays {part}': "
        "cue slot {part} is neither subject, value, a qualifier of it, time, when nor a kind of "
        "the dataset's entities\n"
    )


def test_an_output_through_a_chain_of_links_too_long_to_resolve_is_replaced(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o l0`, a committed chain of 1,500 links: comparing it with what drafting
    reads raised RecursionError, an internal error; a link in the output's place is
    replaced, never followed."""
    for number in range(1_500):
        os.symlink(f"l{number + 1}", f"l{number}")
    os.symlink("claims/sources/a.txt", "l1500")
    before = Path("claims/sources/a.txt").read_bytes()
    assert main(["claims/sources/a.txt", *OPTIONS, "-o", "l0"]) == 0
    assert capsys.readouterr() == ("", "")
    assert not Path("l0").is_symlink()
    assert Path("l0").read_text(encoding="utf-8").startswith("# ")
    assert Path("claims/sources/a.txt").read_bytes() == before


@pytest.mark.parametrize(
    "output",
    [".git/x.yaml", "./.git/hooks/pre-commit", ".GIT/x.yaml", "linked/x.yaml", ".git/new/x.yaml"],
)
def test_a_draft_into_a_git_folder_exits_2_unwritten(
    play_project: Path, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    """`-o .git/hooks/pre-commit` wrote the draft among git's own files with exit status
    0; refused as `validate` refuses an output there, a link to .git followed."""
    (play_project / ".git" / "hooks").mkdir(parents=True)
    os.symlink(".git", play_project / "linked")
    (play_project / "a.txt").write_text("The Glass Orchard opens.\n", encoding="utf-8")
    before = sorted(play_project.rglob("*"))
    assert main(["a.txt", *OPTIONS, "-o", output]) == 2
    assert capsys.readouterr() == (
        "",
        f"factlint draft: --output: '{output}' is in a .git folder, where git keeps its own "
        "files; name a file outside it\n",
    )
    assert sorted(play_project.rglob("*")) == before
