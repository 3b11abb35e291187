"""Whose words a quotation's lead-in gives: the speaker a cue names before the
quotation, unless the words between name someone else and then a verb of speech, as in
"Winslet recalled how Savage had turned to her and said: ...": the quotation is then
the other's, whom no cue names, and it is listed for the reviewer rather than given to
the one who recalled it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cue_parts import NAME_MARK
from .cues import CompiledCue

__all__ = ["speech_verbs", "spoken_again"]

# The words a speech cue sets after its speaker, past optional ones, to its end: "said"
# of "{subject} [has] [also] said", "went on" of "{subject} went on".
_AFTER_SPEAKER = re.compile(r"\{subject(?::one)?\}(?:\s*\[[^\]]*\])*\s+([A-Za-z]+(?: [A-Za-z]+)*)$")


def speech_verbs(speech: Sequence[CompiledCue]) -> re.Pattern[str] | None:
    """The words the speech cues set right after their speaker ("said", "told", "went
    on"), as one pattern of whole words; None where no cue sets any."""
    verbs = {found.group(1).lower() for c in speech if (found := _AFTER_SPEAKER.search(c.text))}
    if not verbs:
        return None
    words = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?i:{words})(?![\w’'-])")


def spoken_again(masked: str, end: int, before: int, verbs: re.Pattern[str] | None) -> bool:
    """Whether the narration `masked` (quotations blanked, speakers' names marked)
    between a lead-in cue's end `end` and its quotation at `before` names someone and
    then a verb of speech: that verb's speaker is the one named, not the cue's."""
    if verbs is None:
        return False
    name = masked.find(NAME_MARK[0], end, before)
    return name >= 0 and verbs.search(masked, name, before) is not None
