"""What may stand between a name and the cue's next words without being a name or a
claim of its own: an aside in brackets, a noun phrase set off by commas."""

from __future__ import annotations

__all__ = ["BRACKETED", "NOUN_APPOSITIVE"]

# Words in brackets after a name, before its verb or the list's next name: an age, or
# an aside, as captions and listings write one ("Kate Winslet (Titanic, The Reader)
# stars in", "Kate Winslet (left) and Mia Threapleton (right) star in"). One pair of
# brackets, no quotation, bounded.
BRACKETED = r"\s*+\([^()“”\"「」]{1,80}\)"
# What the name is, set off by commas before "as" and its part: "the", "a", "an" or a
# possessive pronoun and up to five words, none another's name nor a clause ("Kate
# Winslet, the Oscar winner, as Ruth", "Mia Threapleton, her daughter, as Freya"). A
# verb set off so is no noun phrase: in "Joe, Winslet's son with Sam Mendes, also
# appears, as Billy" the part is not Mendes's.
NOUN_APPOSITIVE = (
    r"\s*+,\s*+(?-i:the|The|an?|An?|her|his|their)\s++(?:[\w’'-]++\s++){0,4}[\w’'-]++\s*+,"
)
