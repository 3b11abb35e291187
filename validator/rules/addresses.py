"""Sources at one address: one page cited under two source ids (S501).

Two claim files whose sources give the same web address are one source printed twice
(the same article added twice, by two people or under a new id), whatever their ids:
agreement between them confirms nothing. The address is compared as a desk would read
it, not character for character: `http` and `https`, a leading `www.`, a default port,
a leading `m.` or `mobile.` (a site's mobile edition), a trailing slash, a fragment
(`#comments`, though not one that routes the page, `#/article/9` or `#!/story/5`),
the order of the query's parameters and the parameters that only track a click
(`utm_source`, `fbclid`...) do not make another page; nor do the ways of writing one
character that RFC 3986 holds equal (`%7E` and `~`, `%c3%a9` and `é`, `.`
and `..` segments) or one host (`bücher.de` and `xn--bcher-kva.de`). A path's case
does make another page (servers tell `/Story` from `/story`), and so does an AMP copy
or an `index.html`, which sites name each their own way.

`same_address` pairs each source with the first (by id) of those at its address: a
page cited a thousand times is 999 pairs, not half a million, and still one group
wherever sources are counted (`wording.dependent_groups`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from validator.model.result import SourceRecord

__all__ = ["page_address", "same_address"]

# Parameters that say where a reader came from, never which page they read. `utm_`
# parameters are matched as a prefix: campaigns add their own after it.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING = frozenset(
    {
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",  # Microsoft Ads
        "yclid",  # Yandex
        "twclid",  # X (Twitter)
        "igshid",  # Instagram
        "mc_cid",  # Mailchimp
        "mc_eid",
        "_ga",  # Google Analytics' cross-site link
        "_gl",
        "_hsenc",  # HubSpot
        "_hsmi",
    }
)
_DEFAULT_PORTS = frozenset({80, 443})
_ROUTES = ("/", "!/")
# A host's first label that names an edition of the site, not another site: kept where
# nothing but a registered name would be left ("m.co" is a site of its own).
_EDITIONS = ("www.", "m.", "mobile.")
# The longest host and label DNS allows: a longer one names no host, and is left as
# written rather than converted (which costs time with its length).
_HOST_MOST = 253
_LABEL_MOST = 63
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
# What a path may hold unescaped beside the unreserved characters (RFC 3986's pchar,
# and "/"); "%" so that the escapes already there stay as they are.
_PATH_SAFE = "/:@!$&'()*+,;=%"


def _tracking(name: str) -> bool:
    folded = name.lower()
    return folded in _TRACKING or folded.startswith(_TRACKING_PREFIXES)


def page_address(url: str) -> str | None:
    """The page `url` names, as one string for every way of writing it: `https://`,
    the host in lower case without `www.` or a default port, the path without a
    trailing slash, the query's parameters but tracking ones in order, no fragment
    but one that routes the page (`#/article/9`).
    None where `url` is no http or https address with a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed host or port ("http://[x", "http://a:99999")
        return None
    host = _host((parts.hostname or "").rstrip("."))
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if ":" in host:  # an IPv6 address, bracketed again as it was written
        host = f"[{host}]"
    if port is not None and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    kept = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _tracking(name)
    )
    path = _path(parts.path).rstrip("/")
    # A fragment that opens with "/" or "!/" routes a single-page site to an article:
    # "#/article/9" and "#/article/10" are two pages, where "#comments" is a place on one.
    routed = parts.fragment if parts.fragment.startswith(_ROUTES) else ""
    return urlunsplit(("https", host, path or "/", urlencode(kept), routed))


def _host(host: str) -> str:
    """`host` (in lower case) one way however written: its labels in ASCII, an
    internationalised one in Punycode (`xn--`), without a leading edition label."""
    if len(host) <= _HOST_MOST:
        host = ".".join(map(_label, unicodedata.normalize("NFC", host).split(".")))
    stripped = True
    while stripped:  # "www.m.example.com" is the mobile edition's, as "m.example.com" is
        stripped = False
        for edition in _EDITIONS:
            if host.startswith(edition) and "." in host[len(edition) :]:
                host, stripped = host[len(edition) :], True
    return host


def _label(label: str) -> str:
    """One host label in ASCII. Punycode is decoded and encoded again, not mapped as
    IDNA 2003 would (`ß` to `ss`): browsers take `straße.de` and `strasse.de` for two
    hosts. A label that is no valid Punycode is kept as written."""
    if len(label) > _LABEL_MOST:
        return label
    try:
        if label.startswith("xn--"):
            label = label[4:].encode("ascii").decode("punycode").lower()
        return label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
    except UnicodeError:
        return label


def _path(path: str) -> str:
    """`path` with each character written one way (RFC 3986, 6.2.2): an escaped
    unreserved character unescaped (`%7E` is `~`), other escapes in upper case, what
    may not stand bare escaped (a space, `é` as UTF-8), and `.` and `..` segments
    resolved as a browser does. `%2F` stays: an escaped `/` is no separator."""

    def unescape(match: re.Match[str]) -> str:
        char = chr(int(match[1], 16))
        return char if char in _UNRESERVED else f"%{match[1].upper()}"

    segments: list[str] = []
    for segment in quote(_ESCAPE.sub(unescape, path), safe=_PATH_SAFE).split("/"):
        if segment == "..":
            if len(segments) > 1:
                segments.pop()
        elif segment != ".":
            segments.append(segment)
    return "/".join(segments)


def same_address(sources: Iterable[SourceRecord]) -> list[tuple[str, str, str]]:
    """(first, other, address) for each source whose address an earlier source (by id)
    gives: `first` the smallest id at that address, `address` as `page_address` writes
    it; sorted."""
    at: dict[str, list[str]] = {}
    for source in sources:
        address = page_address(source.url) if source.url else None
        if address is not None:
            at.setdefault(address, []).append(source.id)
    pairs: list[tuple[str, str, str]] = []
    for address, ids in at.items():
        first, *others = sorted(set(ids))
        pairs.extend((first, other, address) for other in others)
    pairs.sort()
    return pairs
