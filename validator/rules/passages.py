"""Runs of words that texts share: the passages behind shared wording (S501).

A passage is a run of at least `RUN_WORDS` words that two texts have in the same order
(case, punctuation and typography aside). `run_holders` finds, for a corpus of texts,
who holds each run that two sources or more hold; `validator.rules.wording` pairs the
sources and reports them. A run held by more than `WIDELY_SHARED` sources is in wide
circulation and pairs none.
"""

from __future__ import annotations

from typing import Final

from .quote_match import tokens

__all__ = ["RUN_WORDS", "WIDELY_SHARED", "Holders", "run_holders"]

RUN_WORDS: Final = 12
WIDELY_SHARED: Final = 20

# Who holds a text or a run: source -> its smallest claim id holding it, the same
# whatever order the claims come in.
Holders = dict[str, str]


def _coded(text: str, codes: dict[str, str]) -> str:
    """The text's words, folded, each as its two-character code in `codes` (given one
    as it is first met): a run of RUN_WORDS words is then a slice of `_RUN_CHARS`
    characters, cut and hashed in C rather than joined from a list of words."""
    words = [word.casefold() for word in tokens(text)]
    for word in words:
        if word not in codes:
            number = len(codes)  # two UCS-2 characters: room for 2**32 distinct words
            codes[word] = chr(number >> 16) + chr(number & 0xFFFF)
    return "".join(map(codes.__getitem__, words))


_RUN_CHARS: Final = 2 * RUN_WORDS


def _runs(coded: str) -> set[str]:
    """The coded text's runs of RUN_WORDS words."""
    return {coded[i : i + _RUN_CHARS] for i in range(0, len(coded) - _RUN_CHARS + 1, 2)}


def run_holders(texts: dict[str, Holders]) -> list[Holders]:
    """The holders of each run of words that two sources or more (and at most
    WIDELY_SHARED) hold. Only the texts that may share a run (`_sharing_texts`) are cut
    into runs, once however many claims hold them, and again if another text holds a
    run of the same hash.

    Runs are first told apart by their hashes alone: the many that one text holds are
    never kept as strings (a run kept as its string of words cost about 180 bytes a
    word of long text). The few hashes several texts hold are then checked against
    the runs themselves, so that two runs whose hashes collide are never taken for
    one."""
    codes: dict[str, str] = {}
    with_runs = {t: w for t in texts if len(w := _coded(t, codes)) >= _RUN_CHARS}
    sharing = _sharing_texts(with_runs)
    # A text that shares no run with another: each of its runs is its holders' alone.
    held = [
        texts[text]
        for text in with_runs
        if text not in sharing and 1 < len(texts[text]) <= WIDELY_SHARED
    ]
    coded = {text: with_runs[text] for text in sharing}
    # Hash of a run -> the first text holding it; the other texts holding one, for the
    # few hashes more than one text holds (no list is made for the many one holds).
    first: dict[int, str] = {}
    more: dict[int, list[str]] = {}
    several: dict[str, set[int]] = {}  # a text several sources hold -> its runs' hashes
    for text, words in coded.items():
        holders = texts[text]
        hashes = set(map(hash, _runs(words)))
        for run_hash in hashes:
            if first.setdefault(run_hash, text) is not text:
                more.setdefault(run_hash, []).append(text)
        if 1 < len(holders) <= WIDELY_SHARED and hashes:
            several[text] = hashes
    # A run of a text several sources hold that no other text holds pairs its holders
    # (the runs other texts hold too are merged with theirs below).
    held += [texts[text] for text, hashes in several.items() if not hashes <= more.keys()]
    # The texts holding a hash several texts hold, each cut into runs once more, and
    # every such run grouped with the texts holding that very run.
    involved = dict.fromkeys(first[run_hash] for run_hash in more)
    for others in more.values():
        involved.update(dict.fromkeys(others))
    groups: dict[str, list[str]] = {}
    for text in involved:
        for shared in _runs(coded[text]):
            if hash(shared) in more:
                groups.setdefault(shared, []).append(text)
    for group in groups.values():
        merged = _merged(texts, group)
        if merged is not None:
            held.append(merged)
    return held


_BLOCK_CHARS: Final = 2 * (RUN_WORDS // 2)  # a block of half a run's words, coded


def _sharing_texts(coded: dict[str, str]) -> set[str]:
    """The texts (of `coded`, each written as `_coded`) that may hold a run of words
    another text holds; every text that does is among them.

    A run of RUN_WORDS words holds a whole block of RUN_WORDS // 2 words that starts
    at a multiple of that many words in its text (any 2 * b - 1 words in a row do). So
    two texts that share a run share a block of one of them, whose words the other
    holds somewhere: each text's blocks are indexed (a sixth of its places, not all),
    and then each text's every stretch of that many words is looked up among them.
    Most texts of a corpus share nothing, and are never cut into runs and kept."""
    step = _BLOCK_CHARS
    owner: dict[int, str] = {}  # a block's hash -> the first text holding it
    found: set[str] = set()
    for text, words in coded.items():
        for block in map(hash, map(words.__getitem__, map(slice, *_places(words, step)))):
            known = owner.setdefault(block, text)
            if known is not text:
                found.update((known, text))
    blocks = owner.keys()
    for text, words in coded.items():
        stretches = set(map(hash, map(words.__getitem__, map(slice, *_places(words, 2)))))
        for block in blocks & stretches:
            known = owner[block]
            if known is not text:
                found.update((known, text))
    return found


def _places(words: str, step: int) -> tuple[range, range]:
    """Where each block of `_BLOCK_CHARS` characters starts and ends, `step` apart."""
    last = len(words) - _BLOCK_CHARS
    return range(0, last + 1, step), range(_BLOCK_CHARS, last + _BLOCK_CHARS + 1, step)


def _merged(texts: dict[str, Holders], group: list[str]) -> Holders | None:
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
