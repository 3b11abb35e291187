"""Laws of a D201's agreement (`validator.rules.agreement`): the findings keep their
number and order, only a D201 of one claim in the agreement changes, and it keeps its
message whole around the note, before its last step."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.findings import Finding, Side, make_finding
from validator.rules.agreement import Agreement, with_agreement

from .strategies import hostile_text

SETTINGS = settings(max_examples=200, deadline=None)
OWN = Side(("1",), ("own",), ("own/c",), (), 1)

findings = st.lists(
    st.builds(
        lambda code, claims, message: make_finding(code, message, claims=claims),
        st.sampled_from(["D201", "D202", "E102"]),
        st.lists(st.sampled_from(["a/c", "b/c", "own/c"]), min_size=1, max_size=2).map(tuple),
        hostile_text,
    ),
    max_size=6,
)
agreements = st.dictionaries(
    st.sampled_from(["a/c", "b/c"]),
    st.builds(
        lambda sources, count, others: Agreement(
            OWN, Side(("2",), sources, (), (), min(count, len(sources))), others
        ),
        st.lists(st.sampled_from(["s1", "s2", "s3", "s4", "s5"]), unique=True).map(tuple),
        st.integers(min_value=0, max_value=5),
        st.integers(min_value=1, max_value=10_000),
    ),
)


@SETTINGS
@given(found=findings, agreement=agreements)
def test_only_a_d201_of_one_agreed_claim_changes_and_keeps_its_message(
    found: list[Finding], agreement: dict[str, Agreement]
) -> None:
    amended = with_agreement(found, agreement)
    assert len(amended) == len(found)
    for before, after in zip(found, amended, strict=True):
        if before.code != "D201" or len(before.claims) != 1 or before.claims[0] not in agreement:
            assert after == before
            continue
        assert (after.code, after.claims, after.key) == (before.code, before.claims, before.key)
        cut = before.message.rfind("; ")
        head, tail = (
            (before.message, "") if cut < 0 else (before.message[:cut], before.message[cut:])
        )
        assert after.message.startswith(head + "; ")
        assert after.message.endswith(tail)
        assert len(after.message) > len(before.message)
        assert after.sides == (OWN, agreement[before.claims[0]].agreeing)
