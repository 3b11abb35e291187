"""GitHub Actions workflow commands: an annotation per finding, then the summary line.

Every piece of text in a command is escaped by GitHub's rules for the place it takes
and made `terminal_safe` (no control or bidi character, nothing that reads as another
command). A property value (`file=`, `title=`) is percent-encoded first, so a file name
holding a line break, `%`, `:` or `,` reaches GitHub as itself and the annotation lands
on that file. A message is made `terminal_safe` first, so a line break in it shows as
`\\n`, as in the text format: the runner writes the message into the log, where a
decoded line break would start a line of the claim's choosing.

A message is shortened to `ANNOTATION_LIMIT` characters, and at most `MAX_ANNOTATIONS`
findings are annotated, then one line says how many more there are: GitHub shows only
the first few annotations of a step anyway, and a pull request full of errors must not
fill the log with megabytes of them.
"""

from __future__ import annotations

from validator.model.findings import Finding, Severity
from validator.model.result import Result

from ._content import summary_line
from ._text import TEXT_LIMIT, full_list, plural, shortened
from .escaping import label, terminal_safe

__all__ = ["ANNOTATION_LIMIT", "MAX_ANNOTATIONS", "escape_data", "escape_property", "render_github"]

# The most characters of a message in one annotation (before escaping): the same as
# any report that writes a message more than once.
ANNOTATION_LIMIT = TEXT_LIMIT
# The most findings annotated in one run. GitHub shows 10 errors and 10 warnings of a
# step and 50 annotations of a job; the log keeps the rest, so a few hundred help a
# reader, and tens of thousands only bury the summary line.
MAX_ANNOTATIONS = 1_000

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: `%`, carriage return and newline percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as `escape_data`, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding, whole: str) -> str:
    name = "notice" if finding.acknowledged else _COMMAND[finding.severity]
    title = finding.code
    if finding.claims:  # the claim's id as the text format shows it (`label`)
        title += f" {label(finding.claims[0])}"
    message = shortened(finding.message, ANNOTATION_LIMIT, whole)
    if finding.acknowledged:
        title += " (acknowledged)"
        message += f" [acknowledged: {finding.acknowledgement or ''}]"
    props: list[tuple[str, str]] = []
    location = finding.location
    if location is not None:
        props.append(("file", location.file))
        if location.line >= 1:
            props.append(("line", str(location.line)))
            if location.column >= 1:
                props.append(("col", str(location.column)))
    props.append(("title", title))
    # Percent-encoded before `terminal_safe` sees it, so CR and LF keep GitHub's own
    # escapes (which give the name back) rather than `\n` (which names another file).
    joined = ",".join(f"{key}={terminal_safe(escape_property(value))}" for key, value in props)
    return f"::{name} {joined}::{escape_data(terminal_safe(message))}"


def _order(finding: Finding) -> tuple[int, tuple[str, int, int, str, str]]:
    """Errors first, then warnings, then notices; by file and line within each."""
    rank = -1 if finding.acknowledged else finding.severity.rank
    return (-rank, finding.sort_key())


def render_github(result: Result, *, quiet: bool = False, reports: bool = True) -> str:
    """One workflow command per finding, then the text format's summary line.

    Unacknowledged findings become `::error`, `::warning` or `::notice` (for info) by
    severity; acknowledged ones are always `::notice`, with their reason. Errors come
    first, then warnings, then notices, each by file and line: GitHub shows only the
    first ten warnings and notices of a step, and what blocks the run must be among
    them. With `quiet`, only the findings that fail the run. Past `MAX_ANNOTATIONS`
    findings, one line counts the rest instead. The summary line is plain text in the
    log. What a limit leaves out is in consistency.json, or, where the run writes no
    reports (`reports` false), in what --format json prints (`full_list`).
    """
    listing = full_list(reports)
    findings = result.failing if quiet else result.findings
    ordered = sorted(findings, key=_order)
    lines = [_command(f, f"{listing} has it whole") for f in ordered[:MAX_ANNOTATIONS]]
    if len(ordered) > MAX_ANNOTATIONS:
        more = plural(len(ordered) - MAX_ANNOTATIONS, "more finding")
        lines.append(f"factlint: {more} not annotated; {listing} lists them all")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
