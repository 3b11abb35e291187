"""Laws of the sides shown beside findings: a side worked out from shared work
(`SidesWithout`, one per group of claims) is exactly the side built afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from validator.model.values import Span
from validator.rules.source_sides import SidesWithout, make_side

from .strategies import resolved_claim
from .test_check_laws import DATASET, SETTINGS

RUNTIME = DATASET.properties["runtime"]
_SOURCES = [f"s{n}" for n in range(6)]

# Claims of up to six sources with a few values, so that values and sources repeat.
_claims = st.lists(st.tuples(st.sampled_from(_SOURCES), st.integers(0, 3)), max_size=30)
# Sources sharing wording: some sources mapped to one of two groups.
_groups = st.dictionaries(st.sampled_from(_SOURCES), st.sampled_from(["g1", "g2"]), max_size=6)


@SETTINGS
@given(_claims, _groups, st.integers(0, 6), st.booleans())
def test_a_side_without_one_source_is_the_side_of_the_other_claims(
    drawn: list[tuple[str, int]], groups: dict[str, str], limit: int, mixed: bool
) -> None:
    claims = [
        resolved_claim(source, n, Span(float(value), float(value)), RUNTIME)
        for n, (source, value) in enumerate(drawn)
    ]
    shared = SidesWithout(claims, mixed, groups, limit)
    for source in [*_SOURCES, "unknown"]:
        others = [c for c in claims if c.source_id != source]
        expected = make_side(others, mixed, groups, limit=limit)
        assert shared.without(source) == expected
        assert shared.without(source) is shared.without(source)  # worked out once
