"""The lines of a page that are no part of its article, as a browser's plain-text copy
has them: the page's furniture.

A copy of a whole page (select all, copy, save as text) holds the site's menu, a cookie
notice, share buttons, "Read more" links, lists of related or most-read stories, the
comments and the footer, each on lines of its own around the article. A related story's
headline or a reader's comment states facts the article never made ("Mia Threapleton, 21,
...", "runs for two hours"), so none may be drafted from. The cues here are the general
English words pages label their furniture with, the same on any site and any subject;
nothing names a site, and nothing about what an article is about belongs here.

Each test reads a line once, as words or as its lower-cased start: no regular
expression here can go back over a line, so a line of a megabyte costs one pass.
"""

from __future__ import annotations

import enum
import re

from .bylines import is_name, is_read_time, is_relative_time, read_byline
from .line_ends import SCHEDULE, sentence_end
from .numbers import DURATION

__all__ = ["Kind", "closes", "is_comment_start", "kind_of"]


class Kind(enum.Enum):
    TEXT = "text"  # anything else: a paragraph, a subheading, a caption
    CHROME = "chrome"  # a control of the page: "Share", "Advertisement", "Reply", "3."
    SECTION = "section"  # the heading of a list of other stories: "Most read", "Related"
    LINK = "link"  # one labelled link: "Read more: <headline>", "Topics: a, b"
    CONSENT = "consent"  # a cookie, newsletter or notification notice
    COMMENTS = "comments"  # where readers' comments start: "Comments (3)", "Jane says:"
    FOOTER = "footer"  # the page's footer: "© 2022 ...", "Privacy policy", "Back to top"


# Whole lines that are a page's controls, compared lower-cased without a count or a
# closing colon ("Share:", "Comments (2)").
_CHROME = frozenset(
    {
        "advertisement",
        "advert",
        "ad",
        "hide ad",
        "skip ad",
        # The link a page gives readers of screens and keyboards, above its menu.
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "sponsored",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share via email",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "pinterest",
        "linkedin",
        "reddit",
        "email",
        "copy link",
        "print",
        "reply",
        "report",
        "like",
        "like loading...",
        "close",
        "menu",
        "search",
        "sign in",
        "log in",
        "login",
        "register",
        "subscribe",
        "story continues",
        "continue reading",
        "show more",
        "load more",
        "view all",
        "see all",
        "cancel reply",
        "reuse this content",
        "listen to this article",
        "save",
        "follow",
        "not now",
        "accept",
        "accept all",
        "reject all",
        "manage privacy settings",
        "ok",
        "home",
    }
)
# The first words of a heading over a list of other stories or of topics.
_SECTIONS = (
    "read more",
    "related",
    "more from",
    "more on",
    "more stories",
    "more news",
    "more like this",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "most watched",
    "trending",
    "popular",
    "recommended",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "also read",
    "see also",
    "top stories",
    "latest",
    "explore more",
    "up next",
    "watch next",
    "editor's picks",
    "editors' picks",
    "don't miss",
    "in other news",
    "around the web",
    "promoted",
    "topics",
    "tags",
    "share this",
    "like this",
)
# A label of one link on its own line: "Read more: <headline>", "Watch: ...".
_LINK_LABELS = frozenset(
    {"read more", "related", "see also", "also read", "read", "more", "watch", "listen"}
    | {"topics", "tags", "more on this story", "most read", "trending", "recommended"}
    | {"featured image credit", "image credit", "photo credit", "credit", "read next"}
)
_COMMENTS = frozenset(
    {
        "comments",
        "show comments",
        "view comments",
        "reader comments",
        "have your say",
        "join the conversation",
        "join the discussion",
        "leave a reply",
        "leave a comment",
        "add a comment",
        "post a comment",
        "add your comment",
    }
)
# After a count: "3 thoughts on “...”", "12 responses to ...", "48 comments".
_COUNTED = ("thoughts on", "responses to", "replies to")
_COUNTS = frozenset({"comments", "comment", "replies", "responses"})
# Whole lines of a footer's links; any line with "all rights reserved"; a copyright line
# with its year, long or short. ("Privacy policy changes" may head a paragraph.)
_FOOTER_LINES = frozenset(
    {
        "back to top",
        "privacy policy",
        "cookie policy",
        "cookie settings",
        "terms and conditions",
        "terms & conditions",
        "terms of use",
        "terms of service",
        "terms and privacy policy",
        "about us",
        "contact us",
        "sitemap",
        "about the author",
    }
)
_FOOTER_STARTS = ("copyright", "©", "(c)")
_POWERED = "proudly powered by"
# A notice that is no part of the article, told by two of its words.
_NOTICES = (
    ("cookie", ("accept", "consent", "partners", "privacy", "settings", "agree")),
    ("newsletter", ("sign up", "subscribe", "inbox")),
    ("inbox", ("sign up", "subscribe", "sent straight", "delivered")),
    ("notification", ("allow", "enable", "turn on")),
)
_SHORT = 12  # words: a heading, a control or a footer line is no longer
_LINK_WORDS = 40  # a labelled link's words: a headline, or a list of topics


