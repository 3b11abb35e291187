"""The benchmark's workers (`benchmarks/run.py --worker NAME CORPUS`): each runs in a
process of its own, times what it is named for in that process, and returns its
timings, which run.py prints as one JSON object.

- `floor`: PyYAML's C loader alone on the corpus, the parsing floor;
- `stages`: each stage of the pipeline on its own, in the pipeline's order, then the
  whole pipeline, each report, and the first two stages as the driver runs them;
- `loader`: the C loader on every claim file under some folders, JSON files too.

Nothing here asserts a time; the numbers go in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

DATASET = "dataset"

__all__ = [
    "DATASET",
    "WORKERS",
    "claim_files",
    "worker_floor",
    "worker_loader",
    "worker_stages",
]


def claim_files(corpus: str) -> list[str]:
    from validator.read.files import discover

    return discover([corpus])


def worker_floor(corpus: str) -> dict[str, float]:
    """PyYAML's C loader alone, reading and parsing every file (no positions, no checks)."""
    import yaml

    files = claim_files(corpus)
    times: dict[str, float] = {}

    def parse(label: str, step: Callable[[bytes], Any]) -> None:
        start = time.perf_counter()
        for path in files:
            with open(path, "rb") as handle:
                step(handle.read())
        times[label] = time.perf_counter() - start
        gc.collect()

    parse("c_loader", lambda raw: yaml.load(raw, Loader=yaml.CSafeLoader))
    parse("c_compose", lambda raw: yaml.compose(raw, Loader=yaml.CSafeLoader))
    gc.disable()
    parse("c_loader_gc_paused", lambda raw: yaml.load(raw, Loader=yaml.CSafeLoader))
    gc.enable()
    return times


def worker_stages(corpus: str) -> dict[str, float]:
    """Each stage of the pipeline on its own, timed in one process, in the pipeline's order;
    then the whole pipeline, each report, and the first two stages as the driver runs them."""
    from validator.dataset.load import load_dataset
    from validator.pipeline import Options, run
    from validator.read.files import Limits

    times: dict[str, float] = {}
    clock = time.perf_counter
    start = clock()
    dataset = load_dataset(DATASET)
    times["dataset"] = clock() - start
    limits = Limits()
    files = _stages_apart(corpus, limits, dataset, times)  # the rest is let go on return
    gc.collect()
    start = clock()
    result = run(files, dataset, Options())  # one process, as the stages above
    times["pipeline_run"] = clock() - start
    staged = ("load", "schema", "resolve", "excerpts", "dataset_checks", "cross_source", "quotes")
    times["pipeline_rest"] = max(0.0, times["pipeline_run"] - sum(times[s] for s in staged))
    _reports(result, times)
    times["claims"] = float(len(result.claims))
    times["findings"] = float(len(result.findings))
    del result
    gc.collect()
    _driver_stages(files, limits, times)
    return times


def _stages_apart(corpus: str, limits: Any, dataset: Any, times: dict[str, float]) -> list[str]:
    """Stages 1 to 4 one after another, each over every claim file of `corpus`, as
    `times`' `load`, `schema` (and the schema validators alone), `resolve`, `excerpts`,
    `dataset_checks`, `cross_source` and `quotes`: the claim files."""
    from validator.per_file import FileChecker
    from validator.resolve.claims import ResolvedClaim, resolve_claim
    from validator.rules.archives import Archives
    from validator.rules.excerpts import check_excerpts
    from validator.rules.quotes import quotes_across_sources
    from validator.rules.sources import check_sources
    from validator.rules.transcripts import Transcripts
    from validator.speed.memo import memoised

    clock = time.perf_counter
    files, parsed_files, shadowed = _loaded_and_parsed(corpus, limits, times)
    start = clock()
    resolved: list[ResolvedClaim] = []
    remembered = FileChecker(dataset, remember=memoised)  # as the pipeline resolves
    for parsed in parsed_files:
        for entry in parsed.claims:
            if entry.model is None or parsed.path in shadowed:
                continue
            outcome = resolve_claim(entry, parsed, dataset, remembered.resolvers)
            if not isinstance(outcome, list):
                resolved.append(outcome)
    times["resolve"] = clock() - start

    start = clock()
    archives = Archives(ROOT)  # as the pipeline reads them: each archive once per run
    for parsed in parsed_files:
        check_excerpts(parsed, archives)
    times["excerpts"] = clock() - start

    start = clock()
    for claim in resolved:
        if claim.prop.type != "quote":
            remembered.judge(claim)  # the dataset rule, remembering as the run does
    times["dataset_checks"] = clock() - start

    start = clock()
    check_sources(resolved, dataset)
    times["cross_source"] = clock() - start

    start = clock()
    transcripts = Transcripts(dataset)
    for claim in resolved:  # each quote against the transcripts, then across sources
        transcripts.judge(claim)
    quotes_across_sources(resolved, dataset)
    times["quotes"] = clock() - start
    return files


