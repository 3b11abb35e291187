"""An interview printed as questions and answers without quotation marks: each plain
paragraph right after a question is the words of the one the headline quotes, or of the
one its transcript's label names (validator/draft/interview_answers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .play import drafted


def _said_and_listed(
    text: str, capsys: pytest.CaptureFixture[str]
) -> tuple[list[tuple[str, str]], str]:
    """The quote claims drafted, and the comments listing what was not placed."""
    draft = drafted(text, capsys, name="interview.txt")
    claims = yaml.safe_load(draft)["claims"]
    said = [(c["subject"], c["value"]) for c in claims if c["property"] == "said"]
    return said, draft.partition("\n# Found but not placed")[2]


def _listing(*labelled: str) -> str:
    """The comments listing quotations whose label names no one the draft can tell, each
    in its labelled paragraph."""
    listed = "".join(f"# - quote: {p.partition(': ')[2]}\n#   in: {p}\n" for p in labelled)
    return (
        ": no subject and property could be told for these.\n"
        f"# Record any that is a claim by hand.\n{listed}"
    )


def _said(text: str, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    return _said_and_listed(text, capsys)[0]


HEADLINE = "Nora Vell: ‘I wrote the play in one winter’"
FARM = "On my grandmother's farm, with a notebook and no plan at all."
CAST = "Tomas Reyes walked in and read one page, and that was that."


def _interview(*paragraphs: str, headline: str = HEADLINE) -> str:
    """An interview: its headline, a paragraph of narration, then `paragraphs`."""
    opening = "The Glass Orchard opens at the Lantern Theatre next week."
    return "\n\n".join((headline, opening, *paragraphs)) + "\n"


@pytest.mark.parametrize(
    "labels",
    [
        ("", "", "", ""),
        # A transcript's labels are no words of the interviewee's: "Q:", and "A:",
        # "Answer:" or the interviewee's initials.
        ("Q: ", "A: ", "Q: ", "Answer: "),
        ("Q: ", "NV: ", "Q: ", "A: "),
    ],
)
def test_plain_answers_after_questions_are_the_interviewees(
    play_project: Path, capsys: pytest.CaptureFixture[str], labels: tuple[str, ...]
) -> None:
    text = (
        "Nora Vell: ‘I wrote the play in one winter’\n\n"
        "The Glass Orchard opens at the Lantern Theatre next week.\n\n"
        f"{labels[0]}Where did the play start?\n\n"
        f"{labels[1]}On my grandmother's farm, with a notebook and no plan at all.\n\n"
        f"{labels[2]}Was it hard to cast?\n\n"
        f"{labels[3]}Tomas Reyes walked in and read one page, and that was that.\n\n"
        "The Glass Orchard runs for two hours.\n"
    )
    assert _said(text, capsys) == [
        ("Nora Vell", "On my grandmother's farm, with a notebook and no plan at all."),
        ("Nora Vell", "Tomas Reyes walked in and read one page, and that was that."),
    ]


def test_one_question_heading_over_prose_is_no_interview(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Nora Vell: ‘I wrote the play in one winter’\n\n"
        "When does it open?\n\n"
        "The Glass Orchard opens at the Lantern Theatre next Friday.\n"
    )
    assert _said(text, capsys) == []


def test_plain_answers_need_a_headline_naming_the_interviewee(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "The Glass Orchard: everything you need to know\n\n"
        "When does it open?\n\n"
        "The Glass Orchard opens at the Lantern Theatre next Friday.\n\n"
        "Who is in it?\n\n"
        "Tomas Reyes and Ida Brook, with Nora Vell directing.\n"
    )
    assert _said(text, capsys) == []


def test_a_label_naming_someone_is_whose_answer_it_is(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A double interview: the headline names no one alone, each answer its speaker, by
    # surname after the introduction named both in full. The label is no word of theirs.
    text = (
        "Nora Vell and Tomas Reyes: ‘We built it in a barn’\n\n"
        "Nora Vell wrote The Glass Orchard and Tomas Reyes plays its lead.\n\n"
        "Q: Where did the play start?\n\n"
        "Vell: On my grandmother's farm, with a notebook and no plan at all.\n\n"
        "Q: Was it hard to learn?\n\n"
        "Reyes: I read one page and knew every line of the next.\n"
    )
    assert _said(text, capsys) == [
        ("Nora Vell", "On my grandmother's farm, with a notebook and no plan at all."),
        ("Tomas Reyes", "I read one page and knew every line of the next."),
    ]


def test_one_word_before_a_colon_naming_no_one_is_the_answers_own(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _interview(
        "Where did the play start?",
        f"Honestly: {FARM[0].lower()}{FARM[1:]}",
        "Was it hard to cast?",
        f"Yes: {CAST}",
    )
    assert _said(text, capsys) == [
        ("Nora Vell", f"Honestly: {FARM[0].lower()}{FARM[1:]}"),
        ("Nora Vell", f"Yes: {CAST}"),
    ]


def test_a_label_naming_someone_unknown_is_listed(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Under a headline naming Nora Vell, "Vell:" is hers; an answer labelled with a name
    # the dataset does not know is not hers: it is listed, in its labelled paragraph.
    text = (
        "Nora Vell: ‘I wrote the play in one winter’\n\n"
        "The Glass Orchard opens at the Lantern Theatre next week.\n\n"
        "Q: Where did the play start?\n\n"
        "Vell: On my grandmother's farm, with a notebook and no plan at all.\n\n"
        "Q: And the set?\n\n"
        "Ada Mensah: We built the whole orchard out of old window frames.\n"
    )
    said, listed = _said_and_listed(text, capsys)
    assert said == [("Nora Vell", "On my grandmother's farm, with a notebook and no plan at all.")]
    assert listed == _listing("Ada Mensah: We built the whole orchard out of old window frames.")


def test_a_headline_of_their_words_first_names_the_interviewee(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _interview(
        "Where did the play start?",
        FARM,
        "Was it hard to cast?",
        CAST,
        headline="‘I wrote the play in one winter’: Nora Vell on The Glass Orchard",
    )
    assert _said(text, capsys) == [("Nora Vell", FARM), ("Nora Vell", CAST)]


def test_a_paragraph_going_on_after_an_answer_is_listed(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # More of the answer, or an aside: listed, not drafted. A caption (no sentence's end)
    # is not listed, nor the narration after the last answer.
    text = (
        "Nora Vell: ‘I wrote the play in one winter’\n\n"
        "The Glass Orchard opens at the Lantern Theatre next week.\n\n"
        "Where did the play start?\n\n"
        "On my grandmother's farm, with a notebook and no plan at all.\n\n"
        "The orchard in the title was hers, and it is still there.\n\n"
        "Nora Vell at the Lantern Theatre (Photo: Stage Weekly)\n\n"
        "Was it hard to cast?\n\n"
        "Tomas Reyes walked in and read one page, and that was that.\n\n"
        "The Glass Orchard runs for two hours.\n"
    )
    assert _said_and_listed(text, capsys) == (
        [
            ("Nora Vell", "On my grandmother's farm, with a notebook and no plan at all."),
            ("Nora Vell", "Tomas Reyes walked in and read one page, and that was that."),
        ],
        ": no subject and property could be told for these.\n"
        "# Record any that is a claim by hand.\n"
        "# - quote: The orchard in the title was hers, and it is still there.\n",
    )


def test_one_word_naming_no_one_in_a_labelled_transcript_is_a_speakers_label(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Harper: We built ..." was Nora Vell's, "Harper:" and all, where the other answers
    carry their speakers' labels: the word is a speaker the dataset does not know."""
    text = _interview(
        "Q: Where did the play start?",
        f"Vell: {FARM}",
        "Q: And the set?",
        "Harper: We built the whole orchard out of old window frames.",
        "Q: Was it hard to cast?",
        f"A: {CAST}",
    )
    said, listed = _said_and_listed(text, capsys)
    assert said == [("Nora Vell", FARM), ("Nora Vell", CAST)]
    assert listed == _listing("Harper: We built the whole orchard out of old window frames.")


