"""The benchmark's shapes of corpus, each timed side by side with check-jsonschema and
PyYAML's C loader (`python benchmarks/run.py --shapes all`).

Shapes: `quotes` (natural-English quotes quoted across sources), `vocabulary` (a small
vocabulary with many wrong values), `errors` (every E1xx path), `longtexts` (a paragraph
of 150 words as every claim's excerpt, some printed by several sources), `unspaced` (the
same paragraphs in Chinese characters, written without spaces), `archives`
(every source's article archived, one excerpt in five misquoted), `dataset` (the
ordinary corpus against the dataset grown to each size of `--entities`), `misspelt`
(the same corpus against the first grown size with `--misspellings` distinct misspelt
subjects, timed beside the clean corpus), `smallfiles` and `oneclaim` (the ordinary
generator's claims in files of 5 claims, and of one claim, each: a wiki keeps a file
per source), `json` (the ordinary corpus written as JSON claim files, also timed against
the json module's own parse, its true floor) and, with `--million`, a million claims in
20,000 files.

Each repeat runs, in turn and each in a fresh process: `validate` cold (`--no-cache`,
the three reports written), check-jsonschema on the claim files, and the C loader on
every file `validate` parses (the claim files, and apart from them the dataset's when it
is not the shipped one). Taking them in turn, rather than each repeated in a block, keeps the
machine's drift out of the ratios. Reported: medians, the fastest and slowest run, and
the peak resident memory of each command (`wait4`'s `ru_maxrss` of the child).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for folder in (ROOT, HERE):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import run as base  # noqa: E402
import timing  # noqa: E402
from workers import claim_files  # noqa: E402

from validator.dataset.load import load_dataset  # noqa: E402
from validator.dataset.model import Dataset  # noqa: E402

__all__ = ["SHAPES", "Shape", "prepare", "prepare_apart", "run_shapes"]

SHAPES = (
    "json",
    "quotes",
    "vocabulary",
    "errors",
    "longtexts",
    "unspaced",
    "archives",
    "dataset",
    "misspelt",
    "smallfiles",
    "oneclaim",
)
MILLION = (20_000, 50)
# The shapes of many small files: claims per file. The corpus holds as many claims as
# `--size` says, in that many more files (100,000 claims: 20,000 files, 100,000 files).
SMALL_FILES = {"smallfiles": 5, "oneclaim": 1}


@dataclass
class Shape:
    """A corpus to time: its claim files' folder, its dataset, what to compare it with."""

    name: str
    corpus: str
    dataset: str = base.DATASET
    valid: bool = True  # every file passes the schema: check-jsonschema must say so
    clean: str | None = None  # the same corpus without the misspellings, timed beside it
    info: dict[str, Any] = field(default_factory=dict)


def _maker(make: Callable[..., object], *args: Any, **options: Any) -> Callable[[str], object]:
    """`make` to be called with the folder to build first, then `args` and `options`
    (each shape's generator takes the folder first)."""
    return lambda out: make(out, *args, **options)


