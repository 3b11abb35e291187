"""An acknowledgement written into a YAML claim file as new lines, every old one kept.

The round trips of validator.cli.acknowledge_yaml and acknowledge_item rewrite text
that ruamel.yaml reads: they refuse a file it cannot give back byte for byte, such as
one holding a flow mapping over several lines, a tab before a comment or a `%YAML`
directive, anywhere in it, though the claim acknowledged is an ordinary block of
fields. Here, for such a claim with no `acknowledge` field yet, the field is written as
lines of its own after the claim's last line, at its fields' indentation, and nothing
else is touched; for a claim written as a flow mapping (`- {id: a, ...}`, over one line
or several), as one more entry before its closing brace; for a claim whose block list
of acknowledgements lacks the code, as one more item after the list's last, laid out as
that one is. The file is then read by
validate's own reader, which must read it as exactly the data it held before plus the
acknowledgement; None otherwise, and the file is left as it was.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import yaml

from validator.read.line_feeds import line_starts
from validator.read.positions import Positions
from validator.read.yaml_load import YamlParseError, load_yaml
from validator.read.yaml_parser import open_parser

from .acknowledge_item import ITEM_DASH, claim_index, reads_as
from .acknowledge_request import Request

__all__ = ["append_lines", "double_quoted", "one_claim"]

# Characters a YAML reader takes for a line break or drops, which a double-quoted
# scalar must escape to hold: the C0 and C1 controls and the separators.
_ESCAPED = frozenset("\x7f\x85\u2028\u2029\ufeff")
# And what a reader of the file would not see: format characters (a bidi override, a
# zero-width space), surrogates and unassigned code points.
_UNSEEN = ("Cc", "Cf", "Cs", "Cn")


def double_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back as exactly `text`."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif char in _ESCAPED or code < 0x20 or unicodedata.category(char) in _UNSEEN:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def append_lines(text: str, claim_id: str, wanted: Request) -> str | None:
    """`text` (its lines ended by line feeds) with an `acknowledge` field of `wanted`
    added after the claim's last line, or inside its flow mapping's braces, or with
    `wanted` one more item of the claim's block list of acknowledgements; None where
    that cannot be vouched for: the file is not read cleanly, the claim is neither a
    flow mapping nor a block of fields begun on its dash's line, its list already
    acknowledges the code (the round trips renew it in place) or is not a block list
    of items begun on their dashes' lines, or the result does not read as it should."""
    if not text.endswith("\n") or "\r" in text:
        return None
    read = one_claim(text, claim_id)
    if read is None:
        return None
    before, positions, index = read
    starts = line_starts(text)
    if "acknowledge" in before["claims"][index]:
        last = _last_item(before["claims"][index]["acknowledge"], wanted)
        place = None if last is None else positions.values.get(("claims", index, *last))
        if place is None:
            return None
        return _into_list(text, starts, place, wanted, lambda w: reads_as(w, before, index, wanted))
    place = positions.values.get(("claims", index))
    if place is None:
        return None
    line, column = place
    begins = starts[line - 1]
    dash = text[begins : begins + column - 1]
    if not ITEM_DASH.fullmatch(dash):
        return None
    if text[begins + column - 1] == "{":
        return _into_flow(text, starts, place, lambda w: reads_as(w, before, index, wanted), wanted)
    if text[begins + column - 1] in "[&*!|>":
        return None
    indent = column - 1
    field = _field(" " * indent, wanted)
    # The two places are one where no comment or blank line ends the item: read once.
    for after in dict.fromkeys(_after_item(text, starts, line, indent)):
        written = text[:after] + field + text[after:]
        if reads_as(written, before, index, wanted):
            return written
    return None


def one_claim(text: str, claim_id: str) -> tuple[Any, Positions, int] | None:
    """The file as validate's reader reads it, with the positions of its values, and
    the index of the one claim of the id; None where the file does not read cleanly or
    no claim, or more than one, has the id (which one is meant is the author's to say)."""
    try:
        before, positions, problems = load_yaml(text)
    except YamlParseError:
        return None
    index = claim_index(before, claim_id)
    if problems or index is None:
        return None
    if claim_index({"claims": before["claims"][index + 1 :]}, claim_id) is not None:
        return None
    return before, positions, index


def _last_item(acks: Any, wanted: Request) -> tuple[str, int] | None:
    """The path, within the claim, of the last item of its list of acknowledgements,
    where `wanted` may be added after it: a list with items and none of `wanted`'s code
    (an empty list is in flow style, which the round trips extend; an item of the code
    is renewed in place by them, comments and all)."""
    if not isinstance(acks, list) or not acks:
        return None
    if any(isinstance(ack, dict) and ack.get("code") == wanted.code for ack in acks):
        return None
    return ("acknowledge", len(acks) - 1)


