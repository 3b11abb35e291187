"""`--explain SOURCE/CLAIM` (validator.report.explain): the reasoning behind one claim's
verdict, its findings, the other sources that bear on it, every line terminal-safe."""

from __future__ import annotations

from validator.model.findings import Location, Side, make_finding
from validator.model.result import ClaimRecord, Result, Verdict
from validator.report.explain import explain


def _claim(
    full_id: str, value: str = "48", verdict: Verdict = Verdict.REFUTED, **fields: object
) -> ClaimRecord:
    source, _, claim = full_id.partition("/")
    base: dict[str, object] = {
        "full_id": full_id,
        "source_id": source,
        "claim_id": claim,
        "file": f"claims/{source}.yaml",
        "line": 4,
        "column": 12,
        "subject": "Kate Winslet",
        "property": "age",
        "value": value,
        "verdict": verdict,
        "subject_id": "kate-winslet",
    }
    return ClaimRecord(**{**base, **fields})  # type: ignore[arg-type]


def _result(*claims: ClaimRecord, findings: tuple[object, ...] = ()) -> Result:
    return Result(findings=findings, claims=claims, sources=(), files=())  # type: ignore[arg-type]


def test_no_claim_with_that_id_is_none() -> None:
    result = _result(_claim("a/age"))
    assert explain(result, "a/ag\u0435") is None  # a Cyrillic e
    assert explain(result, "") is None
    assert explain(_result(), "a/age") is None


def test_a_claim_alone_is_its_place_what_it_says_its_steps_and_verdict() -> None:
    claim = _claim(
        "a/age",
        excerpt="her 48-year-old",
        as_of="2023-05-14",
        explanation=("claim: kate-winslet age = 48", "dataset: born 1975-10-05"),
    )
    assert explain(_result(claim), "a/age") == (
        "a/age (claims/a.yaml:4:12)\n"
        "  written: Kate Winslet age 48 (as of 2023-05-14)\n"
        '  excerpt: "her 48-year-old"\n'
        "  1. claim: kate-winslet age = 48\n"
        "  2. dataset: born 1975-10-05\n"
        "  verdict: refuted\n"
    )


def test_its_findings_acknowledged_or_not_and_the_sources_that_bear_on_it() -> None:
    mine = _claim("a/age", explanation=())
    other = _claim("b/age", "47", Verdict.SUPPORTED, line=9)
    same = _claim("c/age", "48", Verdict.REFUTED, line=2)
    unrelated = _claim("d/age", "50", Verdict.REFUTED)  # same subject, says another thing
    findings = (
        make_finding("D201", "claims 48; the dataset gives 47", claims=("a/age",)),
        make_finding("X301", "a says 48 against b says 47", claims=("a/age", "b/age")).acknowledge(
            "the source corrected it"
        ),
    )
    assert explain(_result(mine, other, same, unrelated, findings=findings), "a/age") == (
        "a/age (claims/a.yaml:4:12)\n"
        "  written: Kate Winslet age 48\n"
        "  findings:\n"
        "    D201 error: claims 48; the dataset gives 47\n"
        "    X301 error: a says 48 against b says 47 [acknowledged: the source corrected it]\n"
        "  other sources that bear on it:\n"
        "    b/age: 47 (supported; claims/b.yaml:9)\n"
        "    c/age: 48 (refuted; claims/c.yaml:2)\n"
        "  verdict: refuted\n"
    )


def test_a_disagreement_found_on_each_side_is_told_once() -> None:
    """Each side of a disagreement is a finding naming every claim of it, its own claims
    first: the explanation of a claim keeps the one placed on it."""
    sides = (
        Side(("48",), ("a",), ("a/age",), (Location("claims/a.yaml", 4, 12),), 1),
        Side(("47",), ("b",), ("b/age",), (Location("claims/b.yaml", 4, 12),), 1),
    )
    findings = (
        make_finding("X301", "48 against 47", claims=("a/age", "b/age"), sides=sides),
        make_finding("X301", "47 against 48", claims=("b/age", "a/age"), sides=sides[::-1]),
    )
    result = _result(_claim("a/age"), _claim("b/age", "47"), findings=findings)
    for full_id, message in (("a/age", "48 against 47"), ("b/age", "47 against 48")):
        text = explain(result, full_id)
        assert text is not None
        assert [line for line in text.splitlines() if "X301" in line] == [
            f"    X301 error: {message}"
        ]


