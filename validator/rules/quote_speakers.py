"""Quotes given to different speakers (Q403, and the Q402 of a near match).

While clustering, each wording found to match another speaker's cluster is linked to it
(`Link`); once every cluster is whole, each link is told. Where the words agree, both
sides name every wording of their speaker with those words, whatever the brackets or the
passage quoted: "the same words are given to Mia by 1 source (d) and to Kate by 3
sources (a, b, c)", where it named only the 2 sources of Kate's wording printed most,
and one finding stands for the two speakers however many wordings each has.
"""

from __future__ import annotations

from itertools import chain

from validator.dataset.model import Dataset
from validator.model.findings import Finding

from .quote_gaps import bracketed
from .quote_match import Match, Texts, tokens
from .quote_wordings import Cluster, Wording, agrees, finding, named

__all__ = ["Link", "other_speakers"]

# A wording, the cluster of its own speaker it joined or heads, the other speaker's
# cluster it matches, and how it matches that cluster's head.
Link = tuple[Wording, Cluster, Cluster, Match]


def other_speakers(links: list[Link], dataset: Dataset, texts: Texts) -> list[Finding]:
    """A Q402 for each link with other words; one Q403 for each pair of a speaker's
    wordings with the same words and the other speaker's cluster."""
    findings: list[Finding] = []
    told: set[frozenset[int]] = set()
    agreeing: dict[int, list[Wording]] = {}  # a cluster -> its wordings with the head's words
    for wording, own, other, match in links:
        said, held = dataset.label(wording.quote.speaker), dataset.label(other.head.quote.speaker)
        if not match.words_agree:
            if _told_in_clusters(wording, own, other, texts):
                continue
            message = (
                f"a quote given to {said} by {named(wording)} nearly matches one given to "
                f"{held} by {named(other.head)}, with other words: {match.diff}; find the "
                "original to learn who said what"
            )
            findings.append(finding("Q402", message, wording, other.head, match))
            continue
        # A wording with other words than its own cluster's head stands alone.
        alike = wording is own.head or agrees(texts.match(own.head.quote, wording.quote))
        pair = frozenset((id(own) if alike else id(wording), id(other)))
        if pair in told:  # the other speaker's wording already named these words
            continue
        told.add(pair)
        mine = _agreeing(own, texts, agreeing) if alike else [wording]
        theirs = _agreeing(other, texts, agreeing)
        deviating, against = _merged(mine), _merged(theirs)
        same = match.same_words and all(_same(group, texts) for group in (mine, theirs))
        more = "" if same or match.truncated else _more([*mine, *theirs])
        message = (
            f"the same words are given to {said} by {named(deviating)} and to {held} by "
            f"{named(against)}{more}; find the original to learn who said them"
        )
        findings.append(finding("Q403", message, deviating, against, match))
    return findings


def _told_in_clusters(wording: Wording, own: Cluster, other: Cluster, texts: Texts) -> bool:
    """Whether a near match is told by other findings: the wording is a variant in its
    own speaker's cluster (a Q402 there), whose head has the other cluster's words (a
    Q403). Told again as a near match, each variant of a quote made one finding more for
    every speaker its words were also given to, and only where that speaker's id came
    first, as the wordings are matched in that order."""
    if wording is own.head:
        return False
    return agrees(texts.match(own.head.quote, other.head.quote))


def _agreeing(cluster: Cluster, texts: Texts, found: dict[int, list[Wording]]) -> list[Wording]:
    """The cluster's wordings with its head's words (the head first), once a cluster:
    the others have words of their own and are its Q402 variants."""
    wordings = found.get(id(cluster))
    if wordings is None:
        head = cluster.head
        wordings = [head]
        wordings += [w for w in cluster.members if agrees(texts.match(head.quote, w.quote))]
        found[id(cluster)] = wordings
    return wordings


def _merged(wordings: list[Wording]) -> Wording:
    """One wording for the finding's side: itself alone, else all their claims."""
    if len(wordings) == 1:
        return wordings[0]
    merged = Wording(wordings[0].quote, list(chain.from_iterable(w.claims for w in wordings)))
    merged.settle()
    return merged


def _same(wordings: list[Wording], texts: Texts) -> bool:
    """Whether a speaker's wordings with the same words as the first have no more or
    fewer of them (each matched with it already, as a variant of its cluster)."""
    first = wordings[0].quote
    return all(_same_words(texts.match(first, w.quote)) for w in wordings[1:])


def _same_words(found: Match | None) -> bool:
    return found is not None and found.same_words


def _more(wordings: list[Wording]) -> str:
    """How quotes whose words agree differ: some quote more of the passage, or have
    words of the quoter's own in square brackets."""
    marked = sum(1 for w in wordings if bracketed(w.quote.text, tokens))
    if marked:
        if marked == 1:
            return ", one with words of its own in brackets"
        return f", {marked:,} with words of their own in brackets"
    return (
        ", one quoting more of them"
        if len(wordings) == 2
        else ", some quoting more of them than others"
    )
