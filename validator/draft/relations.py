"""Claims from the dataset's cue phrases, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from validator.dataset.model import Dataset, PropertyDef

from .beside import dated_beside, fits_beside
from .clauses import clause_end, clause_start
from .complements import fits_complement
from .cue_parts import NAME_MARK
from .cues import BESIDE, KIND_PHRASE, CompiledCue, mark_names
from .dates import Published, in_fronted_year
from .for_someone import for_someone, of_kinds
from .fronted import named_before, opening_subject
from .headings import colon_for_leader
from .kin_owners import owned
from .kin_titles import titles_a_relative
from .mentions import Mentions
from .model import DraftClaim, Drafted
from .name_scan import WordSets
from .negations import negated
from .noun_fits import credited_owners
from .numbers import claims_no_value
from .other_works import (
    in_another_work,
    note_given,
    opens_another,
    subject_another,
    untitled_before,
    work_set_in,
)
from .prose import PROSE, implied_value
from .qualifier_values import as_qualifier
from .respective import paired_qualifiers
from .retry import retry_at
from .sections import Sections
from .sentences import Sentence
from .shared_kin import child_listed, companion_listing
from .slot_names import entities
from .so_called import so_called
from .speakers import Speakers
from .stand_ins import stand_in_spans
from .topical import Named, Topical, note_value, settled
from .whose_clauses import about_someone_else, whose_read

__all__ = ["excerpt", "find_relations"]

# A sentence up to this long is its claims' excerpt; in a longer one, the cue's words are.
_SHORT_SENTENCE = 200
_IT = re.compile(r"(?:.*,\s*)?(?i:it)")  # "it", or "At the Baftas, it" (slot_names)


def find_relations(
    sentences: list[Sentence],
    mentions: Mentions,
    cues: list[CompiledCue],
    dataset: Dataset,
    published: Published,
    sections: Sections,
    speakers: Speakers | None = None,
    headed: dict[int, list[CompiledCue]] | None = None,
) -> tuple[list[DraftClaim], set[tuple[int, int]]]:
    """The claims the cues find, and the (sentence, offset) of every value they used;
    a sentence `headed` is read with its heading's cues too (see headings). A question
    states nothing: an interviewer's "Is there really no script?" is no claim there is none."""
    claims: list[DraftClaim] = []
    used: set[tuple[int, int]] = set()
    calls = _kind_words(dataset)
    # Where a value's name stands, the words of each cue naming a subject that took it
    # (and the subjects), and the claims about the article's topic from cues naming none.
    named: Named = {}
    topical: Topical = []
    # The cues whose words a sentence holds (`could_match` of the text with names marked
    # finds only what it holds: a word matches no mark, and a name ends where a word
    # does); every cue's words searched in every sentence were most of a long draft.
    words = WordSets(
        [() if any(_MARKS.search(w.pattern) for w in c.words) else c.words for c in cues]
    )
    for index, sentence in enumerate(sentences):
        if sentence.text.rstrip().endswith("?"):
            continue
        called = _called(calls, sentence.text)
        marked: dict[tuple[frozenset[str] | None, bool], str] = {}
        own = [cues[n] for n in words.held(sentence.text)]
        for position, cue in enumerate([*own, *(headed or {}).get(index, ())]):
            prop = dataset.properties[cue.property]
            # "The actress, 47, appeared on": a person's stand-in, marked as a name; but
            # a number after it is an age the epithets read, with their own checks.
            key = (cue.marks, prop.type != "integer")
            if key not in marked:
                marked[key] = _marked(sentence.text, index, mentions, *key)
            # A list's line under its heading may print a leader for the colon its
            # heading's cue reads ("Ruth .......... KATE WINSLET"): read as one.
            text, at = marked[key], 0
            text = colon_for_leader(text) if position >= len(own) else text
            if not cue.could_match(text):
                continue  # a word of the cue is missing: no place of it can match
            while (match := cue.pattern.search(text, at)) is not None:
                at = max(match.end(), match.start() + 1)
                if (read := whose_read(match, cue.slots)) is None:
                    continue
                if negated(text, match.start(), match.end()):
                    continue  # "The dialogue was not improvised" (see negations)
                match = read
                found = list(
                    _claims(
                        index,
                        sentence,
                        match,
                        cue,
                        prop,
                        mentions,
                        published,
                        sections,
                        called,
                        speakers,
                    )
                )
                if not found:
                    at = retry_at(mentions, index, match, cue, prop) or at
                    continue
                claims.extend(found)
                note_given(mentions, index, found, match)  # "I Am Ruth aired on Channel 4"
                at = min(at, retry_at(mentions, index, match, cue, prop, True) or at)
                for name, kind in cue.slots:
                    if kind not in BESIDE:  # a listing's time is its own cue's value
                        used.add((index, match.start(name)))
                if any(name == "value" for name, _ in cue.slots):
                    note_value(index, match, cue, found, mentions, named, topical)
    return settled(claims, named, topical), used


