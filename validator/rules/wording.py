"""Stage 4: sources that share wording, and so are not independent (S501).

Truth-discovery research detects copying between sources because agreement between a
copy and its original is no confirmation at all. Two signs of copying are strong
evidence where agreeing on a true value is not:

- a verbatim passage: a run of at least `RUN_WORDS` words that the texts of both
  sources have in the same order (excerpts and quotes alike; case, punctuation and
  typography aside; a character of a script written without spaces weighing half a
  word). Stock phrases are shorter than that: a dozen words in the same order are not
  a coincidence. The words the dataset records as someone's (a quote's transcript) are
  left out: sources quoting a speaker faithfully have copied the speaker, not each
  other. A misquote they share is theirs.
- the same distinctive wrong value: both give one value for one subject and property,
  and the dataset refutes it. A wrong yes or no is a coin toss, an age goes wrong by
  itself on a birthday (two sources a year behind need not have copied each other), and
  a time-dependent value by itself when it changes (last season's manager,
  `stale_values`): none is distinctive.

The work is near-linear in the corpus: each distinct text is cut into runs once, each
run is indexed by the sources holding it, and only sources that hold a run in common
are ever paired. A run or a wrong value held by more than `WIDELY_SHARED` sources is in
wide circulation (a famous line, a stock error): it names no pair, because the pairs it
would name grow with the square of its sources, and it says nothing about any two.

Sources that give one address as their url are one source under two ids, whatever
their texts (`addresses.same_address`): their pair is shared wording too, for counting.
`dependent_groups` and `sources_counted` let whoever counts sources (a contradiction's
sides) count a group of sources that share wording once; `shared_findings` reports them
(S501).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import NamedTuple

from validator.dataset.model import Dataset
from validator.model.result import ClaimRecord, SharedWording, SourceRecord, Verdict

from .addresses import same_address
from .passages import RUN_WORDS, WIDELY_SHARED, SharingTexts, recorded_runs, run_holders
from .quote_match import tokens
from .stale_values import StaleValues

__all__ = [
    "RUN_WORDS",
    "WIDELY_SHARED",
    "SourceCount",
    "WordingTexts",
    "dependent_groups",
    "shared_wording",
    "sources_counted",
]

_NOT_DISTINCTIVE = frozenset({"boolean", "derived"})  # wrong values chance explains

# Who holds a text, a run or a wrong value: source -> its smallest claim id holding it,
# the same whatever order the claims come in.
_Holders = dict[str, str]


def _note(index: dict[str, _Holders], key: str, source: str, claim: str) -> None:
    holders = index.get(key)
    if holders is None:
        index[key] = {source: claim}
        return
    known = holders.get(source)
    if known is None or claim < known:
        holders[source] = claim


class WordingTexts:
    """The texts shared wording compares (excerpts and quotes), noted as the claims that
    hold them come: a run notes each claim file's as soon as it is checked, while other
    processes still check files, rather than all of them after the last (see
    `SharingTexts`). What is noted only saves work: `shared_wording` notes whatever
    was not, and compares the texts of the claims it is given alone."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.kinds: dict[str, str] = {}  # property -> `_kind`, worked out once each
        self.sharing = SharingTexts()
        self.stale = StaleValues(dataset)
        self._recorded: frozenset[tuple[str, ...]] | None = None

    @property
    def recorded(self) -> frozenset[tuple[str, ...]]:
        """The runs of words of the quotes the dataset records (its transcripts): two
        sources quoting them faithfully have copied the speaker, not each other."""
        if self._recorded is None:
            quotes = {prop for prop in self.dataset.properties if self.kind(prop) == "quote"}
            facts = self.dataset.facts_of(quotes)
            quoted = (fact.raw_value for fact in facts if isinstance(fact.raw_value, str))
            self._recorded = recorded_runs(quoted)
        return self._recorded

    def kind(self, prop: str) -> str:
        """The property's `_kind`."""
        found = self.kinds.get(prop)
        if found is None:
            found = self.kinds[prop] = _kind(self.dataset, prop)
        return found

    def note(self, records: Iterable[ClaimRecord]) -> None:
        """Note the texts of `records` (a claim file's), but an invalid claim's."""
        note = self.sharing.note
        for record in records:
            if record.verdict is Verdict.INVALID:
                continue
            if record.excerpt:
                note(record.excerpt)
            if self.kind(record.property) == "quote":
                note(record.value)


