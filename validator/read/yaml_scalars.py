"""YAML scalars under the YAML 1.2 core schema, and the limits and errors of the YAML reader.

What a plain scalar means (`yes` stays text, `21:00` stays text, `0x1F` is 31), which
explicit tags are allowed (only the core schema's), and the checks on texts, keys and
numbers that keep a hostile document cheap: a number with more digits than any float
has is refused before int() spends quadratic time on it. The event loop in `yaml_load`
calls these for every scalar it reads.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from validator.model.typography import shorten

__all__ = [
    "MAYBE_NOT_TEXT",
    "FileKind",
    "RefusedTag",
    "YamlLimits",
    "YamlParseError",
    "check_collection_tag",
    "check_text",
    "key_as_text",
    "long_key",
    "long_text",
    "number_too_large",
    "number_too_small",
    "one_of",
    "plain_not_text",
    "resolve_plain",
    "tagged",
    "underflows",
]

_CORE = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT10 = re.compile(r"[-+]?[0-9]+\Z")
_INT8 = re.compile(r"0o[0-7]+\Z")
_INT16 = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
_NUMERIC_START = frozenset("-+.0123456789")
# A plain scalar starting with none of these is text whatever follows: no null, boolean
# or number starts otherwise. Most scalars are words, so this is tested first.
MAYBE_NOT_TEXT = frozenset("~nNtTfF") | _NUMERIC_START
# Any of the number forms above: text like `2022-12-08` is told from a number by one
# match instead of six.
_NUMBER = re.compile(
    "|".join(
        p.pattern.removesuffix(r"\Z") for p in (_INT10, _INT8, _INT16, _FLOAT, _INF, _NAN)
    ).join(("(?:", r")\Z"))
)
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "bool": bool,
    "null": type(None),
}
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every number ends up as a float; an integer past the largest float (about 1.8e308,
# just under 2**1024) is refused, and one with more digits than any float has is refused
# before int() spends quadratic time on them.
_MAX_DIGITS = {8: 342, 10: 309, 16: 256}


# What a file read is for, as its messages name it: the same reader reads claim files and
# the dataset's files, and a finding about a dataset file must not call it a claim file.
FileKind = Literal["claim files", "dataset files"]


def one_of(kind: FileKind) -> str:
    """One file of `kind`, as a message names it: "a claim file", "a dataset file"."""
    return "a " + kind.removesuffix("s")


@dataclass(frozen=True, slots=True)
class YamlLimits:
    max_depth: int = 64
    max_nodes: int = 2_000_000
    max_string_chars: int = 1_000_000
    max_key_chars: int = 1_000
    # Characters of text that aliases repeat in one document: without aliases a
    # document's text is at most its file's size, and this keeps it there with them.
    max_aliased_chars: int = 32 * 1024 * 1024


class YamlParseError(Exception):
    """The document cannot be turned into data; carries the 1-based position.

    `remedy`: the end of `message` that says what to do, when that depends on what the
    file is for (a document too large for the limits is split, but a claim file by
    source and a dataset file by part); a caller reading another kind of file puts its
    own advice in its place."""

    def __init__(self, message: str, line: int, column: int, remedy: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.remedy = remedy


class RefusedTag(YamlParseError):
    """A tag the core schema does not have, or a core tag on text it does not fit. The
    node is still plain data without it, so the loader reports it where it stands and
    reads on (see `load_yaml`); nothing a tag names is ever constructed."""


def number_too_large(text: str) -> str:
    return (
        f"the number {shorten(text)} is too large (the limit is about 1.8e308); "
        "write a smaller number, or quote it if it is text"
    )


def number_too_small(text: str) -> str:
    return (
        f"the number {shorten(text)} is too small to be told from 0 (the limit is about "
        "5e-324); write 0, or quote it if it is text"
    )


def underflows(value: float, text: str) -> bool:
    """Whether the number written as `text` is not 0 but was read as 0: past the smallest
    float, `1e-400` reads as 0.0, and a claim of `age: 1e-400` was a claim of age 0."""
    if value != 0.0:
        return False
    mantissa = text.lower().partition("e")[0]
    return any(digit in mantissa for digit in "123456789")


def check_text(text: str, limits: YamlLimits, line: int, column: int) -> None:
    """Refuse a text over the length limit, or holding a lone surrogate (not a character)."""
    if len(text) > limits.max_string_chars:
        raise YamlParseError(long_text(len(text), limits), line, column)
    found = _SURROGATE.search(text)
    if found is not None:
        raise YamlParseError(
            f"the text holds a lone surrogate U+{ord(found.group()):04X}, which is not a "
            "character; write the character itself, or both halves of the pair",
            line,
            column,
        )


def long_text(length: int, limits: YamlLimits) -> str:
    """The problem of a text of `length` characters, over the limit."""
    limit = limits.max_string_chars
    return f"a text of {length:,} characters is over the limit of {limit:,}; shorten it"


def long_key(length: int, limits: YamlLimits) -> str:
    """The problem of a mapping key of `length` characters; "" within the limit. Both
    readers leave such a key's entry out and record this at the key, so that only the
    claim holding it is invalid (the whole file was refused for one)."""
    if length <= limits.max_key_chars:
        return ""
    return (
        f"a key of {length:,} characters is over the limit of {limits.max_key_chars:,}; "
        "keys are field names: write the field's name as the key, or remove the entry"
    )


def _integer(text: str, digits: str, base: int, line: int, column: int) -> int:
    significant = digits.lstrip("0") or "0"
    if len(significant) > _MAX_DIGITS[base]:  # surely too large: do not parse it
        raise YamlParseError(number_too_large(text), line, column)
    value = int(significant, base)
    try:
        float(value)
    except OverflowError:
        raise YamlParseError(number_too_large(text), line, column) from None
    return value


def resolve_plain(text: str, line: int, column: int) -> Any:
    """A plain scalar's value under the YAML 1.2 core schema."""
    if not text or text[0] in "~nN":
        if text in _NULLS:
            return None
    elif text[0] in "tTfF":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    if text and text[0] in _NUMERIC_START and _NUMBER.match(text):
        if _INT10.match(text):
            negative = text[0] == "-"
            value = _integer(text, text.lstrip("+-"), 10, line, column)
            return -value if negative else value
        if _INT8.match(text):
            return _integer(text, text[2:], 8, line, column)
        if _INT16.match(text):
            return _integer(text, text[2:], 16, line, column)
        if _FLOAT.match(text):
            return _finite(float(text), text, line, column)
        if _INF.match(text) or _NAN.match(text):
            return _finite(math.nan, text, line, column)
    return text