def _into_list(
    text: str,
    starts: list[int],
    place: tuple[int, int],
    wanted: Request,
    reads_right: Callable[[str], bool],
) -> str | None:
    """`text` with `wanted` one more item of a block list of acknowledgements, after its
    last item, which begins at `place`, and laid out as that one is. Such a list that
    the round trips refused with the rest of the file (one not indented under its key,
    in a file whose claims are) was refused, to be extended by hand, though validate
    writes such lists itself in a file whose claims are not indented."""
    line, column = place
    begins = starts[line - 1]
    dash = text[begins : begins + column - 1]
    if not ITEM_DASH.fullmatch(dash) or text[begins + column - 1] in "[&*!|>":
        return None
    if text[begins + column - 1] == "{":  # the last item in flow style: the new one too
        item = f"{dash}{{{_flow_fields(wanted)}}}\n"
    else:
        first, *rest = _field_lines(" " * (column - 1), wanted)
        item = dash + first.lstrip(" ") + "".join(rest)
    for after in dict.fromkeys(_after_item(text, starts, line, column - 1)):
        written = text[:after] + item + text[after:]
        if reads_right(written):
            return written
    return None


def _after_item(text: str, starts: list[int], line: int, indent: int) -> tuple[int, int]:
    """Where the field may go: after the item's last line, and after the comments and
    blank lines that follow it. The item runs on while lines are indented at least as
    far as its fields (or are blank, or comments). Blank lines and comments at its end
    belong to what follows (the next claim's heading), so the field goes before them,
    unless that reads otherwise: a line of a block scalar may begin with "#"."""
    end = len(text)
    last = starts[line - 1]  # the start of the item's last line of its own
    stop = end
    for number in range(line, len(starts)):
        start = starts[number]
        row = text[start : starts[number + 1] if number + 1 < len(starts) else end]
        field = row.rstrip("\n").lstrip(" ")
        if not field or field.startswith("#"):
            continue
        if len(row) - len(row.lstrip(" ")) < indent:
            stop = start
            break
        last = start
    newline = text.find("\n", last)
    return (end if newline < 0 else newline + 1), stop


def _field(spaces: str, wanted: Request) -> str:
    first, *rest = _field_lines(f"{spaces}    ", wanted)
    return f"{spaces}acknowledge:\n{spaces}  - {first.lstrip(' ')}" + "".join(rest)


def _field_lines(spaces: str, wanted: Request) -> list[str]:
    """An acknowledgement's fields as block lines, each at `spaces`."""
    lines = [f"{spaces}code: {wanted.code}\n", f"{spaces}reason: {double_quoted(wanted.reason)}\n"]
    if wanted.until is not None:
        lines.append(f"{spaces}until: {wanted.until.isoformat()}\n")
    return lines


def _into_flow(
    text: str,
    starts: list[int],
    place: tuple[int, int],
    reads_right: Callable[[str], bool],
    wanted: Request,
) -> str | None:
    """`text` with the acknowledgement an entry of the flow mapping that opens at
    `place`, written before its closing brace: after a comma of its own, or after the
    one the mapping ends with already (`{id: a, }`)."""
    closing = _closing_brace(text, starts, place)
    if closing is None:
        return None
    entry = _flow_entry(wanted)
    for written in (f", {entry}", f"{entry} "):
        edited = text[:closing] + written + text[closing:]
        if reads_right(edited):
            return edited
    return None


def _closing_brace(text: str, starts: list[int], place: tuple[int, int]) -> int | None:
    """The offset of the `}` that closes the flow mapping opening at `place` (1-based
    line and column), as the YAML parser's events place it; None if none opens there."""
    parser: Any = None
    try:
        parser = open_parser(text)
        depth = 0
        while (event := parser.get_event()) is not None:
            mark = event.start_mark
            at = (mark.line + 1, mark.column + 1)
            if depth == 0 and isinstance(event, yaml.MappingStartEvent) and at == place:
                depth = 1
            elif depth and isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
            elif depth and isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                if depth == 0:
                    offset = starts[mark.line] + mark.column
                    return offset if text[offset : offset + 1] == "}" else None
            if isinstance(event, yaml.StreamEndEvent):
                return None
    except (yaml.YAMLError, YamlParseError, IndexError):
        return None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return None


def _flow_entry(wanted: Request) -> str:
    return f"acknowledge: [{{{_flow_fields(wanted)}}}]"


def _flow_fields(wanted: Request) -> str:
    fields = f"code: {wanted.code}, reason: {double_quoted(wanted.reason)}"
    if wanted.until is not None:
        fields += f", until: {wanted.until.isoformat()}"
    return fields
