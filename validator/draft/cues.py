"""Cue phrases, as a dataset declares them with its properties, compiled to patterns.

A cue is written in the article's own words with slots:

- `{subject}`, `{value}` and `{QUALIFIER}` (any qualifier the property defines) stand for what the
  claim records. An entity slot matches a name from the dataset, a list of them ("A, B and C") or a
  pronoun, `{value:one}` one name and never a list; `{subject}'s` (or `{value}'s`) also a
  possessive pronoun ("her husband"). A text slot matches a name of up to four capitalised words;
  integer, number, percent, duration and date slots match those written forms.
- `{time}` (a time of day, after its day if any: "Thursday 8 December, 9pm") and `{KIND}` (one name
  of an entity of that kind: `{broadcaster}`) stand for what a listing's line sets beside the value
  ("I Am Ruth, Channel 4, Thursday, 9pm"): the claim records neither; nor `{when}`, a date of any
  form ("born on {when} in {value}").
- `...` is a gap of up to sixty characters with no quotation mark; `[word]` a word that may be
  left out, and inside a word letters that may be (`instal[l]ment`). Everything else is matched
  as written, in any case, with any run of spaces for a space (and for a hyphen); a comma or
  full stop ending the cue matches either (cue_parts).

A cue without `{subject}` is about the article's most-named entity of the property's kinds; a
boolean property's cue says the value is true, a date's with `{time}` alone a listing's time.
"""

from __future__ import annotations

import builtins
import functools
import re
from dataclasses import dataclass

from validator.dataset.model import PropertyDef

from .asides import BRACKETED
from .cue_parts import (
    ENTITY,
    EPITHET,
    FROM_MAKER,
    GAP_AFTER_NAME,
    GAP_IN_CLAUSE,
    GAP_OWNED,
    GAP_TO_NAME,
    KIND_OPENING,
    MEASURE_MODIFIERS,
    NAME_MARK,
    NOT_AND,
    NOT_LIST_END,
    NOUN_PHRASE_GAP,
    OWNER,
    POSSESSED,
    POSSESSIVE,
    PRONOUNS,
    ROLE,
    ROLE_WORD,
    SPEAKER_EPITHET,
    THE_NAME,
    kind_called,
    literal,
    set_off,
    word_edges,
)
from .cue_tokens import (
    after_comma,
    after_name,
    by_or_with,
    costly,
    gap_follows,
    kind_after_length,
    next_owns,
    on_value,
    owned,
    possessive,
    quoted_comma,
    slot_follows,
    verb_next,
)
from .dates import DATE, DAY_AND_TIME
from .fronted import FRONTED_START
from .list_parts import part_in_list
from .numbers import INTEGER
from .prose import PROSE

__all__ = [
    "BESIDE",
    "FIRST_PERSON",
    "KIND_PHRASE",
    "THING_PRONOUNS",
    "CompiledCue",
    "CueError",
    "compile_cue",
    "mark_names",
]

# A subject slot also takes the subject called by its kind ("Savage directed the film",
# "the drama, which aired at 9pm"): the claim is about what a sentence naming no
# subject is about (see sections); with who it is from ("the drama from Jane Doe").
KIND_PHRASE = re.compile(rf"{KIND_OPENING}\s+[\w .’'-]+{FROM_MAKER}")

_SUBJECT_PRONOUNS = PRONOUNS[:3]  # nominative: who acts


def _pronoun_pattern(words: tuple[str, ...]) -> str:
    """The words in lower case, or capitalised starting a sentence; whole words."""
    lower = "|".join(words)
    capital = "|".join(p.capitalize() for p in words)
    return rf"(?<![\w])(?:{lower}|(?-i:{capital}))(?![\w])"


# "It airs on Channel 4 at 9pm": a thing that acts, never a person (see relations).
THING_PRONOUNS = ("it",)
FIRST_PERSON = "I"  # in a quotation, its speaker (see speakers); written only so
_FIRST = r"(?<![\w])(?-i:I)(?![\w’'])"
_PRONOUN = _pronoun_pattern(PRONOUNS)
_THING_PRONOUN = _pronoun_pattern(THING_PRONOUNS)
_SUBJECT_PRONOUN = _pronoun_pattern(_SUBJECT_PRONOUNS)
_TOKEN = re.compile(
    r"\{([a-z][a-z0-9_]*)(?::one)?\}|(\.\.\.|…)|\[([^\]\[{}]+)\]|(\s+)|([^\s{}\[\].…]+|\.)"
)
_MAX_LIST = 12  # names in one slot's list ("A, B and C")
# "A and her son B", "A and director B"; not where people relate to people.
_KIN = rf"(?:{EPITHET}|{POSSESSED}|(?<![\w])(?=[a-z]{{3,}}\s){ROLE_WORD}\s++(?={NAME_MARK[0]}))"


