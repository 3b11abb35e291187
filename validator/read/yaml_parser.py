"""The YAML event source: libyaml's C parser where it works, else PyYAML's own.

The loader reads a document as a stream of parser events (see `yaml_load`). This module
chooses the parser that gives them, opens it on a text, and turns the parser's own
errors (a character YAML does not allow, a syntax error) into a `YamlParseError` with a
1-based line and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import yaml

from .line_feeds import line_breaks, position_after, yaml_line_start
from .yaml_indent import indent_hint
from .yaml_indicators import indicator_hint
from .yaml_keys import long_key_hint
from .yaml_scalars import YamlParseError

__all__ = [
    "LIBYAML_DEPTH",
    "PARSER",
    "choose_parser",
    "comments_alone",
    "describe",
    "end_markers_blanked",
    "only_an_empty_document",
    "open_parser",
    "reader_error",
]

# The event sequence of `_PROBE`, as every PyYAML 6 parser gives it.
_PROBE = "a: [1]\n"
_PROBE_EVENTS = (
    yaml.StreamStartEvent,
    yaml.DocumentStartEvent,
    yaml.MappingStartEvent,
    yaml.ScalarEvent,
    yaml.SequenceStartEvent,
    yaml.ScalarEvent,
    yaml.SequenceEndEvent,
    yaml.MappingEndEvent,
    yaml.DocumentEndEvent,
    yaml.StreamEndEvent,
)


def _c_parser_works(parser_class: Any) -> bool:
    """Whether `parser_class` parses as PyYAML 6's C parser does: text in, the public
    event classes out, one at a time through `get_event`, released by `dispose`."""
    try:
        parser = parser_class(_PROBE)
        try:
            events = tuple(type(parser.get_event()) for _ in _PROBE_EVENTS)
            end = parser.get_event()
        finally:
            parser.dispose()
    except Exception:
        return False
    return events == _PROBE_EVENTS and end is None


def choose_parser() -> tuple[Any, str]:
    """The parser the loader uses, and its name for messages and tests.

    libyaml's C parser is ten times faster than PyYAML's own. It is reached through
    `yaml._yaml.CParser`, which PyYAML does not document as public: the bare parser,
    not CSafeLoader, because only its events are used and CSafeLoader would also set up
    a constructor and a resolver for every file. So it is used only after it has parsed
    a probe document exactly as expected; a PyYAML built without libyaml, or one whose
    private interface changed, falls back to the pure-Python parser. That one is slower
    but gives the same events, so the same values, positions and limit findings; only
    the wording of a YAML syntax error is each parser's own.
    """
    try:
        from yaml._yaml import CParser
    except ImportError:
        return yaml.SafeLoader, "python"
    if _c_parser_works(CParser):
        return CParser, "libyaml"
    return yaml.SafeLoader, "python"


_Parser, PARSER = choose_parser()

# What libyaml 0.2.6 and later say when a document nests past their own limit.
LIBYAML_DEPTH = "maximum nesting depth"


def open_parser(text: str) -> Any:
    try:
        return _Parser(text)
    except yaml.reader.ReaderError as error:  # the pure-Python reader checks at once
        raise reader_error(error, text) from None
    except UnicodeEncodeError as error:  # a lone surrogate: only text not read from a file
        line, column = position_after(text[: error.start], line_breaks(text))
        raise YamlParseError(
            f"the text holds a lone surrogate U+{ord(text[error.start]):04X}, which is not a "
            "character",
            line,
            column,
        ) from None


def only_an_empty_document(next_event: Callable[[], Any]) -> bool:
    """Whether the events left, after a document's start, are an empty document's and the
    stream's end: what a '---' ending the file starts."""
    try:
        first = next_event()
        if type(first) is not yaml.ScalarEvent or first.value or first.tag or first.anchor:
            return False
        return type(next_event()) is yaml.DocumentEndEvent and (
            type(next_event()) is yaml.StreamEndEvent
        )
    except yaml.YAMLError:  # a later document that cannot be read is no empty one
        return False


# The lines before a document's content that a stream may hold: blank, comments and
# directives, and document end markers (`...`) with nothing to end.
_NO_CONTENT = re.compile(r"(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)|%[^\r\n]*(?:\r\n|\r|\n))*")
_END_MARKER = re.compile(r"\.\.\.[ \t]*(?:#[^\r\n]*)?(?=\r|\n|\Z)")


def end_markers_blanked(text: str) -> str | None:
    """`text` with the document end markers (`...`) that stand before any document made
    blank lines, or None where there are none. YAML allows them (a stream of no
    documents is just `...`), but libyaml refuses one with "did not find expected node
    content", which told a file holding only `...` nothing of what it lacks."""
    position, parts = 0, []
    # Each marker's span replaced once, at the end: replaced in place as found, the text
    # was copied whole for each, and a file of many thousand markers took minutes.
    while (marker := _END_MARKER.match(text, _content_from(text, position))) is not None:
        parts += [text[position : marker.start()], " " * (marker.end() - marker.start())]
        position = marker.end()
    return "".join(parts) + text[position:] if parts else None


def _content_from(text: str, position: int) -> int:
    """Where the first line from `position` that is neither blank, a comment nor a
    directive starts."""
    found = _NO_CONTENT.match(text, position)
    return position if found is None else found.end()


# A key or list item with a comment and nothing else after it: `value: # 90?`, `- # x`.
_COMMENT_ALONE = re.compile(r"^[^#\r\n]*?[:-][ \t]+(#[^\r\n]*)", re.MULTILINE)


_BEFORE_COMMENT = re.compile(r"[:-][ \t]+#")
_LONE_CR = re.compile(r"\r(?!\n)")


