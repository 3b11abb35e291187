"""The files a run writes are checked before the run: each its own, none a file the run
reads, each in a folder that exists, and the cache folder named one the cache can be kept
in; otherwise exit 2 and one line, and nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli import written_paths
from validator.cli.main import main
from validator.read.files import Limits
from validator.read.held_bytes import HeldBytes

GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return claims_project(tmp_path / "project", monkeypatch, {"good.yaml": GOOD})


def refused(capsys: pytest.CaptureFixture[str], argv: list[str], line: str) -> None:
    assert main(["--no-cache", *argv]) == 2
    assert capsys.readouterr() == ("", f"validate: {line}\n")


def test_an_output_is_never_a_claim_file_the_run_reads(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--junit claims/good.yaml` replaced the claim file (the walk passed over it, so it
    was not even checked) and exited 0."""
    refused(
        capsys,
        ["--no-reports", "--junit", "claims/good.yaml"],
        "--junit: 'claims/good.yaml' is a claim file this run reads; "
        "name another file for the output",
    )
    refused(
        capsys,
        ["claims/good.yaml", "--no-reports", "-o", "claims/good.yaml"],
        "--output-file: 'claims/good.yaml' is a claim file this run reads; "
        "name another file for the output",
    )
    assert (project / "claims" / "good.yaml").read_text(encoding="utf-8") == GOOD


NEVER_WRITTEN = "is a YAML file, which factlint never writes (a claim file?)"
JSON_CLAIM = '{"source": {"id": "other"}, "claims": []}\n'
OTHERS = {"claims/other.yaml": GOOD, "ci.yml": "on: push\n", "claims/other.json": JSON_CLAIM}


@pytest.mark.parametrize(
    ("argv", "why"),
    [
        (
            ["--sarif", "claims/other.yaml", "claims/good.yaml"],
            f"--sarif: 'claims/other.yaml' {NEVER_WRITTEN}",
        ),
        (["claims/good.yaml", "-o", "ci.yml"], f"--output-file: 'ci.yml' {NEVER_WRITTEN}"),
        (
            ["--sarif", "claims/other.json", "claims/good.yaml"],
            "--sarif: 'claims/other.json' is a claim file (its source and claims); this run "
            "does not read it",
        ),
    ],
)
def test_an_output_is_never_a_file_the_run_does_not_read_but_did_not_write(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], why: str
) -> None:
    """`--sarif claims/other.yaml claims/good.yaml` (the option's file forgotten, the
    next claim file taken for it) replaced the claim file the run was not given, with
    exit status 0: factlint writes no YAML, so no existing YAML file is its output, and
    none of its JSON outputs has a source and claims."""
    for name, text in OTHERS.items():
        (project / name).write_text(text, encoding="utf-8")
    refused(capsys, ["--no-reports", *argv], f"{why}; name another file for the output")
    for name, text in OTHERS.items():
        assert (project / name).read_text(encoding="utf-8") == text


def test_the_last_runs_json_output_is_replaced(project: Path) -> None:
    for _ in range(2):
        assert main(["claims/good.yaml", "--no-cache", "-q", "--sarif", "out.json"]) == 0
        assert main(["claims/good.yaml", "--no-cache", "-q", "--format=json", "-o=out.json"]) == 0


