"""Plain-text pieces the reporters share: terminal-safe lines, shortened messages, word
diffs, plurals and safe links. Pure functions of their arguments. A count is written as
the messages write it (`plural`: "1,204 findings"), so a report and the findings it
quotes agree."""

from __future__ import annotations

import re
from urllib.parse import quote

from validator.model.findings import Finding
from validator.model.typography import plural, shortened

from .escaping import UNSAFE_CHARACTERS, label, terminal_safe
from .project_place import AT_ROOT, ProjectPlace

__all__ = [
    "TEXT_LIMIT",
    "DiffPart",
    "changed_diff",
    "finding_line",
    "fragment",
    "full_list",
    "line_href",
    "plural",
    "repeated_message",
    "safe_url",
    "shortened",
    "terminal_safe",
]


# What `terminal_safe` and `visible` escape: no link holding one is followed.
_UNSAFE = re.compile(f"[{UNSAFE_CHARACTERS}]")


def finding_line(finding: Finding, *, limit: int | None = None, where: str = "") -> str:
    """`file:line:col: CODE severity source/claim: message [acknowledged: reason]`.

    With `limit`, a longer message is `shortened` to that many characters, the note
    saying `where` the rest is; the rest of the line is kept whole.
    """
    head = f"{finding.code} {finding.severity.value}"
    if finding.claims:  # the claim's id as its message would quote it (`label`)
        head += f" {label(finding.claims[0])}"
    message = finding.message if limit is None else shortened(finding.message, limit, where)
    loc = finding.location
    line = f"{loc}: {head}: {message}" if loc is not None else f"{head}: {message}"
    if finding.acknowledged:
        line += f" [acknowledged: {finding.acknowledgement or ''}]"
    return terminal_safe(line)


# The most characters of a finding's message where a report writes it more than once: in
# the JUnit test case of every claim it names and the suite of every file it touches, and
# in every row of a disputed claim's table. A contradiction's message lists each of its
# claims (100 to 250 characters each), so written in full there a report grows with the
# square of the size of the largest contradiction: a 10,000-claim corpus gave 98 MB of
# JUnit XML, and 100,000 claims more memory than the machine had. The longest message of
# the shipped claims is 740 characters (a two-claim contradiction quoting both excerpts),
# so 1,000 keeps every message about two or three claims whole, and a test case a
# screenful in a CI viewer. It sets the size too: at 100,000 claims the JUnit XML is
# 105 MiB with 1,000 and 181 MiB with 2,000.
TEXT_LIMIT = 1_000


def full_list(reports: bool) -> str:
    """What lists every finding whole, for a note on what a size limit left out: the
    JSON report, in a run that writes the reports folder's reports; else the JSON a
    run prints with --format json (a note naming consistency.json in a --no-reports
    run sent the reader to a file that was not written)."""
    return "consistency.json" if reports else "--format json"


def repeated_message(finding: Finding) -> str:
    """A finding's message on the table rows of its claims after the first, where it is
    whole: `shortened` to `TEXT_LIMIT`, so a long one is not written once per claim."""
    first = finding.claims[0] if finding.claims else ""
    return shortened(finding.message, TEXT_LIMIT, f"the row of {first} above has it whole")


DiffPart = tuple[str, str]  # (kind, text); kind is "same", "del" or "ins"

_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def parse_diff(diff: str) -> list[DiffPart]:
    """Split a word diff (`[-deleted-]`, `{+inserted+}`) into its parts."""
    parts: list[DiffPart] = []
    position = 0
    for match in _DIFF.finditer(diff):
        if match.start() > position:
            parts.append(("same", diff[position : match.start()]))
        if match.group(1) is not None:
            parts.append(("del", match.group(1)))
        else:
            parts.append(("ins", match.group(2)))
        position = match.end()
    if position < len(diff):
        parts.append(("same", diff[position:]))
    return parts


def changed_diff(diff: str | None) -> list[DiffPart]:
    """The parts of a word diff that deletes or inserts something, parsed once; none for
    no diff or one that only changes punctuation."""
    if not diff:
        return []
    parts = parse_diff(diff)
    return parts if any(kind != "same" for kind, _ in parts) else []


def safe_url(url: str | None) -> str | None:
    """The url when it is an http(s) link, else None (never a javascript: or data: link)."""
    if url and url.startswith(("https://", "http://")) and not _UNSAFE.search(url):
        return url
    return None


_DRIVE = re.compile("[A-Za-z]:")


def line_href(file: str, line: int, root: str | None, place: ProjectPlace = AT_ROOT) -> str | None:
    """A link to `file` at `line`, `root/file#Lline`, from a report whose folder reaches
    the run's folder through `root` (".." for reports/, or a forge's address of it, as
    for a job summary): the form GitHub,
    GitLab, Gitea and Forgejo all take for a file's line. None without `root`, for an
    absolute path (a report that is committed must not point into one machine), and
    for no file; nor for a file outside the project (`place`, where the run's folder
    stands to the project's root: `ProjectPlace.path`), as SARIF names none: a run given
    `../other/x.yaml` linked `../../other/x.yaml` from reports/, and the job summary a
    place outside the commit. Percent-encoded, so that no character ends the link early."""
    if root is None or not file:
        return None
    path = file.replace("\\", "/")
    # `C:x` too, relative to a drive's folder (`place.path` takes the absolute ones).
    if _DRIVE.match(path) or place.path(path) is None:
        return None
    href = quote(path, safe="/-._~!$&*+,;=@", errors="surrogateescape")
    if root not in ("", "."):  # a folder, or a forge's address of the run's folder
        href = root.rstrip("/") + "/" + href
    return f"{href}#L{line}" if line >= 1 else href


def fragment(anchor: str) -> str:
    """`#anchor` as a link to an element with that id, percent-encoded."""
    return "#" + quote(anchor, safe="/-._~")