def _loaded_and_parsed(
    corpus: str, limits: Any, times: dict[str, float]
) -> tuple[list[str], list[Any], set[str]]:
    """Stages 1 and 2 on the claim files of `corpus`, timed as `load` (finding them
    included) and `schema`, and the schema validators alone on the same documents: the
    files, the parsed files, and the paths of those whose source id an earlier file uses
    (their claims are not resolved)."""
    from validator.parse import schema_fast
    from validator.parse.claim_file import CLAIM_SCHEMA, ParsedFile, check_claim_file
    from validator.parse.schema import schema_errors
    from validator.read.files import LoadedFile, load_file

    clock = time.perf_counter
    start = clock()
    files = claim_files(corpus)
    loaded = [load_file(path, limits) for path in files]
    documents = [item for item in loaded if isinstance(item, LoadedFile)]
    times["load"] = clock() - start

    start = clock()
    parsed_files: list[ParsedFile] = []
    for item in documents:
        parsed, _ = check_claim_file(item, limits.max_claims)
        parsed_files.append(parsed)
    first_of: dict[str, str] = {}
    for parsed in parsed_files:
        if parsed.source is not None:
            first_of.setdefault(parsed.source_id, parsed.path)
    shadowed = {p.path for p in parsed_files if p.source and first_of[p.source_id] != p.path}
    times["schema"] = clock() - start
    # Of which: jsonschema itself, and what a compiled validator takes on the same documents.
    start = clock()
    for item in documents:
        schema_errors(item.data, item.positions, CLAIM_SCHEMA)
    times["schema_jsonschema_only"] = clock() - start
    if schema_fast.backend(CLAIM_SCHEMA) is not None:
        start = clock()
        for item in documents:
            schema_fast.schema_errors(item.data, item.positions, CLAIM_SCHEMA)
        times["schema_compiled_fast_path"] = clock() - start
    return files, parsed_files, shadowed


def _reports(result: Any, times: dict[str, float]) -> None:
    """Each report rendered from `result` and written to a file, as `times`' `report_*`
    (and each one's size in MB), and their sum as `reports`."""
    from validator.report.html import render_html
    from validator.report.json_report import render_json
    from validator.report.markdown import render_markdown
    from validator.report.text import render_text

    clock = time.perf_counter
    renderers: dict[str, Callable[[Any], str]] = {
        "report_markdown": render_markdown,
        "report_html": render_html,
        "report_json": render_json,
    }
    with tempfile.TemporaryDirectory() as folder:
        total = 0.0
        for name, render in renderers.items():
            start = clock()
            text = render(result)
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(text)
            times[name] = clock() - start
            total += times[name]
            times[name + "_mb"] = len(text.encode("utf-8")) / 1e6
    start = clock()
    render_text(result, quiet=True)
    times["report_text"] = clock() - start
    times["reports"] = total + times["report_text"]


def _driver_stages(files: list[str], limits: Any, times: dict[str, float]) -> None:
    """Stages 1-2 as the pipeline runs them: cold, warm from the cache, on two processes."""
    from validator.drive_files import load_claim_files

    with tempfile.TemporaryDirectory() as folder:
        cache_dir = os.path.join(folder, "cache")
        for label, options in (
            ("load_schema_pipeline_cold", {"cache_dir": None}),
            ("load_schema_fill_cache", {"cache_dir": cache_dir}),
            ("load_schema_from_cache", {"cache_dir": cache_dir}),
            ("load_schema_jobs_2", {"cache_dir": None, "jobs": 2}),
        ):
            start = time.perf_counter()
            outcomes = load_claim_files(files, limits, **options)
            times[label] = time.perf_counter() - start
            del outcomes
            gc.collect()


def worker_loader(paths: str) -> dict[str, float]:
    """The C loader alone on every claim file under `paths` (joined by os.pathsep), JSON
    files too (JSON is YAML to it): a file it cannot parse (the error-heavy corpus has
    some) costs what it took to refuse. Apart, `json_loads`: the json module's C scanner
    on the JSON files alone, the true floor for them (ten times faster than libyaml on
    generate.py's JSON form); 0 when there are none."""
    import yaml

    from validator.read.files import discover

    files = discover(paths.split(os.pathsep))
    raws: list[bytes] = []
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as handle:
            raw = handle.read()
        if path.lower().endswith(".json"):
            raws.append(raw)
        with contextlib.suppress(yaml.YAMLError, UnicodeDecodeError):
            yaml.load(raw, Loader=yaml.CSafeLoader)
    loader = time.perf_counter() - start
    start = time.perf_counter()
    for raw in raws:  # read above: the files are in the page cache either way
        with contextlib.suppress(ValueError):  # JSONDecodeError, UnicodeDecodeError
            json.loads(raw)
    json_loads = time.perf_counter() - start if raws else 0.0
    return {"c_loader": loader, "json_loads": json_loads, "files": float(len(files))}


WORKERS: dict[str, Callable[[str], dict[str, float]]] = {
    "floor": worker_floor,
    "stages": worker_stages,
    "loader": worker_loader,
}
