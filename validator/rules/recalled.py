"""How a rule across sources names a part of its work for `Across.recall`.

A part (a group of claims about one subject and property) is named by a digest of
everything its findings read: the rule, the group's key, each member's token (which
fixes the claim and its verdict, see `Across.tokens`) and the group of each member's
source among those that share wording (the whole run's, so named here). A part whose
name is unchanged since an earlier run may take that run's outcome; anything else
recalled is checked for its shape first (`is_group_outcome`), and a value of another
shape is computed afresh.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import cast

from validator.model.findings import Finding, Side
from validator.model.result import Verdict
from validator.model.values import Span, ValueSet
from validator.resolve.claims import ResolvedClaim

__all__ = [
    "GroupOutcome",
    "claim_token",
    "group_name",
    "is_findings",
    "is_group_outcome",
    "is_tokens",
]

# What a group found: its findings, and for each refuted claim in it what its D201 adds
# (the claim's full id; its own side, the agreeing side, how many other sources and the
# first few of them by id).
GroupOutcome = tuple[
    tuple[Finding, ...], tuple[tuple[str, tuple[Side, Side, int, tuple[str, ...]]], ...]
]


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _set(value: ValueSet) -> tuple[float | bool | None, ...] | tuple[str, ...]:
    if isinstance(value, Span):
        return (value.low, value.high, value.low_open, value.high_open)
    return tuple(sorted(value.members))


_PLAIN = (str, int, float, bool, type(None))


def claim_token(claim: ResolvedClaim, verdict: Verdict) -> str:
    """A digest of every field of a resolved claim and its verdict: within one run's
    dataset and code, two claims with the same token are the same to every rule. (The
    property is named: the dataset, which defines it, is the same.) The fields go in as
    plain values through `marshal` format 2, which, unlike pickle, writes equal values
    alike whether or not they are the same object; a value read as a mapping or list is
    written as its repr."""
    location = claim.location
    raw = claim.raw_value
    qualifiers = tuple((name, _set(values), shown) for name, values, shown in claim.qualifiers)
    fields = (
        claim.full_id,
        claim.source_id,
        claim.file,
        location.file,
        location.line,
        location.column,
        claim.subject,
        claim.written_subject,
        claim.prop.name,
        claim.written_property,
        claim.inverted,
        _set(claim.value),
        claim.value_display,
        qualifiers,
        claim.value_signed,
        _set(claim.as_of),
        claim.as_of_display,
        raw if type(raw) in _PLAIN else repr(raw),
        claim.excerpt,
        verdict.value,
    )
    return hashlib.blake2b(marshal.dumps(fields, 2), digest_size=16).hexdigest()


def is_tokens(value: object) -> bool:
    """Whether a value recalled is a file's claims' tokens."""
    return isinstance(value, tuple) and all(isinstance(token, str) for token in value)


def group_name(
    rule: str,
    key: Sequence[str],
    claims: Iterable[ResolvedClaim],
    tokens: Mapping[str, str],
    groups: Mapping[str, str],
) -> Hashable | None:
    """The name of a group of `claims` for `rule`, or None when a member has no token
    (it cannot be recalled: it is computed). Members are named in the order of their
    ids, so the order they came in does not matter; separators cannot occur in ids.
    With no tokens at all (no cache), None at once: naming sorts every member's id."""
    if not tokens:
        return None
    claims = list(claims)
    named = list(map(tokens.get, sorted(claim.full_id for claim in claims)))
    if None in named:
        return None
    digest = hashlib.sha256(_encoded("\x1f".join((rule, *key))))
    # Tokens are hex digits: joined, they are read back one way only. Hashed at once:
    # a group may have thousands of members.
    digest.update(_encoded("\0".join(cast("list[str]", named))))
    for source in sorted({claim.source_id for claim in claims}):
        group = groups.get(source)
        if group is not None:
            digest.update(_encoded(f"\0{source}\x1f{group}"))
    return (rule, digest.digest())


def is_findings(value: object) -> bool:
    """Whether a value recalled is a list of findings."""
    return isinstance(value, list) and all(isinstance(finding, Finding) for finding in value)


def is_group_outcome(value: object) -> bool:
    """Whether a value recalled has the shape of a `GroupOutcome`."""
    if not (isinstance(value, tuple) and len(value) == 2):
        return False
    found, agreed = value
    return (
        isinstance(found, tuple)
        and all(isinstance(finding, Finding) for finding in found)
        and isinstance(agreed, tuple)
        and all(_is_agreement(item) for item in agreed)
    )


def _is_agreement(item: object) -> bool:
    if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
        return False
    sides = item[1]
    return (
        isinstance(sides, tuple)
        and len(sides) == 4
        and isinstance(sides[0], Side)
        and isinstance(sides[1], Side)
        and type(sides[2]) is int
        and isinstance(sides[3], tuple)
        and all(type(source) is str for source in sides[3])
    )
