"""A draft as a claim file (DESIGN.md section 2), written the same way every time.

Strings are written plain only when YAML 1.2 and 1.1 readers alike read them back as the
same string; anything else is double-quoted with every character that could end the
scalar, start a comment or fool a terminal escaped. Comments carry article text with
line breaks and control characters removed, so no article can add keys to the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from validator.report.escaping import json_safe, terminal_safe

from .model import Unplaced, Value

__all__ = ["ClaimRow", "Source", "render", "scalar"]

Source = list[tuple[str, Value | dict[str, Value] | None]]
ClaimRow = list[tuple[str, Value | dict[str, Value] | None]]

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _.,'’…()&+/-]*")
# A month, day or minute stays plain; a bare year would read back as a number.
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?")
_KEYWORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}
# Characters no YAML stream may hold (U+FFFE and U+FFFF among them: a draft holding one
# was refused whole by `validate`), and those that reorder or break a line on screen.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)


def scalar(value: Value | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if _PLAIN_DATE.fullmatch(value):
        return value  # the claim format reads dates as the strings written
    if (
        _PLAIN.fullmatch(value)
        and value.lower() not in _KEYWORDS
        and not value.endswith((" ", ",", "."))
        and ": " not in value
    ):
        return value
    # A JSON string is a YAML double-quoted scalar; `json_safe` writes `##vso[` and
    # `##[` as `##vso\u005b`: the same text read back, no CI runner's command when the
    # draft is printed to a log.
    escaped = json_safe(json.dumps(value, ensure_ascii=False))
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", escaped)


def comment(text: str) -> str:
    """Article text for a comment: one line, and as a terminal is shown it (`##vso[`
    as `#\\x23vso[`), since a draft goes to standard output, often a CI log."""
    return terminal_safe(" ".join(_UNSAFE.sub(" ", text).split()))


def _mapping(values: dict[str, Value]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in values.items()) + "}"


def render(
    header: Iterable[str],
    source: Source,
    claims: list[tuple[str, ClaimRow]],
    unplaced: list[Unplaced],
    more: int = 0,
) -> str:
    lines = ["# yaml-language-server: $schema=../schema/claim-file.schema.json"]
    lines += [f"# {comment(line)}" if line else "#" for line in header]
    lines.append("source:")
    for key, value in source:
        shown = _mapping(value) if isinstance(value, dict) else scalar(value)
        lines.append(f"  {key}: {shown}")
    lines.append("claims:" if claims else "claims: []")
    for claim_id, fields in claims:
        lines.append(f"  - id: {claim_id}")
        for key, value in fields:
            if value is None:
                continue
            shown = _mapping(value) if isinstance(value, dict) else scalar(value)
            lines.append(f"    {key}: {shown}")
    if unplaced:
        lines.append("")
        lines.append("# Found but not placed: no subject and property could be told for these.")
        lines.append("# Record any that is a claim by hand.")
        for item in unplaced:
            found = comment(item.found)
            if len(found) > 200:
                found = found[:199] + "…"
            lines.append(f"# - {item.what}: {found}")
            if item.sentence != item.found:
                sentence = comment(item.sentence)
                if len(sentence) > 400:
                    sentence = sentence[:399] + "…"
                lines.append(f"#   in: {sentence}")
        if more:
            lines.append(f"# … and {more} more not listed.")
    return "\n".join(lines) + "\n"
