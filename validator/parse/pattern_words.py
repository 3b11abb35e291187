"""The form a text of a schema's pattern stands for, and the pattern in words: an id,
a name or a finding code written in another case or with spaces ("Mia Age", "d201") is
told the form it stands for, and a web address without its scheme the address with it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from validator.model.codes import CODE_PATTERN
from validator.model.names import suggester_of
from validator.model.typography import shorten

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

__all__ = ["choice_hint", "mended_form", "pattern_hint"]


_ID, _NAME, _CODE = "^[a-z0-9][a-z0-9-]*$", "^[a-z][a-z0-9_]*$", CODE_PATTERN
_URL = "^https?://"
_PATTERN_HINTS = {
    _ID: "lowercase letters, digits and hyphens, like outlet-2024-05-01",
    _NAME: "lowercase letters, digits and underscores, like birth_date",
    _CODE: "a finding code such as D201",
    _URL: "a web address starting https:// or http://",
}
# A web address as a browser's address bar shows it, without its scheme
# (www.example.com/story): a host with a dot, then the path.
_BARE_ADDRESS = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]+)?(?:[/?#]\S*)?")


# An id, a name or a code written in another case, with accents, spaces or punctuation
# ("Cast_Member", "id with spaces", "réseau", "d201", "The Desk 2022/12/09", a date in
# it written with slashes): the form it stands for, as its
# words in the pattern's case joined by the pattern's separator.
_JOINED = {_ID: "-", _NAME: "_"}
_WORDS = re.compile(r"[a-z0-9]+")
# Only words and the marks that part them: text with anything else (a line break, ':',
# '=') is no slip of the case or the separator, and a form made of it would be noise.
_MENDABLE = re.compile(r"[\w .'/,-]{1,200}")


def mended_form(pattern: str, instance: Any) -> str:
    """The next step (`; write 'cast_member'`) where the text, so mended, has the
    pattern's form; "" where it has none."""
    spaced = _spaced_form(pattern, instance)
    if spaced:
        return spaced
    if pattern == _URL and isinstance(instance, str):
        # Only an address that lacks its scheme: one with another (javascript:, ftp://)
        # is no web page a report can link to, and "https://javascript:..." none either.
        address = _BARE_ADDRESS.fullmatch(instance.strip())
        return f"; write 'https://{shorten(instance.strip(), 100)}'" if address else ""
    if not isinstance(instance, str) or not _MENDABLE.fullmatch(instance.strip()):
        return ""
    if pattern in _JOINED:
        bare = "".join(c for c in unicodedata.normalize("NFKD", instance) if c.isascii())
        mended = _JOINED[pattern].join(_WORDS.findall(bare.lower()))
    elif pattern == _CODE:
        mended = instance.strip().upper()
    else:
        return ""
    if mended == instance or len(mended) > 100 or not re.fullmatch(pattern[1:-1], mended):
        return ""
    return f"; write {mended!r}"


def _spaced_form(pattern: str, instance: Any) -> str:
    """The next step for a text that has the form but for space before or after it, as
    a cell copied from a spreadsheet or a quoted YAML value keeps it
    (`published: "2022-12-07 "`): quoted in the message the space is all but invisible,
    and the date's, the address's or the id's form looked right."""
    if not isinstance(instance, str):
        return ""
    bare = instance.strip()
    if not bare or bare == instance or re.search(pattern, bare) is None:
        return ""
    around = instance.replace(bare, "", 1)
    if around == " ":
        space = "a space"
    elif not around.strip(" "):
        space = "spaces"
    elif around in ("\n", "\r\n"):
        space = "a line break"
    else:
        space = "white space"
    if instance.startswith(bare):
        where = "after it"
    elif instance.endswith(bare):
        where = "before it"
    else:
        where = "before and after it"
    return f"; it has {space} {where}: write {shorten(bare, 100)!r}"


def pattern_hint(pattern: str) -> str:
    if pattern in _PATTERN_HINTS:
        return _PATTERN_HINTS[pattern]
    if pattern.startswith("^[0-9]{4}"):
        return "a date such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"
    return f"matching {pattern}"


def choice_hint(error: ValidationError) -> str:
    """`; did you mean 'integer'?` for a text that is none of an enum's texts but
    close to one (a dataset's `type: integr`), else nothing."""
    choices = error.validator_value
    if error.validator != "enum" or not isinstance(error.instance, str):
        return ""
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        return ""
    folded = error.instance.casefold()  # `Date`, `She`: the choice in its own case
    close = [c for c in choices if c.casefold() == folded][:1]
    close = close or list(suggester_of(tuple(choices)).suggest(error.instance, 1))
    return f"; did you mean '{close[0]}'?" if close else ""