def _marked(
    text: str, index: int, mentions: Mentions, marks: frozenset[str] | None, stand_ins: bool
) -> str:
    """Sentence `index`'s `text` with the names of the kinds `marks` allows marked, and a
    person's stand-ins ("the actress") where `stand_ins`."""
    spans = [
        (m.start, m.end)
        for m in (*mentions.by_sentence[index], *mentions.loose[index])
        if marks is None or mentions.kind(m.entity) in marks
    ]
    spans += stand_in_spans(mentions, index, marks) if stand_ins else []
    return mark_names(text, spans)


# A cue's word that may match a name's mark is in the text searched, not the sentence's.
_MARKS = re.compile(f"[{NAME_MARK[0]}{NAME_MARK[1]}]")


# "the bridge", "this production company": a determiner and up to `_KIND_WORDS` words
# after it, looked up among the kinds' words (never one pattern of every kind: a
# dataset may declare thousands).
_KIND_WORDS = 3
_DETERMINED = re.compile(
    rf"\b(?:the|this|that)\s+(?=(\w+(?:[\s-]\w+){{0,{_KIND_WORDS - 1}}}))", re.IGNORECASE
)


def _kind_words(dataset: Dataset) -> dict[str, str]:
    """Each kind of the dataset's entities by its words, lower case ("production company")."""
    return {
        " ".join(e.kind.replace("-", " ").replace("_", " ").lower().split()): e.kind
        for e in dataset.entities.values()
        if e.kind.strip()
    }


def _called(kinds: dict[str, str], text: str) -> frozenset[str]:
    """The kinds a sentence calls something by ("the bridge is 1,149 metres long")."""
    if not kinds:
        return frozenset()
    called = set()
    for match in _DETERMINED.finditer(text):
        words = match.group(1).replace("-", " ").lower().split()
        for count in range(1, len(words) + 1):
            kind = kinds.get(" ".join(words[:count]))
            if kind is not None:
                called.add(kind)
    return frozenset(called)