def test_the_last_runs_own_json_outputs_are_replaced_unparsed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each JSON output factlint writes (the report, SARIF, ClaimReview, a baseline) is
    told by its first key and replaced without being parsed: parsing the last run's
    report, megabytes for a large corpus, took longer on each run than a run with
    nothing changed takes in all. A JSON file that opens otherwise is still parsed."""
    assert main(["--no-cache", "-q", "--sarif", "out.sarif", "--write-baseline", "b.json"]) == 0
    (project / "review.json").write_text('{"@context": "https://schema.org"}\n')
    parsed: list[int] = []
    real_loads = written_paths.json.loads
    monkeypatch.setattr(
        written_paths.json, "loads", lambda text: parsed.append(1) or real_loads(text)
    )
    outputs = ["--sarif", "out.sarif", "--junit", "review.json", "-o", "b.json"]
    assert main(["--no-cache", "-q", *outputs]) == 0
    assert parsed == []
    (project / "other.json").write_text('{"claims": [], "tool": {}}\n')
    assert main(["--no-cache", "-q", "--no-reports", "--sarif", "other.json"]) == 0
    assert parsed == [1]


def test_an_output_may_be_a_yaml_name_that_is_no_file_yet(project: Path) -> None:
    assert main(["--no-cache", "--no-reports", "-q", "claims/good.yaml", "-o", "out.yaml"]) == 0
    assert (project / "out.yaml").read_text(encoding="utf-8").startswith("factlint: 1 file")


def test_an_output_in_a_claims_folder_that_is_no_claim_file_is_written(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The walk passes over the run's own outputs, so `validate . --junit x.xml` goes on
    working; only YAML, which factlint never writes, is taken for a claim file."""
    assert main(["--no-cache", "--no-reports", "-q", "--junit", "claims/junit.xml"]) == 0
    assert main(["--no-cache", "--no-reports", "-q", "--junit", "claims/junit.xml"]) == 0
    assert (project / "claims" / "junit.xml").read_text(encoding="utf-8").startswith("<?xml")


