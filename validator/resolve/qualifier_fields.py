"""A qualifier written as a field of the claim (`character: Ruth` beside the value), told
to go under `qualifiers`. The schema refuses the field (E102) before the dataset is
consulted, and said only which fields a claim has; with the claim's property known, the
field is named as its qualifier, with the mapping to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.model.typography import flow_text, shorten
from validator.parse.claim_file import ParsedFile

__all__ = ["told_qualifier_fields"]

# The key of a schema error at a field of a claim (`format_path`): claims[3].character.
_AT_FIELD = re.compile(r"claims\[([0-9]+)\]\.([a-z][a-z0-9_]*)\Z")
_UNKNOWN = "unknown field "
_ALLOWED = "; allowed here: "


def told_qualifier_fields(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 for an unknown field of a claim that is a qualifier of the
    claim's property told so, with what to write under `qualifiers`."""
    out: list[Finding] = []
    for finding in findings:
        # Only where it was told the fields a claim has: "the field above it,
        # 'qualifiers', is empty: ... indent it" says more already.
        listed = finding.message.startswith(_UNKNOWN) and _ALLOWED in finding.message
        at = _AT_FIELD.match(finding.key) if listed else None
        said = _next_step(parsed, int(at[1]), at[2], dataset) if at else None
        if said is not None:  # only a schema error (E102) is keyed by a bare path
            head = finding.message.split(_ALLOWED)[0]
            finding = replace(finding, message=head + said)
        out.append(finding)
    return tuple(out)


def _next_step(parsed: ParsedFile, index: int, name: str, dataset: Dataset) -> str | None:
    """What the claim at `index` is to write for its field `name`, where that is a
    qualifier of its property; None for any other field or claim."""
    claim = parsed.written(index)
    prop = claim.get("property") if claim is not None else None
    found = dataset.property(prop) if isinstance(prop, str) else None
    if claim is None or found is None or found[0].qualifier_type(name) is None:
        return None
    value = claim.get(name)
    shown = shorten(str(value), 60) if isinstance(value, str | int | float) else "..."
    shown = flow_text(shown) if isinstance(value, str) else shown
    return (
        f": it is a qualifier of property '{shorten(str(prop))}'; write it under qualifiers: "
        f"{{{name}: {shown}}}"
    )
