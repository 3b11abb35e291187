"""The whole run: load -> schema -> resolve -> checks -> acknowledgements -> one Result.

Each stage returns plain data and findings; nothing here prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from operator import attrgetter

from . import __version__
from .acknowledge import AckEntry, apply_acknowledgements
from .baseline import apply_baseline
from .cache import load_claim_files
from .check_dataset import AssessMemo, assess_claim
from .check_excerpts import archive_path, check_excerpts
from .check_quotes import check_quotes
from .check_sources import check_sources
from .claim_files import ClaimEntry, ParsedFile, check_claim_file, duplicate_sources
from .dataset import Dataset
from .dataset_load import load_dataset
from .findings import Finding, Severity
from .gc_pause import collector_paused
from .load import Limits, discover, display_path
from .parse_values import describe_raw
from .resolve import ResolvedClaim, ResolveMemo, resolve_claim
from .result import ClaimRecord, DatasetInfo, Result, SourceRecord, Verdict
from .rules import RuleSelection

__all__ = ["Options", "run", "validate"]


@dataclass(frozen=True, slots=True)
class Options:
    dataset: str = "dataset"
    fail_on: Severity = Severity.ERROR
    rules: RuleSelection = field(default_factory=RuleSelection)
    limits: Limits = field(default_factory=Limits)
    today: date | None = None
    baseline: dict[str, str] = field(default_factory=dict)  # fingerprint -> reason
    cache_dir: str | None = None  # where parsed, schema-checked files are cached; None: nowhere
    jobs: int = 1  # processes that parse claim files (0: one per core)
    # Move what loading built, and then the Result, out of the garbage collector's sight
    # (gc.freeze): the later stages and the reports then run 10-15 % faster. For a
    # process that ends with the run: the command.
    freeze_loaded: bool = False
    # Claim files already read, by path as found (the command reads them to key a
    # remembered run): loading takes these bytes instead of reading the files again.
    read: Mapping[str, bytes | Finding] = field(default_factory=dict)


def validate(
    paths: str | Iterable[str] = ("claims",),
    dataset: str | Dataset = "dataset",
    *,
    fail_on: str | Severity = Severity.ERROR,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    today: date | None = None,
    cache_dir: str | None = None,
    jobs: int = 1,
) -> Result:
    """Check claim files against the dataset and each other.

    Raises `validator.dataset_load.DatasetError` when the dataset cannot be used and
    `validator.load.PathNotFound` when a path does not exist; everything wrong inside
    a claim file is a finding in the result.

    `cache_dir` names a folder to cache parsed, schema-checked files in (the command
    uses `.factlint-cache`); by default nothing is cached. A library call should leave no
    files behind that its caller did not ask for, should not depend on the working
    directory it happens to run in, and runs inside tests, notebooks and servers where a
    cache folder appearing in the current directory would surprise; the command line,
    where re-runs over the same files are the common case, turns it on. `jobs` parses
    files on that many processes (0: one per core).
    """
    if isinstance(paths, str):
        paths = [paths]
    loaded_dataset = dataset if isinstance(dataset, Dataset) else load_dataset(dataset)
    options = Options(
        fail_on=Severity(fail_on),
        rules=RuleSelection(tuple(select), tuple(ignore)),
        today=today,
        cache_dir=cache_dir,
        jobs=jobs,
    )
    return run(list(paths), loaded_dataset, options)


def run(paths: list[str], dataset: Dataset, options: Options) -> Result:
    """The stages in order; each takes and returns plain data."""
    files = discover(paths)
    parsed_files, findings = _load(files, options)
    # What the stages build stays alive until the Result is made; the command then
    # freezes it all, Result included, out of the collector's sight for the reports.
    with collector_paused(freeze=options.freeze_loaded):
        return _after_loading(files, parsed_files, findings, dataset, options)


def _after_loading(
    files: list[str],
    parsed_files: list[ParsedFile],
    findings: list[Finding],
    dataset: Dataset,
    options: Options,
) -> Result:
    duplicates, shadowed = duplicate_sources(parsed_files)
    findings.extend(duplicates)
    stage = _resolve(parsed_files, shadowed, dataset, findings)
    verdicts, explanations = _check(stage, dataset)
    # Acknowledgements first, so one whose finding is merely --ignore'd is not "unused".
    checked = apply_acknowledgements(stage.findings, stage.acks, options.today or date.today())
    checked = apply_baseline(checked, options.baseline)
    checked = [f for f in checked if options.rules.keeps(f.code)]
    checked.sort(key=Finding.sort_key)
    return Result(
        findings=tuple(checked),
        claims=tuple(_claim_records(stage, verdicts, explanations, dataset)),
        sources=tuple(_source_records(parsed_files, shadowed)),
        files=tuple(display_path(p) for p in files),
        fail_on=options.fail_on,
        dataset=DatasetInfo(dataset.id, dataset.title, dataset.checked),
        tool_version=__version__,
        read=_archives(parsed_files),
    )


def _archives(parsed_files: list[ParsedFile]) -> tuple[str, ...]:
    """The archived source texts the excerpt check reads, as it finds them."""
    return tuple(sorted({archive_path(p) for p in parsed_files if p.source and p.source.archive}))


def _load(files: list[str], options: Options) -> tuple[list[ParsedFile], list[Finding]]:
    """Stages 1-2 (read, parse, schema) for every file: from the cache when it has the
    file's exact bytes, on `options.jobs` processes otherwise."""
    parsed_files: list[ParsedFile] = []
    findings: list[Finding] = []
    for parsed_file, file_findings in load_claim_files(
        files,
        options.limits,
        cache_dir=options.cache_dir,
        jobs=options.jobs,
        check=check_claim_file,
        freeze=options.freeze_loaded,
        read=options.read,
    ):
        if parsed_file is not None:
            parsed_files.append(parsed_file)
        findings.extend(file_findings)
    return parsed_files, findings


