"""Hostile articles: sizes at which work growing with the square of the text would take
minutes (every quotation mark, name or list scanned again from each one); the draft
stays bounded and says what it left out. Nothing here is timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.article import ArticleError

INFO = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")


def _draft(text: str) -> str:
    return draft(read_article(text.encode()), load_dataset("dataset"), INFO)


def _claims(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("  - id: ")]


def test_a_sentence_of_ten_thousand_names_and_no_cue(play_project: Path) -> None:
    assert _claims(_draft("Tomas Reyes, Ida Brook, " * 5000)) == []


def test_ten_thousand_quotations_in_one_paragraph(play_project: Path) -> None:
    out = _draft("“One two three four.” Vell said. " * 10000)
    assert _claims(out) == ["  - id: said-nora-vell"]


def test_ten_thousand_quotation_marks_never_closed(play_project: Path) -> None:
    out = _draft("“ Nora Vell " * 10000)
    assert _claims(out) == []


def test_a_surname_repeated_after_each_full_name(play_project: Path) -> None:
    out = _draft(("Nora Vell " + "Vell " * 50 + "said: “a b c d e”\n") * 500)
    assert _claims(out) == ["  - id: said-nora-vell"]


def test_ten_thousand_dates_no_cue_places(play_project: Path) -> None:
    out = _draft("14 March 2025 at 7pm, " * 10000)
    assert _claims(out) == []
    assert out.count("\n# - date: 14 March 2025 at 7pm\n") == 500
    assert out.endswith("# … and 9500 more not listed.\n")


def test_an_article_too_long_to_draft_is_refused(play_project: Path) -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(b"word " * 110_000)
    assert str(raised.value) == (
        "the article's text is longer than 512K characters; draft it in parts"
    )
