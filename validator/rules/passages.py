"""Runs of words that texts share: the passages behind shared wording (S501).

A passage is a run of at least `RUN_WORDS` words that two texts have in the same order
(case, punctuation and typography aside), a character of a script written without
spaces counting half a word (`unspaced.half_words`). `run_holders` finds, for a corpus
of texts, who holds each run that two sources or more hold, and which of those runs
hold such characters (a message counting the run in words says how they count);
`validator.rules.wording` pairs the sources and reports them. A run held by more than
`WIDELY_SHARED` sources is in wide circulation and pairs none. A run the dataset records
as someone's words (`recorded_runs`: a transcript) pairs none either: two sources quoting
a speaker faithfully have both copied the speaker, not each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import repeat
from typing import Final, NamedTuple

from .quote_match import tokens
from .unspaced import half_words, written_without_spaces

__all__ = [
    "RUN_WORDS",
    "WIDELY_SHARED",
    "Held",
    "Holders",
    "SharingTexts",
    "recorded_runs",
    "run_holders",
]

RUN_WORDS: Final = 12
WIDELY_SHARED: Final = 20

# Who holds a text or a run: source -> its smallest claim id holding it, the same
# whatever order the claims come in.
Holders = dict[str, str]


class Held(NamedTuple):
    """Who holds the runs that two sources or more hold (`run_holders`)."""

    holders: list[Holders]  # the holders of each run
    # Of those, the holders of each run holding a character of a script written without
    # spaces, which weighs half a word: such a run of RUN_WORDS words may be 24 characters.
    unspaced: list[Holders]


def _folded(text: str, canonical: dict[str, str] | None = None) -> list[str]:
    """The text's words, case-folded; with `canonical`, each the one string it keeps
    for the word (texts whose words are kept then hold one copy of each word). A text's
    runs are tuples of these, cut and hashed in C (a tuple of words hashed twice as
    fast as a slice of a coded string)."""
    if text.isascii():
        # ASCII folds to lower case letter for letter, and a letter's case does not
        # change what a word is: the text is folded before it is cut.
        folded = tokens(text.lower())
    else:
        words = tokens(text)
        if not words:
            return []
        # Folded at once: no character folds to a space, so the words split back one
        # for one (and none folds to nothing).
        folded = " ".join(words).casefold().split(" ")
    return folded if canonical is None else list(map(canonical.setdefault, folded, folded))


def _stretches(words: list[str], size: int) -> Iterator[tuple[str, ...]]:
    """The runs of `size` words, one starting at each place (a run cut short at the end
    is none)."""
    return zip(*(words[start:] for start in range(size)), strict=False)


def _runs(text: str, words: list[str]) -> list[tuple[str, ...]]:
    """The text's runs, one at each place (`_run_stretches`)."""
    return list(_run_stretches(text, words))


_HALVES: Final = 2 * RUN_WORDS  # a run's weight, in halves of a word


