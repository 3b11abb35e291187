"""What a quotation's words are as a claim records them: without the comma its closing
mark keeps for the narration.

News style closes a quotation before its attribution with a comma inside the mark
(`"We wanted to tell a story that was honest," Winslet added`): the comma is the
narration's, put there for the sentence that goes on with "Winslet added", and no
word of the speaker's. The value is the words without it, and so is the excerpt, the
article's exact words still (an excerpt is looked for as a passage of the archive, and
a passage may stop before a comma). `validate` compares quotes without the comma or
full stop a quotation closes with (`rules.quote_match`), so a claim written either
way matches the same transcript.
"""

from __future__ import annotations

__all__ = ["without_closing_comma"]


def without_closing_comma(words: str, closed: bool) -> str:
    """The words of a closed quotation without a comma before its closing mark."""
    if closed and words.endswith(","):
        return words[:-1].rstrip()
    return words
