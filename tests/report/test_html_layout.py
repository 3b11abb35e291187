"""consistency.html laid out in a real browser (headless Chromium), at a phone's width and
a desktop's: nothing sticks out of the page or spills out of its box, words too long for
any line wrap, and a link to a claim in the matrix brings it into view, clear of the
matrix's held row labels and column headers.

The page is measured by a script added only to a copy of the report without its
Content-Security-Policy: the report itself runs nothing.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from validator.model.result import Result

from . import test_html_browser
from .test_html_browser import ROOT, _browse, _report, _title, _tree

# The same browser, skipped (or failed) the same way when it is missing.
pytestmark = test_html_browser.pytestmark

# Measures the page as laid out and writes the figures into the title of the page that
# frames it.
MEASURE = """<script>
addEventListener("load", () => {
  const name = (e) => e.tagName.toLowerCase() + "." + e.className;
  // Words of a matrix row label that break across lines though they would fit on one.
  const broken = [];
  for (const th of document.querySelectorAll(".matrix th[scope=row]")) {
    const style = getComputedStyle(th);
    const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = /[^\\s_]+_?/g;
      for (let m = word.exec(node.data); m; m = word.exec(node.data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (tops.size > 1 && width <= room) broken.push(m[0]);
      }
    }
  }
  const root = document.documentElement;
  const edge = root.clientWidth + 0.5;
  const all = [...document.querySelectorAll("body *")];
  const sticking = all
    .filter((e) => !e.closest(".scroll") && e.getBoundingClientRect().right > edge)
    .map(name);
  // Boxes whose content is wider than they are and shows over their neighbours (a box
  // that scrolls keeps what it does not show inside it; one that clips, such as the
  // headers the cards hide, shows none of it).
  const boxes = ["block", "inline-block", "list-item", "flex", "table-cell"];
  const clipped = (e) => {
    for (let a = e.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === "hidden") return true;
    }
    return false;
  };
  const spilling = all
    .filter((e) => {
      const style = getComputedStyle(e);
      return boxes.includes(style.display) && style.overflowX === "visible"
        && e.scrollWidth > e.clientWidth + 1 && !clipped(e);
    })
    .map(name);
  const cell = document.querySelector("table.stack td");
  parent.document.title = JSON.stringify({
    width: innerWidth,
    sideways: root.scrollWidth - root.clientWidth,
    broken: broken,
    sticking: sticking.slice(0, 5),
    spilling: spilling.slice(0, 5),
    cards: cell ? getComputedStyle(cell).display : "",
  });
});
</script>"""

# Follows a link to every claim of the matrix, the last first (the matrix scrolled to its
# far corner, each next one is back towards its start), and names those left out of
# view or covered, by the row labels or the column headers held in view, at their centre
# or near their top left corner.
FOLLOW = """<script>
addEventListener("load", async () => {
  const targets = [...document.querySelectorAll(".matrix .v[id]")].reverse();
  const hidden = [];
  const shows = (el, x, y) => {
    const top = document.elementFromPoint(x, y);
    return top !== null && (top === el || el.contains(top));
  };
  for (const el of targets) {
    location.hash = "#" + el.id;
    await new Promise((done) => setTimeout(done, 20));
    const r = el.getBoundingClientRect();
    const centre = shows(el, r.left + r.width / 2, r.top + r.height / 2);
    if (!centre || !shows(el, r.left + 3, r.top + 3)) hidden.push(el.id);
  }
  parent.document.title = JSON.stringify({followed: targets.length, hidden: hidden.slice(0, 5)});
});
</script>"""


def _framed(page: Path, tmp_path: Path, width: int, script: str) -> dict[str, object]:
    """The figures `script` takes of `page` laid out `width` pixels wide (1,000 high).

    Headless Chromium makes no window narrower than 500 pixels, so the page is laid out
    in a frame of that width (a srcdoc frame, which shares its parent's origin)."""
    text = page.read_text(encoding="utf-8")
    start = text.index('<meta http-equiv="Content-Security-Policy"')
    text = text[:start] + text[text.index(">", start) + 1 :]
    inner = text.replace("</body>", script + "</body>")
    outer = (
        '<!DOCTYPE html><html><head><title>unmeasured</title></head><body style="margin:0">'
        f'<iframe style="border:0;width:{width}px;height:1000px" '
        f'srcdoc="{html.escape(inner, quote=True)}"></iframe></body></html>'
    )
    measured = tmp_path / f"measured-{width}.html"
    measured.write_text(outer, encoding="utf-8")
    profile = tmp_path / f"profile-measure-{width}"
    dom = _browse(
        measured, profile, "--window-size=1400,1100", "--virtual-time-budget=10000", "--dump-dom"
    )
    figures: dict[str, object] = json.loads(_title(_tree(dom)))
    return figures


def _layout(page: Path, tmp_path: Path, width: int) -> dict[str, object]:
    return _framed(page, tmp_path, width, MEASURE)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    return _report(tmp_path_factory.mktemp("hostile"))


# Words no line is wide enough for, in every kind of place: a source's title and link, a
# quote that two sources print differently (a paragraph and a word diff), a value that
# names nothing (a table's message) and an excerpt.
LONG = "Supercalifragilisticexpialidocious" * 8
URL = "https://example.org/" + "a-long-path-" * 20 + "?q=" + "x" * 100
LONG_A = {
    "source": {
        "id": "long-a",
        "outlet": "Daily",
        "title": LONG,
        "url": URL,
        "published": "2022-12-07",
    },
    "claims": [
        {
            "id": "quote",
            "subject": "Winslet",
            "property": "said",
            "value": f"We just wanted to tell a story {LONG} that was honest",
            "excerpt": URL,
        },
        {"id": "network", "subject": "I Am Ruth", "property": "network", "value": URL},
    ],
}
LONG_B = {
    "source": {"id": "long-b", "outlet": "Weekly", "title": URL, "published": "2022-12-08"},
    "claims": [
        {
            "id": "quote",
            "subject": "Winslet",
            "property": "said",
            "value": f"We just wanted to tell a story {LONG}{LONG} that was honest",
        },
    ],
}


@pytest.fixture(scope="module")
def long_words(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _, page = _report(tmp_path_factory.mktemp("long"), (("a.yaml", LONG_A), ("b.yaml", LONG_B)))
    return page


@pytest.mark.parametrize(("width", "cards"), [(400, "block"), (1280, "table-cell")])
def test_shipped_report_fits_the_window(tmp_path: Path, width: int, cards: str) -> None:
    """No sideways scrolling of the page at a phone's width or a desktop's: tables too wide
    scroll inside their own box (the matrix), or become a card per row (the rest); and no
    row label of the matrix breaks inside a word."""
    figures = _layout(ROOT / "reports" / "consistency.html", tmp_path, width)
    assert figures == {
        "width": width,
        "sideways": 0,
        "broken": [],
        "sticking": [],
        "spilling": [],
        "cards": cards,
    }


@pytest.mark.parametrize("width", [400, 1280])
def test_hostile_report_fits_the_window(
    hostile: tuple[Result, Path], tmp_path: Path, width: int
) -> None:
    _, page = hostile
    figures = _layout(page, tmp_path, width)
    assert (figures["sideways"], figures["broken"], figures["sticking"], figures["spilling"]) == (
        0,
        [],
        [],
        [],
    )


@pytest.mark.parametrize("width", [400, 1280])
def test_long_words_wrap(long_words: Path, tmp_path: Path, width: int) -> None:
    """A word longer than any line breaks where the line ends, on a phone and on a
    desktop: in headings and paragraphs, in the word diff, in table cells and values."""
    text = long_words.read_text(encoding="utf-8")
    assert '<h3>Q402 \u00b7 Kate Winslet \u00b7 said <span class="sev sev-warning">' in text
    assert f"<del>{LONG}</del>" in text or f"<ins>{LONG}{LONG}</ins>" in text
    figures = _layout(long_words, tmp_path, width)
    assert (figures["sideways"], figures["sticking"], figures["spilling"]) == (0, [], [])


@pytest.mark.parametrize("width", [400, 1280])
def test_links_to_matrix_claims_show_them(tmp_path: Path, width: int) -> None:
    """Each claim of the shipped report's matrix, its link followed, is in view and not
    under the row labels or the column headers the matrix holds in view."""
    page = ROOT / "reports" / "consistency.html"
    text = page.read_text(encoding="utf-8")
    matrix = text[
        text.index('<table class="matrix">') : text.index(
            '<section id="', text.index('<table class="matrix">')
        )
    ]
    anchors = len(re.findall(r'<span class="v v-[a-z]+" id="claim-', matrix))
    assert anchors > 50
    assert _framed(page, tmp_path, width, FOLLOW) == {"followed": anchors, "hidden": []}


@pytest.mark.parametrize("width", [400, 1280])
def test_screenshots_at_both_widths(tmp_path: Path, width: int) -> None:
    """A screenshot of the shipped report as wide as the window; look at them with
    FACTLINT_SCREENSHOTS=folder (they are kept there)."""
    page = ROOT / "reports" / "consistency.html"
    folder = Path(os.environ.get("FACTLINT_SCREENSHOTS") or tmp_path)
    shot = folder / f"consistency-{width}.png"
    _browse(page, tmp_path / "profile-shot", f"--screenshot={shot}", f"--window-size={width},3000")
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == width  # the width in the IHDR chunk
