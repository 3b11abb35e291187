"""What a configuration's table may hold: its known keys, and lists of bounded length.

A configuration may come with a pull request. Each entry of `paths` is resolved link by
link, checked against the project and walked, and each code of `select` and `ignore` is
matched against every code: `paths = ["claims", ...]` written 440,000 times (the 4 MiB
a configuration may be) took 16 s of CPU before the first claim was read, and
`select = ["D2", ...]` 600,000 times 3 s. A real project lists a few folders and a few
codes, so a list of more than `MAX_ENTRIES` is refused before any entry is looked at.
Each entry is bounded where it is read: a path at 4,096 characters (`validator.config`),
and a code is matched in time linear in its length and quoted shortened.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from validator.model.typography import shorten

__all__ = ["MAX_ENTRIES", "table_problem"]

# Far more than any project lists, and few enough to be checked in a fraction of a
# second: each path entry costs tens of microseconds of link resolving and walking.
MAX_ENTRIES = 10_000

# Each list a configuration may hold, and what to write instead of a longer one.
_LISTS = {
    "paths": "name the folders that hold the claim files instead",
    "select": 'name codes by a prefix such as "D2" instead',
    "ignore": 'name codes by a prefix such as "D2" instead',
    "claimreview-verdicts": "name each verdict once",
}


def table_problem(
    table: Mapping[str, object], known: Sequence[str]
) -> tuple[str, str, bool] | None:
    """What is wrong with a configuration's `table` before its values are read, as the
    key it is about, the words, and whether the key itself is the problem: a key not in
    `known`, or a list longer than a configuration may hold; None when nothing."""
    unknown = sorted(set(table) - set(known))
    if unknown:
        # `fail_on`, `Select`: a known key in another spelling, named as the key it is.
        meant = {key.replace("_", "-").lower(): key for key in known}.get(
            unknown[0].replace("_", "-").lower()
        )
        named = f"unknown key '{shorten(unknown[0], 80)}'"
        if meant is not None:
            return unknown[0], f"{named}; write '{meant}'", True
        return unknown[0], f"{named}; known keys: {', '.join(known)}", True
    for key, advice in _LISTS.items():
        entries = _entries(key, table.get(key))
        if len(entries) > MAX_ENTRIES:
            said = (
                f"'{key}' lists {len(entries):,} entries, more than the {MAX_ENTRIES:,} a "
                f"configuration may list; {advice}"
            )
            return key, said, False
    return None


def _entries(key: str, value: object) -> Sequence[object]:
    """The entries of `value`: a list's items, or a text's parts (`select` and `ignore`
    may give their codes as one text, split at its commas as `parse_codes` splits it)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return value.split(",") if key in ("select", "ignore") else [value]
    return []
