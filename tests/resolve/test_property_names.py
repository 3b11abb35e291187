"""A property written as a label is told the dataset's name for it in its E102, never a
name the vocabulary does not have."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import validate

ROOT = Path(__file__).resolve().parents[2]
FORM = (
    "claims[0].property is the text {written!r}, which does not have the expected form "
    "(lowercase letters, digits and underscores, like birth_date)"
)


@pytest.mark.parametrize(
    ("written", "next_step"),
    [
        ("First broadcast", "; write 'first_broadcast'"),
        ("firstBroadcast", "; write 'first_broadcast'"),
        ("first-broadcast", "; write 'first_broadcast'"),
        ("Acted in", "; write 'acted_in'"),  # an inverse name is a name of the vocabulary
        ("Running time", "; did you mean 'runtime'?"),
        ("Directed by", "; did you mean 'created_by' or 'director'?"),
        ("Where it was shown", "; write the name of a property in the dataset's vocabulary"),
        # A name of the vocabulary with space around it is told so, and its name once.
        (" network", "; it has a space before it: write 'network'"),
        ("network\t", "; it has white space after it: write 'network'"),
        # Space and more: the vocabulary's name, as for any label.
        (" Network ", "; write 'network'"),
        ("netwrk ", "; did you mean 'network'?"),
    ],
)
def test_a_property_written_as_a_label_is_told_the_vocabulary_s_name(
    tmp_path: Path, written: str, next_step: str
) -> None:
    claim_file = tmp_path / "a.yaml"
    quoted = written.replace("\t", "\\t")
    claim_file.write_text(
        "source: {id: s, outlet: O, title: T, published: 2022-12-07}\nclaims:\n"
        f'  - {{id: c, subject: I Am Ruth, property: "{quoted}", value: Kate Winslet}}\n',
        encoding="utf-8",
    )
    result = validate(str(claim_file), dataset=str(ROOT / "dataset"), today=date(2026, 11, 21))
    assert [c.verdict.value for c in result.claims] == ["invalid"]
    (finding,) = result.findings
    assert (finding.code, finding.locations[0].line, finding.locations[0].column) == ("E102", 3, 43)
    assert finding.message == FORM.format(written=written) + next_step
