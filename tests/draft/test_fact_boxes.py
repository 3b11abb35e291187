"""A fact box inside an article's element is kept (validator/draft/fact_boxes.py); a box
of links beside it is not."""

from __future__ import annotations

from validator.draft import read_article

PAGE = """\
<!doctype html>
<html><head><title>The Glass Orchard review</title></head><body>
<article>
<h1>The Glass Orchard review</h1>
<aside class="factbox"><h3>The Glass Orchard</h3><ul>
<li>Venue: Lantern Theatre</li><li>Cast: Tomas Reyes (Abel), Ida Brook (Wren)</li>
<li>Running time: 150 minutes</li></ul></aside>
<p>Nora Vell's new play is a quiet triumph that will stay with you for days.</p>
<aside class="related"><ul><li><a href="/1">Running time: 20 minutes, say fans</a></li>
<li><a href="/2">Cast: Ida Brook (Abel)</a></li></ul></aside>
<aside class="note"><p>Venue: Lantern Theatre</p><p>A quiet triumph, and a long one.</p></aside>
<p>It is on until 30 April.</p>
</article>
</body></html>
"""


def test_a_fact_box_is_kept_and_a_box_of_links_is_not() -> None:
    """The box's labelled lines are the article's, as trafilatura writes a list's items;
    a box of links, or one holding a line that is no label and value, is left out as
    trafilatura leaves every aside."""
    article = read_article(PAGE.encode("utf-8"))
    assert article.paragraphs == (
        "The Glass Orchard review",
        "The Glass Orchard",
        "- Venue: Lantern Theatre",
        "- Cast: Tomas Reyes (Abel), Ida Brook (Wren)",
        "- Running time: 150 minutes",
        "Nora Vell's new play is a quiet triumph that will stay with you for days.",
        "It is on until 30 April.",
    )


def test_a_fact_box_outside_the_article_is_left_out() -> None:
    page = PAGE.replace("<article>", "").replace("</article>", "")
    page = page.replace("<h1>", "<article><h1>").replace("</h1>", "</h1></article><p>x</p>")
    article = read_article(page.encode("utf-8"))
    assert "- Running time: 150 minutes" not in article.paragraphs


def test_a_star_row_inside_the_article_is_kept() -> None:
    """A review's star row, under the class trafilatura drops ("rating"), was never
    listed from the page, where a copy of it as text lists it. A row of stars in a link
    stays as the page has it, and one beside the article is left out with it."""
    page = (
        "<!doctype html><html><head><title>The Glass Orchard review</title></head><body>"
        "<article><h1>The Glass Orchard review</h1>"
        '<div class="rating" aria-label="4 out of 5">★★★★☆</div>'
        "<p>Nora Vell's new play is a quiet triumph that will stay with you for days.</p>"
        '<p>See also <a href="/kite">★★★☆☆</a>.</p>'
        "</article>"
        '<aside><p class="stars">★★☆☆☆</p><p>The Paper Kite is a muddle.</p></aside>'
        "</body></html>"
    )
    assert read_article(page.encode("utf-8")).paragraphs == (
        "The Glass Orchard review",
        "★★★★☆",
        "Nora Vell's new play is a quiet triumph that will stay with you for days.",
        "See also ★★★☆☆.",
    )


DEFINITIONS = """\
<!doctype html>
<html><head><title>The Glass Orchard</title></head><body>
<article>
<h1>The Glass Orchard</h1>
<p>Nora Vell's new play is a quiet triumph that will stay with you for days.</p>
<h2>Cast and crew</h2>
<dl><dt>Abel</dt><dd>Tomas Reyes</dd><dt>Director</dt><dd>Nora Vell</dd>
<dt>Running time:</dt><dd>150 minutes</dd></dl>
<dl><dt>What the critics said about the play at the festival</dt><dd>Much</dd>
<dt>Venue</dt><dd>Lantern Theatre</dd></dl>
</article>
</body></html>
"""


def test_a_definition_list_is_read_as_labelled_lines() -> None:
    """Each term of a `<dl>` and its value are one "term: value" line, where trafilatura
    parted them into lone items; a list whose term is a sentence is left as it was."""
    article = read_article(DEFINITIONS.encode("utf-8"))
    assert article.paragraphs == (
        "The Glass Orchard",
        "Nora Vell's new play is a quiet triumph that will stay with you for days.",
        "Cast and crew",
        "Abel: Tomas Reyes",
        "Director: Nora Vell",
        "Running time: 150 minutes",
        "- What the critics said about the play at the festival",
        "- Much",
        "- Venue",
        "- Lantern Theatre",
    )
