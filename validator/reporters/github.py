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


def render_github(result: Result) -> str:
    """One workflow command per finding, then the text format's summary line.

    Unacknowledged findings become `::error`, `::warning` or `::notice` (for info) by
    severity; acknowledged ones are always `::notice`, with their reason. The summary
    line is plain text in the log.
    """
    lines = [_command(f) for f in result.findings]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
