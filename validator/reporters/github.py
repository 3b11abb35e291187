"""GitHub Actions workflow commands: an annotation per finding, then the summary line."""

from __future__ import annotations

from ..findings import Finding, Severity
from ..result import Result
from ._content import summary_line

__all__ = ["escape_data", "escape_property", "render_github"]

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: `%`, carriage return and newline percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as `escape_data`, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding) -> str:
    name = "notice" if finding.acknowledged else _COMMAND[finding.severity]
    title = finding.code
    if finding.claims:
        title += f" {finding.claims[0]}"
    message = finding.message
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
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{name} {joined}::{escape_data(message)}"


def _order(finding: Finding) -> tuple[int, tuple[str, int, int, str, str]]:
    """Errors first, then warnings, then notices; by file and line within each."""
    rank = -1 if finding.acknowledged else finding.severity.rank
    return (-rank, finding.sort_key())


def render_github(result: Result, *, quiet: bool = False) -> str:
    """One workflow command per finding, then the text format's summary line.

    Unacknowledged findings become `::error`, `::warning` or `::notice` (for info) by
    severity; acknowledged ones are always `::notice`, with their reason. Errors come
    first, then warnings, then notices, each by file and line: GitHub shows only the
    first ten warnings and notices of a step, and what blocks the run must be among
    them. With `quiet`, only the findings that fail the run. The summary line is plain
    text in the log.
    """
    findings = result.failing if quiet else result.findings
    lines = [_command(f) for f in sorted(findings, key=_order)]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
