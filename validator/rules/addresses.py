"""Sources at one address: one page cited under two source ids (S501).

Two claim files whose sources give the same web address are one source printed twice
(the same article added twice, by two people or under a new id), whatever their ids:
agreement between them confirms nothing. The address is compared as a desk would read
it, not character for character: `http` and `https`, a leading `www.`, a default port,
a trailing slash, a fragment (`#comments`), the order of the query's parameters and
the parameters that only track a click (`utm_source`, `fbclid`...) do not make another
page; a path's case does (servers tell `/Story` from `/story`).

`same_address` pairs each source with the first (by id) of those at its address: a
page cited a thousand times is 999 pairs, not half a million, and still one group
wherever sources are counted (`wording.dependent_groups`).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


def _tracking(name: str) -> bool:
    folded = name.lower()
    return folded in _TRACKING or folded.startswith(_TRACKING_PREFIXES)


def page_address(url: str) -> str | None:
    """The page `url` names, as one string for every way of writing it: `https://`,
    the host in lower case without `www.` or a default port, the path without a
    trailing slash, the query's parameters but tracking ones in order, no fragment.
    None where `url` is no http or https address with a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed host or port ("http://[x", "http://a:99999")
        return None
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    host = host.removeprefix("www.")
    if port is not None and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    kept = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _tracking(name)
    )
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path or "/", urlencode(kept), ""))


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
