"""Stages 3 and 4 for one claim file: its claims resolved, its excerpts checked, each
claim assessed against the dataset, and the records reports show built.

None of this looks at any other claim file, so it runs on whichever process parsed the
file, straight after parsing it: on a large run, the work is shared between the cores,
and only the results travel back (not the parsed document with its positions and
models, which cost more to send than these results do). What depends on several files
(a source id used twice, sources that contradict each other, quotes) is settled by the
pipeline once every file is checked; so is whatever another file can change about a
claim, which is why each claim's record and outcome are the claim's own file's view.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from functools import partial
from typing import Any, NamedTuple

from validator.dataset.model import Dataset
from validator.model.findings import Finding, Location, invalidated_claims
from validator.model.result import ClaimRecord, SourceRecord, Verdict
from validator.model.stand_in import frozen
from validator.parse.claim_file import ClaimEntry, ParsedFile, unchecked_entries
from validator.parse.claim_texts import claim_texts
from validator.parse.source_rows import source_id_at, source_record
from validator.parse.written_as import written_as
from validator.resolve.claims import (
    Dated,
    Problem,
    ResolvedClaim,
    Resolvers,
    Said,
    Unresolved,
    claim_problems,
    located,
    own_date,
    placed,
    resolve_as_of,
    resolve_statement,
    shown_value,
    source_published,
    unresolved_problems,
)
from validator.resolve.qualifiers import shown_qualifiers
from validator.resolve.unit_fields import in_dataset_words
from validator.resolve.unknown_dates import (
    UNKNOWN_DATE,
    date_decides,
    naming_unchecked,
    written_date_decides,
)
from validator.rules import (
    CLAIM_RULES,
    CROSS_RULES,
    FILE_RULES,
    check_file,
    judge,
    undated,
    wanted,
)
from validator.rules.archives import Archives, archive_path
from validator.rules.judged import Judged, Known, placed_findings
from validator.rules.rule import Remember, Setting, remember_nothing
from validator.settle.acknowledge import AckEntry

__all__ = ["CheckedClaim", "CheckedFile", "FileChecker", "SharedTexts", "invalid_record"]


class CheckedClaim(NamedTuple):
    """One claim as its own file decides it."""

    full_id: str  # as its file names it
    # Schema-valid, and named by no E1 finding of its file: worth resolving.
    valid: bool
    acks: tuple[AckEntry, ...]
    resolved: bool  # it was resolved: it is neither invalid nor did its resolution fail
    # The resolved claim, when a rule across sources wants it (`validator.rules.wanted`);
    # the others stay where they were resolved, as sending them costs time.
    compared: ResolvedClaim | None
    # Why resolution failed; or, for a resolved claim, what its assessment (a quote's
    # against the transcripts) found.
    findings: tuple[Finding, ...]
    record: ClaimRecord


class CheckedFile(NamedTuple):
    path: str
    source_id: str
    source_id_at: Location | None  # where the source names its id; None: it names none
    source: SourceRecord  # its scorecard row; not `usable` when the source is not
    archive: str | None  # the archived text the excerpts were checked against
    file_findings: tuple[Finding, ...]  # what the rules given the whole file found
    claims: tuple[CheckedClaim, ...]


# The fields of a record whose texts repeat from claim to claim (found by name, so that
# reordering ClaimRecord's fields cannot leave a text unshared).
_SHARED_FIELDS = tuple(
    map(ClaimRecord._fields.index, ("claim_id", "subject", "property", "value", "excerpt"))
)


class SharedTexts(dict[str, str]):
    """One string for each text claim records repeat. Each file's records come from
    its own parse, or from another process, so the same claim id, subject, property,
    value or excerpt arrives as a new string every time: at 100,000 claims these
    copies held about a third of the records' memory."""

    def record(self, record: ClaimRecord) -> ClaimRecord:
        """`record` with its repeated texts (claim id, subject, property, value,
        excerpt) replaced by this table's one copy of each."""
        # By index and through tuple.__new__: under a microsecond a record, where
        # _replace takes several times that (a million records pass through here).
        find = self.setdefault
        fields: list[Any] = list(record)  # texts at `_SHARED_FIELDS`, None for no excerpt
        changed = False
        for index in _SHARED_FIELDS:
            text = fields[index]
            if text is not None:
                shared = find(text, text)
                if shared is not text:
                    fields[index] = shared
                    changed = True
        return _new_tuple(ClaimRecord, fields) if changed else record

    def file(self, checked: CheckedFile | None) -> CheckedFile | None:
        """`checked` (from another process, whose strings are all new here) with its
        records' texts shared."""
        if checked is None:
            return None
        share = self.record
        claims = tuple(_new_tuple(CheckedClaim, (*c[:6], share(c[6]))) for c in checked.claims)
        return checked._replace(claims=claims)


