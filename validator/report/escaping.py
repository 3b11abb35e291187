"""Text made safe for where it is shown: a terminal or CI log, a GitHub workflow command,
a JSON string. The reports' own formats (Markdown, HTML, XML) escape their syntax in
their reporters and use `visible` here for the characters no format may show raw.

Claim files, the dataset and the configuration may come from a stranger's pull request,
and any text in them can reach an output. Three kinds of character are never written
as they are:

- control characters (C0, DEL, C1): ESC starts terminal sequences (colours, OSC 0 window
  titles, OSC 8 links, OSC 52 clipboard writes), BEL rings, CR and LF start a new line;
- the Unicode line and paragraph separators, which some viewers break lines at;
- the bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069),
  which make a viewer show text in another order than it is ("Trojan Source"), and
  lone surrogates, which no UTF-8 file can hold.

`visible` shows each of them as an escape (`\\n`, `\\x1b`, `\\u202e`), so the reader sees
that it was there; on a terminal, so are the noncharacters U+FFFE and U+FFFF, which no
text may hold (the HTML, Markdown and XML reports write them as U+FFFD). `terminal_safe`
adds the commands CI runners read from a step's standard output and error: the runner
of GitHub Actions reads a line as a command when, after any leading white space, it
starts with `::`, and also when `##[` followed by a command name and `]` appears
anywhere in it (the older syntax); the Azure Pipelines agent reads `##vso[area.action
...]` anywhere in a line. Text from a claim file must never do either, or a pull
request could post annotations, mask values, stop the real commands, or, on Azure
Pipelines, set variables, prepend to PATH, upload the agent's files or mark the step
succeeded.
"""

from __future__ import annotations

import re

__all__ = [
    "NONCHARACTERS",
    "UNSAFE_CHARACTERS",
    "json_safe",
    "label",
    "markup_safe",
    "markup_visible",
    "stderr_line",
    "terminal_safe",
    "visible",
]

