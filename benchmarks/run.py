"""The benchmark: factlint against check-jsonschema and the YAML parsing floor.

    python benchmarks/run.py                      # 100,000 and 200,000 claims, one big file
    python benchmarks/run.py --repeat 3 --quick   # 100,000 claims only, fewer repeats
    python benchmarks/run.py --json out.json      # also write every timing as JSON

Corpora are generated under benchmarks/out/ (ignored by git) unless they exist: 2,000
files of 50 claims (100,000 claims), 4,000 files of 50 (200,000) and one file of 100,000
claims. Every timing runs in a fresh process and is repeated; the median is reported,
with the fastest and slowest run. Measured, per corpus:

- the whole `validate` run with reports, as the command's wall time, CPU time and peak
  memory: a cold run without cache; for the 100,000-claim corpus also a cold run that
  fills the cache, a warm re-run with nothing changed, a re-run after one file changed,
  and a cold run with another `--jobs` (by default 1: what the cores give);
- each stage on its own, in one process: load, schema, resolve, excerpts, dataset
  checks, cross-source, quotes, the rest of the pipeline, each report;
- PyYAML's C loader alone on the same files: the parsing floor;
- check-jsonschema on the same files with schema/claim-file.schema.json, when installed
  (with ruamel.yaml's C extension if that is installed; `--check-jsonschema-pure` also
  times it with the extension blocked).

Nothing here asserts a time; the numbers go in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

OUT = os.path.join("benchmarks", "out")
SCHEMA = os.path.join("schema", "claim-file.schema.json")

from timing import (  # noqa: E402
    Run,
    has_check_jsonschema,
    machine,
    median_of,
    run_worker,
    summarise,
    timed,
)
from workers import DATASET, WORKERS, claim_files  # noqa: E402

__all__ = ["DATASET", "main"]

# ---------------------------------------------------------------------------------------
# The orchestrator.


class Bench:
    def __init__(self, repeat: int, jobs: int, verbose: bool) -> None:
        self.repeat = repeat
        self.jobs = jobs
        self.verbose = verbose
        self.results: dict[str, Any] = {}

    def say(self, text: str) -> None:
        print(text, flush=True)

    def validate_argv(self, corpus: str, *extra: str) -> list[str]:
        reports = os.path.join(OUT, "reports")
        return [
            sys.executable, "-m", "validator", corpus, "--dataset", DATASET,
            "--reports", reports, "-q", *extra,
        ]  # fmt: skip

    def measure(self, label: str, once: Callable[[], Run]) -> dict[str, float]:
        runs: list[Run] = []
        for _ in range(self.repeat):
            runs.append(once())
            if self.verbose:
                r = runs[-1]
                self.say(
                    f"    {label}: {r.wall:.2f} s, cpu {r.cpu:.2f} s, {r.peak / 2**20:.0f} MiB"
                )
        walls = [r.wall for r in runs]
        summary = {
            "median_s": median_of(walls),
            "min_s": min(walls),
            "max_s": max(walls),
            "cpu_median_s": median_of([r.cpu for r in runs]),
            "peak_mib": max(r.peak for r in runs) / 2**20,
            "runs": len(runs),
        }
        self.say(
            f"  {label:<40} {summary['median_s']:7.2f} s  (min {summary['min_s']:.2f}, "
            f"max {summary['max_s']:.2f}; cpu {summary['cpu_median_s']:.2f} s; "
            f"peak {summary['peak_mib']:.0f} MiB)"
        )
        return summary

    def growth(self, small: str, large: str) -> None:
        """Cold runs on the two corpora in turn, so that the machine's drift over the
        minutes between the corpora's own measurements does not show as growth."""
        self.say("\ngrowth: cold runs on 100,000 and 200,000 claims, alternating")
        walls: dict[str, list[float]] = {"100k": [], "200k": []}
        for _ in range(self.repeat):
            for label, corpus in (("100k", small), ("200k", large)):
                walls[label].append(timed(self.validate_argv(corpus, "--no-cache")).wall)
        medians = {label: median_of(values) for label, values in walls.items()}
        for label, value in medians.items():
            self.say(f"  validate, cold, {label:<29} {value:7.2f} s")
        self.results["growth"] = {
            "median_100k_s": medians["100k"],
            "median_200k_s": medians["200k"],
        }

    def corpus(self, name: str, corpus: str, *, cache: bool, cjs: bool, cjs_pure: bool) -> None:
        files = claim_files(corpus)
        self.say(f"\n{name}: {len(files)} files in {corpus}")
        entry: dict[str, Any] = {"files": len(files)}
        cache_dir = os.path.join(OUT, "cache")

        def validate(*extra: str) -> Callable[[], Run]:
            return lambda: timed(self.validate_argv(corpus, *extra))

        entry["validate_cold"] = self.measure("validate, cold, --no-cache", validate("--no-cache"))
        if cache:
            fill = validate("--cache-dir", cache_dir)

            def cold_cache() -> Run:
                shutil.rmtree(os.path.join(ROOT, cache_dir), ignore_errors=True)
                return fill()

            entry["validate_cold_cache"] = self.measure("validate, cold, filling cache", cold_cache)
            fill()
            entry["validate_warm"] = self.measure("validate, warm, nothing changed", fill)
            changed = files[len(files) // 2]
            with open(changed, "rb") as handle:
                original = handle.read()
            edits = [0]

            def one_changed() -> Run:
                edits[0] += 1
                with open(changed, "wb") as edit:
                    edit.write(original + f"# edit {edits[0]}\n".encode())
                return fill()

            def one_value_changed() -> Run:
                edits[0] += 1
                with open(changed, "wb") as edit:
                    edit.write(_value_edited(original, edits[0]))
                return fill()

            try:
                entry["validate_one_changed"] = self.measure(
                    "validate, warm, one file changed", one_changed
                )
                entry["validate_one_value_changed"] = self.measure(
                    "validate, warm, one claim's value changed", one_value_changed
                )
            finally:
                with open(changed, "wb") as restore:
                    restore.write(original)
            if self.jobs != 0:  # 0 is the command's default, timed above
                entry["validate_cold_jobs"] = self.measure(
                    f"validate, cold, --no-cache --jobs {self.jobs}",
                    validate("--no-cache", "--jobs", str(self.jobs)),
                )

        floors = [run_worker("floor", corpus) for _ in range(self.repeat)]
        entry["floor"] = {k: median_of([f[k] for f in floors]) for k in floors[0]}
        entry["floor_c_loader"] = entry["floor"]["c_loader"]
        for key, value in entry["floor"].items():
            self.say(f"  PyYAML {key:<33} {value:7.2f} s")

        stages = [run_worker("stages", corpus) for _ in range(self.repeat)]
        entry["stages"] = {k: median_of([s[k] for s in stages]) for k in stages[0]}
        for key, value in entry["stages"].items():
            unit = "MB" if key.endswith("_mb") else "" if key in ("claims", "findings") else "s"
            self.say(f"    stage {key:<34} {value:7.2f} {unit}")

        if cjs:
            entry["check_jsonschema"] = self._cjs(files, pure=False)
        if cjs_pure:
            entry["check_jsonschema_pure"] = self._cjs(files, pure=True)
        self.results[name] = entry

    def _cjs(self, files: list[str], *, pure: bool) -> dict[str, float] | None:
        if not has_check_jsonschema():
            self.say("  check-jsonschema is not installed; skipped")
            return None
        block = "sys.modules['_ruamel_yaml'] = None; " if pure else ""
        code = (
            f"import sys; {block}sys.argv[0] = 'check-jsonschema'; "
            "from check_jsonschema import main; main()"
        )
        argv = [sys.executable, "-c", code, "--schemafile", SCHEMA, *files]
        label = "check-jsonschema"
        try:
            import _ruamel_yaml  # type: ignore[import-not-found]  # noqa: F401

            label += " (pure ruamel.yaml)" if pure else " (ruamel.yaml C ext)"
        except ImportError:
            label += " (pure ruamel.yaml)"

        def once() -> Run:
            done = timed(argv)
            if done.status != 0:
                raise RuntimeError("check-jsonschema found the corpus invalid")
            return done

        if not pure:
            return self.measure(label, once)
        repeat, self.repeat = self.repeat, min(self.repeat, 3)  # it is slow: 3 runs at most
        try:
            return self.measure(label, once)
        finally:
            self.repeat = repeat


def _ensure_corpus(name: str, files: int, claims: int) -> str:
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    from generate import generate

    folder = os.path.join(OUT, f"corpus-{name}")
    marker = os.path.join(ROOT, folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
        print(f"generating {files} x {claims} claims into {folder}", flush=True)
        generate(os.path.join(ROOT, folder), files=files, claims=claims)
        with open(marker, "w") as handle:
            handle.write(f"{files} {claims}\n")
    return folder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument(
        "--jobs", type=int, default=1, help="--jobs of the extra cold run (default 1)"
    )
    parser.add_argument("--quick", action="store_true", help="100,000 claims only")
    parser.add_argument("--no-big-file", action="store_true", help="skip the one-file corpus")
    parser.add_argument("--no-check-jsonschema", action="store_true")
    parser.add_argument(
        "--check-jsonschema-pure",
        action="store_true",
        help="also time check-jsonschema with ruamel.yaml's C extension blocked (3 runs)",
    )
    parser.add_argument(
        "--shapes",
        default="base",
        help="comma-separated: base (the runs above), json, quotes, vocabulary, errors, "
        "longtexts, unspaced, archives, dataset, misspelt, smallfiles, oneclaim, or all "
        "(default: base)",
    )
    parser.add_argument(
        "--size",
        default="2000x50",
        help="FILESxCLAIMS of each shape's corpus (default 2000x50: 100,000 claims)",
    )
    parser.add_argument(
        "--entities",
        default="10000,100000",
        help="sizes of the grown dataset, comma-separated (default 10000,100000; "
        "the misspelt shape uses the first)",
    )
    parser.add_argument(
        "--misspellings", type=int, default=1000, help="distinct misspelt subjects (default 1000)"
    )
    parser.add_argument(
        "--million", action="store_true", help="also time 1,000,000 claims in 20,000 files"
    )
    parser.add_argument("--json", metavar="FILE", help="write every timing to FILE")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    os.chdir(ROOT)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.corpus)))
        return 0

    shapes = _shape_names(args.shapes, args.million)
    _byte_compiled()
    info = machine()
    print("machine: " + ", ".join(f"{k}={v}" for k, v in info.items()), flush=True)
    bench = Bench(args.repeat, args.jobs, args.verbose)
    cjs = not args.no_check_jsonschema
    if "base" in shapes:
        _base_runs(bench, args, cjs)
    shapes.discard("base")
    if shapes:
        from run_shapes import SHAPES, prepare_apart, run_shapes

        files, _, claims = args.size.partition("x")
        order = [s for s in (*SHAPES, "million") if s in shapes]
        prepared = prepare_apart(
            order,
            int(files),
            int(claims),
            [int(n) for n in args.entities.split(",")],
            args.misspellings,
        )
        bench.results["shapes"] = run_shapes(bench, prepared, cjs)
    summary = summarise(bench.results)
    print("\nratios (medians):")
    for key, value in summary.items():
        shown = "-" if value is None else f"{value:.2f}"
        print(f"  {key:<34} {shown}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "machine": info,
                    "repeat": args.repeat,
                    "results": bench.results,
                    "summary": summary,
                },
                handle,
                indent=2,
            )
    return 0


