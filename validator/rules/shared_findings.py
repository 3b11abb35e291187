"""Stage 4: the findings of sources that are not independent (S501), from the pairs
`wording.shared_wording` found.

Findings grow with the sources, never with the pairs: a group of sources that all
share one passage has a pair for every two of them, and a finding per pair grew with
the square of the group (a thousand sources whose excerpts overlap gave 18,810), each
saying again what the group says once. So:

- two sources at one address (`addresses.same_address`, which pairs each with the
  first source at it) are one finding each, at the second's url (the first's url a
  related place): one source under two ids, to merge or cite once;
- in a group of sources that share wording with no more pairs than sources (two
  sources, three in a row, a chain), each pair is one finding, at the claims of the
  source whose id sorts first, naming the claims they share;
- in a denser group, each source is one finding, at its claims, naming up to
  `_LISTED` of the sources after it (by id) that it shares wording with, how many more,
  and how large its group is.

Every pair is still in the JSON report (`shares_wording_with` of each source), and
pairs are bounded there too: a passage or wrong value names no pair past
`passages.WIDELY_SHARED` sources, and an address pairs its sources with its first.

`RULE` is the rule that reports them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

from validator.dataset.model import Dataset
from validator.model.findings import Finding, Location, make_finding
from validator.model.result import ClaimRecord, SharedWording, SourceRecord
from validator.model.typography import listed, plural, shorten

from .passages import RUN_WORDS
from .rule import Across, AcrossFound, CrossRule, Needs
from .wording import dependent_groups

__all__ = ["RULE", "wording_findings"]

_LISTED = 3  # claims or sources a message names before "and N more"
_ADDRESS_CHARS = 160  # of an address, in a message
_RUNS = f"runs of {RUN_WORDS} or more words"
# Where a passage holds characters of a script written without spaces, which weigh half
# a word, "words" alone leaves its length to guess (a word or a character?): the message
# says how they are counted.
_UNSPACED_RUNS = f"{_RUNS}, a character counting half a word in scripts written without spaces"


def wording_findings(
    pairs: Sequence[SharedWording],
    claims: Mapping[str, ClaimRecord],
    dataset: Dataset,
    sources: Iterable[SourceRecord],
) -> list[Finding]:
    """The S501 findings of `pairs` (see the module's description). `claims`: the
    records of every claim the pairs name; `sources`: the scorecard's rows, whose urls
    place the findings of two sources at one address, a row for every source the pairs
    name. `wording.shared_wording` makes the pairs from these very records and rows, so
    each is there; one missing is a fault of the caller, and a KeyError, never a finding
    at no file and line 0 (which SARIF wrote as an empty address)."""
    rows = {source.id: source for source in sources}
    found = [_address_finding(pair, rows) for pair in pairs if pair.address]
    # A claim's place, made once however many findings name it.
    places: dict[str, Location] = {}
    # Two sources at one address are one source: what their texts share is no news.
    worded = [pair for pair in pairs if not pair.address]
    for group in _groups(worded):
        members = {source for pair in group for source in (pair.first, pair.second)}
        if len(group) <= len(members):
            found.extend(_pair_finding(pair, claims, dataset, places) for pair in group)
            continue
        after: dict[str, list[SharedWording]] = defaultdict(list)
        for pair in group:
            after[pair.first].append(pair)
        found.extend(
            _source_finding(mine, len(members), claims, dataset, places) for mine in after.values()
        )
    return found


def _groups(pairs: Sequence[SharedWording]) -> list[list[SharedWording]]:
    """`pairs` by the group of sources they link (`wording.dependent_groups`), each
    group's pairs in their order."""
    group_of = dependent_groups(pairs)
    groups: dict[str, list[SharedWording]] = defaultdict(list)
    for pair in pairs:
        groups[group_of[pair.first]].append(pair)
    return list(groups.values())


def _address_finding(pair: SharedWording, rows: Mapping[str, SourceRecord]) -> Finding:
    """At the second source's url, the first's as a related place (SARIF shows it):
    the two lines to merge. The message quotes the urls as the claim files write them,
    which a reader can find there (the address they were matched by, without `www.`,
    with `https`, may be written in neither), each shortened, as written out one may
    run to thousands of characters; the JSON report gives the address whole."""
    second, first = rows[pair.second], rows[pair.first]
    places = [Location(row.file, *row.url_at) for row in (second, first)]
    written = _written_url(second, pair.address)
    other = _written_url(first, pair.address)
    if other != written:
        written += f", which {pair.first} writes as {other}"
    return make_finding(
        "S501",
        f"{pair.second} gives the same address as {pair.first} ({written}): one source "
        "under two ids, not two independent confirmations: where sources are counted, they "
        "count once; merge the two claim files under one id, or cite one of them",
        locations=tuple(places),
        key=f"{pair.first}|{pair.second}|address",
    )


def _written_url(row: SourceRecord, address: str) -> str:
    """The url as `row`'s claim file writes it, shortened for a message; the address
    where it gives none."""
    url = row.url.strip() if row.url else address
    return shorten(url, _ADDRESS_CHARS)


def _pair_finding(
    pair: SharedWording,
    claims: Mapping[str, ClaimRecord],
    dataset: Dataset,
    places: dict[str, Location],
) -> Finding:
    passages = plural(pair.count, "passage") if pair.count else ""
    shared = _shared(passages, pair.unspaced, pair.wrong_values, claims, dataset)
    named, several, involved = _named((*pair.passages, *pair.wrong_values))
    message = (
        f"{pair.first} shares {shared} with {pair.second}, in "
        f"{'its claims' if several else 'its claim'} {named}; the two are not "
        "independent confirmations: where sources are counted, they count once"
    )
    return _found(message, involved, claims, places, f"{pair.first}|{pair.second}")


def _source_finding(
    mine: list[SharedWording],
    members: int,
    claims: Mapping[str, ClaimRecord],
    dataset: Dataset,
    places: dict[str, Location],
) -> Finding:
    """One source's finding in a dense group: `mine`, its pairs with the sources after
    it, sorted by the other source; `members`, how many sources the group has."""
    source = mine[0].first
    passages = [link for pair in mine for link in pair.passages]
    wrong = [link for pair in mine for link in pair.wrong_values]
    unspaced = any(pair.unspaced for pair in mine)
    shared = _shared("passages" if passages else "", unspaced, wrong, claims, dataset)
    others = [pair.second for pair in mine]
    named_others = listed(others[:_LISTED], ", ", len(others), sentence=True)
    named, several, _ = _named((*passages, *wrong))
    # Its claims named, and a claim of each source named, the first it shares with it.
    mine_named = sorted({claim for claim, _ in (*passages, *wrong)})[:_LISTED]
    theirs = [min((*pair.passages, *pair.wrong_values))[1] for pair in mine[:_LISTED]]
    message = (
        f"{source} shares {shared} with {plural(len(others), 'source')}, "
        f"{named_others}, in {'its claims' if several else 'its claim'} {named}; the "
        f"{members:,} sources of its group are not independent confirmations: where "
        "sources are counted, they count once"
    )
    return _found(message, (*mine_named, *theirs), claims, places, f"{source}|group")


def _shared(
    passages: str,
    unspaced: bool,
    wrong: Sequence[tuple[str, str]],
    claims: Mapping[str, ClaimRecord],
    dataset: Dataset,
) -> str:
    """What sources share, as a message says it: `passages` ("3 passages", or "" for
    none) word for word, and the wrong values of `wrong`."""
    shared: list[str] = []
    if passages:
        runs = _UNSPACED_RUNS if unspaced else _RUNS
        shared.append(f"{passages} word for word ({runs})")
    if wrong:
        shared.append(_wrong(wrong, claims, dataset))
    return " and ".join(shared)


def _found(
    message: str,
    involved: tuple[str, ...],
    claims: Mapping[str, ClaimRecord],
    places: dict[str, Location],
    key: str,
) -> Finding:
    locations = tuple(_place(c, claims, places) for c in involved)
    return make_finding("S501", message, claims=involved, locations=locations, key=key)


def _named(links: Iterable[tuple[str, str]]) -> tuple[str, bool, tuple[str, ...]]:
    """For pairs of claims (this source's, the other's): this source's claims as a
    message names them (by id, up to _LISTED, then how many more), whether there are
    several, and the claims the finding lists: each named claim with the other's claim
    it comes with first. Which claims are named must not change when a file's claims
    are reordered. (Built from the end, the first pair of each claim is the one kept.)"""
    partner = dict(reversed(list(links)))
    mine = sorted(partner)
    named = listed([c.split("/", 1)[1] for c in mine[:_LISTED]], ", ", len(mine), sentence=True)
    involved = [c for claim in mine[:_LISTED] for c in (claim, partner[claim])]
    return named, len(mine) > 1, tuple(dict.fromkeys(involved))


def _place(claim: str, claims: Mapping[str, ClaimRecord], places: dict[str, Location]) -> Location:
    found = places.get(claim)
    if found is None:
        record = claims[claim]  # every claim a pair names has its record (`wording_findings`)
        found = places[claim] = Location(record.file, record.line, record.column)
    return found


def _wrong(
    links: Sequence[tuple[str, str]], claims: Mapping[str, ClaimRecord], dataset: Dataset
) -> str:
    mine = sorted({claim for claim, _ in links})
    if len(mine) > 1:
        return f"{len(mine)} of the same wrong values"
    record = claims[mine[0]]
    subject = dataset.label(record.subject_id) if record.subject_id else record.subject
    return f"the same wrong value ({subject} {record.property} {record.value})"


def _check(given: Across) -> AcrossFound:
    if not given.shared:
        return AcrossFound([])
    # By full id (a record's first field), the mapping built in C.
    records = dict(zip(map(itemgetter(0), given.records), given.records, strict=True))
    return AcrossFound(wording_findings(given.shared, records, given.dataset, given.sources))


RULE = CrossRule(
    name="shared-wording", codes=frozenset({"S501"}), needs=Needs.RECORDS, check=_check
)
"""The sources that are not independent (they share wording, or one address), reported."""
