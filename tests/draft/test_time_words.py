"""The words of a `<time>` element inside a page's text are kept; the page's date is
still read from a byline's `<time>`."""

from __future__ import annotations

from pathlib import Path

import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")

PREVIEW = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tonight's pick | TV Week</title></head>
<body><article>
<h1>Tonight's pick: a mother and daughter drama</h1>
<p class="byline">By Ann Lee, <time datetime="2022-12-06T08:00:00Z" class="published">6 December
2022</time></p>
<p>I Am Ruth airs on Channel 4 on <time datetime="2022-12-08T21:00">Thursday 8 December
at 9pm</time>, with Kate Winslet as Ruth, a mother who cannot reach her teenage daughter.</p>
<p>Repeated: <time datetime="2022-12-11T22:00">Sunday 11 December, 10pm</time>, Channel 4.</p>
<p>The drama takes on social media addiction and what it does to a family, and there is nothing
else like it on television this week, which is why it is our pick of the day.</p>
</article></body></html>
"""


def test_the_words_of_a_time_element_stay_in_its_sentence() -> None:
    article = read_article(PREVIEW)
    assert article.published == "2022-12-06"
    assert article.paragraphs[1] == (
        "I Am Ruth airs on Channel 4 on Thursday 8 December at 9pm, with Kate Winslet as "
        "Ruth, a mother who cannot reach her teenage daughter."
    )
    assert article.paragraphs[2] == "Repeated: Sunday 11 December, 10pm, Channel 4."


def test_a_broadcast_in_a_time_element_is_drafted() -> None:
    article = read_article(PREVIEW)
    info = SourceInfo("tv-week", "TV Week", "Tonight's pick", "2022-12-06")
    claims = yaml.safe_load(draft(article, DATASET, info))["claims"]
    assert [(c["subject"], c["property"], c["value"]) for c in claims] == [
        ("I Am Ruth", "first_broadcast", "2022-12-08T21:00"),
        ("I Am Ruth", "network", "Channel 4"),
        ("I Am Ruth", "cast_member", "Kate Winslet"),
        ("I Am Ruth", "theme", "social media addiction"),
    ]
