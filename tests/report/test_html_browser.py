"""consistency.html opened in a real browser (headless Chromium).

Claim text that tries to inject markup and script must stay text: nothing runs, no element
it spells out exists, and the matrix still renders with a row per subject and property and
a column per source. `.ci/run` installs Debian's chromium package, and sets
FACTLINT_REQUIRE_BROWSER=1 so that a missing browser fails there instead of skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

import validator
from validator.cli.main import main
from validator.model.result import Result

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "dataset"

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("FACTLINT_REQUIRE_BROWSER") == "1":
    raise RuntimeError("FACTLINT_REQUIRE_BROWSER=1 but no chromium is installed")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (apt-get install chromium; .ci/run installs it)",
)

# A headless browser that makes no connections of its own and keeps no state between runs.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

TIMEOUT = 90  # seconds; a page takes about one

PWNED = "pwned"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
SVG = '"><svg onload=alert(1)>'
STYLE = "</style><script>document.title='pwned'</script>"
TITLE = "</title><script>document.title='pwned'</script>"
IFRAME = "<iframe src=\"javascript:document.title='pwned'\"></iframe>"
ATTRIBUTE = "' onmouseover='document.title=\"pwned\"' x='"
COMMENT = "<!-- --><script>document.title='pwned'</script>"
# Claim file names end up in attributes (a cell's title) and in text (locations).
FILE_A = "a.yaml"
FILE_B = "b' onmouseover='alert(1)' \"><svg onload=alert(1)>.yaml"
URL_B = f"https://example.org/?q={ATTRIBUTE}{SVG}"
HOSTILE = (SCRIPT, IMG, SVG, STYLE, TITLE, IFRAME, ATTRIBUTE, COMMENT)

SCHEME = re.compile("[A-Za-z][A-Za-z0-9+.-]*:")

# Elements the report itself never uses: any of them was injected.
INJECTED_TAGS = frozenset(
    {"script", "img", "svg", "iframe", "object", "embed", "video", "audio", "math", "form"}
)


# Two sources about the shipped film that disagree, every free-text field hostile. The
# dataset has no birth date for Dominic Savage, so their ages contradict (X301).
SOURCE_A = {
    "source": {
        "id": "hostile-a",
        "outlet": SCRIPT,
        "title": SVG,
        # A javascript: address is refused (E102) before any report sees it.
        "url": f"https://example.com/{SCRIPT}",
        "author": IMG,
        "published": "2022-12-07",
    },
    "claims": [
        {
            "id": "winslet-age",
            "subject": "Savage",
            "property": "age",
            "value": 47,
            "excerpt": IMG,
            "note": STYLE,
        },
        {
            "id": "quote",
            "subject": "Winslet",
            "property": "said",
            "value": f"We just wanted to tell a story {SCRIPT} that was honest {IMG} {ATTRIBUTE}",
            "qualifiers": {"about": "I Am Ruth"},
            "excerpt": SVG,
            "note": TITLE,
        },
        {
            "id": "network",
            "subject": "I Am Ruth",
            "property": "network",
            "value": IMG,
            "excerpt": SCRIPT,
        },
        {
            "id": "unknown-subject",
            "subject": SVG,
            "property": "age",
            "value": 3,
            "excerpt": IFRAME,
        },
        {
            "id": "mia-age",
            "subject": "Mia Threapleton",
            "property": "age",
            "value": 21,
            "excerpt": COMMENT,
            "acknowledge": [{"code": "D201", "reason": IFRAME}],
        },
    ],
}
SOURCE_B = {
    "source": {
        "id": "hostile-b",
        "outlet": STYLE,
        "title": IMG,
        "url": URL_B,
        "published": "2022-12-08",
    },
    "claims": [
        {
            "id": "winslet-age",
            "subject": "Savage",
            "property": "age",
            "value": 46,
            "excerpt": COMMENT,
        },
        {
            "id": "network",
            "subject": "I Am Ruth",
            "property": "network",
            "value": SVG,
            "excerpt": IFRAME,
        },
        {
            "id": "casting",
            "subject": "I Am Ruth",
            "property": "casting_suggested_by",
            "value": "Savage",
            "excerpt": TITLE,
            "note": COMMENT,
        },
    ],
}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self) -> list[Node]:
        out: list[Node] = [self]
        for child in self.children:
            if isinstance(child, Node):
                out.extend(child.walk())
        return out

    def find_all(self, tag: str, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.walk()
            if n.tag == tag and all(n.attrs.get(k) == v for k, v in attrs.items())
        ]

    def kids(self, tag: str) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and c.tag == tag]


VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class _TreeBuilder(HTMLParser):
    """The browser's serialized DOM as a tree: every element is closed explicitly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _tree(dom: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(dom)
    builder.close()
    assert builder.stack == [builder.root]
    return builder.root