def _once(folder: str, make: Callable[[str], object]) -> str:
    """Build `folder` with `make` unless a finished one is there (a marker file says so)."""
    marker = os.path.join(ROOT, folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
        print(f"generating {folder}", flush=True)
        make(os.path.join(ROOT, folder))
        with open(marker, "w") as handle:
            handle.write("done\n")
    return folder


def _grown(entities: int, shipped: Dataset) -> str:
    from gen_dataset import grow_dataset

    folder = os.path.join(base.OUT, f"dataset-{entities}")
    return _once(folder, lambda out: grow_dataset(out, base.DATASET, entities, shipped))


def prepare(
    names: list[str], files: int, claims: int, entities: list[int], misspellings: int
) -> list[Shape]:
    """Generate (or reuse) the corpora of the shapes named; return them in order."""
    from gen_archives import generate_archives
    from gen_dataset import generate_misspelt
    from gen_errors import generate_errors
    from gen_long_texts import generate_long_texts, generate_unspaced_long_texts
    from gen_quotes import generate_quotes, generate_vocabulary
    from generate import generate

    shipped = load_dataset(base.DATASET)
    size = f"{files}x{claims}"
    shapes: list[Shape] = []
    makers = {"quotes": generate_quotes, "vocabulary": generate_vocabulary}
    makers["errors"] = generate_errors
    makers["longtexts"] = generate_long_texts
    makers["unspaced"] = generate_unspaced_long_texts
    makers["archives"] = generate_archives
    for name in names:
        if name in makers:
            make = makers[name]
            folder = _once(
                os.path.join(base.OUT, f"shape-{name}-{size}"),
                _maker(make, shipped, files=files, claims=claims),
            )
            shapes.append(Shape(name, folder, valid=name != "errors"))
        elif name in ("dataset", "misspelt"):
            for count in entities if name == "dataset" else entities[:1]:
                grown = _grown(count, shipped)
                clean = _once(
                    os.path.join(base.OUT, f"shape-dataset-{count}-{size}"),
                    _maker(generate, files=files, claims=claims, dataset=grown),
                )
                if name == "dataset":
                    shapes.append(Shape(f"dataset-{count}", clean, grown, info={"entities": count}))
                    continue
                big = load_dataset(grown)
                folder = _once(
                    os.path.join(base.OUT, f"shape-misspelt-{count}-{misspellings}-{size}"),
                    _maker(
                        generate_misspelt, big, files=files, claims=claims, misspelt=misspellings
                    ),
                )
                info = {"entities": count, "misspellings": misspellings}
                shapes.append(Shape(f"misspelt-{count}", folder, grown, clean=clean, info=info))
        elif name == "json":
            folder = _once(
                os.path.join(base.OUT, f"shape-json-{size}"),
                lambda out: generate(out, files=files, claims=claims, fmt="json"),
            )
            shapes.append(Shape("json", folder))
        elif name in SMALL_FILES:
            shapes.append(_small_files(name, files * claims))
        elif name == "million":
            folder = _once(
                os.path.join(base.OUT, "corpus-20000x50"),
                lambda out: generate(out, files=MILLION[0], claims=MILLION[1]),
            )
            shapes.append(Shape("million", folder))
        else:
            raise SystemExit(f"unknown shape {name!r}; choose from {', '.join(SHAPES)}, million")
    return shapes


def _small_files(name: str, total: int) -> Shape:
    """The ordinary generator's `total` claims, `SMALL_FILES[name]` to a file."""
    from generate import generate

    per = SMALL_FILES[name]
    count = max(1, total // per)
    folder = _once(
        os.path.join(base.OUT, f"shape-{name}-{count}x{per}"),
        lambda out: generate(out, files=count, claims=per),
    )
    return Shape(name, folder, info={"claims_per_file": per})


def prepare_apart(
    names: list[str], files: int, claims: int, entities: list[int], misspellings: int
) -> list[Shape]:
    """`prepare` in a process of its own. A command's peak memory as `wait4` reports it is
    at least what the process that started it held (Linux carries the high-water mark
    across the fork and the exec), so the runner must not hold the datasets it grew."""
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        shapes: list[Shape] = pool.apply(prepare, (names, files, claims, entities, misspellings))
    return shapes


def _summary(label: str, runs: list[timing.Run]) -> dict[str, float]:
    walls = [r.wall for r in runs]
    summary = {
        "median_s": timing.median_of(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_median_s": timing.median_of([r.cpu for r in runs]),
        "peak_mib": max(r.peak for r in runs) / 2**20,
        "runs": len(runs),
    }
    print(
        f"  {label:<34} {summary['median_s']:7.2f} s  (min {summary['min_s']:.2f}, "
        f"max {summary['max_s']:.2f}; cpu {summary['cpu_median_s']:.2f} s; "
        f"peak {summary['peak_mib']:.0f} MiB)",
        flush=True,
    )
    return summary


def _cjs_argv(listing: str) -> list[str]:
    """check-jsonschema on the files named in `listing`, one a line, in one process: a
    corpus of 100,000 files names more than a command line may hold."""
    code = (
        "import sys; from check_jsonschema import main; "
        "sys.argv = ['check-jsonschema', '--schemafile', sys.argv[1], "
        "*open(sys.argv[2], encoding='utf-8').read().splitlines()]; main()"
    )
    return [sys.executable, "-c", code, base.SCHEMA, listing]


def measure(bench: base.Bench, shape: Shape, cjs: bool) -> dict[str, Any]:
    """Time one shape: each repeat runs every command once, in turn."""
    files = claim_files(shape.corpus)
    listing = os.path.join(base.OUT, f"files-{shape.name}.txt")
    with open(listing, "w", encoding="utf-8") as handle:
        handle.writelines(f"{path}\n" for path in files)
    print(f"\n{shape.name}: {len(files)} files in {shape.corpus}, dataset {shape.dataset}")
    grown = shape.dataset != base.DATASET  # its files' parse counts too, reported apart
    runs: dict[str, list[timing.Run]] = {"validate": [], "check_jsonschema": [], "clean": []}
    loader: list[float] = []
    loader_dataset: list[float] = []
    json_loads: list[float] = []
    for _ in range(bench.repeat):
        argv = bench.validate_argv(shape.corpus, "--no-cache", "--dataset", shape.dataset)
        runs["validate"].append(timing.timed(argv))
        if shape.clean is not None:
            argv = bench.validate_argv(shape.clean, "--no-cache", "--dataset", shape.dataset)
            runs["clean"].append(timing.timed(argv))
        if cjs:
            done = timing.timed(_cjs_argv(listing))
            if shape.valid and done.status != 0:
                raise RuntimeError(f"check-jsonschema found the {shape.name} corpus invalid")
            runs["check_jsonschema"].append(done)
        parsed = timing.run_worker("loader", shape.corpus)
        loader.append(parsed["c_loader"])
        json_loads.append(parsed.get("json_loads", 0.0))
        if grown:
            loader_dataset.append(timing.run_worker("loader", shape.dataset)["c_loader"])
    entry: dict[str, Any] = {"files": len(files), **shape.info}
    entry["validate"] = _summary("validate, cold, --no-cache", runs["validate"])
    if runs["clean"]:
        entry["validate_clean"] = _summary("validate, the same without them", runs["clean"])
    if runs["check_jsonschema"]:
        entry["check_jsonschema"] = _summary("check-jsonschema", runs["check_jsonschema"])
    entry["c_loader_claims_s"] = timing.median_of(loader)
    entry["c_loader_dataset_s"] = timing.median_of(loader_dataset) if grown else 0.0
    entry["c_loader_s"] = entry["c_loader_claims_s"] + entry["c_loader_dataset_s"]
    entry["json_loads_s"] = timing.median_of(json_loads)
    print(f"  {'PyYAML C loader, claim files':<34} {entry['c_loader_claims_s']:7.2f} s")
    if entry["json_loads_s"]:
        print(f"  {'json module, the JSON files':<34} {entry['json_loads_s']:7.2f} s")
    if grown:
        print(f"  {'PyYAML C loader, dataset files':<34} {entry['c_loader_dataset_s']:7.2f} s")
    entry["ratios"] = ratios(entry)
    for key, value in entry["ratios"].items():
        print(f"  {key:<34} {'-' if value is None else f'{value:.2f}'}")
    return entry


def ratios(entry: dict[str, Any]) -> dict[str, float | None]:
    """The issue's targets as ratios: at most 0.25 of check-jsonschema, at most 1.5 of
    the C loader; misspellings add at most half of a clean run."""
    cold = entry["validate"]["median_s"]
    cjs = (entry.get("check_jsonschema") or {}).get("median_s")
    found: dict[str, float | None] = {
        "over_check_jsonschema": timing.ratio(cold, cjs),
        "over_c_loader": timing.ratio(cold, entry["c_loader_s"]),
    }
    if entry["c_loader_dataset_s"]:
        found["over_c_loader_claims_only"] = timing.ratio(cold, entry["c_loader_claims_s"])
    if entry.get("json_loads_s"):
        found["over_json_loads"] = timing.ratio(cold, entry["json_loads_s"])
    clean = (entry.get("validate_clean") or {}).get("median_s")
    if clean is not None:
        found["misspellings_add_over_clean"] = timing.ratio(cold - clean, clean)
    return found


def run_shapes(bench: base.Bench, shapes: list[Shape], cjs: bool) -> dict[str, Any]:
    if cjs and not timing.has_check_jsonschema():
        print("check-jsonschema is not installed; not timed", flush=True)
        cjs = False
    return {shape.name: measure(bench, shape, cjs) for shape in shapes}
