"""A claim file's field written under another name for the same thing (`date:` for the
source's `published`, `predicate:` for a claim's `property`, `quote:` for its
`excerpt`): the field meant, for its unknown-field message
(`validator.parse.schema_words`).

Spelling alone told such a name nothing, or the wrong field: `quote` was "did you mean
'note'?", which would file the source's words where nothing checks them, and `date`
beside a source was an unknown field and a missing `published`, two findings for one
word. A name here may mean one of several fields, by the mapping it is written in
(`comment` is a claim's `note` and an acknowledgement's `reason`); the first of them
the mapping has and is not written already is the one meant.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from validator.model.names import normalise_name

__all__ = ["synonym_of"]

# The names other tools and desks give each field, folded (`_folded`).
_NAMES: Final = {
    "published": (
        "date pubdate pub_date publication_date published_date publish_date "
        "date_published published_at published_on dated"
    ),
    "outlet": "publisher newspaper website site masthead media_outlet outlet_name",
    "title": "headline article_title heading",
    "url": "link href uri permalink web_address address",
    "author": "byline writer reporter journalist authors",
    "archive": "archived archive_path snapshot saved_copy local_copy",
    "subject": "entity topic about item",
    "property": "predicate attribute relation prop",
    "value": "object claimed claimed_value claim_value val",
    "as_of": "date when as_at valid_at date_of_claim",
    "excerpt": "quote quotation evidence source_text snippet extract citation",
    "note": "comment comments remark remarks notes memo",
    "acknowledge": "acknowledged acknowledgements acknowledgments noqa suppress waive",
    "reason": "comment why explanation justification rationale conclusion note",
    "until": "expires expiry expiration expires_on valid_until",
    "claims": "statements assertions facts",
}


def _meanings() -> dict[str, tuple[str, ...]]:
    """Each name of `_NAMES` with the fields it may mean, in the table's order."""
    meant: dict[str, tuple[str, ...]] = {}
    for field, names in _NAMES.items():
        for name in names.split():
            meant[name] = (*meant.get(name, ()), field)
    return meant


_MEANT: Final = _meanings()


def _folded(name: str) -> str:
    """A field's name as the table holds it: case and the marks between words aside
    (`Publication Date`, `publication-date` and `publication_date` are one)."""
    return "_".join(normalise_name(name.replace("_", " ")).split())


def synonym_of(key: str, missing: Collection[str]) -> str | None:
    """The field of `missing` (the mapping's fields not written) that `key`, another
    name for it, means; None where `key` is no such name for any of them."""
    return next((field for field in _MEANT.get(_folded(key), ()) if field in missing), None)
