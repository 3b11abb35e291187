"""A fact box set as a table, an infobox, is read as a fact box's "Label: value" lines
(validator/draft/infoboxes.py); a data table, a table of headers only and a
navigation box are not."""

from __future__ import annotations

import lxml.html

from validator.draft import read_article
from validator.draft.infoboxes import keep_infoboxes

INFOBOX = """\
<table class="infobox"><tbody>
<tr><th colspan="2">The Glass Orchard</th></tr>
<tr><td colspan="2"><img src="poster.jpg" alt=""><div>The poster</div></td></tr>
<tr><th scope="row">Written by</th><td><a href="/nora">Nora Vell</a></td></tr>
<tr><th scope="row">Starring</th><td><style>.plainlist ul{margin:0}</style>
<div class="plainlist"><ul><li><a href="/tomas">Tomas Reyes</a></li>
<li>Ida Brook</li></ul></div></td></tr>
<tr><th colspan="2">Production</th></tr>
<tr><th scope="row">Produced<br>by</th><td>Lantern Films<br>Kite Pictures</td></tr>
<tr><th scope="row">Running time</th>
<td>150 minutes<sup class="reference"><a href="#n1">[1]</a></sup></td></tr>
<tr><th scope="row">Opening</th><td>14&#160;March 2025<span style="display:none">&#160;(<span
class="published">2025-03-14</span>)</span></td></tr>
<tr><th scope="row">Prizes</th><td></td></tr>
</tbody></table>
"""
LEAD = "<p><b>The Glass Orchard</b> is a play by Nora Vell, first staged in 2025.</p>"
BOX = (
    "The Glass Orchard",
    "- Written by: Nora Vell",
    "- Starring: Tomas Reyes, Ida Brook",
    "- Produced by: Lantern Films, Kite Pictures",
    "- Running time: 150 minutes",
    "- Opening: 14 March 2025",
)


def _page(body: str) -> bytes:
    return (
        "<!doctype html><html><head><title>The Glass Orchard - Stagepedia</title></head>"
        f"<body><main><h1>The Glass Orchard</h1>{body}</main></body></html>"
    ).encode()


def test_an_infobox_is_read_as_a_fact_box_s_lines() -> None:
    """Under its title, a line a row: the label, a colon, the value's items parted by
    commas; the image's row, the section's name, a row with no value, a style sheet, a
    footnote's mark and a hidden date are left out."""
    article = read_article(_page(INFOBOX + LEAD))
    assert article.paragraphs == (
        "The Glass Orchard",
        *BOX,
        "The Glass Orchard is a play by Nora Vell, first staged in 2025.",
    )


def test_a_hidden_date_in_an_infobox_is_not_the_page_s_date() -> None:
    """Its "published" class made the opening night the page's date of publication."""
    assert read_article(_page(INFOBOX + LEAD)).published is None


def test_a_caption_is_the_box_s_title() -> None:
    table = INFOBOX.replace('<tr><th colspan="2">The Glass Orchard</th></tr>', "")
    table = table.replace("<tbody>", "<caption>The Glass Orchard (play)</caption><tbody>")
    article = read_article(_page(table + LEAD))
    assert article.paragraphs[1:3] == ("The Glass Orchard (play)", BOX[1])


DATA = """\
<table><tr><th>Year</th><th>Award</th><th>Result</th></tr>
<tr><td>2025</td><td>Best Play</td><td>Won</td></tr>
<tr><td>2026</td><td>Best Revival</td><td>Nominated</td></tr></table>
"""
HEADED = """\
<table><tr><th>Year</th><th>Award</th></tr>
<tr><td>2025</td><td>Best Play</td></tr><tr><td>2026</td><td>Best Revival</td></tr></table>
"""
NAVIGATION = """\
<div role="navigation"><table><tr><th colspan="2">Nora Vell</th></tr>
<tr><th>Plays</th><td><a href="/a">The Glass Orchard</a></td></tr>
<tr><th>Films</th><td><a href="/b">The Paper Kite</a></td></tr></table></div>
"""
LONG_LABEL = """\
<table><tr><td>Who wrote the play and when</td><td>Nora Vell</td></tr>
<tr><td>Running time</td><td>150 minutes</td></tr></table>
"""
ONE_ROW = "<table><tr><th>Running time</th><td>150 minutes</td></tr></table>"


def test_tables_that_are_no_fact_box_are_left_as_they_are() -> None:
    """A data table of three columns, one of two under a row of column headers, a
    navigation box, a table with a label too long for a box's, and one of a single
    line: each left to trafilatura as the page has it."""
    for table in (DATA, HEADED, NAVIGATION, LONG_LABEL, ONE_ROW):
        tree = lxml.html.fromstring(_page(table + LEAD))
        before = lxml.html.tostring(tree)
        assert not keep_infoboxes(tree)
        assert lxml.html.tostring(tree) == before


def test_an_infobox_is_made_a_title_and_a_list() -> None:
    tree = lxml.html.fromstring(_page(INFOBOX))
    assert keep_infoboxes(tree)
    assert not tree.xpath("//table")
    assert [p.text for p in tree.xpath("//main/div/p")] == ["The Glass Orchard"]
    assert tree.xpath("//main/div/ul/li/text()") == [line[2:] for line in BOX[1:]]
