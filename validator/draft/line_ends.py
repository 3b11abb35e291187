"""Where a line of a copied page ends as a paragraph does: told apart from a headline,
a control or a link, which end on a word or a question."""

from __future__ import annotations

__all__ = ["is_question", "sentence_end"]

# Japanese closes a quotation with a corner bracket and ends a sentence with an
# ideographic full stop (「…です。」), its exclamation and question marks full width.
_CLOSERS = "\"'”’)]」』"


def sentence_end(line: str) -> bool:
    """Whether `line` ends as a paragraph does: a full stop or an ellipsis, or a
    closing quotation mark after a sentence's end; not a headline's question."""
    text = line.rstrip()
    end = len(text)
    while end and text[end - 1] in _CLOSERS:
        end -= 1
    if end == 0:
        return False
    mark = text[end - 1]
    return mark in ".…。" or (end < len(text) and mark in "!?,\uff01\uff1f\u3001")


def is_question(line: str) -> bool:
    """Whether `line` ends on a question mark."""
    return line.rstrip().endswith("?")
