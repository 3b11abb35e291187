"""What the text format adds at a terminal (validator.report.terminal): colours around
terminal-safe text, `--statistics` lines and `--show-source` excerpts."""

from __future__ import annotations

from validator.model.findings import Finding, Location, make_finding
from validator.report._text import finding_line
from validator.report.terminal import (
    COLOUR,
    PLAIN,
    Style,
    source_excerpt,
    statistics_lines,
    styled_line,
    styled_summary,
)

RED, YELLOW, CYAN, DIM, BOLD, GREEN, RESET = (
    "\x1b[1;31m",
    "\x1b[1;33m",
    "\x1b[1;36m",
    "\x1b[2m",
    "\x1b[1m",
    "\x1b[1;32m",
    "\x1b[0m",
)


def _at(code: str, file: str = "claims/a.yaml", line: int = 12, column: int = 5) -> Finding:
    return make_finding(code, "m", claims=("a/c",), locations=(Location(file, line, column),))


def test_plain_style_adds_nothing() -> None:
    assert Style() == PLAIN
    assert PLAIN.wrap(PLAIN.bold, "text") == "text"
    for code in ("D201", "D203", "S501"):
        assert PLAIN.severity(_at(code)) == ""


def test_each_severity_has_its_colour_and_an_acknowledged_finding_is_dim() -> None:
    assert COLOUR.severity(_at("D201")) == RED
    assert COLOUR.severity(_at("D203")) == YELLOW
    assert COLOUR.severity(_at("S501")) == CYAN
    assert COLOUR.severity(_at("D201").acknowledge("known")) == DIM
    assert COLOUR.wrap(RED, "x") == f"{RED}x{RESET}"
    assert COLOUR.wrap("", "x") == "x"


def test_a_styled_line_has_its_place_bold_and_its_code_coloured() -> None:
    finding = _at("D201")
    line = finding_line(finding)
    assert styled_line(line, finding, PLAIN) == line
    assert styled_line(line, finding, COLOUR) == (
        f"{BOLD}claims/a.yaml:12:5{RESET}: {RED}D201 error{RESET} a/c: m"
    )
    nowhere = make_finding("D203", "m")
    assert styled_line(finding_line(nowhere), nowhere, COLOUR) == f"{YELLOW}D203 warning{RESET}: m"


def test_a_styled_line_of_a_hostile_path_colours_it_as_shown() -> None:
    finding = _at("D201", file="claims/a\n\x1b[2J.yaml")
    line = finding_line(finding)
    assert styled_line(line, finding, COLOUR) == (
        f"{BOLD}claims/a\\n\\x1b[2J.yaml:12:5{RESET}: {RED}D201 error{RESET} a/c: m"
    )


def test_a_line_that_is_not_the_findings_is_left_as_it_is() -> None:
    assert styled_line("something else", _at("D201"), COLOUR) == "something else"


def test_the_summarys_last_word_is_coloured_by_the_outcome() -> None:
    assert styled_summary("3 claims: pass", True, COLOUR) == f"3 claims: {GREEN}pass{RESET}"
    assert styled_summary("3 claims: fail", False, COLOUR) == f"3 claims: {RED}fail{RESET}"
    assert styled_summary("3 claims: fail", False, PLAIN) == "3 claims: fail"
    assert styled_summary("3 claims: fail", True, COLOUR) == "3 claims: fail"
    assert styled_summary("", True, COLOUR) == ""


def test_no_findings_no_statistics() -> None:
    assert statistics_lines([], COLOUR) == []


def test_statistics_most_frequent_first_then_by_code_counts_aligned() -> None:
    findings = [_at("X301")] * 3 + [_at("D203")] * 12 + [_at("D201")] * 3
    assert statistics_lines(findings, PLAIN) == [
        "12  D203  warning  unverifiable",
        " 3  D201  error    refuted",
        " 3  X301  error    sources-contradict",
    ]
    assert statistics_lines([_at("D203")] * 1_204 + [_at("X301")], PLAIN) == [
        "1,204  D203  warning  unverifiable",
        "    1  X301  error    sources-contradict",
    ]
    assert statistics_lines(iter([_at("S501")]), COLOUR) == [
        f"1  {CYAN}S501  info   {RESET}  shared-wording"
    ]