def test_at_most_ten_other_sources_are_listed_then_how_many_more() -> None:
    claims = [_claim(f"s{n:02}/age", line=n) for n in range(13)]
    text = explain(_result(*claims), "s00/age")
    assert text is not None
    listed = [line for line in text.splitlines() if line.startswith("    s")]
    assert listed == [
        f"    s{n:02}/age: 48 (refuted; claims/s{n:02}.yaml:{n})" for n in range(1, 11)
    ]
    assert "    … and 2 more\n  verdict: refuted\n" in text


def test_hostile_text_is_shown_with_escapes_on_the_lines_it_belongs_to() -> None:
    claim = _claim(
        "a\n::error::x/age\u200b",
        value="48\x1b]0;owned\x07",
        file="claims/a\u202e.yaml",
        subject="::warning::Kate ##[error]",
        excerpt='she said "\r\nno"',
        explanation=("step\none",),
    )
    other = _claim("b/age\\u200b", value="48\x1b]0;owned\x07")
    text = explain(_result(claim, other), "a\n::error::x/age\u200b")
    assert text == (
        "a\\n::error::x/age\\u200b (claims/a\\u202e.yaml:4:12)\n"
        "  written: ::warning::Kate #\\x23[error] age 48\\x1b]0;owned\\x07\n"
        '  excerpt: "she said "\\r\\nno""\n'
        "  1. step\\none\n"
        "  other sources that bear on it:\n"
        "    b/age\\\\u200b: 48\\x1b]0;owned\\x07 (refuted; claims/b.yaml:4)\n"
        "  verdict: refuted\n"
    )


def test_the_qualifiers_a_claim_gives_are_written_in_name_order() -> None:
    """What the claim wrote includes its qualifiers, as its steps write them; so does
    each other source's claim, whose character may be what differs."""
    mine = _claim(
        "a/cast",
        "Mia",
        Verdict.SUPPORTED,
        property="cast_member",
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        as_of="2022-12-07",
        qualifiers=(("character", "Freya"), ("note", "lead")),
    )
    other = _claim(
        "b/cast",
        "Mia",
        Verdict.REFUTED,
        property="cast_member",
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        qualifiers=(("character", "Ruth"),),
    )
    assert explain(_result(mine, other), "a/cast") == (
        "a/cast (claims/a.yaml:4:12)\n"
        "  written: I Am Ruth cast_member Mia, character Freya, note lead (as of 2022-12-07)\n"
        "  other sources that bear on it:\n"
        "    b/cast: Mia, character Ruth (refuted; claims/b.yaml:4)\n"
        "  verdict: supported\n"
    )


def test_a_hostile_qualifier_is_shown_with_escapes() -> None:
    claim = _claim("a/age", qualifiers=(("role\n::error::x", "Fr\x1b[31meya\u202e"),))
    text = explain(_result(claim), "a/age")
    assert text == (
        "a/age (claims/a.yaml:4:12)\n"
        "  written: Kate Winslet age 48, role\\n::error::x Fr\\x1b[31meya\\u202e\n"
        "  verdict: refuted\n"
    )


def test_an_invalid_claim_is_explained_by_the_problem_of_its_file() -> None:
    """An unknown field of `source` makes every claim of its file invalid and names
    none of them: the explanation said "verdict: invalid" and not why. The file's
    problems of invalidating codes are its findings; another file's, or a warning, are
    not."""
    claim = _claim("uk/c1", verdict=Verdict.INVALID)
    at = Location("claims/uk.yaml", 6, 3)
    findings = (
        make_finding("E102", "unknown field 'language' in source", locations=(at,)),
        make_finding("E102", "of another file", locations=(Location("claims/x.yaml", 6, 3),)),
        make_finding("D203", "a file's warning", locations=(at,)),
    )
    assert explain(_result(claim, findings=findings), "uk/c1") == (
        "uk/c1 (claims/uk.yaml:4:12)\n"
        "  written: Kate Winslet age 48\n"
        "  findings:\n"
        "    E102 error: unknown field 'language' in source\n"
        "  verdict: invalid\n"
    )
    # A claim that is not invalid is not explained by its file's problems.
    valid = _claim("uk/c1", verdict=Verdict.REFUTED)
    assert "E102" not in (explain(_result(valid, findings=findings), "uk/c1") or "")
