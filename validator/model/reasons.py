"""What an acknowledgement's reason must say: something.

A reason is the review's conclusion, shown beside the finding it settles in every
report. The claim-file schema asks for one character at least, and `--reason` for a
text; neither tells a reason from the marks or the word that hold its place until the
review is done ("...", "TODO"), which as the reason would settle the finding unreviewed.
"""

from __future__ import annotations

import re

from .typography import shorten

__all__ = ["unusable_reason"]

# A placeholder's word: alone but for marks ("TODO", "tbd."), as a tag in square brackets
# before a note ("[TODO] check the runtime"), or before a colon ("TBD: ask the desk"); a
# note of what is still to do, not a conclusion. A reason that only begins with such a
# word says something: "TBC on the listing was replaced by 8 December", "Todo el reparto".
_WORD = r"(?:todo|tbd|tbc|fixme|xxx+)"
_PLACEHOLDER = re.compile(
    rf"\W*{_WORD}\W*|\s*\[\s*{_WORD}\s*\].*|\s*{_WORD}\s*:.*", re.IGNORECASE | re.DOTALL
)
# The most of a reason a message quotes back.
_SHOWN = 20


def unusable_reason(reason: str) -> str | None:
    """What keeps `reason` from being an acknowledgement's reason, as the rest of a
    sentence naming it ("is blank"), or None: white space alone, no letter or figure
    ("...", "-", "?"), or a placeholder's word ("TODO", "[TBD] ask", "TBC: ask")."""
    if not reason.strip():
        return "is blank"
    if not any(c.isalnum() for c in reason):
        return f"holds no words ('{_shown(reason)}')"
    if _PLACEHOLDER.fullmatch(reason):
        return f"is a placeholder ('{_shown(reason)}')"
    return None


def _shown(reason: str) -> str:
    """The reason as a message quotes it: on one line, cut short. Worked out only for a
    reason refused: every acknowledgement of a run is asked about."""
    return shorten(" ".join(reason.split()), _SHOWN)