def comments_alone(text: str) -> dict[int, str]:
    """By line, the comment of each key or item of `text` that has only a comment after
    it (`Positions.comments`); {} where there is none, and where a carriage return alone
    may make libyaml's count of lines another than the one made here."""
    if _BEFORE_COMMENT.search(text) is None or _LONE_CR.search(text):
        return {}  # as nearly every file: one quick pass
    found: dict[int, str] = {}
    line, at = 1, 0
    for match in _COMMENT_ALONE.finditer(text):
        line, at = line + text.count("\n", at, match.start()), match.start()
        found[line] = match[1]
    return found


def reader_error(error: yaml.reader.ReaderError, text: str) -> YamlParseError:
    """The parser refuses a character. libyaml's position is a UTF-8 byte offset into
    `text`, the pure-Python reader's a character offset."""
    if _Parser is yaml.SafeLoader:
        prefix = text[: error.position]
    else:
        before = text.encode("utf-8", "surrogatepass")[: error.position]
        prefix = before.decode("utf-8", "replace")
    line, column = position_after(prefix, line_breaks(text))
    character = error.character
    code = ord(character) if isinstance(character, str) else int(character)
    if unicodedata.category(chr(code)) == "Cc":
        message = (
            f"control character U+{code:04X} is not allowed in YAML; remove it, or write it "
            f'as an escape ("\\x{code:02x}") inside a double-quoted string'
        )
    else:
        message = f"character U+{code:04X} is not allowed in YAML ({error.reason}); remove it"
    return YamlParseError(message, line, column)


def describe(
    error: yaml.MarkedYAMLError,
    source: str,
    mark: Any,
    moved: Callable[[int, int], tuple[int, int]] | None = None,
) -> str:
    """The message of a syntax error at `mark`; `moved`, when libyaml counts the lines
    of `source` otherwise than GitHub does, moves a position it names to GitHub's."""
    problem = error.problem or "syntax error"
    context = f" {error.context}" if error.context else ""
    start = error.context_mark
    if start is not None and mark is not None and start.line != mark.line:
        line, column = start.line + 1, start.column + 1
        if moved is not None:
            line, column = moved(line, column)
        context += f" (started at line {line}, column {column})"
    message = f"YAML syntax error: {problem}{context}"
    if mark is not None and 0 <= mark.index < len(source) and source[mark.index] == "\t":
        message += " (a tab; indent YAML with spaces)"
    elif mark is not None:
        message += (
            _odd_indent(source, mark.index + 1)
            or _quoting_hint(problem, source, mark.index)
            or long_key_hint(problem, source, mark.index)
            or indicator_hint(source, mark.index)
            or indent_hint(problem, source, mark.index)
        )
    return message


# Letters either side of an apostrophe that the example of doubling it shows.
_WORD_SHOWN = 40


def _doubled(source: str, index: int) -> str:
    """ ", as in 'Holm''s'": the file's own word, its apostrophe (before `index`) doubled,
    as the example of the fix; "" where no letter comes before the apostrophe. The
    example was always a name of the shipped subject's, whatever the file was about."""
    start = index - 1
    while start > 0 and source[start - 1].isalnum() and index - 1 - start < _WORD_SHOWN:
        start -= 1
    end = index
    while end < len(source) and source[end].isalnum() and end - index < _WORD_SHOWN:
        end += 1
    before, after = source[start : index - 1], source[index:end]
    return f", as in '{before}''{after}'" if before else ""


def _quoting_hint(problem: str, source: str, index: int) -> str:
    """A note on the two mistakes of quoting that prose in YAML invites: an apostrophe
    inside a text in single quotes ends it ('Winslet's daughter'), and ': ' inside a
    plain text starts a mapping (excerpt: Channel: 4 at 9pm)."""
    if not 0 < index < len(source):
        return ""
    if source[index - 1] == "'" and source[index].isalnum():
        return (
            f" (a ' inside a text in single quotes ends it: write it twice"
            f"{_doubled(source, index)}, or put the text in double quotes)"
        )
    if source[index - 1] == '"' and source[index].isalnum():
        return (
            ' (a " inside a text in double quotes ends it: write it as \\", or put the '
            "text in single quotes)"
        )
    line_start = yaml_line_start(source, index)
    if (
        problem == "mapping values are not allowed in this context"
        and source[index] == ":"
        and ": " in source[line_start:index]
    ):
        return " (a ': ' inside a text starts a mapping: put the text in quotes)"
    return ""


# White space YAML does not take as indentation, which a line copied from a word
# processor or a web page may be indented with: no-break spaces above all.
_ODD_SPACES = " *([\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
# At the start of a line a line feed ends, or, in a file whose lines a CR mostly ends,
# any line (`line_feeds.cr_lines`).
_ODD_INDENT = re.compile("^" + _ODD_SPACES, re.MULTILINE)
_ODD_INDENT_CR = re.compile("(?:\\A|(?<=[\r\n]))" + _ODD_SPACES)


def _odd_indent(source: str, end: int) -> str:
    """A note naming the first line up to the error indented with such white space: the
    parser stumbles a line or more after it ("mapping values are not allowed"), and the
    message showed nothing wrong where it pointed."""
    breaks = line_breaks(source)  # decided once: a lone CR ends lines where it is one
    found = (_ODD_INDENT_CR if breaks.match("\r") else _ODD_INDENT).search(source, 0, end)
    if found is None:
        return ""
    odd = found[1]
    line = position_after(source[: found.start()], breaks)[0]
    name = unicodedata.name(odd, "white space").lower()
    return (
        f" (line {line} is indented with U+{ord(odd):04X} ({name}), which YAML does not "
        "read as indentation; indent it with ordinary spaces)"
    )