@dataclass(slots=True)
class _Stage:
    """What resolution leaves for the checks and the records."""

    findings: list[Finding]
    records: dict[str, tuple[ClaimEntry, ParsedFile]] = field(default_factory=dict)
    resolved: list[ResolvedClaim] = field(default_factory=list)
    invalid: set[str] = field(default_factory=set)
    acks: list[AckEntry] = field(default_factory=list)


def _resolve(
    parsed_files: list[ParsedFile], shadowed: set[str], dataset: Dataset, findings: list[Finding]
) -> _Stage:
    stage = _Stage(findings)
    stage.invalid = {c for f in findings if f.code.startswith("E1") for c in f.claims}
    records, invalid, resolved = stage.records, stage.invalid, stage.resolved
    memo = ResolveMemo(dataset)  # what one claim resolves, the next ones reuse
    for parsed in parsed_files:
        is_shadowed = parsed.path in shadowed
        # One naming context per file, not per claim: entering one costs more than
        # resolving a claim whose values the memo already knows.
        with _naming_file(parsed.path):
            for entry in parsed.claims:
                full_id = entry.full_id
                record_id = full_id
                if record_id in records:  # a source id used twice: those claims are invalid
                    record_id = f"{record_id}@{parsed.path}"
                records[record_id] = (entry, parsed)
                if is_shadowed:
                    continue  # its records carry their own ids and are invalid
                model = entry.model
                if model is None or full_id in invalid:
                    invalid.add(full_id)
                    continue
                if model.acknowledge:
                    stage.acks.extend(
                        AckEntry(
                            full_id,
                            ack.code,
                            ack.reason,
                            ack.until,
                            entry.position(parsed.loaded, "acknowledge", number, "code"),
                        )
                        for number, ack in enumerate(model.acknowledge)
                    )
                outcome = resolve_claim(entry, parsed, dataset, memo)
                if isinstance(outcome, list):
                    stage.findings.extend(outcome)
                    invalid.add(full_id)
                else:
                    resolved.append(outcome)
            stage.findings.extend(check_excerpts(parsed))
    return stage