def test_an_output_is_never_the_dataset_the_configuration_or_the_baseline(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    films = project / "dataset" / "film.yaml"
    before = films.read_bytes()
    (project / "baseline.json").write_text('{"version": 1, "findings": []}\n')
    refused(
        capsys,
        ["--no-reports", "--sarif", "dataset/film.yaml"],
        "--sarif: 'dataset/film.yaml' is in the dataset; name another file for the output",
    )
    refused(
        capsys,
        ["--no-reports", "--junit", "dataset/more.yaml"],
        "--junit: 'dataset/more.yaml' is in the dataset; name another file for the output",
    )
    refused(
        capsys,
        ["--no-reports", "-o", "pyproject.toml"],
        "--output-file: 'pyproject.toml' is the configuration file; "
        "name another file for the output",
    )
    refused(
        capsys,
        ["--no-reports", "--baseline", "baseline.json", "--sarif", "baseline.json"],
        "--sarif: 'baseline.json' is the baseline this run reads; name another file for the output",
    )
    assert films.read_bytes() == before
    assert (project / "pyproject.toml").read_text() == '[tool.factlint]\ndataset = "dataset"\n'


IN_DATASET = "is in the dataset; name another file for the output"


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--reports", "dataset"], f"--reports: 'dataset/consistency.html' {IN_DATASET}"),
        (["--reports", "dataset/out"], f"--reports: 'dataset/out/consistency.html' {IN_DATASET}"),
        (
            ["--no-reports", "--junit", "dataset/junit.xml"],
            f"--junit: 'dataset/junit.xml' {IN_DATASET}",
        ),
        (
            ["--no-reports", "--sarif", "dataset/out.sarif"],
            f"--sarif: 'dataset/out.sarif' {IN_DATASET}",
        ),
        (
            ["--no-reports", "-o", "dataset/lint.txt"],
            f"--output-file: 'dataset/lint.txt' {IN_DATASET}",
        ),
        (
            ["--no-reports", "--claimreview", "dataset/review.json"],
            f"--claimreview: 'dataset/review.json' {IN_DATASET}",
        ),
        (
            ["--no-reports", "--write-baseline", "dataset/baseline.json"],
            f"--write-baseline: 'dataset/baseline.json' {IN_DATASET}",
        ),
        (["--no-reports", "--junit", "data/junit.xml"], f"--junit: 'data/junit.xml' {IN_DATASET}"),
    ],
)
def test_no_output_goes_into_the_dataset_s_folder_from_the_first_run_on(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    """`reports = "dataset"` wrote the reports into the dataset's folder with exit status
    0, and every run after was exit 2, the reports there now files in the dataset; so did
    each other output. The dataset's folder is the run's input: an output in it is
    refused from the first run on, through a link to the folder too."""
    (project / "data").symlink_to("dataset")
    with open(project / "pyproject.toml", "a", encoding="utf-8") as config:  # --claimreview
        config.write(
            'publisher = {name = "Example", url = "https://example.org"}\n'
            'review-url = "https://example.org/{source}/{claim}"\n'
        )
    before = sorted(path.name for path in (project / "dataset").iterdir())
    for _ in range(2):
        refused(capsys, argv, line)
    assert sorted(path.name for path in (project / "dataset").iterdir()) == before


def test_two_outputs_never_name_one_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--junit out.xml --sarif out.xml` kept only the SARIF, `--junit
    reports/consistency.json` replaced the JSON report, both with exit status 0."""
    refused(
        capsys,
        ["--no-reports", "--junit", "out.xml", "--sarif", "out.xml"],
        "--sarif: 'out.xml' is also written by --junit; give each output its own file",
    )
    refused(
        capsys,
        ["--no-reports", "-o", "out.txt", "--write-baseline", "./out.txt"],
        "--write-baseline: './out.txt' is also written by --output-file; "
        "give each output its own file",
    )
    refused(
        capsys,
        ["--reports", "out", "--junit", "out/consistency.json"],
        "--junit: 'out/consistency.json' is also written by --reports; "
        "give each output its own file",
    )
    assert not (project / "out.xml").exists()
    assert not (project / "out").exists()


def test_a_device_may_take_several_outputs(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--no-cache", "--no-reports", "-q", "--junit", "/dev/null", "--sarif", "/dev/null"]
    assert main(argv) == 0
    assert capsys.readouterr().err == ""


def test_an_output_s_folder_must_exist_before_the_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was found only once the checks were done, as `cannot write reports: cannot
    write build/junit.xml: No such file or directory`."""
    refused(
        capsys,
        ["--no-reports", "--junit", "build/junit.xml"],
        "--junit: 'build/junit.xml': the folder 'build' does not exist; "
        "create it, or name a file in a folder that does",
    )
    refused(
        capsys,
        ["--no-reports", "--write-baseline", "build/baseline.json"],
        "--write-baseline: 'build/baseline.json': the folder 'build' does not exist; "
        "create it, or name a file in a folder that does",
    )


def test_write_baseline_may_replace_the_baseline_it_was_given(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "baseline.json").write_text('{"version": 1, "findings": []}\n')
    argv = ["--no-cache", "--baseline", "baseline.json", "--write-baseline", "baseline.json"]
    assert main(argv) == 0
    assert capsys.readouterr().err == "validate: wrote 0 findings to baseline.json\n"


def test_an_output_may_go_into_the_reports_folder_the_run_creates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-cache", "-q", "--reports", "out", "--junit", "out/junit.xml"]) == 0
    assert (project / "out" / "junit.xml").is_file()


@pytest.mark.parametrize(
    ("cache_dir", "problem"),
    [
        ("notes.txt", "'notes.txt' is a file, not a folder"),
        (
            "notes.txt/cache",
            "'notes.txt/cache' cannot be made: 'notes.txt' is a file, not a folder",
        ),
        ("notes.txt/a/b", "'notes.txt/a/b' cannot be made: 'notes.txt' is a file, not a folder"),
        ("kept-link", "'kept-link' is a symbolic link, which the cache does not enter"),
        ("kept-link/", "'kept-link/' is a symbolic link, which the cache does not enter"),
    ],
)
def test_a_cache_folder_that_cannot_be_kept_stops_the_run_before_it(
    project: Path, capsys: pytest.CaptureFixture[str], cache_dir: str, problem: str
) -> None:
    """The run went on without its cache and said nothing, so every run was a cold one:
    exit 2 before the run, with what to change, and nothing checked or written."""
    (project / "notes.txt").write_text("x", encoding="utf-8")
    (project / "kept").mkdir()
    (project / "kept-link").symlink_to("kept")
    assert main(["--no-reports", "--cache-dir", cache_dir]) == 2
    assert capsys.readouterr() == (
        "",
        f"validate: --cache-dir: {problem}; name another folder, or run without a cache "
        "(--no-cache)\n",
    )
    assert not (project / "user-cache").exists() and list((project / "kept").iterdir()) == []


def test_a_cache_folder_named_where_none_is_yet_is_made_and_used(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--cache-dir build/cache` before build/ exists: made as `mkdir -p` makes it (it
    was not, and the run went uncached), and marked as a cache."""
    assert main(["--no-reports", "-q", "--cache-dir", "build/cache"]) == 0
    assert capsys.readouterr().err == ""
    made = {path.name for path in (project / "build" / "cache").iterdir()}
    assert {".gitignore", "CACHEDIR.TAG", "datasets", "runs"} < made and len(made) == 5
    assert main(["--no-reports", "-q", "--cache-dir", "build/cache"]) == 0
    assert capsys.readouterr().err == ""


def test_a_cache_folder_in_a_folder_you_may_not_write_in_stops_the_run(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder, as `os.access` reports it for the user (the superuser may
    write anywhere, so the test has it say no)."""
    (project / "read-only").mkdir()
    refuses = {"read-only", "read-only/cache"}
    monkeypatch.setattr(os, "access", lambda path, mode: os.fspath(path) not in refuses)
    for cache_dir, problem in (
        ("read-only", "'read-only' is a folder you may not write in"),
        (
            "read-only/cache",
            "'read-only/cache' cannot be made: 'read-only' is a folder you may not write in",
        ),
    ):
        assert main(["--no-reports", "--cache-dir", cache_dir]) == 2
        assert capsys.readouterr() == (
            "",
            f"validate: --cache-dir: {problem}; name another folder, or run without a cache "
            "(--no-cache)\n",
        )


ARCHIVED = "Kate Winslet and her 22-year-old daughter, Mia Threapleton.\n"
WITH_ARCHIVE = """\
source: {id: yaml-src, outlet: Example, title: T, published: 2022-12-07, archive: sources/a.txt}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22, excerpt: her 22-year-old daughter}
"""
JSON_WITH_ARCHIVE = (
    '{"source": {"id": "json-src", "outlet": "Example", "title": "T", '
    '"published": "2022-12-07", "archive": "../texts/b.txt"},\n'
    ' "claims": [{"id": "age", "subject": "Mia Threapleton", "property": "age", "value": 22}]}\n'
)
NAMES_ARCHIVE = "names for its excerpts; name another file for the output"


@pytest.fixture()
def archived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose YAML claim file names an archive beside it, and whose JSON claim
    file one outside the claims folder (`../texts/b.txt`)."""
    root = claims_project(
        tmp_path / "project", monkeypatch, {"a.yaml": WITH_ARCHIVE, "b.json": JSON_WITH_ARCHIVE}
    )
    (root / "claims" / "sources").mkdir()
    (root / "claims" / "sources" / "a.txt").write_text(ARCHIVED, encoding="utf-8")
    (root / "texts").mkdir()
    (root / "texts" / "b.txt").write_text(ARCHIVED, encoding="utf-8")
    with open(root / "pyproject.toml", "a", encoding="utf-8") as config:  # for --claimreview
        config.write(
            'publisher = {name = "Example", url = "https://example.org"}\n'
            'review-url = "https://example.org/{source}/{claim}"\n'
        )
    return root


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--junit", "claims/sources/a.txt"],
            f"--junit: 'claims/sources/a.txt' is the archive claims/a.yaml {NAMES_ARCHIVE}",
        ),
        (
            ["--sarif", "texts/b.txt"],
            f"--sarif: 'texts/b.txt' is the archive claims/b.json {NAMES_ARCHIVE}",
        ),
        (
            ["-o", "./texts/../texts/b.txt"],
            f"--output-file: './texts/../texts/b.txt' is the archive claims/b.json {NAMES_ARCHIVE}",
        ),
        (
            ["--write-baseline", "texts/b.txt"],
            f"--write-baseline: 'texts/b.txt' is the archive claims/b.json {NAMES_ARCHIVE}",
        ),
        (
            ["--junit", "out.xml", "--claimreview", "claims/sources/a.txt"],
            f"--claimreview: 'claims/sources/a.txt' is the archive claims/a.yaml {NAMES_ARCHIVE}",
        ),
        (
            ["--junit", "link.txt"],
            f"--junit: 'link.txt' is the archive claims/a.yaml {NAMES_ARCHIVE}",
        ),
    ],
)
@pytest.mark.parametrize("cache", [["--no-cache"], ["--jobs", "1"], []])
def test_an_output_is_never_an_archive_a_claim_file_names(
    archived: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    line: str,
    cache: list[str],
) -> None:
    """`--junit claims/sources/a.txt` replaced the archive `claims/a.yaml` names (after
    its excerpts were checked against it), with exit status 0; so did every other
    output, for an archive inside the claims folder or out of it, and through a link."""
    (archived / "link.txt").symlink_to("claims/sources/a.txt")
    assert main([*cache, "--no-reports", *argv]) == 2
    assert capsys.readouterr() == ("", f"validate: {line}\n")
    for archive in ("claims/sources/a.txt", "texts/b.txt"):
        assert (archived / archive).read_text(encoding="utf-8") == ARCHIVED
    assert not (archived / "out.xml").exists()


def test_a_reports_folder_holding_an_archive_of_a_report_s_name_is_refused(
    archived: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (archived / "texts" / "consistency.md").write_text(ARCHIVED, encoding="utf-8")
    (archived / "claims" / "b.json").write_text(
        JSON_WITH_ARCHIVE.replace("b.txt", "consistency.md"), encoding="utf-8"
    )
    refused(
        capsys,
        ["--reports", "texts"],
        f"--reports: 'texts/consistency.md' is the archive claims/b.json {NAMES_ARCHIVE}",
    )
    assert (archived / "texts" / "consistency.md").read_text(encoding="utf-8") == ARCHIVED
    with open(archived / "pyproject.toml", "a", encoding="utf-8") as config:
        config.write('reports = "texts"\n')
    refused(
        capsys,
        [],
        "configuration: pyproject.toml:5:11: 'reports' = 'texts': "
        "'texts/consistency.md' is the archive claims/b.json names for its excerpts; "
        "set 'reports' to another folder, or give one with --reports DIR",
    )
    assert (archived / "texts" / "consistency.md").read_text(encoding="utf-8") == ARCHIVED


def test_the_last_runs_own_outputs_are_replaced_without_reading_for_archives(
    archived: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reports, JUnit, SARIF, ClaimReview-less JSON and a baseline of the last run
    open as factlint's outputs do: replacing them loses nothing, so a re-run reads no
    claim file before the run for them (the benchmark's re-run keeps its time)."""
    outputs = ["--junit", "out.xml", "--sarif", "out.sarif", "--write-baseline", "b.json"]
    assert main(["-q", *outputs[:4]]) == 0
    assert main(["-q", "--no-reports", *outputs[4:]]) == 0
    asked: list[str] = []
    monkeypatch.setattr(written_paths, "archive_naming", lambda outputs, claims: asked.append("x"))
    assert main(["-q", *outputs[:4]]) == 0
    assert main(["-q", "--no-reports", *outputs[4:]]) == 0
    assert main(["-q", "--no-cache", "--no-reports", "--junit", "/dev/null"]) == 0
    assert asked == []
    capsys.readouterr()


@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_claim_files_read_for_archive_names_are_read_once(
    archived: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cache: list[str],
) -> None:
    """A text output that exists (`-o lint.txt` run again) has no mark of factlint's, so
    the claim files are searched for its name: the very bytes the run then checks."""
    (archived / "lint.txt").write_text("notes\n", encoding="utf-8")
    read: list[str] = []
    real_read = HeldBytes.read
    monkeypatch.setattr(
        HeldBytes, "read", lambda self, path: read.append(path) or real_read(self, path)
    )
    assert main([*cache, "--no-reports", "-o", "lint.txt"]) == 0
    assert sorted(read) == ["claims/a.yaml", "claims/b.json"]
    assert (archived / "lint.txt").read_text(encoding="utf-8").startswith("factlint: 2 files")


def test_a_json_file_of_more_values_than_a_claim_file_may_hold_is_replaced_unparsed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request may commit a file where the workflow writes its SARIF: 30 MB of
    `{},` was parsed whole to see whether it was a claim file (800 MB, 2 s). A file of
    more values than the run reads in one is no claim file it could check."""
    monkeypatch.setattr(written_paths, "Limits", lambda: Limits(max_nodes=10))
    parsed: list[int] = []
    real_loads = written_paths.json.loads
    monkeypatch.setattr(
        written_paths.json, "loads", lambda text: parsed.append(1) or real_loads(text)
    )
    (project / "out.json").write_text('{"source": {}, "claims": [' + "{}," * 9 + "{}]}")
    assert main(["--no-cache", "-q", "--no-reports", "--sarif", "out.json"]) == 0
    assert parsed == []
    assert (project / "out.json").read_text(encoding="utf-8").startswith('{\n  "$schema"')


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--no-reports", "--junit", "out"], "--junit: 'out' is a folder, not a file; name a file"),
        (
            ["--no-reports", "-o", "claims/"],
            "--output-file: 'claims/' is a folder, not a file; name a file",
        ),
        (
            ["--reports", "reports"],
            "--reports: 'reports/consistency.md' is a folder, not a file; remove it, or write "
            "the reports to another folder (--reports DIR)",
        ),
        (
            [],
            "configuration: pyproject.toml [tool.factlint]: the default reports folder "
            "'reports': 'reports/consistency.md' is a folder, not a file; remove it, or set "
            "'reports' to another folder",
        ),
    ],
)
def test_an_output_that_is_a_folder_stops_the_run_before_it(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    """It was found once the checks were done (`cannot write out: it is a folder`), and
    `--junit claims` was called a claim file; a pull request may commit a folder as
    `reports/consistency.md`."""
    (project / "out").mkdir()
    (project / "reports" / "consistency.md").mkdir(parents=True)
    refused(capsys, argv, line.replace("name a file", "name a file for the output"))


@pytest.mark.parametrize("target", ["folder", "missing"])
def test_a_report_that_is_a_link_to_a_folder_outside_is_replaced_as_any_link(
    project: Path, tmp_path: Path, target: str
) -> None:
    """`reports/consistency.md -> /etc` committed by a pull request was refused as a
    folder, and a link to a folder that does not exist was replaced: the exit status
    told whether a folder outside exists. Either is now replaced, the folder untouched."""
    outside = tmp_path / "outside"
    if target == "folder":
        outside.mkdir()
    (project / "reports").mkdir()
    (project / "reports" / "consistency.md").symlink_to(outside)
    assert main(["--no-cache", "-q"]) == 0
    written = project / "reports" / "consistency.md"
    assert not written.is_symlink() and written.read_text(encoding="utf-8").startswith("# ")
    if target == "folder":
        assert list(outside.iterdir()) == []
    else:
        assert not outside.exists()


@pytest.mark.parametrize("argv", [["--reports", "claims"], ["--reports", "./claims/", "claims"]])
def test_the_reports_folder_is_never_a_folder_of_claims_the_run_reads(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """`--reports claims` wrote the reports beside the claim files, and each run after
    read the JSON report as a claim file, with a finding for each of its fields."""
    refused(
        capsys,
        argv,
        f"--reports: '{argv[1]}' is a folder this run reads claim files from, and would "
        "read the JSON report in; write the reports to another folder (--reports DIR)",
    )
    assert sorted(path.name for path in (project / "claims").iterdir()) == ["good.yaml"]
    assert main(["--no-cache", "-q", "--reports", "claims/out", "claims"]) == 0
    assert main(["--no-cache", "-q", "--reports", "claims/out", "claims"]) == 0


def test_an_output_through_a_chain_of_links_too_long_to_resolve_is_replaced(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--junit l0`, a committed chain of 1,500 links: comparing it with the run's
    inputs raised RecursionError, an internal error; a link in an output's place is
    replaced, never followed, as any other."""
    for number in range(1_500):
        os.symlink(f"l{number + 1}", project / f"l{number}")
    os.symlink("claims/good.yaml", project / "l1500")
    assert main(["--no-cache", "--no-reports", "--junit", "l0"]) == 0
    assert capsys.readouterr().err == "validate: wrote l0\n"
    assert not (project / "l0").is_symlink()
    assert (project / "l0").read_text().startswith("<?xml")
    assert (project / "claims" / "good.yaml").read_text() == GOOD


CONFIGURED = "configuration: pyproject.toml:3:11: 'reports' = "
SET_REPORTS = "set 'reports' to another folder, or give one with --reports DIR"


@pytest.mark.parametrize(
    ("reports", "line"),
    [
        (
            "claims",
            f"{CONFIGURED}'claims' is a folder this run reads claim files from, and would read "
            f"the JSON report in; {SET_REPORTS}",
        ),
        (
            "dataset",
            f"{CONFIGURED}'dataset': 'dataset/consistency.html' is in the dataset; {SET_REPORTS}",
        ),
        (
            "notes.txt",
            f"{CONFIGURED}'notes.txt' is a file, not a folder; {SET_REPORTS}",
        ),
        (
            "notes.txt/out",
            f"{CONFIGURED}'notes.txt/out' cannot be made: 'notes.txt' is a file, not a folder; "
            f"{SET_REPORTS}",
        ),
    ],
)
def test_a_configured_reports_folder_is_refused_naming_the_file_and_key(
    project: Path, capsys: pytest.CaptureFixture[str], reports: str, line: str
) -> None:
    """`reports = "claims"` was refused as `--reports: 'claims' is a folder ...`, naming
    an option nobody typed; a file in its place was found only after the checks, as
    `cannot write notes.txt`. Each names the configuration file and key, before the run."""
    (project / "notes.txt").write_text("x", encoding="utf-8")
    with open(project / "pyproject.toml", "a", encoding="utf-8") as config:
        config.write(f'reports = "{reports}"\n')
    refused(capsys, [], line)
    assert sorted(path.name for path in (project / "claims").iterdir()) == ["good.yaml"]
    assert (project / "notes.txt").read_text(encoding="utf-8") == "x"


def test_an_output_beside_the_configured_reports_names_them_as_the_configuration_does(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(
        capsys,
        ["--junit", "reports/consistency.json"],
        "--junit: 'reports/consistency.json' is also written by the consistency reports "
        "(pyproject.toml [tool.factlint]: the default reports folder 'reports'); "
        "give each output its own file",
    )
    (project / "factlint.toml").write_text('dataset = "dataset"\nreports = "out"\n')
    refused(
        capsys,
        ["--junit", "out/consistency.json"],
        "--junit: 'out/consistency.json' is also written by the consistency reports "
        "(factlint.toml:2:11: 'reports' = 'out'); give each output its own file",
    )
    assert not (project / "reports").exists()
    assert not (project / "out").exists()


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--reports", "out\x1b[31m"],
            "--reports: 'out\\x1b[31m' holds a control character ('\\x1b'); "
            "write the path without it",
        ),
        (
            ["--no-reports", "--junit", "x\n::error::y.xml"],
            "--junit: 'x\\n::error::y.xml' holds a control character ('\\n'); "
            "write the path without it",
        ),
        (
            ["--no-reports", "--sarif", "out\u202e.sarif"],
            "--sarif: 'out\\u202e.sarif' holds a control character ('\\u202e'); "
            "write the path without it",
        ),
        (
            ["--no-reports", "-o", "lint\r.txt"],
            "--output-file: 'lint\\r.txt' holds a control character ('\\r'); "
            "write the path without it",
        ),
    ],
)
def test_an_output_named_with_a_control_character_is_refused_before_the_run(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    """`--reports $'out\\e[31m'` made a folder of that name; a workflow may pass on a
    name a pull request chose. Refused, the name shown escaped, and nothing made."""
    before = sorted(path.name for path in project.iterdir())
    refused(capsys, argv, line)
    assert sorted(path.name for path in project.iterdir()) == before


def test_a_cache_folder_named_with_a_control_character_is_refused_before_the_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(path.name for path in project.iterdir())
    assert main(["--no-reports", "--cache-dir", "cache\n"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: --cache-dir: 'cache\\n' holds a control character ('\\n'); "
        "write the path without it\n",
    )
    assert sorted(path.name for path in project.iterdir()) == before
