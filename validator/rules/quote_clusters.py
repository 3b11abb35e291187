"""Quotes across sources as clusters (Q401-Q403): each wording reported once.

Sources print the same few sentences hundreds of times, some with a changed word. The
quotes are gathered into wordings (the same words by one speaker, case and punctuation
aside, with every claim that prints them), and each wording is matched once, against
clusters already found: wordings are taken most printed first, so each cluster is headed
by its majority wording, and
candidates come from `PrefixIndex`, whose cost and recall do not depend on how often a
text is printed. Within a cluster, each wording that deviates is reported once, against
the dataset's transcript where it has one (the message then names the sources that
match it) or else against the majority wording: never pair by pair. The majority is
counted in words, which Q402 compares: two sources printing the same words with other
quote marks outnumber one that changed a word. Within a wording, each other punctuation
of its words is a Q401 against the text printed most, with a transcript or without
(punctuation against a transcript is its transcriber's: never a finding).

Q403 is for the same words (case and punctuation aside) given to different speakers, all
of them or where one quote holds the other's words and more; a near match given to
another speaker is a Q402 that says so. Neither is reported where a
transcript gives the words to another speaker than one side's: the dataset settles who
said them, and the claims that say otherwise are refuted (D201) on their own. One
mistake, one error, as for X301.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding, Side, make_finding
from validator.resolve.claims import ResolvedClaim

from .quote_gaps import bracketed
from .quote_index import PrefixIndex
from .quote_match import Match, Quote, Texts, tokens
from .source_sides import SAMPLE, make_side

__all__ = ["quote_findings"]

_SAME_WORDS = 0.85  # a quote given to another speaker: nearly the same words
_NAMED = 3

# The transcript a quote is closest to, by the quote's speaker, and how they match.
Reference = Callable[[Quote], "tuple[Fact, Quote] | None"]
# Whether a transcript gives a quote's words to another speaker than the quote's.
Misattributed = Callable[[Quote], bool]


@dataclass(slots=True)
class _Wording:
    quote: Quote
    claims: list[ResolvedClaim] = field(default_factory=list)
    # Worked out once all claims are in (`_settle`): a wording printed by hundreds of
    # sources stands beside every variant's finding, and each finding named its sources
    # and sorted its claims again.
    sources: list[str] = field(default_factory=list)
    side: Side | None = None  # its side in full, for its own findings
    sample: Side | None = None  # its side listing SAMPLE claims, beside others' findings
    named: str | None = None  # its sources counted and named (`_named`)
    # The same words printed with other punctuation or case (`_by_words`): the text it
    # shows, printed most, and the others, each a wording of its own claims.
    printed: _Wording | None = None
    variants: list[_Wording] = field(default_factory=list)

    def settle(self) -> None:
        self.sources = sorted({c.source_id for c in self.claims})


@dataclass(slots=True)
class _Cluster:
    head: _Wording  # the most printed wording
    members: list[_Wording] = field(default_factory=list)


def quote_findings(
    claims: Sequence[ResolvedClaim],
    dataset: Dataset,
    texts: Texts,
    reference: Reference,
    misattributed: Misattributed,
) -> list[Finding]:
    """Q401-Q403 for quote claims (each a quote in words, its subject the speaker)."""
    wordings: dict[tuple[str, str], _Wording] = {}
    for claim in claims:
        key = (claim.subject, str(claim.raw_value))
        found = wordings.get(key)
        if found is None:
            quote = texts.quote(claim.full_id, claim.subject, key[1])
            found = wordings[key] = _Wording(quote)
        found.claims.append(claim)
    for found in wordings.values():
        found.settle()
    order = sorted(
        _by_words(wordings.values(), texts.spaced),
        key=lambda w: (-len(w.sources), w.quote.speaker, w.quote.text),
    )
    index = PrefixIndex((w.quote.text, w.quote.folded) for w in order)
    clusters: list[_Cluster] = []
    findings: list[Finding] = []
    for wording in order:
        best: tuple[_Cluster, Match] | None = None
        # One finding a wording given to another speaker, as for any variant: against
        # the same words, then the nearest, then the wording printed most. Against every
        # other speaker's cluster, one quote given to 400 speakers made 9,300 findings.
        elsewhere: tuple[tuple[bool, float, int], _Cluster, Match] | None = None
        for number in index.candidates(wording.quote.text):
            cluster = clusters[number]
            found_match = texts.match(cluster.head.quote, wording.quote)
            if found_match is None:
                continue
            if cluster.head.quote.speaker != wording.quote.speaker:
                rank = (not found_match.same_words, -found_match.share, number)
                if (
                    (found_match.same_words or found_match.share >= _SAME_WORDS)
                    and not (misattributed(cluster.head.quote) or misattributed(wording.quote))
                    and (elsewhere is None or rank < elsewhere[0])
                ):
                    elsewhere = (rank, cluster, found_match)
            elif best is None or found_match.share > best[1].share:
                best = (cluster, found_match)
        if elsewhere is not None:
            findings.extend(_other_speaker(elsewhere[1].head, wording, elsewhere[2], dataset))
        if best is not None:
            best[0].members.append(wording)
        else:
            clusters.append(_Cluster(wording))
            index.add(wording.quote.text)
    for cluster in clusters:
        findings.extend(_variants(cluster, dataset, texts, reference))
    return findings


def _by_words(texts: Iterable[_Wording], spaced: Callable[[str], str]) -> list[_Wording]:
    """The texts with the same speaker and the same words (case and punctuation aside)
    as one wording, which shows the text printed most; a text alone is its own. Texts
    that print the same (`Texts.spaced`: `"... able to be,"` and `"... able to be."`)
    count as one text printed by all their sources: counted apart, the text a Q401 is
    held against was named as printed by one source where two printed it."""
    groups: dict[tuple[str, tuple[str, ...]], dict[str, list[_Wording]]] = {}
    for text in texts:
        key = (text.quote.speaker, tuple(text.quote.folded))
        groups.setdefault(key, {}).setdefault(spaced(text.quote.text), []).append(text)
    wordings: list[_Wording] = []
    for printings in groups.values():
        group = [_one_text(same) for same in printings.values()]
        if len(group) == 1:
            wordings.append(group[0])
            continue
        group.sort(key=lambda w: (-len(w.sources), w.quote.text))
        printed = group[0]
        claims = list(chain.from_iterable(w.claims for w in group))
        wording = _Wording(printed.quote, claims, printed=printed, variants=group[1:])
        wording.settle()
        wordings.append(wording)
    return wordings


def _one_text(same: list[_Wording]) -> _Wording:
    """Texts that print the same as one, shown as the one printed most."""
    if len(same) == 1:
        return same[0]
    same.sort(key=lambda w: (-len(w.sources), w.quote.text))
    text = _Wording(same[0].quote, list(chain.from_iterable(w.claims for w in same)))
    text.settle()
    return text


def _named(wording: _Wording) -> str:
    """`3 sources (a, b, c)`: worked out once a wording, which may stand beside the
    finding of every wording given to another speaker."""
    if wording.named is None:
        sources = wording.sources
        count = len(sources)
        names = ", ".join(sources[:_NAMED])
        if count > _NAMED:
            names += f" and {count - _NAMED:,} more"
        wording.named = f"{count:,} {'source' if count == 1 else 'sources'} ({names})"
    return wording.named


def _sides(deviating: _Wording, other: _Wording | None) -> tuple[Side, ...]:
    """The deviating wording's side in full; the wording it is held against, beside
    every other variant's finding too, lists its first SAMPLE claims. Each is made once
    per wording."""
    if deviating.side is None:
        deviating.side = make_side(deviating.claims, False, {})
    if other is None:
        return (deviating.side,)
    if other.sample is None:
        other.sample = make_side(other.claims, False, {}, limit=SAMPLE)
    return (deviating.side, other.sample)


def _finding(
    code: str, message: str, deviating: _Wording, other: _Wording | None, match: Match
) -> Finding:
    details = [("diff", match.diff)]
    if match.truncated:
        details.append(("compared", "the first 1,000 words of each quote"))
    # The claims in the sides' order: the deviating wording's by source, then a sample
    # of the other wording's (related, not at fault).
    sides = _sides(deviating, other)
    return make_finding(
        code,
        message,
        # A side may list thousands of claims: joined in C.
        claims=tuple(chain.from_iterable(side.claims for side in sides)),
        locations=tuple(chain.from_iterable(side.locations for side in sides)),
        key="quote",
        details=tuple(details),
        sides=sides,
    )


def _other_speaker(
    head: _Wording, wording: _Wording, match: Match, dataset: Dataset
) -> list[Finding]:
    said, other = dataset.label(wording.quote.speaker), dataset.label(head.quote.speaker)
    if match.words_agree:
        # One quote may hold the other's words and more ("... in the world." and "...
        # in the world. I would do it again."): the same words all the same, given to
        # two speakers; as a Q402, its diff showed no other words at all.
        more = "" if match.same_words or match.truncated else f", one {_more(head, wording)}"
        message = (
            f"the same words are given to {said} by {_named(wording)} and to {other} by "
            f"{_named(head)}{more}; find the original to learn who said them"
        )
        return [_finding("Q403", message, wording, head, match)]
    message = (
        f"a quote given to {said} by {_named(wording)} nearly matches one given to {other} by "
        f"{_named(head)}, with other words: {match.diff}; find the original to learn who "
        "said what"
    )
    return [_finding("Q402", message, wording, head, match)]


def _more(head: _Wording, wording: _Wording) -> str:
    """How two quotes whose words agree and are not the same differ: one quotes more of
    the passage, or has words of the quoter's own in square brackets."""
    texts = (head.quote.text, wording.quote.text)
    if any(bracketed(text, tokens) for text in texts):
        return "with words of its own in brackets"
    return "quoting more of them"