def plain_not_text(text: str) -> bool:
    """Whether `text` written plain would be a number, boolean, null or date, not text:
    a block scalar (`|` and `22` below it) that would, where a message asking for the
    number names the `|` to drop, not quotes. Past 40 characters it is taken as text."""
    if not text or len(text) > 40 or text[0] not in MAYBE_NOT_TEXT:
        return False
    try:
        return type(resolve_plain(text, 1, 1)) is not str
    except YamlParseError:  # a number too large: text it stays
        return False


def _finite(value: float, text: str, line: int, column: int) -> float:
    if math.isfinite(value):
        if underflows(value, text):
            raise YamlParseError(number_too_small(text), line, column)
        return value
    raise YamlParseError(
        f"'{shorten(text)}' is not a finite number; write a number or quote it as text",
        line,
        column,
    )


def _show_tag(tag: str) -> str:
    # Cut: a tag may be megabytes long, and every report quotes its finding.
    return shorten(f"!!{tag[len(_CORE) :]}" if tag.startswith(_CORE) else tag, 80)


def _not_allowed(
    tag: str, files: FileKind, line: int, column: int, step: str = "remove the tag"
) -> RefusedTag:
    return RefusedTag(
        f"the tag {_show_tag(tag)} is not allowed: {files} hold plain data only; {step}",
        line,
        column,
    )


def tagged(tag: str, text: str, line: int, column: int, files: FileKind) -> Any:
    """A scalar written with an explicit tag: only the core schema's own tags are allowed.
    `files`: what the document is, named in the message refusing any other tag."""
    if not tag.startswith(_CORE):
        raise _not_allowed(tag, files, line, column)
    kind = tag[len(_CORE) :]
    if kind == "str":
        return text
    expected: type | tuple[type, ...] | None = _TAG_TYPES.get(kind)
    if expected is None:
        raise _not_allowed(tag, files, line, column)
    value = resolve_plain(text, line, column)
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    # A bool is an int to Python, but neither an !!int nor an !!float to YAML.
    if not isinstance(value, expected) or (kind in ("int", "float") and isinstance(value, bool)):
        raise RefusedTag(f"'{shorten(text)}' is not a valid !!{kind}", line, column)
    return value


def _key_text(value: Any, written: str | None, line: int, column: int) -> str:
    """Keys are text in JSON: a YAML key like `2022:` or `0x1F:` keeps the text it was
    written with, so the schema can name it. (A text key never comes here.)"""
    if isinstance(value, dict | list):  # only an alias can bring one
        raise YamlParseError("a mapping key must be a plain value, not a collection", line, column)
    if written:
        return written
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


def key_as_text(value: Any, written: str | None, line: int, column: int) -> str:
    """A mapping key as text: a number or a date as it was written."""
    return value if type(value) is str else _key_text(value, written, line, column)


def check_collection_tag(
    tag: str | None, mapping: bool, line: int, column: int, files: FileKind
) -> None:
    """Refuse a tag on a mapping or sequence other than the core schema's `!!map` or
    `!!seq` (or the non-specific `!`); `files` as for `tagged`."""
    if tag is None or tag == "!":
        return
    allowed = f"{_CORE}map" if mapping else f"{_CORE}seq"
    if tag == f"{_CORE}set":
        # A set is a mapping of its members to nulls: `!!set {22}` meant the value 22.
        step = "write its members without the tag: one value alone, several as a list"
        raise _not_allowed(tag, files, line, column, step)
    if tag != allowed:
        raise _not_allowed(tag, files, line, column)
