"""The dataset cache: loading a grown dataset parsed (cold) against read back (warm).

    python benchmarks/dataset_cache.py                       # 10,000 and 100,000 entities
    python benchmarks/dataset_cache.py --entities 10000 --repeat 5
    python benchmarks/dataset_cache.py --corpus 200x50      # also whole runs on a corpus

Datasets are grown by gen_dataset.py under benchmarks/out/dataset-N (shared with
run_shapes.py). Every timing is a fresh process, and the cold and warm loads run in
turn, side by side, so that a busy machine slows both alike; the median is reported,
with the fastest and slowest. Measured per size:

- cold: `pipeline.load_dataset_cached` with no cache folder (what --no-cache does);
- fill: the same with an empty cache folder (parsing, then writing the entry);
- warm: the same with the entry in place;
- the entry's size, the time to pickle and unpickle it (in one process);
- with --corpus, the whole `validate` run on the ordinary generator's corpus against
  the dataset, with an empty cache folder and with only the dataset in it (the cached
  claim files and remembered runs removed before each run, so both parse every claim
  file and write its entry).

Nothing here asserts a time; the numbers go in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for path in (ROOT, HERE):
    if path not in sys.path:
        sys.path.insert(0, path)

import run as base  # noqa: E402
import timing  # noqa: E402

CACHE = os.path.join(base.OUT, "dataset-cache")


def worker(dataset: str, cache: str) -> dict[str, float]:
    """Load `dataset` once, through the cache in `cache` ("-": none)."""
    from validator.pipeline import load_dataset_cached

    start = time.perf_counter()
    loaded = load_dataset_cached(dataset, None if cache == "-" else cache)
    return {"wall": time.perf_counter() - start, "entities": float(len(loaded.entities))}


def entry_worker(dataset: str) -> dict[str, float]:
    """The entry of `dataset`: its size, and pickling and unpickling it."""
    from validator.dataset.load import load_dataset
    from validator.drive_dataset import dumps, loads

    loaded = load_dataset(dataset)
    start = time.perf_counter()
    payload = dumps(loaded)
    dumped = time.perf_counter() - start
    start = time.perf_counter()
    back = loads(payload)
    read = time.perf_counter() - start
    assert back == loaded
    return {"bytes": float(len(payload)), "dumps": dumped, "loads": read}


def _load(dataset: str, cache: str) -> timing.Run:
    """A process that loads `dataset`: its wall time and peak memory as the parent sees
    them, and `inside`, the load alone (without starting Python and importing)."""
    script = os.path.join("benchmarks", "dataset_cache.py")
    argv = [sys.executable, script, "--worker", dataset, cache]
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"loading {dataset} failed")
    run = timing.Run(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, 0, 0)
    run.peak = usage.ru_maxrss * 1024
    run.inside = json.loads(out)["wall"]  # type: ignore[attr-defined]
    return run


def _summary(label: str, runs: list[timing.Run], say: Callable[[str], None]) -> dict[str, float]:
    walls = sorted(r.wall for r in runs)
    peaks = sorted(r.peak for r in runs)
    result = {
        "wall_s": timing.median_of(walls),
        "min_s": walls[0],
        "max_s": walls[-1],
        "peak_mib": timing.median_of(peaks) / 2**20,
    }
    inside = [getattr(r, "inside", None) for r in runs]
    extra = ""
    if None not in inside:
        result["load_s"] = timing.median_of([float(x) for x in inside if x is not None])
        extra = f"  (load alone {result['load_s']:.2f} s)"
    say(
        f"  {label:<34} {result['wall_s']:7.2f} s  ({walls[0]:.2f}-{walls[-1]:.2f})"
        f"  peak {result['peak_mib']:6.0f} MiB{extra}"
    )
    return result


def _fresh(folder: str) -> None:
    """`folder` gone, and its parent there: factlint makes the cache folder itself, but
    not the folders above it."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.dirname(folder), exist_ok=True)


