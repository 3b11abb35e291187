"""A claim id told the form to write where another claim has that id already is told a
free one (`validator.parse.id_words`)."""

from __future__ import annotations

from pathlib import Path

from validator import validate
from validator.parse.id_words import FreeIds

ROOT = Path(__file__).resolve().parents[2]
FORM = "which does not have the expected form (lowercase letters, digits and hyphens"


def test_an_id_told_another_claim_s_id_is_told_a_free_one(tmp_path: Path) -> None:
    """`Net` beside a claim `net` was told "write 'net'", and the next run an E103;
    `net 2` beside them is told 'net-2' still, which the first is not told too."""
    (tmp_path / "ids.yaml").write_text(
        "source: {id: ids, outlet: O, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - {id: Net, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: net, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: net 2, subject: I Am Ruth, property: network, value: Channel 4}\n"
        "  - {id: Cast, subject: I Am Ruth, property: network, value: Channel 4}\n",
        encoding="utf-8",
    )
    result = validate(
        [str(tmp_path / "ids.yaml")], dataset=str(ROOT / "dataset"), root=str(tmp_path)
    )
    assert [
        (f.code, f.locations[0].line, f.locations[0].column, f.message) for f in result.findings
    ] == [
        (
            "E102",
            3,
            10,
            f"claims[0].id is the text 'Net', {FORM}, like outlet-2024-05-01); write 'net-3' "
            "('net' is the id of claims[1])",
        ),
        (
            "E102",
            5,
            10,
            f"claims[2].id is the text 'net 2', {FORM}, like outlet-2024-05-01); write 'net-2'",
        ),
        (
            "E102",
            6,
            10,
            f"claims[3].id is the text 'Cast', {FORM}, like outlet-2024-05-01); write 'cast'",
        ),
    ]


def test_only_an_id_s_form_is_told_a_free_one() -> None:
    free = FreeIds([{"id": "net"}, {"id": "Net"}, "not a claim"])
    told = "claims[1].id is the text 'Net'; write 'net'"
    assert free(("claims", 1, "id"), told) == (
        "claims[1].id is the text 'Net'; write 'net-2' ('net' is the id of claims[0])"
    )
    # Another field, no form to write, or the claim's own id: as it was.
    assert free(("claims", 1, "subject"), told) == told
    assert free(("claims", 1, "id"), "claims[1].id is empty") == "claims[1].id is empty"
    assert free(("claims", 0, "id"), "claims[0].id; write 'net'") == "claims[0].id; write 'net'"
    assert FreeIds(None)(("claims", 0, "id"), told) == told
