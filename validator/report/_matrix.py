"""The content model of the HTML report's matrix: subject/property rows against source
columns, which rows have a problem, and what explains them. Plain data, no markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import attrgetter

from validator.model.findings import CODES, Finding
from validator.model.result import ClaimRecord, Result, Verdict

from ._content import row_label
from ._sections import section_of

__all__ = [
    "MATRIX_COLUMNS",
    "MATRIX_ROWS",
    "Matrix",
    "Row",
    "build_matrix",
    "row_codes",
]

# The matrix shows at most this many subject/property rows (rows with problems first)
# and source columns; consistency.json has every claim.
MATRIX_ROWS = 300
MATRIX_COLUMNS = 60

_PROBLEM_VERDICTS = frozenset({Verdict.REFUTED, Verdict.DISPUTED})
_INVALID = Verdict.INVALID
_CONTRADICTIONS = frozenset(c for c, info in CODES.items() if info.section == "contradictions")
# The report sections whose findings explain why a matrix row has a problem, or why
# its claims could not be checked.
_WHY_SECTIONS = frozenset({"contradictions", "refuted", "disputed", "invalid"})
# Whether each code's findings are in one of those sections (see section_of).
_EXPLAINS = {code: info.section in _WHY_SECTIONS for code, info in CODES.items()}
_FULL_ID = attrgetter("full_id")
_SOURCE_ID = attrgetter("source_id")


@dataclass
class Row:
    subject: str
    property: str
    claims: list[ClaimRecord] = field(default_factory=list)
    problem: bool = False  # a claim is refuted, disputed or contradicted
    invalid: bool = False  # a claim could not be checked

    def rank(self) -> int:
        """Problem rows first, then rows with invalid claims, then the rest."""
        return 0 if self.problem else 1 if self.invalid else 2


@dataclass
class Matrix:
    """The rows and columns shown, and what the cells need to know."""

    rows: list[Row]
    columns: list[str]  # source ids, in the sources' order
    contradicted: set[str]  # full ids of claims party to a contradiction
    explained: dict[str, list[int]]  # full id -> numbers of the findings that explain it
    left_rows: int  # rows not shown
    left_columns: int  # sources not shown


def _findings_index(result: Result) -> tuple[set[str], dict[str, list[int]]]:
    contradicted: set[str] = set()
    explained: dict[str, list[int]] = {}
    for n, f in enumerate(result.findings):
        claims = f.claims
        if not claims:
            continue
        code = f.code
        if code in _CONTRADICTIONS:
            contradicted.update(claims)
        why = _EXPLAINS.get(code)
        if why is None:  # a code the table does not know
            why = section_of(f) in _WHY_SECTIONS
        if why:
            for claim_id in claims:
                explained.setdefault(claim_id, []).append(n)
    return contradicted, explained


def _rows(result: Result, contradicted: set[str]) -> list[Row]:
    """Every row: problem rows first, then rows with invalid claims, each by name."""
    rows: dict[tuple[str, str], Row] = {}
    # Once per claim, so kept lean: claims are only split by source for the rows and
    # columns shown, which spares a list per row and source (a hundred thousand on a
    # large corpus, and the garbage collector's passes over them).
    for claim in result.claims:
        key = claim.forward or (claim.subject_id or claim.subject, claim.property)
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(*row_label(result, claim))
        row.claims.append(claim)
        verdict = claim.verdict
        if not row.problem and (verdict in _PROBLEM_VERDICTS or claim.full_id in contradicted):
            row.problem = True
        if verdict is _INVALID:
            row.invalid = True
    ordered = sorted(
        rows.items(),
        key=lambda item: (item[1].rank(), item[1].subject.casefold(), item[1].property, item[0]),
    )
    return [row for _, row in ordered]


def _columns(result: Result, shown: list[Row]) -> tuple[list[str], int]:
    """The sources shown (those with problem rows first, up to the limit), in the
    sources' order, and how many were left out."""
    order = {s.id: i for i, s in enumerate(result.sources)}
    problem_sources: set[str] = set()
    all_sources: set[str] = set()
    for row in shown:
        row_sources = set(map(_SOURCE_ID, row.claims))
        all_sources |= row_sources
        if row.problem:
            problem_sources |= row_sources

    def rank(source_id: str) -> tuple[int, int, str]:
        return (source_id not in problem_sources, order.get(source_id, len(order)), source_id)

    columns = sorted(all_sources, key=rank)[:MATRIX_COLUMNS]
    columns.sort(key=lambda s: (order.get(s, len(order)), s))
    return columns, len(all_sources) - len(columns)


def build_matrix(result: Result) -> Matrix | None:
    """The matrix of `result`, or None when it has no claims."""
    contradicted, explained = _findings_index(result)
    rows = _rows(result, contradicted)
    if not rows:
        return None
    shown = rows[:MATRIX_ROWS]
    columns, left_columns = _columns(result, shown)
    return Matrix(shown, columns, contradicted, explained, len(rows) - len(shown), left_columns)


def row_codes(result: Result, matrix: Matrix, row: Row) -> dict[str, tuple[Finding, bool]]:
    """The codes of the findings behind a row, in the findings' order, each with its
    first finding there and whether all its findings there are acknowledged."""
    # map and chain keep this loop over every claim of the row in C.
    found = map(matrix.explained.get, map(_FULL_ID, row.claims), repeat(()))
    codes: dict[str, tuple[Finding, bool]] = {}
    for n in sorted(set(chain.from_iterable(found))):
        f = result.findings[n]
        first, acknowledged = codes.get(f.code, (f, True))
        codes[f.code] = (first, acknowledged and f.acknowledged)
    return codes
