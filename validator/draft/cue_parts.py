"""Pieces of a cue's pattern that cues.py puts together: the marks a name is replaced
by, the gaps (`...`) and what each may not run past, an owner's name, and what may stand
before or after a name (an epithet, a possessive), and the personal pronouns a slot
may take, by the person each calls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .asides import BRACKETED, NOUN_APPOSITIVE
from .cue_tokens import (
    agent_before,
    comma_next,
    literal,
    partner_before,
    slot_follows,
    verb_next,
    word_edges,
    words_next,
)
from .numbers import INTEGER

__all__ = [
    "AGENT_EPITHET",
    "APPOSITIVE",
    "ELSEWHERE",
    "ENTITY",
    "EPITHET",
    "EPITHET_WORDS",
    "FROM_MAKER",
    "GAP",
    "GAP_AFTER_NAME",
    "GAP_IN_CLAUSE",
    "GAP_OWNED",
    "GAP_TO_NAME",
    "KIND_MODIFIERS",
    "KIND_OPENING",
    "LIST_CLOSE",
    "MEASURE_MODIFIERS",
    "NAME_MARK",
    "NOT_AND",
    "NOT_LIST_END",
    "NOUN_PHRASE_GAP",
    "OWNER",
    "PARTNER_EPITHET",
    "PERSONS",
    "POSSESSED",
    "POSSESSIVE",
    "POSSESSIVES",
    "PRONOUNS",
    "ROLE",
    "ROLE_WORD",
    "SPEAKER_EPITHET",
    "THE_EPITHET",
    "THE_NAME",
    "WHOSE_NOUN",
    "kind_called",
    "listed",
    "literal",
    "set_off",
    "word_edges",
]

# Cues are matched on a copy of the sentence in which every name the cue may take is
# replaced, character for character, by these marks: one short pattern then stands for
# any name, where spelling out the dataset's names in every cue made compiling the cues
# take seconds. Offsets stay those of the sentence. (Private-use characters: no article
# text has them, and article.py removes none it needs.)
NAME_MARK = ("\ue000", "\ue001")
ENTITY = "\ue000\ue001*"

# A gap: up to sixty characters, no quotation mark (nor a Japanese corner bracket). After
# words or a value that is no name, a gap does not run into a relative clause: in "The
# 47-year-old, who is mum to Joe, 18," Joe is not the one aged 47. (After a name, the
# clause is about that name, and may hold what the cue is after: "Winslet, who is mum to
# Joe".)
# No gap runs past a comma and "while", "whereas" or "but": a clause of its own, about
# someone else ("Mia, 22, plays 17-year-old Freya, while Winslet's son Joe Anders plays
# Billy": Joe is neither 17 nor Mia's son).
NEW_CLAUSE = r"(?!,\s*(?i:while|whereas|but)(?![\w]))"
GAP = rf"(?:{NEW_CLAUSE}[^“”\"「」]){{0,60}}?"
GAP_IN_CLAUSE = rf"(?:(?!,\s*(?i:who|whose|which)(?![\w])){NEW_CLAUSE}[^“”\"「」]){{0,60}}?"
# Nor, leading from words to the name that ends a cue, past "with", "of" or "at": the
# name is then the one the gap's noun is with or of, or where it was, not the noun
# itself ("won two prizes at the BAFTA TV Awards" won no award named so). In "Winslet's
# 18-year-old son with the director Sam Mendes", Mendes is not 18 (and in "the 22-year-old
# daughter of Kate Winslet", Winslet is not 22). Nor past a comma and "and", which
# starts another's clause ("Joe, Winslet's 18-year-old son, plays Billy, and Mia").
# An appositive opening after a cue's comma never opens with "and": "Sam Mendes, and
# nine-year-old Bear, her son with Edward" goes on to another person, and in
# `{subject}, ... son with ... {value}` made Mendes the son.
NOT_AND = r"(?!\s*(?i:and)(?![\w]))"
# Nor past a comma and a verb's helper, which ends a relative clause and goes on to the
# verb of the name before it: in "Winslet, who has won an Oscar, is up for Leading
# Actress", she has won no Leading Actress.
_CLAUSE_VERB = r"(?!,\s*(?i:is|was|are|were|has|had|have|will|would)(?![\w]))"
GAP_TO_NAME = (
    rf"(?:(?!,\s*(?i:who|whose|which|and)(?![\w])){NEW_CLAUSE}{_CLAUSE_VERB}"
    r"(?!\s(?i:with|of|at)\s)[^“”\"「」]){0,60}?"
)
# A gap from a word made of the value ("{value}-year-old") to the name ending the cue is
# the rest of one noun phrase: "her 22-year-old daughter, actress Mia Threapleton", "the
# 47-year-old Oscar-winning actress Kate Winslet". Its words say what the person is, so
# none leads elsewhere (`_LEADS`: "her", "with", "said") nor reads as a verb: a word
# ending in "ed" that is not hyphenated ("The 47-year-old thanked Dominic Savage": Savage
# is not 47), or in one "s" ("The 22-year-old star joins Kate Winslet"). An epithet left
# so ("the 47-year-old") is told apart later (see epithets). A few participles read as
# adjectives are lost with the verbs ("the 47-year-old celebrated actress"): the
# epithet then names the person the article is about, who is most often the one meant.
_NOUN_WORD = r"(?:[\w’']*-[\w’'-]*|[\w’']+(?<![eE][dD])(?<![^sS\W][sS])(?<![’'][sS]))(?![\w’'-])"
# A gap right before "'s" is an owner's name, never a clause ("Joe, who plays Ruth's son").
OWNER = rf"\s*(?:{ENTITY}|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}))"
# Before a name ending a cue right after its words, the name owning it: in "won Leading
# Actress for Channel 4's I Am Ruth" the prize is for the film, not the channel.
# The owner may be a name of a kind the cue does not mark ("stars in Channel 4's I Am
# Ruth", where only works and people are marked): capitalised words or a number.
_OWNER_WORDS = r"(?-i:[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\d+)){0,3})"
# Or the name is a title in quotation marks, as US outlets write one: 'for "I Am Ruth,"'
# (the closing mark, after the comma, lies past the cue's end); or a work's title after
# its kind and whose it is: "for her role in (the) Channel 4 drama I Am Ruth".
_WORK_KIND = (
    rf"(?:(?i:the)\s+)?(?:(?:(?-i:[A-Z][\w’'-]*|\d+)|{ENTITY})\s+){{0,3}}"
    r"(?i:drama|film|movie|series|miniseries|show|thriller|comedy|documentary)\s+"
)
OWNING_NAME = (
    rf"(?:(?:{ENTITY}|{_OWNER_WORDS})[’']s\s+(?={NAME_MARK[0]})|[“\"‘'](?={NAME_MARK[0]})"
    rf"|{_WORK_KIND}(?={NAME_MARK[0]}))?"
)
# A gap right after a possessive says what is owned ("Winslet's 18-year-old son"): no comma
# nor word leading elsewhere ("Winslet's ex-husband and the father of her son").
GAP_OWNED = (
    r"(?:(?!\s(?i:of|and|or|but|with|to|for|by|who|whose|which|that)\s)[^,;:“”\"「」]){0,60}?"
)
# A gap right after a name: where the name owns what follows ("Savage's anthology I Am,
# with her daughter Mia"), the gap is what is owned, as after a cue's own "'s"; the clause
# after a comma is not the owner's (Mia is not Savage's daughter).
GAP_AFTER_NAME = rf"(?:[’']s(?![\w]){GAP_OWNED}|(?![’']s(?![\w])){GAP})"
# An appositive between a name and its verb: "Winslet, who co-wrote it with Savage, told", "Billy,
# the younger, is played by"; a relative clause opening after a name. Up to 120 characters: news
# style's clauses run long ("The film, in which Winslet plays a mother struggling to reach her
# 17-year-old daughter Freya, also won" is 82). A relative clause may come first, closed by the
# appositive's own comma: "I Am Ruth, whose star is Kate Winslet, a 90-minute drama, airs on
# Channel 4" (the clause is the name's, and so is the appositive after it). Never a name alone, but
# after such a clause: in "The son of Kate Winslet and Sam Mendes, Joe Anders, plays Billy" the
# name set off is who plays, the one before it another's (see `set_off`). A possessive one's noun
# may have its name set off inside it: "Joe, whose dad, director Sam Mendes, was there, plays
# Billy" (see whose_clauses).
_SET_OFF = r"[^,;:“”\"「」]{1,120}"
# The name set off in a possessive clause may carry a relative clause of its own: "Joe,
# whose mother, Kate Winslet, who co-wrote it, plays Ruth, is Billy".
_ITS_OWN = rf"(?:,\s*(?i:who|which)(?![\w]){_SET_OFF})"
# "whose" and a noun of one to three words, no verb: "whose mother", "whose late dad".
WHOSE_NOUN = (
    r"(?i:whose)(?:\s+(?!(?i:is|was|are|were|has|had|have)(?![\w’'-]))(?-i:[a-z][\w’'-]*)){1,3}"
)
_CLAUSE_FIRST = (
    rf"(?:\s*,|(?<=,[”\"’']))\s*(?:(?i:who|whose|which)(?![\w]){_SET_OFF}"
    rf"|{WHOSE_NOUN}\s*,{_SET_OFF}{_ITS_OWN}?)(?=,)"
)
APPOSITIVE = rf"(?:(?:{_CLAUSE_FIRST})?\s*,{_SET_OFF},)?"
# After a name (`set_off`): the name alone is set off only after such a clause. (After a
# part's name, its marks may be words calling a person: "Freya, the elder daughter, is
# played by", see stand_ins.)
NAME_APPOSITIVE = rf"(?:{_CLAUSE_FIRST}\s*,{_SET_OFF},|\s*,(?!\s*{ENTITY}\s*,){_SET_OFF},)?"
RELATIVE_OPENING = r"(?P<relative>(?:\s*,|(?<=,[”\"’']))\s*(?i:who|which)(?=\s))?"
# A word saying when or how, between a name and its verb ("Kate Winslet now stars in"); never one
# that unsays the verb ("nearly"), nor a noun making the name another's ("the Winslet family").
_NOT_SAYING = (
    "nearly|hardly|barely|scarcely|rarely|seldom|only|family|ally|rally|daily|weekly|monthly"
    "|yearly|early|supply|reply|assembly|bully|belly"
)
ADVERB = (
    r"(?:\s++(?-i:now|also|still|currently|later|then|first|already|again|once|just"
    rf"|(?!(?:{_NOT_SAYING})(?![\w]))[a-z]{{2,}}ly)(?![\w’'-]))?"
)
# A quoted title's closing mark, or its comma and the mark before a clause: '"I Am Ruth," which'.
_QUOTED_CLOSE = r"(?(quoted)(?:,(?=[”\"’']\s*(?i:who|whose|which)(?![\w])))?[”\"’']?)"
EPITHET = r"(?:(?<![\w])(?i:the)\s+(?-i:[a-z]+)\s+)?"
# A word saying what someone is, set before their name in an appositive: "director",
# "fellow", "Oscar-winning". Never a word leading elsewhere ("and", "who", "with"), a
# pronoun or a verb's helper: "her husband, and Sam Mendes" names two people.
_LEADS = (
    "and|or|but|nor|yet|so|with|without|while|whereas|who|whom|whose|which|that|then|than"
    "|as|by|of|for|to|from|in|on|at|into|after|before|a|an|the|this|his|her|their|its|my"
    "|our|your|not|also|is|was|were|are|be|been|has|had|have|said|says|told|now|aged"
)
ROLE_WORD = rf"(?!(?:{_LEADS})(?![\w’'-]))(?-i:[a-z][a-z’'-]*|[A-Z][A-Za-z]*-[a-z][a-z-]*)"
NOUN_PHRASE_GAP = rf"(?:,?\s+(?!(?i:{_LEADS})(?![\w’'-])){_NOUN_WORD}){{0,4}}?,?"
# Right after a cue's comma, a name may carry what they are: "the" and a word, as in
# "her husband, the director Sam Mendes", or, right after the comma itself, up to two
# such words alone, as news style writes a title ("her ex-husband, director Sam
# Mendes", "Oscar-winning director Sam Mendes"). Each word ends at a space: the words
# are read once each.
# The word right before the name is a title's head, a noun: never a preposition
# ("opposite", "alongside") nor a verb, which ends in one "s" or in "ed" ("Mia, her
# daughter, stars opposite Kate Winslet": Winslet is no one's daughter; "her son, joined
# Sam Mendes"). A participle read as an adjective may come first ("acclaimed director").
_PREPOSITIONS = (
    "opposite|alongside|beside|behind|against|including|like|about|near|under|over"
    "|toward|towards|among|between|versus|via|within|beyond|around|across|through|past"
)
_ROLE_HEAD = (
    rf"(?!(?:{_LEADS}|{_PREPOSITIONS})(?![\w’'-]))"
    r"(?-i:[a-z][a-z’'-]*(?<![eE][dD])(?<![^sS\W][sS])|[A-Z][A-Za-z]*-[a-z][a-z-]*)"
)
ROLE = (
    r"(?:(?<![\w])(?i:the)\s+(?-i:[a-z]+)\s+"
    rf"|(?<=,\s)(?:(?i:the)\s+)?(?:{ROLE_WORD}\s+)?{_ROLE_HEAD}\s+)?"
)
# Between a cue's "by" (or a participle such as "starring") and the name ending it, what
# the person is: "directed by BAFTA winner Dominic Savage", "starring Oscar-winning Kate
# Winslet", "directed by acclaimed filmmaker Dominic Savage". No verb follows "by" or
# "starring", so "acclaimed" there is no verb, as it may be after a noun ("the director
# praised Kate Winslet"). Up to three words, the last in lower case (a title's head:
# "winner", "filmmaker", "acclaimed"), none leading elsewhere ("her", "and", "with"), and
# capitalised words alone are a name's ("directed by Joe Bloggs"), not an epithet. "The"
# and one or two such words
# ("directed by the acclaimed Dominic Savage") say what a person is, whose name never
# takes "the"; before another's name they name it as it was, or is in part ("run by the
# old Port City" is not the city): the group `THE_EPITHET` marks them, and the slot then
# takes a person only (see slot_names).
THE_EPITHET = "_the_epithet"  # no slot's name: those start with a letter
AGENT_EPITHET = (
    rf"(?:(?P<{THE_EPITHET}>(?<![\w])(?i:the)\s+(?:{ROLE_WORD}\s+){{1,2}})(?={NAME_MARK[0]})"
    rf"|(?:(?:(?-i:[A-Z][A-Za-z]*)|{ROLE_WORD})\s+){{0,2}}{ROLE_WORD}\s+(?={NAME_MARK[0]}))?"
)
# Between a cue's "with" and the name ending it, what the person is, as after "by"
# ("co-wrote it with BAFTA winner Kate Winslet"), or what they are to someone: a
# possessive opens it, a determiner's or a name's, and a comma may close it ("co-wrote
# it with its star Kate Winslet", "with her daughter, Mia", "with Winslet's daughter
# Mia": Mia co-wrote it, not Winslet). The owner's name ends in "'s": a name alone after
# "with" is the one meant.
PARTNER_EPITHET = (
    rf"(?:(?:(?i:its|her|his|their)\s+|{ENTITY}[’']s\s+)?"
    rf"(?:(?:(?-i:[A-Z][A-Za-z]*)|{ROLE_WORD})\s+){{0,2}}{ROLE_WORD},?\s+(?={NAME_MARK[0]}))?"
)
# Right after a cue's words, a name may carry "the": "died on the Matterhorn", "a night
# at the Hörnli Hut". Names of places, buildings and clubs take it where a work's or a
# person's seldom does; only "the" right before a name, never "the" and another word.
THE_NAME = rf"(?:(?<![\w])(?i:the)\s+(?={NAME_MARK[0]}))?"
# Words that point from the article's subject to another of its kind ("the other
# film", "the previous series", "the first drama"): "the" and a kind after them is not
# what the article is about.
ELSEWHERE = (
    "other|another|previous|next|last|earlier|former|first|second|third|original"
    "|following|prior|same|rival|sister"
)
# A name (up to two words) or a number saying whose or which the thing is: "the Channel 4 drama",
# "the 2021 film", "this BBC One series" (a name of the work's own kind is marked: never this).
_KIND_OWNER = r"(?-i:[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\d+))?)|\d+"
# "The" or "this", up to two words (or names) saying what the thing is, and then its
# kind: "the anthology series", "this BAFTA-winning drama", "the 90-minute film", "the
# new Channel 4 drama". Ending before the kind's words.
_KIND_WORD = rf"(?!(?:{ELSEWHERE})(?![\w’'-])){ROLE_WORD}|\d+(?:\.\d+)?-[a-z]+|{_KIND_OWNER}"
KIND_MODIFIERS = rf"(?:(?:{_KIND_WORD})\s+){{0,2}}"
# What opens a work called by its kind: "the", "this", or a name owning it, as reviews
# call the work by who made it ("Dominic Savage's drama, which goes out on Channel 4").
KIND_OPENING = (
    rf"(?:(?i:the|this)|(?:(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})"
    rf"|{NAME_MARK[0]}{NAME_MARK[1]}*)[’']s)"
)

# After a work called by its kind, who made it, by name: "the drama from Dominic Savage"
# (never a name owning what follows: "the film from Savage's company").
_CAPITALISED = r"(?-i:[A-Z][\w’'-]*)(?<![’']s)(?![\w’'-])"
FROM_MAKER = (
    rf"(?:\s+(?i:from)\s+(?:{NAME_MARK[0]}{NAME_MARK[1]}*(?!{NAME_MARK[1]})"
    rf"|{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}(?!\s+(?-i:[A-Z])))(?![’']s(?![\w])))?"
)


@cache
def kind_called(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A work called by one of its `kinds` ("the film", "this BAFTA-winning drama"): a
    subject slot's other reading, and what "it" in a later sentence stands for."""
    words = "|".join(re.escape(kind.replace("-", " ")) for kind in kinds)
    return re.compile(rf"(?<![\w]){KIND_OPENING}\s+{KIND_MODIFIERS}(?i:{words})(?![\w])")


