"""The driver's part in the checks across files: which outcomes of an earlier run they
may take (validator.speed.recall).

A rule across files names each part of its work by what that part reads (see
`validator.rules.rule.Across`): a group of claims by its members' tokens, a pair of
quotes by their texts. A claim's token (`rules.recalled.claim_token`) is a digest of
every field of the resolved claim and its verdict; the tokens of a file's claims are
worked out once for its checked entry, and recalled by that entry's key (which fixes
the file's path and bytes, the dataset, the project root and working folder; the
store's folder fixes the code and the reading limits) and the stamp of the archive its
excerpts were checked against. The context the entries are named by fixes the dataset
a token's claim was resolved against. The outcomes are kept in
entries of the file store (one a kind of part), named by the same context as the
files' checked entries, and read with only the classes a finding and a quote match are
made of.

Without a cache folder, or with a dataset the driver did not load (no digest), nothing
is recalled: every part is computed, as it always is.
"""

from __future__ import annotations

from validator.model.findings import Finding, Location, Severity, Side
from validator.read.files import Limits
from validator.rules.quote_match import Match
from validator.speed.file_store import FileCache
from validator.speed.recall import Recalled, Tokens
from validator.speed.restricted import EntryCodec

from .drive_files import Settings, cache_salt

__all__ = ["ACROSS_ENTRIES", "open_recall"]

# What the outcomes of the checks across files are built of.
ACROSS_ENTRIES = EntryCodec((Finding, Location, Severity, Side, Match))


def open_recall(settings: Settings, limits: Limits, tokens: Tokens) -> Recalled | None:
    """The outcomes an earlier run kept of the checks across files, for the files
    `check_files` told `tokens` of; None when there is no cache to keep them in."""
    if settings.cache_dir is None or tokens.context is None or not tokens.by_name:
        return None
    store = FileCache.open(settings.cache_dir, cache_salt(limits), ACROSS_ENTRIES)
    if store is None:
        return None
    return Recalled(store, store.key("across", tokens.context))