_OWNED = re.compile(r"\{(subject|value)\}['’]s(?![\w])")


# The slot types of what a cue matches but records nothing of (see `_slot_type`): a time
# of day, a date ("born on {when} in {value}"), and a name of an entity of the slot's kind.
_TIME_SLOT, _WHEN_SLOT = "time", "when"
BESIDE = ("time", "kind", "when")


class CueError(Exception):
    """A cue that cannot be used: the message says which and why."""


# Compiled patterns of cues, by their text, for the process (a desk's script drafts many
# articles against one dataset); bounded: a pattern forgotten is compiled again.
@functools.lru_cache(maxsize=2048)
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


# The named groups of a pattern: `(?P<name>`, never an escaped `\(\?P<` of a cue's words.
_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<(\w+)>")


@dataclass(frozen=True, slots=True)
class CompiledCue:
    property: str
    text: str
    source: str  # the pattern's text, compiled when first searched (`pattern`)
    slots: tuple[tuple[str, str], ...]  # group name, slot type ("entity", "text", ...)
    marks: frozenset[str] | None  # the kinds of entity whose names to mark; None: all
    # Each word the cue always has, as the pattern matches it: a sentence lacking one cannot
    # match, and is not searched (`could_match`).
    words: tuple[re.Pattern[str], ...] = ()

    def could_match(self, text: str) -> bool:
        """Whether `text` has every word the cue always has. The full pattern tries
        every place of a sentence, and at each name a list of up to a dozen, a gap
        and another list, in every way they fit: a long sentence of names took
        seconds a cue where it held none of the cue's words."""
        return all(word.search(text) for word in self.words)

    @builtins.property
    def pattern(self) -> re.Pattern[str]:
        """The cue's pattern, compiled on first use: compiling them all was 85 % of a
        draft, and an article holds every word (`could_match`) of only a few dozen."""
        try:
            return _regex(self.source)
        except re.error as error:  # checked when the cue was read (`compile_cue`)
            raise CueError(
                f"property '{self.property}', cue {self.text!r}: cue cannot be compiled: {error}"
            ) from None

    @builtins.property
    def has_subject(self) -> bool:
        return any(name == "subject" for name, _ in self.slots)

    def owner_pronoun(self, slot: str) -> bool:
        """Whether the entity `slot` owns the cue's next words ("{subject}'s husband",
        "{subject} is {value}'s son"), where a possessive pronoun may stand for it."""
        return any(found.group(1) == slot for found in _OWNED.finditer(self.text))


def _slot_type(slot: str, prop: PropertyDef, kinds: frozenset[str]) -> str:
    """The type of what the slot holds; "time", "when" and "kind" (`BESIDE`) for what a
    cue sets beside the value ("Channel 4, Thursday 8 December, 9pm"), recorded by no claim."""
    if slot in ("subject", "value"):
        return "entity" if slot == "subject" else prop.type
    kind = prop.qualifier_type(slot)
    if kind is not None:
        return kind
    if slot in (_TIME_SLOT, _WHEN_SLOT) or slot in kinds:
        return slot if slot in (_TIME_SLOT, _WHEN_SLOT) else "kind"
    raise CueError(
        f"cue slot {{{slot}}} is neither subject, value, a qualifier of it, time, when nor a "
        "kind of the dataset's entities"
    )


def _prose_pattern(slot: str, kind: str) -> str:
    prose = PROSE.get(kind)
    if prose is None:
        raise CueError(
            f"cue slot {{{slot}}} is a {kind}, which drafting cannot read in an article; "
            "leave the slot out of the cue"
        )
    return prose.pattern


