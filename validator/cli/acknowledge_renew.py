"""An acknowledgement renewed in a YAML claim file by editing its values in place.

The round trips of validator.cli.acknowledge_yaml and acknowledge_item refuse a file
that ruamel.yaml cannot give back byte for byte, anywhere in it: one whose YAML indents
some blocks by two spaces and others by four, say. validator.cli.acknowledge_lines
then adds an acknowledgement as lines of their own, but a code the claim acknowledges
already is renewed, not added, so such a file was refused. Here the claim's entry for
the code has its `reason` replaced where its value is written, its `until` replaced,
added after the entry's last field or removed (the renewal's date, or none), and every
other byte of the file is kept. The file is then read by validate's own reader, which
must read it as exactly the data it held before with the entry renewed; None otherwise.

`renewal_step` says what to change by hand where this cannot be done.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from validator.read.line_feeds import line_starts
from validator.read.yaml_load import YamlParseError
from validator.read.yaml_parser import open_parser

from .acknowledge_item import reads_as
from .acknowledge_lines import double_quoted, one_claim
from .acknowledge_request import Request

__all__ = ["renew_lines", "renewal_step"]


@dataclass(frozen=True, slots=True)
class _Field:
    """One field of the entry: where its key starts, and where its value starts and
    ends (offsets in the file), and how the value is written (its scalar style)."""

    key: int
    start: int
    end: int
    style: str | None


@dataclass(frozen=True, slots=True)
class _Entry:
    """The entry's fields by name, whether it is a flow mapping, and where it ends:
    the offset of its closing brace (flow), or of its last value's end (block)."""

    fields: dict[str, _Field]
    flow: bool
    end: int


def renew_lines(text: str, claim_id: str, wanted: Request) -> str | None:
    """`text` (its lines ended by line feeds) with the claim's acknowledgement of
    `wanted.code` renewed in place; None where the claim has no such entry or the edit
    cannot be vouched for (see the module's docstring)."""
    if not text.endswith("\n") or "\r" in text:
        return None
    found = _entry_place(text, claim_id, wanted)
    if found is None:
        return None
    before, index, place = found
    entry = _entry(text, place)
    if entry is None or "reason" not in entry.fields:
        return None
    for reason in _spellings(text, entry.fields["reason"], wanted.reason):
        written = _edited(text, entry, reason, wanted)
        if written is not None and reads_as(written, before, index, wanted):
            return written
    return None


def renewal_step(text: str, claim_id: str, wanted: Request) -> str | None:
    """What to change by hand to renew the claim's acknowledgement of `wanted.code`,
    for a message; None when the claim has no entry of that code to renew."""
    found = _entry_place(text, claim_id, wanted) if text.endswith("\n") else None
    if found is None:
        return None
    before, index, (line, _) = found
    entries = before["claims"][index]["acknowledge"]
    had_until = any(isinstance(e, dict) and "until" in e for e in entries if _of(e, wanted))
    step = f"at line {line}, in claim '{claim_id}', set the {wanted.code} acknowledgement's "
    step += "reason to "
    step += double_quoted(wanted.reason)
    if wanted.until is not None:
        step += f" and its until to {wanted.until.isoformat()}"
    elif had_until:
        step += " and delete its until"
    return step


def _of(entry: Any, wanted: Request) -> bool:
    return isinstance(entry, dict) and entry.get("code") == wanted.code


def _entry_place(
    text: str, claim_id: str, wanted: Request
) -> tuple[dict[str, Any], int, tuple[int, int]] | None:
    """The file as validate reads it, the claim's index and the position (1-based line
    and column) of its one entry for `wanted.code`; None where the file does not read
    cleanly, the id is not one claim's, or the claim has no one such entry."""
    read = one_claim(text, claim_id)
    if read is None:
        return None
    before, positions, index = read
    entries = before["claims"][index].get("acknowledge")
    if not isinstance(entries, list):
        return None
    matching = [number for number, entry in enumerate(entries) if _of(entry, wanted)]
    if len(matching) != 1:
        return None
    place = positions.values.get(("claims", index, "acknowledge", matching[0]))
    return None if place is None else (before, index, place)


