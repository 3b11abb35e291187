"""What a remembered run is keyed by (validator.cli.run_key): the same inputs, settings
and surroundings give the same key, and a change to any of them another."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from validator.cli.parser import build_parser
from validator.cli.plan import Plan
from validator.cli.run_key import run_key
from validator.model.findings import Finding, Severity
from validator.read.files import Limits
from validator.report.terminal import COLOUR, PLAIN, Style
from validator.run_settings import Options
from validator.speed.run_cache import RunCache

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
PLAN = Plan(
    paths=("claims",),
    dataset="dataset",
    cache_dir=None,
    reports=None,
    in_actions=False,
    format="text",
    claimreview=None,
    docs_url=None,
)
OPTIONS = Options(dataset="dataset", today=date(2026, 11, 22))


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "good.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _key(
    plan: Plan = PLAN,
    options: Options = OPTIONS,
    argv: tuple[str, ...] = (),
    style: Style = PLAIN,
) -> str:
    args: argparse.Namespace = build_parser().parse_args(list(argv))
    return run_key(RunCache("cache", b"k" * 32), plan, options, args, style)[0]


def test_the_same_run_has_the_same_key_and_reads_each_file_once(project: Path) -> None:
    runs = RunCache("cache", b"k" * 32)
    args = build_parser().parse_args([])
    key, read, dataset, claims, frame = run_key(runs, PLAN, OPTIONS, args, PLAIN)
    assert key == _key()
    good = os.path.join("claims", "good.yaml")
    assert claims == ((good, hashlib.sha256(CLAIMS.encode()).hexdigest()),)
    assert frame not in (key, runs.key((), [], ()))
    assert read == {os.path.join("claims", "good.yaml"): CLAIMS.encode()}
    assert sorted(os.path.basename(path) for path, _ in dataset) == sorted(
        p.name for p in (project / "dataset").iterdir() if p.suffix == ".yaml"
    )


def test_another_secret_another_key(project: Path) -> None:
    args = build_parser().parse_args([])
    first = run_key(RunCache("cache", b"k" * 32), PLAN, OPTIONS, args, PLAIN)[0]
    assert run_key(RunCache("cache", b"j" * 32), PLAN, OPTIONS, args, PLAIN)[0] != first


@pytest.mark.parametrize(
    "change",
    [
        "a claim file's bytes",
        "a new claim file",
        "a claim file's name",
        "the dataset",
        "the day",
        "fail-on",
        "the rules",
        "the limits",
        "the baseline",
        "the format",
        "quiet",
        "verbose",
        "statistics",
        "show-source",
        "colour",
        "the reports folder",
        "a report option",
        "the working folder",
        "in actions",
        "a job summary",
    ],
)
def test_any_change_is_another_key(
    project: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    before = _key()
    plan, options, argv, style = PLAN, OPTIONS, (), PLAIN
    claims = project / "claims"
    if change == "a claim file's bytes":
        (claims / "good.yaml").write_text(CLAIMS.replace("22", "23"), encoding="utf-8")
    elif change == "a new claim file":
        (claims / "more.yaml").write_text(CLAIMS.replace("good", "more"), encoding="utf-8")
    elif change == "a claim file's name":
        (claims / "good.yaml").rename(claims / "good\n.yaml")
    elif change == "the dataset":
        people = project / "dataset" / "people.yaml"
        people.write_text(people.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "the day":
        options = replace(OPTIONS, today=date(2026, 11, 23))
    elif change == "fail-on":
        options = replace(OPTIONS, fail_on=Severity.WARNING)
    elif change == "the rules":
        options = replace(OPTIONS, rules=replace(OPTIONS.rules, select=("D",)))
    elif change == "the limits":
        options = replace(OPTIONS, limits=Limits(max_file_bytes=1000))
    elif change == "the baseline":
        options = replace(OPTIONS, baseline={"abc": "known"})
    elif change == "the format":
        plan = replace(PLAN, format="json")
    elif change in ("quiet", "verbose", "statistics", "show-source"):
        argv = (f"--{change}",)
    elif change == "colour":
        style = COLOUR
    elif change == "the reports folder":
        plan = replace(PLAN, reports="reports")
    elif change == "a report option":
        argv = ("--sarif", "out.sarif")
    elif change == "the working folder":
        (project / "elsewhere").mkdir()
        shutil.copytree(claims, project / "elsewhere" / "claims")
        shutil.copytree(project / "dataset", project / "elsewhere" / "dataset")
        monkeypatch.chdir(project / "elsewhere")
    elif change == "in actions":
        plan = replace(PLAN, in_actions=True)
    else:
        plan = replace(PLAN, in_actions=True)
        before = _key(plan)
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(project / "summary.md"))
    assert _key(plan, options, argv, style) != before


def test_a_summary_file_with_less_room_than_the_summary_takes_is_another_run(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary is cut to the room GitHub's 1 MiB leaves beside what the file holds:
    a remembered summary cut to other room is not repeated, but a few bytes there (the
    last run's own summary) change nothing, so a re-run is still repeated."""
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    plan = replace(PLAN, in_actions=True)
    empty = _key(plan)
    for held, same in ((48_576, True), (48_577, False), (1_040_000, False)):
        summary.write_bytes(b"x" * held)
        assert (_key(plan) == empty) is same, held
    first = _key(plan)
    summary.write_bytes(b"x" * 1_040_001)
    assert _key(plan) != first


def test_a_claim_file_that_cannot_be_read_keys_by_its_finding(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable file is keyed by what is wrong with it: the same problem next time
    is the same run, another problem another."""
    import validator.read.held_bytes as module  # what reads them for the key

    problems = iter(["unreadable A", "unreadable A", "unreadable B"])

    def unreadable(path: str, limits: Limits) -> Finding:
        return Finding("E101", Severity.ERROR, next(problems))

    monkeypatch.setattr(module, "read_bytes", unreadable)
    first, second, third = _key(), _key(), _key()
    assert first == second != third


def test_the_files_read_to_key_the_run_are_bounded_together(project: Path) -> None:
    """Every claim file is read to key the run and held for it: past the bound on what
    one run reads, a file is not read, and the run checks its E101."""
    (project / "claims" / "more.yaml").write_text(CLAIMS, encoding="utf-8")
    size = len(CLAIMS.encode())
    options = replace(OPTIONS, limits=Limits(max_claim_bytes=size + 1))
    args = build_parser().parse_args([])
    read = run_key(RunCache("cache", b"k" * 32), PLAN, options, args, PLAIN)[1]
    good, more = os.path.join("claims", "good.yaml"), os.path.join("claims", "more.yaml")
    assert read[good] == CLAIMS.encode()
    refused = read[more]
    assert isinstance(refused, Finding) and refused.message == (
        f"not read: the claim files read before it hold {size} bytes, and its {size} more "
        f"would pass the limit of {size + 1} that one run reads; check the claim files in "
        "several runs, naming some of their folders in each"
    )