def test_a_word_labelling_several_answers_is_a_speakers_label(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _interview(
        "Where did the play start?",
        "Harper: We built the whole orchard out of old window frames.",
        "Was it hard to cast?",
        "Harper: Nobody wanted to climb the trees, so we cut them down.",
    )
    said, listed = _said_and_listed(text, capsys)
    assert said == []
    assert listed == _listing(
        "Harper: We built the whole orchard out of old window frames.",
        "Harper: Nobody wanted to climb the trees, so we cut them down.",
    )


@pytest.mark.parametrize("asking", ["Q: ", "Okafor: "])
def test_a_questioners_label_asks_without_a_question_mark(
    play_project: Path, capsys: pytest.CaptureFixture[str], asking: str
) -> None:
    """ "Q: Tell me about the set." was taken for more of the answer before it, and the
    answer after it listed: a label that opens the interviewer's turns asks, whether
    "Q:" or the interviewer's surname, opening mostly questions."""
    text = _interview(
        f"{asking}Where did the play start?",
        f"A: {FARM}",
        f"{asking}Tell me about the set.",
        "A: We built the whole orchard out of old window frames.",
        f"{asking}Was it hard to cast?",
        f"A: {CAST}",
    )
    assert _said_and_listed(text, capsys) == (
        [
            ("Nora Vell", FARM),
            ("Nora Vell", "We built the whole orchard out of old window frames."),
            ("Nora Vell", CAST),
        ],
        "",
    )