# Between a length written as a compound adjective and the kind word after it, up to
# two words saying what the thing is: "a 90-minute standalone film". The length is
# then singular ("90-minute", "two-hour"), as such an adjective is.
MEASURE_MODIFIERS = rf"(?:(?<![sS])(?:\s+{ROLE_WORD}){{1,2}}(?=\s))?"
# A later name of a list may carry what it is to the name before: "stars Kate Winslet
# and her daughter Mia Threapleton" lists both, the daughter by her name. A possessive
# pronoun and one or two words that lead nowhere else, a comma after them or none. Not
# optional: it is the other reading of an optional EPITHET, and `(?:A?|B?)` matches
# nothing in two ways, so a list of 12 names was tried in 2**12 ways at each name.
POSSESSED = (
    rf"(?:(?<![\w])(?:her|his|their|Her|His|Their)\s+(?:{ROLE_WORD}\s+)?{ROLE_WORD},?\s+"
    rf"(?={NAME_MARK[0]}))"
)
_POSSESSED_WORDS = re.compile(
    rf"(?<![\w])(?i:her|his|their)\s+(?:{ROLE_WORD}\s+)?{ROLE_WORD},?\s+$"
)


def listed(text: str, names: list[tuple[int, int]]) -> Iterator[int]:
    """The offsets in a slot's `text` of the `names` of its list (each a span) and of
    the words (`POSSESSED`) before each later one: the name is the list's, and "her"
    there stands for no one of it."""
    for number, (start, end) in enumerate(names):
        yield from range(start, end)
        if number and (words := _POSSESSED_WORDS.search(text, 0, start)) is not None:
            yield from range(words.start(), words.end())


