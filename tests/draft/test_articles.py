"""`factlint draft` on articles shaped as pages arrive from outside: a WordPress post, an
AMP page, a page whose text is only in its JSON-LD, a browser's copy as plain text,
Markdown, a page saved by a browser in windows-1252, a CMS page built of divs, a page
with "Read more" links, teaser cards and tags inside its article, an interview printed
as questions and answers, a review with a fact box (as a page and as a copy), a live
blog, a wire story, a TV guide's listings and a page parted by adverts, an interview
printed as "Q:" and "A:" lines, a listings blurb and a review under its star rating
copied as text, an evening's TV guide and a director's interview copied as text, a
review under a star row, an awards-night report in Markdown, a regional paper's story
under a place's dateline, a profile recalling the star's other films, a round-up of
award winners listed under their categories and a reference page with an infobox, each
with menus, cookie notices, share buttons, related stories and comments around the
article (tests/draft/articles/, written for these tests; README.md there says what each
holds). Each draft, with the shipped dataset, is compared byte for byte with
tests/draft/articles/drafts/; with FACTLINT_UPDATE_GOLDEN=1 they are rewritten instead.

Articles about a second, made-up work (the play of the `play` dataset, not the seed film),
in shapes the film's articles do not have, are drafted with the play dataset the same way
(tests/draft/play_articles/): a review under a star rating with a listings box, an
interview printed as a transcript under its speakers' labels, and a press release with
its "Notes to editors".
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from validator import validate
from validator.draft.command import main

ROOT = Path(__file__).parents[2]
ARTICLES = Path(__file__).parent / "articles"
# Plain text says nothing of when or where it was published; Markdown front matter here
# gives the date but not the outlet.
CASES = [
    ("wordpress.html", []),
    ("amp.html", []),
    ("jsonld-only.html", []),
    ("jsonld-paragraphs.html", []),
    ("browser-copy.txt", ["--published", "2022-12-08", "--outlet", "Weekend Tabloid"]),
    ("copy-broadsheet.txt", ["--outlet", "The Morning Ledger"]),
    ("copy-portal.txt", ["--outlet", "Daily Portal"]),
    ("copy-entertainment.txt", ["--outlet", "Screenfeed"]),
    ("copy-blog.txt", ["--outlet", "The Armchair Reviewer"]),
    ("copy-regional.txt", ["--outlet", "The Westbury Gazette"]),
    ("copy-tabloid-bullets.txt", ["--outlet", "Newsdesk Online"]),
    (
        "copy-public-broadcaster.txt",
        ["--published", "2022-12-07", "--outlet", "Public Broadcaster"],
    ),
    ("markdown.md", ["--outlet", "The Sofa Critic"]),
    ("saved-page-cp1252.html", []),
    ("cms-divs.html", []),
    ("read-more-links.html", []),
    ("interview-qa.html", []),
    ("review-stars.html", []),
    (
        "review-stars-copy.txt",
        ["--outlet", "Fieldgate Courier", "--source-id", "fieldgate-courier-2022-12-08-copy"],
    ),
    ("liveblog-baftas.html", []),
    ("wire-pa.txt", ["--outlet", "The Westmoor Echo"]),
    ("listings-tonight.md", ["--outlet", "Sofa Guide"]),
    ("inline-ads.html", []),
    ("interview-qa-copy.txt", ["--outlet", "Northgate Weekly"]),
    ("listings-blurb.txt", ["--outlet", "Evening Remote"]),
    ("review-stars-line.txt", ["--outlet", "Harbour Courier"]),
    ("listings-evening-guide.txt", ["--outlet", "Fireside TV Guide"]),
    ("review-four-stars.html", []),
    ("awards-night-baftas.md", []),
    ("interview-director-copy.txt", ["--outlet", "Ashby Review"]),
    ("regional-dateline.txt", ["--outlet", "The Berkshire Courier"]),
    ("profile-other-works.html", []),
    ("roundup-winners-list.txt", ["--outlet", "Screen Roundup"]),
    ("wikipedia-infobox.html", []),
]


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the shipped dataset and the articles in claims/sources/."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    shutil.copytree(ARTICLES, tmp_path / "claims" / "sources", ignore=_only_articles)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _only_articles(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n in ("drafts", "README.md", "copies.json")]


def _draft(name: str, options: list[str]) -> str:
    output = f"claims/{Path(name).stem}.yaml"
    assert main([f"claims/sources/{name}", *options, "-o", output]) == 0
    return Path(output).read_text(encoding="utf-8")


def _golden(text: str, folder: Path, name: str) -> None:
    """The draft `text` of article `name` is its golden in `folder`/drafts/, or with
    FACTLINT_UPDATE_GOLDEN=1 is written there."""
    expected = folder / "drafts" / f"{Path(name).stem}.yaml"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1":
        expected.write_text(text, encoding="utf-8")
        return
    assert text == expected.read_text(encoding="utf-8")


def _all_valid(cases: list[tuple[str, list[str]]]) -> None:
    """Every article's draft together is a valid set of claim files."""
    for name, options in cases:
        _draft(name, options)
    result = validate(["claims"], dataset="dataset")
    assert [f.code for f in result.findings if f.code.startswith("E1")] == []
    assert len(result.sources) == len(cases)


