"""An acknowledgement written into a YAML claim file by editing the claim's own item.

The round trip of validator.cli.acknowledge_yaml reads and writes the whole file with
ruamel.yaml, some 1.7 ms for each claim in it: seconds for a file of a few thousand. Here
the same round trip is given a small document instead: the file with every claim but the
one acknowledged taken out (what comes before the list, that claim's item, what comes
after the list). Its edited item is put back in the file in place of the old one, every
other byte kept as it was. The file is then read by validate's own reader, which it must
read as exactly the data it held before plus the acknowledgement.

None, and the whole file's round trip is left to do it, wherever this cannot be vouched
for: a file with tabs or line breaks other than line feeds, duplicate keys or tags the
reader refuses, a list of claims not in block style or an item not begun on its dash's
line, items whose dashes are spaced unlike the first's (the round trip takes the file's
indentation from it), a small document the round trip refuses, or an edited file that
does not read back as it should (an alias repeating the claim, say).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.util import create_timestamp, timestamp_regexp

from validator.read.line_feeds import line_starts
from validator.read.yaml_load import YamlParseError, load_yaml

from .acknowledge_request import AcknowledgeError, Request, ack_entry, acknowledged_list

__all__ = ["ITEM_DASH", "claim_index", "edit_item", "reads_as"]

# (the file's text, the claim's own id, the request, the path to name) -> the new text
Rewrite = Callable[[str, str, Request, str], str]

# What would make the reader's lines, or the round trip's, differ from the line feeds'
# (str.splitlines breaks at each of these), and tabs, which indentation may not hold.
_UNUSUAL = re.compile("[\t\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# What stands before an item on its line: its indentation and dash.
ITEM_DASH = re.compile(r" *- +")
# The document markers the round trip looks for in the text (acknowledge_yaml._yaml).
_START = re.compile(r"^---(?: |$)", re.MULTILINE)
_END = re.compile(r"^\.\.\.$", re.MULTILINE)
# A date or time as the round trip reads one (a plain scalar it matches whole), found
# anywhere in the text: unanchored, so that one inside a longer text is found too.
_TIMESTAMP = re.compile(timestamp_regexp.pattern.removeprefix("^").removesuffix("$"), re.X)


@dataclass(frozen=True, slots=True)
class _Cut:
    """Offsets in the file: where the first item's line starts (`head`), where the
    claim's item starts and ends (at the next item's line, or with the list), and
    where the list ends (`tail`). The small document is the file without the items
    from `head` to `start` and from `end` to `tail`."""

    index: int
    head: int
    start: int
    end: int
    tail: int


def edit_item(
    text: str, claim_id: str, wanted: Request, shown: str, rewrite: Rewrite
) -> str | None:
    """`text` (its lines ended by line feeds) with the acknowledgement written into the
    claim's item by `rewrite` (the whole-file round trip, given the small document);
    None where the whole file must be rewritten instead (see the module's docstring)."""
    # The caller gives a file without a final line feed one (acknowledge_yaml), as the
    # round trip writes one; the test stays for any other caller.
    if not text.endswith("\n") or _UNUSUAL.search(text) or not _buildable(text):
        return None
    try:
        before, positions, problems = load_yaml(text)
    except YamlParseError:
        return None
    if problems:
        return None
    cut = _cut(text, before, positions.values, positions.keys, claim_id)
    if cut is None:
        return None
    head, tail = text[: cut.head], text[cut.tail :]
    small = head + text[cut.start : cut.end] + tail
    if _markers(small) != _markers(text):
        return None
    try:
        edited = rewrite(small, claim_id, wanted, shown)
    except AcknowledgeError:  # the whole file's round trip says why, in its own words
        return None
    if len(edited) < len(head) + len(tail):
        return None
    if not (edited.startswith(head) and edited.endswith(tail)):
        return None
    item = edited[len(head) : len(edited) - len(tail)]
    written = text[: cut.start] + item + text[cut.end :]
    return written if reads_as(written, before, cut.index, wanted) else None


def claim_index(data: Any, claim_id: str) -> int | None:
    """The place in the document's list of claims (as validate's reader gives it) of the
    first claim with id `claim_id`; None where there is none, or no list."""
    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, list):
        return None
    found = (i for i, c in enumerate(claims) if isinstance(c, dict) and c.get("id") == claim_id)
    return next(found, None)


