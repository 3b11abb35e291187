"""An HTML page's standfirst: the line or two under the headline that sum up the article.

trafilatura takes an article's text from the block it finds holding its paragraphs, and
on a page that sets the headline and the standfirst above that block (a news site's
"standfirst" or "dek" beside its "article body") it left the standfirst out, though it
is the article's own words and often its claims in brief ("Winslet co-wrote this
improvised drama with Dominic Savage, and stars opposite her daughter"), or put it after
the article's last paragraph. Here the first line of some length between the page's
headline and the article's first paragraph is put (back) over that paragraph: not a
byline, no line of the page's furniture, nothing set apart in a figure or an aside,
nothing pruned.
"""

from __future__ import annotations

from .block_breaks import Line, opening_line, words
from .bylines import read_byline
from .furniture import Kind, kind_of

__all__ = ["with_standfirst"]

# A standfirst is a sentence, or most of one; a shorter line is a label or a kicker.
_MIN_WORDS = 8
# The lines between the headline and the first paragraph read: a standfirst, a byline,
# a date, a picture and its caption, a row of sharing links.
_WINDOW = 12


def with_standfirst(paragraphs: tuple[str, ...], lines: list[Line]) -> tuple[str, ...]:
    """`paragraphs` with the page's standfirst over the article's first paragraph, where
    trafilatura left it out."""
    first, start = opening_line(paragraphs, lines) or (None, None)
    if first is None or start is None:
        return paragraphs
    headline = next(
        (i for i in range(start - 1, max(-1, start - _WINDOW - 1), -1) if lines[i].heading),
        None,
    )
    if headline is None:
        return paragraphs
    known = [words(p) for p in paragraphs]
    for line in lines[headline + 1 : start]:
        if not _is_standfirst(line):
            continue
        if line.text not in known:
            return (*paragraphs[:first], line.text, *paragraphs[first:])
        # Kept, but where trafilatura's fallback put it, after the article's end.
        at = known.index(line.text)
        if at > first:
            rest = paragraphs[first:at] + paragraphs[at + 1 :]
            return (*paragraphs[:first], paragraphs[at], *rest)
        return paragraphs
    return paragraphs


def _is_standfirst(line: Line) -> bool:
    if line.pruned or line.set_apart or len(line.text.split(None, _MIN_WORDS)) < _MIN_WORDS:
        return False
    # A byline in words the byline reader does not know ("Words by Ellie Marsh | 5
    # December 2022") still has a part that is a date or a byline.
    if any(read_byline(part) is not None for part in (line.text, *line.text.split("|"))):
        return False
    return kind_of(line.text) is Kind.TEXT