def test_source_excerpt_puts_a_caret_under_the_column() -> None:
    asked: list[tuple[str, int]] = []

    def source(path: str, line: int) -> str:
        asked.append((path, line))
        return "  - {id: x}"

    assert source_excerpt(_at("D201"), source, PLAIN) == [
        "   |",
        "12 |   - {id: x}",
        "   |     ^",
    ]
    assert asked == [("claims/a.yaml", 12)]
    assert source_excerpt(_at("D201"), source, COLOUR)[2] == f"   |     {RED}^{RESET}"


def test_no_excerpt_without_a_place_or_a_line() -> None:
    def source(path: str, line: int) -> str | None:
        return None if path == "gone.yaml" else "text"

    assert source_excerpt(make_finding("D201", "m"), source, PLAIN) == []
    assert source_excerpt(_at("D201", line=0), source, PLAIN) == []
    assert source_excerpt(_at("D201", file="gone.yaml"), source, PLAIN) == []


def test_a_column_before_the_line_is_its_first() -> None:
    assert source_excerpt(_at("D201", line=1, column=0), lambda p, n: "x", PLAIN) == [
        "  |",
        "1 | x",
        "  | ^",
    ]
    # A column past the line's end: the caret just after its last character.
    assert source_excerpt(_at("D201", line=1, column=9), lambda p, n: "abc", PLAIN)[1:] == [
        "1 | abc",
        "  |    ^",
    ]
    assert source_excerpt(_at("D201", line=1, column=9), lambda p, n: "", PLAIN)[1:] == [
        "1 | ",
        "  | ^",
    ]


def test_a_long_line_is_cut_around_the_column() -> None:
    text = "".join(chr(ord("a") + n % 26) for n in range(1000))
    lines = source_excerpt(_at("D201", line=7, column=500), lambda p, n: text, PLAIN)
    # Cut at both ends, each cut marked, the caret under the column all the same.
    assert lines == ["  |", f"7 | …{text[419:579]}…", "  | " + " " * 81 + "^"]


def test_a_line_that_fits_is_shown_whole_whatever_its_column() -> None:
    # A column past the half width (81) cut the line's first characters, with nothing
    # to say so, though the whole line fitted.
    text = "  - {id: improv-false, subject: I Am Ruth, property: dialogue_improvised, value: false}"
    lines = source_excerpt(_at("D201", line=10, column=82), lambda p, n: text, PLAIN)
    assert lines == ["   |", f"10 | {text}", "   | " + " " * 81 + "^"]
    assert lines[1][5 + 81 :].startswith("false")
    # A long line is cut no further than its end: its last 160 characters.
    long = "".join(chr(ord("a") + n % 26) for n in range(200))
    lines = source_excerpt(_at("D201", line=1, column=190), lambda p, n: long, PLAIN)
    assert lines == ["  |", f"1 | …{long[40:]}", "  | " + " " * 150 + "^"]


def test_hostile_text_is_escaped_and_the_caret_stays_under_its_character() -> None:
    text = "\t\x1b[31m\u202e: x\n::error::y"
    lines = source_excerpt(_at("D201", line=3, column=8), lambda p, n: text, PLAIN)
    assert lines == [
        "  |",
        "3 | \\t\\x1b[31m\\u202e: x\\n::error::y",
        "  | " + " " * 16 + "^",
    ]
    assert lines[1][4 + 16] == ":"


def test_the_caret_counts_the_cells_a_terminal_gives_each_character() -> None:
    # Two cells for each CJK character and emoji, none for a combining accent: the caret
    # stood three cells left of the value, as it counted characters.
    text = "  - {id: 年齢, subject: ミア, value: 22}"
    lines = source_excerpt(_at("D201", line=2, column=34), lambda p, n: text, PLAIN)
    assert lines[1:] == [
        "2 |   - {id: 年齢, subject: ミア, value: 22}",
        "  | " + " " * 37 + "^",
    ]
    assert (
        source_excerpt(_at("D201", line=2, column=10), lambda p, n: 'x: "🎬🎬", y: 1', PLAIN)[2]
        == "  | " + " " * 11 + "^"
    )
    combining = "e\u0301"  # é as e and a combining acute accent: one cell
    assert (
        source_excerpt(_at("D201", line=2, column=7), lambda p, n: f"a: {combining} b", PLAIN)[2]
        == "  | " + " " * 5 + "^"
    )
