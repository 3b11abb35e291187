"""A percentage written as a share of 1: 0.99 where the source said 99%, as a
spreadsheet exports a percentage. A value is read as written (DESIGN section 2: a bare
number is in the property's unit), so 0.99 for a percentage is 0.99%, which may be what
the source said. Where that reading decides a finding, the finding gives the percentage
the number is as a share of 1 and what to write if the source meant that: a claim held
against a fact said so (`fact_words.read_as`), but one the dataset cannot check, or one
that other claims contradict, said only "0.99%". A value written with the sign ("0.99%")
says the percentage meant, and is told nothing of a share of 1. Nor is 1 (or 1.0), the
commonest share a spreadsheet exports (100%, a perfect score), unless another claim or
the dataset gives 100: 1% is as often what the source said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from validator.dataset.model import PropertyDef
from validator.model.property_types.registry import describe_set
from validator.model.values import Span, ValueSet, overlaps
from validator.resolve.claims import ResolvedClaim, Statement

__all__ = ["claim_share", "share_given", "share_note", "share_of_one", "share_words"]

# The claims an X301 or X303 looks through for a share of 1: a group may hold thousands.
_LOOKED = 20


def share_of_one(
    value: ValueSet, prop: PropertyDef, written: str, whole: bool = False
) -> tuple[str, str] | None:
    """(the number, the percentage it is as a share of 1) for a percentage property's
    value `written` as one number between 0 and 1 (0.99: "0.99", "99"), else None: an
    interval or an approximate value is no spreadsheet's export. `whole`: 1 too ("1",
    "100"), for a caller that finds 100 given beside it (`_WHOLE`)."""
    if prop.type != "percent" or not isinstance(value, Span):
        return None
    if value.low is None or value.high is None or ".." in written or written.startswith("about"):
        return None
    middle = (value.low + value.high) / 2  # a tolerance widens a number both ways
    if not (0 < middle < 1 or (whole and middle == 1)):
        return None
    return describe_set(Span(middle, middle), "number", None), f"{middle * 100:.6g}"


def claim_share(claim: Statement | ResolvedClaim, whole: bool = False) -> tuple[str, str] | None:
    """`share_of_one` of a claim's value; None where it was written with its sign
    ("0.99%"), which says the writer meant 0.99 percent: such a value was told too that
    it is read as 0.99% and to write 99 if that was meant."""
    if claim.value_signed:
        return None
    return share_of_one(claim.value, claim.prop, claim.value_display, whole)


# 100%, which 1 is as a share of 1: only a claim or a fact giving it makes 1 a share.
_WHOLE = Span(100.0, 100.0)


def share_given(
    claim: Statement | ResolvedClaim, values: Iterable[ValueSet]
) -> tuple[str, str] | None:
    """`claim_share` of a claim where nothing it is held against is known to give the
    percentage (the dataset has no fact at its date): a number under 1 as ever, and 1
    where one of `values` (the dataset's at other times) gives 100, as a spreadsheet's
    export of a perfect score would. A plain 1 beside none is told nothing: 1% is as
    likely what the source said as 100%."""
    found = claim_share(claim)
    if found is not None:
        return found
    whole = claim_share(claim, whole=True)
    return whole if whole is not None and any(overlaps(v, _WHOLE) for v in values) else None


def share_words(shown: str, percent: str, agreeing: str = "") -> str:
    """The words for a share of 1 (`share_of_one`), with what to write last;
    `agreeing`: words on whom the percentage agrees with, after it."""
    return (
        f"{shown} is read as {shown}%, though as a share of 1, as a spreadsheet writes a "
        f"percentage, it is {percent}%{agreeing}: write {percent} if the source meant that"
    )


def share_note(members: Sequence[tuple[ResolvedClaim, ValueSet]]) -> str:
    """The next step for a contradiction (`members`: its claims and the sets compared)
    where a claim's number, as a share of 1, is the percentage another claim gives: the
    first such claim, and what to write; "" where there is none."""
    for claim, _ in members[:_LOOKED]:
        found = claim_share(claim, whole=True)  # 1 only where another claim gives 100
        if found is None:
            continue
        share = Span(float(found[1]), float(found[1]))
        other = next((o for o, value in members if o is not claim and overlaps(value, share)), None)
        if other is not None:
            return f"; {claim.full_id}'s {share_words(*found, f', as {other.full_id} gives')}"
    return ""
