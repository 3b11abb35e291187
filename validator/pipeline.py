"""The whole run: load -> schema -> resolve -> checks -> acknowledgements -> one Result.

Each stage returns plain data and findings; nothing here prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from . import __version__
from .acknowledge import AckEntry, apply_acknowledgements
from .baseline import apply_baseline
from .cache import load_claim_files
from .check_dataset import assess_claim
from .check_excerpts import check_excerpts
from .check_quotes import check_quotes
from .check_sources import check_sources
from .claim_files import ClaimEntry, ParsedFile, check_claim_file, duplicate_sources
from .dataset import Dataset
from .dataset_load import load_dataset
from .findings import Finding, Location, Severity
from .load import Limits, discover
from .parse_values import describe_raw
from .resolve import ResolvedClaim, resolve_claim
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
    files = discover(paths)
    findings: list[Finding] = []
    parsed_files: list[ParsedFile] = []
    # Stages 1-2 (read, parse, schema) for every file: from the cache when it has the
    # file's exact bytes, on `options.jobs` processes otherwise.
    for parsed_file, file_findings in load_claim_files(
        files,
        options.limits,
        cache_dir=options.cache_dir,
        jobs=options.jobs,
        check=check_claim_file,
    ):
        if parsed_file is not None:
            parsed_files.append(parsed_file)
        findings.extend(file_findings)
    duplicates, shadowed = duplicate_sources(parsed_files)
    findings.extend(duplicates)

    records: dict[str, tuple[ClaimEntry, ParsedFile]] = {}
    resolved: list[ResolvedClaim] = []
    invalid: set[str] = {c for f in findings if f.code.startswith("E1") for c in f.claims}
    acks: list[AckEntry] = []
    for parsed in parsed_files:
        for entry in parsed.claims:
            record_id = entry.full_id
            if record_id in records:  # a source id used twice: that file's claims are invalid
                record_id = f"{record_id}@{parsed.path}"
            records[record_id] = (entry, parsed)
            if parsed.path in shadowed:
                continue  # its records carry their own ids and are invalid
            if entry.model is None or entry.full_id in invalid:
                invalid.add(entry.full_id)
                continue
            for number, ack in enumerate(entry.model.acknowledge):
                acks.append(
                    AckEntry(
                        entry.full_id,
                        ack.code,
                        ack.reason,
                        ack.until,
                        entry.position(parsed.loaded, "acknowledge", number, "code"),
                    )
                )
            with _naming_file(parsed.path):
                outcome = resolve_claim(entry, parsed, dataset)
            if isinstance(outcome, list):
                findings.extend(outcome)
                invalid.add(entry.full_id)
            else:
                resolved.append(outcome)
        with _naming_file(parsed.path):
            findings.extend(check_excerpts(parsed))

    verdicts: dict[str, Verdict] = {}
    explanations: dict[str, tuple[str, ...]] = {}
    quote_findings, quote_verdicts = check_quotes(resolved, dataset)
    for claim in resolved:
        if claim.prop.type == "quote":
            quote = quote_verdicts.get(claim.full_id)
            if quote is not None:
                verdicts[claim.full_id] = quote.verdict
                explanations[claim.full_id] = quote.steps
                findings.extend(quote.findings)
            continue
        with _naming_file(claim.file):
            assessment = assess_claim(claim, dataset)
        verdicts[claim.full_id] = assessment.verdict
        explanations[claim.full_id] = assessment.steps
        findings.extend(assessment.findings)
    findings.extend(check_sources(resolved, dataset))
    findings.extend(quote_findings)

    # Acknowledgements first, so one whose finding is merely --ignore'd is not "unused".
    findings = apply_acknowledgements(findings, acks, options.today or date.today())
    findings = apply_baseline(findings, options.baseline)
    findings = [f for f in findings if options.rules.keeps(f.code)]
    findings.sort(key=Finding.sort_key)

    resolved_by_id = {c.full_id: c for c in resolved}
    claim_records: list[ClaimRecord] = []
    for full_id, (entry, parsed) in records.items():
        raw = entry.raw
        r = resolved_by_id.get(full_id)
        verdict = (
            Verdict.INVALID
            if entry.full_id in invalid or full_id != entry.full_id
            else verdicts.get(full_id, Verdict.UNVERIFIABLE)
        )
        claim_records.append(
            ClaimRecord(
                full_id=full_id,
                source_id=parsed.source_id,
                claim_id=entry.claim_id,
                file=parsed.path,
                line=entry.line,
                column=entry.column,
                subject=str(raw.get("subject", "")),
                property=str(raw.get("property", "")),
                value=describe_raw(raw["value"]) if "value" in raw else "",
                verdict=verdict,
                subject_id=r.subject
                if r is not None and not r.inverted
                else (
                    dataset.resolve_entity(str(raw.get("subject", "")))
                    if isinstance(raw.get("subject"), str)
                    else None
                ),
                excerpt=raw.get("excerpt") if isinstance(raw.get("excerpt"), str) else None,
                as_of=r.as_of_display if r is not None else None,
                explanation=explanations.get(full_id, ()),
            )
        )
    sources = [
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
    return Result(
        findings=tuple(findings),
        claims=tuple(claim_records),
        sources=tuple(sources),
        files=tuple(f.replace("\\", "/") for f in (_shown(p) for p in files)),
        fail_on=options.fail_on,
        dataset=DatasetInfo(dataset.id, dataset.title, dataset.checked),
        tool_version=__version__,
    )


@contextmanager
def _naming_file(path: str) -> Iterator[None]:
    """An unexpected error while `path` is processed carries its name, for the one-line
    internal-error message the command prints."""
    try:
        yield
    except Exception as error:
        if not hasattr(error, "factlint_file"):
            error.factlint_file = _shown(path)  # type: ignore[attr-defined]
        raise


def _shown(path: str) -> str:
    from .load import display_path

    return display_path(path)


_ = Location  # re-exported for type checkers of callers building locations
