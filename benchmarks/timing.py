"""Timing a command as the benchmark does: its wall time, CPU time and peak memory in a
fresh process (`timed`), a worker of run.py run apart (`run_worker`), medians and
ratios of what was timed, the targets read as ratios of medians (`summarise`), and
the machine it was timed on (`machine`).

Nothing here asserts a time; the numbers go in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

__all__ = [
    "Run",
    "has_check_jsonschema",
    "machine",
    "median_of",
    "ratio",
    "run_worker",
    "summarise",
    "timed",
]


class Run:
    """One command: wall time, CPU time (user + system), peak memory, exit status."""

    def __init__(self, wall: float, cpu: float, peak: int, status: int) -> None:
        self.wall, self.cpu, self.peak, self.status = wall, cpu, peak, status


def timed(argv: Sequence[str]) -> Run:
    """Run `argv` from the repository's root with its output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stderr is not None
    error = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv[:4])}… failed: {error.decode(errors='replace')}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, peak, process.returncode)


def run_worker(name: str, corpus: str) -> dict[str, float]:
    argv = [sys.executable, os.path.join("benchmarks", "run.py"), "--worker", name, corpus]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=True)
    data: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


def median_of(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def has_check_jsonschema() -> bool:
    """Whether check-jsonschema, timed beside factlint, is installed: looked up, not
    imported (it ships no type information, and is optional)."""
    return importlib.util.find_spec("check_jsonschema") is not None


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            fields = dict(
                (k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in handle)
            )
        cpu = f"{fields['model name']} (family {fields['cpu family']}, model {fields['model']})"
    except (OSError, KeyError):
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(handle.readline().split()[1])
            memory = f"{kib / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from importlib import metadata

    versions = {}
    for dist in (
        *("PyYAML", "jsonschema", "pydantic", "jsonschema-rs", "fastjsonschema"),
        *("check-jsonschema", "ruamel.yaml", "ruamel.yaml.clib"),
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "-"
    from validator.parse.schema_fast import backend

    return {
        "schema_fast_path": backend("claim-file.schema.json") or "none",
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
        **versions,
    }


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b:
        return None
    return a / b


def summarise(results: dict[str, Any]) -> dict[str, float | None]:
    """The targets, as ratios of medians."""
    base = results.get("100k", {})

    def median(entry: dict[str, Any], key: str) -> float | None:
        found = entry.get(key) or {}
        value = found.get("median_s")
        return float(value) if value is not None else None

    cold = median(base, "validate_cold")
    shapes = {
        f"{shape}_{key}": value
        for shape, entry in (results.get("shapes") or {}).items()
        for key, value in entry["ratios"].items()
    }
    return {
        "cold_over_check_jsonschema": ratio(cold, median(base, "check_jsonschema")),
        "cold_over_check_jsonschema_pure": ratio(cold, median(base, "check_jsonschema_pure")),
        "cold_over_c_loader": ratio(cold, base.get("floor_c_loader")),
        "growth_200k_over_100k": ratio(median(results.get("200k", {}), "validate_cold"), cold),
        "growth_interleaved": ratio(
            results.get("growth", {}).get("median_200k_s"),
            results.get("growth", {}).get("median_100k_s"),
        ),
        "peak_mib_100k": (base.get("validate_cold") or {}).get("peak_mib"),
        "cold_over_warm": ratio(cold, median(base, "validate_warm")),
        "cold_cache_over_warm": ratio(
            median(base, "validate_cold_cache"), median(base, "validate_warm")
        ),
        "cold_over_one_changed": ratio(cold, median(base, "validate_one_changed")),
        "cold_over_one_value_changed": ratio(cold, median(base, "validate_one_value_changed")),
        "cold_jobs_over_cold": ratio(median(base, "validate_cold_jobs"), cold),
        **shapes,
    }
