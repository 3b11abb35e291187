"""Stage 3: the claims of an undated source, whose publication date cannot be used.

A claim without an `as_of` of its own holds as of its source's publication date. Where
that date cannot be used (its E102 says what to write), a claim whose verdict no date
could change is checked as of an unknown date, every moment at once: a property neither
derived nor time-dependent (a network, a cast member, an award), whose date decides at
most which of its facts is cited. One that the date decides (an age, a changing score)
is invalid: the source's E102 kept it from being checked (DESIGN section 5), and names
it. A claim with an `as_of` of its own is checked as any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding
from validator.model.property_types.registry import derivation
from validator.model.values import Span

from .claim_dates import Dated
from .claims import Said

__all__ = ["UNKNOWN_DATE", "date_decides", "naming_unchecked", "written_date_decides"]

# The date of a claim of an undated source: every moment, as reports show it.
UNKNOWN_DATE: Dated = (Span(None, None), "an unknown date")


def date_decides(said: Said) -> bool:
    """Whether the date of a claim saying `said` can change its verdict: a derived
    property (an age at the date) or a time-dependent one (the facts valid then). For
    any other, a fact's date qualifier (an award's year) decides only which fact is
    cited, the one the source could have known of (`rules.fact_compare.postdates`)."""
    return _decided_by_date(said[2])


def written_date_decides(raw: object, dataset: Dataset) -> bool:
    """Whether the date would decide a claim written as `raw` that something else keeps
    from being checked (a value no float holds, an id used twice): one without an
    `as_of` of its own, of a property the date decides. The date's finding names it
    too, since mending the other problem alone would not get it checked; and so the
    claims it names do not depend on what else is wrong with them."""
    if not isinstance(raw, dict) or raw.get("as_of") is not None:
        return False
    name = raw.get("property")
    # By its inverse's name too (`employs` for `employer`): the statement it resolves
    # to is of the declared property, which `date_decides` asks about.
    found = dataset.property(name) if isinstance(name, str) else None
    return found is not None and _decided_by_date(found[0])


def _decided_by_date(prop: PropertyDef) -> bool:
    return prop.time_dependent or derivation(prop.derived) is not None


def naming_unchecked(
    findings: Iterable[Finding],
    unchecked: tuple[str, ...],
    key: str,
    whose: str = " whose verdict depends on the date",
) -> list[Finding]:
    """`findings`, the one keyed `key` naming the claims the source's publication date
    kept from being checked (`unchecked`) and saying how many: the file's own word on
    why the date cannot be used (`ParsedFile.undated_by`: the first problem at the date,
    or the schema's where it is missing or misspelt, else the calendar's). Its
    fingerprint stays the file's: it is the same finding whichever claims it reaches.
    `whose`: which claims they are, after "claims" (none: a source that cannot be used
    keeps every claim of its file from being checked)."""
    out = list(findings)
    for number, finding in enumerate(out):
        if unchecked and key and finding.key == key:
            count = len(unchecked)
            which = f"1 claim{whose} is" if count == 1 else f"{count:,} claims{whose} are"
            # After a question ("did you mean 'published'?"), a sentence of its own.
            then = " Until then" if finding.message.endswith("?") else "; until then"
            message = f"{finding.message}{then} {which} not checked"
            out[number] = replace(finding, message=message, claims=unchecked)
            break
    return out
