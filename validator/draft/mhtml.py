"""A page a browser saved as one file (MHTML, `.mhtml` or `.mht`: Chrome's and Edge's
"Webpage, Single File"): a MIME message whose parts are the page and what it uses.

Read as plain text, its MIME headers were the title, and its quoted-printable HTML (each
line cut at 76 characters with `=`, every `=` written `=3D`) was drafted tag by tag, a
name split at a line's end ("I Am Ruth" became "I Am"). Its first HTML part is the page,
in the charset the part names; the address the page was saved from is the message's
`Snapshot-Content-Location`, or the part's `Content-Location`.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email.message import Message
from itertools import islice

from .page_url import http_address

__all__ = ["MhtmlError", "is_mhtml", "read_mhtml"]

# The message's headers come first and name a multipart/related body (RFC 2557).
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_RELATED = re.compile(rb"^content-type:\s*multipart/related\b", re.I | re.M)
_MIME = re.compile(rb"^mime-version:", re.I | re.M)
# Parts looked at: a saved page holds its images and style sheets as parts too, hundreds
# of them; the page comes first.
_MAX_PARTS = 1000
# Bodies declared multipart: the parser checks each line against the boundary of every
# multipart body it is inside, so nesting multiplies its work by the line. 300 bodies
# nested around 2 million short lines (4 MB) took 42 s, 900 took 143 s. A saved page
# holds one (Chrome's, Edge's) or two or three (a related body around an alternative
# one, Outlook's); counted wherever a header could declare one, folded or not, and in
# any case, so none is missed.
_MULTIPART = re.compile(rb"content-type:\s*multipart/", re.I)
_MAX_MULTIPARTS = 8
# A Content-Type header, with the lines folded into it: the parser reads its parameters
# (the boundary, the charset) in time growing with the square of its length, and one of
# 1 MB of `; a=b` took 5 s, one of 100 KB holding a quoted run of `;` as long. A browser
# writes a few dozen characters; counted wherever a header could start, as above, and
# ending at any line break the parser takes (CR alone too).
_CONTENT_TYPE = re.compile(rb"content-type:[^\r\n]*(?:(?:\r\n|\r|\n)[ \t][^\r\n]*)*", re.I)
_MAX_CONTENT_TYPE = 4096
_NEXT = "save the page as HTML only, or the article's text, and draft from that"


class MhtmlError(Exception):
    """The saved page cannot be read: one line saying why."""


@dataclass(frozen=True, slots=True)
class SavedPage:
    html: bytes
    charset: str | None  # as the part names it
    address: str | None  # where the page was saved from


def is_mhtml(head: bytes) -> bool:
    """Whether the file's first bytes are MIME headers naming a multipart/related body."""
    end = _HEADERS_END.search(head)
    headers = head[: end.start()] if end else head
    return bool(_MIME.search(headers) and _RELATED.search(headers))


def read_mhtml(raw: bytes) -> SavedPage:
    """The first HTML part of a saved page; raises MhtmlError."""
    if len(list(islice(_MULTIPART.finditer(raw), _MAX_MULTIPARTS + 1))) > _MAX_MULTIPARTS:
        raise MhtmlError(
            f"the saved page (MHTML) declares more than {_MAX_MULTIPARTS} multipart bodies, "
            f"which no browser writes; {_NEXT}"
        )
    if any(len(found[0]) > _MAX_CONTENT_TYPE for found in _CONTENT_TYPE.finditer(raw)):
        raise MhtmlError(
            f"the saved page (MHTML) has a Content-Type header longer than "
            f"{_MAX_CONTENT_TYPE:,} characters, which no browser writes; {_NEXT}"
        )
    # The stdlib's compat32 parser: the modern policy takes over ten times as long to
    # parse a file of many small parts (100,000 in 3 MB: 15.7 s against 1.2 s). The
    # parser records what it finds wrong; anything it raises is a broken file.
    try:
        found = _first_page(email.message_from_bytes(raw))
    except Exception:
        raise MhtmlError(f"the saved page (MHTML) cannot be read; {_NEXT}") from None
    if found is not None:
        return found
    raise MhtmlError(f"the saved page (MHTML) holds no HTML page; {_NEXT}")


def _first_page(message: Message) -> SavedPage | None:
    for index, part in enumerate(message.walk()):
        if index >= _MAX_PARTS:
            break
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset()
        location = message.get("Snapshot-Content-Location") or part.get("Content-Location")
        # A header the parser could not decode is a Header object, not a str.
        address = http_address(str(location)) if location is not None else None
        return SavedPage(payload, charset, address)
    return None