def _check(
    stage: _Stage, dataset: Dataset
) -> tuple[dict[str, Verdict], dict[str, tuple[str, ...]]]:
    """Stage 4: every claim against the dataset, sources and quotes against each other."""
    verdicts: dict[str, Verdict] = {}
    explanations: dict[str, tuple[str, ...]] = {}
    quote_findings, quote_verdicts = check_quotes(stage.resolved, dataset)
    memo = AssessMemo(dataset)  # claims that say the same thing share one assessment
    findings = stage.findings
    # Claims come file by file: one naming context per run of claims from one file.
    for file, claims in groupby(stage.resolved, key=attrgetter("file")):
        with _naming_file(file):
            for claim in claims:
                full_id = claim.full_id
                if claim.prop.type == "quote":
                    quote = quote_verdicts.get(full_id)
                    if quote is not None:
                        verdicts[full_id] = quote.verdict
                        explanations[full_id] = quote.steps
                        findings.extend(quote.findings)
                    continue
                assessment = assess_claim(claim, dataset, memo)
                verdicts[full_id] = assessment.verdict
                explanations[full_id] = assessment.steps
                if assessment.findings:
                    findings.extend(assessment.findings)
    stage.findings.extend(check_sources(stage.resolved, dataset))
    stage.findings.extend(quote_findings)
    return verdicts, explanations


def _claim_records(
    stage: _Stage,
    verdicts: dict[str, Verdict],
    explanations: dict[str, tuple[str, ...]],
    dataset: Dataset,
) -> list[ClaimRecord]:
    resolved_by_id = {c.full_id: c for c in stage.resolved}
    invalid_ids = stage.invalid
    records: list[ClaimRecord] = []
    append = records.append
    subject_ids: dict[str, str | None] = {}  # a name resolved once, for every claim naming it
    unverifiable = Verdict.UNVERIFIABLE
    for full_id, (entry, parsed) in stage.records.items():
        raw = entry.raw
        resolved = resolved_by_id.get(full_id)
        invalid = entry.full_id in invalid_ids or full_id != entry.full_id
        subject = raw.get("subject")
        if resolved is not None and not resolved.inverted:
            subject_id: str | None = resolved.subject
        elif isinstance(subject, str):
            if subject in subject_ids:
                subject_id = subject_ids[subject]
            else:
                subject_id = subject_ids[subject] = dataset.resolve_entity(subject)
        else:
            subject_id = None
        excerpt = raw.get("excerpt")
        if "value" not in raw:
            value = ""
        elif resolved is not None and resolved.raw_value is raw["value"]:
            value = resolved.value_display  # already described, from this very value
        else:
            value = describe_raw(raw["value"])
        append(
            ClaimRecord(
                full_id=full_id,
                source_id=parsed.source_id,
                claim_id=entry.claim_id,
                file=parsed.loaded.path,
                line=entry.line,
                column=entry.column,
                subject=str(subject or ""),
                property=str(raw.get("property", "")),
                value=value,
                verdict=Verdict.INVALID if invalid else verdicts.get(full_id, unverifiable),
                subject_id=subject_id,
                excerpt=excerpt if isinstance(excerpt, str) else None,
                as_of=resolved.as_of_display if resolved is not None else None,
                explanation=explanations.get(full_id, ()),
            )
        )
    return records


def _source_records(parsed_files: list[ParsedFile], shadowed: set[str]) -> list[SourceRecord]:
    return [
        SourceRecord(
            id=p.source_id,
            file=p.path,
            line=p.source_line,
            outlet=p.source.outlet,
            title=p.source.title,
            published=describe_raw(p.loaded.data["source"]["published"]),
            author=p.source.author,
            url=p.source.url,
        )
        for p in parsed_files
        if p.source is not None and p.path not in shadowed
    ]


@contextmanager
def _naming_file(path: str) -> Iterator[None]:
    """An unexpected error while `path` is processed carries its name, for the one-line
    internal-error message the command prints."""
    try:
        yield
    except Exception as error:
        if not hasattr(error, "factlint_file"):
            error.factlint_file = display_path(path)  # type: ignore[attr-defined]
        raise