def _cut(
    text: str,
    data: Any,
    values: dict[Any, tuple[int, int]],
    keys: dict[Any, tuple[int, int]],
    claim_id: str,
) -> _Cut | None:
    index = claim_index(data, claim_id)
    if index is None:  # the whole file's round trip says so, as it always has
        return None
    claims = data["claims"]
    starts = line_starts(text)

    def item(at: int) -> tuple[int, str] | None:
        """Where the line of item `at` starts, and what stands before the item on it;
        None for an item with no place of its own (in a list that is an alias)."""
        found = values.get(("claims", at))
        if found is None:
            return None
        line, column = found
        begins = starts[line - 1]
        dash = text[begins : begins + column - 1]
        return (begins, dash) if ITEM_DASH.fullmatch(dash) else None

    first, own = item(0), item(index)
    # The round trip takes the file's indentation from its first line with a dash: the
    # first item's, unless one comes before it, which the small document keeps.
    if first is None or own is None or first[1] != own[1]:
        return None
    last = item(len(claims) - 1)
    tail = None if last is None else _list_end(text, data, keys, starts, last[0])
    if tail is None:
        return None
    if index + 1 < len(claims):
        after = item(index + 1)
        if after is None:
            return None
        end = after[0]
    else:
        end = tail
    if not first[0] <= own[0] < end <= tail:
        return None
    return _Cut(index, first[0], own[0], end, tail)


def _list_end(
    text: str, data: dict[Any, Any], keys: dict[Any, tuple[int, int]], starts: list[int], last: int
) -> int | None:
    """Where the list of claims ends: at the line of the next key of the document, or
    of a document end marker, or at the end of the text. `last`: where the last item's
    line starts."""
    order = list(data)
    at = order.index("claims")
    if at + 1 < len(order):
        line, column = keys.get((order[at + 1],), (0, 0))
        return starts[line - 1] if column == 1 and starts[line - 1] > last else None
    marker = _END.search(text, last)
    return marker.start() if marker else len(text)


def _buildable(text: str) -> bool:
    """Whether the round trip can build every date and time in `text`: it fails on
    2022-02-30, and on 9999-12-31T23:59:59.9999999 (rounded past the last second), with
    errors of its own, which the whole file's round trip tells as a value in the file
    that cannot be written back. A claim other than the one acknowledged may hold one,
    so the whole text is looked through, not the small document only. (Where a text
    holding such a date is quoted, the whole file's round trip, which reads it as text,
    does the edit.)"""
    for match in _TIMESTAMP.finditer(text):
        try:
            create_timestamp(**match.groupdict())
        except (ValueError, OverflowError):
            return False
    return True


def _markers(text: str) -> tuple[bool, bool]:
    return _START.search(text) is not None, _END.search(text) is not None


def reads_as(written: str, before: Any, index: int, wanted: Request) -> bool:
    """`written` reads, by validate's reader, as `before` with the acknowledgement in
    claim `index`, and nothing else changed (order and types too: json.dumps tells 1
    from true and keeps the order of keys, where == would not)."""
    try:
        after, _, problems = load_yaml(written)
    except YamlParseError:
        return False
    claims = list(before["claims"])
    claims[index] = _acknowledged(claims[index], wanted)
    expected = {**before, "claims": claims}
    try:
        return not problems and json.dumps(after) == json.dumps(expected)
    except (TypeError, ValueError):  # pragma: no cover - the reader gives JSON's types
        return False


def _acknowledged(claim: dict[str, Any], wanted: Request) -> dict[str, Any]:
    """The claim as the round trip's edit leaves it (acknowledge_yaml._insert): the
    code's entry renewed in place, else one added to the list, or a list made for it."""
    acks = claim.get("acknowledge")
    listed = acknowledged_list(acks, wanted) if isinstance(acks, list) else [ack_entry(wanted)]
    return {**claim, "acknowledge": listed}
