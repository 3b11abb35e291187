"""Whether a file the run writes is an archived source text a claim file names, known
before the run.

`validate --junit claims/sources/tyla.txt` replaced the archive `claims/tyla.yaml`
names (`archive: sources/tyla.txt`) with the run's JUnit XML, after checking the
excerpts against it, with exit status 0; `-o`, `--sarif`, `--claimreview`, a baseline
and a report folder did the same. The archive was someone's work, and the next run
found none of its excerpts.

Archives are named inside claim files, so they are known only once the claim files are
read. Two ways were weighed:

- refusing to write over any existing file in the folders the run walks that is not
  one of factlint's own outputs. That needs no reading, but an archive may lie outside
  those folders (`archive: ../sources/x.txt` beside the claims folder), and the text
  that `-o` writes has no mark telling it from a person's file, so a second `validate
  . -o lint.txt` would be refused for the first one's output;
- reading the archive names. Exact wherever the archive lies, and cheap as done here:
  the run reads every claim file into memory before it checks any (the processes that
  check them are forked with the bytes in hand), so the claim files are read here once
  and those very bytes handed to the run (`ClaimBytes`); only a file holding an
  output's file name is parsed to find its `archive`, so no file is parsed twice unless
  it names the output somewhere.

The second is taken, and only where an archive can be lost: an output that exists as a
regular file, inside the project and in none of its hidden folders (an archive anywhere
else is never read: `validator.guard.archive_place`), and that is not the last run's
own output, told by its opening bytes (`_own_output`). So a re-run that replaces its
own reports, JUnit, SARIF and JSON reads nothing here; one whose `-o` text file exists
searches the claim files' bytes for its name (about 20 ms for the benchmark's 17 MB).

Not caught: an archive that does not exist yet (the run says the archive is missing,
E107, and nothing is lost), and a name spelt with escapes (`"x\\x2etxt"`), which no one
writes by mistake. An output a pull request's claim file names as its archive loses
nothing of the user's either: the output's place is the user's choice, and only the
claim file changes what is read there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from validator.guard.archive_place import named_archive
from validator.guard.safe_read import Reach, Refused, reach, read_head, real_path
from validator.model.findings import Finding
from validator.read.files import Limits, decode, discover, display_path, parse_text
from validator.read.held_bytes import HeldBytes

__all__ = ["ClaimBytes", "archive_naming", "may_be_archive", "own_json"]


class ClaimBytes:
    """The claim files a run checks, found as the run finds them and read as it reads
    them, once, when first asked for: what is read here is handed to the run (its
    `Settings.read` and `found`), which checks these bytes and reads no file again."""

    __slots__ = ("limits", "paths", "read", "root", "skip")

    def __init__(
        self, paths: Iterable[str], root: str, skip: Iterable[str], limits: Limits
    ) -> None:
        self.paths = tuple(paths)
        self.root = root
        self.skip = tuple(skip)
        self.limits = limits
        # By path as found; None until asked for.
        self.read: dict[str, bytes | Finding] | None = None

    def files(self) -> dict[str, bytes | Finding]:
        if self.read is None:
            found = discover(self.paths, self.root, skip=self.skip)
            held = HeldBytes(self.limits)  # held until checked, so bounded together
            self.read = {path: held.read(path) for path in found}
        return self.read


# The openings of factlint's own outputs: a JSON output's first key (the report, SARIF,
# ClaimReview, a baseline), JUnit XML, the HTML and Markdown reports. The text and
# `github` formats that `-o` writes have none.
_OWN_JSON = re.compile(
    rb'(?:\xef\xbb\xbf)?\s*\{\s*"(?:tool|\$schema|@context|factlint_baseline)"\s*:'
)
_OWN_OPENINGS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites', b"# factlint report")
_OWN_HTML = b"<title>factlint report"
_HEAD_BYTES = 4096


def own_json(raw: bytes) -> bool:
    """Whether `raw` opens as a JSON output of factlint's does, by its first key alone:
    parsing the last run's report (megabytes for a large corpus) to tell took longer,
    on each run, than a run with nothing changed takes in all."""
    return _OWN_JSON.match(raw, 0, _HEAD_BYTES) is not None


def _own_output(path: str) -> bool:
    """Whether the file at `path` opens as one of factlint's outputs does: the last
    run's, which nothing is lost by replacing. An archive of a source opens otherwise."""
    try:
        head = read_head(path, _HEAD_BYTES)
    except Refused:
        return False
    if own_json(head) or head.startswith(_OWN_OPENINGS):
        return True
    return head.startswith(b"<!DOCTYPE html>") and _OWN_HTML in head


def may_be_archive(path: str, root: str) -> bool:
    """Whether writing `path` might replace an archive a claim file names: it is a
    regular file (or a link to one) inside the project `root`, in view, and not one of
    factlint's own outputs."""
    if not os.path.isfile(path) or reach(path, root) is not Reach.IN_VIEW:
        return False
    return not _own_output(path)


def archive_naming(outputs: Mapping[str, str], claims: ClaimBytes) -> tuple[str, str] | None:
    """The first of `outputs` (real paths, each with the file name it is written as)
    that a claim file of the run names as its archive, with that claim file as shown;
    None when none is."""
    # Its name as written and as it really is (an output written through a link).
    names = {os.fsencode(os.path.basename(name)) for pair in outputs.items() for name in pair}
    for path, raw in claims.files().items():
        if not isinstance(raw, bytes) or not any(name in raw for name in names):
            continue
        archive = _archive(path, raw, claims.limits)
        if archive is None:
            continue
        try:
            real = real_path(archive)  # None: a chain of links too long, which opens nothing
        except ValueError:  # a NUL in the name: no file
            continue
        if real is not None and os.path.normcase(real) in outputs:
            return os.path.normcase(real), display_path(path)
    return None


def _archive(path: str, raw: bytes, limits: Limits) -> str | None:
    """The archive the claim file at `path` names, as the excerpt rule finds it
    (`validator.guard.archive_place.named_archive`)."""
    shown = display_path(path)
    text = decode(raw, shown)
    if isinstance(text, Finding):
        return None
    loaded = parse_text(text, shown, limits)
    if isinstance(loaded, Finding):
        return None
    archive = _field(_field(loaded.data, "source"), "archive")
    if not isinstance(archive, str) or not archive:
        return None
    return named_archive(path, archive)


def _field(data: Any, name: str) -> Any:
    return data.get(name) if isinstance(data, dict) else None
