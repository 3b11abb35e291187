"""A claim's anchor in the HTML and Markdown reports: its full id where the id has the
form the schema allows, else `claim-` and 16 hex digits worked out from the id alone, so
an invalid id's cut note, spaces or quotes never reach an HTML id or a link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main
from validator.report._content import claim_anchor

CUT = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX … (2,965 more characters; the file has it whole at "


def test_a_valid_id_is_its_own_anchor_and_any_other_is_bounded_digits() -> None:
    assert claim_anchor("yahoo-2022-12/mia-age") == "claim-yahoo-2022-12/mia-age"
    longest = "a/" + "b" * 100
    assert claim_anchor(longest) == "claim-" + longest
    assert claim_anchor(f"longid/{CUT}claims[0].id)") == "claim-f039bf6a1cb923f1"
    # Two cut ids that keep the same characters are told apart by their places.
    assert claim_anchor(f"longid/{CUT}claims[1].id)") == "claim-e709dfd3d7570ffc"
    assert claim_anchor("a/" + "b" * 101) == "claim-65418a9a4fc32b56"
    assert claim_anchor("A/b") == "claim-3646f792d48811a3"
    assert claim_anchor("a/b\ud800") == "claim-3525447ea55b0ce5"  # a lone surrogate


def test_an_over_long_invalid_id_is_anchored_without_its_cut_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An id of 3,000 characters was anchored `claim-longid/XXX… (2,965 more characters;
    the file has it whole at claims[0].id)`: the message's cut note, with spaces, in an
    HTML id and a Markdown anchor."""
    claim = f"{{id: {'X' * 3000}, subject: Mia Threapleton, property: age, value: 22}}"
    source = "{id: longid, outlet: Ex, title: T, published: 2022-12-07}"
    claims_project(tmp_path, monkeypatch, {"long.yaml": f"source: {source}\nclaims: [{claim}]\n"})
    assert main(["--no-cache", "-q"]) == 1
    for name in ("consistency.html", "consistency.md"):
        text = (tmp_path / "reports" / name).read_text(encoding="utf-8")
        assert re.findall(r'id="(claim-[^"]*)"', text) == ["claim-f039bf6a1cb923f1"], name
        assert "#claim-longid" not in text, name
