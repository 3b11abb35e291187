"""Who says the words at a place: the speaker of the attributed quotation holding it."""

from __future__ import annotations

import re
from pathlib import Path

from validator.dataset.load import load_dataset
from validator.draft.mentions import Mentions
from validator.draft.model import DraftClaim
from validator.draft.sentences import split_sentences
from validator.draft.speakers import (
    NarrationName,
    Speakers,
    calls_someone,
    narration_names,
    object_of,
    said_after,
)


def test_a_place_inside_an_attributed_quotation_is_its_speaker_s() -> None:
    paragraphs = ("“I did it,” Vell said. “I wrote it,” Reyes said.", "I did.")
    said = [
        DraftClaim("vell", "said", "I did it,", "I did it,", (0, 1)),
        DraftClaim("reyes", "said", "I wrote it,", "I wrote it,", (0, 24)),
        DraftClaim("ghost", "said", "not in the text", "x", (1, 0)),
        DraftClaim("ghost", "said", "I did.", "I did.", (7, 0)),
    ]
    speakers = Speakers(paragraphs, said)
    assert [speakers.at(0, at) for at in (0, 1, 9, 10, 24, 34, 35)] == [
        None,
        "vell",
        "vell",
        None,
        "reyes",
        "reyes",
        None,
    ]
    assert speakers.at(1, 0) is None
    assert speakers.at(5, 0) is None


def test_the_people_opening_a_sentence_of_narration_are_its_subjects(play_project: Path) -> None:
    """Not an owner ("Reyes's film"), not a name inside a quotation (blanked in the
    narration); a name further into a sentence is named, not its subject."""
    dataset = load_dataset("dataset")
    paragraph = "Nora Vell agrees. Reyes's film opens. “                    ” Ida met Tomas Reyes."
    narration = paragraph
    mentions = Mentions(dataset, split_sentences((paragraph,)), {"person"}, ("person",))
    assert narration_names(0, narration, mentions, ("person",)) == [
        NarrationName(0, 9, "nora-vell", True),
        NarrationName(69, 80, "tomas-reyes", False),
    ]
    quoted = "Tomas Reyes was calm. “Nora Vell was there.”"
    narration = quoted[:23] + " " * 20 + quoted[43:]
    mentions = Mentions(dataset, split_sentences((quoted,)), {"person"}, ("person",))
    assert narration_names(0, narration, mentions, ("person",)) == [
        NarrationName(0, 11, "tomas-reyes", True)
    ]


def test_a_sentence_split_by_its_attribution_is_its_speaker_s_by_its_excerpt() -> None:
    """A joined quotation's words are not the article's: where its excerpt is, is."""
    paragraphs = ("“I did it,” Vell said, “and I would again.” I did.",)
    joined = DraftClaim("vell", "said", "I did it, and I would again.", paragraphs[0][:42], (0, 1))
    speakers = Speakers(paragraphs, [joined])
    assert [speakers.at(0, at) for at in (0, 1, 30, 41, 43)] == [
        "vell",
        "vell",
        "vell",
        "vell",
        None,
    ]


def test_a_speaker_after_a_preposition_is_its_object() -> None:
    text = "A friend of Vell said"
    assert object_of(text, text.index("Vell"))
    assert object_of("a source close to the star", len("a source close to "))
    assert not object_of("Speaking later, Vell said", len("Speaking later, "))
    assert not object_of("Vell said", 0)


_VERBS = re.compile(r"(?<![\w’'-])(?i:said|told)(?![\w’'-])")


def test_the_words_after_a_quotation_may_say_someone_unnamed_spoke() -> None:
    def after(words: str, narration: str) -> int | None:
        return said_after(words, f'"{words}"{narration}', len(words) + 2, _VERBS)

    assert after("Hard,", " a Channel 4 spokesperson said.") == 33
    assert after("Hard", ", one insider told us.") == 20
    # Not in the next sentence, nor after words ending the quotation's sentence.
    assert after("Hard,", " we hear. A source said.") is None
    assert after("Hard.", ' A source said: "More."') is None
    # Not where the words call back someone named before.
    assert after("Hard,", " she later said.") is None
    assert after("Hard,", " the Oscar-winning actress said.") is None
    assert after("Hard,", " the star’s publicist said.") == 29
    assert said_after("Hard,", '"Hard," a source said.', 7, None) is None


def test_what_someone_is_called_is_not_someone_else_s() -> None:
    assert calls_someone("the Titanic star")
    assert not calls_someone("the star’s publicist")
    assert not calls_someone("the report")