def shared_wording(
    claims: Iterable[ClaimRecord],
    dataset: Dataset,
    noted: WordingTexts | None = None,
    sources: Iterable[SourceRecord] = (),
) -> tuple[SharedWording, ...]:
    """Every pair of sources that share wording, sorted; each pair once, `first` < `second`.
    `noted`: the claims' texts as noted so far (see `WordingTexts`), if they were.
    `sources`: the scorecard's rows; of those giving one address, each is paired with
    the first (`addresses.same_address`), whatever their texts.

    Claims that could not be checked (verdict invalid) take no part: a file that does
    not stand says nothing about its source. Its address still does."""
    noted = noted or WordingTexts(dataset)
    texts: dict[str, _Holders] = {}
    wrong: dict[str, _Holders] = {}
    kinds, kind_of = noted.kinds, noted.kind
    folded: dict[str, str] = {}
    invalid, refuted = Verdict.INVALID, Verdict.REFUTED
    # Unpacked as a tuple: a named tuple's fields are slower to reach one by one, and a
    # large run has 100,000 claims, most with neither a long text nor a wrong value.
    for (
        full_id,
        source,
        _,
        _,
        _,
        _,
        subject,
        prop,
        value,
        verdict,
        subject_id,
        excerpt,
        *_,
    ) in claims:
        if verdict is invalid:
            continue
        kind = kinds.get(prop) or kind_of(prop)  # looked up in C for all but the first
        if excerpt:
            _note(texts, excerpt, source, full_id)
        if kind == "quote":
            _note(texts, value, source, full_id)
        if (
            verdict is refuted
            and kind not in _NOT_DISTINCTIVE
            and not noted.stale.held_sometime(subject_id, prop, value)
        ):
            words = folded.get(value)
            if words is None:
                words = folded[value] = " ".join(w.casefold() for w in tokens(value))
            # Unit separators cannot occur in ids, properties or folded words.
            _note(wrong, f"{subject_id or subject}\x1f{prop}\x1f{words}", source, full_id)
    held = run_holders(texts, noted.sharing, noted.recorded)
    by_passage = _pairs(held.holders)
    unspaced = _pairs(held.unspaced).keys()
    by_value = _pairs(wrong.values())
    by_address = {(first, second): address for first, second, address in same_address(sources)}
    return tuple(
        _pair(
            (first, second),
            by_passage.get((first, second), ()),
            by_value.get((first, second)),
            (first, second) in unspaced,
            by_address.get((first, second), ""),
        )
        for first, second in sorted(by_passage.keys() | by_value.keys() | by_address.keys())
    )


def _kind(dataset: Dataset, prop: str) -> str:
    """The property's type, or "derived" for a value computed from another (an age)."""
    found = dataset.property(prop)
    if found is None:
        return ""
    return "derived" if found[0].derived else found[0].type


def _pairs(index: Iterable[_Holders]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Source pair -> the pairs of their claims that hold something in common; what one
    source holds, or more than WIDELY_SHARED (in wide circulation), pairs none."""
    pairs: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    seen: set[tuple[tuple[str, str], ...]] = set()
    for held in index:
        if not 1 < len(held) <= WIDELY_SHARED:
            continue
        # The runs of one long shared passage are held by the same claims: paired once.
        holders = tuple(sorted(held.items()))
        if holders in seen:
            continue
        seen.add(holders)
        for (first, first_claim), (second, second_claim) in combinations(holders, 2):
            pairs[first, second].add((first_claim, second_claim))
    return pairs


def _pair(
    sources: tuple[str, str],
    passages: Iterable[tuple[str, str]],
    wrong: Iterable[tuple[str, str]] | None,
    unspaced: bool,
    address: str,
) -> SharedWording:
    ordered = tuple(sorted(passages))
    # Distinct passages, counted on the side with fewer: one long excerpt holding two
    # of the other's quotes is one passage, whichever way round the pair is read.
    count = min(len({a for a, _ in ordered}), len({b for _, b in ordered}))
    first, second = sources
    wrong_values = tuple(sorted(wrong or ()))
    return SharedWording(first, second, ordered, wrong_values, count, unspaced, address)


def dependent_groups(pairs: Iterable[SharedWording]) -> dict[str, str]:
    """Each source that shares wording with another -> its group, named by the group's
    smallest source id. Sharing is transitive here: a source copying one that copied a
    third depends on both. Sources absent from the mapping stand alone."""
    parent: dict[str, str] = {}

    def root(source: str) -> str:
        parent.setdefault(source, source)
        while parent[source] != source:
            parent[source] = parent[parent[source]]  # path halving keeps the trees flat
            source = parent[source]
        return source

    for pair in pairs:
        first, second = root(pair.first), root(pair.second)
        if first != second:
            low, high = sorted((first, second))
            parent[high] = low
    return {source: root(source) for source in parent}


class SourceCount(NamedTuple):
    """Sources counted on one side of a comparison."""

    sources: int  # distinct sources
    sharing: int  # of them, those sharing wording with another source on the same side
    independent: int  # each group of sources that share wording counted once


def sources_counted(source_ids: Iterable[str], groups: Mapping[str, str]) -> SourceCount:
    """How many sources say something, and how many independently: "3 sources, 2 of
    them sharing wording" counts as two. `groups` is `dependent_groups`'s mapping."""
    distinct = set(source_ids)
    members: dict[str, int] = defaultdict(int)
    for source in distinct:
        members[groups.get(source, source)] += 1
    sharing = sum(size for size in members.values() if size > 1)
    return SourceCount(len(distinct), sharing, len(members))
