"""What a cue's tokens say of one another, for compiling it (see cues): each function
takes the cue's tokens, as `cues` splits them (and most, a token's index); and a cue's
own words as its pattern matches them (`literal`, `word_edges`)."""

from __future__ import annotations

import re

from .name_scan import spaceless

__all__ = [
    "after_comma",
    "after_name",
    "agent_before",
    "by_or_with",
    "comma_next",
    "costly",
    "gap_follows",
    "kind_after_length",
    "literal",
    "next_owns",
    "on_value",
    "owned",
    "partner_before",
    "possessive",
    "quoted_comma",
    "slot_follows",
    "verb_next",
    "word_edges",
    "words_next",
]


def verb_next(tokens: list[re.Match[str]]) -> bool:
    """Whether the first slot of a cue is followed, after a space, by a word, as written
    or optional ("{subject} [has] won": the words after the slot are its verb's)."""
    after = tokens[2] if len(tokens) > 2 and tokens[1].group(4) else None
    return after is not None and bool(after.group(5) or after.group(3))


def words_next(tokens: list[re.Match[str]]) -> bool:
    """Whether the first slot of a cue is followed by a space and a word of letters as
    written ("{character}[,] is played"; an optional comma may come before the space),
    not by a bracket as in "{character} ({value})"."""
    rest = tokens[1:] if len(tokens) > 1 and tokens[1].group(3) == "," else tokens
    return verb_next(rest) and (rest[2].group(5) or "")[:1].isalpha()


def comma_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the slot at `index` opens the cue and a comma follows it at once
    ("{subject}, which {value} created")."""
    return index == 0 and len(tokens) > 1 and tokens[1].group(5) == ","


def quoted_comma(tokens: list[re.Match[str]], index: int, slots: list[tuple[str, str]]) -> bool:
    """Whether the word at `index` is the comma right after an entity slot opening the
    cue, which a title in quotation marks may set inside its closing mark, as US outlets
    print it ('"I Am Ruth," which Dominic Savage created'; see cue_parts.set_off)."""
    return index == 1 and comma_next(tokens, 0) and slots[:1] == [(slots[0][0], "entity")]


def next_owns(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the gap at `index` is followed at once by "'s"."""
    after = tokens[index + 1].group(5) if index + 1 < len(tokens) else None
    return (after or "").replace("’", "'").startswith("'s")


def _before(tokens: list[re.Match[str]], index: int) -> int:
    """The position of the token before `index`, past spaces; -1 where none is."""
    before = index - 1
    while before >= 0 and tokens[before].group(4):
        before -= 1
    return before


