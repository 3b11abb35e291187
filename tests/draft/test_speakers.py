"""Who says the words at a place: the speaker of the attributed quotation holding it."""

from __future__ import annotations

from validator.draft.model import DraftClaim
from validator.draft.speakers import Speakers


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