def _claims(
    index: int,
    sentence: Sentence,
    match: re.Match[str],
    cue: CompiledCue,
    prop: PropertyDef,
    mentions: Mentions,
    published: Published,
    sections: Sections,
    called: frozenset[str] = frozenset(),
    speakers: Speakers | None = None,
) -> Iterator[DraftClaim]:
    slots: dict[str, list[Drafted]] = {}
    for name, kind in cue.slots:
        values: list[Drafted]
        if kind in BESIDE:  # recorded by no claim
            if not fits_beside(mentions, index, match, name, kind):
                return
            continue
        if kind == "entity" and name == "subject" and KIND_PHRASE.fullmatch(match.group(name)):
            # Never a person: nobody is called "the drama".
            works = mentions.things(prop.subject_kinds)
            topic = sections.subject(sentence.paragraph, works, called) if works else None
            where = (sentence.paragraph, sentence.start + match.start(name))
            topic = so_called(mentions, index, match, topic, works, where)
            if topic is not None and subject_another(mentions, index, match, topic):
                topic = None  # "the BBC film Mildred Pierce", "the ITV drama" of a C4 one
            values = [] if topic is None else [topic]
        elif kind == "entity":
            allowed = {"subject": prop.subject_kinds, "value": prop.value_kinds}.get(name, ())
            owner = cue.owner_pronoun(name)
            at = sentence.start + match.start(name)
            speaker = speakers.at(sentence.paragraph, at) if speakers else None
            named = entities(mentions, index, match, name, allowed, owner, speaker)
            values = [v for v in named if v is not None]
            if name == "value":  # "Kate Winslet's new drama" credits her with no direction
                values = [*credited_owners(mentions, cue.text, prop, [str(v) for v in values])]
                if _another_item(cue.text, match, name):
                    return
            if not values and name == "subject" and _IT.fullmatch(match.group(name)):
                # "It airs on Channel 4 at 9pm" where no work is named in the sentences
                # before: the work the article is about, as "the drama" would be.
                works = mentions.things(prop.subject_kinds)
                topic = sections.subject(sentence.paragraph, works, called) if works else None
                values = [] if topic is None else [topic]
        else:
            if claims_no_value(match, name):
                return  # "eight to ten hours" claims no ten hours, "4/5" no 4
            unit = prop.unit if name == "value" else None
            around = _tense_words(match, name)
            when = in_fronted_year(sentence.text, published) if kind == "date" else published
            parsed = PROSE[kind].read(match.group(name), when, unit, around)
            parsed = as_qualifier(mentions, prop, name, parsed)  # "on Sunday": 2023
            if not fits_complement(mentions, prop, cue.text, match, name, parsed):
                parsed = None  # "Winslet is British": no part called so
            values = [] if parsed is None else [parsed]
        if not values:
            return
        slots[name] = values
    if _part_nearer(mentions, index, match, cue.text, prop.value_kinds):
        return  # "Winslet appears in the film alongside Mia Threapleton as Freya"
    for name, year in dated_beside(sentence.text, match, cue.slots, prop).items():
        slots[name] = [year]  # "at the 2023 BAFTA TV Awards": the claim's year
    if "subject" not in slots:
        topic = _topic(index, sentence, match, prop, mentions, sections, called)
        if topic is None:
            return
        slots["subject"] = [topic]
    if "value" not in slots:
        timed = next((match.group(n) for n, kind in cue.slots if kind == "time"), None)
        if (implied := implied_value(prop.type, timed, published)) is None:
            return
        slots["value"] = [implied]
    slots.update(owned(mentions, index, match, cue.text, prop, slots))  # "her daughter"
    # "A and B play C and D": C is A's, D is B's (see respective).
    paired = paired_qualifiers(index, sentence.text, match, cue, published, mentions, slots)
    for each, pairs in for_someone(mentions, index, match, prop, slots, paired):
        yield from _made(sentence, match, prop, *of_kinds(mentions, prop, each, pairs))


def _made(
    sentence: Sentence,
    match: re.Match[str],
    prop: PropertyDef,
    slots: dict[str, list[Drafted]],
    paired: dict[str, list[Drafted | None]],
) -> Iterator[DraftClaim]:
    """A claim for each subject, value and qualifier the slots took; a qualifier
    `paired` with the values is the value's own (None: none)."""
    qualifier_names = sorted(n for n in slots if n not in ("subject", "value"))
    for subject, (number, value) in product(slots["subject"], enumerate(slots["value"])):
        if subject == value:
            continue
        each = [[paired[n][number]] if n in paired else slots[n] for n in qualifier_names]
        for qualifiers in product(*each):
            yield DraftClaim(
                subject=str(subject),
                property=prop.name,
                value=value,
                excerpt=excerpt(sentence.text, match),
                where=(sentence.paragraph, sentence.start + match.start()),
                qualifiers=tuple(
                    (n, q)
                    for n, q in zip(qualifier_names, qualifiers, strict=True)
                    if q is not None and not isinstance(q, dict)
                ),
            )


