"""An HTML page's byline and date line over its article, where its metadata lacks them.

Many pages print who wrote the article and when in a paragraph of its own under the
headline, with no meta tag, JSON-LD or byline class saying so: `<p class="meta">By Jane
Smith, 8 December 2022</p>`. trafilatura leaves such a paragraph out of the text (it is
no sentence of the article), or keeps it as one: its author was lost either way, and
where the page had no other date the command asked for --published though the page
printed the date; kept in the text, its date was listed as one no cue placed. Here the
page's blocks just above the article's first paragraph are read as a plain-text copy's
byline lines are (`bylines`): the page's metadata first, the byline where it has none,
and the byline's paragraph out of the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .block_breaks import Line, opening_line, words
from .bylines import is_name, read_byline
from .page_copy import published_by

__all__ = ["names_only", "page_author", "page_byline"]

# The blocks above the first paragraph read for a byline: a headline, a standfirst, a
# picture's caption, the byline and its date, a row of sharing links.
_WINDOW = 8


@dataclass(frozen=True, slots=True)
class PageByline:
    paragraphs: tuple[str, ...]  # the text without the byline's paragraphs
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, or "/YYYY-MM-DD": on or before that day
    doubt: str | None = None  # a date in figures that reads two ways, and how
    updates: tuple[str, ...] = ()  # the days the byline says the page was updated

    def date_over(self, metadata: str | None) -> str | None:
        """The page's date: its metadata's, else the byline's; the byline's too where the
        metadata's is a day the byline says the page was updated (htmldate read
        "Updated: 9 December 2022 | Published: 8 December 2022" as the 9th)."""
        if metadata is None or (metadata in self.updates and self.published):
            return self.published
        return metadata


def page_byline(paragraphs: tuple[str, ...], lines: list[Line]) -> PageByline:
    """The byline over the article in the page's `lines` (see block_breaks), and
    `paragraphs` without those above the article's first paragraph that are bylines."""
    first, start = opening_line(paragraphs, lines) or (None, None)
    if first is None:
        return PageByline(paragraphs)
    above = (
        [line.text for line in lines[max(0, start - _WINDOW) : start]] if start is not None else []
    )
    found = [b for b in map(read_byline, above) if b is not None]
    kept = tuple(p for i, p in enumerate(paragraphs) if i >= first or read_byline(words(p)) is None)
    doubted = next((b.doubt for b in found if b.doubt), None)
    published = published_by(found)
    return PageByline(
        paragraphs=kept,
        author=next((b.author for b in reversed(found) if b.author), None),
        published=published,
        doubt=None if published else doubted,
        updates=tuple(
            b.date
            for line in above
            for part in line.split("|")
            if (b := read_byline(part)) is not None and b.date and b.updated
        ),
    )


def page_author(metadata: str | None, byline: str | None) -> str | None:
    """The page's author: its metadata's, unless a part of that is no name where the
    byline over the article names one (trafilatura read "By TV Desk | Thursday 8
    December 2022" as "TV Desk; Thursday")."""
    if metadata is None or (byline and not all(map(is_name, metadata.split("; ")))):
        return byline
    return metadata


def names_only(paragraph: str, author: str | None) -> bool:
    """Whether a paragraph is the author's name alone, or "By" and the name."""
    if not author:
        return False
    line = " ".join(paragraph.split()).casefold()
    name = " ".join(author.split()).casefold()
    return line in (name, f"by {name}")
