"""`factlint draft`: from an article to a claim file a fact-checker only has to review.

The stages, each a module: `article` (plain text, Markdown or HTML to paragraphs), `sentences`,
`mentions` (where the dataset's entities are named), `cues` (the dataset's cue phrases
compiled), `relations`, `epithets` and `quotes` (claims), `unplaced` (values no cue
placed), `render` (the claim file). Nothing here knows what the dataset is about: every
property, name and phrase comes from it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from validator.dataset.model import Dataset, PropertyDef

from .article import Article, ArticleError, read_article
from .cues import CompiledCue, CueError, compile_cue
from .dates import Published
from .epithets import find_epithets
from .fronted import fronted
from .headings import Heading, heading_of, label_of, under_headings
from .headline_dates import listing_day, set_off_places
from .mentions import Mentions
from .model import DraftClaim, Unplaced, Value
from .other_awards import of_other_awards
from .other_works import read_again
from .quotes import find_quotes, quote_spans, without_repeats
from .relations import find_relations
from .render import ClaimRow, Source, render
from .sections import Sections
from .sentences import Sentence, split_sentences
from .speakers import Speakers
from .unplaced import find_unplaced

__all__ = ["Article", "ArticleError", "CueError", "SourceInfo", "draft", "read_article"]

_MAX_EXCERPT = 2000
# A news article gives tens of claims; a hostile one cannot make the draft endless.
_MAX_CLAIMS = 2000
_MAX_UNPLACED = 500
_MAX_QUOTE = 20000
_MAX_CUES = 1000  # cue phrases in the whole dataset (the shipped one has 329)
# A transcript's turn label opening a sentence ("A: It airs on Thursday", "Q: ..."): the
# page's layout, no word of the claim, and left out of its excerpt. Anchored at the start,
# each space read once.
_TURN_LABEL = re.compile(r"(?:A|Q|(?i:answer|question|interviewer))[ \t]*:[ \t]+(?=\S)")
HEADER = (
    "DRAFT written by `factlint draft` from the article: review every claim before keeping it.",
    "Check each claim against its excerpt, fix or delete what the article does not say, add",
    "qualifiers and notes, and record by hand what is listed at the end. Then run validate.",
)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    id: str
    outlet: str
    title: str
    published: str | tuple[str | None, str | None]  # a date, or an interval's two ends
    url: str | None = None
    author: str | None = None
    archive: str | None = None


def draft(article: Article, dataset: Dataset, info: SourceInfo) -> str:
    """The claim file for `article`; raises CueError for a cue the dataset cannot use."""
    if isinstance(info.published, tuple):
        start, end = info.published
        published = Published.parse(start or "", end if end is not None else "")
    else:
        published = Published.parse(info.published)
    # A date the headline sets off: the day a listings page's times are on.
    listing = listing_day(article.title or info.title, article.paragraphs, published)
    published = replace(published, listing=listing)
    quote_props = [
        p
        for p in sorted(dataset.properties.values(), key=lambda p: p.name)
        if p.type == "quote" and p.cues
    ]
    speaker_kinds = quote_props[0].subject_kinds if quote_props else ()
    # A name the dataset writes in capitals ("BAFTA") opening the body before a dash is
    # no dateline's place.
    capitals = frozenset(n for e in dataset.entities.values() for n in e.names if n.isupper())
    sentences = split_sentences(article.paragraphs, capitals)
    mentions = Mentions(dataset, sentences, set(speaker_kinds), speaker_kinds[:1])
    cues = _compile(dataset)
    relation_cues = [c for c in cues if dataset.properties[c.property].type != "quote"]
    speech = [c for c in cues if quote_props and c.property == quote_props[0].name]
    labels = _labels(dataset)
    sections = Sections(article.paragraphs, mentions, info.title, labels)
    said: list[DraftClaim] = []
    unplaced: list[Unplaced] = []
    if speech:
        # The quotations first: "I" in one is its speaker for the cues.
        interviewee = _interviewee(info.title, mentions, speaker_kinds)
        said, unplaced = find_quotes(
            article.paragraphs, mentions, speech, speaker_kinds, interviewee
        )
    speakers = Speakers(article.paragraphs, said)
    # "Winners:" over its lines
    headed = under_headings(sentences, _headings(dataset), article.paragraphs, labels)
    read = (sentences, mentions, relation_cues, dataset, published, sections, speakers, headed)
    claims, used = find_relations(*read)
    if read_again(mentions):  # "The ITV drama, ..." before "I Am Nicola aired on Channel 4"
        claims, used = find_relations(*read)
    aged, epithets = find_epithets(sentences, mentions, dataset, claims, used)
    claims += aged + without_repeats(said)
    # "Best Single Drama: I Am Ruth" under "Broadcast Awards 2024: ..." is no BAFTA.
    claims = of_other_awards(dataset, claims, mentions.named_in(info.title or ""))
    used |= epithets
    # A date the headline sets off that is the source's date is listed there alone.
    day, places = set_off_places(article.title, article.paragraphs)
    dating = tuple(places) if day is not None and day == info.published else ()
    unplaced += find_unplaced(sentences, used, quote_spans(article.paragraphs), dating)
    kept = _deduplicate(claims, sentences)[:_MAX_CLAIMS]
    unplaced.sort(key=lambda u: (u.where, u.what, u.found))
    more = max(0, len(unplaced) - _MAX_UNPLACED)
    rows = _rows(kept, dataset)
    return render(HEADER, _source(info), rows, unplaced[:_MAX_UNPLACED], more)


# An interview's headline: the one interviewed, alone or "on" the subject, a colon, then
# their words in quotation marks ("Dominic Savage: ‘I never hand my actors a script’",
# "Mia Threapleton on I Am Ruth: ‘...’"), or their words first and then the one
# interviewed ("‘I never hand my actors a script’: Dominic Savage on I Am Ruth").
_INTERVIEW_TITLE = re.compile(r"\s*([^:]{2,80}?)(?:\s+on\s[^:]{1,80})?\s*:\s*[‘'“\"]")
_WORDS_FIRST_TITLE = re.compile(r"\s*[‘'“\"].*[’'”\"]\s*:\s*([^:]{2,80}?)(?:\s+on\s.*)?\s*")


def _interviewee(title: str, mentions: Mentions, kinds: tuple[str, ...]) -> str | None:
    """Who an interview's headline quotes, where the dataset knows them."""
    found = _INTERVIEW_TITLE.match(title) or _WORDS_FIRST_TITLE.fullmatch(title)
    entity = mentions.named(found.group(1)) if found else None
    if entity is None or (kinds and mentions.kind(entity) not in kinds):
        return None
    return entity


