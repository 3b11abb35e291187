"""Whether an English noun calls a person by what they are ("the actress", "the
mother-of-two", "the novelist"): the words a writer puts in place of someone's name,
where a thing's noun ("the episode", "the thriller", "the list") stands for no one.
General English, as the other word lists of drafting are: kin, age and sex, and the
trades and roles news writes most; a few endings that only people's nouns have."""

from __future__ import annotations

import re

__all__ = ["PERSON_NOUN", "calls_a_person", "calls_kin"]

_KIN = (
    "mother mum mom mummy father dad daddy parent daughter son child kid sister brother"
    " sibling twin wife husband spouse partner widow widower aunt uncle niece nephew cousin"
    " grandmother grandfather grandma grandad grandpa granny grandson granddaughter"
    " grandchild stepmother stepfather stepson stepdaughter fiancé fiancée fiance fiancee"
    " girlfriend boyfriend bride groom"
)
_AGE_AND_SEX = (
    "man woman boy girl lad lass lady gentleman teenager teen youngster toddler baby infant"
    " adult pensioner youth"
)
_ROLES = (
    "actor actress star co-star superstar megastar performer singer musician songwriter"
    " rapper dancer comedian comic presenter host hostess journalist reporter writer author"
    " poet screenwriter director filmmaker film-maker producer creator designer artist"
    " painter sculptor photographer model chef cook doctor surgeon nurse teacher lecturer"
    " professor student pupil lawyer barrister solicitor judge politician minister"
    " president premier senator mayor councillor chairman chairwoman chief boss founder"
    " owner manager coach captain athlete footballer cricketer golfer boxer player runner"
    " swimmer cyclist driver pilot soldier officer detective scientist worker volunteer"
    " campaigner activist entrepreneur tycoon billionaire millionaire celebrity"
    " personality influencer socialite icon legend veteran newcomer winner nominee"
    " runner-up champion victim survivor suspect witness resident patient fan friend"
    " colleague neighbour neighbor prince princess king queen duke duchess heir heiress"
    " royal monarch heroine hero idol heartthrob understudy"
)
_WORDS = frozenset(f"{_KIN} {_AGE_AND_SEX} {_ROLES}".split())
_KIN_WORDS = frozenset(_KIN.split())
_KIN_PREFIXES = ("ex-", "step-", "great-")
# Endings only nouns for people have ("chairwoman", "playwright", "spokesperson",
# "novelist"): "-ist" of more than five letters, but in the few things it ends ("wrist",
# "playlist", "heist"; "list" and "mist" are shorter) and verbs ("insist").
_ENDINGS = ("woman", "man", "wright", "person")
_NOT_PEOPLE_IST = (
    "twist",
    "wrist",
    "heist",
    "sist",
    "playlist",
    "checklist",
    "shortlist",
    "longlist",
    "wishlist",
    "setlist",
    "tracklist",
    "blacklist",
    "whitelist",
    "waitlist",
)


_AGED = re.compile(r"\d{1,3}-years?-old")
# A word `calls_a_person` may take, as a pattern, for a place in a longer one: an age,
# or a word of the lists or with a person's ending, alone or in a compound; the few
# things "-ist" ends are told apart by `calls_a_person` itself.
PERSON_NOUN = (
    rf"(?i:{_AGED.pattern}|(?:[a-z]+-)*(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))}"
    rf"|[a-z]*(?:{'|'.join(_ENDINGS)})|[a-z]{{3,}}ist)(?:-[a-z]+)*)(?![\w’'-])"
)


def calls_a_person(noun: str, own: frozenset[str] = frozenset()) -> bool:
    """Whether `noun` (one word, hyphens allowed: "mother-of-two", "singer-songwriter")
    calls a person, or is one of the words in `own` (a dataset's words for its kinds of
    people, such as "person")."""
    word = noun.lower().strip("’'")
    if _AGED.fullmatch(word):
        return True  # "the 47-year-old": who is of an age
    parts = word.split("-")
    for candidate in dict.fromkeys((word, parts[0], parts[-1])):
        if candidate in _WORDS or candidate in own or candidate.endswith(_ENDINGS):
            return True
        ist = len(candidate) > 5 and candidate.endswith("ist")
        if ist and not candidate.endswith(_NOT_PEOPLE_IST):
            return True
    return False


def calls_kin(noun: str) -> bool:
    """Whether `noun` calls a person by their kin to someone ("husband", "ex-wife",
    "mother-in-law", "step-son"); not "mother-of-two", which says what she is."""
    word = noun.lower().strip("’'")
    for prefix in _KIN_PREFIXES:
        word = word.removeprefix(prefix)
    return word.removesuffix("-in-law") in _KIN_WORDS