def _entry(text: str, place: tuple[int, int]) -> _Entry | None:
    """The entry whose mapping starts at `place`, as the parser's events give it; None
    where no mapping starts there or a field's key or value is not a scalar."""
    starts = line_starts(text)
    events = _events(text)
    if events is None:
        return None
    for event in events:
        if isinstance(event, yaml.MappingStartEvent) and _at(event.start_mark) == place:
            return _fields(events, starts, bool(event.flow_style))
    return None


def _fields(events: Iterator[Any], starts: list[int], flow: bool) -> _Entry | None:
    fields: dict[str, _Field] = {}
    last = 0
    for key in events:
        if isinstance(key, yaml.MappingEndEvent):
            end = _offset(starts, key.start_mark) if flow else last
            return _Entry(fields, flow, end)
        value = next(events, None)
        if not isinstance(key, yaml.ScalarEvent) or not isinstance(value, yaml.ScalarEvent):
            return None
        if value.anchor is not None or key.value in fields:
            return None
        last = _offset(starts, value.end_mark)
        fields[key.value] = _Field(
            _offset(starts, key.start_mark),
            _offset(starts, value.start_mark),
            last,
            value.style,
        )
    return None


def _events(text: str) -> Iterator[Any] | None:
    try:
        parser = open_parser(text)
    except YamlParseError:
        return None
    return _read_events(parser)


def _read_events(parser: Any) -> Iterator[Any]:
    try:
        while (event := parser.get_event()) is not None:
            yield event
            if isinstance(event, yaml.StreamEndEvent):
                return
    except (yaml.YAMLError, YamlParseError):
        return
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()


def _at(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _offset(starts: list[int], mark: Any) -> int:
    return int(starts[mark.line] + mark.column)


def _spellings(text: str, reason: _Field, wanted: str) -> list[str]:
    """The new reason as it may be written in place of the old: plain, where the old
    one was and the new one reads back as itself so (the reader checks), else double
    quoted. A block scalar (`|`, `>`) is not replaced: it ends lines below its key."""
    if reason.style in ("|", ">"):
        return []
    quoted = double_quoted(wanted)
    plain = reason.style in (None, "") and "\n" not in wanted and wanted == wanted.strip()
    return [wanted, quoted] if plain and wanted else [quoted]


def _edited(text: str, entry: _Entry, reason: str, wanted: Request) -> str | None:
    """`text` with the entry's reason written `reason` and its until as `wanted` has
    it: each change is a span of the file replaced, made from the last to the first."""
    fields = entry.fields
    changes = [(fields["reason"].start, fields["reason"].end, reason)]
    until = fields.get("until")
    if wanted.until is not None:
        date = wanted.until.isoformat()
        if until is not None:
            changes.append((until.start, until.end, date))
        else:
            added = _added_until(text, entry, date)
            if added is None:
                return None
            changes.append(added)
    elif until is not None:
        removed = _removed_until(text, entry, until)
        if removed is None:
            return None
        changes.append(removed)
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _added_until(text: str, entry: _Entry, date: str) -> tuple[int, int, str] | None:
    """The until field added as the entry's last: before a flow mapping's closing
    brace, or as a line of its own after a block's last field, at its fields' indent."""
    if entry.flow:
        return (entry.end, entry.end, f", until: {date}")
    key = entry.fields["reason"].key
    line_start = text.rfind("\n", 0, key) + 1
    indent = key - line_start
    if text[line_start:key].strip(" -"):
        return None
    after = text.find("\n", entry.end) + 1
    return (after, after, f"{' ' * indent}until: {date}\n")


def _removed_until(text: str, entry: _Entry, until: _Field) -> tuple[int, int, str] | None:
    """The until field taken out: its whole line, where it has one of its own (spaces,
    the key, the value and perhaps a comment); in a flow mapping, from the end of the
    value before it, with the comma between."""
    if entry.flow:
        previous = max((f.end for f in entry.fields.values() if f.end <= until.key), default=None)
        return None if previous is None else (previous, until.end, "")
    line_start = text.rfind("\n", 0, until.key) + 1
    line_end = text.find("\n", until.end) + 1
    rest = text[until.end : line_end].strip()
    if text[line_start : until.key].strip(" ") or (rest and not rest.startswith("#")):
        return None
    return (line_start, line_end, "")