def _variants(
    cluster: _Cluster, dataset: Dataset, texts: Texts, reference: Reference
) -> list[Finding]:
    """Each wording of a cluster that deviates, against the transcript or the majority."""
    wordings = [cluster.head, *cluster.members]
    if len({s for w in wordings for s in w.sources}) < 2:
        return []
    speaker = dataset.label(cluster.head.quote.speaker)
    found = reference(cluster.head.quote)
    findings: list[Finding] = []
    if found is not None:
        # Sources that print the same words with other punctuation differ from each
        # other all the same: a Q401 against the text printed most, not the transcript.
        for wording in wordings:
            findings.extend(_punctuation(speaker, wording, texts))
        if len(wordings) < 2:  # one wording: held against the transcript alone (D207)
            return findings
        fact, transcript = found
        matched = [w for w in wordings if _agrees(texts.match(transcript, w.quote))]
        names = sorted({s for w in matched for s in w.sources})
        which = ", ".join(names[:_NAMED]) or "no source"
        if len(names) > _NAMED:
            which += f" and {len(names) - _NAMED:,} more"
        verb = "matches" if len(names) <= 1 else "match"
        against = f"the dataset's transcript ({dataset.cite(fact.ref)}), which {which} {verb}"
        for wording in wordings:
            variant = texts.match(transcript, wording.quote)
            # Punctuation against a transcript is its transcriber's: words only here.
            if variant is not None and not variant.words_agree:
                findings.extend(_variant(speaker, wording, None, against, variant, decided=True))
        return findings
    head = cluster.head
    findings.extend(_punctuation(speaker, head, texts))
    against = _against(head)
    for wording in cluster.members:
        variant = texts.match(head.quote, wording.quote)
        if variant is not None:
            findings.extend(_variant(speaker, wording, head, against, variant, decided=False))
        findings.extend(_punctuation(speaker, wording, texts))
    return findings