# Reading a cue (its words, slots and the text of its pattern) is done once a process:
# a process drafting many articles against one dataset, as the tests and a desk's
# script do, reads each cue once. Its pattern is compiled only when first searched (see
# `CompiledCue.pattern`). A cue's pattern depends only on its words, its property and
# where it may stand; two patterns a cue at most are kept.
_compiled_cue = functools.lru_cache(maxsize=2 * _MAX_CUES)(compile_cue)


def _compile(dataset: Dataset) -> list[CompiledCue]:
    # Each cue is tried on every sentence: the schema's 200 a property, over any number
    # of properties, made the draft's time grow without bound (20,000 cues, 17 s on an
    # 85 KB article).
    total = sum(len(prop.cues) for prop in dataset.properties.values())
    if total > _MAX_CUES:
        # Name where the cues are: the property declaring the most, at its first cue.
        most = max(sorted(dataset.properties), key=lambda n: len(dataset.properties[n].cues))
        at = dataset.properties[most].cues_at
        where = f"{at[0]}: " if at else ""
        raise CueError(
            f"{where}the dataset declares {total} cues, {len(dataset.properties[most].cues)} "
            f"of them in property '{most}'; drafting reads at most {_MAX_CUES} (each is "
            "tried on every sentence): keep the cues that find claims"
        )
    out = []
    kinds = frozenset(entity.kind for entity in dataset.entities.values())
    for name in sorted(dataset.properties):
        prop = _with_kind_words(dataset.properties[name], dataset.kind_words)
        for index, text in enumerate(prop.cues):
            try:
                out.append(_compiled_cue(text, prop, False, kinds))
            except CueError as error:
                # A dataset built in code has no positions to name.
                where = f"{prop.cues_at[index]}: " if index < len(prop.cues_at) else ""
                raise CueError(f"{where}property '{name}', cue {text!r}: {error}") from None
            before = fronted(text)
            if before is not None:
                # The same words opening a sentence, before its subject: "Created by
                # Jane Doe, the drama ..." as "The drama, created by Jane Doe, ...".
                out.append(_compiled_cue(before, prop, True, kinds))
    return out


def _with_kind_words(prop: PropertyDef, words: dict[str, tuple[str, ...]]) -> PropertyDef:
    """The property with the words its subjects' kinds are called by (`kind_words`) among
    its subject kinds, for its cues' patterns: "the show" is then a subject as "the
    film" is (which one it is, see so_called)."""
    extra = [w for kind in prop.subject_kinds for w in words.get(kind, ())]
    kinds = tuple(dict.fromkeys((*prop.subject_kinds, *(w.lower() for w in extra))))
    return replace(prop, subject_kinds=kinds) if extra else prop