@pytest.mark.parametrize(("name", "options"), CASES)
def test_the_draft_of_each_article(project: Path, name: str, options: list[str]) -> None:
    _golden(_draft(name, options), ARTICLES, name)


def test_every_draft_is_a_valid_claim_file(project: Path) -> None:
    _all_valid(CASES)


PLAY_ARTICLES = Path(__file__).parent / "play_articles"
PLAY_CASES = [
    ("review-stars-listings.html", []),
    ("interview-transcript-copy.txt", ["--outlet", "Stage Weekly"]),
    ("press-release-notes.txt", ["--outlet", "Lantern Theatre", "--published", "2025-02-03"]),
]


@pytest.fixture()
def play_articles(play_project: Path) -> Path:
    """The play project with the second work's articles in claims/sources/."""
    for name, _ in PLAY_CASES:
        shutil.copy(PLAY_ARTICLES / name, play_project / "claims" / "sources" / name)
    return play_project


@pytest.mark.parametrize(("name", "options"), PLAY_CASES)
def test_the_draft_of_each_article_about_a_second_work(
    play_articles: Path, name: str, options: list[str]
) -> None:
    _golden(_draft(name, options), PLAY_ARTICLES, name)


def test_every_draft_about_a_second_work_is_a_valid_claim_file(play_articles: Path) -> None:
    _all_valid(PLAY_CASES)


def _source(name: str) -> str:
    return _draft(name, []).split("claims:")[0].split("source:\n")[1]


def test_the_url_of_a_page_built_by_scripts_is_its_json_ld_url(project: Path) -> None:
    assert _source("jsonld-only.html") == (
        "  id: daybreak-digest-2022-12-02\n"
        "  outlet: Daybreak Digest\n"
        '  title: "Winslet on Lorraine: why Mia got the part"\n'
        "  published: 2022-12-02\n"
        '  url: "https://daybreakdigest.example/tv/winslet-lorraine-mia"\n'
        "  author: Priya Lal\n"
    )


def test_a_saved_page_gives_the_address_it_was_saved_from(project: Path) -> None:
    """The browser's note is the page's only address: the outlet is its host."""
    assert _source("saved-page-cp1252.html") == (
        "  id: www-countyherald-example-2022-11-30\n"
        "  outlet: www.countyherald.example\n"
        '  title: "‘Raw’ Channel 4 drama I Am Ruth tackles teenage mental health"\n'
        "  published: 2022-11-30\n"
        '  url: "https://www.countyherald.example/news/tv/i-am-ruth-channel-4.html"\n'
        '  author: "Gráinne Foley"\n'
    )


def test_who_stars_alongside_her_is_not_her(project: Path) -> None:
    """ "Mia Threapleton, who starred alongside her as Freya": no claim that the "her"
    (Winslet, the first person of the sentence) played Freya."""
    text = _draft("amp.html", [])
    assert "qualifiers: {character: Freya}" not in text
    assert text.count("property: cast_member") == 0