def _against(wording: _Wording) -> str:
    return f"the wording {_named(wording)} print{'s' if len(wording.sources) == 1 else ''}"


def _punctuation(speaker: str, wording: _Wording, texts: Texts) -> list[Finding]:
    """Q401 for each text of the wording but the one printed most (`_by_words`)."""
    printed = wording.printed
    if printed is None:
        return []
    findings: list[Finding] = []
    for other in wording.variants:
        variant = texts.match(printed.quote, other.quote)
        if variant is not None:
            findings.extend(
                _variant(speaker, other, printed, _against(printed), variant, decided=False)
            )
    return findings


def _agrees(found: Match | None) -> bool:
    return found is not None and found.words_agree


def _variant(
    speaker: str,
    wording: _Wording,
    head: _Wording | None,
    against: str,
    variant: Match,
    decided: bool,
) -> list[Finding]:
    prints = "prints" if len(wording.sources) == 1 else "print"
    said = f"a quote by {speaker} as {_named(wording)} {prints} it"
    if variant.words_agree:
        if variant.exact or not variant.same_words:
            return []  # the same, or more or less of the same passage
        message = (
            f"{said} differs only in punctuation or case from {against}; the words agree: "
            "nothing to correct"
        )
        return [_finding("Q401", message, wording, head, variant)]
    step = (
        "the transcript decides it: correct the claim, or acknowledge the misquote"
        if decided
        else "find the original to learn which is right"
    )
    message = f"{said} differs in its words from {against}: {variant.diff}; {step}"
    return [_finding("Q402", message, wording, head, variant)]
