"""Does a run grow linearly on corpora of awkward structure? Each shape of
`gen_growth.py` is written at two sizes, `--size` claims and `--factor` times as many,
and `validate` is timed on each, cold and on one process, with a run on one claim for
the fixed cost (starting Python, importing, loading the dataset) that every run pays:

    python benchmarks/growth.py                      # every shape, 1,000 and 4,000 claims
    python benchmarks/growth.py --size 5000 --repeat 5 --shapes one-group,quote-variants

For each shape it prints the CPU seconds at each size less the fixed cost, and the
exponent they imply: log(larger / smaller) / log(factor), 1 for a run that grows
linearly and 2 for one that grows with the square of the claims. CPU (user and system)
rather than wall time, on one process (`--jobs 1`): a second process or other work on
the machine changes the wall time, much less the CPU a run takes. Medians of `--repeat`
runs, each in a fresh process, the sizes taken in turn. Everything is written under
`benchmarks/out/growth/`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for folder in (ROOT, HERE):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import run as base  # noqa: E402
import timing  # noqa: E402
from gen_growth import GROWTH_SHAPES, write_growth  # noqa: E402

from validator.dataset.load import load_dataset  # noqa: E402

__all__ = ["exponent", "main"]

OUT = os.path.join(base.OUT, "growth")
# An exponent above this is reported as faster than linear: two sizes four times apart
# measured on a busy machine drift by a tenth either way. A shape whose larger corpus
# costs less than the fixed cost is not judged: the fixed cost's spread (a tenth of a
# second) is then a large share of what is measured.
LINEAR = 1.15


def exponent(smaller: float, larger: float, factor: float) -> float:
    """The power of the size that CPU seconds `smaller` and `larger` (the fixed cost
    taken off both) imply for sizes `factor` apart; nan when either is not above 0."""
    if smaller <= 0 or larger <= 0:
        return math.nan
    return math.log(larger / smaller) / math.log(factor)


def _corpus(shape: str, size: int) -> str:
    folder = os.path.join(OUT, f"{shape}-{size}")
    marker = os.path.join(ROOT, folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
        write_growth(os.path.join(ROOT, folder), shape, size, load_dataset(base.DATASET))
        with open(marker, "w") as handle:
            handle.write("done\n")
    return folder


def _argv(corpus: str) -> list[str]:
    reports = os.path.join(OUT, "reports")
    return [
        sys.executable, "-m", "validator", corpus, "--dataset", base.DATASET,
        "--no-cache", "--jobs", "1", "--reports", reports, "-q",
    ]  # fmt: skip


def _cpu(corpus: str) -> timing.Run:
    return timing.timed(_argv(corpus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="claims of the smaller corpus")
    parser.add_argument("--factor", type=int, default=4, help="how many times larger the other")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (default 3)")
    parser.add_argument("--shapes", default="all", help="comma-separated, or all")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    names = list(GROWTH_SHAPES) if args.shapes == "all" else args.shapes.split(",")
    unknown = [name for name in names if name not in GROWTH_SHAPES]
    if unknown:
        parser.error(f"unknown shape {unknown[0]!r}; the shapes: {', '.join(GROWTH_SHAPES)}")
    sizes = (args.size, args.size * args.factor)
    fixed = statistics.median(_cpu(_corpus("one-group", 1)).cpu for _ in range(args.repeat))
    print(f"fixed cost (one claim): {fixed:.2f} s of CPU", flush=True)
    print(f"{'shape':<22}{sizes[0]:>10,}{sizes[1]:>10,}  exponent  peak (larger)")
    shapes: dict[str, object] = {}
    results = {"fixed_cpu_s": fixed, "sizes": list(sizes), "shapes": shapes}
    for name in names:
        corpora = [_corpus(name, size) for size in sizes]
        runs: list[list[timing.Run]] = [[], []]
        for _ in range(args.repeat):  # in turn: the machine's drift falls on both
            for index, corpus in enumerate(corpora):
                runs[index].append(_cpu(corpus))
        cpu = [statistics.median(run.cpu for run in each) - fixed for each in runs]
        power = exponent(cpu[0], cpu[1], args.factor)
        peak = max(run.peak for run in runs[1]) / 2**20
        verdict = "" if math.isnan(power) or power <= LINEAR else "  faster than linear"
        if cpu[1] < fixed:  # the fixed cost's own spread outweighs what is measured
            verdict = "  too little to tell: take a larger --size"
        print(
            f"{name:<22}{cpu[0]:>9.2f}s{cpu[1]:>9.2f}s  {power:8.2f}  {peak:7.0f} MiB{verdict}",
            flush=True,
        )
        shapes[name] = {"cpu_s": cpu, "exponent": power, "peak_mib": peak}
    if args.json:  # the machine beside the figures, as run.py writes its own
        results["machine"] = timing.machine()
        with open(args.json, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
