"""The stages one claim file goes through, in their order:

1. `read`: its bytes, under the reading limits (E101 when it cannot be read);
2. `parsed`: decoded, parsed into a document with positions (E101), then checked
   against the claim-file schema into a source and its claims (E102, E103);
3. `per_file.FileChecker`: its claims resolved and checked as far as the file alone
   decides them (stages 3 and 4).

The driver (validator.pipeline) runs them for every file, in this order, and is the one
that puts the cache between 2 and 3 (what `parsed` gives is what a cache entry holds) and
shares 2 and 3 between processes. Nothing here knows of either.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile, check_claim_file

# `parse_text` imports its parsers on first use; imported with the stages instead, so
# that the processes forked to check files share them rather than each import its own.
from validator.read import json_load, yaml_load  # noqa: F401
from validator.read.files import Limits, LoadedFile, decode, parse_text, read_bytes
from validator.read.held_bytes import HeldBytes

__all__ = ["Checker", "FileOutcome", "parsed", "read", "well_formed"]

# What stages 1 and 2 made of one file: its source and claims (None when it could not
# be read or parsed) and the findings about it.
FileOutcome = tuple[ParsedFile | None, tuple[Finding, ...]]
# Stage 2 for one parsed document: `check_claim_file`, unless a caller substitutes it.
Checker = Callable[[LoadedFile, int], tuple[ParsedFile, list[Finding]]]


def read(
    path: str,
    limits: Limits,
    already: Mapping[str, bytes | Finding],
    held: HeldBytes | None = None,
) -> bytes | Finding:
    """Stage 1: the file's bytes, or the finding that says why it cannot be read;
    `already`: what the command read of some files before the run (to key it); `held`:
    what this run's files hold so far, which bounds them together."""
    found = already.get(path)
    if found is not None:
        return found
    return read_bytes(path, limits) if held is None else held.read(path)


def parsed(
    shown: str, raw: bytes, digest: str, limits: Limits, check: Checker = check_claim_file
) -> FileOutcome:
    """The rest of stage 1 and stage 2 for one file's bytes (`digest`: their sha256),
    shown as `shown`: decoded, parsed, schema-checked."""
    text = decode(raw, shown)
    if isinstance(text, Finding):
        return None, (text,)
    loaded = parse_text(text, shown, limits, digest=digest)
    if isinstance(loaded, Finding):
        return None, (loaded,)
    parsed_file, findings = check(loaded, limits.max_claims)
    return parsed_file, tuple(findings)


def well_formed(outcome: object, shown: str) -> bool:
    """Whether `outcome` (from a cache entry, say) is a `FileOutcome` of the file shown
    as `shown`."""
    if not isinstance(outcome, tuple) or len(outcome) != 2:
        return False
    parsed_file, findings = outcome
    if parsed_file is not None and not (
        isinstance(parsed_file, ParsedFile) and parsed_file.path == shown
    ):
        return False
    return isinstance(findings, tuple) and all(isinstance(f, Finding) for f in findings)
