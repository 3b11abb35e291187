"""The claims an id a person typed (`--explain`, `--acknowledge`) may have meant, and
how a message quotes what was typed."""

from __future__ import annotations

from validator.model.names import Suggester, normalise_name
from validator.model.result import Result
from validator.model.typography import shorten
from validator.report.escaping import label

__all__ = ["close_ids", "typed"]

# As the command's other messages cut a value they quote (a path, a setting): a script
# may pass on text a pull request chose, of any length.
_TYPED_SHOWN = 80


def typed(text: str) -> str:
    """An id or a code as a person typed it, for a message to quote: cut short as other
    quoted values are, and with every character not printable shown as an escape, as
    ids are everywhere (`label`), so that a control character, an escape sequence, a
    newline or U+202E neither acts on the terminal nor splits the message's line, and
    two ids alike on screen are told apart."""
    return label(shorten(text, _TYPED_SHOWN))


def close_ids(result: Result, full_id: str) -> list[str]:
    """Up to three claims `full_id` may have meant. First those it names but for its
    slashes (`/src/claim`, `src//claim`, `src/claim/`), its case, spacing, punctuation
    or invisible characters (`SRC/Claim`, `src/claim` and a newline), or by its claim's
    own id alone (`mia-age`), which the spelling suggester passes over: it compares
    names without their case and punctuation, so it took `/src/claim` for `src/claim`
    itself and left it out, and a claim's own id is too short beside a full one to
    reach its cutoff."""
    ids = [c.full_id for c in result.claims]
    parts = [part for part in full_id.split("/") if part]
    joined = "/".join(parts)
    found = [i for i in ids if i == joined]
    key = normalise_name(full_id)
    if key:  # an id of punctuation alone is like no claim's
        found += sorted(i for i in ids if i != joined and normalise_name(i) == key)
    if len(parts) == 1:
        found += sorted(c.full_id for c in result.claims if c.claim_id == parts[0])
    for close in Suggester(ids).suggest(full_id):
        if close not in found:
            found.append(close)
    return found[:3]
