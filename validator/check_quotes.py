"""Stage 4c: quotes across sources (Q401-Q403) and against transcripts (D207).

Two quotes are the same quote when most of their words agree. Candidates are found
through shared runs of three words (an inverted index), so only quotes that share
wording are ever compared: thousands of quotes cost thousands of lookups, not
millions of comparisons.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .check_dataset import Assessment
from .dataset import Dataset, Fact
from .findings import Finding, make_finding
from .resolve import ResolvedClaim
from .result import Verdict
from .typography import plain

__all__ = [
    "Quote",
    "Transcripts",
    "check_quotes",
    "is_quote",
    "quotes_across_sources",
    "tokens",
    "word_diff",
]

# A run of three words shared by more quotes than this says nothing about identity.
_COMMON_SHINGLE = 64
_SAME_QUOTE = 0.6  # share of the shorter quote's words that must match
_SAME_WORDS = 0.85  # for misattribution: nearly the same words
_MIN_WORDS = 4
_CONTEXT = 4
_WORD = re.compile(r"[\w']+")


def tokens(text: str) -> list[str]:
    """The words of a quote as written (case kept); punctuation is not a word."""
    return [w.strip("'") or w for w in _WORD.findall(plain(text))]


@dataclass(slots=True)
class Quote:
    key: str  # full claim id or fact id
    speaker: str
    text: str
    words: list[str]
    folded: list[str]


class _Texts:
    """What depends on a quote's text alone, worked out once per distinct text.

    Sources quote the same few sentences thousands of times: the words, their
    shingles and how two texts match are the same every time.
    """

    def __init__(self) -> None:
        self.words: dict[str, tuple[list[str], list[str]]] = {}
        self.shingles: dict[str, frozenset[tuple[str, ...]]] = {}
        self.matches: dict[tuple[str, str], _Match | None] = {}
        # A transcript is matched against every distinct quote of its speaker.
        self.spaced_texts: dict[str, str] = {}

    def quote(self, key: str, speaker: str, text: str) -> Quote:
        found = self.words.get(text)
        if found is None:
            words = tokens(text)
            found = self.words[text] = (words, [w.casefold() for w in words])
        return Quote(key, speaker, text, *found)

    def shingles_of(self, quote: Quote) -> frozenset[tuple[str, ...]]:
        found = self.shingles.get(quote.text)
        if found is None:
            found = self.shingles[quote.text] = _shingles(quote.folded)
        return found

    def match(self, a: Quote, b: Quote) -> _Match | None:
        pair = (a.text, b.text)
        if pair in self.matches:
            return self.matches[pair]
        found = self.matches[pair] = _match(a, b, self.spaced)
        return found

    def spaced(self, text: str) -> str:
        found = self.spaced_texts.get(text)
        if found is None:
            found = self.spaced_texts[text] = _spaced(text)
        return found


def _shingles(folded: list[str]) -> frozenset[tuple[str, ...]]:
    if len(folded) < 3:
        return frozenset((tuple(folded),)) if folded else frozenset()
    return frozenset(tuple(folded[i : i + 3]) for i in range(len(folded) - 2))


class _Index:
    """Which quotes share which runs of three words, by distinct text: a text quoted a
    thousand times is indexed once, with the numbers of the quotes that have it."""

    def __init__(self, quotes: list[Quote], texts: _Texts) -> None:
        self.quotes = quotes
        self.texts = texts
        self.numbers: dict[str, list[int]] = defaultdict(list)  # text -> its quotes, in order
        first: dict[str, Quote] = {}
        for number, quote in enumerate(quotes):
            self.numbers[quote.text].append(number)
            first.setdefault(quote.text, quote)
        self.postings: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self.sizes: dict[tuple[str, ...], int] = defaultdict(int)  # quotes, not texts
        for text, quote in first.items():
            for shingle in texts.shingles_of(quote):
                self.postings[shingle].append(text)
                self.sizes[shingle] += len(self.numbers[text])
        self._found: dict[str, list[int]] = {}

    def candidates(self, quote: Quote) -> list[int]:
        """The quotes sharing a distinctive run of three words with `quote`, in order."""
        # Candidates depend only on the text; many quotes share one.
        cached = self._found.get(quote.text)
        if cached is not None:
            return cached
        found: set[int] = set()
        for shingle in self.texts.shingles_of(quote):
            posting = self.postings.get(shingle)
            if posting and self.sizes[shingle] <= _COMMON_SHINGLE:
                for text in posting:
                    found.update(self.numbers[text])
        ordered = self._found[quote.text] = sorted(found)
        return ordered


@dataclass(frozen=True, slots=True)
class _Match:
    share: float  # matched words over the shorter quote's words
    words_agree: bool  # the overlapping stretch has the same words
    exact: bool  # the texts are the same after typography normalisation
    diff: str


def _match(a: Quote, b: Quote, spaced: Callable[[str], str]) -> _Match | None:
    """How two quotes match; None when they share too few words. `spaced`: a text with
    its typography and white space normalised (see `_Texts.spaced`)."""
    if min(len(a.folded), len(b.folded)) < _MIN_WORDS:
        return None
    if a.folded == b.folded:
        # The same words: what difflib would find (one equal block), without difflib.
        size = len(a.folded)
        same: list[tuple[str, int, int, int, int]] = [("equal", 0, size, 0, size)]
        exact = a.text == b.text or spaced(a.text) == spaced(b.text)
        return _Match(1.0, True, exact, word_diff(a.words, b.words, same))
    matcher = difflib.SequenceMatcher(None, a.folded, b.folded, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    share = matched / min(len(a.folded), len(b.folded))
    if share < _SAME_QUOTE:
        return None
    ops = matcher.get_opcodes()
    # One source may quote more of the same passage: unmatched ends are not variants.
    while ops and ops[0][0] != "equal":
        ops = ops[1:]
    while ops and ops[-1][0] != "equal":
        ops = ops[:-1]
    words_agree = all(op[0] == "equal" for op in ops)
    exact = spaced(a.text) == spaced(b.text)
    return _Match(share, words_agree, exact, word_diff(a.words, b.words, ops))


def _spaced(text: str) -> str:
    return " ".join(plain(text).split())


def word_diff(
    first: list[str], second: list[str], ops: Sequence[tuple[str, int, int, int, int]]
) -> str:
    """`really staggering [-actually-] how`: deletions from the first, {+insertions+}."""
    parts: list[str] = []
    for number, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            words = first[i1:i2]
            if len(words) > 2 * _CONTEXT + 3:  # eliding fewer words would not save any
                head = words[:_CONTEXT] if number > 0 else []
                tail = words[-_CONTEXT:] if number < len(ops) - 1 else []
                words = [*head, "…", *tail]
            parts.extend(words)
            continue
        if tag in ("delete", "replace"):
            parts.append("[-" + " ".join(first[i1:i2]) + "-]")
        if tag in ("insert", "replace"):
            parts.append("{+" + " ".join(second[j1:j2]) + "+}")
    return " ".join(parts)


def check_quotes(
    claims: list[ResolvedClaim], dataset: Dataset
) -> tuple[list[Finding], dict[str, Assessment]]:
    """Cross-source quote findings, and each quote claim's verdict against transcripts."""
    transcripts = Transcripts(dataset)
    verdicts = {}
    for claim in claims:
        verdict = transcripts.judge(claim)
        if verdict is not None:
            verdicts[claim.full_id] = verdict
    return quotes_across_sources(claims, dataset), verdicts