def mark_names(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by name marks of the same length."""
    chars = list(text)
    for start, end in spans:
        chars[start] = NAME_MARK[0]
        for i in range(start + 1, end):
            chars[i] = NAME_MARK[1]
    return "".join(chars)


def _ends_in_name(
    tokens: list[re.Match[str]], index: int, prop: PropertyDef, kinds: frozenset[str]
) -> bool:
    """Whether the next token after the gap at `index`, past spaces, is an entity slot
    ending the cue."""
    rest = [token for token in tokens[index + 1 :] if not token.group(4)]
    if len(rest) != 1 or not rest[0].group(1):
        return False
    return _slot_type(rest[0].group(1), prop, kinds) == "entity"


def _entity_body(
    tokens: list[re.Match[str]], index: int, prop: PropertyDef, fronted: bool = False
) -> str:
    """The pattern of the entity slot at `index`: one marked name, a list of them or a
    pronoun, and for a quote property (whose cues name speakers) "the" and a noun, as in
    "the star said". In a cue `fronted` to open its sentence, the slot ending it is
    the sentence's subject, which a pronoun may be ("Created by Jane Doe, it ...")."""
    description = rf"|(?<![\w]){SPEAKER_EPITHET}(?![\w])" if prop.type == "quote" else ""
    one = rf"(?:{ENTITY}|{_PRONOUN}{description})"
    if prop.type == "quote":
        if index == 0:
            # Who speaks before the verb is no name ending a list: in "mum to Joe, 18,
            # and Bear, nine, said she was nervous" Bear is not the one who spoke.
            one = rf"{NOT_LIST_END}{one}"
        return one  # one speaker to a quotation; other entity slots may hold a list
    one = rf"(?:{one}|{_FIRST})"
    # A name in a list may carry its age ("mum to Joe, 18, and Bear, nine", "Kate (47) and Mia
    # (22)"), except in a slot the cue's next slot follows at once: in "{subject}, {value}." the
    # number is the value of the last name alone. Spaces are taken whole (`*+`, `++`): a run of
    # 100,000 after a name's comma was given back one by one, a name tried at each.
    separator = r"(?:\s*+,\s*+(?:and\s++)?|\s++and\s++|\s*+&\s*+)"
    after_word = index > 1 and bool(tokens[index - 1].group(4) and tokens[index - 2].group(5))
    opening = THE_NAME if after_word else ""  # "died on the Matterhorn" (see THE_NAME)
    if not slot_follows(tokens, index):
        separator = rf"(?:\s*+,\s*+{INTEGER}|{BRACKETED})?{separator}"
    if index == 0 and verb_next(tokens):
        # A slot starting a cue and followed at once by its words names who acts: "she" can,
        # but "her" there is the object of what comes before ("who starred alongside her as
        # Freya": the one playing Freya is not "her"). Before a gap it may own what follows.
        one = rf"(?:{ENTITY}|{_SUBJECT_PRONOUN}|{_THING_PRONOUN}|{_FIRST})"
    elif index > 1 and (tokens[index - 2].group(5) or "").lower() in ("which", "that"):
        one = ENTITY  # "I Am, which he created": who "he" is the draft cannot tell
    elif index == len(tokens) - 1:
        # Ending a cue, "her" is a possessive ("played by her daughter Mia"), not the
        # entity: the slot takes names only. After a gap, "by" or "with", no name owning
        # what follows it: that is the one meant's relative ("played, with tenderness, by
        # Winslet's daughter, Mia": the one playing is not Winslet), where right after
        # other words the name is still the one ("director Dominic Savage's latest film").
        one = rf"(?:{ENTITY}|{_SUBJECT_PRONOUN}|{_THING_PRONOUN})" if fronted else ENTITY
        before = tokens[index - 2] if index > 1 and tokens[index - 1].group(4) else None
        if before is not None and (before.group(2) or by_or_with(before)):
            one = rf"{ENTITY}(?!{NAME_MARK[1]})(?![’']s(?![\w]))"
        if before is not None and (before.group(5) or before.group(3) or "").endswith(","):
            # After the cue's comma, the name may carry what they are: "her husband,
            # the director Sam Mendes", "her ex-husband, director Sam Mendes".
            opening = ROLE
    # Lists are bounded in the pattern itself: an unbounded one would be tried to the end
    # of a hostile sentence of names from every name in it, quadratic in its length.
    # A later name of a list may carry "the" and a word saying what they are: "the
    # daughter of Kate Winslet and the director Jim Threapleton".
    # A later name owning what follows is no name of the list but an appositive's: in
    # "stars Joe Anders, Winslet's son", Winslet is not in the cast.
    later = rf"{one}(?!{NAME_MARK[1]})(?![’']s(?![\w]))"
    part = part_in_list(prop.cues) if index == len(tokens) - 1 else ""  # "A as Ruth and B"
    kin = EPITHET if set(prop.subject_kinds) & set(prop.value_kinds) else _KIN
    body = rf"{opening}{one}(?:{part}{separator}{kin}{later}){{0,{_MAX_LIST - 1}}}"
    if tokens[index].group(0).endswith(":one}") or slot_follows(tokens, index):
        # One name, never a list: "her husband Sam Mendes and Joe Anders" has one husband;
        # nor before the next slot: in "Mia and Winslet, 47," the age is Winslet's alone.
        body = rf"{opening}{one}"
    if tokens[index].group(1) == "subject" and prop.subject_kinds:
        # The work called by its kind, and opening a cue who it is from (`KIND_PHRASE`).
        maker = FROM_MAKER if index == 0 else ""
        body = rf"(?:{kind_called(prop.subject_kinds).pattern}{maker}|{body})"
    return body


def _slot_body(
    tokens: list[re.Match[str]], index: int, prop: PropertyDef, opening: bool, kind: str
) -> str:
    """The pattern of the slot at `index`, of type `kind` (see `_slot_type`)."""
    if kind == "entity":
        return _entity_body(tokens, index, prop, opening)
    if kind in BESIDE:
        return {"time": DAY_AND_TIME, "when": DATE}.get(kind, ENTITY)
    return _prose_pattern(tokens[index].group(1), kind)


def _word_patterns(pattern: str, words: list[str]) -> tuple[re.Pattern[str], ...]:
    """The cue's words compiled; raises CueError for what would keep its `pattern` from
    compiling when first searched (`CompiledCue.pattern`): a qualifier's slot named as
    a group of the pattern's own."""
    names = _GROUP_NAME.findall(pattern)
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise CueError(f"cue cannot be compiled: redefinition of group name {twice[0]!r}")
    try:
        return tuple(re.compile(f"(?i:{written})") for written in words)
    except re.error as error:
        raise CueError(f"cue cannot be compiled: {error}") from None


def compile_cue(
    text: str, prop: PropertyDef, opening: bool = False, kinds: frozenset[str] = frozenset()
) -> CompiledCue:
    """The cue's pattern: its words as written, its gaps, and its slots (`_entity_body`,
    `prose`); with `opening`, matching only where the sentence starts (see fronted).
    `kinds` are the dataset's kinds of entity, which a `{KIND}` slot may name."""
    parts: list[str] = []
    slots: list[tuple[str, str]] = []
    words: list[str] = []  # each word's pattern, compiled with the cue's
    space = False
    tokens = list(_TOKEN.finditer(text))
    closing_at = max((i for i, token in enumerate(tokens) if not token.group(4)), default=-1)
    for index, token in enumerate(tokens):
        slot, gap, optional, blank, word = token.groups()
        lead = r"\s++" if space else ""
        if blank:
            space = True
            continue
        space = False
        if slot:
            kind = _slot_type(slot, prop, kinds)
            if kind in ("quote", "boolean") and slot == "value":
                raise CueError(f"a {kind} property's cue has no {{value}} slot")
            if any(name == slot for name, _ in slots):
                raise CueError(f"cue slot {{{slot}}} appears twice")
            body = _slot_body(tokens, index, prop, opening, kind)
            opens, closes = set_off(tokens, index, kind)
            parts.append(f"{lead}{opens}(?P<{slot}>{body}){closes}")
            slots.append((slot, kind))
        elif gap:
            # Spaces included: the next token brings its own leading space.
            if next_owns(tokens, index):
                parts.append(OWNER)
            elif owned(tokens, index):
                parts.append(GAP_OWNED)
            elif after_name(tokens, index, slots):
                parts.append(GAP_AFTER_NAME)
            else:
                to_name = _ends_in_name(tokens, index, prop, kinds)
                noun = NOUN_PHRASE_GAP if on_value(tokens, index) else GAP_TO_NAME
                opening_and = NOT_AND if after_comma(tokens, index) else ""
                parts.append(opening_and + (noun if to_name else GAP_IN_CLAUSE))
        elif optional:
            parts.append(rf"(?:{lead}(?i:{re.escape(optional.strip())}))?")
            space = bool(lead)
        elif possessive(tokens, index, slots):
            # "{subject}'s husband" also reads "her husband": the pronoun is the subject.
            parts.append(POSSESSIVE)
        else:
            written = literal(word, index == closing_at, quoted_comma(tokens, index, slots))
            # Words owning what follows them are another's: in "the 47-year-old's son
            # Joe", `{value}-year-old ... {subject}` does not make Joe 47.
            owner = gap_follows(tokens, index) and word[-1:].isalnum()
            if lead and kind_after_length(tokens, index, prop.type, prop.subject_kinds):
                parts.append(MEASURE_MODIFIERS)
            parts.append(f"{lead}(?i:{written})" + (r"(?![’']s(?![\w]))" if owner else ""))
            words.append(written)
    if not any(token.group(1) or token.group(5) for token in tokens):
        raise CueError("a cue needs at least one word or slot")
    # Each gap, open slot and optional word multiplies the ways a cue fits a sentence.
    if (too_costly := costly(tokens, [kind for _, kind in slots])) is not None:
        raise CueError(too_costly)
    body = "".join(parts)
    before, after = word_edges(text)  # not inside a longer word
    pattern = (FRONTED_START if opening else r"(?=\S)") + before + body + after  # not at a space
    word_patterns = _word_patterns(pattern, words)
    marks: set[str] = set()
    for name, kind in slots:
        if kind == "kind":
            marks.add(name)
        if kind != "entity":
            continue
        named = prop.subject_kinds if name == "subject" else prop.value_kinds
        if name not in ("subject", "value") or not named:
            return CompiledCue(prop.name, text, pattern, tuple(slots), None, word_patterns)
        marks.update(named)
    return CompiledCue(prop.name, text, pattern, tuple(slots), frozenset(marks), word_patterns)
