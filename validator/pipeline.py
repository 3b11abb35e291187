"""The whole run: load -> schema -> resolve -> checks -> acknowledgements -> one Result.

Each stage returns plain data and findings; nothing here prints or exits.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import cast

from validator._version import __version__
from validator.arguments import check_arguments, check_given_paths
from validator.dataset.model import Dataset
from validator.model.findings import (
    Finding,
    Severity,
    bounded,
    invalidated_claims,
)
from validator.model.result import ClaimRecord, DatasetInfo, Result, Verdict
from validator.per_file import CheckedFile, invalid_record
from validator.read.files import discover, display_path
from validator.resolve.claims import ResolvedClaim
from validator.rules import CROSS_RULES, check_across
from validator.rules.recalled import claim_token, is_tokens
from validator.rules.rule import Across, Recall, recall_nothing
from validator.rules.wording import WordingTexts, shared_wording
from validator.settle.acknowledge import AckEntry, apply_acknowledgements
from validator.settle.baseline import apply_baseline
from validator.settle.sources import every_file, source_rows
from validator.shadowed import (
    Label,
    duplicate_sources,
    labels_of,
    relabelled_file,
    relabelled_findings,
)
from validator.speed.forked import processes_for
from validator.speed.gc_pause import collector_paused
from validator.speed.recall import Recalled, Tokens

from .drive_across import AcrossAside, open_recall, rules_aside
from .drive_dataset import load_dataset_cached, load_dataset_keyed
from .drive_files import check_files
from .run_settings import Options, Settings

__all__ = [
    "Options",
    "Settings",
    "load_dataset_cached",
    "load_dataset_keyed",
    "run",
    "validate",
]


def validate(
    paths: str | Iterable[str] = ("claims",),
    dataset: str | Dataset = "dataset",
    *,
    fail_on: str | Severity = Severity.ERROR,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    today: date | None = None,
    cache_dir: str | None = None,
    jobs: int = 1,
    root: str | None = None,
) -> Result:
    """Check claim files against the dataset and each other.

    Raises `validator.dataset.load.DatasetError` when the dataset cannot be used and
    `validator.read.files.PathNotFound` when a path does not exist; everything wrong inside
    a claim file is a finding in the result.

    `cache_dir` names a folder to cache parsed, schema-checked files and the loaded
    dataset in (the command uses `.factlint-cache`); by default nothing is cached. A
    library call should leave no files behind that its caller did not ask for, should
    not depend on the working directory it happens to run in, and runs inside tests,
    notebooks and servers where a cache folder appearing in the current directory would
    surprise; the command line, where re-runs over the same files are the common case,
    turns it on. `jobs` parses
    files on that many processes (0: one per idle core). `root` is the project root that
    archives and followed links must stay inside; by default the working directory (the
    command uses the folder of its configuration file).

    The settings are checked as the command checks its options (validator.arguments):
    a code that matches no finding code, a `fail_on` other than "error" or "warning",
    a negative `jobs`, or a path given inside `root` that a link there leads out of it
    (or, for what is read, into a hidden file or folder of it) raises
    `validator.arguments.ArgumentError` (a ValueError).
    """
    checked = check_arguments(select=select, ignore=ignore, fail_on=fail_on, jobs=jobs)
    paths = [paths] if isinstance(paths, str) else list(paths)
    named = None if isinstance(dataset, Dataset) else str(dataset)
    check_given_paths(paths, named, cache_dir, root or os.getcwd())
    # A dataset loaded here is known by its files' digest, which keys what the cache
    # keeps of each file's checks; one built by the caller is not.
    settings = Settings(cache_dir, checked.jobs)
    if isinstance(dataset, Dataset):
        loaded_dataset = dataset
    else:
        loaded_dataset, digest = load_dataset_keyed(dataset, cache_dir, root=root)
        settings = replace(settings, dataset_digest=digest)
    options = Options(
        fail_on=checked.fail_on,
        rules=checked.rules,
        today=today,
        root=root,
        skip=(dataset,) if isinstance(dataset, str) else (),
    )
    return run(paths, loaded_dataset, options, settings)


def run(
    paths: list[str], dataset: Dataset, options: Options, settings: Settings | None = None
) -> Result:
    """The stages in order; each takes and returns plain data. `settings`: how they are
    run (see `Settings`); by default in this process, uncached."""
    settings = settings or Settings()
    files = (
        list(settings.found)
        if settings.found is not None
        else discover(paths, options.root, skip=options.skip)
    )
    tokens = Tokens()
    read: dict[str, str] = {}  # the archives the checks read, each with its stamp
    # Shared wording's texts, noted as each file's checks come: while other processes
    # still check files, this one takes in what it has, rather than all after the last.
    wording = WordingTexts(dataset)
    checked_files, findings = check_files(
        files,
        dataset,
        settings,
        options.limits,
        options.root,
        options.progress,
        tokens,
        read,
        lambda checked: wording.note(claim.record for claim in checked.claims),
    )
    # The checks across files take from the cache what an earlier run found for the
    # parts of their work that read nothing that changed since (see drive_across).
    recalled = open_recall(settings, options.limits, tokens)
    # What the stages build stays alive until the Result is made; the command then
    # freezes it all, Result included, out of the collector's sight for the reports.
    with collector_paused(freeze=settings.freeze_loaded):
        result = _across_files(
            files,
            read,
            checked_files,
            findings,
            dataset,
            options,
            tokens,
            recalled,
            processes_for(settings.jobs),
            wording,
        )
    if recalled is not None:
        recalled.save()
    return result


def _across_files(
    files: list[str],
    read: dict[str, str],
    checked_files: list[CheckedFile],
    findings: list[Finding],
    dataset: Dataset,
    options: Options,
    tokens: Tokens,
    recalled: Recalled | None,
    processes: int,
    wording: WordingTexts | None = None,
) -> Result:
    if options.progress is not None:
        options.progress("comparing sources", 0, 0)
    duplicates, shadowed = duplicate_sources(checked_files)
    findings.extend(duplicates)
    shown = tuple(map(display_path, files))
    by_file = {f.path: (f.source, f.path in shadowed) for f in checked_files}
    rows, renamed = source_rows(every_file(shown, by_file))
    recall: Recall = recall_nothing if recalled is None else recalled
    named = None if recalled is None else _claim_tokens(tokens.by_name, recall)
    labels = labels_of(checked_files, shadowed, renamed) if shadowed else {}
    stage = _settle(checked_files, labels, findings, named)
    # The rules that read only the claims start now on a child, when there is a core
    # for it, while this process builds the records and shared wording the others read.
    aside = AcrossAside(
        rules_aside(CROSS_RULES, stage.compared, processes),
        dataset,
        stage.compared,
        stage.verdicts,
        stage.tokens,
        recalled,
    )
    try:
        records = _claim_records(stage, dataset, renamed)
        shared = shared_wording(records, dataset, wording, rows)
        given = Across(
            dataset,
            records,
            stage.compared,
            stage.verdicts,
            shared,
            stage.tokens,
            recall,
            rows,
        )
        findings = check_across(CROSS_RULES, given, findings, aside.taken(given))
        checked = _judged(findings, stage.acks, options)
    finally:
        aside.close()  # a child gives its memory back while the findings are judged
    return Result(
        findings=tuple(checked),
        claims=tuple(records),
        sources=rows,
        files=shown,
        fail_on=options.fail_on,
        dataset=DatasetInfo(
            dataset.id, dataset.title, dataset.checked, _entity_labels(records, dataset)
        ),
        tool_version=__version__,
        # The archived source texts the checks read, each as it was when read.
        read=tuple(sorted(read.items())),
        shared_wording=shared,
    )


# The codes only found by holding a claim against other sources' claims.
_ACROSS_CODES: frozenset[str] = frozenset().union(*(rule.codes for rule in CROSS_RULES))


def _judged(findings: list[Finding], acks: list[AckEntry], options: Options) -> list[Finding]:
    """The findings acknowledged, baselined, selected, bounded and sorted."""
    # Acknowledgements first, so one whose finding is merely --ignore'd is not "unused".
    unjudged = _ACROSS_CODES if options.partial else frozenset()
    checked = apply_acknowledgements(findings, acks, options.today or date.today(), unjudged)
    checked = apply_baseline(checked, options.baseline)
    # Whether the selection keeps a code, asked once a code rather than once a finding.
    keeps = {code: options.rules.keeps(code) for code in {f.code for f in checked}}
    checked = [bounded(f) for f in checked if keeps[f.code]]
    checked.sort(key=Finding.sort_key)
    return checked


@dataclass(slots=True)
class _Stage:
    """The claims of every file, settled across files."""

    # Record id (the claim's id; for a second claim with that id, with its file
    # appended) -> the claim's record, whether its file resolved it, and whether what
    # its file made of it stands. A record's texts are the run's one copy of each
    # already (see `per_file.SharedTexts`): the checker shares them as it builds each
    # record and as each file arrives from a child or from the cache.
    records: dict[str, tuple[ClaimRecord, bool, bool]] = field(default_factory=dict)
    compared: list[ResolvedClaim] = field(default_factory=list)  # what checks across files take
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # of the compared claims
    # Of the compared claims: what fixes each (see `Across.tokens`), when its file's
    # checks were cached.
    tokens: dict[str, str] = field(default_factory=dict)
    invalid: set[str] = field(default_factory=set)
    acks: list[AckEntry] = field(default_factory=list)


def _settle(
    checked_files: list[CheckedFile],
    labels: Mapping[str, Label],
    findings: list[Finding],
    named: Callable[[CheckedFile], Sequence[str]] | None,
) -> _Stage:
    """What each file made of its claims, unless another file changes it: a claim
    whose id an invalid claim of another file already has is invalid. The claims of a
    file whose source id an earlier file uses are checked under that file's `labels`
    (see `validator.shadowed`). The findings of the claims that stand join `findings`.

    Each file's claims are dropped from `checked_files` once settled: what the run
    keeps of them is in the stage, so a large run never holds two copies of its
    records."""
    stage = _Stage()
    if labels:
        relabelled_findings(findings, labels)
    stage.invalid = invalidated_claims(findings)
    records, invalid, compared = stage.records, stage.invalid, stage.compared
    verdicts, tokens = stage.verdicts, stage.tokens
    for index, checked in enumerate(checked_files):
        checked_files[index] = checked._replace(claims=())
        label = labels.get(checked.path) if labels else None
        if label is None:
            claim_tokens = None if named is None else named(checked)
        else:
            # Its claims' tokens digest their new ids: worked out afresh, not recalled.
            checked = relabelled_file(checked, label)
            claim_tokens = None if named is None else _tokens_of(checked)
        # Each claim unpacked once: a named tuple's fields are slower to reach one by
        # one, and a large run settles 100,000 claims here.
        for place, (full_id, valid, acks, resolved, claim, found, record) in enumerate(
            checked.claims
        ):
            record_id = full_id
            stands = valid and full_id not in invalid
            if record_id in records:
                # An id used twice: the earlier claim's file comes first, or did not
                # stand itself (its id is then invalid), so this one cannot stand.
                assert not stands
                record_id = f"{record_id}@{checked.path}"
            records[record_id] = (record, resolved, stands)
            if not stands:
                invalid.add(full_id)
                if found and not resolved:
                    # Why its resolution failed (an undefined qualifier), said though
                    # another finding names it too (its source's unusable date).
                    findings.extend(found)
                continue
            if acks:
                stage.acks.extend(acks)
            if found:  # why its resolution failed, or what its own checks found
                findings.extend(found)
            if not resolved:
                invalid.add(full_id)
            elif claim is not None:
                compared.append(claim)
                verdicts[full_id] = record.verdict
                if claim_tokens:
                    tokens[full_id] = claim_tokens[place]
        findings.extend(checked.file_findings)
    return stage


def _claim_tokens(
    file_tokens: Mapping[str, str], recall: Recall
) -> Callable[[CheckedFile], Sequence[str]]:
    """Each compared claim's token (`rules.recalled.claim_token`; "" for the others) of a
    file, worked out once for the file's cached checks and then recalled by their
    token: a changed file changes its own claims' tokens only where they changed."""

    def named(checked: CheckedFile) -> Sequence[str]:
        token = file_tokens.get(checked.path)
        if token is None:
            return ()
        count = len(checked.claims)
        return recall(
            ("claim-tokens", token),
            partial(_tokens_of, checked),
            lambda value: is_tokens(value) and len(cast(tuple[str, ...], value)) == count,
        )

    return named