# What a slot's words may hold besides its names and their separators: an epithet's
# words or a role's (see `ROLE`).
EPITHET_WORDS = re.compile(rf"(?<![\w])(?:(?i:the)\s+[a-z]+|{ROLE_WORD})(?![\w’'-])")
# "and" or "&": what closes a list of names ("A, B and C").
LIST_CLOSE = re.compile(r"(?<![\w])and(?![\w])|&")
# A name right after "and" or "&" ends a list of names.
NOT_LIST_END = r"(?<![^\w]and )(?<![^\w]And )(?<!^and )(?<!^And )(?<! & )"

# The personal pronouns, each with the one person it calls: "she", "her" and "hers" one,
# "he", "his" and "him" another; "they", "their" and "them" none, as they may call
# several people or things. A slot takes each but "hers", which stands for a thing.
PERSONS: dict[str, str | None] = {
    "he": "he",
    "she": "she",
    "they": None,
    "her": "she",
    "his": "he",
    "their": None,
    "him": "he",
    "them": None,
    "hers": "she",
}
PRONOUNS = tuple(word for word in PERSONS if word != "hers")
# After `{subject}`, "'s", or nothing after a possessive pronoun the slot took.
POSSESSIVES = ("her", "his", "their")
POSSESSIVE = (
    r"(?:['’]s(?![\w])|"
    + "|".join(
        rf"(?<=(?<![\w]){word})"
        for word in (*POSSESSIVES, *(word.capitalize() for word in POSSESSIVES))
    )
    + ")"
)


