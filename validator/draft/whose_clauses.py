"""A possessive relative clause whose noun has its name set off by commas ("Mia, whose
mother, Kate Winslet, plays Ruth, is superb"). The clause runs on past the name to a
verb of its own: that verb is the relative's, not the owner's (Winslet plays Ruth), and
a verb after the clause's closing comma is the owner's, not the relative's ("Joe,
whose dad, director Sam Mendes, was there, plays Billy": Joe plays Billy)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from validator.dataset.model import PropertyDef

from .clauses import clause_start, last_whose
from .cue_parts import ENTITY, ROLE_WORD, WHOSE_NOUN
from .line_ends import space_before

__all__ = ["about_someone_else", "whose_read"]

_NOUN = rf",\s*{WHOSE_NOUN}\s*,\s*"  # ", whose mother, " (see cue_parts)
# What a name set off after the noun may carry before it: "the actress", "director".
_TITLE = rf"(?:(?i:the)\s+)?(?:{ROLE_WORD}\s+){{0,2}}"
# The clause and the relative's name, set off, right after the owner's name.
_NAMED_AFTER = re.compile(rf"\s*{_NOUN}{_TITLE}(?P<name>{ENTITY})\s*(?P<comma>,)")
# The clause and the relative's name, not set off but followed by what is set off after
# it, its age or what it is ("Kate Winslet and Sam Mendes, whose son Joe Anders, 19,
# plays Billy"): the verb after that is the relative's.
_NAMED_IN = re.compile(
    rf"\s*,\s*{WHOSE_NOUN}\s+{_TITLE}(?P<name>{ENTITY})\s*,[^,;:“”\"「」]{{1,120}}(?P<comma>,)"
)
# The clause's noun and what the name carries, right before the relative's name.
_NOUN_BEFORE = re.compile(rf"{_NOUN}{_TITLE}$")
# After the relative's name, a comma and a clause of its own ("Kate Winslet, who won an
# Emmy, plays Ruth"): the verb after it is still the relative's.
_OWN_CLAUSE = re.compile(r"\s*,\s*(?i:who|which)(?![\w])")
_COMMA = re.compile(r"\s*,")


def _past_own_clause(text: str, at: int) -> int:
    """Where the relative's verb starts: past the name's own clause (", who co-wrote
    it,") where one follows the name at `at`, else `at`."""
    own = _OWN_CLAUSE.match(text, at)
    if own is None:
        return at
    closing = text.find(",", own.end())
    return at if closing < 0 else closing + 1


# How far back the clause's noun and the name's title are looked for.
_REACH = 80


def whose_read(match: re.Match[str], slots: Sequence[tuple[str, str]]) -> re.Match[str] | None:
    """`match` as it reads where the entity slot opening it is next to such a clause:
    the same match where it is not; the cue matched again at the relative's name where
    the owner took the relative's verb; None where the relative took the owner's."""
    opening = next(
        (n for n, kind in slots if kind == "entity" and match.start(n) == match.start()), None
    )
    if opening is None or not match.group(opening):
        return match
    text, start, end = match.string, match.start(), match.end(opening)
    if _NOUN_BEFORE.search(text[max(0, start - _REACH) : start]) is not None:
        verb = _past_own_clause(text, end)
        comma = re.compile(r"[^,]*,").match(text, verb) if verb > end else _COMMA.match(text, end)
        if comma is not None and comma.end() < match.end():
            # The relative's name, set off: the verb after it is the owner's; past the
            # name's own clause ("Kate Winslet, who co-wrote it, plays Ruth, is Billy"),
            # the verb after the relative's is.
            return None
        return match
    named = _NAMED_AFTER.match(text, end)
    inside = _NAMED_IN.match(text, end) if named is None else None
    if inside is not None and inside.end() < match.end():
        if "," in text[inside.end() : match.end()]:
            return match  # the cue's words come after the clause's end
        return match.re.match(text, inside.start("name"))  # "whose son Joe, 19, plays"
    if named is None or named.end() >= match.end():
        return match  # no such clause
    verb = _past_own_clause(text, named.start("comma"))
    if "," in text[max(verb, named.end()) : match.end()]:
        return match  # the cue's words come after the clause's end
    if verb > named.start("comma"):
        # "Joe, whose mother, Kate Winslet, who co-wrote it, plays Ruth": the cue is the
        # relative's, read at its name, the name's own clause set off as any is.
        return match.re.match(text, named.start("name"))
    # The owner took the relative's verb: the cue is the relative's, read as if no comma
    # parted the name from its verb (same length: offsets stay the sentence's).
    unparted = text[: named.start("comma")] + " " + text[named.end("comma") :]
    return match.re.match(unparted, named.start("name"))


# After "whose", the one or two words of its noun before a name: "whose daughter",
# "whose teenage daughter"; no verb ("whose father is").
_WHOSE_NOUN = re.compile(r"\s+(?!(?:is|was|has|had)\s)(?:[\w’'-]+\s+){1,2}")


def about_someone_else(match: re.Match[str], prop: PropertyDef) -> bool:
    """Whether the words before a cue without `{subject}`, back to the start of its
    clause, open a possessive relative clause: the article's topic is not its subject.
    Unless the cue opens with its value right after that clause's noun ("whose daughter
    Mia plays Freya": Mia plays in the work), or the cue's words are that noun and name
    a qualifier of the claim: in "Ruth, whose daughter Freya (Mia Threapleton) is ...",
    "Freya (Mia Threapleton)" names the part Threapleton plays in the work, whoever's
    daughter Freya is; in "whose father is director Sam Mendes" a verb stands between."""
    text, at = match.string, match.start()
    whose = last_whose(text, clause_start(text, at), at)  # the last before the cue's words
    if whose is None:
        return False
    opens = "value" in match.re.groupindex and match.start("value") == at
    if opens and _WHOSE_NOUN.fullmatch(text, whose, at):
        # "the actress whose daughter Mia plays Freya": the name is the clause's own
        # noun, the relative it is about, and what the cue says of it holds.
        return False
    qualified = any(
        prop.qualifier_type(name) is not None and match.group(name) for name in match.re.groupindex
    )
    return not (qualified and space_before(text, at) <= whose)