_new_tuple = tuple.__new__


def invalid_record(record: ClaimRecord, dataset: Dataset) -> ClaimRecord:
    """The record of a claim that turned out invalid after all (another file uses its
    source id): shown as written, with no reasoning."""
    subject_id = dataset.resolve_entity(record.subject)
    return record._replace(
        verdict=Verdict.INVALID, subject_id=subject_id, as_of=None, explanation=()
    )


class FileChecker:
    """Checks parsed files one at a time against one dataset, with the rules of
    `validator.rules` given one claim or one file; what it works out for one file (a
    statement or date resolved, an entity's name, what each rule remembers) it reuses
    for the next ones."""

    def __init__(
        self,
        dataset: Dataset,
        explain: bool = True,
        root: str | None = None,
        remember: Remember = remember_nothing,
    ) -> None:
        """`root`: the project root no archive may lead out of (default: the working
        directory). `remember`: how pure functions' results are kept for the run; the
        driver passes `speed.memo.memoised`, and by default nothing is remembered."""
        self.dataset = dataset
        # Claims repeat themselves: each distinct statement and date is resolved once
        # per checker, and the rules remember what they work out the same way. Names
        # are remembered too: statements that differ share their subjects and values.
        self.entity = remember(dataset.resolve_entity, None)
        self.resolvers = Resolvers(
            remember(partial(resolve_statement, dataset=dataset, entity=self.entity), frozen),
            remember(resolve_as_of, frozen),
        )
        # The archived texts the excerpt rule reads (the driver asks what each was when
        # read, for the stamp a file's cached checks are kept with).
        root = os.getcwd() if root is None else root
        self.archives = Archives(root)
        # The rules, each started once. `explain` False: they give assessments without
        # steps, so records carry no explanation (see `drive_files.Settings.explanations`).
        setting = Setting(explain, root, remember, self.archives)
        self.judge = judge(CLAIM_RULES, dataset, setting)
        self.check_file = check_file(FILE_RULES, dataset, setting)
        self.wanted = wanted(CROSS_RULES)
        self.undated = undated(CLAIM_RULES, dataset)
        # Each statement resolved once, judged once per date or for all (`Known`): a corpus
        # says one thing thousands of times, so a repeat costs a stand-in and two lookups.
        self.known: dict[Hashable, Known[Said | Unresolved]] = {}
        # The texts its records repeat, one string each (see `SharedTexts`).
        self.texts = SharedTexts()

    def __call__(
        self, outcome: tuple[ParsedFile | None, tuple[Finding, ...]]
    ) -> tuple[CheckedFile | None, tuple[Finding, ...]]:
        parsed, findings = outcome
        if parsed is None:
            return None, findings
        # Claims an invalidating finding (E101-E106) names are invalid even where their
        # model was built (a claim that repeats an earlier id).
        named = invalidated_claims(findings)
        source = parsed.source
        # An unusable source or a repeated id leaves claims invalid, yet what is wrong with
        # a claim whatever they say is reported now, not once the source or id is fixed.
        findings = self._with_unchecked(parsed, findings, source is None)
        # The publication date, which most claims take as their own, resolved once.
        published: tuple[Dated | Problem, Hashable | None] | None = None
        if source is not None and parsed.undated:  # what it says is checked if it can be
            published = (UNKNOWN_DATE, None)
        elif source is not None:
            written = source_published(parsed)
            published = (self.resolvers.as_of(written), frozen(written))
        claims = tuple(self._claim(entry, parsed, named, published) for entry in parsed.claims)
        if parsed.undated:  # its date's finding names the claims the date decides
            # Those left unresolved by something else too, an E101 at parsing or an E106
            # at resolution alike: mending that alone would not get them checked.
            unchecked = (
                c.full_id
                for e, c in zip(parsed.claims, claims, strict=True)
                if (e.model and not c.valid and e.full_id not in named)
                or (not c.resolved and written_date_decides(e.raw, self.dataset))
            )
            findings = (*naming_unchecked(findings, tuple(unchecked), parsed.undated_by),)
        elif source is None:  # its finding names the claims not named for their own
            kept = tuple(e.full_id for e in parsed.claims if e.model and e.full_id not in named)
            findings = (*naming_unchecked(findings, kept, parsed.unsourced_by, ""),)
        return CheckedFile(
            path=parsed.path,
            source_id=parsed.source_id,
            source_id_at=source_id_at(parsed),
            source=source_record(parsed),
            archive=archive_path(parsed) if source is not None and source.archive else None,
            file_findings=self.check_file(parsed),
            claims=claims,
        ), findings

    def _with_unchecked(
        self, parsed: ParsedFile, findings: tuple[Finding, ...], unsourced: bool
    ) -> tuple[Finding, ...]:
        """`findings` (told what the dataset knows: `in_dataset_words`),
        then E104-E106 of the well-formed claims left unchecked (`unchecked_entries`);
        none that only the source's date would cause."""
        entries = unchecked_entries(parsed, findings, unsourced)
        unchecked = (f for entry in entries for f in claim_problems(entry, parsed, self.dataset))
        return (*in_dataset_words(findings, parsed, self.dataset), *unchecked)

    def _claim(
        self,
        entry: ClaimEntry,
        parsed: ParsedFile,
        named: set[str],
        published: tuple[Dated | Problem, Hashable | None] | None,
    ) -> CheckedClaim:
        """`published`: the file's publication date resolved, and its stand-in (None
        when it has none: it is never remembered); None when its source is unusable."""
        model = entry.model
        if model is None or entry.full_id in named or published is None:
            record = self._record(entry, parsed)
            return CheckedClaim(entry.full_id, False, (), False, None, (), record)
        acks: tuple[AckEntry, ...] = ()
        if model.acknowledge:
            acks = tuple(
                AckEntry(
                    entry.full_id,
                    ack.code,
                    ack.reason,
                    ack.until,
                    entry.position(parsed.loaded, "acknowledge", number, "code"),
                )
                for number, ack in enumerate(model.acknowledge)
            )
        raw = entry.raw
        # What was written, as a plain tuple built inline: this runs once per claim.
        texts = written_as(raw, entry.number, parsed.loaded)
        written = (raw["subject"], raw["property"], raw["value"], raw.get("qualifiers"), texts)
        key = frozen(written)
        known = None if key is None else self.known.get(key)
        if known is None:
            known = Known(self.resolvers.statement(written))
            if key is not None:
                self.known[key] = known
        said = known.said
        as_of = raw.get("as_of")
        if as_of is None:
            dated, date_key = published
        else:
            dated, date_key = own_date(entry, parsed, self.resolvers.as_of), frozen(as_of)
        if self._undecided(said, dated):
            return CheckedClaim(
                entry.full_id, False, (), False, None, (), self._record(entry, parsed)
            )
        if isinstance(said, Unresolved) or isinstance(dated, Problem):
            problems = unresolved_problems(said, dated)
            found = tuple(located(entry, parsed, problems))
            return CheckedClaim(
                entry.full_id, True, acks, False, None, found, self._record(entry, parsed)
            )
        judged = known.undated
        if judged is None:
            judged = None if date_key is None else known.dated.get(date_key)
            if judged is None:
                judged = self._judged(entry, parsed, known, said, dated, date_key)
        assessment, wants = judged
        findings = assessment.findings
        at = None
        if findings:  # worked out for the first claim that said it: placed on this one
            at = Location(parsed.loaded.path, *entry.value_pos)
            findings = placed_findings(
                findings, entry.full_id, at, partial(entry.position, parsed.loaded, "qualifiers")
            )
        verdict, steps = assessment.verdict, assessment.steps
        record = self._record(entry, parsed, said, dated, verdict, steps)
        # The resolved claim, built only when a rule across sources wants it; with the
        # texts its record shares (the excerpt, a value in words), which then travel
        # from a child process once.
        needed = None
        if wants:
            value = raw["value"]
            if type(value) is str:
                value = self.texts.setdefault(value, value)
            needed = placed(entry, parsed, said, dated, at, (value, record.excerpt))
        return _new_tuple(CheckedClaim, (entry.full_id, True, acks, True, needed, findings, record))

    def _undecided(self, said: Said | Unresolved, dated: Dated | Problem) -> bool:
        """Whether the claim is one of an undated source that its date decides: it is
        invalid, named by the date's finding (`unknown_dates`)."""
        if dated is not UNKNOWN_DATE or isinstance(said, Unresolved):
            return False
        return date_decides(said)

    def _judged(
        self,
        entry: ClaimEntry,
        parsed: ParsedFile,
        known: Known[Said | Unresolved],
        said: Said,
        dated: Dated,
        date_key: Hashable | None,
    ) -> Judged:
        """The claim judged, and remembered for its statement at its date, or at every
        date when the rule that judged it says the date does not matter."""
        claim = placed(entry, parsed, said, dated)
        assessment = self.judge(claim)
        judged = (assessment, self.wanted(claim))
        if self.undated(claim, assessment):
            known.undated = judged
        elif date_key is not None:
            known.dated[date_key] = judged
        return judged

    def _record(
        self,
        entry: ClaimEntry,
        parsed: ParsedFile,
        said: Said | None = None,
        dated: Dated | None = None,
        verdict: Verdict = Verdict.INVALID,
        steps: tuple[str, ...] = (),
    ) -> ClaimRecord:
        """The claim's record; with `said` and `dated`, its statement and date resolved."""
        raw = entry.raw
        subject = raw.get("subject")
        # `said`: subject, written subject, property, written property, inverted, value,
        # value as shown, qualifiers (see `resolve.claims.Said`).
        if said is not None and not said[4]:
            subject_id: str | None = said[0]
        elif isinstance(subject, str):  # the entity named as written, remembered per run
            subject_id = self.entity(subject)
        else:
            subject_id = None
        excerpt = raw.get("excerpt")
        subject, prop = str(subject or ""), str(raw.get("property", ""))
        # With `said`, as described when resolved; else as written, cut to the schema's limits.
        value = said[6] if said is not None else shown_value(entry, parsed, self.dataset)
        if said is None:
            subject, prop, value, excerpt = claim_texts(entry.number, subject, prop, value, excerpt)
        # Positional, in the field order, through tuple.__new__ (a named tuple's own
        # constructor is a Python call): a record is built 100,000 times in a large run,
        # and every field is given. The texts many claims repeat are kept once.
        find = self.texts.setdefault
        claim_id = entry.claim_id
        return _new_tuple(
            ClaimRecord,
            (
                entry.full_id,
                parsed.source_id,
                find(claim_id, claim_id),
                parsed.loaded.path,
                entry.line,
                entry.column,
                find(subject, subject),
                find(prop, prop),
                find(value, value),
                verdict,
                subject_id,
                find(excerpt, excerpt) if isinstance(excerpt, str) else None,
                dated[1] if dated is not None else None,
                steps,
                (said[0], said[2].name) if said is not None and said[4] else None,
                shown_qualifiers(entry, parsed, self.dataset, said and said[7]),
            ),
        )