def set_off(tokens: list[re.Match[str]], index: int, kind: str) -> tuple[str, str]:
    """What may stand around an entity slot: a name who acts may be set off by commas
    ("Her mother, Kate Winslet, plays Ruth"); then see `_after_entity`."""
    if kind == "text" and index == 0 and words_next(tokens):
        # A part's name set off as a name who acts may be: "Billy, the younger, is played".
        return "", APPOSITIVE
    if kind != "entity":
        return "", ""
    # The verb after a name opening the cue may open a relative clause about it: "Kate
    # Winslet, who won Leading Actress", "I Am Ruth, which took home the award".
    # Or a title in quotation marks, its closing mark after it: "'I Am Ruth', which aired".
    if index == 0 and verb_next(tokens):
        marks = _QUOTED_CLOSE + r"(?(set_off),?)"
        closes = marks + _after_entity(tokens, index) + RELATIVE_OPENING + ADVERB
        return r"(?:(?<=,\s)(?P<set_off>)|(?<=[“\"‘'])(?P<quoted>))?", closes
    if comma_next(tokens, index):
        # A title in quotation marks, its closing mark before the cue's comma or after it
        # ('"I Am Ruth", which', '"I Am Ruth," which': see cue_tokens.quoted_comma).
        quoted = r"(?:(?<=[“\"‘'])(?P<quoted>))?"
        return quoted, r"(?(quoted)[”\"’']?)" + _after_entity(tokens, index)
    if index == 0 and len(tokens) > 2 and tokens[1].group(4) and tokens[2].group(3):
        return "", _after_entity(tokens, index) + RELATIVE_OPENING  # "{subject} [has] won"
    if agent_before(tokens, index):
        return AGENT_EPITHET, _after_entity(tokens, index)
    if partner_before(tokens, index):
        return PARTNER_EPITHET, _after_entity(tokens, index)
    word = tokens[index - 2].group(5) if index > 1 and tokens[index - 1].group(4) else None
    if index == len(tokens) - 1 and word and word[-1:].isalpha():
        return OWNING_NAME, ""  # "for Channel 4's I Am Ruth"; after "by", see `agent_before`
    return "", _after_entity(tokens, index)


