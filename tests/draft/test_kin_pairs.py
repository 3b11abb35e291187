"""Two people called together by what they are to each other ("The mother and
daughter"): where the pair's words end."""

from __future__ import annotations

from validator.draft.kin_pairs import pair_end


def test_a_pair_s_second_noun_ends_it() -> None:
    text = "The mother and daughter play Ruth and Freya."
    assert pair_end(text, len("The mother")) == len("The mother and daughter")
    assert pair_end("The father and son arrive.", len("The father")) == len("The father and son")


def test_no_pair_without_a_second_noun_calling_a_person() -> None:
    assert pair_end("The mother and the film arrive.", len("The mother")) is None
    assert pair_end("The mother and film arrive.", len("The mother")) is None
    assert pair_end("The mother, daughter and son arrive.", len("The mother")) is None
