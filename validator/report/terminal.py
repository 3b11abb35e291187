"""What the text format adds for a person at a terminal: colour, counts per code
(`--statistics`) and the source line under a finding (`--show-source`).

Whether to colour is the command's decision (validator.cli.output); this module only
knows how. Colour is added around text that is already terminal-safe, so a claim file
can never inject an escape sequence of its own.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from validator.model.findings import CODES, Finding, Severity

from ._text import terminal_safe

__all__ = [
    "COLOUR",
    "PLAIN",
    "SourceLine",
    "Style",
    "source_excerpt",
    "statistics_lines",
    "styled_line",
    "styled_summary",
]

# (path, line) -> the text of that line of a claim file, or None when it cannot be had.
SourceLine = Callable[[str, int], str | None]

# A source line is cut to this many characters around the finding's column: a one-line
# JSON claim file would otherwise print megabytes.
_SOURCE_WIDTH = 160


@dataclass(frozen=True, slots=True)
class Style:
    """SGR sequences for each part of a line; empty strings for plain text."""

    bold: str = ""
    error: str = ""
    warning: str = ""
    info: str = ""
    dim: str = ""
    passed: str = ""
    reset: str = ""

    def severity(self, finding: Finding) -> str:
        if finding.acknowledged:
            return self.dim
        return {Severity.ERROR: self.error, Severity.WARNING: self.warning}.get(
            finding.severity, self.info
        )

    def wrap(self, start: str, text: str) -> str:
        return f"{start}{text}{self.reset}" if start else text


PLAIN = Style()
COLOUR = Style(
    bold="\x1b[1m",
    error="\x1b[1;31m",
    warning="\x1b[1;33m",
    info="\x1b[1;36m",
    dim="\x1b[2m",
    passed="\x1b[1;32m",
    reset="\x1b[0m",
)


def styled_line(line: str, finding: Finding, style: Style) -> str:
    """`line` (finding_line's text for `finding`) with its path bold and its code and
    severity in the severity's colour."""
    if style == PLAIN:
        return line
    rest, where = line, ""
    location = finding.location
    if location is not None:
        shown = terminal_safe(str(location))
        if line.startswith(shown + ": "):
            where = style.wrap(style.bold, shown) + ": "
            rest = line[len(shown) + 2 :]
    head = f"{finding.code} {finding.severity.value}"
    if rest.startswith(head):
        rest = style.wrap(style.severity(finding), head) + rest[len(head) :]
    return where + rest


def styled_summary(line: str, passed: bool, style: Style) -> str:
    """The summary line with its outcome, the last word, coloured."""
    outcome = "pass" if passed else "fail"
    if style == PLAIN or not line.endswith(outcome):
        return line
    colour = style.passed if passed else style.error
    return line[: -len(outcome)] + style.wrap(colour, outcome)


def statistics_lines(findings: Iterable[Finding], style: Style) -> list[str]:
    """One line per code with its count, most frequent first: `  12  D203  warning  ...`."""
    counts = Counter(f.code for f in findings)
    if not counts:
        return []
    width = len(f"{max(counts.values()):,}")
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        info = CODES[code]
        colour = {Severity.ERROR: style.error, Severity.WARNING: style.warning}.get(
            info.severity, style.info
        )
        label = style.wrap(colour, f"{code}  {info.severity.value:<7}")
        lines.append(f"{count:>{width},}  {label}  {info.title}")
    return lines


def source_excerpt(finding: Finding, source: SourceLine, style: Style) -> list[str]:
    """The finding's line of its file and a caret under its column, as ruff shows them."""
    location = finding.location
    if location is None or location.line < 1:
        return []
    text = source(location.file, location.line)
    if text is None:
        return []
    column = max(location.column, 1)
    # Centred on the column, but never past the line's end: a line that fits is shown
    # whole (its start was cut for a column past the half width, 81, with nothing to say
    # so), and a long one to its last character where the column is near it.
    start = min(max(0, column - 1 - _SOURCE_WIDTH // 2), max(0, len(text) - _SOURCE_WIDTH))
    window = text[start : start + _SOURCE_WIDTH]
    # A cut line says so at the end it was cut at, as a message cuts a text.
    cut_before = "…" if start > 0 else ""
    cut_after = "…" if start + _SOURCE_WIDTH < len(text) else ""
    # The caret goes under the column as shown: escapes widen what comes before it, and
    # so do the characters a terminal gives two cells (CJK, most emoji).
    before = cut_before + _shown(window[: column - 1 - start])
    number = str(location.line)
    gutter = " " * len(number)
    return [
        f"{gutter} |",
        f"{number} | {cut_before}{_shown(window)}{cut_after}",
        f"{gutter} | {' ' * _cells(before)}{style.wrap(style.severity(finding), '^')}",
    ]


def _shown(text: str) -> str:
    """A source line as a terminal may show it (`terminal_safe`), and a byte order mark
    in it as `\\ufeff`: one starting the file is left out (`cli.output.source_lines`),
    but a second one, where two files were joined or an editor saved one within a line,
    is an invisible character the YAML reader stops at, and shown raw the line looked
    like nothing was wrong with it."""
    return terminal_safe(text.replace("\ufeff", "\\ufeff"))


def _cells(text: str) -> int:
    """The terminal cells `text` takes, as terminals (and ruff's carets) count them: two
    for a wide or full-width character, none for a combining or format character, one
    for any other. Counted as characters, a caret under a Japanese claim's value stood
    as far left of it as the line had characters before it."""
    if text.isascii():
        return len(text)
    return sum(_cell(character) for character in text)


def _cell(character: str) -> int:
    if unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