def is_quote(claim: ResolvedClaim) -> bool:
    """Whether the claim is a quote in words, which the quote checks compare."""
    return claim.prop.type == "quote" and isinstance(claim.raw_value, str)


def quotes_across_sources(claims: list[ResolvedClaim], dataset: Dataset) -> list[Finding]:
    """Q401-Q403: the quote claims of different sources compared with each other."""
    quoted = [c for c in claims if is_quote(c)]
    by_id = {c.full_id: c for c in quoted}
    texts = _Texts()
    quotes = [texts.quote(c.full_id, c.subject, c.raw_value) for c in quoted]
    return _across_sources(quotes, by_id, dataset, texts)


class Transcripts:
    """The dataset's transcripts, indexed once, against which quote claims are judged
    one at a time (D201, D203, D207): a verdict needs no other claim, so each file's
    quotes are judged with its other checks."""

    def __init__(self, dataset: Dataset, explain: bool = True) -> None:
        self.dataset = dataset
        self.explain = explain  # False: the verdicts it gives have no steps
        self.texts = _Texts()
        self.transcripts = [
            (fact, self.texts.quote(f"{fact.subject}#{n}", fact.subject, str(fact.raw_value)))
            for n, fact in enumerate(_said_facts(dataset))
        ]
        self.index = _Index([q for _, q in self.transcripts], self.texts)
        # A verdict depends only on the words and who is said to have said them, besides
        # the claim's id and location (in its findings) and its as_of (in its first
        # step): the first claim's verdict serves every later one with its own. (The
        # value as shown is the text itself; it is in the key because findings show it.)
        self.firsts: dict[tuple[str, str, str], Assessment] = {}

    def judge(self, claim: ResolvedClaim) -> Assessment | None:
        """The quote claim's verdict; None for a claim that is no quote in words."""
        if not is_quote(claim):
            return None
        quote = self.texts.quote(claim.full_id, claim.subject, claim.raw_value)
        said = (quote.text, quote.speaker, claim.value_display)
        verdict = self.firsts.get(said)
        if verdict is None:
            best = _best_transcript(quote, self.transcripts, self.index, self.texts)
            verdict = self.firsts[said] = _transcript_verdict(quote, claim, best, self.dataset)
            return verdict if self.explain else replace(verdict, steps=())
        claims, locations = (claim.full_id,), (claim.location,)
        steps = (_opening(quote, claim, self.dataset), *verdict.steps[1:]) if self.explain else ()
        findings = tuple(
            make_finding(
                f.code, f.message, claims=claims, locations=locations, key=f.key, details=f.details
            )
            for f in verdict.findings
        )
        return Assessment(verdict.verdict, findings, steps)


