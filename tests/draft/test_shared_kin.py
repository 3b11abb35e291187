"""Whether a "whose" clause after a list names a relative every name of it shares
(validator/draft/shared_kin.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft.cue_parts import NAME_MARK
from validator.draft.mentions import Mention
from validator.draft.shared_kin import (
    child_listed,
    companion_listing,
    item_of_list,
    one_relative_after,
    shared_by_list,
)

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")


def _names(text: str, *named: tuple[str, str]) -> list[Mention]:
    return [Mention(text.index(n), text.index(n) + len(n), entity) for n, entity in named]


@pytest.mark.parametrize(
    ("text", "first", "shared"),
    [
        ("Mia and Joe, whose mother Kate Winslet plays Ruth", ("Mia", "mia-threapleton"), True),
        ("Mia and Joe, whose late dad was there", ("Mia", "mia-threapleton"), True),
        ("Mia and Joe, whose agent was there", ("Mia", "mia-threapleton"), False),
        ("Mia and Joe, who play her children", ("Mia", "mia-threapleton"), False),
        # Winslet is Joe's mother in the dataset: she is no sister of his.
        ("Kate and Joe, whose father Sam Mendes", ("Kate", "kate-winslet"), False),
    ],
)
def test_a_parent_is_shared_by_names_that_may_be_siblings(
    text: str, first: tuple[str, str], shared: bool
) -> None:
    names = _names(text, first, ("Joe", "joe-anders"))
    assert shared_by_list(DATASET, text, names[-1].end, names) is shared


def test_one_name_shares_with_no_one() -> None:
    text = "Joe, whose mother Kate Winslet"
    names = _names(text, ("Joe", "joe-anders"))
    assert shared_by_list(DATASET, text, 3, names) is False


def _marked(text: str, *names: str) -> str:
    """`text` with each of `names` marked as the draft marks a name the dataset knows."""
    for name in names:
        text = text.replace(name, NAME_MARK[0] + NAME_MARK[1] * (len(name) - 1))
    return text


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Kate Winslet, her daughter Mia and Joe attended", True),
        ("Kate Winslet, his real-life son, Mia and Joe attended", True),
        # No name before the comma, or no possessive: an appositive of the name before.
        ("Yesterday, her daughter Mia and Joe attended", False),
        ("Kate Winslet, mother of Mia and Joe, attended", False),
        ("Kate Winslet and her daughter Mia and Joe attended", False),
    ],
)
def test_a_relative_set_off_after_a_name_is_an_item_of_a_list(text: str, item: bool) -> None:
    marked = _marked(text, "Kate Winslet", "Mia", "Joe")
    assert item_of_list(marked, text.index("Mia")) is item


def test_a_singular_relative_after_a_list_is_its_last_names() -> None:
    text = "Mia, 22, Joe and Bear, 9, her son with Edward"
    assert one_relative_after(text, text.index(", 9"))
    text = "Mia and Joe, Kate's daughter by Jim"
    assert one_relative_after(text, text.index(","))
    text = "Mia and Joe, her children with Jim"
    assert not one_relative_after(text, text.index(","))


@pytest.mark.parametrize(
    ("text", "companion"),
    [
        ("son Joe with Sam Mendes and son Bear", True),
        ("son Joe, 18, with her ex Sam Mendes, and son Bear", True),
        ("son Joe with Sam Mendes", False),  # no next item
        ("pictured with Sam Mendes and son Bear", False),  # no name before "with"
        ("son Joe with Sam Mendes or son Bear", False),
    ],
)
def test_a_name_after_with_right_after_another_is_its_companion(text: str, companion: bool) -> None:
    names = ["Joe", "Sam Mendes"] if "Joe" in text else ["Sam Mendes"]
    marked = _marked(text, *names)
    start = text.index("Sam Mendes")
    assert companion_listing(marked, start, start + len("Sam Mendes")) is companion


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("shares daughter Mia, 22, with Jim, and son Joe", True),
        ("her daughter Mia and her son Joe", True),
        ("her stepdaughter Mia and stepson Joe", True),
        ("daughter Mia and children Joe and Bear", True),
        ("her daughter Mia has a son, Joe", False),  # no list: Mia's own son
        ("her friend Mia and son Joe", False),  # no child's word before the name
        ("her daughter Mia or son Joe", False),
    ],
)
def test_a_child_of_a_list_is_a_sibling_of_the_next(text: str, listed: bool) -> None:
    marked = _marked(text, "Mia", "Joe")
    start, subject = text.index("Mia"), text.index("Joe")
    assert child_listed(marked, start, start + 3, subject) is listed