def _tokens_of(checked: CheckedFile) -> tuple[str, ...]:
    return tuple(
        "" if claim.compared is None else claim_token(claim.compared, claim.record.verdict)
        for claim in checked.claims
    )


def _claim_records(
    stage: _Stage, dataset: Dataset, renamed: Mapping[str, str]
) -> list[ClaimRecord]:
    """Each claim's record as its file built it, but for the claims only the whole run
    finds invalid, and under its file's scorecard row where that row was `renamed`;
    equal texts of different records are one string (see `per_file.SharedTexts`)."""
    invalid_ids = stage.invalid
    records: list[ClaimRecord] = []
    append = records.append
    invalid = Verdict.INVALID
    for record_id, (record, resolved, stands) in stage.records.items():
        full_id = record.full_id
        if not stands:
            if resolved:  # its file resolved it: show it as written
                record = invalid_record(record, dataset)
            if record_id != full_id:  # only a claim that does not stand has a suffix
                record = record._replace(full_id=record_id)
            if renamed and record.file in renamed:  # and only its file's row is renamed
                record = record._replace(source_id=renamed[record.file])
        elif full_id in invalid_ids:  # a later file's invalid claim took its id
            record = record._replace(verdict=invalid)
        append(record)
    return records


def _entity_labels(records: list[ClaimRecord], dataset: Dataset) -> dict[str, str]:
    """The dataset's first name of each entity a claim is about (in either direction)."""
    ids = {record.subject_id for record in records if record.subject_id is not None}
    ids.update(record.forward[0] for record in records if record.forward is not None)
    return {entity_id: dataset.label(entity_id) for entity_id in sorted(ids)}
