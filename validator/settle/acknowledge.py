"""Stage 5: apply reviewed acknowledgements to findings, and flag unused ones (E108).

An acknowledged finding stays in every report, marked, and no longer fails the run.
One past its `until` date fails again: a review has a shelf life. An acknowledgement
that repeats an earlier one of the same code and `until` on its claim never applies
(the earlier holds whenever it would), so it is flagged too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from validator.model.findings import CODES, Finding, Location, invalidated_claims, make_finding

__all__ = ["MAX_REASON", "UNUSED", "AckEntry", "apply_acknowledgements"]

# The longest reason an acknowledgement may give: the claim-file schema's maxLength for
# it, and so the bound on a baseline's reasons and on `--reason`.
MAX_REASON = 5000
# The code of an acknowledgement that matches no finding: itself never acknowledged.
UNUSED = "E108"


@dataclass(frozen=True, slots=True)
class AckEntry:
    claim: str  # full claim id
    code: str
    reason: str
    until: str | None
    location: Location


def _expired(ack: AckEntry, today: date) -> bool:
    return ack.until is not None and date.fromisoformat(ack.until) < today


def apply_acknowledgements(
    findings: list[Finding],
    acks: list[AckEntry],
    today: date,
    unjudged: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The findings with their acknowledgements applied, and E108 for each
    acknowledgement that matches none. One of a code in `unjudged` is never called
    unused: the run could not have found such a finding (one across sources, on a run
    over part of the project), and removing it would fail the next full run."""
    by_claim: dict[tuple[str, str], list[AckEntry]] = {}
    for ack in acks:
        by_claim.setdefault((ack.claim, ack.code), []).append(ack)
    used: set[int] = set()
    out: list[Finding] = []
    # Only a finding of a code some claim acknowledges can match: the others, most of
    # them, are not searched claim by claim (a finding may name thousands of claims).
    acknowledged = {ack.code for ack in acks}
    for finding in findings:
        if finding.code not in acknowledged:
            out.append(finding)
            continue
        match: AckEntry | None = None
        for claim in finding.claims:
            for ack in by_claim.get((claim, finding.code), ()):
                used.add(id(ack))
                # A review renewed beside an expired one (a second acknowledgement of
                # the code, later or without `until`) is the one that holds.
                if match is None or (_expired(match, today) and not _expired(ack, today)):
                    match = ack
        if match is None:
            out.append(finding)
        elif _expired(match, today):
            # `until` is the last day the acknowledgement holds (`_expired`).
            note = f"its acknowledgement expired after {match.until} ({match.reason})"
            out.append(
                replace(
                    finding,
                    message=f"{finding.message}; {note}: review it again",
                    details=(*finding.details, ("expired", note)),
                    fingerprint=finding.fingerprint,
                )
            )
        else:
            out.append(finding.acknowledge(match.reason, match.claim))
    unused = [ack for ack in acks if id(ack) not in used and ack.code not in unjudged]
    if unused:
        # A claim an E1xx kept from being checked has none of the findings the checks
        # give (a subject misspelt since its D201 was acknowledged): its acknowledgement
        # of one is not unused, and "remove it" would lose the review once the claim is
        # fixed. An input error's own code, or no code at all, is still reported.
        unchecked = invalidated_claims(findings)
        unused = [ack for ack in unused if not _awaits_check(ack, unchecked)]
    out.extend(_repeats(acks, used))
    if not unused:
        return out
    codes = _codes_of({ack.claim for ack in unused}, findings)
    for ack in unused:
        out.append(
            make_finding(
                UNUSED,
                f"acknowledgement of {ack.code} matches no finding of this claim"
                f"{_what_it_has(ack, codes.get(ack.claim, set()))}; remove it or correct "
                "its code",
                claims=(ack.claim,),
                locations=(ack.location,),
                key=f"ack:{ack.code}",
            )
        )
    return out


def _awaits_check(ack: AckEntry, unchecked: set[str]) -> bool:
    """Whether `ack` is of a check's code on a claim that could not be checked."""
    return ack.claim in unchecked and ack.code in CODES and not ack.code.startswith("E")


def _repeats(acks: list[AckEntry], used: set[int]) -> list[Finding]:
    """E108 for each used acknowledgement that repeats an earlier one of its claim with
    the same code and `until`: the earlier one is the match whenever this one could be
    (see the renewal rule above), so its reason is never shown. One with another
    `until` is left alone: a review renewed beside the old one holds once that lapses."""
    first: dict[tuple[str, str, str | None], AckEntry] = {}
    found: list[Finding] = []
    for ack in acks:
        earlier = first.setdefault((ack.claim, ack.code, ack.until), ack)
        if earlier is ack or id(ack) not in used:  # an unused one is E108 as unused
            continue
        found.append(
            make_finding(
                UNUSED,
                f"acknowledgement of {ack.code} repeats the one at {_place(earlier, ack)}, "
                "which comes first and holds as long, so this one never applies; keep one "
                "of them",
                claims=(ack.claim,),
                locations=(ack.location,),
                key=f"ack:{ack.code}:repeats:{ack.reason}",
            )
        )
    return found


def _place(earlier: AckEntry, ack: AckEntry) -> str:
    """Where `earlier` is, told apart from `ack` (both on one line in a flow list)."""
    line, column = earlier.location.line, earlier.location.column
    return f"line {line}" if line != ack.location.line else f"line {line}, column {column}"


def _codes_of(claims: set[str], findings: list[Finding]) -> dict[str, set[str]]:
    """The codes of the findings naming each of `claims`."""
    codes: dict[str, set[str]] = {}
    for finding in findings:
        for claim in claims.intersection(finding.claims):
            codes.setdefault(claim, set()).add(finding.code)
    return codes


def _what_it_has(ack: AckEntry, codes: set[str]) -> str:
    """What a mistyped code was likely meant to be: the claim's own findings' codes,
    and whether the code is one at all (`D209`)."""
    said = "" if ack.code in CODES else f" ({ack.code} is no factlint code)"
    if codes:
        said += f", whose findings are {', '.join(sorted(codes))}"
    return said