def _said_facts(dataset: Dataset) -> list[Fact]:
    return [
        fact
        for (_, prop), facts in sorted(dataset.facts.items())
        if dataset.properties[prop].type == "quote"
        for fact in facts
    ]


def _across_sources(
    quotes: list[Quote], by_id: dict[str, ResolvedClaim], dataset: Dataset, texts: _Texts
) -> list[Finding]:
    index = _Index(quotes, texts)
    findings: list[Finding] = []
    for number, quote in enumerate(quotes):
        for other_number in index.candidates(quote):
            if other_number <= number:
                continue
            other = quotes[other_number]
            first, second = (quote, other) if quote.key <= other.key else (other, quote)
            a, b = by_id[first.key], by_id[second.key]
            if a.source_id == b.source_id:
                continue
            match = texts.match(first, second)
            if match is None:
                continue
            pair = (a, b)
            if first.speaker != second.speaker:
                if match.share >= _SAME_WORDS:
                    findings.append(
                        _pair_finding(
                            "Q403",
                            f"the same words are attributed to {dataset.label(first.speaker)} by "
                            f"{a.full_id} and to {dataset.label(second.speaker)} by {b.full_id}; "
                            "find the original to learn who said it",
                            pair,
                            match,
                        )
                    )
                continue
            speaker = dataset.label(first.speaker)
            if match.words_agree:
                if not match.exact and len(first.folded) == len(second.folded):
                    findings.append(
                        _pair_finding(
                            "Q401",
                            f"a quote by {speaker} differs only in punctuation or case between "
                            f"{a.full_id} and {b.full_id}; the words agree",
                            pair,
                            match,
                        )
                    )
                continue
            findings.append(
                _pair_finding(
                    "Q402",
                    f"a quote by {speaker} differs in its words between {a.full_id} and "
                    f"{b.full_id}: {match.diff}; find the original to learn which misquotes",
                    pair,
                    match,
                )
            )
    return findings


def _pair_finding(
    code: str, message: str, pair: tuple[ResolvedClaim, ResolvedClaim], match: _Match
) -> Finding:
    a, b = pair
    return make_finding(
        code,
        message,
        claims=(a.full_id, b.full_id),
        locations=(a.location, b.location),
        key="quote",
        details=(("diff", match.diff),),
    )


