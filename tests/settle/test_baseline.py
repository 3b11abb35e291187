"""Reading a baseline: a file the configuration may name, so one that comes with a pull
request; anything but a factlint baseline is one line saying so, never an internal
error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import validator.settle.baseline as baseline_module
from validator import validate
from validator.model.findings import make_finding
from validator.settle.baseline import (
    BaselineError,
    apply_baseline,
    parse_baseline,
    render_baseline,
    stated,
)

_ROOT = Path(__file__).resolve().parents[2]
CLAIMS, DATASET = str(_ROOT / "claims"), str(_ROOT / "dataset")

ENTRY = (
    '{"factlint_baseline": 1, "findings": [{"fingerprint": "ab12", "code": "D201", '
    '"claims": ["s/a", "t/b"], "reason": %s}]}'
)
KEY = stated("ab12", "D201", ("s/a", "t/b"))


def test_a_baseline_gives_each_findings_reason() -> None:
    assert parse_baseline(ENTRY % '"checked"', "b.json") == {KEY: "checked"}
    assert parse_baseline(ENTRY % "null", "b.json") == {KEY: "in the baseline"}
    longest = "a" * 5_000
    assert parse_baseline(ENTRY % json.dumps(longest), "b.json") == {KEY: longest}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "b.json: not a factlint baseline (nested too deeply)"),
        (
            ENTRY % ("9" * 5_000),
            "b.json: not a factlint baseline (a number with too many digits)",
        ),
        ("{", "b.json:1:2: not JSON: Expecting property name enclosed in double quotes"),
        ("[]", "b.json: not a factlint baseline (format 1)"),
        # Equal to 1 in Python, but not the format's number.
        (
            '{"factlint_baseline": true, "findings": []}',
            "b.json: not a factlint baseline (format 1)",
        ),
        (
            '{"factlint_baseline": 1.0, "findings": []}',
            "b.json: not a factlint baseline (format 1)",
        ),
        (
            ENTRY % json.dumps("a" * 5_001),
            "b.json: findings[0].reason has 5,001 characters, more than an "
            "acknowledgement's reason may (5,000); shorten it",
        ),
        (
            ENTRY.replace('"code": "D201"', '"code": 201') % "null",
            "b.json: findings[0] should name its finding's code (text) and claims (a list of "
            "ids), as --write-baseline writes them",
        ),
        (
            ENTRY.replace('["s/a", "t/b"]', '"s/a"') % "null",
            "b.json: findings[0] should name its finding's code (text) and claims (a list of "
            "ids), as --write-baseline writes them",
        ),
        # A fingerprint alone names no finding a reviewer of the diff can see.
        (
            '{"factlint_baseline": 1, "findings": [{"fingerprint": "ab12"}]}',
            "b.json: findings[0] should name its finding's code (text) and claims (a list of "
            "ids), as --write-baseline writes them",
        ),
    ],
)
def test_what_is_not_a_baseline_is_one_line_saying_so(text: str, message: str) -> None:
    """Arrays nested past Python's recursion limit, and a number of more digits than
    Python converts, ended the run in an internal error. A reason longer than a claim
    file's acknowledgement may give was copied whole into every report beside its
    finding: one of 100 MB was a line of 100 MB in the log and 200 MB of HTML."""
    with pytest.raises(BaselineError) as caught:
        parse_baseline(text, "b.json")
    assert str(caught.value) == message


def _baseline(*entries: dict[str, object]) -> str:
    return json.dumps({"factlint_baseline": 1, "findings": list(entries)})


def test_an_entry_accepts_only_the_finding_whose_code_and_claims_it_names() -> None:
    """A baseline may come with a pull request, and is reviewed as a diff. An entry that
    read as a warning on a claim already there (code D203, its claim, its message) but
    carried the fingerprint of the pull request's new D201 accepted the D201: the run
    passed, and the diff showed a warning accepted. Now an entry accepts a finding only
    of the code and claims it names, and every entry names them."""
    error = make_finding("D201", "refuted", claims=("pr-src/mia-age",))
    other = make_finding("D203", "unverifiable", claims=("ok-src/note",))
    fingerprint = error.fingerprint
    misleading = _baseline(
        {"fingerprint": fingerprint, "code": "D203", "claims": ["ok-src/note"], "reason": "ok"}
    )
    accepted = parse_baseline(misleading, "b.json")
    assert accepted == {stated(fingerprint, "D203", ("ok-src/note",)): "ok"}
    assert [f.acknowledged for f in apply_baseline([error, other], accepted)] == [False, False]
    # Named as it is: accepted.
    entry = {"fingerprint": fingerprint, "code": "D201", "claims": ["pr-src/mia-age"]}
    found = apply_baseline([error, other], parse_baseline(_baseline(entry), "b.json"))
    assert [f.acknowledgement for f in found] == ["baseline: in the baseline", None]
    for entry in (
        {"fingerprint": fingerprint, "code": "D203", "claims": ["pr-src/mia-age"]},
        {"fingerprint": fingerprint, "code": "D201", "claims": ["ok-src/note"]},
        {"fingerprint": fingerprint, "code": "D201", "claims": []},
    ):
        found = apply_baseline([error], parse_baseline(_baseline(entry), "b.json"))
        assert not found[0].acknowledged


def test_an_entry_cannot_move_one_field_into_another_with_a_separator() -> None:
    """The three were compared joined by control characters: a second claim written
    inside the first (`"a/b\u001ec/d"`, one odd claim in a diff) or the code inside the
    fingerprint accepted the finding of two claims, or of that code."""
    error = make_finding("D201", "refuted", claims=("s/a", "t/b"))
    fingerprint = error.fingerprint
    for entry in (
        {"fingerprint": fingerprint, "code": "D201", "claims": ["s/a\x1et/b"]},
        {"fingerprint": f"{fingerprint}\x1fD201", "code": "s/a\x1et/b", "claims": []},
        {"fingerprint": fingerprint, "code": "D201\x1fs/a", "claims": ["t/b"]},
    ):
        found = apply_baseline([error], parse_baseline(_baseline(entry), "b.json"))
        assert not found[0].acknowledged, entry
    entry = {"fingerprint": fingerprint, "code": "D201", "claims": ["s/a", "t/b"]}
    assert apply_baseline([error], parse_baseline(_baseline(entry), "b.json"))[0].acknowledged


def test_a_written_baseline_accepts_every_finding_it_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = validate([CLAIMS], dataset=DATASET)
    accepted = parse_baseline(render_baseline(result), "b.json")
    listed = [f for f in result.findings if not f.acknowledged]
    assert listed
    assert all(f.acknowledged for f in apply_baseline(listed, accepted))


def test_a_baseline_of_more_values_than_findings_need_is_refused_before_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scenario: a configured baseline of 64 MiB of `{}` took 1.7 GB, each built before
    any was checked, and one of 256 MiB (the most read) would have taken 6.7 GB. Its
    commas and opening brackets are counted first, which bounds what Python builds."""
    limit = baseline_module._MAX_VALUES
    text = '{"factlint_baseline": 1, "findings": [' + ",".join(["{}"] * (limit // 2 - 1)) + "]}"
    assert text.count(",") + text.count("[") + text.count("{") == limit  # the first refused

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the baseline was built")

    monkeypatch.setattr(baseline_module.json, "loads", never)
    with pytest.raises(BaselineError) as caught:
        parse_baseline(text, "b.json")
    assert str(caught.value) == (
        "b.json: too large to be read as a baseline (more than 6,000,000 values, where one "
        "holds about nine a finding); if it is one, fix or acknowledge findings and write it "
        "again with --write-baseline"
    )


def test_a_baseline_just_within_the_count_of_values_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ENTRY % '"checked"'
    counted = text.count(",") + text.count("[") + text.count("{")
    monkeypatch.setattr(baseline_module, "_MAX_VALUES", counted + 1)
    assert parse_baseline(text, "b.json") == {KEY: "checked"}
    monkeypatch.setattr(baseline_module, "_MAX_VALUES", counted)
    with pytest.raises(BaselineError):
        parse_baseline(text, "b.json")


def test_a_written_baseline_holds_fewer_than_nine_values_and_a_half_a_finding() -> None:
    """What the count allows covers a written baseline of the most bytes read."""
    result = validate([CLAIMS], DATASET)
    text = render_baseline(result)
    findings = len(json.loads(text)["findings"])
    counted = text.count(",") + text.count("[") + text.count("{")
    assert findings > 30 and counted < 9.5 * findings
    assert 9.5 * (256 * 1024 * 1024 / (len(text) / findings)) < baseline_module._MAX_VALUES
