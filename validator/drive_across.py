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

On two processes, the rules that read only the claims (the quotes across sources) need
nothing that the rest of the checks across files build (the records, the shared
wording): `AcrossAside` runs them in a forked child, from the moment the files are
settled, while this process builds the rest and runs the other rules, and their
findings take their place in the rules' order, as if run here (see
`rules.check_across`). The child keeps what it computed in the cache itself, in entries
of its own (a rule's parts are of kinds no other rule asks for). A child that fails
costs only time: its rules are then run here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import cast

from validator.dataset.model import Dataset
from validator.model.findings import Finding, Location, Severity, Side
from validator.model.result import Verdict
from validator.read.files import Limits
from validator.resolve.claims import ResolvedClaim
from validator.rules.quote_match import Match
from validator.rules.rule import CLAIMS_ONLY, Across, AcrossFound, CrossRule, recall_nothing
from validator.speed.file_store import FileCache
from validator.speed.forked import Aside
from validator.speed.pickling import Carrier
from validator.speed.recall import Recalled, Tokens
from validator.speed.restricted import EntryCodec

from .drive_files import Settings, cache_salt

__all__ = ["AcrossAside", "open_recall", "rules_aside"]

# What the outcomes of the checks across files are built of.
ACROSS_ENTRIES = EntryCodec((Finding, Location, Severity, Side, Match))

# When a child is worth forking for the rules that may be set aside. Their work (the
# quote stage) grows with the distinct texts they compare: 65-156 µs a text on
# 100,000-claim corpora of each shape. A fork costs this process and the child the pages
# either then writes (a reference count is enough), 0.1-0.35 s of CPU each on those
# corpora, growing with the run's claims rather than with the texts. So a child is
# forked only for at least `ASIDE_TEXTS` distinct texts, and one for every `ASIDE_SHARE`
# compared claims: on generate.py's corpus and the error-heavy one (1,735 and 1,527
# texts, one for 35 and 32 compared claims) the quote stage took 0.10-0.12 s, all of
# which this process then spent in copied pages; on the quote-heavy and small-vocabulary
# ones (11,633 and 6,480 texts, one for 6 and 11) it took 1.8 s and 0.95 s.
ASIDE_TEXTS = 2000
ASIDE_SHARE = 16

_CARRIER = Carrier((Finding, Location, Side))


def open_recall(settings: Settings, limits: Limits, tokens: Tokens) -> Recalled | None:
    """The outcomes an earlier run kept of the checks across files, for the files
    `check_files` told `tokens` of; None when there is no cache to keep them in."""
    if settings.cache_dir is None or tokens.context is None or not tokens.by_name:
        return None
    store = FileCache.open(settings.cache_dir, cache_salt(limits), ACROSS_ENTRIES)
    if store is None:
        return None
    return Recalled(store, store.key("across", tokens.context))


def rules_aside(
    rules: Sequence[CrossRule],
    claims: Sequence[ResolvedClaim],
    processes: int,
    fewest: int | None = None,
) -> tuple[CrossRule, ...]:
    """The rules to run in a child (see `AcrossAside`): on two processes or more, those
    that read only the claims (`rule.CLAIMS_ONLY`) and amend no other rule's findings,
    when the claims they want have enough distinct texts between them: at least
    `fewest` (by default `ASIDE_TEXTS`), and one for every `ASIDE_SHARE` of `claims`;
    else none."""
    if processes < 2:
        return ()
    aside = tuple(r for r in rules if r.needs in CLAIMS_ONLY and not r.amends)
    if not aside:
        return ()
    wants = [r.wants for r in aside if r.wants is not None]
    # Filtered in C when one rule wants claims, as the quote rule alone does: the run
    # counts them on every run on two processes (4 ms of CPU for 60,000 claims).
    wanted = filter(wants[0] if len(wants) == 1 else _any_of(wants), claims)
    texts = {text for text in (claim.raw_value for claim in wanted) if isinstance(text, str)}
    fewest = ASIDE_TEXTS if fewest is None else fewest
    if len(texts) < max(fewest, len(claims) / ASIDE_SHARE):
        return ()
    return aside


def _any_of(wants: Sequence[Callable[[ResolvedClaim], bool]]) -> Callable[[ResolvedClaim], bool]:
    return lambda claim: any(want(claim) for want in wants)


class AcrossAside:
    """`rules` run in a forked child on the settled claims, started at once; `taken`
    gives, for each rule by name, how this process takes what it found. With no child
    to be had, or one that failed, a rule runs here when its findings are taken."""

    def __init__(
        self,
        rules: Sequence[CrossRule],
        dataset: Dataset,
        claims: Sequence[ResolvedClaim],
        verdicts: Mapping[str, Verdict],
        tokens: Mapping[str, str],
        recalled: Recalled | None,
    ) -> None:
        self.rules = tuple(rules)
        self._given: Across | None = None
        self._found: dict[str, AcrossFound] | None = None

        def work() -> bytes:
            # The child's own outcomes, saved by the child: this process never sees them.
            mine = None if recalled is None else Recalled(recalled.store, recalled.key)
            # What a rule that reads only the claims is given: no records, no wording.
            recall = recall_nothing if mine is None else mine
            given = Across(dataset, (), claims, verdicts, (), tokens, recall)
            found = {}
            for rule in self.rules:
                result = rule.check(given)
                if result.amend is not None:  # no function travels back: run it here
                    raise ValueError(f"rule {rule.name} amends findings")
                found[rule.name] = tuple(result.findings)
            if mine is not None:
                mine.save()
            return _CARRIER.dumps(found)

        self._aside = Aside.start(work) if self.rules else None

    def taken(self, given: Across) -> dict[str, Callable[[], AcrossFound]]:
        """For each rule set aside, by name: what it found, taken from the child when
        first asked (or, failing the child, found here in `given`)."""
        self._given = given
        return {rule.name: partial(self.found, rule) for rule in self.rules}

    def found(self, rule: CrossRule) -> AcrossFound:
        """What `rule` found: from the child, which is waited for the first time."""
        if self._found is None:
            blob = None if self._aside is None else self._aside.take()
            self._found = {}
            if blob is not None:
                sent = cast(dict[str, tuple[Finding, ...]], _CARRIER.loads(blob))
                self._found = {name: AcrossFound(list(found)) for name, found in sent.items()}
        known = self._found.get(rule.name)
        if known is not None:
            return known
        assert self._given is not None
        return rule.check(self._given)

    def close(self) -> None:
        """Stop the child, if its findings were never taken (an error here)."""
        if self._aside is not None:
            self._aside.close()