def measure(entities: int, repeat: int, corpus: str | None) -> dict[str, object]:
    from run_shapes import _grown

    from validator.dataset.load import load_dataset

    dataset = _grown(entities, load_dataset(base.DATASET))
    cache = os.path.join(CACHE, str(entities))
    print(f"\n{entities} entities: {dataset}", flush=True)
    cold: list[timing.Run] = []
    fill: list[timing.Run] = []
    warm: list[timing.Run] = []
    for _ in range(repeat):  # in turn: each kind sees the machine as the others do
        cold.append(_load(dataset, "-"))
        _fresh(cache)
        fill.append(_load(dataset, cache))
        warm.append(_load(dataset, cache))
    results: dict[str, object] = {
        "cold": _summary("cold (parsed, no cache)", cold, print),
        "fill": _summary("fill (parsed, entry written)", fill, print),
        "warm": _summary("warm (read back)", warm, print),
    }
    entry = json.loads(
        subprocess.run(
            [sys.executable, os.path.join("benchmarks", "dataset_cache.py"), "--entry", dataset],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        ).stdout
    )
    print(
        f"  entry {entry['bytes'] / 2**20:.1f} MiB, pickled in {entry['dumps']:.2f} s, "
        f"unpickled in {entry['loads']:.2f} s",
        flush=True,
    )
    results["entry"] = entry
    if corpus:
        results["runs"] = _whole_runs(entities, dataset, corpus, repeat)
    return results


def _whole_runs(entities: int, dataset: str, size: str, repeat: int) -> dict[str, object]:
    """The whole run with --no-cache, and with only the dataset cache warm."""
    files, claims = (int(n) for n in size.split("x"))
    folder = os.path.join(base.OUT, f"dataset-cache-corpus-{entities}-{size}")
    # Generated in a process of its own: the runner must not hold the loaded dataset,
    # whose memory Linux would count in every child's peak (see README.md).
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        base_corpus: str = pool.apply(_corpus, (folder, dataset, files, claims))
    cache = os.path.join(CACHE, f"run-{entities}")
    argv = [
        sys.executable, "-m", "validator", base_corpus, "--dataset", dataset,
        "--reports", os.path.join(base.OUT, "reports"), "-q",
    ]  # fmt: skip
    _fresh(cache)
    argv += ["--cache-dir", cache]
    timing.timed(argv)  # fills the dataset cache
    cold: list[timing.Run] = []
    warm: list[timing.Run] = []
    for _ in range(repeat):  # in turn; both parse every claim file and write its entry
        for kind, runs in (("cold", cold), ("warm", warm)):
            for name in os.listdir(cache):
                if os.path.isdir(os.path.join(cache, name)) and (
                    name != "datasets" or kind == "cold"
                ):
                    shutil.rmtree(os.path.join(cache, name))
            runs.append(timing.timed(argv))
    print(f"  whole run, {files} files x {claims} claims:", flush=True)
    return {
        "cold": _summary("run, empty cache", cold, print),
        "warm": _summary("run, only the dataset cached", warm, print),
    }


def _corpus(folder: str, dataset: str, files: int, claims: int) -> str:
    """The ordinary generator's corpus against `dataset`, made once."""
    from gen_dataset import generate_misspelt
    from run_shapes import _once

    from validator.dataset.load import load_dataset

    big = load_dataset(dataset)
    return _once(
        folder, lambda out: generate_misspelt(out, big, files=files, claims=claims, misspelt=0)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--entry", help=argparse.SUPPRESS)
    parser.add_argument("--entities", default="10000,100000", help="sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind (default 3)")
    parser.add_argument("--corpus", metavar="FILESxCLAIMS", help="also time whole runs")
    parser.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    if args.entry:
        print(json.dumps(entry_worker(args.entry)))
        return 0
    print("machine: " + ", ".join(f"{k}={v}" for k, v in timing.machine().items()), flush=True)
    results = {
        size: measure(int(size), args.repeat, args.corpus) for size in args.entities.split(",")
    }
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
