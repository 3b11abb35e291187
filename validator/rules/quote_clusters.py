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
another speaker is a Q402 that says so (`quote_speakers`, once every cluster is whole:
each side names all its speaker's wordings of the words). Neither is reported where a
transcript gives the words to another speaker than one side's: the dataset settles who
said them, and the claims that say otherwise are refuted (D201) on their own. One
mistake, one error, as for X301.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain

from validator.dataset.model import Dataset, Fact
from validator.model.findings import Finding
from validator.resolve.claims import ResolvedClaim

from .quote_index import PrefixIndex
from .quote_match import Match, Quote, Texts
from .quote_speakers import Link, other_speakers
from .quote_wordings import NAMED, Cluster, Wording, agrees, finding, named
from .spelling import spelt_otherwise

__all__ = ["quote_findings"]

_SAME_WORDS = 0.85  # a quote given to another speaker: nearly the same words

# The transcript a quote is closest to, by the quote's speaker, and how they match.
Reference = Callable[[Quote], "tuple[Fact, Quote] | None"]
# Whether a transcript gives a quote's words to another speaker than the quote's.
Misattributed = Callable[[Quote], bool]


def quote_findings(
    claims: Sequence[ResolvedClaim],
    dataset: Dataset,
    texts: Texts,
    reference: Reference,
    misattributed: Misattributed,
) -> list[Finding]:
    """Q401-Q403 for quote claims (each a quote in words, its subject the speaker)."""
    wordings: dict[tuple[str, str], Wording] = {}
    for claim in claims:
        key = (claim.subject, str(claim.raw_value))
        found = wordings.get(key)
        if found is None:
            quote = texts.quote(claim.full_id, claim.subject, key[1])
            found = wordings[key] = Wording(quote)
        found.claims.append(claim)
    for found in wordings.values():
        found.settle()
    order = sorted(
        _by_words(wordings.values(), texts.spaced),
        key=lambda w: (-len(w.sources), w.quote.speaker, w.quote.text),
    )
    index = PrefixIndex((w.quote.text, w.quote.folded) for w in order)
    clusters: list[Cluster] = []
    links: list[Link] = []
    for wording in order:
        best: tuple[Cluster, Match] | None = None
        # One finding a wording given to another speaker, as for any variant: against
        # the same words, then the nearest, then the wording printed most. Against every
        # other speaker's cluster, one quote given to 400 speakers made 9,300 findings.
        elsewhere: tuple[tuple[bool, float, int], Cluster, Match] | None = None
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
        if best is not None:
            own = best[0]
            own.members.append(wording)
        else:
            own = Cluster(wording)
            clusters.append(own)
            index.add(wording.quote.text)
        if elsewhere is not None:  # told once every cluster is whole
            links.append((wording, own, elsewhere[1], elsewhere[2]))
    findings = other_speakers(links, dataset, texts)
    for cluster in clusters:
        findings.extend(_variants(cluster, dataset, texts, reference))
    return findings


def _by_words(texts: Iterable[Wording], spaced: Callable[[str], str]) -> list[Wording]:
    """The texts with the same speaker and the same words (case and punctuation aside)
    as one wording, which shows the text printed most; a text alone is its own. Texts
    that print the same (`Texts.spaced`: `"... able to be,"` and `"... able to be."`)
    count as one text printed by all their sources: counted apart, the text a Q401 is
    held against was named as printed by one source where two printed it."""
    groups: dict[tuple[str, tuple[str, ...]], dict[str, list[Wording]]] = {}
    for text in texts:
        key = (text.quote.speaker, tuple(text.quote.folded))
        groups.setdefault(key, {}).setdefault(spaced(text.quote.text), []).append(text)
    wordings: list[Wording] = []
    for printings in groups.values():
        group = [_one_text(same) for same in printings.values()]
        if len(group) == 1:
            wordings.append(group[0])
            continue
        group.sort(key=lambda w: (-len(w.sources), w.quote.text))
        printed = group[0]
        claims = list(chain.from_iterable(w.claims for w in group))
        wording = Wording(printed.quote, claims, printed=printed, variants=group[1:])
        wording.settle()
        wordings.append(wording)
    return wordings


def _one_text(same: list[Wording]) -> Wording:
    """Texts that print the same as one, shown as the one printed most."""
    if len(same) == 1:
        return same[0]
    same.sort(key=lambda w: (-len(w.sources), w.quote.text))
    text = Wording(same[0].quote, list(chain.from_iterable(w.claims for w in same)))
    text.settle()
    return text


def _variants(
    cluster: Cluster, dataset: Dataset, texts: Texts, reference: Reference
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
        matched = [w for w in wordings if agrees(texts.match(transcript, w.quote))]
        names = sorted({s for w in matched for s in w.sources})
        which = ", ".join(names[:NAMED]) or "no source"
        if len(names) > NAMED:
            which += f" and {len(names) - NAMED:,} more"
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


def _against(wording: Wording) -> str:
    return f"the wording {named(wording)} print{'s' if len(wording.sources) == 1 else ''}"


def _punctuation(speaker: str, wording: Wording, texts: Texts) -> list[Finding]:
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


def _variant(
    speaker: str,
    wording: Wording,
    head: Wording | None,
    against: str,
    variant: Match,
    decided: bool,
) -> list[Finding]:
    prints = "prints" if len(wording.sources) == 1 else "print"
    said = f"a quote by {speaker} as {named(wording)} {prints} it"
    if variant.words_agree:
        if variant.exact or not variant.same_words:
            return []  # the same, or more or less of the same passage
        other = head.quote.words if head is not None else None
        spelt = other is not None and spelt_otherwise(wording.quote.words, other)
        marks = "spelling, punctuation or case" if spelt else "punctuation or case"
        message = (
            f"{said} differs only in {marks} from {against}; the words agree: nothing to correct"
        )
        return [finding("Q401", message, wording, head, variant)]
    step = (
        "the transcript decides it: correct the claim, or acknowledge the misquote"
        if decided
        else "find the original to learn which is right"
    )
    message = f"{said} differs in its words from {against}: {variant.diff}; {step}"
    return [finding("Q402", message, wording, head, variant)]