def owned(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the token before the gap at `index`, past spaces, ends in "'s"."""
    before = _before(tokens, index)
    return before >= 0 and (tokens[before].group(5) or "").replace("’", "'").endswith("'s")


def on_value(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the token before the gap at `index`, past spaces, is a word written onto
    a slot with no space between: `{value}-year-old`."""
    before = _before(tokens, index)
    return before > 0 and bool(tokens[before].group(5)) and bool(tokens[before - 1].group(1))


def gap_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the next token after `index`, past spaces, is a gap."""
    for later in range(index + 1, len(tokens)):  # by position: a slice a word was quadratic
        if tokens[later].group(4):
            continue
        return bool(tokens[later].group(2))
    return False


def slot_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the next token of the cue after the slot at `index`, past spaces and
    punctuation, is a slot."""
    for token in tokens[index + 1 :]:
        word = token.group(5)
        if token.group(4) or (word and not any(c.isalnum() for c in word)):
            continue
        return bool(token.group(1))
    return False


def after_comma(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the token before the gap at `index`, past spaces, is a word ending in a
    comma: the gap opens an appositive (`{subject}, ... son with`)."""
    before = _before(tokens, index)
    return before >= 0 and (tokens[before].group(5) or "").endswith(",")


def after_name(tokens: list[re.Match[str]], index: int, slots: list[tuple[str, str]]) -> bool:
    """Whether the token before the gap at `index`, past spaces, is an entity slot."""
    before = _before(tokens, index)
    name = tokens[before].group(1) if before >= 0 else None
    return bool(name) and any(n == name and kind == "entity" for n, kind in slots)


def possessive(tokens: list[re.Match[str]], index: int, slots: list[tuple[str, str]]) -> bool:
    """Whether the token at `index` is "'s" right after the cue's `{subject}` or
    `{value}`, an entity ("{subject} is {value}'s son" reads "Joe is her son")."""
    if (tokens[index].group(5) or "").replace("’", "'") != "'s" or index == 0:
        return False
    slot = tokens[index - 1].group(1)
    return slot in ("subject", "value") and (slot, "entity") in slots


def agent_before(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the slot at `index` ends the cue right after "by" or a participle ending
    in "ing" ("directed by", "starring"): words that take a noun phrase, never a verb."""
    before = _before(tokens, index)
    word = (tokens[before].group(5) or "").lower() if before >= 0 else ""
    return index == len(tokens) - 1 and (word == "by" or (word.endswith("ing") and word.isalpha()))


def partner_before(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the slot at `index` ends the cue right after "with" ("co-wrote ... with
    {value}"): the name is who did it with the subject."""
    before = _before(tokens, index)
    word = (tokens[before].group(5) or "").lower() if before >= 0 else ""
    return index == len(tokens) - 1 and word == "with"


def by_or_with(token: re.Match[str]) -> bool:
    """Whether a cue's token is the word "by", "with" or "from": the name after it is who
    acts, who acts with the subject, or who the work is from, never one owning what
    follows ("by Winslet's daughter", "a drama from Winslet's own life")."""
    return (token.group(5) or "").lower() in ("by", "with", "from")


def kind_after_length(
    tokens: list[re.Match[str]], index: int, prop_type: str, subject_kinds: tuple[str, ...]
) -> bool:
    """Whether the word at `index` is one of the property's subject kinds, right after a
    space and a duration `{value}`: `{value} film`, which also reads "a 90-minute
    standalone film" (see cue_parts.MEASURE_MODIFIERS)."""
    word = (tokens[index].group(5) or "").lower()
    if index < 2 or not tokens[index - 1].group(4) or tokens[index - 2].group(1) != "value":
        return False
    return prop_type == "duration" and word in subject_kinds


# Marks that end a clause: a cue ending in one ("wrote it with {value},") reads either,
# the clause ending there, so one cue covers "wrote it with Kate," and "... Kate.".
_CLOSING = ",."


def word_edges(text: str) -> tuple[str, str]:
    """The patterns before and after a cue's words: one starting or ending in a word must
    not match inside a longer word. But Japanese writes no edge between words (its
    particle "が" runs into the verb after it: "レイエスが話した"), so a cue's edge in
    such a script is no word's."""
    first, last = text.strip()[:1], text.rstrip()[-1:]
    before = "" if spaceless(first) else r"(?<![\w])"
    return before, r"(?![\w])" if last.isalnum() and not spaceless(last) else ""


def literal(word: str, closing: bool = False, quoted: bool = False) -> str:
    """The pattern of a cue's word as written. A straight apostrophe also matches the
    typographic one; a hyphen also a space, as compounds are written open ("90-minute-long
    film", "90-minute long film"); where the word ends the cue (`closing`), a comma
    or full stop ending it either of the two; and a comma `quoted` (see `quoted_comma`)
    a closing mark after it."""
    mark = word[-1:] if closing and word[-1:] in _CLOSING else ""
    pattern = re.escape(word[: len(word) - len(mark)]).replace("'", "['’]")
    # A space run is taken from its start only: searched for from each of its spaces in
    # turn, a run of 100,000 spaces took minutes.
    pattern = pattern.replace(r"\-", r"(?:-|(?<!\s)\s+)")
    closed = r"(?:[”\"’'](?=\s))?" if quoted else ""  # a word of its own too: no group
    return pattern + (f"[{re.escape(_CLOSING)}]" if mark else "") + closed


# Gaps and slots that are not names (a text, a number, a date, a time) each match a
# sentence in many ways, and the ways multiply at every place a cue is tried: three of
# them and three text slots ("{a} ... {b} ... {c} ... in") took 72 s on a sentence of
# 300 characters, twelve text slots in a row 9 s on one of 90. Names are marked in the
# sentence before a cue is searched, so a name's slot starts only where a name does.
MAX_OPEN = 3
_NAMES = ("entity", "kind")


def _same_words(first: tuple[str, bool], second: tuple[str, bool]) -> bool:
    """Whether two optional parts of a cue may match the start of the same words: one's
    words begin the other's, or inside a word (`instal[l]ment`) one's letters the other's."""
    (one, spaced), (other, other_spaced) = first, second
    if spaced and other_spaced:
        words, others = one.split(), other.split()
        return words[: len(others)] == others[: len(words)]
    return one.startswith(other) or other.startswith(one)


def _overlapping_optionals(tokens: list[re.Match[str]]) -> tuple[str, str] | None:
    """Two optional parts with only words between them that may match the same words
    ("[a] [a]", "[the] ... a [the]" is none: a gap or slot stands between): each such
    pair doubles the ways the pattern fits, so forty of them took hours on one sentence."""
    seen: list[tuple[str, bool]] = []
    spaced = True  # a cue's start is a word's
    for token in tokens:
        optional = token.group(3)
        if token.group(4):
            spaced = True
        elif token.group(1) or token.group(2):
            seen, spaced = [], False
        elif optional is None:
            spaced = False
        else:
            part = (optional.strip().casefold(), spaced)
            for other in seen:
                if _same_words(part, other):
                    return other[0], part[0]
            seen.append(part)  # the next token is spaced as this one (see cues)
    return None


def costly(tokens: list[re.Match[str]], kinds: list[str]) -> str | None:
    """Why a cue would take too long to search a hostile sentence, given its tokens and
    the types of its slots in order; None where it would not."""
    gaps = sum(1 for token in tokens if token.group(2))
    if gaps > MAX_OPEN:
        return f"a cue has at most {MAX_OPEN} gaps (...)"
    if gaps + sum(1 for kind in kinds if kind not in _NAMES) > MAX_OPEN:
        return (
            f"a cue has at most {MAX_OPEN} gaps (...) and slots that are not names (a text, "
            "a number, a date or a time) together: each matches in many ways, which multiply "
            "at every place of a sentence"
        )
    overlap = _overlapping_optionals(tokens)
    if overlap is not None:
        return (
            f"the optional words [{overlap[0]}] and [{overlap[1]}] may match the same words "
            "with no gap or slot between them, which doubles the ways the cue fits a "
            "sentence: write each optional word once"
        )
    return None