def _after_entity(tokens: list[re.Match[str]], index: int) -> str:
    """What may stand between the entity slot at `index` and the cue's next token: an
    appositive before a space, a name's age before a comma."""
    following = tokens[index + 1].groups() if index + 1 < len(tokens) else None
    if following is not None and following[3] and (tokens[index + 2].group(5) or "") == "as":
        # Before "as", an age, an aside or a noun phrase alone (see `NOUN_APPOSITIVE`).
        return rf"(?:{BRACKETED}|\s*,\s*{INTEGER}\s*,|{NOUN_APPOSITIVE})?"
    if following is not None and following[3]:
        # An age or aside in brackets before the verb ("Kate Winslet (47) appeared", see
        # `BRACKETED`), or an age before an appositive ("Joe Anders, 19, who is ..., plays").
        return rf"(?:{BRACKETED}|\s*,\s*{INTEGER}(?=\s*,[^,]+,))?{NAME_APPOSITIVE}"
    if following is not None and following[4] == "," and not slot_follows(tokens, index + 1):
        # A name's age set off before the cue's comma: "Mia, 22, who plays".
        return rf"(?:\s*,\s*{INTEGER}(?=\s*,))?"
    return ""


# Who speaks, called by what they are: "the star", "the Titanic star", "the Oscar
# winner", "the 47-year-old". Up to two words before a noun in lower case, which a
# name's last word never is ("the BBC said" is no one called so).
SPEAKER_EPITHET = (
    r"(?i:the)\s+(?-i:(?:(?:[A-Z][\w’'-]*|[a-z][a-z’'-]*|\d+-[a-z-]+)\s+){0,2}"
    r"(?:\d+-)?[a-z][a-z-]*)"
)
