"""Reading a Markdown article: its prose without the markup, what its front matter says,
and nothing from the lines that are only links, images, rules, tables or code."""

from __future__ import annotations

import pytest

from validator.draft import ArticleError, read_article
from validator.draft.markdown import Markdown, read_markdown

PAGE = """\
---
title: "The Glass Orchard review"
author: Pia Lund
date: 2025-03-07T08:00:00Z
canonical_url: https://stage.example/orchard
tags: [theatre]
---

[Home](/) | [Reviews](/reviews) | [Newsletter](/newsletter)

# The Glass Orchard: *a quiet triumph*

![Ida Brook as Wren](wren.jpg "Wren")

_Ida Brook as Wren. Photo: Lantern Theatre_

**The Glass Orchard**, which opens at the
[Lantern Theatre](https://lantern.example) next Friday, runs for `two hours`.

> "I wrote it in one long winter," Vell said.
> "Every scene is a memory."

1. Tomas Reyes as Abel
2. [Ida Brook plays Wren in Leeds](/elsewhere)

| cast | role |
|---|---|
| Ida Brook | Wren |

```
Tomas Reyes as Abel
```

[1]: https://example.invalid/ref
It costs \\*only\\* £20 -- see [the box office][1].

* * *
Share: [Twitter](https://twitter.com) · [Facebook](https://facebook.com)
"""


def test_the_prose_and_the_front_matter_of_a_markdown_article() -> None:
    assert read_markdown(PAGE) == Markdown(
        paragraphs=(
            "The Glass Orchard: a quiet triumph",
            "The Glass Orchard, which opens at the Lantern Theatre next Friday, runs for "
            "two hours.",
            '"I wrote it in one long winter," Vell said. "Every scene is a memory."',
            "Tomas Reyes as Abel",
            "It costs *only* £20 -- see the box office.",
        ),
        title="The Glass Orchard review",
        author="Pia Lund",
        published="2025-03-07",
        url="https://stage.example/orchard",
    )


def test_without_front_matter_the_first_heading_is_the_title() -> None:
    text = "Menu\n\n## A heading ##\n\nFirst line\nruns on.\n\n# Later\n"
    assert read_markdown(text) == Markdown(
        paragraphs=("Menu", "A heading", "First line runs on.", "Later"), title="A heading"
    )


@pytest.mark.parametrize(
    ("front", "published"),
    [("date: 2025-03", "2025-03"), ("date: March 7, 2025", None), ("date: 2025-03-07x", None)],
)
def test_only_a_date_written_as_one_is_taken(front: str, published: str | None) -> None:
    assert read_markdown(f"---\n{front}\n---\nText.\n").published == published


@pytest.mark.parametrize(
    ("front", "url"),
    [
        ("url: http://[x", None),
        ("url: javascript:alert(1)", None),
        ("url: /orchard", None),
        (f"url: https://a.example/{'x' * 2000}", None),
        ("url: ftp://a.example\ncanonical_url: https://a.example/o", "https://a.example/o"),
    ],
)
def test_only_an_http_address_is_taken_as_the_url(front: str, url: str | None) -> None:
    assert read_markdown(f"---\n{front}\n---\nText.\n").url == url


def test_an_unclosed_front_matter_is_text() -> None:
    assert read_markdown("---\ntitle: T\nText.\n").paragraphs == ("title: T Text.",)


def test_a_line_of_unmatched_emphasis_marks_is_read_in_one_pass() -> None:
    line = "*a " * 50_000
    assert read_markdown(line).paragraphs == (line.strip(),)


def test_read_article_reads_markdown_only_when_told() -> None:
    raw = b"---\ntitle: T\n---\n**Bold** words.\n"
    article = read_article(raw, markdown=True)
    assert (article.paragraphs, article.title, article.is_file_text) == (
        ("Bold words.",),
        "T",
        False,
    )
    assert read_article(raw).paragraphs == ("---", "title: T", "---", "**Bold** words.")


def test_markdown_with_no_prose_is_no_article() -> None:
    """Front matter and a menu only: drafted, it was a title and no claims."""
    raw = b"---\ntitle: Only a title\n---\n\n[Home](/) | [News](/news)\n"
    with pytest.raises(ArticleError) as raised:
        read_article(raw, markdown=True)
    assert str(raised.value) == (
        "no article text found in the Markdown file (only front matter, links, code or tables); "
        "write the article below its front matter"
    )


def test_a_link_and_a_run_of_hyphens_is_read_in_one_pass() -> None:
    line = "[Ruth](https://example.org/ruth) " + "-" * 1_000_000 + "x."
    assert read_markdown(line + "\n").paragraphs == ("Ruth " + "-" * 1_000_000 + "x.",)


@pytest.mark.parametrize(
    ("front", "title"),
    [
        # The quotation marks around a value go; a mark of the title's own words stays.
        ("title: \"Mia: 'I had to forget'\"", "Mia: 'I had to forget'"),
        ("title: 'Mia: ''I had to forget'''", "Mia: 'I had to forget'"),
        ('title: "Savage: \\"No script\\""', 'Savage: "No script"'),
        ("title: Mia's 'big' year", "Mia's 'big' year"),
        ("title: 'Unclosed", "'Unclosed"),
    ],
)
def test_a_title_keeps_its_own_quotation_marks(front: str, title: str) -> None:
    assert read_markdown(f"---\n{front}\n---\nText.\n").title == title
