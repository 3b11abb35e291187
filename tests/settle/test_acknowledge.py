from __future__ import annotations

import json
from datetime import date
from importlib import resources

from validator.model.findings import Location, make_finding
from validator.settle.acknowledge import MAX_REASON, AckEntry, apply_acknowledgements

HERE = Location("claims/a.yaml", 5, 15)


def ack(code: str, until: str | None = None, claim: str = "a/c") -> AckEntry:
    return AckEntry(claim, code, "reviewed", until, HERE)


def test_a_matching_acknowledgement_marks_the_finding() -> None:
    finding = make_finding("X301", "m", claims=("a/c", "b/c"), key="k")
    (out,) = apply_acknowledgements([finding], [ack("X301", claim="b/c")], date(2026, 1, 1))
    assert out.acknowledged and out.acknowledgement == "reviewed"
    # Written on the second of its claims: the conclusion is about that one.
    assert out.acknowledged_by == "b/c"


def test_an_expired_acknowledgement_fails_again() -> None:
    finding = make_finding("D201", "claims x", claims=("a/c",), key="k")
    (out,) = apply_acknowledgements([finding], [ack("D201", "2025-12-31")], date(2026, 1, 1))
    assert not out.acknowledged
    assert out.message == (
        "claims x; its acknowledgement expired after 2025-12-31 (reviewed): review it again"
    )
    assert out.fingerprint == finding.fingerprint
    # The last day of its validity still counts.
    (kept,) = apply_acknowledgements([finding], [ack("D201", "2026-01-01")], date(2026, 1, 1))
    assert kept.acknowledged


def test_an_unused_acknowledgement_is_e108() -> None:
    (out,) = apply_acknowledgements([], [ack("D201")], date(2026, 1, 1))
    assert (out.code, out.severity.value, out.claims, out.locations) == (
        "E108",
        "warning",
        ("a/c",),
        (HERE,),
    )
    assert out.message == (
        "acknowledgement of D201 matches no finding of this claim; remove it or correct its code"
    )


def test_an_unused_acknowledgement_names_the_claim_s_own_codes() -> None:
    """A mistyped code (D209 for D201) was told only that it matched nothing: the E108
    now says when the code is none of factlint's, and which codes the claim's findings
    have, so the right one can be written."""
    findings = [
        make_finding("D201", "m", claims=("a/c",), key="k"),
        make_finding("X303", "m", claims=("a/c", "a/d"), key="k"),
        make_finding("D203", "m", claims=("b/c",), key="k"),
    ]
    out = apply_acknowledgements(findings, [ack("D209"), ack("X301")], date(2026, 1, 1))
    assert [f.message for f in out if f.code == "E108"] == [
        "acknowledgement of D209 matches no finding of this claim (D209 is no factlint "
        "code), whose findings are D201, X303; remove it or correct its code",
        "acknowledgement of X301 matches no finding of this claim, whose findings are D201, "
        "X303; remove it or correct its code",
    ]


def test_an_acknowledgement_on_a_claim_that_could_not_be_checked_waits() -> None:
    """A claim whose subject was misspelt after its D201 was acknowledged has an E104
    and no D201: its acknowledgement is not unused (removing it, as E108 said, lost the
    review once the subject was fixed). One of an input error's code, or of no code at
    all, is still unused."""
    findings = [make_finding("E104", "subject 'Mia Threapletn' ...", claims=("a/c",), key="k")]
    acks = [ack("D201"), ack("X301"), ack("E106"), ack("D209")]
    out = apply_acknowledgements(findings, acks, date(2026, 1, 1))
    assert [f.message for f in out if f.code == "E108"] == [
        "acknowledgement of E106 matches no finding of this claim, whose findings are E104; "
        "remove it or correct its code",
        "acknowledgement of D209 matches no finding of this claim (D209 is no factlint "
        "code), whose findings are E104; remove it or correct its code",
    ]


