"""How an HTML page is read as outlets publish it: a short page's paragraphs stay apart
(validator/draft/block_breaks.py), the byline over the article gives its author and date
where the page's metadata does not (page_bylines.py), and the section after a page's
title is no part of it (command.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.draft import read_article
from validator.draft.block_breaks import Line, split_at_blocks
from validator.draft.command import main

from .play import OPTIONS

HEAD = "<!doctype html><html><head><title>The Glass Orchard review</title></head><body>"
HEADLINE = "<h1>The Glass Orchard review: a quiet triumph</h1>"
FIRST = "<p>Nora Vell's new play opens at the Lantern Theatre, and it is a quiet triumph.</p>"
SECOND = "<p>Ida Brook plays Wren. It runs for 150 minutes.</p>"
# The paragraphs read from HEADLINE, FIRST and SECOND, and nothing else.
READ = (
    "The Glass Orchard review: a quiet triumph",
    "Nora Vell's new play opens at the Lantern Theatre, and it is a quiet triumph.",
    "Ida Brook plays Wren. It runs for 150 minutes.",
)


def _page(*blocks: str) -> bytes:
    return (HEAD + "<article>" + "".join(blocks) + "</article></body></html>").encode()


def test_a_short_page_s_paragraphs_stay_apart() -> None:
    """Under 250 characters, trafilatura gave the whole article element as one paragraph:
    the headline, the byline and both paragraphs one sentence's excerpt."""
    article = read_article(_page(HEADLINE, FIRST, SECOND))
    assert article.paragraphs == READ


def test_a_paragraph_is_parted_only_where_the_page_breaks_a_line() -> None:
    lines = [Line("Cast", False), Line("Wren: Ida Brook", False), Line("Abel: Tomas Reyes", False)]
    joined = "Cast Wren: Ida Brook Abel: Tomas Reyes"
    assert split_at_blocks((joined,), lines) == ("Cast", "Wren: Ida Brook", "Abel: Tomas Reyes")
    # Not the page's lines from end to end, or one line alone: as it was.
    assert split_at_blocks(("Cast Wren: Ida Brook and more",), lines) == (
        "Cast Wren: Ida Brook and more",
    )
    assert split_at_blocks(("Wren: Ida Brook",), lines) == ("Wren: Ida Brook",)
    assert split_at_blocks(("Cast Wren",), lines) == ("Cast Wren",)
    # A line to be pruned, which trafilatura's fallback kept, is left out.
    lines[1] = Line("Wren: Ida Brook", True)
    assert split_at_blocks((joined,), lines) == ("Cast", "Abel: Tomas Reyes")


@pytest.mark.parametrize("attributes", ['class="meta"', "", 'class="standfirst-meta"'])
def test_the_byline_over_the_article_gives_its_author_and_date(attributes: str) -> None:
    """A byline in a paragraph of its own: dropped by trafilatura (class "meta") or kept
    as a paragraph, its author was lost, and with no meta tag its date too."""
    byline = f"<p {attributes}>By Jane Smith, 8 December 2022</p>"
    article = read_article(_page(HEADLINE, byline, FIRST, SECOND))
    assert (article.author, article.published) == ("Jane Smith", "2022-12-08")
    assert article.paragraphs[1] == FIRST[3:-4]


def test_the_page_s_metadata_comes_before_its_byline() -> None:
    page = _page(HEADLINE, "<p>By Jane Smith, 8 December 2022</p>", FIRST, SECOND).replace(
        b"</title>",
        b'</title><meta name="author" content="Tom Reddy">'
        b'<meta property="article:published_time" content="2022-12-09">',
    )
    article = read_article(page)
    assert (article.author, article.published) == ("Tom Reddy", "2022-12-09")


def test_a_byline_below_the_first_paragraph_is_no_byline() -> None:
    """A teaser's "By ..." line further down is another article's."""
    article = read_article(_page(HEADLINE, FIRST, "<p>By Jane Smith, 8 December 2022</p>", SECOND))
    assert (article.author, article.published) == (None, None)