# Every character `visible` escapes, as a regex character class. The tag characters
# (U+E0000-U+E007F) are invisible copies of ASCII, which a reader, a reviewer or a
# model reading the report may take in without seeing them; their one use in text, the
# flags of England, Scotland and Wales, is shown as escapes too.
_NOT_C0 = (
    "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
    "\U000e0000-\U000e007f"
)
UNSAFE_CHARACTERS = "\x00-\x1f" + _NOT_C0
_UNSAFE = re.compile(f"[{UNSAFE_CHARACTERS}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A command anywhere in a line: GitHub's older syntax `##[command]`, Azure Pipelines'
# `##vso[area.action]` (and, alike, `##teamcity[`): `##`, a word, then `[`.
_LOG_COMMAND = re.compile(r"##(?=[A-Za-z]*\[)")
_LOG_COMMAND_SHOWN = "#\\x23"
_LOG_COMMAND_JSON = re.compile(r"(##[A-Za-z]*)\[")
# A line of a document that starts, after white space, with `::`: its first colon.
_LINE_COMMAND = re.compile(r"^([^\S\n]*):(?=:)", re.MULTILINE)
# In a JSON string, the same characters as \\u escapes: what a JSON reader gets back is
# the text exactly, but no byte of the file is a control or bidi character.
_JSON_UNSAFE = re.compile(f"[{_NOT_C0}]")  # JSON's encoders escape C0 themselves


def _escape(match: re.Match[str]) -> str:
    return _escape_char(match.group(0))


def _escape_char(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code < 0x80:  # C0 and DEL: the byte itself, as in any UTF-8 text
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (os.fsdecode)
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFFFF:  # a tag character, say: all eight digits, as Python writes it
        return f"\\U{code:08x}"
    return f"\\u{code:04x}"  # a character (C1 included: \u0085 is not the byte \x85)


def visible(text: str, keep: str = "") -> str:
    """`text` with every control, line separator, bidi control and lone surrogate shown
    as an escape (`\\n`, `\\x1b`, `\\u202e`), but those in `keep` (such as tab and newline
    in HTML, where they are only white space)."""
    if text.isprintable():  # every character escaped here is unprintable: most text
        return text
    if not keep:
        return _UNSAFE.sub(_escape, text)

    def escape_unless_kept(match: re.Match[str]) -> str:
        return match.group(0) if match.group(0) in keep else _escape(match)

    return _UNSAFE.sub(escape_unless_kept, text)


# The noncharacters XML and HTML forbid in text, which `visible` leaves: U+FFFE, U+FFFF
# (the controls they forbid are shown as escapes). The HTML and Markdown reports write
# them U+FFFD (`markup_visible`), a terminal shows them as escapes (`terminal_safe`).
NONCHARACTERS = "\ufffe\uffff"
_NONCHARACTER = re.compile(f"[{NONCHARACTERS}]")


def markup_visible(text: str, keep: str = "") -> str:
    """`visible`, and each of the `NONCHARACTERS` as U+FFFD: text for the HTML report
    and for Markdown, which a forge renders into HTML."""
    return _NONCHARACTER.sub("\ufffd", visible(text, keep=keep))


def label(name: str) -> str:
    """An id as a label before or around a message (`source/claim`), with every character
    Python does not count as printable shown as an escape, as messages quote ids with
    `repr`: on top of what `visible` escapes, the invisible format characters (U+200B
    zero width space, U+2060 word joiner, U+FEFF, U+00AD soft hyphen), the spaces other
    than the ASCII space, unassigned and private-use characters. Two ids that differ
    only in one of them look alike when shown raw; a label's escapes tell them apart,
    and a backslash is shown doubled, so no id written with `\\u200b` in it looks like
    one holding the character. (Free text keeps them: a joiner inside an emoji or a
    word is part of the text.)"""
    if name.isprintable() and "\\" not in name:  # nearly every id
        return name
    return "".join(map(_in_label, name))


def _in_label(char: str) -> str:
    if char == "\\":
        return "\\\\"
    return char if char.isprintable() else _escape_char(char)


def terminal_safe(text: str) -> str:
    """`text` for a terminal or a CI log, on one line: `visible`, and no command of a CI
    runner can start in it (a leading `::` shows its first colon as `\\x3a`, and `##[`
    or `##vso[` anywhere as `#\\x23[`, `#\\x23vso[`).

    The one function for every line factlint writes to a terminal: the text and GitHub
    formats, `--explain` and every message on standard error. The noncharacters U+FFFE
    and U+FFFF show as escapes (`\\ufffe`) too, where the reports write U+FFFD: a
    claim's `"Kate \\ufffeWinslet"` reached the terminal and the workflow log raw, drawn
    as nothing or as a box.
    """
    if text.isprintable():  # every character escaped here is unprintable: most text
        return _no_log_command(text)
    return _no_log_command(_NONCHARACTER.sub(_escape, visible(text)))


def _no_log_command(text: str) -> str:
    """`text` with no command of a CI runner in it (`terminal_safe`)."""
    if "##" in text:
        text = _LOG_COMMAND.sub(lambda _: _LOG_COMMAND_SHOWN, text)
    stripped = text.lstrip()
    if stripped.startswith("::"):
        start = len(text) - len(stripped)
        text = text[:start] + "\\x3a" + text[start + 1 :]
    return text


def stderr_line(message: str, command: str = "validate") -> str:
    """`validate: message` and a newline: one line for standard error, named by the
    command as it was typed (`factlint check: message`). Messages there quote
    configuration keys, `paths` entries, codes and dataset field names as written, and
    GitHub Actions reads workflow commands from standard error too."""
    return f"{command}: {terminal_safe(message)}\n"


def json_safe(encoded: str) -> str:
    """JSON text with the characters `visible` escapes written as `\\u` escapes, and
    `##[` and `##vso[` as `##\\u005b`, `##vso\\u005b`: the same data to any JSON reader,
    but nothing in the file that a terminal, a log viewer or a CI runner would act on.
    Outside strings JSON has only ASCII punctuation, digits and words, so this only ever
    changes strings."""
    if "##" in encoded:
        encoded = _LOG_COMMAND_JSON.sub(r"\1\\u005b", encoded)
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    return _JSON_UNSAFE.sub(_json_escape, encoded)


def markup_safe(escaped: str) -> str:
    """HTML or XML text (escaped for it already) with `##[` and `##vso[` written
    `##&#91;`, `##vso&#91;`, and the first colon of a line's leading `::` as `&#58;`:
    character references, so a browser shows and an XML reader gets back the text
    exactly, but nothing in the file that a CI runner would act on when a step prints
    it (`cat`, `git diff` of committed reports, a test's diff of a stale one): a claim
    saying `##vso[task.prependpath]/tmp/evil` was written so into the HTML report and
    the JUnit XML, and a newline kept in a text there can start a line with `::error`.
    `&`, `#`, `[` and `:` never stand in markup's names, so this only ever changes text
    and attribute values."""
    if "##" in escaped:
        escaped = _LOG_COMMAND_JSON.sub(r"\1&#91;", escaped)
    if "::" in escaped:
        escaped = _LINE_COMMAND.sub(r"\1&#58;", escaped)
    return escaped


def _json_escape(match: re.Match[str]) -> str:
    """A character as JSON's `\\u` escape; past U+FFFF, its UTF-16 surrogate pair."""
    code = ord(match.group(0))
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
