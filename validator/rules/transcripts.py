"""Stage 4: a quote claim against the dataset's transcripts (D201, D203, D204, D207).

Each quote claim is judged on its own against the dataset's closest transcript, the
one by its speaker where there is one: the words agree (supported, when its qualifiers
agree with the transcript's too: one it rules out is D201, one it does not record
D204), differ (D207, with a word diff), are someone else's (D201) or are in no
transcript (D203). A verdict needs
no other claim, so each file's quotes are judged with its other checks. Quotes of
different sources are compared with each other by `validator.rules.quotes`; how two
quotes match is `quote_match`'s.
"""

from __future__ import annotations

from dataclasses import replace

from validator.dataset.model import Dataset, Fact
from validator.model.findings import make_finding
from validator.model.result import Verdict
from validator.resolve.claims import ResolvedClaim

from .dataset_facts import Assessment
from .fact_compare import Relation, qualifier_relations
from .fact_words import REFUTED_STEP, qualifier_text
from .quote_index import PrefixIndex
from .quote_match import Match, Quote, Texts, is_quote
from .rule import ClaimRule, Judge, Setting, Undated
from .source_sides import short

__all__ = ["RULE", "Transcripts"]

_SAME_WORDS = 0.85  # for misattribution: nearly the same words
_SHOWN = 80  # characters of a quote or a transcript a message shows


class Transcripts:
    """The dataset's transcripts, indexed once, against which quote claims are judged
    one at a time (D201, D203, D207): a verdict needs no other claim, so each file's
    quotes are judged with its other checks."""

    def __init__(self, dataset: Dataset, explain: bool = True, texts: Texts | None = None) -> None:
        self.dataset = dataset
        self.explain = explain  # False: the verdicts it gives have no steps
        self.texts = Texts() if texts is None else texts
        self.transcripts = [
            (fact, self.texts.quote(f"{fact.subject}#{n}", fact.subject, str(fact.raw_value)))
            for n, fact in enumerate(_said_facts(dataset))
        ]
        self.index = PrefixIndex((q.text, q.folded) for _, q in self.transcripts)
        for _, transcript in self.transcripts:
            self.index.add(transcript.text)
        # A verdict depends only on the words and who is said to have said them, besides
        # the claim's id and location (in its findings) and its as_of (in its first
        # step): the first claim's verdict serves every later one with its own. (The
        # value as shown is the text itself; it is in the key because findings show it.)
        # Its qualifiers (what the quote is about) are held against the transcript's too.
        self.firsts: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], Assessment] = {}
        self.elsewhere: dict[tuple[str, str], bool] = {}  # `misattributed`, by speaker and text

    def reference(self, quote: Quote) -> tuple[Fact, Quote] | None:
        """The transcript by the quote's own speaker that has its words, if any."""
        best = _best_transcript(quote, self.transcripts, self.index, self.texts)
        if best is None or best[1].subject != quote.speaker:
            return None
        return best[1], self.transcripts[best[3]][1]

    def misattributed(self, quote: Quote) -> bool:
        """Whether a transcript gives the quote's words to another speaker: `judge`
        refutes it (D201), and the dataset settles who said them. Asked for both quotes
        of every pair given to different speakers, so answered once per quote."""
        key = (quote.speaker, quote.text)
        found = self.elsewhere.get(key)
        if found is None:
            best = _best_transcript(quote, self.transcripts, self.index, self.texts)
            found = self.elsewhere[key] = (
                best is not None and best[1].subject != quote.speaker and _same_words(best[2])
            )
        return found

    def judge(self, claim: ResolvedClaim) -> Assessment | None:
        """The quote claim's verdict; None for a claim that is no quote in words."""
        if not is_quote(claim):
            return None
        quote = self.texts.quote(claim.full_id, claim.subject, claim.raw_value)
        qualifiers = tuple((name, display) for name, _, display in claim.qualifiers)
        said = (quote.text, quote.speaker, claim.value_display, qualifiers)
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
    return dataset.facts_of(
        {name for name, prop in dataset.properties.items() if prop.type == "quote"}
    )


def _opening(quote: Quote, claim: ResolvedClaim, dataset: Dataset) -> str:
    speaker = dataset.label(quote.speaker)
    return f"claim: {speaker} said {quote.text!r} (as of {claim.as_of_display})"


def _transcript_verdict(
    quote: Quote,
    claim: ResolvedClaim,
    best: tuple[float, Fact, Match, int] | None,
    dataset: Dataset,
) -> Assessment:
    """The quote claim against its closest transcript (`best`), if any."""
    speaker = dataset.label(quote.speaker)
    steps = [_opening(quote, claim, dataset)]
    if best is None:
        steps.append("no transcript in the dataset shares this quote's words")
        message = (
            f'claims {speaker} said "{short(quote.text, _SHOWN)}"; the dataset has no '
            "transcript of these words to check them against; add one with its reference if it "
            "exists"
        )
        return _verdict(Verdict.UNVERIFIABLE, "D203", message, claim, None, steps, dataset)
    _, fact, match, _ = best
    steps.append(f"transcript: {short(fact.display, 80)!r} ({dataset.cite(fact.ref)})")
    if fact.subject != quote.speaker:
        other = dataset.label(fact.subject)
        # The steps said whose transcript it is nowhere: "verdict: refuted" followed a
        # transcript of the very words.
        steps.append(f"the transcript is {other}'s, not {speaker}'s")
        if _same_words(match):
            message = (
                f'claims {speaker} said "{short(quote.text, _SHOWN)}"; the dataset\'s transcript '
                f"({dataset.cite(fact.ref)}) has these words from {other}; "
                f"correct the speaker, {REFUTED_STEP}"
            )
            return _verdict(Verdict.REFUTED, "D201", message, claim, fact, steps, dataset)
        message = (
            f'claims {speaker} said "{short(quote.text, _SHOWN)}"; the dataset has no transcript '
            f"of these words by {speaker}; add one with its reference if it exists"
        )
        return _verdict(Verdict.UNVERIFIABLE, "D203", message, claim, None, steps, dataset)
    if match.words_agree:
        steps.append("the words agree with the transcript")
        return _qualified(quote, claim, fact, steps, dataset)
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


