"""Runs of words that texts share: the passages behind shared wording (S501).

A passage is a run of at least `RUN_WORDS` words that two texts have in the same order
(case, punctuation and typography aside). `run_holders` finds, for a corpus of texts,
who holds each run that two sources or more hold; `validator.rules.wording` pairs the
sources and reports them. A run held by more than `WIDELY_SHARED` sources is in wide
circulation and pairs none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import repeat
from typing import Final, NamedTuple

from .quote_match import tokens

__all__ = ["RUN_WORDS", "WIDELY_SHARED", "Holders", "Sharing", "SharingTexts", "run_holders"]

RUN_WORDS: Final = 12
WIDELY_SHARED: Final = 20

# Who holds a text or a run: source -> its smallest claim id holding it, the same
# whatever order the claims come in.
Holders = dict[str, str]


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


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    """The text's runs of RUN_WORDS words, one at each place."""
    return list(_stretches(words, RUN_WORDS))


def run_holders(texts: dict[str, Holders], noted: SharingTexts | None = None) -> list[Holders]:
    """The holders of each run of words that two sources or more (and at most
    WIDELY_SHARED) hold. Only the texts that may share a run (`SharingTexts`, given as
    `noted` when the texts were noted as they came) are cut into runs, once however
    many claims hold them, and again if another text holds a run of the same hash.

    Runs are first told apart by their hashes alone: the many that one text holds are
    never kept. The few hashes several texts hold are then checked against the runs
    themselves, so that two runs whose hashes collide are never taken for one."""
    found = (noted or SharingTexts()).finish(texts)
    words_of, more = found.words, found.more
    # A text that shares no run with another: each of its runs is its holders' alone.
    held = [
        texts[text]
        for text in found.long_texts
        if text not in words_of and 1 < len(texts[text]) <= WIDELY_SHARED
    ]
    # A run of a text several sources hold that no other text holds pairs its holders
    # (the runs other texts hold too are merged with theirs below).
    for text, words in words_of.items():
        several = 1 < len(texts[text]) <= WIDELY_SHARED
        if several and not set(map(hash, _stretches(words, RUN_WORDS))) <= more:
            held.append(texts[text])
    # Each text cut into runs once more, and each of its runs of a hash several texts
    # hold grouped with the texts holding that very run.
    groups: dict[tuple[str, ...], list[str]] = {}
    for text, words in words_of.items():
        runs = _runs(words)
        by_hash = dict(zip(map(hash, runs), runs, strict=True))
        if len(by_hash) == len(runs):
            shared: Iterable[tuple[str, ...]] = map(by_hash.__getitem__, by_hash.keys() & more)
        else:  # a run twice in the text, or two runs of one hash: each run looked up
            shared = [run for run in set(runs) if hash(run) in more]
        for run in shared:
            groups.setdefault(run, []).append(text)
    # The runs of one passage are held by the same texts: merged once.
    for group in {tuple(group): None for group in groups.values()}:
        merged = _merged(texts, group)
        if merged is not None:
            held.append(merged)
    return held


_BLOCK_WORDS: Final = RUN_WORDS // 2


class Sharing(NamedTuple):
    """What `SharingTexts` found of the texts asked about."""

    long_texts: list[str]  # those of RUN_WORDS words or more, in the order noted
    # Those that may hold a run another text holds (every one that does), each as its
    # words case-folded (one string for each word however many texts hold it).
    words: dict[str, list[str]]
    # The hashes of runs that two of the texts noted hold, or more: the runs two of
    # those asked about hold among them, perhaps with others.
    more: set[int]


class SharingTexts:
    """Which texts may hold a run of words another text holds, worked out a text at a
    time: a run's texts may be noted as they come (a claim file's, as soon as it is
    checked, while other files still are), and `finish` answers for any texts.

    A run of RUN_WORDS words holds a whole block of RUN_WORDS // 2 words that starts
    at a multiple of that many words in its text (any 2 * b - 1 words in a row do). So
    of two texts that share a run, the later holds a block of the earlier somewhere:
    each text's every stretch of that many words is looked up among the blocks of the
    texts before it (a sixth of their places, not all), and then its own blocks are
    indexed. Most texts of a corpus share nothing, and are never cut into runs; those
    that may are cut once found, and the hashes of their runs that two of them hold
    are gathered (`Sharing.more`).

    A text noted that is not asked about (its claim turned out invalid) can only add
    texts to those found and hashes to those held twice, never take one away: of the
    texts holding one block, each but the first finds the one before it, whatever they
    are. A hash held twice only because such a text holds it leaves a run that one
    text asked about holds: `run_holders` groups it with that text alone, which pairs
    the text's own holders, as a run no other text holds does."""

    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        # A block's hash -> the last text holding it. Any text holding it will do.
        self._owner: dict[int, str] = {}
        self._noted: set[str] = set()
        self._long: list[str] = []  # the texts noted of RUN_WORDS words or more, in order
        self._words: dict[str, list[str]] = {}  # the texts found, as `Sharing.words`
        self._canonical: dict[str, str] = {}  # each word's one string
        self._seen: set[int] = set()  # the hashes of the found texts' runs
        self._more: set[int] = set()  # of them, those two found texts hold

    def note(self, text: str) -> None:
        """Take `text` into account, once however often it is noted."""
        if text in self._noted:
            return
        self._noted.add(text)
        words = _folded(text)
        if len(words) < RUN_WORDS:
            return
        self._long.append(text)
        # The hash of the stretch at each place; a block is a stretch at a multiple of
        # _BLOCK_WORDS, so the blocks' hashes are a slice of these.
        stretches = list(map(hash, _stretches(words, _BLOCK_WORDS)))
        owner = self._owner
        held = owner.keys() & stretches
        if held:
            for block in held:
                if owner[block] not in self._words:
                    self._found(owner[block], _folded(owner[block]))
            if text not in self._words:
                self._found(text, words)
        owner.update(zip(stretches[::_BLOCK_WORDS], repeat(text)))

    def _found(self, text: str, words: list[str]) -> None:
        """Cut a text that may share a run into runs, and gather their hashes."""
        canonical = self._canonical
        words = self._words[text] = list(map(canonical.setdefault, words, words))
        hashes = set(map(hash, _stretches(words, RUN_WORDS)))
        self._more |= self._seen & hashes
        self._seen |= hashes

    def finish(self, texts: Iterable[str]) -> Sharing:
        """What was found of `texts` (each noted first if it was not). What was noted is
        then forgotten: the index of blocks is as large as the texts' words."""
        wanted = texts if isinstance(texts, Mapping) else dict.fromkeys(texts)
        for text in wanted:
            self.note(text)
        long_texts, words = self._long, self._words
        if len(wanted) != len(self._noted):  # texts were noted that are not asked about
            long_texts = [text for text in long_texts if text in wanted]
            words = {text: found for text, found in words.items() if text in wanted}
        found = Sharing(long_texts, words, self._more)
        self._start()
        return found


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