def _headings(dataset: Dataset) -> list[Heading]:
    """The headings the dataset's cues open with ("winners: ... {value}: {subject}"),
    each with its cue's words after the gap, read where they open a list's line."""
    kinds = frozenset(entity.kind for entity in dataset.entities.values())
    out = []
    for name in sorted(dataset.properties):
        prop = dataset.properties[name]
        if prop.type == "quote":
            continue
        for text in prop.cues:
            found = heading_of(text)
            if found is not None:
                # The whole cue compiled (`_compile`): its words after the gap do too.
                out.append(Heading(found[0], _compiled_cue(found[1], prop, True, kinds)))
    return out


def _labels(dataset: Dataset) -> frozenset[str]:
    """The labels of the dataset's fact box cues ("director" of "director: {value}")."""
    found = (label_of(text) for prop in dataset.properties.values() for text in prop.cues)
    return frozenset(label for label in found if label is not None)


def _deduplicate(claims: list[DraftClaim], sentences: list[Sentence]) -> list[DraftClaim]:
    seen: set[object] = set()
    kept = []
    for claim in sorted(claims, key=lambda c: (c.where, c.property, c.key)):
        if isinstance(claim.value, str) and len(claim.value) > _MAX_QUOTE:
            continue
        if claim.key not in seen:
            seen.add(claim.key)
            kept.append(claim)
    return _without_lesser(kept, sentences)


def _without_lesser(claims: list[DraftClaim], sentences: list[Sentence]) -> list[DraftClaim]:
    """The claims without one that another from the same words says more than: the same
    subject, property and value with fewer qualifiers ("won Leading Actress" beside "won
    Leading Actress for I Am Ruth", two cues matching one sentence). The same words are
    one excerpt, or one sentence: a long sentence's claims take the clause of their cue
    as excerpt, and "Kate Winslet stars in I Am Ruth, ..., and Winslet plays Ruth" says
    the cast member twice, the second time with the part."""
    starts: dict[int, list[int]] = {}
    for sentence in sentences:  # in the article's order
        starts.setdefault(sentence.paragraph, []).append(sentence.start)
    same: dict[tuple[str, ...], list[frozenset[tuple[str, Value]]]] = {}
    keyed = []
    for claim in claims:
        named = (claim.subject, claim.property, repr(claim.value))
        paragraph, offset = claim.where
        at = bisect_right(starts.get(paragraph, []), offset)
        groups = [(*named, "excerpt", claim.excerpt), (*named, "sentence", f"{paragraph} {at}")]
        keyed.append((claim, groups))
        for group in groups:
            same.setdefault(group, []).append(frozenset(claim.qualifiers))
    return [
        claim
        for claim, groups in keyed
        if not any(frozenset(claim.qualifiers) < other for g in groups for other in same[g])
    ]


def _source(info: SourceInfo) -> Source:
    published: Value | dict[str, Value]
    if isinstance(info.published, tuple):
        start, end = info.published
        published = {k: v for k, v in (("from", start), ("to", end)) if v is not None}
    else:
        published = info.published
    source: Source = [
        ("id", info.id),
        ("outlet", info.outlet),
        ("title", info.title),
        ("published", published),
    ]
    for key, value in (("url", info.url), ("author", info.author), ("archive", info.archive)):
        if value is not None:
            source.append((key, value))
    return source


def _slug(text: str, limit: int = 24) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "x"


def _rows(claims: list[DraftClaim], dataset: Dataset) -> list[tuple[str, ClaimRow]]:
    rows: list[tuple[str, ClaimRow]] = []
    used: set[str] = set()
    for claim in claims:
        prop = dataset.properties[claim.property]
        value = claim.value
        if prop.type == "entity" and isinstance(value, str):
            value = dataset.label(value)
        qualifiers: dict[str, Value] = {}
        for name, raw in claim.qualifiers:
            kind = prop.qualifier_type(name)
            qualifiers[name] = (
                dataset.label(raw) if kind == "entity" and isinstance(raw, str) else raw
            )
        tail = "" if prop.type == "quote" else "-" + _slug(str(value))
        base = f"{_slug(claim.property.replace('_', '-'), 20)}-{_slug(claim.subject, 20)}{tail}"
        claim_id, n = base, 1
        while claim_id in used:
            n += 1
            claim_id = f"{base}-{n}"
        used.add(claim_id)
        excerpt = claim.excerpt
        if (label := _TURN_LABEL.match(excerpt)) is not None:
            excerpt = excerpt[label.end() :]
        if len(excerpt) > _MAX_EXCERPT:
            excerpt = excerpt[:_MAX_EXCERPT].rsplit(" ", 1)[0]
        row: ClaimRow = [
            ("subject", dataset.label(claim.subject)),
            ("property", claim.property),
            ("value", value),
            ("qualifiers", qualifiers or None),
            ("excerpt", excerpt),
        ]
        rows.append((claim_id, row))
    return rows