def _run_stretches(text: str, words: list[str]) -> Iterator[tuple[str, ...]]:
    """The runs of the text's `words` (`text`'s), one starting at each place: the
    fewest words from there that weigh RUN_WORDS words, a character of a script written
    without spaces weighing half a word (`half_words`). Twelve English words, 24 Chinese
    characters, or six English words and twelve characters: a run is the same run in
    every text holding it, whatever the rest of each text is written in."""
    weights = half_words(text, words)
    if isinstance(weights, int):  # every word weighs the same: the runs cut in C
        return _stretches(words, _HALVES // weights)
    return _weighed(words, weights)


def _weighed(
    words: list[str], weights: list[int], halves: int = _HALVES
) -> Iterator[tuple[str, ...]]:
    """`_run_stretches` for words of different weights: a run ends where its weight
    (`halves`) is reached, and the next starts a word on."""
    end = total = 0
    for start, weight in enumerate(weights):
        while end < len(words) and total < halves:
            total += weights[end]
            end += 1
        if total < halves:  # the rest of the text is shorter than a run
            return
        yield tuple(words[start:end])
        total -= weight


def _unspaced_words(text: str, words: list[str]) -> bool:
    """Whether any of the text's `words` is a character of a script written without
    spaces (found in C for most texts)."""
    return half_words(text, words) != 2


def _unspaced_run(run: tuple[str, ...]) -> bool:
    return any(map(written_without_spaces, run))


def _unspaced_runs(text: str) -> bool:
    """Whether a run of the text holds a character of a script written without spaces.
    (Not whether the text does: "a" and eleven words more and a character end no run at
    the character, and the run before it is complete without it.)"""
    if text.isascii():
        return False
    words = _folded(text)
    return _unspaced_words(text, words) and any(map(_unspaced_run, _run_stretches(text, words)))


def recorded_runs(texts: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The runs of words of `texts` (a speaker's recorded words), folded and cut as the
    compared texts' are, for `run_holders` to leave out."""
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        runs.update(_run_stretches(text, _folded(text)))
    return frozenset(runs)


def run_holders(
    texts: dict[str, Holders],
    noted: SharingTexts | None = None,
    recorded: frozenset[tuple[str, ...]] = frozenset(),
) -> Held:
    """The holders of each run of words that two sources or more (and at most
    WIDELY_SHARED) hold, but the runs of `recorded` (`recorded_runs`). Only the texts
    that may share a run (`SharingTexts`, given as `noted` when the texts were noted as
    they came) are cut into runs, once however many claims hold them, and again if
    another text holds a run of the same hash.

    Runs are first told apart by their hashes alone: the many that one text holds are
    never kept. The few hashes several texts hold are then checked against the runs
    themselves, so that two runs whose hashes collide are never taken for one."""
    long_texts, sharing = (noted or SharingTexts()).finish(texts)
    canonical: dict[str, str] = {}
    # A recorded run's hash is taken as held by another text already, so that a text
    # holding it is cut into runs below, where the recorded runs themselves are left out.
    seen: set[int] = set(map(hash, recorded))
    # The texts several sources hold that share no run with another text.
    alone = [
        text for text in long_texts if text not in sharing and 1 < len(texts[text]) <= WIDELY_SHARED
    ]
    # Of those, the texts holding a recorded run are cut into runs below with the rest.
    quoting = {text for text in alone if _holds_any(text, seen)} if seen else set()
    # A text that shares no run with another: each of its runs is its holders' alone.
    whole = [text for text in alone if text not in quoting]
    held = Held([texts[text] for text in whole], [])
    held.unspaced.extend(texts[text] for text in whole if _unspaced_runs(text))
    words_of = {
        text: _folded(text, canonical) for text in long_texts if text in sharing or text in quoting
    }
    # The hashes of the runs the texts hold, and of those more than one text holds:
    # set operations, in C, a text at a time.
    more: set[int] = set()
    several: dict[str, set[int]] = {}  # a text several sources hold -> its runs' hashes
    for text, words in words_of.items():
        hashes = set(map(hash, _run_stretches(text, words)))
        more |= seen & hashes
        seen |= hashes
        if 1 < len(texts[text]) <= WIDELY_SHARED and hashes:
            several[text] = hashes
    del seen
    # A run of a text several sources hold that no other text holds pairs its holders
    # (the runs other texts hold too are merged with theirs below).
    own = [text for text, hashes in several.items() if not hashes <= more]
    held.holders.extend(texts[text] for text in own)
    _shared_runs(texts, words_of, more, set(own), held, recorded)
    return held


def _holds_any(text: str, hashes: set[int]) -> bool:
    """Whether one of the text's runs is of one of `hashes`."""
    return not hashes.isdisjoint(map(hash, _run_stretches(text, _folded(text))))


def _shared_runs(
    texts: dict[str, Holders],
    words_of: dict[str, list[str]],
    more: set[int],
    own: set[str],
    held: Held,
    recorded: frozenset[tuple[str, ...]],
) -> None:
    """`run_holders`'s last step: each text cut into runs once more, and each of its runs
    of a hash several texts hold grouped with the texts holding that very run; the
    holders of each group added to `held`. `own`: the texts several sources hold that
    have runs no other text holds (their holders are in `held` already): their holders
    are added to `held.unspaced` where one of those runs holds an unspaced character.
    A run of `recorded` is in no group."""
    unspaced_texts = {text for text, words in words_of.items() if _unspaced_words(text, words)}
    groups: dict[tuple[str, ...], list[str]] = {}
    for text, words in words_of.items():
        runs = _runs(text, words)
        by_hash = dict(zip(map(hash, runs), runs, strict=True))
        if len(by_hash) == len(runs):
            shared: Iterable[tuple[str, ...]] = map(by_hash.__getitem__, by_hash.keys() & more)
        else:  # a run twice in the text, or two runs of one hash: each run looked up
            shared = [run for run in set(runs) if hash(run) in more]
        for run in shared:
            if run not in recorded:
                groups.setdefault(run, []).append(text)
        if (
            text in own
            and text in unspaced_texts
            and any(_unspaced_run(run) for run in runs if hash(run) not in more)
        ):
            held.unspaced.append(texts[text])
    # Only a text holding an unspaced character holds a run that does (most corpora
    # hold none: their runs are not looked through).
    unspaced_groups = {
        tuple(group)
        for run, group in (groups.items() if unspaced_texts else ())
        if not unspaced_texts.isdisjoint(group) and _unspaced_run(run)
    }
    # The runs of one passage are held by the same texts: merged once.
    for group in {tuple(group): None for group in groups.values()}:
        merged = _merged(texts, group)
        if merged is not None:
            held.holders.append(merged)
            if group in unspaced_groups:
                held.unspaced.append(merged)


# A block, and a stretch: the fewest words from a place that weigh at least this many
# halves of a word (six words, twelve characters of a script written without spaces, or
# a mix). Blocks are indexed at places at most `_MIXED_STRIDE` halves apart, so a run
# (the fewest words weighing `_HALVES`) holds one of those places within its first
# `_MIXED_STRIDE` halves, and the block there ends at the first word's end at least
# `_BLOCK_HALVES` on: no later than the run's own end, the first at least `_HALVES` on.
_BLOCK_HALVES: Final = _HALVES // 2
_MIXED_STRIDE: Final = _HALVES - _BLOCK_HALVES


def _uniform_blocks(words: list[str], weight: int) -> tuple[list[int], list[int]]:
    """`_blocks` for words that each weigh `weight` halves: the stretches cut and hashed
    in C, a block every `stride` words (seven English words, thirteen characters): a
    run of `_HALVES // weight` words holds the block at the first of those places in it."""
    size = -(-_BLOCK_HALVES // weight)
    stretches = list(map(hash, _stretches(words, size)))
    stride = _HALVES // weight - size + 1
    return stretches, stretches[::stride]


def _mixed_blocks(words: list[str], weights: list[int]) -> tuple[list[int], list[int]]:
    """`_blocks` for words of different weights: a block at the first word at or after
    every `_MIXED_STRIDE` halves of the text."""
    stretches = list(map(hash, _weighed(words, weights, _BLOCK_HALVES)))
    blocks: list[int] = []
    before = mark = 0  # the weight before each word; the next place a block is due
    for place, weight in enumerate(weights[: len(stretches)]):
        if before >= mark:
            blocks.append(stretches[place])
            mark = (before // _MIXED_STRIDE + 1) * _MIXED_STRIDE
        before += weight
    return stretches, blocks


def _blocks(text: str, words: list[str]) -> tuple[list[int], list[int]] | None:
    """The hashes of the text's stretches, one at each place, and of its blocks, the
    stretches at the places its blocks are indexed at; None for a text too short to
    hold a run. A stretch is the same words in any text, whatever they are written in
    (a block of Chinese is twelve characters, not six: six characters, three words'
    weight, recur by chance in most texts of a large corpus)."""
    weights = half_words(text, words)
    if isinstance(weights, int):
        if weights * len(words) < _HALVES:
            return None
        return _uniform_blocks(words, weights)
    if sum(weights) < _HALVES:
        return None
    return _mixed_blocks(words, weights)


class SharingTexts:
    """Which texts may hold a run of words another text holds, worked out a text at a
    time: a run's texts may be noted as they come (a claim file's, as soon as it is
    checked, while other files still are), and `finish` answers for any texts.

    A run of RUN_WORDS words' weight (a run of unspaced characters has twice as many)
    holds a whole block of its text: the stretch at one of the places blocks are
    indexed at (`_blocks`). So of two texts that share a run, the later holds a block
    of the earlier somewhere: each text's every stretch is looked up among the blocks
    of the texts before it (a seventh of their places, not all), and then its own
    blocks are indexed. One pass: no text's words are kept. Most texts of a corpus
    share nothing, and are never cut into runs.

    A text noted that is not asked about (its claim turned out invalid) can only add
    texts to those found, never take one away: of the texts holding one block, each but
    the first finds the one before it, whatever they are. The runs themselves are then
    checked for the texts asked about alone (`run_holders`)."""

    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        # A block's hash -> the last text holding it. Any text holding it will do.
        self._owner: dict[int, str] = {}
        self._found: set[str] = set()
        self._noted: set[str] = set()
        self._long: list[str] = []  # the texts noted that hold a run, in order

    def note(self, text: str) -> None:
        """Take `text` into account, once however often it is noted."""
        if text in self._noted:
            return
        self._noted.add(text)
        cut = _blocks(text, _folded(text))
        if cut is None:
            return
        self._long.append(text)
        stretches, blocks = cut
        owner = self._owner
        for block in owner.keys() & stretches:
            self._found.update((owner[block], text))
        owner.update(zip(blocks, repeat(text)))

    def finish(self, texts: Iterable[str]) -> tuple[list[str], set[str]]:
        """Of `texts` (each noted first if it was not), those that hold a run,
        in the order they were noted; and a set holding every one of them that may hold
        a run another of them holds (and perhaps texts not among them). What was noted
        is then forgotten: the index of blocks is as large as the texts' words."""
        wanted = texts if isinstance(texts, Mapping) else dict.fromkeys(texts)
        for text in wanted:
            self.note(text)
        long_texts, found = self._long, self._found
        if len(wanted) != len(self._noted):  # texts were noted that are not asked about
            long_texts = [text for text in long_texts if text in wanted]
        self._start()
        return long_texts, found


def _merged(texts: dict[str, Holders], group: Iterable[str]) -> Holders | None:
    """The sources holding a run held by the texts of `group`, each with its smallest
    claim id; None if one source alone or more than WIDELY_SHARED hold it."""
    merged: Holders = {}
    for text in group:
        holders = texts[text]
        if len(holders) > WIDELY_SHARED:  # in wide circulation whatever the others say
            return None
        for source, claim in holders.items():
            known = merged.get(source)
            if known is None or claim < known:
                merged[source] = claim
        if len(merged) > WIDELY_SHARED:
            return None
    return merged if len(merged) > 1 else None
