"""A plain-text article that is a browser's copy of a whole page: its article, headline,
author and date found among the page's furniture.

Saved from a browser (select all, copy, paste into a text file), a news page comes as
lines: the site's menu, perhaps a cookie notice, the headline, a byline and a date, share
buttons, the article's paragraphs with "Read more" links and boxes of other stories
between them, then related stories, readers' comments and the footer. Read line by
line, the menu's first line was the title, and the related stories and the comments
were drafted as if the article said them. So:

- The article's body starts at its first paragraph followed by another: the first two
  lines in a row, furniture or a list of "Label: value" lines between them aside, that
  end as sentences do (a notice at the top is one sentence, a teaser's summary follows
  a headline).
- The headline is the first line above the body that reads as one (three to thirty
  words, no full stop, not a byline or a control) and shares at least two of its words,
  and half of them, with the body's start (words of four letters or more, the most
  common English ones aside): a menu, a notice or a section's name shares next to none.
  A line shaped as a headline just above that one (past a row of rating stars), sharing
  two words with the body, asking or printed twice, is the headline, the other its
  standfirst. Nothing above it is the article.
- A byline gives the author ("By Jane Doe", or a name beside a date) and a date line the
  publication date, above the body or right under its last paragraph, where some pages
  print it; an "Updated" date alone only bounds it from above.
- In the body, a page's controls, labelled links and notices are left out; a list of
  other stories, from its heading to the next two paragraphs in a row (or one longer
  than a teaser's summary, thirty words or more); and everything
  from the comments or the footer on, and lines after the last paragraph but a
  listing, a cast list or a list of labels under a heading (`closes_article`).

An article that has none of this (no headline found, no furniture) is its lines as they
are, as is a text of more lines than any page has. Each line is read a bounded time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import Byline, is_name, name_of, read_byline
from .furniture import Kind, closes, is_comment_start, kind_of
from .line_ends import asks, closes_article, goes_on_labels, is_aside, is_labelled, sentence_end
from .name_scan import SPACELESS_RANGES

__all__ = ["MAX_COPY_LINES", "PageCopy", "is_masthead", "published_by", "read_page_copy"]

# A copied news page has a few hundred lines. Each line is read a few times, at a few
# microseconds each: a text of more lines is no page to look through (two million
# one-letter lines took ten seconds), and is read line by line as any text is.
MAX_COPY_LINES = 20_000
_MIN_PARAGRAPH_WORDS = 5
_LONG_WORDS = 30
# How much of the body's start a headline is compared with, bounded.
_BODY_SAMPLE_LINES = 40
_SAMPLE_CHARACTERS = 2000
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of four letters or more that any two English texts share: no sign that a line
# is about what the body is about.
_COMMON = frozenset({
    "about", "after", "again", "also", "back", "been", "before", "being", "both", "came",
    "come", "could", "does", "down", "each", "even", "ever", "from", "have", "here",
    "into", "just", "like", "made", "make", "many", "more", "most", "much", "must",
    "never", "only", "other", "over", "said", "same", "should", "some", "such", "than",
    "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "under", "very", "want", "well", "were", "what", "when", "where", "which", "while",
    "will", "with", "would", "year", "years", "your",
})  # fmt: skip


# An inflection's ending, where four letters or more stand before it.
_ENDING = re.compile(r"(?<=\w{4})(?:ing|ed|es|s)$")


@dataclass(frozen=True, slots=True)
class PageCopy:
    paragraphs: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, or "/YYYY-MM-DD": on or before that day
    # Where no date line gives the date, one in figures that reads two ways, and how.
    date_doubt: str | None = None


def read_page_copy(lines: tuple[str, ...], outlet: str | None = None) -> PageCopy:
    """The article in a plain text's non-blank, stripped `lines`, published by `outlet`
    where that is known (its name on a line of its own is the page's masthead)."""
    if len(lines) > MAX_COPY_LINES:
        return PageCopy(lines)
    kinds = [kind_of(line) for line in lines]
    start = _body_start(lines, kinds)
    if start is None:
        return PageCopy(lines)
    sample = _body(lines, kinds, start, start, {})[:_BODY_SAMPLE_LINES]
    body = set().union(*(_content_words(lines[i]) for i in sample))
    title = _title(lines, kinds, start, body, outlet)
    headline = title if title is not None else _first_heading(lines, kinds, start, body, outlet)
    bylines = _bylines(lines, kinds, start, title, headline)
    kept = _body(lines, kinds, title if title is not None else 0, start, bylines)
    if kept:
        bylines.update(_closing_bylines(lines, kinds, kept[-1]))
    published = published_by(list(bylines.values()))
    doubted = next((b for b in bylines.values() if b.doubt), None)
    if doubted is not None and (published is None or published.startswith("/")):
        named = [lines[i] for i in kept] + [b.date for b in bylines.values() if b.date]
        # Updated on that day: published then or before.
        readings = [r for r in doubted.readings if not published or r <= published[1:]]
        published = _decided(readings, named, doubted.year_first) or published
    return PageCopy(
        paragraphs=tuple(lines[i] for i in kept),
        title=lines[headline] if headline is not None else None,
        author=next((b.author for b in bylines.values() if b.author), None),
        published=published,
        date_doubt=None if published or doubted is None else doubted.doubt,
    )


def _is_paragraph(line: str) -> bool:
    return sentence_end(line) and len(line.split(None, _MIN_PARAGRAPH_WORDS)) > (
        _MIN_PARAGRAPH_WORDS - 1
    )


def _next_text(kinds: list[Kind], at: int) -> int | None:
    """The next line after `at` that is text, past the page's controls."""
    for i in range(at + 1, len(kinds)):
        if kinds[i] is not Kind.CHROME:
            return i if kinds[i] is Kind.TEXT else None
    return None


def _opens_text(lines: tuple[str, ...], kinds: list[Kind], at: int) -> bool:
    """Whether line `at` is a paragraph followed by another, or by an interviewer's
    question (or a list of two "Label: value" lines or more) and then a paragraph: an
    interview printed as questions and answers has no two paragraphs in a row until its
    last answer, nor a round-up of winners until its list ends."""
    if kinds[at] is not Kind.TEXT or not _is_paragraph(lines[at]):
        return False
    following = _next_text(kinds, at)
    if following is not None and asks(lines[following]):
        following = _next_text(kinds, following)
    labels = 0  # a list of "Label: value" lines between, as a round-up of winners prints
    while following is not None and labels < _LONG_WORDS and is_labelled(lines[following]):
        following, labels = _next_text(kinds, following), labels + 1
    return following is not None and labels != 1 and _is_paragraph(lines[following])


def _body_start(lines: tuple[str, ...], kinds: list[Kind]) -> int | None:
    first = None
    for i, kind in enumerate(kinds):
        if kind is Kind.TEXT and _is_paragraph(lines[i]):
            if first is None:
                first = i
            if _opens_text(lines, kinds, i):
                return i
    return first


def _content_words(text: str) -> set[str]:
    """The words of `text` that say what it is about, each without an ending that only
    inflects it: a headline's "Playing Freya" is the body's "plays Freya"."""
    words = _WORD.findall(text[:_SAMPLE_CHARACTERS].lower())
    return {_ENDING.sub("", w) for w in words if w not in _COMMON}


def is_masthead(line: str, outlet: str | None) -> bool:
    """Whether `line` is the page's masthead: the outlet's name ("The Guardian" for the
    outlet "Guardian", in any case) or a menu's bar of links ("Home | News | TV")."""
    if kind_of(line) is Kind.LINK and not sentence_end(line):
        return True
    if not outlet:
        return False
    named, given = (
        _ARTICLE.sub("", " ".join(_NAME_WORD.findall(t.lower()))) for t in (line, outlet)
    )
    return bool(named) and named == given


# A name's words, and "the" opening it, which a masthead may print or leave out.
_NAME_WORD = re.compile(r"\w+(?:[’'+&]\w+)*")
_ARTICLE = re.compile(r"^the ")


def _headline_shaped(
    lines: tuple[str, ...], kinds: list[Kind], at: int, outlet: str | None
) -> bool:
    """Whether line `at` is text that reads as a headline: three to thirty words, no
    full stop, no name or byline, not the outlet's name, not a line of a fact box, no
    interviewer's "Q:" and no listing's time (`is_aside`)."""
    line = lines[at]
    if kinds[at] is not Kind.TEXT or sentence_end(line) or is_name(line) or is_aside(line):
        return False
    if not 3 <= len(line.split(None, 30)) <= 30 or read_byline(line) is not None:
        return False
    return not is_masthead(line, outlet) and not goes_on_labels(lines, at)


def _first_heading(
    lines: tuple[str, ...], kinds: list[Kind], start: int, body: set[str], outlet: str | None
) -> int | None:
    """The headline where none shares enough of the body's words (one that judges: "I Am
    Ruth review – Kate Winslet is devastating"): the first line above the body shaped as
    one that shares a word with it, else the first shaped as one; a section's label
    ("TV and radio") shares none, and the masthead is none."""
    shaped = [i for i in range(start) if _headline_shaped(lines, kinds, i, outlet)]
    sharing = [i for i in shaped if _content_words(lines[i]) & body]
    found = sharing or shaped
    if found and found[0] - 1 in shaped and _headline_itself(lines, found[0] - 1):
        return found[0] - 1  # over its standfirst
    return found[0] if found else None


def _title(
    lines: tuple[str, ...], kinds: list[Kind], start: int, body: set[str], outlet: str | None
) -> int | None:
    for i in range(start):
        line = lines[i]
        if not _headline_shaped(lines, kinds, i, outlet):
            continue
        words = _content_words(line)
        shared = len(words & body)
        if shared >= 2 and 2 * shared >= len(words):
            return _over_standfirst(lines, kinds, i, body, outlet)
    return None


def _over_standfirst(
    lines: tuple[str, ...], kinds: list[Kind], at: int, body: set[str], outlet: str | None
) -> int:
    """The headline over the line found at `at`, where that is its standfirst: a line
    shaped as a headline just above it (past a row of rating stars), sharing two words
    with the body though fewer than half its own (a review's headline judges: "Kate
    Winslet gives the performance of her career")."""
    above = at - 1
    while above >= 0 and kinds[above] is Kind.TEXT and not any(c.isalnum() for c in lines[above]):
        above -= 1
    if above < 0 or not _headline_shaped(lines, kinds, above, outlet):
        return at
    shares = len(_content_words(lines[above]) & body) >= 2
    return above if shares or _headline_itself(lines, above) else at


def _headline_itself(lines: tuple[str, ...], at: int) -> bool:
    """Whether line `at`, shaped as a headline, asks or is printed twice in a row, as no
    label or kicker does: then it is the headline though no body word is in it."""
    return lines[at].rstrip().endswith("?") or (at > 0 and lines[at - 1] == lines[at])


def _bylines(
    lines: tuple[str, ...],
    kinds: list[Kind],
    start: int,
    title: int | None,
    headline: int | None,
) -> dict[int, Byline]:
    """The byline and date lines above the body, by line; a name alone is the author
    just under the headline or beside a date line."""
    found: dict[int, Byline] = {}
    for i in range(start):
        # A byline's parts between bars ("By Jane Doe | 7 Dec 2022 | 3 min read") may
        # read as a bar of links.
        if kinds[i] in (Kind.TEXT, Kind.LINK):
            byline = read_byline(lines[i])
            if byline is not None:
                found[i] = byline
    # The first line of text under the headline (and its repeat), past any controls
    # ("1 hour ago", "Share"). With no headline found (one that judges rather than
    # tells: "Kate Winslet is extraordinary in a raw portrait"), a name beside a date
    # line is still the author: left in the text, it read as a section's heading, and
    # the sentences under it as about nothing the draft could name.
    first, under = 0, -1
    if title is not None:
        first = under = title + 1
        while under < start and (lines[under] == lines[title] or kinds[under] is not Kind.TEXT):
            under += 1
    for i in range(first, start):
        beside = (found.get(i - 1), found.get(i + 1))
        dated = any(b is not None and b.author is None for b in beside)
        name = name_of(lines[i]) if i not in found else None
        if name is not None and (dated or i == under):
            # The headline's own name there heads an item (a fact box, a listing): the
            # page's furniture, and no author.
            found[i] = Byline() if _named_in(name, lines, headline) else Byline(author=name)
    return found


def _named_in(name: str, lines: tuple[str, ...], headline: int | None) -> bool:
    """Whether the headline holds the name as words of its own: a listing's item under
    "What to watch tonight: I Am Ruth" is headed "I Am Ruth", beside its date, and is
    no one who wrote the page."""
    if headline is None:
        return False
    words = f" {' '.join(lines[headline].casefold().split())} "
    return f" {' '.join(name.casefold().split())} " in words.replace(":", " ").replace(",", " ")


# Date lines closing an article, one under another: "First published on ...", "Last
# modified on ...", and an author's line among them.
_MAX_CLOSING = 3


def _closing_bylines(lines: tuple[str, ...], kinds: list[Kind], last: int) -> dict[int, Byline]:
    """The byline and date lines right under the article's last paragraph (`last`), past
    the page's controls: some pages print the date at the article's end ("Published 12
    March 2023", "First published on Sun 12 Mar 2023 10.00 GMT"). The first other line
    ends them: a related story's date under its headline is not the article's."""
    found: dict[int, Byline] = {}
    for i in range(last + 1, len(lines)):
        if kinds[i] is Kind.CHROME:
            continue
        if len(found) == _MAX_CLOSING:
            break  # the lines past the last that may be one are never read as bylines
        byline = read_byline(lines[i]) if kinds[i] in (Kind.TEXT, Kind.LINK) else None
        if byline is None:
            break
        found[i] = byline
    return found


def published_by(bylines: list[Byline]) -> str | None:
    """The day the first of `bylines` giving a date of publication gives; else, on or
    before the first update's day ("/YYYY-MM-DD"); else None."""
    dates = [b for b in bylines if b.date is not None]
    first = next((b.date for b in dates if not b.updated), None)
    if first is not None:
        return first
    # Updated on that day: published then or before, never after.
    return f"/{dates[0].date}" if dates else None


# A year written in full: what an article names of its own time.
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)")