def _qualified(
    quote: Quote, claim: ResolvedClaim, fact: Fact, steps: list[str], dataset: Dataset
) -> Assessment:
    """A quote whose words agree with the transcript, its qualifiers against the
    transcript's, as for any fact: one the transcript rules out ("about Mia" for words
    it records as about the film) refutes it, one it does not record leaves it
    undetermined, and a quote without qualifiers says nothing more to check."""
    speaker = dataset.label(quote.speaker)
    opening = f'claims {speaker} said "{short(quote.text, _SHOWN)}"'
    cited = dataset.cite(fact.ref)
    held = qualifier_relations(claim.qualifiers, fact)
    shown = {name: display for name, _, display in claim.qualifiers}
    for name, display in shown.items():
        recorded = fact.qualifier(name)
        steps.append(
            f"{name}: the claim's {display} against the transcript's "
            f"{'nothing' if recorded is None else recorded[1]}"
        )
    for name, found, _ in held:
        if found is Relation.REFUTES:
            message = (
                f"{opening}, {name} {shown[name]}; the words agree with the dataset's "
                f"transcript ({cited}), which has them {name} {_recorded(fact, name)}, not "
                f"{shown[name]}; correct the claim, {REFUTED_STEP}"
            )
            return _verdict(Verdict.REFUTED, "D201", message, claim, fact, steps, dataset, name)
    for name, found, _ in held:
        if found is not Relation.SUPPORTS:
            what = "does not record" if found is None else f"has {_recorded(fact, name)} for"
            message = (
                f"{opening}, {name} {shown[name]}; the words agree with the dataset's transcript "
                f"({cited}), which {what} the claim's {name}, so the dataset neither confirms "
                "nor refutes it; check what the source meant"
            )
            return _verdict(
                Verdict.UNDETERMINED, "D204", message, claim, fact, steps, dataset, name
            )
    steps.append("verdict: supported")
    return Assessment(Verdict.SUPPORTED, (), tuple(steps))


def _recorded(fact: Fact, name: str) -> str:
    """The fact's qualifier `name` as shown (the fact records it)."""
    recorded = fact.qualifier(name)
    return "" if recorded is None else recorded[1]


def _best_transcript(
    quote: Quote, transcripts: list[tuple[Fact, Quote]], index: PrefixIndex, texts: Texts
) -> tuple[float, Fact, Match, int] | None:
    """The transcript closest to `quote`, preferring one by the same speaker."""
    best: tuple[float, Fact, Match, int] | None = None
    for number in index.candidates(quote.text, quote.folded):
        fact, transcript = transcripts[number]
        # Diffed from the transcript to the source: what the source dropped and added.
        match = texts.match(transcript, quote)
        if match is None:
            continue
        rank = match.share + (1.0 if fact.subject == quote.speaker else 0.0)
        if best is None or rank > best[0]:
            best = (rank, fact, match, number)
    return best


def _same_words(match: Match) -> bool:
    """Nearly the same words: enough for a quote to be another speaker's."""
    return match.share >= _SAME_WORDS


def _verdict(
    verdict: Verdict,
    code: str,
    message: str,
    claim: ResolvedClaim,
    fact: Fact | None,
    steps: list[str],
    dataset: Dataset,
    qualifier: str | None = None,
) -> Assessment:
    """The verdict's finding; `qualifier`: the claim's qualifier that decides it (the
    words agree), where the finding is then placed, as a fact's is (`Writer.finding`)."""
    claimed = short(claim.value_display, _SHOWN)
    if fact is not None and fact.subject != claim.subject:  # words of another speaker
        held = f"{short(fact.display, _SHOWN)}, said by {dataset.label(fact.subject)}"
    else:
        held = "" if fact is None else short(fact.display, _SHOWN)
    if qualifier is not None:
        # The qualifier decides it, not the words: both sides name it, as a fact's do.
        claimed += qualifier_text(qualifier, claim.qualifiers)
        held += "" if fact is None else qualifier_text(qualifier, fact.qualifiers)
    details: list[tuple[str, str]] = [("claimed", claimed)]
    if qualifier is not None:
        details.append(("qualifier", qualifier))
    if fact is not None:
        details.append(("dataset_value", held))
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


# A quote not in words (a list, a number) has nothing to judge against a transcript.
_NOTHING_TO_JUDGE = Assessment(Verdict.UNVERIFIABLE, (), ())


def _start(dataset: Dataset, setting: Setting) -> Judge:
    transcripts = Transcripts(dataset, setting.explain)

    def judge(claim: ResolvedClaim) -> Assessment:
        return transcripts.judge(claim) or _NOTHING_TO_JUDGE

    return judge


def _is_quote_property(claim: ResolvedClaim) -> bool:
    return claim.prop.type == "quote"


def _undated(dataset: Dataset) -> Undated:
    return _without_steps


def _without_steps(claim: ResolvedClaim, assessment: Assessment) -> bool:
    # Only the first step (the claim, as of its date) shows the date: a verdict and its
    # findings depend on the words and the speaker alone.
    return not assessment.steps


RULE = ClaimRule(
    name="transcripts",
    codes=frozenset({"D201", "D203", "D204", "D207"}),
    applies=_is_quote_property,
    start=_start,
    undated=_undated,
)
"""Every quote claim, judged against the transcripts."""