def kind_of(line: str) -> Kind:
    """What part of the page `line` (stripped) is."""
    words = line.split()
    counted = _is_comment_count(" ".join(words[:4]).lower()) and not sentence_end(line)
    if words and (_is_handle_comment(words) or counted):
        return Kind.COMMENTS  # "Dave1979: ...", "3 thoughts on “<the headline>”"
    label, colon, _ = line[:40].lower().partition(":")
    if colon and " ".join(label.split()) in _LINK_LABELS and len(words) <= _LINK_WORDS:
        return Kind.LINK
    if _is_copyright(words):
        return Kind.FOOTER
    if len(words) > _SHORT:
        return Kind.CONSENT if _is_notice(line) else Kind.TEXT
    low = " ".join(words).lower()
    bare = low.rstrip(":").strip()
    if _bare_control(bare) in _COMMENTS or _is_comment_count(bare) or _is_comment_header(words):
        return Kind.COMMENTS
    if _is_footer(low, bare):
        return Kind.FOOTER
    if _bare_control(bare) in _CHROME or _is_number(bare) or is_read_time(line):
        return Kind.CHROME
    if is_relative_time(line):
        return Kind.CHROME
    if len(words) <= 6 and _counted(bare, _SECTIONS) and not sentence_end(line):
        return Kind.SECTION
    if _is_menu(line) and not sentence_end(line) and not _FACTS.search(line):
        # A bar of links: "The Boys | Barbie | Fast X", "Home • News • TV"; not a
        # listing's line, which gives a time: "I Am Ruth | Channel 4 | 9pm", nor a
        # review's line of facts, which gives a length: "Channel 4 | 1hr 32min | Dir: ...".
        return Kind.LINK
    return Kind.CONSENT if _is_notice(line) else Kind.TEXT


_FACTS = re.compile(f"{SCHEDULE.pattern}|{DURATION}")
# What parts a menu's links on a copied line: a bar, a bullet or a slash between spaces.
_MENU_MARKS = (" | ", " • ", " / ")


def _is_menu(line: str) -> bool:
    """Whether `line` is a run of three links or more parted by one of `_MENU_MARKS`."""
    return any(line.count(mark) >= 2 for mark in _MENU_MARKS)


def closes(kind: Kind) -> bool:
    """Whether nothing after a line of this kind is the article: readers' comments and
    the footer come after it."""
    return kind in (Kind.COMMENTS, Kind.FOOTER)


def _counted(bare: str, starts: tuple[str, ...]) -> bool:
    """Whether `bare` is one of `starts`, or starts with one and a word break, or with a
    count: "most read", "related stories", "comments (3)"."""
    if not bare.startswith(starts):  # one call for the usual line, which is none
        return False
    for start in starts:
        if bare.startswith(start) and bare[len(start) : len(start) + 1] in ("", " ", "("):
            return True
    return False


def _is_comment_count(bare: str) -> bool:
    """ "48 comments", "3 thoughts on “...”", "12 responses to ...": readers' comments
    under their count."""
    number, _, rest = bare.partition(" ")
    return number.isdigit() and (rest in _COUNTS or _counted(rest, _COUNTED))


def _is_comment_header(words: list[str]) -> bool:
    """ "Jane P says:", "markt1982 says:": a comment's author, as blogs write it."""
    return 2 <= len(words) <= 5 and words[-1].lower() == "says:"


def _is_footer(low: str, bare: str) -> bool:
    return bare in _FOOTER_LINES or "all rights reserved" in low or low.startswith(_POWERED)


def _is_copyright(words: list[str]) -> bool:
    """ "© 2022 The Ledger", "Copyright 2022 ...", "Screenfeed © 2023": a year in the
    first words beside the mark. A photograph's credit ("© Channel 4") has none: it is a
    caption's, inside the article."""
    head = " ".join(words[:6]).lower()
    if "©" not in head and not head.startswith(_FOOTER_STARTS):
        return False
    return any(_is_year(w.strip("©.,()")) for w in words[:6])


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _bare_control(bare: str) -> str:
    """A control's words without the count it may show: "share (12)", "comments 12"."""
    words, _, count = bare.rpartition(" ")
    return words if words and count.strip("()").isdigit() else bare


def _is_number(bare: str) -> bool:
    """ "1", "2.", "3)": a list's numbering, on its own line."""
    return bare.rstrip(".)").isdigit() and len(bare) <= 4


def _is_notice(line: str) -> bool:
    low = line.lower()
    return any(word in low and any(c in low for c in cues) for word, cues in _NOTICES)


def is_comment_start(line: str, following: str) -> bool:
    """A reader's name or handle on its own line, then when it was posted: where a
    comment starts ("TellyAddict" / "8 Dec 2022 22:41", "Kate W" / "2h ago")."""
    if not (is_name(line) or _is_handle(line)):
        return False
    if is_relative_time(following):
        return True
    byline = read_byline(following)
    return byline is not None and byline.date is not None and byline.author is None


def _is_handle(line: str) -> bool:
    """A user's handle: one word with a digit or an underscore, all in lower case, or
    with a capital inside ("markt1982", "Margo_R", "sofacritic", "TellyAddict"); not a
    word of prose such as a subheading's "Timeline"."""
    if len(line) > 30 or len(line.split()) != 1 or not line[:1].isalnum():
        return False
    marked = any(c.isdigit() or c == "_" for c in line)
    return marked or line.islower() or any(c.isupper() for c in line[1:])


def _is_handle_comment(words: list[str]) -> bool:
    """ "Sarah_K: ...", "Dave1979: ...": a comment written after its author's handle,
    which has a digit or an underscore as no word of prose does."""
    handle = words[0][:-1] if words[0].endswith(":") else ""
    return (
        len(words) > 1
        and 0 < len(handle) <= 30
        and not handle.isdigit()
        and all(c.isalnum() or c in "_." for c in handle)
        and any(c.isdigit() or c == "_" for c in handle)
    )
