"""Laws of `factlint draft`: whatever the article, the draft is a claim file that parses
and passes the schema, every excerpt is the article's own words, and the same article
gives the same bytes."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.play import PLAY_DATASET, PLAY_NAMES
from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset, PropertyDef
from validator.draft import Article, ArticleError, SourceInfo, draft, read_article
from validator.draft.cues import compile_cue
from validator.parse.schema_fast import schema_errors
from validator.read.files import Limits, LoadedFile, parse_text
from validator.rules.archives import normalise_passage

from .strategies import article_texts, markdown_texts

INFO = SourceInfo("stage-weekly", "Stage Weekly", "A review", ("2025-03-01", "2025-03-09"))


@functools.cache
def _dataset() -> Dataset:
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    (folder / "dataset.yaml").write_text(PLAY_DATASET, encoding="utf-8")
    return load_dataset(str(folder))


@settings(max_examples=150, deadline=None)
@given(article_texts(PLAY_NAMES))
def test_a_draft_is_a_valid_claim_file_of_the_articles_words(text: str) -> None:
    _check(read_article(text.encode("utf-8")))


@settings(max_examples=100, deadline=None)
@given(markdown_texts(PLAY_NAMES))
def test_a_markdown_draft_is_a_valid_claim_file_of_the_articles_words(text: str) -> None:
    """Whatever its marks, a Markdown article is prose or refused with one line."""
    try:
        article = read_article(text.encode("utf-8"), markdown=True)
    except ArticleError as error:
        assert str(error) == (
            "no article text found in the Markdown file (only front matter, links, code or "
            "tables); write the article below its front matter"
        )
        return
    assert all(p and p == p.strip() for p in article.paragraphs)
    _check(article)


def _check(article: Article) -> None:
    drafted = draft(article, _dataset(), INFO)
    assert drafted == draft(article, _dataset(), INFO)
    loaded = parse_text(drafted, "draft.yaml", Limits())
    assert isinstance(loaded, LoadedFile), drafted
    assert not loaded.problems
    assert schema_errors(loaded.data, loaded.positions, "claim-file.schema.json") == []
    source = normalise_passage(article.text)
    for claim in loaded.data["claims"]:
        assert normalise_passage(claim["excerpt"]) in source


_CUE_PIECES = [
    "Mia",
    " as ",
    " AS ",
    " a s",
    " plays ",
    "’s",
    "'s",
    " the ",
    "director",
    ",",
    "\ue000",
    "\ue001",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12).map("".join))
def test_a_text_a_cue_turns_away_is_one_its_pattern_finds_nothing_in(text: str) -> None:
    # `could_match` only spares the search: never a text the pattern would match.
    for cue in _CUES:
        if not cue.could_match(text):
            assert cue.pattern.search(text) is None


_CUES = [
    compile_cue(text, PropertyDef("cast_member", "entity", qualifiers=(("role", "text"),)))
    for text in ("{value} as {role}", "{value} plays the director's {role}", "{value} [plays] as")
]
