"""What `validate --acknowledge` was asked to write, checked before any file is read:
a claim id, a known code, a reason and a day. Both file writers (acknowledge_yaml,
acknowledge_json) take the checked `Request`, which is why it lives apart from the
module that chooses between them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from validator.arguments import did_you_mean
from validator.model.findings import CODES
from validator.model.names import Suggester
from validator.model.property_types.date_figures import figure_days, figures_words
from validator.model.reasons import unusable_reason
from validator.settle.acknowledge import MAX_REASON

from .claim_names import typed

__all__ = ["AcknowledgeError", "Request", "ack_entry", "acknowledged_list", "request"]

_DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
_SURROGATE = re.compile("[\ud800-\udfff]")


class AcknowledgeError(Exception):
    """The acknowledgement cannot be written; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Request:
    full_id: str
    code: str
    reason: str
    until: date | None


def request(target: list[str], reason: str | None, until: str | None) -> Request:
    """The command line's parts checked: a claim id, a known code, a reason, a day."""
    full_id, code = target[0], target[1].strip().upper()
    if "/" not in full_id:
        raise AcknowledgeError(f"'{typed(full_id)}' is not a claim id; write it as SOURCE/CLAIM")
    if code not in CODES:
        close = did_you_mean(Suggester(CODES).suggest(code))
        raise AcknowledgeError(f"'{typed(code)}' is not a finding code{close}")
    if reason is None or not reason.strip():
        raise AcknowledgeError(
            "needs --reason TEXT: say what the review concluded, for whoever reads the file next"
        )
    unusable = unusable_reason(reason)
    if unusable is not None:
        raise AcknowledgeError(
            f"--reason {unusable}: say what the review concluded, for whoever reads the file next"
        )
    if _SURROGATE.search(reason):  # bytes that were not UTF-8 on the command line
        raise AcknowledgeError("the reason is not valid UTF-8 text; write it again")
    if len(reason) > MAX_REASON:
        raise AcknowledgeError(f"the reason has {len(reason):,} characters; at most {MAX_REASON:,}")
    day: date | None = None
    if until is not None:
        try:
            if not _DATE.match(until):
                raise ValueError(until)
            day = date.fromisoformat(until)
        except ValueError:
            # A day in figures (31/12/2027) is told the day it is, as in a claim file;
            # what is not printable is shown as `typed` shows it.
            figures = figures_words(until) if until.isprintable() else None
            meant = sorted(figure_days(until)) if figures is not None else []
            if meant and all(date.fromisoformat(day) < date.today() for day in meant):
                # Told to write a day that has passed, the next try is refused for it.
                raise AcknowledgeError(_passed(f"{until} ({' or '.join(meant)})")) from None
            raise AcknowledgeError(
                f"--until should be a day such as 2027-01-01, not '{typed(until)}'"
                if figures is None
                else f"--until should be a day; {figures}"
            ) from None
        if day < date.today():  # after its day an acknowledgement has expired
            raise AcknowledgeError(_passed(until))
    return Request(full_id, code, " ".join(reason.split()), day)


def _passed(day: str) -> str:
    return (
        f"--until {day} has passed: the acknowledgement would be expired as soon as it is "
        "written; give a day still to come"
    )


def ack_entry(wanted: Request) -> dict[str, str]:
    """The acknowledgement `wanted` as a claim's `acknowledge` list holds it."""
    entry = {"code": wanted.code, "reason": wanted.reason}
    if wanted.until is not None:
        entry["until"] = wanted.until.isoformat()
    return entry


def acknowledged_list(acks: list[Any], wanted: Request) -> list[Any]:
    """The `acknowledge` list `acks` as it reads once `wanted` is written into it: the
    code's entry renewed in place (its `until` kept in its place, or dropped), else one
    added at the end. Every way of writing the acknowledgement checks its edit against
    this."""
    out = copy.deepcopy(acks)
    for ack in out:
        if isinstance(ack, dict) and ack.get("code") == wanted.code:
            ack["reason"] = wanted.reason
            if wanted.until is not None:
                ack["until"] = wanted.until.isoformat()
            else:
                ack.pop("until", None)
            return out
    return [*out, ack_entry(wanted)]