def test_a_page_dated_only_by_its_byline_is_drafted_without_published(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(HEADLINE, "<p>By Jane Smith, 8 December 2022</p>", FIRST, SECOND)
    (play_project / "claims" / "page.html").write_bytes(page)
    assert main(["claims/page.html", "--outlet", "Stage Weekly"]) == 0
    out = capsys.readouterr().out
    assert out.split("source:\n")[1].split("claims:")[0] == (
        "  id: stage-weekly-2022-12-08\n"
        "  outlet: Stage Weekly\n"
        '  title: "The Glass Orchard review: a quiet triumph"\n'
        "  published: 2022-12-08\n"
        "  author: Jane Smith\n"
    )
    assert "8 December 2022" not in out.split("claims:")[1]


@pytest.mark.parametrize(
    ("title", "drafted"),
    [
        (
            "The Glass Orchard review: a quiet triumph | Stage &amp; theatre | Stage Weekly",
            "The Glass Orchard review: a quiet triumph",
        ),
        # The site's name already left out of the page's title by trafilatura.
        (
            "The Glass Orchard review: a quiet triumph | Stage &amp; theatre",
            "The Glass Orchard review: a quiet triumph",
        ),
        (
            "The Glass Orchard review – a quiet triumph | Culture | Stage | Stage Weekly",
            "The Glass Orchard review – a quiet triumph",
        ),
    ],
)
def test_the_section_after_the_title_is_no_part_of_it(
    play_project: Path, capsys: pytest.CaptureFixture[str], title: str, drafted: str
) -> None:
    page = HEAD.replace("The Glass Orchard review", title) + f"<article>{FIRST}{SECOND}"
    (play_project / "claims" / "page.html").write_text(page + "</article></body></html>")
    assert main(["claims/page.html", *OPTIONS]) == 0
    assert f'  title: "{drafted}"\n' in capsys.readouterr().out


@pytest.mark.parametrize(
    "first",
    [
        # A part after a bar longer than a section's name, or a sentence, is kept.
        "Nora Vell | The playwright who never stops rewriting her plays",
        "The Glass Orchard opens at last | It sold out.",
    ],
)
def test_a_part_after_a_bar_that_is_no_section_is_kept(
    play_project: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    path = play_project / "claims" / "sources" / "a.txt"
    path.write_text(f"{first}\n\nNora Vell wrote The Glass Orchard.\n", encoding="utf-8")
    assert main(["claims/sources/a.txt", *OPTIONS]) == 0
    assert f'  title: "{first}"\n' in capsys.readouterr().out


CARDS = (
    '<div class="grid"><h2>You might also like</h2>'
    '<div class="card"><h3>The Paper Kite</h3><p>Ida Brook plays Abel in the revival, which '
    'runs for 95 minutes.</p><a href="/kite">Read more</a></div>'
    '<div class="card"><a href="/lamp"><img src="/lamp.jpg" alt=""></a><h3>The Lamp</h3>'
    "<p>Tomas Reyes plays Wren at the Old Vic.</p></div>"
    '<div class="card"><h3><a href="/mill">The Mill review</a></h3><p>Nora Vell wrote it, '
    "and it runs for two hours.</p></div></div>"
)


def test_teaser_cards_inside_the_article_are_left_out() -> None:
    """A card's summary in plain text was kept, and its facts lent to the article's work:
    "runs for 95 minutes" was drafted as The Glass Orchard's running time."""
    article = read_article(_page(HEADLINE, FIRST, CARDS, SECOND))
    assert article.paragraphs == READ


def test_a_live_blog_s_posts_are_kept() -> None:
    """A post has a heading and may close with a link to itself or a control: no card."""
    post = (
        '<div class="post"><time>19:48</time><h3>Curtain up</h3><p>The Glass Orchard opens '
        'to a full house.</p><a href="#post-3">Link to this post</a> <a href="https://x.example'
        '/share">Share</a></div>'
    )
    article = read_article(_page(HEADLINE, FIRST, post, post.replace("19:48", "20:15"), SECOND))
    assert article.paragraphs.count("The Glass Orchard opens to a full house.") == 2


LISTING = (
    '<div class="listing"><h2><a href="/tv/{0}">{1}</a></h2><p>9pm, Channel 4</p><p>{1} '
    "is a new drama about a family in crisis, told over one long night.</p></div>"
)


def test_a_listings_page_s_programmes_are_its_article() -> None:
    """Cards that are most of the page are its content, each programme's heading kept: a
    heading that is one link was pruned as a line of links, and the lines under it were
    about nothing, or about the programme before."""
    listings = [LISTING.format(n, t) for n, t in (("orchard", "The Orchard"), ("kite", "Kite"))]
    article = read_article(_page("<h1>What's on tonight</h1>", *listings))
    assert article.paragraphs == (
        "What's on tonight",
        "The Orchard",
        "9pm, Channel 4",
        "The Orchard is a new drama about a family in crisis, told over one long night.",
        "Kite",
        "9pm, Channel 4",
        "Kite is a new drama about a family in crisis, told over one long night.",
    )


def test_a_title_the_page_shows_nowhere_is_not_its_title() -> None:
    """A live blog's JSON-LD nests its posts' headlines: trafilatura took a post's."""
    script = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"LiveBlogPosting", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": '
        '"Curtain up: a full house"}]}</script>'
    )
    page = _page(HEADLINE, FIRST, SECOND).replace(b"</head>", script.encode() + b"</head>")
    assert read_article(page).title == "The Glass Orchard review: a quiet triumph"


def test_a_byline_s_author_over_metadata_that_is_no_name() -> None:
    """trafilatura read "By Stage Desk | Thursday 8 December 2022" as "Stage Desk; Thursday"."""
    byline = '<p class="byline">By Stage Desk | Thursday 8 December 2022</p>'
    article = read_article(_page(HEADLINE, byline, FIRST, SECOND))
    assert (article.author, article.published) == ("Stage Desk", "2022-12-08")


def test_an_embedded_post_is_the_poster_s_not_the_article_s() -> None:
    """A tweet's or an Instagram post's words, quoted by embedding them, were drafted as
    the article's: a viewer's "on BBC Two at 10pm", an old post's age."""
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">The Glass Orchard at the Old Vic '
        "runs for three hours and I loved every minute</p>&mdash; Sam (@sam) "
        '<a href="https://twitter.com/sam/status/1">December 8, 2022</a></blockquote>'
    )
    post = (
        '<div class="instagram-media"><p>Ida Brook, 31, at the first night of The Glass '
        'Orchard</p><a href="https://www.instagram.com/p/x/">A post shared by Stage</a></div>'
    )
    article = read_article(_page(HEADLINE, FIRST, tweet, post, SECOND))
    assert article.paragraphs == READ


