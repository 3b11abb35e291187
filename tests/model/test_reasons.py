"""What an acknowledgement's reason must say (validator.model.reasons)."""

from __future__ import annotations

import pytest

from validator.model.reasons import unusable_reason


@pytest.mark.parametrize(
    "reason",
    [
        "Wrong as a running time: the film runs about 90 minutes without adverts.",
        "ok",
        "4",
        "Todos Santos is the festival the review names",  # a word that begins with one
        "The desk's TODO list had it; checked since: correct",  # not first
        "Kate Winslet's age was right on the day of printing",
        # Begun by such a word, but saying something.
        "TBC on the listing was replaced by 8 December; the date is right",
        '"TBD" is what the press release printed; the outlet copied it',
        "Todo el reparto está confirmado por Channel 4",
        "todo-list item from the desk resolved: figure is right",
        "FIXME tag in the CMS; the figure itself is correct",
    ],
)
def test_a_reason_that_says_something_is_usable(reason: str) -> None:
    assert unusable_reason(reason) is None


@pytest.mark.parametrize(
    ("reason", "problem"),
    [
        ("", "is blank"),
        (" \t\n\u3000", "is blank"),
        ("...", "holds no words ('...')"),
        ("\u2026", "holds no words ('\u2026')"),
        ("- ? -", "holds no words ('- ? -')"),
        ("  .\n.\t. ", "holds no words ('. . .')"),
        ("TODO", "is a placeholder ('TODO')"),
        ("tbd", "is a placeholder ('tbd')"),
        ("[TBC]", "is a placeholder ('[TBC]')"),
        ("FIXME: ask the desk", "is a placeholder ('FIXME: ask the desk')"),
        ("[todo] check the runtime", "is a placeholder ('[todo] check the ru…')"),
        ("TBD.", "is a placeholder ('TBD.')"),
        ("XXXX", "is a placeholder ('XXXX')"),
        # Quoted back cut short, on one line.
        ("todo:\n" + "check " * 10, "is a placeholder ('todo: check check c\u2026')"),
    ],
)
def test_a_reason_that_says_nothing_is_named(reason: str, problem: str) -> None:
    assert unusable_reason(reason) == problem