def _topic(
    index: int,
    sentence: Sentence,
    match: re.Match[str],
    prop: PropertyDef,
    mentions: Mentions,
    sections: Sections,
    called: frozenset[str],
) -> str | None:
    """What a cue naming no subject is about: the subject of the sentence its words open
    ("Directed by Jane Doe, the earlier series I Am Victoria ..."), else the entity named
    just before them, else the article's (see sections); none in a relative clause about
    someone else's, nor where the words are set in another work (see other_works), nor
    where they title someone's relative; the work they are set in where "in" names one
    ("plays Maria in I Am Maria")."""
    if titles_a_relative(match) or about_someone_else(match, prop):
        return None  # "married to director Sam Mendes" (see kin_titles)
    if (work := work_set_in(mentions, index, match, prop)) is not None:
        return work  # "Lesley Manville plays Maria in I Am Maria"
    if in_another_work(mentions, index, match, prop):
        return None
    opening, subject = opening_subject(mentions, index, match, prop.subject_kinds)
    if opening:
        return subject
    named = named_before(mentions, index, match, prop.subject_kinds)
    if named is None and untitled_before(mentions, index, match):
        return None  # "I Am… Nicola, starring Vicky McClure": a title the dataset lacks
    topic = named or sections.subject(sentence.paragraph, prop.subject_kinds, called)
    if topic is not None and opens_another(mentions, index, match.start(), prop, topic):
        return None  # "the ITV drama, which ..." of a Channel 4 film
    return topic


# A gap, then "as" and a part: "{value} [also] appears ... as {character}".
_GAP_AS = re.compile(r"\{value(?::one)?\}.*(?:\.\.\.|…)\s+as\s+\{(\w+)\}")
_AS_BEFORE = re.compile(r"\s+(?i:as)\s+$")


def _part_nearer(
    mentions: Mentions, index: int, match: re.Match[str], cue: str, kinds: tuple[str, ...]
) -> bool:
    """Whether a name of the value's kinds stands right before the "as" a gap leads to, in
    the gap: the part is that name's ("alongside Mia Threapleton as Freya"), not the
    value's."""
    found = _GAP_AS.search(cue)
    if found is None or found.group(1) not in match.re.groupindex or match.start("value") < 0:
        return False
    before = _AS_BEFORE.search(match.string, match.end("value"), match.start(found.group(1)))
    if before is None:
        return False
    named = mentions.before(index, before.start())
    return (
        named is not None
        and named.end == before.start()
        and named.start >= match.end("value")
        and (not kinds or mentions.kind(named.entity) in kinds)
    )


# How far before a slot its tense is looked for: the whole sentence, searched again for
# each value, made a listing's one long line of 5,000 broadcasts take minutes.
_TENSE_REACH = 1000
_WORD_START = re.compile(r"(?<![\w])\w")


def _tense_words(match: re.Match[str], name: str) -> str:
    """The words a weekday's tense is read by: the sentence up to the cue's end, but the
    slot's own ("Winslet was honoured at the awards on Sunday"), from _TENSE_REACH before."""
    text, start = match.string, match.start(name)
    first = 0
    if start > _TENSE_REACH:
        word = _WORD_START.search(text, start - _TENSE_REACH, start)
        first = word.start() if word else start - _TENSE_REACH
    return text[first:start] + text[match.end(name) : match.end()]


def excerpt(text: str, match: re.Match[str]) -> str:
    """The sentence; in a long one, the clause the cue matched in, or its words alone
    where the clause is long too. Exact words of the article either way."""
    if len(text.strip()) <= _SHORT_SENTENCE:
        return text.strip()
    start, end = match.span()
    first, last = clause_start(text, start), clause_end(text, end)
    if last - first <= _SHORT_SENTENCE:
        return text[first:last].strip()
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip().rstrip(",;:(")


def _another_item(cue: str, match: re.Match[str], name: str) -> bool:
    """Whether the cue's value (`name`) belongs to another item of a list than its
    subject: a companion after "with" ("son Joe with Sam Mendes and son Bear": Bear is
    not his, `shared_kin.companion_listing`) or a child listed before the subject
    ("daughter Mia, 22, with Jim, and son Joe": Joe is not hers, `child_listed`)."""
    start, end = match.start(name), match.end(name)
    if cue.startswith("{value") and companion_listing(match.string, start, end):
        return True
    if "subject" not in match.re.groupindex or match.start("subject") < 0:
        return False
    return child_listed(match.string, start, end, match.start("subject"))