def test_a_review_renewed_beside_an_expired_one_holds() -> None:
    """A second acknowledgement of the code, added when the first expired, is the one
    that holds, whichever is written first: the finding failed again before."""
    finding = make_finding("D201", "claims x", claims=("a/c",), key="k")
    renewed = AckEntry("a/c", "D201", "renewed", "2027-01-01", HERE)
    for acks in ([ack("D201", "2025-12-31"), renewed], [renewed, ack("D201", "2025-12-31")]):
        (out,) = apply_acknowledgements([finding], acks, date(2026, 1, 1))
        assert out.acknowledged and out.acknowledgement == "renewed"


def test_a_repeated_acknowledgement_never_applies_and_is_e108() -> None:
    """Two acknowledgements of one code with the same `until` were accepted in silence,
    though the first always holds and the second's reason is never shown."""
    finding = make_finding("D201", "claims x", claims=("a/c",), key="k")
    first = AckEntry("a/c", "D201", "a", None, HERE)
    again = AckEntry("a/c", "D201", "b", None, Location("claims/a.yaml", 7, 15))
    same_line = AckEntry("a/c", "D201", "c", None, Location("claims/a.yaml", 5, 40))
    acked, *repeats = apply_acknowledgements([finding], [first, again, same_line], date(2026, 1, 1))
    assert acked.acknowledged and acked.acknowledgement == "a"
    assert [(f.code, f.claims, f.locations, f.message) for f in repeats] == [
        (
            "E108",
            ("a/c",),
            (Location("claims/a.yaml", 7, 15),),
            "acknowledgement of D201 repeats the one at line 5, which comes first and holds "
            "as long, so this one never applies; keep one of them",
        ),
        (
            "E108",
            ("a/c",),
            (Location("claims/a.yaml", 5, 40),),
            "acknowledgement of D201 repeats the one at line 5, column 15, which comes first "
            "and holds as long, so this one never applies; keep one of them",
        ),
    ]
    assert repeats[0].fingerprint != repeats[1].fingerprint


def test_only_the_same_until_is_a_repeat() -> None:
    """Another `until` is a renewal (it holds once the first lapses); the same day expires
    together, so its repeat never applies; another claim's is its own."""
    finding = make_finding("D201", "claims x", claims=("a/c", "b/c"), key="k")
    acks = [
        ack("D201", "2027-01-01"),
        ack("D201", "2028-01-01"),
        ack("D201", "2027-01-01"),
        ack("D201", "2027-01-01", claim="b/c"),
    ]
    out = apply_acknowledgements([finding], acks, date(2026, 1, 1))
    assert [(f.code, f.claims) for f in out] == [("D201", ("a/c", "b/c")), ("E108", ("a/c",))]


def test_repeats_that_match_no_finding_are_each_unused() -> None:
    out = apply_acknowledgements([], [ack("D201"), ack("D201")], date(2026, 1, 1))
    assert [f.message for f in out] == [
        "acknowledgement of D201 matches no finding of this claim; remove it or correct its code"
    ] * 2


def test_an_acknowledgement_of_an_unjudged_code_is_not_called_unused() -> None:
    """A run over part of the project cannot find what lies across sources: its
    acknowledgement of X301 is kept for the full run, while one of D201 is still E108."""
    acks = [ack("X301"), ack("D201")]
    out = apply_acknowledgements([], acks, date(2026, 1, 1), frozenset({"X301"}))
    assert [(f.code, f.message) for f in out] == [
        (
            "E108",
            "acknowledgement of D201 matches no finding of this claim; remove it or correct "
            "its code",
        )
    ]


def test_max_reason_is_the_claim_file_schemas_bound() -> None:
    """A baseline's reasons and `--reason` are bounded by the length the claim-file
    schema lets an acknowledgement's reason have: one bound, not three copies of it."""
    text = resources.files("validator").joinpath("schemas/claim-file.schema.json").read_text()
    found: list[int] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            reason = node.get("properties", {}).get("reason")
            if isinstance(reason, dict) and "maxLength" in reason:
                found.append(reason["maxLength"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(text))
    assert found == [MAX_REASON]
