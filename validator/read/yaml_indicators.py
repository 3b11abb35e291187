"""What to do about a text that starts with a character YAML reads as syntax, for the
syntax error it causes: `title: @Channel4 announces`, `excerpt: [sic] 22-year-old`,
`title: *Exclusive* Winslet`, `title: | Winslet |`.

Prose starts with such characters often enough, and YAML's own words for the error
("found character that cannot start any token", "expected <block end>, but found
'<scalar>'") say nothing of the character or of quoting the text, which is the fix.
"""

from __future__ import annotations

import re

from .line_feeds import yaml_line_start

__all__ = ["indicator_hint"]

# What YAML reads a plain text starting with each character as ("": it reserves it).
_READ_AS = dict.fromkeys("@`", "") | dict.fromkeys("|>", "the start of a block of lines below")
_READ_AS.update({"%": "a directive", "*": "an alias of an anchor", "?": "a key"})
_READ_AS.update({"[": "a list", "{": "a mapping", "-": "a list's item"})
# Where a field's value starts: after the marks of list items and a plain key's colon.
# A line with no key (a directive, a list's plain item) has no value of a field.
_VALUE_START = re.compile(r"[ \t]*(?:-[ \t]+)*[^\s\"'#\[\]{},:&*!|>@`%?-][^\n:#]*?:[ \t]+")
# A list or mapping with text after it on its line (`[sic] 22-year-old`): no list meant.
_TEXT_AFTER_BRACKETS = re.compile(r"[\[{][^\]}\n]*[\]}][ \t]*[^\s#,\]}]")


def indicator_hint(source: str, index: int) -> str:
    """A note on a field's plain text starting with a YAML indicator, on the line
    holding `index`, where a syntax error was found; "" when there is none."""
    start = yaml_line_start(source, index)
    end = source.find("\n", start)
    line = source[start : len(source) if end < 0 else end]
    value = _VALUE_START.match(line)
    if value is None or value.end() >= len(line) or start + value.end() > index:
        return ""
    at = value.end()
    first = line[at]
    if first not in _READ_AS:
        return ""
    if first in "[{" and not _TEXT_AFTER_BRACKETS.match(line, at):
        return ""  # a list or mapping meant, wrong in some other way
    if first in "-?" and not line.startswith((f"{first} ", f"{first}\t"), at):
        return ""
    read_as = _READ_AS[first]
    if not read_as:
        return f" (YAML reserves '{first}' at the start of a text: put the text in quotes)"
    return f" (YAML reads a text starting with '{first}' as {read_as}: put the text in quotes)"