def _browse(page: Path, profile: Path, *args: str) -> str:
    """Chromium's standard output for `page` opened with `args`.

    A script that did run could have opened a dialog (alert), which would keep the browser
    waiting for ever: after `TIMEOUT` seconds it is stopped and the test fails.
    """
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    ) as browser:
        try:
            out, err = browser.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(browser.pid, signal.SIGKILL)
            browser.communicate()
            pytest.fail(f"Chromium did not finish {page.name} in {TIMEOUT} s (a dialog open?)")
    assert browser.returncode == 0, err[-2000:]
    return out


def _dom(page: Path, tmp_path: Path) -> Node:
    """The page's DOM after its scripts, if any, had two seconds of virtual time to run."""
    profile = tmp_path / f"profile-{page.stem}"
    dom = _browse(page, profile, "--virtual-time-budget=2000", "--dump-dom")
    assert "</html>" in dom, dom[-2000:]
    return _tree(dom)


def _title(tree: Node) -> str:
    [title] = tree.find_all("title")
    return title.text()


def _report(
    tmp_path: Path, documents: tuple[tuple[str, dict[str, object]], ...] = ()
) -> tuple[Result, Path]:
    """The claim files `documents` (name, content; by default the hostile claims) checked
    through the command line, and its consistency.html."""
    claims = tmp_path / "claims"
    claims.mkdir()
    for name, document in documents or ((FILE_A, SOURCE_A), (FILE_B, SOURCE_B)):
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        (claims / name).write_text(text, encoding="utf-8")
    # Run from the folder, as a project is: the report then links to the claims' lines,
    # and the hostile file name goes into those links too.
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        argv = ["claims", "--dataset", str(DATASET), "--reports", "reports", "-q"]
        assert main(argv) == 1
        result = validator.validate(["claims"], str(DATASET))
    finally:
        os.chdir(here)
    return result, tmp_path / "reports" / "consistency.html"


def _matrix_keys(result: Result) -> dict[tuple[str, str], str]:
    """Each subject/property row of the matrix, by key, with its label: the dataset's
    name of the entity (as written when it names none), in the property's declared
    direction."""
    labels = result.dataset.labels if result.dataset is not None else {}
    rows: dict[tuple[str, str], str] = {}
    for claim in result.claims:
        key = claim.forward or (claim.subject_id or claim.subject, claim.property)
        name = labels.get(key[0], claim.subject)
        rows.setdefault(key, f"{name} \u00b7 {key[1]}")
    return rows


def _check_matrix(tree: Node, result: Result) -> list[Node]:
    """The matrix has a column per source and a row per subject/property; its body rows."""
    [table] = tree.find_all("table", **{"class": "matrix"})
    [head] = table.kids("thead")
    [header] = head.kids("tr")
    columns = [th.text() for th in header.kids("th")]
    sources = [s.id for s in result.sources]
    assert len(columns) == 1 + len(sources)
    for text, source_id in zip(columns[1:], sources, strict=True):
        assert text.startswith(source_id)
    [body] = table.kids("tbody")
    rows = [tr for tr in body.kids("tr") if tr.kids("th")]
    labels = _matrix_keys(result).values()
    assert len(rows) == len(labels)
    seen: list[str] = []
    for tr in rows:
        [th] = tr.kids("th")
        assert th.attrs.get("scope") == "row"
        assert len(tr.kids("td")) == len(sources)
        seen.append(th.text().removesuffix("\u26a0").strip())
    assert sorted(seen) == sorted(labels)
    # Rows with a problem come first, then rows with claims that could not be checked,
    # each followed by a row of the findings that say why, linked to those findings.
    order = {"problem": 0, "invalid": 1}
    ranks = [order.get(tr.attrs.get("class") or "", 2) for tr in rows]
    assert ranks == sorted(ranks)
    ids = {n.attrs["id"] for n in tree.walk() if n.attrs.get("id")}
    every = body.kids("tr")
    for n, tr in enumerate(every):
        if tr.attrs.get("class") == "why":
            assert every[n - 1].attrs.get("class") in ("problem", "invalid")
            [td] = tr.kids("td")
            assert td.attrs.get("colspan") == str(1 + len(sources))
            links = td.find_all("a")
            assert links
            assert {(a.attrs.get("href") or "").removeprefix("#") for a in links} <= ids
        elif tr.attrs.get("class") == "problem":
            assert every[n + 1].attrs.get("class") == "why"
    return rows


def _row_after(tree: Node, row: Node) -> Node:
    """The table row after `row`."""
    for parent in tree.find_all("tbody"):
        rows = parent.kids("tr")
        for n, tr in enumerate(rows):
            if tr is row:
                return rows[n + 1]
    raise AssertionError("no row after it")


