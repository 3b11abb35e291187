"""A text that breaks a schema's pattern is told the form it stands for, where it has
one, and never a form that would break the pattern again."""

from __future__ import annotations

import pytest

from validator.model.codes import CODE_PATTERN as CODE
from validator.parse.pattern_words import mended_form, pattern_hint

ID, NAME, URL = "^[a-z0-9][a-z0-9-]*$", "^[a-z][a-z0-9_]*$", "^https?://"
DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


@pytest.mark.parametrize(
    ("pattern", "written", "mended"),
    [
        (ID, "Mia Age", "; write 'mia-age'"),
        (NAME, "Cast member", "; write 'cast_member'"),
        (CODE, "d201 ", "; write 'D201'"),
        (URL, "www.example.com/story", "; write 'https://www.example.com/story'"),
        (URL, " example.co.uk:8080/a?b=c ", "; write 'https://example.co.uk:8080/a?b=c'"),
        (URL, "javascript:alert(1)", ""),
        (URL, "ftp://example.com/file", ""),
        (URL, "the print edition", ""),
        (URL, "localhost/story", ""),
        # The form but for space around it, as a spreadsheet's cell or a quoted value
        # keeps it: said, as quoted in the message the space is hard to see.
        (DATE, "2022-12-07 ", "; it has a space after it: write '2022-12-07'"),
        (
            URL,
            " https://example.com/a",
            "; it has a space before it: write 'https://example.com/a'",
        ),
        (ID, "  tyla  ", "; it has spaces before and after it: write 'tyla'"),
        (NAME, "\tage\n", "; it has white space before and after it: write 'age'"),
        (CODE, "D201\n", "; it has a line break after it: write 'D201'"),
        (ID, "Mia Age ", "; write 'mia-age'"),  # more than the space is wrong
        # A date in an id written with slashes, a list's commas: words all the same.
        (ID, "The Desk 2022/12/09", "; write 'the-desk-2022-12-09'"),
        (ID, "Tyla, 7 Dec", "; write 'tyla-7-dec'"),
        (ID, "   ", ""),
        (ID, "line\nbreak", ""),
        (ID, 7, ""),
    ],
)
def test_the_form_a_text_stands_for(pattern: str, written: object, mended: str) -> None:
    assert mended_form(pattern, written) == mended


def test_each_pattern_is_put_in_words() -> None:
    assert pattern_hint(URL) == "a web address starting https:// or http://"
    assert pattern_hint(CODE) == "a finding code such as D201"
    assert pattern_hint("^[0-9]{4}(-[0-9]{2})?$") == (
        "a date such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"
    )
    assert pattern_hint("^x+$") == "matching ^x+$"