def test_a_byline_whose_name_runs_into_a_date_label() -> None:
    byline = (
        '<div class="byline-block"><span>By <a href="/a/amy">Amy Rees</a></span> <span>Updated: '
        "9 December 2022, 08:15 | Published: 8 December 2022, 07:00</span></div>"
    )
    article = read_article(_page(HEADLINE, byline, FIRST, SECOND))
    assert (article.author, article.published) == ("Amy Rees", "2022-12-08")


def test_a_list_item_of_several_blocks_is_parted() -> None:
    """trafilatura joins an item's blocks into one line after its dash: a listing's
    programme name ran into its time and blurb, and named no section."""
    items = "".join(
        f'<li><h2><a href="/{n}">{n.title()}</a></h2><p>9pm, Channel 4</p><p>{n.title()} is '
        "a new drama about a family in crisis, told over one long night.</p></li>"
        for n in ("orchard", "kite")
    )
    article = read_article(_page("<h1>What's on tonight</h1>", f"<ul>{items}</ul>"))
    assert article.paragraphs[1:4] == (
        "Orchard",
        "9pm, Channel 4",
        "Orchard is a new drama about a family in crisis, told over one long night.",
    )


def test_the_standfirst_over_the_article_s_body_is_kept() -> None:
    """trafilatura took the text from the body's block alone and left the standfirst, the
    article's own summary, out; a caption and a byline between them stay out."""
    page = (
        HEAD + "<main><article><h1>The Glass Orchard review: a quiet triumph</h1>"
        '<div class="standfirst"><p>Nora Vell directs Ida Brook in a play that runs for 150 '
        'minutes without a dull one</p></div><figure><img src="/a.jpg" alt=""><figcaption>'
        "Ida Brook as Wren in The Glass Orchard at the Lantern Theatre</figcaption></figure>"
        '<p class="byline">By Jane Smith</p><div class="article-body">'
        + FIRST
        + SECOND
        + "<p>It is on until 30 April, and it is the best thing on any stage this spring.</p>"
        "</div></article></main></body></html>"
    )
    assert read_article(page.encode()).paragraphs[:3] == (
        "Nora Vell directs Ida Brook in a play that runs for 150 minutes without a dull one",
        "Nora Vell's new play opens at the Lantern Theatre, and it is a quiet triumph.",
        "Ida Brook plays Wren. It runs for 150 minutes.",
    )