def _check_inert(tree: Node, title: str) -> None:
    """Nothing ran and no injected element or attribute exists."""
    assert _title(tree) == title
    assert [h1.text() for h1 in tree.find_all("h1")] == [title]
    elements = tree.walk()
    assert not [n.tag for n in elements if n.tag in INJECTED_TAGS]
    handlers = [(n.tag, k) for n in elements for k in n.attrs if k.startswith("on")]
    assert handlers == []
    for link in tree.find_all("a"):
        href = link.attrs.get("href") or ""
        # Never javascript: or any other scheme but http(s); a relative link is to a
        # claim file's line, its name percent-encoded.
        if not href.startswith(("#", "https://", "http://")):
            assert SCHEME.match(href) is None, href
            assert re.fullmatch(r"\.\./claims/[A-Za-z0-9%._/=-]+#L[0-9]+", href), href
    assert len(tree.find_all("style")) == 1


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Node]:
    tmp_path = tmp_path_factory.mktemp("hostile")
    result, page = _report(tmp_path)
    return result, page, _dom(page, tmp_path)


def test_a_script_that_runs_is_seen(tmp_path: Path) -> None:
    """The check can fail: a page whose script and event handler do run shows it."""
    page = tmp_path / "canary.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>report</title></head><body>"
        f"{SCRIPT}<p id=p></p><img src=x onerror=\"p.textContent='{PWNED}'\"></body></html>",
        encoding="utf-8",
    )
    tree = _dom(page, tmp_path)
    assert _title(tree) == PWNED
    [p] = tree.find_all("p", id="p")
    assert p.text() == PWNED


def test_hostile_claim_text_does_not_run(hostile: tuple[Result, Path, Node]) -> None:
    result, _, tree = hostile
    assert result.dataset is not None
    _check_inert(tree, f"factlint report: {result.dataset.title}")


def test_hostile_claim_text_is_shown_as_text(hostile: tuple[Result, Path, Node]) -> None:
    _, _, tree = hostile
    [body] = tree.find_all("body")
    text = body.text()
    for payload in HOSTILE:
        assert payload in text, payload
    [scorecard] = tree.find_all("section", id="scorecard")
    outlets = [tr.kids("td")[1].text() for tr in scorecard.find_all("tr") if tr.kids("td")]
    assert outlets == [SCRIPT, STYLE]
    titles = [d.text() for d in scorecard.find_all("div", **{"class": "sub"})]
    assert titles == [SVG, IMG]


def test_matrix_renders_with_hostile_text(hostile: tuple[Result, Path, Node]) -> None:
    result, _, tree = hostile
    rows = _check_matrix(tree, result)
    by_label = {tr.kids("th")[0].text().removesuffix("\u26a0").strip(): tr for tr in rows}
    # The subject that names no entity is its row's label, as text.
    assert f"{SVG} \u00b7 age" in by_label
    network = [td.text() for td in by_label["I Am Ruth \u00b7 network"].kids("td")]
    assert network == [f"{IMG}invalid", f"{SVG}invalid"]
    # The contradiction between the two sources is marked in both cells.
    # Named as the dataset names him, though both sources wrote "Savage".
    age = by_label["Dominic Savage \u00b7 age"]
    assert age.attrs.get("class") == "problem"
    assert [td.text() for td in age.kids("td")] == [
        "47unverifiablecontradicted",
        "46unverifiablecontradicted",
    ]
    why = _row_after(tree, age)
    assert sorted(a.text() for a in why.find_all("a")) == ["X301"]
    # A hostile file name stays inside the title attribute of its cell.
    [span] = age.kids("td")[1].kids("span")
    assert span.attrs["title"] is not None and span.attrs["title"].endswith(f"{FILE_B}:8:3")
    # An http(s) url is a link, whatever it holds; its characters stay inside href.
    hrefs = [a.attrs.get("href") for a in tree.find_all("a")]
    assert URL_B in hrefs


def test_escaping_alone_keeps_it_inert(hostile: tuple[Result, Path, Node], tmp_path: Path) -> None:
    """Without its Content-Security-Policy the page is just as inert: escaping protects it,
    not only the policy."""
    result, page, _ = hostile
    assert result.dataset is not None
    text = page.read_text(encoding="utf-8")
    start = text.index('<meta http-equiv="Content-Security-Policy"')
    end = text.index(">", start) + 1
    bare = tmp_path / "no-csp.html"
    bare.write_text(text[:start] + text[end:], encoding="utf-8")
    tree = _dom(bare, tmp_path)
    assert not tree.find_all("meta", **{"http-equiv": "Content-Security-Policy"})
    _check_inert(tree, f"factlint report: {result.dataset.title}")
    _check_matrix(tree, result)


def test_shipped_report_renders(tmp_path: Path) -> None:
    """reports/consistency.html of the shipped claims: its matrix."""
    page = ROOT / "reports" / "consistency.html"
    result = validator.validate([str(ROOT / "claims")], str(DATASET))
    assert result.dataset is not None
    tree = _dom(page, tmp_path)
    _check_inert(tree, f"factlint report: {result.dataset.title}")
    rows = _check_matrix(tree, result)
    assert rows[0].attrs.get("class") == "problem"
