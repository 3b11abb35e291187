"""`validate --acknowledge SOURCE/CLAIM CODE --reason TEXT [--until DATE]`: the reviewed
finding's acknowledgement written into the claim's own file, as ruff's `--add-noqa`
writes its comments.

Only a finding the run actually has is acknowledged, so the next run honours the
acknowledgement rather than reporting it unused (E108). The file itself is rewritten by
the writer of its format, chosen by suffix from `_WRITERS`: validator.cli.acknowledge_yaml
or validator.cli.acknowledge_json, each imported only when used (ruamel.yaml takes 0.1 s to
import, which no other run should pay).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from validator.arguments import did_you_mean
from validator.guard.safe_read import inside
from validator.model.result import Result, Verdict
from validator.read.files import STDIN, Limits, read_bytes
from validator.report.escaping import label
from validator.report.write_files import write_text_atomic
from validator.report.write_set import folders_locked
from validator.settle.acknowledge import UNUSED

from .acknowledge_request import AcknowledgeError, Request, request
from .claim_names import close_ids, typed

__all__ = ["AcknowledgeError", "Request", "acknowledge", "request"]


_BOM = "\ufeff"


def _unnamed(wanted: Request, file: str, result: Result) -> str:
    """Where the claim's file has a finding of the code that names no claim (an S501
    at a url shared with another source): the line it is at, which the reader saw and
    took for the claim's, and that no acknowledgement matches it."""
    for finding in result.findings:
        if finding.code == wanted.code and not finding.claims and finding.file == file:
            line = finding.locations[0].line
            return (
                f"; the {wanted.code} at line {line} of its file names no claim, so no "
                "acknowledgement can match it"
            )
    return ""


def acknowledge(wanted: Request, result: Result, limits: Limits, root: str = ".") -> str:
    """Write the acknowledgement into the claim's file; the file's path. A claim file
    that is a link is edited where it leads, inside `root` (the project) only, so that
    it stays a link: writing its path replaced the link with a copy and left the file
    it led to as it was."""
    claim = result.claim(wanted.full_id)
    shown = typed(wanted.full_id)  # ids alike on screen told apart, as findings show them
    if claim is None:
        close = [label(found) for found in close_ids(result, wanted.full_id)]
        raise AcknowledgeError(f"no claim '{shown}' in the files checked{did_you_mean(close)}")
    own = sorted({f.code for f in result.findings if wanted.full_id in f.claims})
    if claim.verdict is Verdict.INVALID:
        raise AcknowledgeError(
            f"{shown} is invalid ({', '.join(own) or 'its file'}): fix the claim; "
            "an invalid claim cannot be acknowledged"
        )
    if wanted.code == UNUSED:
        # An acknowledgement of E108 matches no finding itself (E108 is what an unused
        # one gets): it was written, and the claim had one more E108.
        unused = [
            f.location for f in result.findings if f.code == UNUSED and claim.full_id in f.claims
        ]
        at = f" at {unused[0]}" if unused else ""
        raise AcknowledgeError(
            f"an E108 is not acknowledged: the acknowledgement{at} matches no finding of "
            f"{shown}; remove it, or correct its code"
        )
    if wanted.code not in own:
        has = f"its findings: {', '.join(own)}" if own else "it has none"
        raise AcknowledgeError(
            f"{shown} has no {wanted.code} finding ({has}){_unnamed(wanted, claim.file, result)}"
        )
    path = claim.file
    writer = _WRITERS.get(os.path.splitext(path)[1].lower()) if path != STDIN else None
    if writer is None:
        raise AcknowledgeError(
            f"{path}: only claim files named *.yaml, *.yml or *.json are written; "
            "add the acknowledgement by hand"
        )
    target = path
    if os.path.islink(path):
        target = os.path.realpath(path)
        if not inside(target, root):
            raise AcknowledgeError(
                f"{path} is a link to a file outside the project; add the acknowledgement "
                "by hand where it leads"
            )
    # Read, edited and written under the folder's lock: two acknowledgements written
    # into one file at once (two terminals, a script) each read it before the other
    # wrote, and the second write dropped the first's entry, though both said done.
    with folders_locked([target]):
        raw = read_bytes(target, limits)
        if not isinstance(raw, bytes):
            raise AcknowledgeError(f"{path}: {raw.message}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise AcknowledgeError(f"{path}: not UTF-8") from None
        # A byte order mark is kept as it was; neither writer reads one.
        bom = _BOM if text.startswith(_BOM) else ""
        # The id the file gives the claim: the full id of a claim of a file whose
        # source id an earlier file has ends in `@` and the file, which the file does
        # not write (`s/a@claims/copy.yaml` was "no claim with id 'a@claims/copy.yaml'").
        written = writer()(text[len(bom) :], claim.claim_id, wanted, path)
        write_text_atomic(target, bom + written)
    return path


# (the file's text, the claim's own id, the request, the path to name) -> the new text
Writer = Callable[[str, str, Request, str], str]


def _yaml_writer() -> Writer:
    from .acknowledge_yaml import add_acknowledgement

    return add_acknowledgement


def _json_writer() -> Writer:
    from .acknowledge_json import add_acknowledgement

    return add_acknowledgement


# Each claim-file suffix's writer, imported when first asked for (see the docstring).
_WRITERS: dict[str, Callable[[], Writer]] = {
    ".yaml": _yaml_writer,
    ".yml": _yaml_writer,
    ".json": _json_writer,
}
