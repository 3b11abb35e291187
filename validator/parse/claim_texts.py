"""A claim's texts as a run carries them into its findings and records: one longer than
the claim-file schema allows cut to that length, ending in a note of how many characters
were left out and where the whole text is.

A claim file may be written by anyone, and an invalid claim's record still shows what
it says. Copied whole, a value and an excerpt of a million characters each made the JSON
report 4 MB and the HTML report 2 MB for one claim, and an id of that size would be
repeated by every finding naming the claim. Cut here, where the texts enter the run,
every output shows the same cut text, and no reporter decides where to cut. Only an
invalid claim's text can be over its limit: a valid claim's are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from heapq import nsmallest
from typing import Any

from validator.model.property_types.base import describe_raw
from validator.model.property_types.registry import describe_written
from validator.model.typography import shortened
from validator.read.files import LoadedFile

from .schema import load_schema
from .written_as import written_as

__all__ = ["CLAIM_SCHEMA", "claim_qualifiers", "claim_text", "claim_texts", "limits"]

CLAIM_SCHEMA = "claim-file.schema.json"


@cache
def limits() -> dict[str, int]:
    """The most characters the schema allows in each text of a claim that its record
    or its findings carry."""
    definitions = load_schema(CLAIM_SCHEMA)["$defs"]
    claim = definitions["claim"]["properties"]
    (text,) = [kind for kind in definitions["value"]["anyOf"] if kind.get("type") == "string"]
    return {
        "id": definitions["id"]["maxLength"],
        "subject": claim["subject"]["maxLength"],
        "property": claim["property"]["maxLength"],
        "value": text["maxLength"],
        "excerpt": claim["excerpt"]["maxLength"],
    }


def claim_text(text: str, field: str, number: int) -> str:
    """`text`, the `field` of claim `number` (from 0) of its file, as written when the
    schema allows its length; else `shortened` to the most it allows, the note naming
    the place the whole text is written (`claims[3].value`, as a schema error names
    it). The place makes two cut texts differ even where what is kept is the same: two
    long ids that differ only past the cut are not one id used twice."""
    limit = limits()[field]
    if len(text) <= limit:
        return text
    return shortened(text, limit, f"the file has it whole at claims[{number}].{field}")


def claim_texts(
    number: int, subject: str, prop: str, value: str, excerpt: Any
) -> tuple[str, str, str, Any]:
    """The subject, property, value (as shown) and excerpt (text, or whatever else was
    written) of claim `number` of its file, each `claim_text`."""
    if isinstance(excerpt, str):
        excerpt = claim_text(excerpt, "excerpt", number)
    return (
        claim_text(subject, "subject", number),
        claim_text(prop, "property", number),
        claim_text(value, "value", number),
        excerpt,
    )


# The most qualifiers an invalid claim's record lists, as E106 reports at most ten of
# them (`resolve.qualifiers.MAX_PROBLEMS`): a claim may be written with 200,000.
_SHOWN_QUALIFIERS = 10


def claim_qualifiers(
    raw: dict[str, Any],
    number: int,
    loaded: LoadedFile,
    resolved: Iterable[tuple[str, Any, str]] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> tuple[tuple[str, str], ...]:
    """The qualifiers of claim `number` of `loaded` (written as `raw`), as its record
    shows them: (name, value), in name order. `resolved`: its qualifiers resolved
    (name, set, value as the claim's steps show it: a date as a date), in name order.
    Without them, each as written (`0x10`, not 16), the first `_SHOWN_QUALIFIERS`, a
    name cut as a property is, a value as a value is; none where they are not a
    mapping. A name only its cut makes the same as an earlier one is left out: a report
    lists each name once. `kinds`: the type of each qualifier the claim's property
    defines, where it is known, so that one that did not resolve reads as a resolved
    one does (a date as a date: "2022 or later", not "at least 2022")."""
    if resolved is not None:
        return tuple([(name, shown) for name, _, shown in resolved])
    written = raw.get("qualifiers")
    if not isinstance(written, dict) or not written:
        return ()
    texts = written_as(raw, number, loaded)
    where = f"the file has it whole at claims[{number}].qualifiers"
    name_limit, value_limit = limits()["property"], limits()["value"]
    shown: dict[str, str] = {}
    first = nsmallest(_SHOWN_QUALIFIERS, written.items(), key=lambda item: describe_raw(item[0]))
    for key, value in first:
        numbers = texts.qualifier_numbers(key) if texts is not None and type(key) is str else ()
        kind = kinds.get(key) if kinds is not None and type(key) is str else None
        shown.setdefault(
            shortened(describe_raw(key), name_limit, where),
            shortened(describe_written(value, kind, numbers), value_limit, where),
        )
    return tuple(shown.items())
