"""The findings of a claim file's located problems: every one makes its claim (or the
file) invalid, but at most LISTED_PER_PLACE of a code are listed for each claim and for
the file outside its claims, and one more counts the rest."""

from __future__ import annotations

from tests.test_per_file import SOURCE
from validator.parse.claim_file import check_claim_file
from validator.parse.located import LISTED_PER_PLACE, Located, located_findings
from validator.read.files import Limits, LoadedFile, parse_text


def _problem(code: str, path: tuple[str | int, ...], line: int) -> Located:
    return Located(code, path, line, 3, f"problem at line {line}", f"key-{line}")


def test_a_place_lists_its_first_problems_then_counts_the_rest() -> None:
    located = [
        *(_problem("E101", ("claims", 1, "note"), line) for line in range(1, 26)),
        _problem("E102", ("claims", 1, "value"), 30),
        _problem("E101", ("claims", 0, "id"), 31),
        *(_problem("E101", ("x",), line) for line in range(40, 52)),
    ]
    placed = located_findings("c.yaml", located, ["s/a", "s/b"])
    assert placed.invalid == {0, 1} and placed.file_invalid
    shown = [(f.code, f.claims, str(f.location), f.message) for f in placed.findings]
    assert shown == [
        *(("E101", ("s/b",), f"c.yaml:{n}:3", f"problem at line {n}") for n in range(1, 11)),
        ("E102", ("s/b",), "c.yaml:30:3", "problem at line 30"),
        ("E101", ("s/a",), "c.yaml:31:3", "problem at line 31"),
        *(("E101", (), f"c.yaml:{n}:3", f"problem at line {n}") for n in range(40, 50)),
        (
            "E101",
            ("s/b",),
            "c.yaml:11:3",
            "15 more problems reading this claim, from here on, are not listed one by one; "
            "fix the 10 listed above, then run again",
        ),
        (
            "E101",
            (),
            "c.yaml:50:3",
            "2 more problems reading this file, from here on, are not listed one by one; "
            "fix the 10 listed above, then run again",
        ),
    ]
    assert len({f.fingerprint for f in placed.findings}) == len(placed.findings)


def _loaded(text: str) -> LoadedFile:
    loaded = parse_text(text, "p.yaml", Limits())
    assert isinstance(loaded, LoadedFile)
    return loaded


def test_a_file_of_many_duplicate_keys_and_tags_gets_a_bounded_list_of_findings() -> None:
    """Scenario: 300,000 duplicate keys in a 2.4 MB claim file were 300,000 findings
    (5 s, 420 MB, and as many lines in every report); so were 500,000 refused tags in
    2.5 MB. Each claim and the file get at most LISTED_PER_PLACE, then a count."""
    many = 50_000
    note = "{" + ", ".join(["k: 1"] * many) + "}"
    tags = "[" + ", ".join(["!t v"] * many) + "]"
    text = (
        SOURCE
        + f"  - {{id: a, subject: Mia, property: age, value: 22, note: {note}}}\n"
        + "  - {id: b, subject: Mia, property: age, value: 22}\n"
        + f"x: {tags}\n"
    )
    parsed, findings = check_claim_file(_loaded(text))
    counted = [
        (f.code, f.claims, f.message.split(" are ")[0])
        for f in findings
        if f.message.startswith(f"{many - 1 - LISTED_PER_PLACE:,} more")
        or f.message.startswith(f"{many - LISTED_PER_PLACE:,} more")
    ]
    assert counted == [
        ("E101", ("paper/a",), "49,989 more problems reading this claim, from here on,"),
        ("E101", (), "49,990 more problems reading this file, from here on,"),
    ]
    assert len(findings) == 2 * LISTED_PER_PLACE + 2 + 2  # and the schema's two E102s
    assert parsed.source is None  # `x` and its tags sit outside any claim
    assert [claim.full_id for claim in parsed.claims] == ["paper/a", "paper/b"]


def test_a_document_that_is_no_mapping_lists_its_problems_up_to_the_bound() -> None:
    text = "[" + ", ".join(["!t v"] * 30) + "]\n"
    _, findings = check_claim_file(_loaded(text))
    assert [f.code for f in findings] == ["E101"] * (LISTED_PER_PLACE + 1) + ["E102"]
    more = findings[LISTED_PER_PLACE]
    assert more.message.startswith("20 more problems reading this file")
    assert str(more.location) == f"p.yaml:1:{2 + 6 * LISTED_PER_PLACE}"


def test_a_problem_outside_the_claims_that_is_harmless_leaves_the_file_valid() -> None:
    """A problem outside the claims makes the file invalid unless `harmless` says it
    changes nothing the claims are checked with; it is listed all the same."""
    stray = _problem("E102", ("source", "colour"), 5)
    broken = _problem("E102", ("source", "published"), 6)

    def harmless(problem: Located) -> bool:
        return problem.path == ("source", "colour")

    placed = located_findings("c.yaml", [stray], ["s/a"], harmless)
    assert not placed.file_invalid and placed.invalid == set()
    assert [(f.code, str(f.location), f.message) for f in placed.findings] == [
        ("E102", "c.yaml:5:3", "problem at line 5")
    ]
    assert located_findings("c.yaml", [stray, broken], ["s/a"], harmless).file_invalid
    assert located_findings("c.yaml", [broken, stray], ["s/a"], harmless).file_invalid
    assert located_findings("c.yaml", [stray], ["s/a"]).file_invalid
