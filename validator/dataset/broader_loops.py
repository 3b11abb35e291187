"""A loop of `broader` links in the dataset, found before the narrower sets are built.

An entity in such a loop is narrower than itself and than every other in it: a claim
naming it exactly as its fact does was told it was "supported, but less precise"
(D202), its set holding the whole loop and the fact's the entity alone. Two entities
each broader than the other are one thing under two names, which the dataset says
with one entity and both names; so a loop is the dataset's problem, named once with
the link that closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from validator.model.typography import shorten
from validator.read.files import LoadedFile
from validator.read.positions import JsonPath

from .model import Dataset, Entity, narrower_problem

__all__ = ["broader_loop", "index_broader", "loop_problem"]

Written = Mapping[str, tuple[Entity, LoadedFile, JsonPath]]  # each entity, where it is written


def index_broader(
    dataset: Dataset, written: Written, problem: Callable[[LoadedFile, JsonPath, str], None]
) -> None:
    """Build the dataset's narrower sets, or tell `problem` why not: a loop of `broader`
    links, at the list that closes it, or more pairs than `MAX_NARROWER`, at the entity
    where they passed it."""
    loop = broader_loop(dataset.entities)
    if loop is not None:
        _, loaded, path = written[loop[-2]]
        problem(loaded, (*path, "broader"), loop_problem(loop))
    elif (crowded := dataset.index()) is not None:
        _, loaded, path = written[crowded]
        problem(loaded, (*path, "id"), narrower_problem(shorten(crowded, limit=80)))


_SHOWN = 6  # entities of a loop named in the problem; a longer loop is shortened


def broader_loop(entities: Mapping[str, Entity]) -> list[str] | None:
    """The ids along the first loop of `broader` links, in the order of the links and
    ending where it began (`[a, b, a]`: a is narrower than b, b than a), or None. Each
    entity and link is visited once, without recursion: a chain of 100,000 entities is
    as cheap as 100,000 entities alone."""
    done: set[str] = set()
    for start in entities:
        if start in done:
            continue
        path = [start]
        on_path = {start}
        pending: list[Iterator[str]] = [iter(entities[start].broader)]
        while pending:
            parent = next(pending[-1], None)
            if parent is None:
                pending.pop()
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
                continue
            if parent in on_path:
                return [*path[path.index(parent) :], parent]
            if parent in done or parent not in entities:
                continue  # an unknown parent is reported on its own
            path.append(parent)
            on_path.add(parent)
            pending.append(iter(entities[parent].broader))
    return None


def loop_problem(loop: list[str]) -> str:
    """What the dataset is told about `loop` (from `broader_loop`), at the link that
    closes it: the last entity's `broader`."""
    ids = [shorten(entity_id, limit=80) for entity_id in loop]
    if len(ids) > _SHOWN:
        ids = [*ids[: _SHOWN - 2], "…", *ids[-2:]]
    return (
        f"'{ids[-2]}' is narrower than '{ids[-1]}', which closes a loop of `broader` links "
        f"({' → '.join(ids)}): each entity in it would be narrower than itself; remove "
        "one of the links, or make them one entity with all their names"
    )
