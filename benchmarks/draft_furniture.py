"""How much of a draft comes from a copied page's furniture rather than its article.

    python benchmarks/draft_furniture.py
    python benchmarks/draft_furniture.py --seeds ../shared/seeds   # also the seeds, wrapped

Each browser copy in tests/draft/articles/ (a whole page saved as plain text: menus,
notices, related stories, comments, footer) has its article's lines marked by hand in
copies.json. Each is drafted with the shipped dataset twice: read line by line, as
plain text was read before a copy was looked through, and read as a page
(`read_article`). A drafted claim is from furniture when its excerpt is in none of the
article's lines; a value listed as not placed, when its sentence is in none. Nothing
is asserted: the figures go in benchmarks/RESULTS.md.

With --seeds, each seed article is also drafted wrapped in a page's furniture (a cookie
notice and a menu above it, a byline and a date under its headline, a box of most-read
links inside it, links, a comment and a footer below it), and the draft's claims and
unplaced values are compared with those of the article alone: they should be the same.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from validator.dataset.load import load_dataset  # noqa: E402
from validator.dataset.model import Dataset  # noqa: E402
from validator.draft import SourceInfo, draft, read_article  # noqa: E402
from validator.draft.article import Article  # noqa: E402

ARTICLES = os.path.join(ROOT, "tests", "draft", "articles")
_EXCERPT = re.compile(r"^    excerpt: (.*)$", re.M)
_TITLE = re.compile(r"^  title: (.*)$", re.M)
# A value not placed: its words, and the sentence it is in when that is longer.
_UNPLACED = re.compile(r"^# - \w+: (.*)\n(?:#   in: (.*)\n)?", re.M)


def _plain(value: str) -> str:
    """A YAML scalar of the draft as its words."""
    if value.startswith('"') and value.endswith('"'):
        return str(json.loads(value))
    return value


def _from_furniture(texts: list[str], article: list[str]) -> int:
    return sum(1 for t in texts if not any(t.rstrip("…") in line for line in article))


def measure(name: str, marked: dict[str, object], dataset: Dataset) -> list[object]:
    path = os.path.join(ARTICLES, name)
    with open(path, "rb") as handle:
        raw = handle.read()
    lines = raw.decode("utf-8").split("\n")
    ranges = marked["article"]
    assert isinstance(ranges, list)
    article = [lines[n - 1] for start, end in ranges for n in range(start, end + 1)]
    headline = article[0]
    info = SourceInfo("s", "Outlet", "", "2022-12-08")
    row: list[object] = [name, len([line for line in lines if line.strip()]), len(article)]
    as_page = read_article(raw)
    by_line = Article(paragraphs=tuple(line.strip() for line in lines if line.strip()))
    for read in (by_line, as_page):
        title = read.title or read.paragraphs[0]
        text = draft(read, dataset, SourceInfo(info.id, info.outlet, title, info.published))
        excerpts = [_plain(e) for e in _EXCERPT.findall(text)]
        unplaced = [where or what for what, where in _UNPLACED.findall(text)]
        drafted_title = _plain(_TITLE.findall(text)[0])
        row += [
            f"{len(excerpts)} / {_from_furniture(excerpts, article)}",
            f"{len(unplaced)} / {_from_furniture(unplaced, article)}",
            "yes" if drafted_title == headline else "no",
        ]
    found = (as_page.author, as_page.published) == (marked["author"], marked["published"])
    row.append("yes" if found else "no")
    return row


_ABOVE = [
    "We value your privacy",
    "We and our partners use cookies to store and access information on your device. "
    "By selecting Accept all you agree to our use of cookies.",
    "Accept all",
    "Skip to main content",
    "Menu",
    "News",
    "Advertisement",
]
_BYLINE = ["By Jane Doe", "Published 7 December 2022", "Share"]
_BOX = ["Most read", "1", "A headline of another story", "2", "Another story's headline"]
_BELOW = [
    "Share this article",
    "Most read",
    "A third story's headline",
    "Comments (3)",
    "TellyAddict",
    "8 Dec 2022 22:41",
    "A reader's comment on the article.",
    "Reply",
    "Back to top",
    "© 2022 Example Media. All rights reserved.",
]


def wrapped(lines: list[str]) -> list[str]:
    """An article's lines inside a page's furniture: the byline after its first line
    of text that is no notice, the box after its sixteenth line."""
    first = next(i for i, line in enumerate(lines) if len(line.split()) > 3)
    page = lines[: first + 1] + _BYLINE + lines[first + 1 :]
    return _ABOVE + page[:16] + _BOX + page[16:] + _BELOW


def compare_seeds(folder: str, dataset: Dataset) -> None:
    print("| seed | as a page, wrapped: claims and unplaced values | title |")
    print("|---|---|---|")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            raw = handle.read()
        lines = raw.decode("utf-8-sig").split("\n")
        drafts = []
        for text in (raw, "\n".join(wrapped(lines)).encode()):
            article = read_article(text)
            title = article.title or article.paragraphs[0]
            info = SourceInfo("s", "Outlet", title, "2022-12-07")
            drafts.append(draft(article, dataset, info))
        same = drafts[0].split("claims:")[1] == drafts[1].split("claims:")[1]
        title = _plain(_TITLE.findall(drafts[1])[0])
        print(f"| {name} | {'the same' if same else 'not the same'} | {title} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", metavar="DIR", help="also draft the articles in DIR wrapped")
    args = parser.parse_args()
    with open(os.path.join(ARTICLES, "copies.json"), encoding="utf-8") as handle:
        copies = json.load(handle)
    dataset = load_dataset(os.path.join(ROOT, "dataset"))
    print(
        "| copy | lines | article lines | line by line: claims / from furniture | unplaced "
        "/ from furniture | headline as title | as a page: claims / from furniture | "
        "unplaced / from furniture | headline as title | author and date |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted(copies):
        print("| " + " | ".join(str(cell) for cell in measure(name, copies[name], dataset)) + " |")
    if args.seeds:
        print()
        compare_seeds(args.seeds, dataset)


if __name__ == "__main__":
    main()
