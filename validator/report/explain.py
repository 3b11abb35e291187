"""`--explain SOURCE/CLAIM`: the reasoning behind one claim's verdict, step by step (as
JSON: `explain_json`).

Every line is `terminal_safe`: claim text is shown with its control and bidi characters
as escapes, and each claim's id is a `label`, as the text format shows it."""

from __future__ import annotations

from validator.model.codes import INVALIDATING
from validator.model.findings import Finding
from validator.model.result import ClaimRecord, Result, Verdict

from .escaping import label, terminal_safe

__all__ = ["explain", "gathered"]

_MAX_OTHERS = 10


def _once_each(findings: list[Finding], full_id: str) -> list[Finding]:
    """The findings about a claim, a disagreement between sides that tie told once.

    Such a disagreement is a finding on each side (DESIGN section 4), each naming every
    claim of it, mirrored ("1 source says 90 against 1 source says 100", then "100
    against 90"): the explanation of one of its claims keeps the one placed on it."""
    groups: dict[tuple[str, frozenset[str]], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.code, frozenset(finding.claims)), []).append(finding)
    kept = []
    for finding in findings:
        group = groups[(finding.code, frozenset(finding.claims))]
        placed = next((f for f in group if f.claims[0] == full_id), group[0])
        if finding is placed:
            kept.append(finding)
    return kept


def _said(claim: ClaimRecord) -> str:
    """The claim's value and its qualifiers, in name order, as its steps write them:
    `Mia, character Freya`."""
    return claim.value + "".join(f", {name} {value}" for name, value in claim.qualifiers)


def explain(result: Result, full_id: str) -> str | None:
    """The explanation as text, or None when no claim has that id."""
    found = gathered(result, full_id)
    if found is None:
        return None
    claim, own, others = found
    lines = [
        f"{label(claim.full_id)} ({claim.file}:{claim.line}:{claim.column})",
        f"  written: {claim.subject} {claim.property} {_said(claim)}"
        + (f" (as of {claim.as_of})" if claim.as_of else ""),
    ]
    if claim.excerpt:
        lines.append(f'  excerpt: "{claim.excerpt}"')
    for number, step in enumerate(claim.explanation, start=1):
        lines.append(f"  {number}. {step}")
    if own:
        lines.append("  findings:")
        for finding in own:
            mark = f" [acknowledged: {finding.acknowledgement}]" if finding.acknowledged else ""
            lines.append(f"    {finding.code} {finding.severity.value}: {finding.message}{mark}")
    if others:
        lines.append("  other sources that bear on it:")
        for other in others[:_MAX_OTHERS]:
            lines.append(
                f"    {label(other.full_id)}: {_said(other)} ({other.verdict.value}; "
                f"{other.file}:{other.line})"
            )
        if len(others) > _MAX_OTHERS:
            lines.append(f"    … and {len(others) - _MAX_OTHERS:,} more")
    lines.append(f"  verdict: {claim.verdict.value}")
    # Claim text goes to a terminal: each line made safe whole, so none can break in two,
    # move the cursor, or start a workflow command.
    return "\n".join(map(terminal_safe, lines)) + "\n"


def gathered(
    result: Result, full_id: str
) -> tuple[ClaimRecord, list[Finding], list[ClaimRecord]] | None:
    """The claim, its findings (each disagreement once), and the other sources' claims
    that bear on it, those its findings name first; None when no claim has that id."""
    claim = result.claim(full_id)
    if claim is None:
        return None
    own = _once_each([f for f in result.findings if full_id in f.claims], full_id)
    if claim.verdict is Verdict.INVALID:
        # A problem outside any claim (an unknown field of `source`) makes every claim of
        # the file invalid and names none: the explanation said "invalid", not why.
        own[:0] = [
            f
            for f in result.findings
            if not f.claims
            and f.code in INVALIDATING
            and f.location is not None
            and f.location.file == claim.file
        ]
    # The claims about the same subject that bear on this one: those its findings name
    # (the other sides of a disagreement, the sources agreeing with the dataset, with
    # the same property or another: a birth date agrees with an age) and those saying
    # the same thing; not every quote of the same speaker or every other entry of a list.
    related = {c for f in own for c in f.claims}
    related.update(c for f in own for side in f.sides for c in side.claims)
    subject = claim.subject_id or claim.subject
    others = sorted(
        (
            c
            for c in result.claims
            if c.source_id != claim.source_id
            and (c.subject_id or c.subject) == subject
            and (c.full_id in related or (c.property == claim.property and c.value == claim.value))
        ),
        key=lambda c: (c.full_id not in related, c.full_id),
    )
    return claim, own, others
