"""A quotation's words as a claim records them."""

from __future__ import annotations

from validator.draft.quote_parts import without_closing_comma


def test_the_comma_closing_a_quotation_is_the_narration_s() -> None:
    assert without_closing_comma("It was honest,", True) == "It was honest"
    assert without_closing_comma("It was honest ,", True) == "It was honest"
    # Only a comma, and only where the quotation closes: a full stop ends what was said,
    # and words still open run on to the next paragraph.
    assert without_closing_comma("It was honest.", True) == "It was honest."
    assert without_closing_comma("It was honest,", False) == "It was honest,"
    assert without_closing_comma("Honest, true", True) == "Honest, true"
    assert without_closing_comma(",", True) == ""
