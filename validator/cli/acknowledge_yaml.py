"""An acknowledgement added to a claim file's YAML with its layout kept.

The file is rewritten with ruamel.yaml's round trip, which keeps comments, key order,
quoting and flow style. It is rewritten only when that can be done faithfully: the file
must come back byte for byte from a round trip without the change, and after it every
line of the original must still be there (but the one line of a flow-style claim or of
a flow-style list of acknowledgements, which gains the acknowledgement and keeps its
comment) and the document must hold exactly one more acknowledgement.
Otherwise nothing is written and the message says to add it by hand.

Read and written whole, a file of 2,000 claims took seconds. So, where it can vouch for
the result, validator.cli.acknowledge_item gives this round trip a small document (the
file without its other claims) and puts the claim's edited item back in the file: the
same bytes, at a cost that follows the claim's size; the whole file otherwise.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString as DQ
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from validator.read.yaml_load import load_yaml
from validator.read.yaml_scalars import YamlParseError

from .acknowledge_item import claim_index, edit_item, reads_as
from .acknowledge_lines import append_lines
from .acknowledge_renew import renew_lines, renewal_step
from .acknowledge_request import AcknowledgeError, Request

__all__ = ["add_acknowledgement", "add_to_whole_file"]


def _spelling_null(spelling: str) -> type[RoundTripRepresenter]:
    """A round-trip representer that writes every null as `spelling`. (A subclass:
    `add_representer` on ruamel.yaml's own class would change it for every user.)"""

    class Spelled(RoundTripRepresenter):
        pass

    def null(representer: RoundTripRepresenter, data: None) -> Any:
        return representer.represent_scalar("tag:yaml.org,2002:null", spelling)

    Spelled.add_representer(type(None), null)
    return Spelled


# How a file may spell its nulls: as ruamel.yaml writes them (nothing after the key),
# or as `null`, as the contract's example writes `author: null`, or as `~`. A file is
# rewritten only with the one that gives it back byte for byte.
_NULLS: tuple[type[RoundTripRepresenter] | None, ...] = (
    None,
    _spelling_null("null"),
    _spelling_null("~"),
)


def _yaml(text: str, nulls: type[RoundTripRepresenter] | None = None) -> YAML:
    """A round-trip YAML set to the file's own indentation, as far as it can be told,
    its document markers (`---`, `...`) and, with `nulls`, its spelling of null."""
    _, sequence, offset = load_yaml_guess_indent(text)
    yaml = YAML()  # round trip: comments, order, quotes and flow style are kept
    yaml.preserve_quotes = True
    yaml.width = 1 << 16  # never fold a long line the author kept on one line
    yaml.indent(mapping=_mapping_indent(text), sequence=sequence or 2, offset=offset or 0)
    lines = text.splitlines()
    yaml.explicit_start = any(line == "---" or line.startswith("--- ") for line in lines)
    yaml.explicit_end = "..." in lines
    if nulls is not None:
        yaml.Representer = nulls
    return yaml


# A key with nothing after it on its line: a block of fields follows.
_BLOCK_KEY = re.compile(r" *[^\s#-][^#]*:[ \t]*(?:#.*)?")


def _mapping_indent(text: str) -> int:
    """How far the file indents a field under the one holding it, told by the first
    field under a key (`source:` then `    id: ...`, or `qualifiers:` then the
    qualifiers): 2 where nothing tells. ruamel.yaml's own guess reads only the
    indentation of lists, so a file indenting its fields by four spaces came back with
    two, and was refused."""
    opened = None  # the indentation of a key whose fields follow it
    for line in text.splitlines():
        field = line.lstrip(" ")
        if not field or field[0] == "#":
            continue  # blank lines and comments tell nothing
        indent = len(line) - len(field)
        if opened is not None and field[0] != "-" and indent > opened:
            return indent - opened
        opened = indent if _BLOCK_KEY.fullmatch(line) else None
    return 2


def _faithful(text: str, shown: str, by_hand: str) -> tuple[YAML, Any]:
    """The file loaded by a YAML that gives it back byte for byte, and that YAML."""
    for nulls in _NULLS:
        try:
            yaml = _yaml(text, nulls)
            data = yaml.load(text)
            if _dump(yaml, data) == text:
                return yaml, data
        except YAMLError:
            break
        except Exception:  # the constructors fail on some values with errors of their own
            # ruamel.yaml builds a YAML 1.1 timestamp of 2022-02-30 and fails on the day
            # (ValueError), on 9999-12-31T23:59:59.99999 (OverflowError), on `!!bool
            # maybe` (KeyError): values elsewhere in the file that validate reports.
            raise AcknowledgeError(
                f"{shown}: it holds a value that cannot be written back as it is, such as a "
                "date that is not a real day (2022-02-30); correct the findings in the file "
                "first, or add the acknowledgement by hand"
            ) from None
    raise AcknowledgeError(by_hand)


def _dump(yaml: YAML, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def add_acknowledgement(text: str, claim_id: str, wanted: Request, shown: str) -> str:
    """`text` with the acknowledgement added to the claim's `acknowledge` list (or, for
    a code it already acknowledges, that one renewed); AcknowledgeError when that
    cannot be done faithfully. The claim's own item is edited where that can be vouched
    for (validator.cli.acknowledge_item): the same bytes as the whole file's round trip,
    at a cost that follows the claim's size, not the file's."""
    written = _by_line_feeds(
        text,
        lambda lines: (
            edit_item(lines, claim_id, wanted, shown, _add)
            or _add_or_append(lines, claim_id, wanted, shown)
        ),
    )
    return _unended(text, written, claim_id, wanted, shown)


def _add_or_append(
    text: str, claim_id: str, wanted: Request, shown: str, by_lines: bool = True
) -> str:
    """The whole file's round trip; where it refuses the file (a layout it cannot give
    back, anywhere in the file), the field written as lines of its own after the claim
    (validator.cli.acknowledge_lines), or the claim's entry of the code renewed in place
    (validator.cli.acknowledge_renew), if that can be vouched for (and `by_lines`). A
    renewal that cannot be says which values to change by hand."""
    try:
        return _add(text, claim_id, wanted, shown)
    except AcknowledgeError as refused:
        written = None
        if by_lines:
            written = append_lines(text, claim_id, wanted) or renew_lines(text, claim_id, wanted)
        if written is not None:
            return written
        step = renewal_step(text, claim_id, wanted)
        if step is None:
            raise
        raise AcknowledgeError(
            f"{shown}: its layout cannot be kept exactly; renew it by hand: {step}"
        ) from refused


def add_to_whole_file(text: str, claim_id: str, wanted: Request, shown: str) -> str:
    """`add_acknowledgement` by the round trip of the whole file, always: what the
    edit of the claim's item must give, in the same words where it cannot."""
    written = _by_line_feeds(
        text, lambda lines: _add_or_append(lines, claim_id, wanted, shown, by_lines=False)
    )
    return _unended(text, written, claim_id, wanted, shown)


def _by_line_feeds(text: str, edit: Callable[[str], str]) -> str:
    """`edit` given `text` with its lines ended by line feeds, and its result given
    the file's own line ends back; a file whose last line has no end (as many editors
    save one) is edited with one, and given none back."""
    if text and not text.endswith(("\n", "\r")):
        end = _line_end(text)
        return _by_line_feeds(text + end, edit).removesuffix(end)
    # A file saved with CRLF line endings (a Windows editor's) is edited with LF, which
    # the round trip writes, and given its CRLF back: otherwise no such file came back
    # byte for byte, and every one was refused. Mixed line endings still are.
    if "\r\n" in text and "\n" not in text.replace("\r\n", ""):
        return edit(text.replace("\r\n", "\n")).replace("\n", "\r\n")
    # A file whose every line a lone CR ends (classic Mac OS) is edited the same way and
    # given its CRs back: the reader counts its lines as an editor does.
    if "\r" in text and "\n" not in text:
        return edit(text.replace("\r", "\n")).replace("\n", "\r")
    return edit(text)


def _line_end(text: str) -> str:
    """The end the file's lines have: CR LF, or a lone CR, or a line feed."""
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


def _unended(text: str, written: str, claim_id: str, wanted: Request, shown: str) -> str:
    """`written`, for a file `text` whose last line had no end (the edit gave it one and
    took it off again), if it reads as `text` with the acknowledgement: a `|+` block at
    the very end keeps the line end the edit gave it, and would read otherwise."""
    if not text or text.endswith(("\n", "\r")):
        return written
    try:
        before = load_yaml(text)[0]
    except YamlParseError:
        before = None
    index = claim_index(before, claim_id)
    if index is None or not reads_as(written, before, index, wanted):
        raise AcknowledgeError(
            f"{shown}: its last line has no line end, and the acknowledgement cannot be "
            "written without one; end the file with a line end, or add it by hand"
        )
    return written


def _add(text: str, claim_id: str, wanted: Request, shown: str) -> str:
    by_hand = f"{shown}: its layout cannot be kept exactly; add the acknowledgement by hand"
    yaml, data = _faithful(text, shown, by_hand)
    found = [c for c in _claims(data) if isinstance(c, CommentedMap) and c.get("id") == claim_id]
    if not found:
        raise AcknowledgeError(f"{shown}: no claim with id '{claim_id}'")
    claim = found[0]
    # A flow-style claim is one line that gains the acknowledgement; every other line
    # of the file must come through unchanged.
    changed = {claim.lc.line} if claim.fa.flow_style() else set()
    existing = claim.get("acknowledge")
    if isinstance(existing, CommentedSeq) and (not existing or existing.fa.flow_style()):
        # `acknowledge: []` (a list with nothing in it is always in flow style) or a
        # one-line list: its line gains the new item (ruamel.yaml writes what was an
        # empty list as a block), but must keep its comment.
        changed.add(existing.lc.line)
    before = _count_acks(data)
    # A comment after the claim's last line (often the heading of the next claim) is
    # held by that last value; it must stay after the new lines, not above them.
    trailing = _take_trailing_comment(claim)
    added = _insert(claim, wanted)
    if trailing is not None:
        _attach_trailing_comment(claim, trailing)
    written = _dump(yaml, data)
    back = _read_back(yaml, written, claim_id, wanted)
    if back is None:
        # ruamel.yaml writes some reasons plain or single-quoted that do not read back
        # as written ("?0" in a flow mapping fails to parse; a NEL inside single quotes
        # becomes a space): such a reason is written double-quoted, with escapes.
        _insert(claim, Request(wanted.full_id, wanted.code, DQ(wanted.reason), wanted.until))
        written = _dump(yaml, data)
        back = _read_back(yaml, written, claim_id, wanted)
    lines = text.splitlines()
    kept = [
        line
        for number, line in enumerate(lines)
        if number not in changed and (added or "#" in line)  # a renewal keeps its comments
    ]
    if not _in_order(kept, written.splitlines()):
        raise AcknowledgeError(by_hand)
    if not _comments_kept([lines[number] for number in changed], written):
        raise AcknowledgeError(by_hand)
    if back is None or _count_acks(back) != before + added:
        raise AcknowledgeError(by_hand)
    return written


def _read_back(yaml: YAML, written: str, claim_id: str, wanted: Request) -> Any:
    """`written` as ruamel.yaml reads it, where it parses and gives the claim's
    acknowledgement the wanted reason read by ruamel.yaml and by validate's own reader
    (ruamel.yaml takes back a `{reason: :0}` that validate's reader and PyYAML refuse);
    else None. One read serves both this check and the count of acknowledgements."""
    try:
        ours = load_yaml(written)[0]
        theirs = yaml.load(written)
    except (YAMLError, YamlParseError):
        return None
    if _has_reason(ours, claim_id, wanted) and _has_reason(theirs, claim_id, wanted):
        return theirs
    return None


def _has_reason(data: Any, claim_id: str, wanted: Request) -> bool:
    for claim in _claims(data):
        if isinstance(claim, dict) and claim.get("id") == claim_id:
            acks = claim.get("acknowledge")
            return isinstance(acks, list) and any(
                isinstance(a, dict)
                and a.get("code") == wanted.code
                and a.get("reason") == wanted.reason
                for a in acks
            )
    return False


def _insert(claim: CommentedMap, wanted: Request) -> bool:
    """The acknowledgement added: True; or False when one for the same code was renewed
    in place (keeping its own comments)."""
    existing = claim.get("acknowledge")
    if isinstance(existing, CommentedSeq):
        for ack in existing:
            if isinstance(ack, CommentedMap) and ack.get("code") == wanted.code:
                ack["reason"] = wanted.reason
                if wanted.until is not None:
                    ack["until"] = wanted.until
                elif "until" in ack:
                    del ack["until"]
                return False
    entry = CommentedMap([("code", wanted.code), ("reason", wanted.reason)])
    if wanted.until is not None:
        entry["until"] = wanted.until
    if isinstance(existing, CommentedSeq):
        existing.append(entry)
    else:
        claim["acknowledge"] = CommentedSeq([entry])
    return True


def _last(node: Any) -> tuple[Any, Any] | None:
    """The collection holding `node`'s last scalar, and that scalar's key or index."""
    if isinstance(node, CommentedMap) and node:
        key: Any = list(node.keys())[-1]
    elif isinstance(node, CommentedSeq) and node:
        key = len(node) - 1
    else:
        return None
    return _last(node[key]) or (node, key)


def _take_trailing_comment(claim: CommentedMap) -> CommentToken | None:
    """Detach the comment lines that follow the claim's last scalar, leaving a comment
    at the end of that scalar's own line where it is."""
    last = _last(claim)
    if last is None:
        return None
    node, key = last
    items = node.ca.items.get(key)
    token = items[2] if items and len(items) > 2 else None
    if not isinstance(token, CommentToken):
        return None
    own_line, _, after = token.value.partition("\n")
    if not after.strip():
        return None
    items[2] = CommentToken(own_line + "\n", token.start_mark, None) if own_line.strip() else None
    return CommentToken("\n" + after, token.start_mark, None)


def _attach_trailing_comment(claim: CommentedMap, token: CommentToken) -> None:
    last = _last(claim)
    if last is None:
        return
    node, key = last
    items = node.ca.items.setdefault(key, [None, None, None, None])
    own = items[2]
    if isinstance(own, CommentToken):  # after the end-of-line comment already there
        token = CommentToken(own.value.rstrip("\n") + token.value, own.start_mark, None)
    items[2] = token


def _claims(data: Any) -> list[Any]:
    """The file's claims: none where `claims` is missing or no list (`claims: 7`, a file
    changed since the run read it), rather than an error iterating over it."""
    claims = data.get("claims") if isinstance(data, dict) else None  # as either reader gives it
    return claims if isinstance(claims, list) else []


def _count_acks(data: Any) -> int:
    return sum(
        len(c["acknowledge"])
        for c in _claims(data)
        if isinstance(c, CommentedMap) and isinstance(c.get("acknowledge"), CommentedSeq)
    )


def _comments_kept(lines: list[str], written: str) -> bool:
    """Each of `lines` that may hold a comment (from a space or tab and `#` to its end,
    taken from the first such mark: a quoted `#` before the comment only lengthens what
    must be found) still has that text in `written`."""
    for line in lines:
        mark = _COMMENT.search(line)
        if mark is not None and line[mark.start() + 1 :] not in written:
            return False
    return True


_COMMENT = re.compile(r"[ \t]#")


def _in_order(kept: list[str], written: list[str]) -> bool:
    """Each of `kept` is among `written`, in the same order."""
    lines = iter(written)
    return all(any(line == other for other in lines) for line in kept)
