"""The content of the HTML report's matrix (validator.report._matrix): which rows and
columns are shown, in what order, which rows have a problem, and what explains them."""

from __future__ import annotations

import pytest

from validator.model.findings import Finding, Severity, make_finding
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.report import _matrix
from validator.report._matrix import MATRIX_COLUMNS, MATRIX_ROWS, build_matrix, row_codes


def _claim(
    full_id: str,
    subject: str = "Kate Winslet",
    prop: str = "age",
    verdict: Verdict = Verdict.SUPPORTED,
    **fields: object,
) -> ClaimRecord:
    source, _, claim = full_id.partition("/")
    return ClaimRecord(
        full_id,
        source,
        claim,
        f"{source}.yaml",
        1,
        1,
        subject,
        prop,
        "1",
        verdict,
        **fields,  # type: ignore[arg-type]
    )


def _source(source_id: str) -> SourceRecord:
    return SourceRecord(source_id, f"{source_id}.yaml", 1, "Outlet", "Title", "2022-12-07")


def _result(
    claims: list[ClaimRecord], findings: tuple[Finding, ...] = (), sources: tuple[str, ...] = ()
) -> Result:
    return Result(
        findings=findings,
        claims=tuple(claims),
        sources=tuple(map(_source, sources)),
        files=(),
    )


def _rows(result: Result) -> list[tuple[str, str, bool, bool, list[str]]]:
    matrix = build_matrix(result)
    assert matrix is not None
    return [
        (r.subject, r.property, r.problem, r.invalid, [c.full_id for c in r.claims])
        for r in matrix.rows
    ]


def test_no_claims_no_matrix() -> None:
    assert build_matrix(_result([])) is None
    assert build_matrix(_result([], (make_finding("E101", "unreadable"),), ("a",))) is None


def test_problem_rows_first_then_invalid_ones_then_the_rest_each_by_name() -> None:
    claims = [
        _claim("a/1", "zed", "age"),
        _claim("a/2", "Bea", "age", Verdict.INVALID),
        _claim("b/3", "alma", "height", Verdict.REFUTED),
        _claim("b/4", "Alma", "age"),
        _claim("a/5", "alma", "age", Verdict.DISPUTED),
        _claim("c/6", "Zed", "born", Verdict.INVALID),
    ]
    assert _rows(_result(claims)) == [
        ("alma", "age", True, False, ["a/5"]),
        ("alma", "height", True, False, ["b/3"]),
        ("Bea", "age", False, True, ["a/2"]),
        ("Zed", "born", False, True, ["c/6"]),
        ("Alma", "age", False, False, ["b/4"]),
        ("zed", "age", False, False, ["a/1"]),
    ]


def test_claims_about_one_entity_share_its_row_however_written() -> None:
    claims = [
        _claim("a/1", "Kate", subject_id="kate-winslet"),
        _claim("b/2", "Kate Winslet", subject_id="kate-winslet"),
        _claim("c/3", "Mia", "acted_in", forward=("i-am-ruth", "cast_member")),
        _claim("d/4", "I Am Ruth", "cast_member", subject_id="i-am-ruth"),
    ]
    rows = _rows(_result(claims))
    assert [claims for *_, claims in rows] == [["c/3", "d/4"], ["a/1", "b/2"]]
    # A row is named by its first claim: the inverse claim's by the entity it is about.
    assert [(subject, prop) for subject, prop, *_ in rows] == [
        ("i-am-ruth", "cast_member"),
        ("Kate", "age"),
    ]


def test_a_contradicted_claim_makes_a_problem_row_and_findings_explain_claims() -> None:
    findings = (
        make_finding("X301", "a against b", claims=("a/1", "b/2")),
        make_finding("D202", "less precise", claims=("a/1",)),  # not a why section
        make_finding("D201", "refuted", claims=("c/3",)),
        make_finding("E101", "unreadable"),  # names no claim
    )
    claims = [_claim("a/1"), _claim("b/2"), _claim("c/3", "Other")]
    matrix = build_matrix(_result(claims, findings))
    assert matrix is not None
    assert matrix.contradicted == {"a/1", "b/2"}
    assert matrix.explained == {"a/1": [0], "b/2": [0], "c/3": [2]}
    assert [(r.subject, r.problem) for r in matrix.rows] == [
        ("Kate Winslet", True),
        ("Other", False),
    ]