def _opening(quote: Quote, claim: ResolvedClaim, dataset: Dataset) -> str:
    speaker = dataset.label(quote.speaker)
    return f"claim: {speaker} said {quote.text!r} (as of {claim.as_of_display})"


def _transcript_verdict(
    quote: Quote,
    claim: ResolvedClaim,
    best: tuple[float, Fact, _Match] | None,
    dataset: Dataset,
) -> Assessment:
    """The quote claim against its closest transcript (`best`), if any."""
    speaker = dataset.label(quote.speaker)
    steps = [_opening(quote, claim, dataset)]
    if best is None:
        steps.append("no transcript in the dataset shares this quote's words")
        message = (
            f'claims {speaker} said "{_short(quote.text)}"; the dataset has no transcript of '
            "these words to check them against; add one with its reference if it exists"
        )
        return _verdict(Verdict.UNVERIFIABLE, "D203", message, claim, None, steps, dataset)
    _, fact, match = best
    steps.append(f"transcript: {fact.display[:80]!r} ({dataset.cite(fact.ref)})")
    if fact.subject != quote.speaker:
        if match.share >= _SAME_WORDS:
            other = dataset.label(fact.subject)
            message = (
                f'claims {speaker} said "{_short(quote.text)}"; the dataset\'s transcript '
                f"({dataset.cite(fact.ref)}) has these words from {other}; "
                "correct the speaker, or acknowledge it with the conclusion"
            )
            return _verdict(Verdict.REFUTED, "D201", message, claim, fact, steps, dataset)
        message = (
            f'claims {speaker} said "{_short(quote.text)}"; the dataset has no transcript '
            f"of these words by {speaker}; add one with its reference if it exists"
        )
        return _verdict(Verdict.UNVERIFIABLE, "D203", message, claim, None, steps, dataset)
    if match.words_agree:
        steps.append("the words agree with the transcript")
        steps.append("verdict: supported")
        return Assessment(Verdict.SUPPORTED, (), tuple(steps))
    message = (
        f"the quote by {speaker} differs from the dataset's transcript "
        f"({dataset.cite(fact.ref)}): {match.diff}; check which words the source changed"
    )
    finding = make_finding(
        "D207",
        message,
        claims=(claim.full_id,),
        locations=(claim.location,),
        key="transcript",
        details=(("diff", match.diff), ("reference", dataset.cite(fact.ref))),
    )
    steps.append(f"word diff against the transcript: {match.diff}")
    steps.append("verdict: undetermined")
    return Assessment(Verdict.UNDETERMINED, (finding,), tuple(steps))


def _best_transcript(
    quote: Quote, transcripts: list[tuple[Fact, Quote]], index: _Index, texts: _Texts
) -> tuple[float, Fact, _Match] | None:
    """The transcript closest to `quote`, preferring one by the same speaker."""
    best: tuple[float, Fact, _Match] | None = None
    for number in index.candidates(quote):
        fact, transcript = transcripts[number]
        # Diffed from the transcript to the source: what the source dropped and added.
        match = texts.match(transcript, quote)
        if match is None:
            continue
        rank = match.share + (1.0 if fact.subject == quote.speaker else 0.0)
        if best is None or rank > best[0]:
            best = (rank, fact, match)
    return best


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _verdict(
    verdict: Verdict,
    code: str,
    message: str,
    claim: ResolvedClaim,
    fact: Fact | None,
    steps: list[str],
    dataset: Dataset,
) -> Assessment:
    details: list[tuple[str, str]] = [("claimed", _short(claim.value_display))]
    if fact is not None:
        details.append(("dataset_value", _short(fact.display)))
        details.append(("reference", dataset.cite(fact.ref)))
    finding = make_finding(
        code,
        message,
        claims=(claim.full_id,),
        locations=(claim.location,),
        key="transcript",
        details=tuple(details),
    )
    steps.append(f"verdict: {verdict.value}")
    return Assessment(verdict, (finding,), tuple(steps))
