"""Loops of `broader` links: found once, named from where they begin to the closing link."""

from __future__ import annotations

from validator.dataset.broader_loops import broader_loop, loop_problem
from validator.dataset.model import Entity


def entities(**broader: tuple[str, ...]) -> dict[str, Entity]:
    return {
        name: Entity(id=name, kind="award", names=(name.upper(),), broader=links)
        for name, links in broader.items()
    }


def test_a_tree_and_a_shared_parent_make_no_loop() -> None:
    """Two entities under one parent, and one under both: reached twice, not a loop."""
    assert broader_loop(entities(a=("c",), b=("c",), d=("a", "b"), c=())) is None


def test_a_loop_not_through_the_first_entity_is_named_from_where_it_begins() -> None:
    """`a` leads into the loop b -> c -> d -> b; the loop is named without `a`."""
    assert broader_loop(entities(a=("b",), b=("c",), c=("d",), d=("b",))) == [
        "b",
        "c",
        "d",
        "b",
    ]


def test_an_unknown_parent_is_left_to_its_own_problem() -> None:
    assert broader_loop(entities(a=("nowhere",), b=("a",))) is None


def test_a_chain_of_100000_entities_is_walked_without_recursion() -> None:
    """A recursive walk stopped at a thousand levels; a loop at the chain's end is found."""
    count = 100_000
    chain = {f"e{n}": (f"e{n + 1}",) for n in range(count - 1)}
    assert broader_loop(entities(**chain, **{f"e{count - 1}": ()})) is None
    found = broader_loop(entities(**chain, **{f"e{count - 1}": (f"e{count - 2}",)}))
    assert found == [f"e{count - 2}", f"e{count - 1}", f"e{count - 2}"]


def test_a_long_loop_is_shortened_and_a_long_id_too() -> None:
    long = "x" * 100
    loop = [long, *(f"e{n}" for n in range(9)), long]
    assert loop_problem(loop) == (
        f"'e8' is narrower than '{'x' * 79}…', which closes a loop of `broader` links "
        f"({'x' * 79}… → e0 → e1 → e2 → … → e8 → {'x' * 79}…): each entity in it would be "
        "narrower than itself; remove one of the links, or make them one entity with all "
        "their names"
    )