def test_a_finding_of_a_code_the_table_does_not_know_explains_by_its_section() -> None:
    unknown = (
        Finding("Z901", Severity.ERROR, "new error", claims=("a/1",)),
        Finding("Z902", Severity.INFO, "new info", claims=("a/1",)),
    )
    matrix = build_matrix(_result([_claim("a/1")], unknown))
    assert matrix is not None
    assert matrix.explained == {}
    assert matrix.contradicted == set()


def test_columns_are_the_sources_in_their_order_unknown_ones_last_by_id() -> None:
    claims = [_claim("zz/1"), _claim("b/2"), _claim("a/3"), _claim("yy/4")]
    matrix = build_matrix(_result(claims, sources=("b", "a")))
    assert matrix is not None
    assert matrix.columns == ["b", "a", "yy", "zz"]
    assert (matrix.left_rows, matrix.left_columns) == (0, 0)


def test_rows_and_columns_past_the_bounds_are_counted_problem_ones_kept() -> None:
    sources = tuple(f"s{n:03}" for n in range(MATRIX_COLUMNS + 5))
    claims = [_claim(f"{s}/c", "Alike") for s in sources]
    claims.append(_claim(f"{sources[-1]}/bad", "Wrong", verdict=Verdict.REFUTED))
    claims += [_claim(f"s000/r{n}", f"Row {n:04}") for n in range(MATRIX_ROWS)]
    matrix = build_matrix(_result(claims, sources=sources))
    assert matrix is not None
    assert len(matrix.rows) == MATRIX_ROWS
    # "Wrong" first, "Alike", then all but the last two "Row" rows.
    assert [r.subject for r in matrix.rows[:3]] == ["Wrong", "Alike", "Row 0000"]
    assert (matrix.rows[-1].subject, matrix.left_rows) == (f"Row {MATRIX_ROWS - 3:04}", 2)
    assert len(matrix.columns) == MATRIX_COLUMNS
    assert matrix.left_columns == 5
    # The source of the problem row is shown though it is the last; the rest in order.
    assert matrix.columns == [*sources[: MATRIX_COLUMNS - 1], sources[-1]]


def test_bounds_are_read_when_the_matrix_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_matrix, "MATRIX_ROWS", 1)
    monkeypatch.setattr(_matrix, "MATRIX_COLUMNS", 1)
    matrix = build_matrix(_result([_claim("a/1", "A"), _claim("b/2", "B")], sources=("a", "b")))
    assert matrix is not None
    assert [r.subject for r in matrix.rows] == ["A"]
    assert (matrix.columns, matrix.left_rows, matrix.left_columns) == (["a"], 1, 0)


def test_row_codes_are_the_codes_behind_a_row_in_the_findings_order() -> None:
    findings = (
        make_finding("D201", "first", claims=("b/2",)),
        make_finding("X301", "contradiction", claims=("a/1", "b/2")).acknowledge("known"),
        make_finding("D201", "second", claims=("a/1",)).acknowledge("known"),
        make_finding("X301", "again", claims=("a/1", "b/2")).acknowledge("known"),
        make_finding("D202", "not shown", claims=("a/1",)),
    )
    result = _result([_claim("a/1"), _claim("b/2")], findings)
    matrix = build_matrix(result)
    assert matrix is not None
    [row] = matrix.rows
    assert row_codes(result, matrix, row) == {
        "D201": (findings[0], False),
        "X301": (findings[1], True),
    }


def test_a_row_without_findings_has_no_codes() -> None:
    result = _result([_claim("a/1")])
    matrix = build_matrix(result)
    assert matrix is not None
    assert row_codes(result, matrix, matrix.rows[0]) == {}
