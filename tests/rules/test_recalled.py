"""How a rule across sources names a part of its work (`rules.recalled`): a claim's token
changes with any field of the claim or its verdict, and a group's name with any
member's token and its source's group of shared wording, not with the members' order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.property.strategies import resolved_claim
from validator.dataset.load import load_dataset
from validator.model.findings import Finding, Location, Severity, Side
from validator.model.result import Verdict
from validator.model.values import Choice, Span
from validator.resolve.claims import ResolvedClaim
from validator.rules.recalled import (
    claim_token,
    group_name,
    is_findings,
    is_group_outcome,
    is_tokens,
)

ROOT = Path(__file__).resolve().parents[2]
PROPERTIES = load_dataset(str(ROOT / "dataset")).properties.values()
PROP = next(p for p in PROPERTIES if p.single)
OTHER_PROP = next(p for p in PROPERTIES if p.name != PROP.name)


def _claim(source: str = "a", number: int = 1, **fields: Any) -> Any:
    return resolved_claim(source, number, Span(1.0, 2.0), PROP)._replace(**fields)


def test_a_token_changes_with_any_field_and_the_verdict() -> None:
    claim = _claim()
    token = claim_token(claim, Verdict.UNDETERMINED)
    assert token == claim_token(_claim(), Verdict.UNDETERMINED)
    # One other value per field of a resolved claim; a field added to ResolvedClaim
    # fails here until `claim_token` writes it too (a token that missed a field would
    # let a run recall an outcome made from another claim).
    others: dict[str, list[Any]] = {
        "full_id": ["a/other"],
        "source_id": ["other"],
        "file": ["other.yaml"],
        "location": [Location("a.yaml", 3, 12), Location("b.yaml", 1, 1)],
        "subject": ["other"],
        "written_subject": ["other"],
        "prop": [OTHER_PROP],
        "written_property": ["other"],
        "inverted": [True],
        "value": [Span(1.0, 2.0, high_open=True), Choice(frozenset({"x"}))],
        "value_display": ["other"],
        "qualifiers": [(("character", Choice(frozenset({"x"})), "X"),)],
        "value_signed": [True],
        "as_of": [Span(0.0, 1.0)],
        "as_of_display": ["2023"],
        "raw_value": ["1", {"about": 1}],
        "excerpt": ["", "other"],
    }
    assert tuple(others) == ResolvedClaim._fields
    edits = [(name, value) for name, values in others.items() for value in values]
    assert all(value != getattr(claim, name) for name, value in edits)
    changed = [claim._replace(**{name: value}) for name, value in edits]
    tokens = {claim_token(other, Verdict.UNDETERMINED) for other in changed}
    assert len(tokens) == len(changed) and token not in tokens
    assert claim_token(claim, Verdict.REFUTED) != token


def test_a_group_is_named_by_its_members_whatever_their_order() -> None:
    claims = [_claim("a", 1), _claim("b", 2), _claim("c", 3)]
    tokens = {c.full_id: claim_token(c, Verdict.SUPPORTED) for c in claims}
    name = group_name("sources", ("s", "p"), claims, tokens, {})
    assert name == group_name("sources", ("s", "p"), claims[::-1], tokens, {})
    assert name != group_name("quotes", ("s", "p"), claims, tokens, {})
    assert name != group_name("sources", ("s", "q"), claims, tokens, {})
    assert name != group_name("sources", ("s", "p"), claims[:2], tokens, {})
    assert name != group_name("sources", ("s", "p"), claims, {**tokens, "b/c2": "x"}, {})
    # The group of sources that share wording each member's source is in counts too.
    assert name != group_name("sources", ("s", "p"), claims, tokens, {"a": "a", "z": "a"})
    assert name == group_name("sources", ("s", "p"), claims, tokens, {"y": "y", "z": "y"})
    # A member without a token: the group cannot be named.
    assert group_name("sources", ("s", "p"), claims, {"a/c1": "t"}, {}) is None
    # No tokens at all (a run without a cache): None, without reading the members.
    unread = iter([claims[0]])
    assert group_name("sources", ("s", "p"), unread, {}, {}) is None
    assert next(unread) is claims[0]


def test_the_shapes_of_what_may_be_recalled() -> None:
    finding = Finding("X301", Severity.ERROR, "m")
    side = Side(("1",), ("a",), ("a/c1",), (Location("a.yaml", 1, 1),), 1)
    assert is_findings([finding]) and is_findings([])
    assert not is_findings((finding,)) and not is_findings([finding, "x"])
    assert is_group_outcome(((finding,), (("a/c1", (side, side, 2, ("b", "c"))),)))
    assert is_group_outcome(((finding,), (("a/c1", (side, side, 2, ())),)))
    assert not is_group_outcome(((finding,), (("a/c1", (side, side, "2", ())),)))
    # An outcome of the shape before the other sources were named is worked out afresh.
    assert not is_group_outcome(((finding,), (("a/c1", (side, side, 2)),)))
    assert not is_group_outcome(((finding,), (("a/c1", (side, side, 2, ["b"])),)))
    assert not is_group_outcome(((finding,), (("a/c1", (side, side, 2, ("b", 3))),)))
    assert not is_group_outcome(([finding], ()))
    assert not is_group_outcome(((finding,),))
    assert is_tokens(("a", "")) and not is_tokens(["a"]) and not is_tokens(("a", 1))
