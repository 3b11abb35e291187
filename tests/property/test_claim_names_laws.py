"""Laws of validator.cli.claim_names: an id typed with a claim's id in other case, with
slashes out of place, or with spaces and invisible characters around its parts is
always told that claim first (with any id that differs from it only as the typed one
does); and no suggestion is ever anything but a claim's id."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.cli.claim_names import close_ids
from validator.model.names import normalise_name
from validator.model.result import ClaimRecord, Result, Verdict

from .strategies import hostile_text

SETTINGS = settings(max_examples=300, deadline=None)

_part = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)
_ids = st.lists(st.tuples(_part, _part).map("/".join), min_size=1, max_size=8, unique=True)
_around = st.sampled_from(["", "/", "//", " ", "\n", "\t", "\u200b", "\r\n"])


def _result(full_ids: list[str]) -> Result:
    claims = tuple(
        ClaimRecord(
            i, i.split("/")[0], i.split("/")[1], "f.yaml", 1, 1, "S", "p", "v", Verdict.SUPPORTED
        )
        for i in full_ids
    )
    return Result(findings=(), claims=claims, sources=(), files=())


@SETTINGS
@given(_ids, st.data())
def test_the_claim_meant_comes_first(full_ids: list[str], data: st.DataObject) -> None:
    meant = data.draw(st.sampled_from(full_ids))
    source, claim = meant.split("/")
    before, between, after = (data.draw(_around) for _ in range(3))
    typed = f"{before}{source}/{between}{claim}{after}"
    if data.draw(st.booleans()):
        typed = typed.upper()
    found = close_ids(_result(full_ids), typed)
    # Ids that differ only where the typed one was changed (`a-b/c`, `a/b-c`) are as
    # likely to be meant: those come first, the one meant among them.
    alike = [i for i in found if normalise_name(i) == normalise_name(meant)]
    assert found[: len(alike)] == alike
    assert meant in alike or len(alike) == 3
    assert len(found) == len(set(found)) <= 3


@SETTINGS
@given(_ids, hostile_text)
def test_only_claims_are_suggested_at_most_three_each_once(full_ids: list[str], typed: str) -> None:
    found = close_ids(_result(full_ids), typed)
    assert set(found) <= set(full_ids)
    assert len(found) == len(set(found)) <= 3