_NUMBER_VALUE = re.compile(rb"^(\s+value: )(\d+)[ \t]*$", re.MULTILINE)


def _value_edited(original: bytes, edit: int) -> bytes:
    """The file with the first claim whose value is a whole number given another
    (`edit` more): a change to what a claim says, which the checks across files must
    see, where an appended comment changes only the file's bytes. With no such claim,
    the comment."""
    found = _NUMBER_VALUE.search(original)
    if found is None:
        return original + f"# edit {edit}\n".encode()
    number = str(int(found.group(2)) + edit).encode()
    return original[: found.start(2)] + number + original[found.end(2) :]


def _byte_compiled() -> None:
    """Compile the package's modules to bytecode before anything is timed, as installing
    it does (pip compiles what it installs). The runs import the package from this
    checkout, where nothing else may write the bytecode: with PYTHONDONTWRITEBYTECODE set,
    as on the machine of RESULTS.md, every run compiled every module again (0.1 s of
    each run's start on two cores, which the tools it is timed against, installed,
    never pay)."""
    import compileall

    compileall.compile_dir(os.path.join(ROOT, "validator"), quiet=1)
    setting = os.environ.get("PYTHONDONTWRITEBYTECODE")
    print(f"validator/ byte-compiled (PYTHONDONTWRITEBYTECODE={setting or 'unset'})", flush=True)


def _shape_names(text: str, million: bool) -> set[str]:
    names = {n.strip() for n in text.split(",") if n.strip()}
    if "all" in names:  # every shape run_shapes knows (long texts were left out here)
        from run_shapes import SHAPES

        names = (names - {"all"}) | {"base", *SHAPES}
    if million:
        names.add("million")
    return names


def _base_runs(bench: Bench, args: argparse.Namespace, cjs: bool) -> None:
    """The original benchmark: the generator's corpus at 100,000 and 200,000 claims."""
    corpus = _ensure_corpus("2000x50", 2000, 50)
    bench.corpus("100k", corpus, cache=True, cjs=cjs, cjs_pure=args.check_jsonschema_pure)
    if not args.quick:
        large = _ensure_corpus("4000x50", 4000, 50)
        bench.corpus("200k", large, cache=False, cjs=False, cjs_pure=False)
        bench.growth(corpus, large)
        if not args.no_big_file:
            corpus = _ensure_corpus("1x100000", 1, 100_000)
            bench.corpus("one-file-100k", corpus, cache=False, cjs=cjs, cjs_pure=False)


if __name__ == "__main__":
    raise SystemExit(main())
