"""Words that deny what a cue's words would claim: "The dialogue was not improvised",
"Neither Winslet nor Savage improvised the ending", "It was never going to be Winslet
who suggested casting Mia". A cue's words in the same clause after a negation state
nothing, and give no claim; "not only", "not least", "not long after", "none other
than" and "don't miss" deny nothing, and a clause after "but", "and" or "that" is its
own ("It was not Savage but Winslet who suggested casting Mia"), as is a relative clause
the cue's words set off ("Nothing prepared me for Kate Winslet, who plays Ruth").
"""

from __future__ import annotations

import re

from .clauses import clause_start

__all__ = ["denied_before", "negated"]

# How far back in its clause a negation is looked for.
_REACH = 200
_NEGATION = re.compile(
    r"(?<![\w’'-])(?:(?i:not)(?!\s+(?i:only|just|least|merely|simply)(?![\w’'-]))"
    r"|(?i:never|neither|nor|nobody|nothing|no\s+one|none))(?![\w’'-])"
    r"|(?<=[a-z])n[’']t(?![\w’'-])"
)
# A new clause within one: after "but", "and", "yet", or "that" ("Nobody guessed that
# it was directed by ...").
_JOINED = re.compile(r"(?<![\w’'-])(?i:but|and|yet|that)(?![\w’'-])")
# A relative clause set off inside the cue's words: the claim is the clause's, whatever
# the sentence around it denies ("Nothing prepared me for Kate Winslet, who plays Ruth").
_RELATIVE = re.compile(r",\s*(?i:who|which|whose)(?![\w’'-])")
# Words with a negation in them that deny nothing: "Not long after Kate Winslet starred
# in ...", "None other than Kate Winslet plays Ruth", "Don't miss Kate Winslet, ...".
_IDIOM = re.compile(
    r"(?i:not|n[’']t)\s+(?i:long|to\s+be\s+missed)(?![\w’'-])"
    r"|(?i:none|nothing)\s+(?i:other|short|less)\s+(?i:than|of)(?![\w’'-])"
    r"|(?i:never\s+before|n[’']t\s+(?:miss|wait|help))(?![\w’'-])"
)


def negated(text: str, start: int, end: int | None = None) -> bool:
    """Whether the cue's words at `start` (to `end`) of sentence `text` follow a
    negation in their clause (after its last "but", "and", "yet" or "that"), but for
    words that deny nothing (`_IDIOM`); never where the cue's words set off a relative
    clause of their own (`_RELATIVE`)."""
    if end is not None and _RELATIVE.search(text, start, end) is not None:
        return False
    first = max(clause_start(text, start), start - _REACH)
    for joined in _JOINED.finditer(text, first, start):
        first = joined.end()
    return any(
        _IDIOM.match(text, found.start()) is None
        for found in _NEGATION.finditer(text, first, start)
    )


# A sentence's end before a quotation, its closing marks taken in: the narration of an
# earlier sentence ("Winslet did not hold back.") denies nothing of a later quotation.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_SENTENCE_REACH = 400  # characters read back for it: a negation is looked for nearer


def denied_before(narration: str, start: int) -> bool:
    """Whether the narration of a quotation's own sentence, before the quotation at
    `start`, denies it in its clause (`negated`)."""
    first = max(0, start - _SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(narration, first, start):
        first = end.end()
    return negated(narration[first:start], max(0, start - 1 - first))