# Scripts whose pages write a date's year first (2022/12/06, 22/12/06): kana and the
# CJK ideographs (the scripts written without spaces), and hangul.
_YEAR_FIRST_SCRIPT = re.compile(f"[{''.join(SPACELESS_RANGES)}\uac00-\ud7af]")


def _decided(readings: list[str], texts: list[str], year_first: str | None) -> str | None:
    """The one reading of a date line that reads several ways ("22/12/06") that the
    article's other dates leave: an article is not dated before the latest year it
    writes in full (its text's, or an update's), so "22/12/06" above a text naming 2022
    is 6 December 2022. Of several left, a page in no script whose dates put the year
    first is not read so: "25/12/22" over an English text is 25 December 2022, not 22
    December 2025. None where that rules out all readings or leaves more than one (day
    and month either way round): a refusal, never a guess."""
    latest = max((int(y) for text in texts for y in _YEAR.findall(text)), default=0)
    left = [r for r in readings if int(r[:4]) >= latest]
    if (
        len(left) > 1
        and year_first in left
        and not any(_YEAR_FIRST_SCRIPT.search(text) for text in texts)
    ):
        left.remove(year_first)
    return left[0] if len(left) == 1 else None


def _body(
    lines: tuple[str, ...], kinds: list[Kind], begin: int, start: int, bylines: dict[int, Byline]
) -> list[int]:
    """The article's lines from `begin` (its headline) on; comments and the footer end
    it only from `start` (its first paragraphs) on: above, a "Comments" link is a
    control like any other."""
    kept: list[int] = []
    listing = False  # inside a list of other stories
    for i in range(begin, len(lines)):
        kind = kinds[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if i >= start and (closes(kind) or is_comment_start(lines[i], following)):
            break
        if kind is Kind.SECTION:
            listing = True
        if kind is not Kind.TEXT or i in bylines or read_byline(lines[i]) is not None:
            continue
        if listing and not (_opens_text(lines, kinds, i) or _is_long(lines[i])):
            continue
        listing = False
        kept.append(i)
    # An article ends with a paragraph: what follows its last is a caption's credit or
    # a list of links with no heading; or with one of the lists `closes_article` reads.
    end = len(kept)
    while end and not _ends_paragraph(lines[kept[end - 1]]):
        end -= 1
    while end < len(kept):
        before = lines[kept[end - 1]] if end else ""
        after = (*(lines[i] for i in kept[end + 1 : end + 3]), "", "")
        if not closes_article(lines[kept[end]], before, (after[0], after[1])):
            break
        end += 1
    return kept[:end]


def _is_long(line: str) -> bool:
    """A paragraph longer than a teaser's summary: the article goes on after a list,
    though a caption stands between its paragraphs."""
    return _is_paragraph(line) and len(line.split(None, _LONG_WORDS)) > _LONG_WORDS


def _ends_paragraph(line: str) -> bool:
    return sentence_end(line) or line.rstrip("\"'”’) ").endswith(("?", "!", ":"))
