"""Where a line of a copied page ends as a paragraph does: told apart from a headline,
a control or a link, which end on a word or a question; a listing's line, which ends on
a time; the lists that may close an article after its last paragraph; and where the
white space before a place in a text starts."""

from __future__ import annotations

import re

__all__ = [
    "DASH_LEADER",
    "DOT_LEADER",
    "SCHEDULE",
    "asks",
    "closes_article",
    "goes_on_labels",
    "is_aside",
    "is_credit",
    "is_labelled",
    "is_listing",
    "is_question",
    "sentence_end",
    "space_before",
]

# A time of day as a listing prints it: "9pm", "9.30pm", "21:00".
SCHEDULE = re.compile(r"(?<![\w])(?:\d{1,2}(?:[.:]\d{2})?\s*(?i:am|pm)|\d{1,2}[.:]\d{2})(?![\w])")
_LISTING_WORDS = 12  # "I Am Ruth, Channel 4, Thursday 8 December 2022, 9pm" is ten
# A cast list's line: a name, "as", the part's name, each up to five capitalised words,
# after a bullet or none ("Kate Winslet as Ruth", "- Joe Anders as Billy").
_NAME_WORDS = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}"
_CREDIT = re.compile(rf"(?:[-*•–]\s*)?{_NAME_WORDS} as {_NAME_WORDS}")
# A list's line under a label: "Leading Actress: Kate Winslet, I Am Ruth", "Single
# Drama: I Am Ruth" (a label of up to five words, then a colon), or with a leader of
# dots for the colon, as a press release prints its cast ("Ruth .......... KATE WINSLET").
_LABEL_WORDS = r"(?:[-*•–]\s*)?[A-Z][\w’'-]*(?: [\w’'&/-]+){0,4}"
# A leader of dots or an ellipsis for the colon, and of a dash between spaces (which
# `headings` reads too, where a cue's heading stands over the list).
DOT_LEADER = r"[ \t]*(?:(?:\.[ \t]*){3,}|…[…. \t]*)"
DASH_LEADER = r"[ \t]+[-–—][ \t]+"
_LABELLED = re.compile(rf"{_LABEL_WORDS}(?:: |{DOT_LEADER})[^\s.…].*")
# A part and who plays it with a dash between spaces for the colon ("Ruth - Kate
# Winslet", "Freya – MIA THREAPLETON"): each a name of capitalised words, as a cast
# list prints them, among other lines so written under a heading. A line of a list of
# related stories ("Showbiz - Kate Winslet, 44, shows off her Oscar") is none.
_DASHED = re.compile(
    rf"(?:[-*•–]\s*)?{_NAME_WORDS}{DASH_LEADER}{_NAME_WORDS}(?: *\([^()]{{1,40}}\))?"
)  # and a remark in brackets after the name: "Freya - Mia Threapleton (her daughter)"
_LABELLED_WORDS = 15

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


# An interviewer's question has a few words at least; a headline's may be one.
_QUESTION_WORDS = 5
# The labels an interviewer's question opens on (see interview_answers).
_ASKED = re.compile(r"\s*(?i:q|question|interviewer)\s*:\s")


def asks(line: str) -> bool:
    """An interviewer's question, not a headline's one word."""
    return is_question(line) and len(line.split()) >= _QUESTION_WORDS


def is_aside(line: str) -> bool:
    """Whether `line` is an interviewer's labelled question ("Q: How did you come to
    play Freya?") or a listing's channel and time ("9pm, Channel 4"): a line of the
    article, never its headline, though it may share more of the body's words."""
    return _ASKED.match(line) is not None or is_listing(line)


def is_listing(line: str) -> bool:
    """Whether `line` is a listing's line: a few words, not ending as a sentence does,
    with a time of day ("I Am Ruth, Channel 4, Thursday, 9pm", "9pm, Channel 4")."""
    words = len(line.split(None, _LISTING_WORDS))
    return 0 < words <= _LISTING_WORDS and not sentence_end(line) and bool(SCHEDULE.search(line))


def is_credit(line: str) -> bool:
    """Whether `line` is a cast list's line: "Kate Winslet as Ruth"."""
    return not sentence_end(line) and _CREDIT.fullmatch(line.strip()) is not None


def is_labelled(line: str) -> bool:
    """Whether `line` is a list's short line under a label: "Single Drama: I Am Ruth"."""
    short = len(line.split(None, _LABELLED_WORDS)) <= _LABELLED_WORDS
    return short and not sentence_end(line) and _LABELLED.fullmatch(line.strip()) is not None


def _dashed(line: str) -> bool:
    """Whether `line` is a list's short line with a dash for its label's colon."""
    short = len(line.split(None, _LABELLED_WORDS)) <= _LABELLED_WORDS
    return short and not sentence_end(line) and _DASHED.fullmatch(line.strip()) is not None


def goes_on_labels(lines: tuple[str, ...], at: int) -> bool:
    """Whether line `at` goes on a list of "Label: value" lines, the line above it
    another ("Cast: Kate Winslet, Mia Threapleton" under "Director: Dominic Savage"): a
    fact box's line, which a headline with a colon ("I Am Ruth review: a triumph")
    stands over, never under."""
    return at > 0 and is_labelled(lines[at]) and is_labelled(lines[at - 1])


def closes_article(line: str, before: str, after: tuple[str, str]) -> bool:
    """Whether `line`, after an article's last paragraph (`before` the line kept right
    before it, `after` the two next), is still the article's: the listing of when it is
    on ("I Am Ruth, Channel 4, Thursday, 9pm"), as a preview closes; its cast list,
    under a heading of a few words or none, as a reference page closes; or a list of
    two "Label: value" lines or more under a heading ("Winners", "The full list of
    winners:"), as a round-up closes. A label's line alone, or with no heading over the
    list, is a caption's or a footer's ("Image: the Lyric Theatre")."""
    if is_listing(line) or is_credit(line) or _heads_list(line, after):
        return True
    if _dashed(line) and (_dashed(before) or _heads_list(before, (line, after[0]))):
        return True  # "Ruth - Kate Winslet" under "Cast", over "Freya - Mia Threapleton"
    if not is_labelled(line):
        return False
    if is_labelled(before):
        return True  # the list goes on
    headed = before.rstrip().endswith(":") or _heads_list(before, (line, after[0]))
    return headed and is_labelled(after[0])


def _heads_list(line: str, following: tuple[str, str]) -> bool:
    """Whether `line` is the heading of a list that the `following` lines open: a cast
    list's ("Cast") or a list of labels' ("Winners"), two lines of it at least."""
    if len(line.split(None, 3)) > 3 or sentence_end(line):
        return False
    return (
        is_credit(following[0])
        or all(is_labelled(f) for f in following)
        or all(_dashed(f) for f in following)
    )


def space_before(text: str, end: int) -> int:
    """Where the white space ending at `end` starts (`end` itself, where none does). A
    pattern for the words before a place, ending in white space and `$` ("which ", ".
    "), is searched from a few characters before that, not from the text's start: done
    again for each name or slot of a long paragraph, that grew with its square."""
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return start
