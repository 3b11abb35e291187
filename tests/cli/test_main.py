"""The command: options, output, exit status (0 pass, 1 findings, 2 the run failed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import validator.pipeline
from validator import __version__, validate
from validator.arguments import ArgumentError
from validator.cli.main import list_codes, main
from validator.dataset.model import Dataset
from validator.model.result import Result
from validator.run_settings import Options, Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "examples"


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A claims repository: the shipped dataset, a pyproject naming it, no claims yet."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def write_claims(repo: Path, name: str, body: str) -> None:
    (repo / "claims" / name).write_text(body, encoding="utf-8")


GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
WRONG = """\
source: {id: wrong, outlet: Example, title: Wrong, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 21}
"""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"factlint {__version__}\n"


def test_list_codes_names_every_code_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-codes"]) == 0
    out = capsys.readouterr().out
    assert out == list_codes()
    assert out.splitlines()[0] == (
        "E101  error    The file cannot be read or parsed: not UTF-8, not YAML or JSON, too "
        "large, too deep, or using a construct factlint refuses."
    )
    assert len(out.splitlines()) == 22
    assert out.splitlines()[-1] == (
        "S501  info     Two sources share wording (verbatim passages or the same distinctive "
        "error), or give one address: they are not independent."
    )


def test_a_missing_path_is_exit_2_with_one_line(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["no-such-path", "--no-reports"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "validate: no-such-path: no such file or folder; name claim files or folders\n"
    )


@pytest.mark.parametrize(
    ("argv", "shown"),
    [(["--select", "D201,", "X301"], "X301"), (["--ignore", "D2,", "x"], "x")],
)
def test_a_code_split_off_a_list_by_a_space_is_named_as_one(
    repo: Path, capsys: pytest.CaptureFixture[str], argv: list[str], shown: str
) -> None:
    """`--select D201, X301`: the shell makes X301 a path, which does not exist."""
    assert main([*argv, "--no-reports"]) == 2
    assert capsys.readouterr().err == (
        f"validate: {shown}: no such file or folder; '{shown.upper()}' is a finding code: "
        "list codes with commas and no spaces (D201,X301)\n"
    )


def test_a_bad_option_is_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fail-on"]) == 2
    assert capsys.readouterr().err == (
        "validate: argument --fail-on: expected one argument (see validate --help)\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fail-on", "info"], "--fail-on: expected 'error' or 'warning', not 'info'"),
        (["--jobs", "-1"], "--jobs: expected a number of processes, 0 or more, not -1"),
        (["--jobs", "many"], "--jobs: expected a number of processes, 0 or more, not 'many'"),
        (
            ["--select", "Z9"],
            "--select: 'Z9' matches no finding code; validate --list-codes lists them",
        ),
        (
            ["--ignore", "D2O1"],
            "--ignore: 'D2O1' matches no finding code; did you mean 'D201'?; "
            "validate --list-codes lists them",
        ),
    ],
)
def test_a_bad_setting_is_exit_2_with_the_apis_words(
    repo: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """The command and the Python API refuse a setting with one function."""
    assert main([*argv, "--no-reports"]) == 2
    assert capsys.readouterr().err == f"validate: {message}\n"
    python_name = argv[0].lstrip("-").replace("-", "_")
    value: object = argv[1]
    if python_name == "jobs":
        value = int(argv[1]) if argv[1].lstrip("-").isdigit() else argv[1]
    with pytest.raises(ArgumentError) as raised:
        validate("claims", dataset="dataset", **{python_name: value})  # type: ignore[arg-type]
    assert str(raised.value) == message.replace(argv[0], python_name, 1)


def test_pass_and_fail(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "good.yaml", GOOD)
    assert main(["--no-reports"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("— pass")
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports"]) == 1
    lines = capsys.readouterr().out.splitlines()
    # 22 and 21 on the same day: the dataset settles it, so the one error is the wrong
    # claim's D201, in its own file, and no contradiction names the right one.
    assert lines[0].startswith("claims/wrong.yaml:3:63: D201 error wrong/age: claims Mia")
    assert lines[0].endswith(
        "1 other source agrees with the dataset (good); correct the claim, or acknowledge it "
        "with the fact-check's conclusion"
    )
    assert len(lines) == 2
    assert lines[-1].endswith("— fail")


def test_select_ignore_and_fail_on(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports", "--ignore", "D2"]) == 0
    assert main(["--no-reports", "--select", "X,Q"]) == 0
    assert main(["--no-reports", "--select", "D201"]) == 1
    capsys.readouterr()
    write_claims(repo, "wrong.yaml", WRONG.replace("value: 21", "value: 22, as_of: 2022"))
    # Mia turned 22 in October 2022: over the whole year she was 21 or 22 (D204, a warning).
    assert main(["--no-reports"]) == 0
    assert main(["--no-reports", "--fail-on", "warning"]) == 1


def test_configuration_drives_the_run(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    (repo / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\nignore = ["D201"]\n'
    )
    assert main(["--no-reports"]) == 0
    assert main(["--no-reports", "--ignore", "Q"]) == 1  # the command line wins


def test_bad_configuration_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "pyproject.toml").write_text('[tool.factlint]\ndatset = "dataset"\n')
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: configuration: pyproject.toml:2:1: unknown key 'datset'; "
        "known keys: dataset, paths, reports, select, ignore, fail-on, baseline, publisher, "
        "review-url, claimreview-verdicts, docs-url\n"
    )


def test_a_broken_dataset_is_exit_2_with_its_location(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_claims(repo, "good.yaml", GOOD)
    (repo / "dataset" / "broken.yaml").write_text("entities:\n  - id: x\n    kind: thing\n")
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: dataset: dataset/broken.yaml:2:5: entities[0] is missing the required "
        "field 'names'\n"
    )


def test_json_format(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["exit_code"] == 1
    assert [c["verdict"] for c in report["claims"]] == ["refuted"]
    assert [f["code"] for f in report["findings"]] == ["D201"]


def test_explain(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    write_claims(repo, "good.yaml", GOOD)
    assert main(["--no-reports", "--explain", "wrong/age"]) == 1
    assert capsys.readouterr().out == (
        "wrong/age (claims/wrong.yaml:3:5)\n"
        "  written: Mia Threapleton age 21 (as of 2022-12-07)\n"
        "  1. claim: mia-threapleton (Mia Threapleton) age = 21 years, as of 2022-12-07\n"
        "  2. fact: birth_date 2000-10-12 (Published biographies of Kate Winslet and her family)\n"
        "  3. the date gives an age of 22 over 2022-12-07\n"
        "  4. compare: refutes\n"
        "  5. verdict: refuted\n"
        "  findings:\n"
        "    D201 error: claims Mia Threapleton age 21 as of 2022-12-07; the dataset gives "
        "birth_date 2000-10-12 (Published biographies of Kate Winslet and her family), so Mia "
        "Threapleton was 22 throughout; 1 other source agrees with the dataset (good); correct "
        "the claim, or acknowledge it with the fact-check's conclusion\n"
        "  other sources that bear on it:\n"
        "    good/age: 22 (supported; claims/good.yaml:3)\n"
        "  verdict: refuted\n"
    )


def test_explain_words_a_year_alike_whether_the_claim_resolved(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`year: {from: 2022}` reads "2022 or later" on a claim that did not resolve, as on
    one that did, never "at least 2022"."""
    write_claims(
        repo,
        "won.yaml",
        "source: {id: won, outlet: Example, title: Won, published: 2023-06-01}\n"
        "claims:\n"
        "  - {id: known, subject: Kate Winslet, property: award_received,\n"
        "     value: Leading Actress, qualifiers: {year: {from: 2022}}}\n"
        "  - {id: unknown, subject: Kate Winslet, property: award_received,\n"
        "     value: Nobody Award, qualifiers: {year: {from: 2022}}}\n",
    )
    main(["--no-reports", "--explain", "won/known"])
    assert capsys.readouterr().out.splitlines()[1] == (
        "  written: Kate Winslet award_received Leading Actress, year 2022 or later "
        "(as of 2023-06-01)"
    )
    main(["--no-reports", "--explain", "won/unknown"])
    assert capsys.readouterr().out.splitlines()[1] == (
        "  written: Kate Winslet award_received Nobody Award, year 2022 or later"
    )


def test_explain_words_an_open_date_set_as_its_claim_does(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The set a claim of `{from: 1980}` denotes read "1980-01-01..…" in its steps and
    in a finding holding it against the dataset, beside its "1980 or later"."""
    write_claims(
        repo,
        "born.yaml",
        "source: {id: born, outlet: Example, title: Born, published: 2023-06-01}\n"
        "claims:\n"
        "  - {id: late, subject: Kate Winslet, property: birth_date, value: {from: 1980}}\n",
    )
    main(["--no-reports", "--explain", "born/late"])
    assert capsys.readouterr().out.splitlines()[1:3] == [
        "  written: Kate Winslet birth_date 1980 or later (as of 2023-06-01)",
        "  1. claim: kate-winslet (Kate Winslet) birth_date = 1980-01-01 or later, as of "
        "2023-06-01",
    ]


def test_explain_as_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    write_claims(repo, "good.yaml", GOOD)
    assert main(["--no-reports", "--explain", "wrong/age", "--format", "json"]) == 1
    explained = json.loads(capsys.readouterr().out)
    assert list(explained) == ["claim", "steps", "findings", "related"]
    assert explained["claim"] == {
        "id": "wrong/age",
        "source": "wrong",
        "file": "claims/wrong.yaml",
        "line": 3,
        "column": 5,
        "subject": "Mia Threapleton",
        "subject_id": "mia-threapleton",
        "property": "age",
        "value": "21",
        "qualifiers": {},
        "as_of": "2022-12-07",
        "excerpt": None,
        "verdict": "refuted",
    }
    assert explained["steps"] == [
        "claim: mia-threapleton (Mia Threapleton) age = 21 years, as of 2022-12-07",
        "fact: birth_date 2000-10-12 (Published biographies of Kate Winslet and her family)",
        "the date gives an age of 22 over 2022-12-07",
        "compare: refutes",
        "verdict: refuted",
    ]
    assert [(f["code"], f["claims"], f["locations"]) for f in explained["findings"]] == [
        ("D201", ["wrong/age"], [{"file": "claims/wrong.yaml", "line": 3, "column": 63}])
    ]
    assert [(c["id"], c["value"], c["verdict"]) for c in explained["related"]] == [
        ("good/age", "22", "supported")
    ]


def test_explain_lists_a_source_agreeing_through_another_property(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The D201 counts a birth date that agrees with the dataset among the sources that
    agree with it; the list of other sources left it out, having only the same
    property's claims."""
    write_claims(repo, "wrong.yaml", WRONG)
    write_claims(
        repo,
        "born.yaml",
        "source: {id: born, outlet: Example, title: Born, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: born, subject: Mia Threapleton, property: birth_date, value: 2000-10}\n",
    )
    assert main(["--no-reports", "--explain", "wrong/age"]) == 1
    out = capsys.readouterr().out
    assert "1 other source agrees with the dataset (born)" in out
    assert out.endswith(
        "  other sources that bear on it:\n"
        "    born/born: 2000-10 (supported; claims/born.yaml:3)\n"
        "  verdict: refuted\n"
    )


def test_explain_tells_a_contradiction_between_tied_sides_once(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two sides of one source each carry the X301, mirrored; explaining one claim
    showed both, the same contradiction told twice. It keeps the one placed on it."""
    for source, score in (("beta", 90), ("gamma", 100)):
        write_claims(
            repo,
            f"{source}.yaml",
            f"source: {{id: {source}, outlet: Example, title: T, published: 2023-06-02}}\n"
            "claims:\n"
            "  - {id: score, subject: I Am Ruth, property: rotten_tomatoes_score,"
            f" value: {score}, as_of: 2023-06}}\n",
        )
    assert main(["--no-reports", "--explain", "beta/score"]) == 1
    findings = [line for line in capsys.readouterr().out.splitlines() if "X301" in line]
    assert findings == [
        "    X301 error: sources contradict each other on I Am Ruth rotten_tomatoes_score: "
        "1 source says 90% as of 2023-06 (beta) against 1 source says 100% as of 2023-06 "
        "(gamma); no single value fits every side; find out which is right and acknowledge "
        "the finding on the claim that is wrong"
    ]


def test_only_explain_asks_for_explanations(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    asked: list[bool] = []
    real_run = validator.pipeline.run

    def run(paths: list[str], dataset: Dataset, options: Options, settings: Settings) -> Result:
        asked.append(settings.explanations)
        return real_run(paths, dataset, options, settings)

    monkeypatch.setattr(validator.pipeline, "run", run)
    assert main(["--no-reports", "--no-cache"]) == 1
    assert main(["--no-reports", "--no-cache", "--explain", "wrong/age"]) == 1
    assert asked == [False, True]
    assert "  5. verdict: refuted\n" in capsys.readouterr().out


def test_explain_unknown_claim_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "good.yaml", GOOD)
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports", "--explain", "elsewhere/height"]) == 2
    assert capsys.readouterr().err == (
        "validate: --explain: no claim 'elsewhere/height' in the files checked "
        "(see validate --help)\n"
    )
    assert main(["--no-reports", "--explain", "wrnog/age"]) == 2
    assert capsys.readouterr().err == (
        "validate: --explain: no claim 'wrnog/age' in the files checked; did you mean "
        "'wrong/age'? (see validate --help)\n"
    )


def test_reports_are_written(repo: Path) -> None:
    write_claims(repo, "good.yaml", GOOD)
    assert main(["--reports", "out", "--junit", "out/junit.xml", "--sarif", "out/x.sarif"]) == 0
    names = sorted(p.name for p in (repo / "out").iterdir())
    assert names == [
        "consistency.html",
        "consistency.json",
        "consistency.md",
        "junit.xml",
        "x.sarif",
    ]


def test_github_actions_format_and_summary(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["--no-reports"]) == 1
    assert capsys.readouterr().out.startswith("::error file=claims/wrong.yaml,line=3,col=63,")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# ")
    # Outside a checkout GitHub names, locations are plain text.
    assert "| claims/wrong.yaml:3:63 |" in text


def test_a_job_summary_that_cannot_be_written_is_named_as_one(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path comes from GitHub's environment, not the command line: the error says
    which variable named it."""
    write_claims(repo, "good.yaml", GOOD)
    summary = repo / "missing" / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["--no-reports", "-q"]) == 2
    assert capsys.readouterr().err == (
        f"validate: cannot write the job summary {summary} (GITHUB_STEP_SUMMARY): "
        "No such file or directory\n"
    )


def test_github_summary_links_to_the_commit(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job summary is read on the run's page: its locations link to the lines in the
    commit under test."""
    write_claims(repo, "wrong.yaml", WRONG)
    summary = repo / "summary.md"
    sha = "0123456789abcdef0123456789abcdef01234567"
    for name, value in (
        ("GITHUB_ACTIONS", "true"),
        ("GITHUB_STEP_SUMMARY", str(summary)),
        ("GITHUB_SERVER_URL", "https://github.com"),
        ("GITHUB_REPOSITORY", "owner/claims"),
        ("GITHUB_SHA", sha),
        ("GITHUB_WORKSPACE", str(repo)),
    ):
        monkeypatch.setenv(name, value)
    assert main(["--no-reports"]) == 1
    capsys.readouterr()
    link = f"https://github.com/owner/claims/blob/{sha}/claims/wrong.yaml#L3"
    assert f"| [claims/wrong.yaml:3:63]({link}) |" in summary.read_text(encoding="utf-8")


def test_internal_errors_are_one_line(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_claims(repo, "good.yaml", GOOD)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("validator.pipeline.run", explode)
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: internal error: RuntimeError: boom; please report it (run with -v for the "
        "traceback)\n"
    )


def test_a_baseline_fails_only_on_new_findings(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports"]) == 1
    assert main(["--no-reports", "--write-baseline"]) == 0
    assert capsys.readouterr().err == "validate: wrote 1 finding to factlint-baseline.json\n"
    assert main(["--no-reports", "--baseline", "factlint-baseline.json"]) == 0
    out = capsys.readouterr().out
    assert "[acknowledged: baseline: accepted when the baseline was written]" in out
    # Written again while a baseline is read, it reads none: the accepted finding stays.
    written = (repo / "factlint-baseline.json").read_bytes()
    argv = ["--no-reports", "--baseline", "factlint-baseline.json", "--write-baseline"]
    assert main(argv) == 0
    assert capsys.readouterr().err == "validate: wrote 1 finding to factlint-baseline.json\n"
    assert (repo / "factlint-baseline.json").read_bytes() == written
    # A new problem tomorrow still fails the run.
    write_claims(repo, "new.yaml", WRONG.replace("id: wrong", "id: new").replace("21", "30"))
    assert main(["--no-reports", "--baseline", "factlint-baseline.json"]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if "error new/" in line]
    # One mistake, one error: the dataset settles it, so no contradiction besides.
    assert [line.split(" ")[1] for line in lines] == ["D201"]


def test_a_broken_baseline_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_claims(repo, "good.yaml", GOOD)
    (repo / "b.json").write_text("{}")
    assert main(["--no-reports", "--baseline", "b.json"]) == 2
    assert capsys.readouterr().err == (
        "validate: baseline: b.json: not a factlint baseline (format 1); "
        "fix it, or write it anew with --write-baseline\n"
    )


def test_reports_rendered_on_two_processes_are_the_same(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_claims(repo, "good.yaml", GOOD)
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["claims", "--no-cache", "--jobs", "1", "--reports", "one"]) == 1
    monkeypatch.setattr("validator.cli.output.PARALLEL_REPORTS", 0)  # as for a large corpus
    assert main(["claims", "--no-cache", "--jobs", "2", "--reports", "two"]) == 1
    out = capsys.readouterr().out
    assert out.count("D201 error wrong/age") == 2
    for name in ("consistency.md", "consistency.html", "consistency.json"):
        assert (repo / "two" / name).read_bytes() == (repo / "one" / name).read_bytes()


def _command(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m validator` as a process of its own: `command`, which ends it at once."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "validator", *args],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_command_ends_with_mains_status_and_all_its_output(repo: Path) -> None:
    for number in range(40):  # enough output to fill any buffer several times over
        write_claims(repo, f"wrong-{number:02d}.yaml", WRONG.replace("id: wrong", f"id: w{number}"))
    done = _command(repo, "--no-cache", "--format", "json")
    assert done.returncode == 1
    assert done.stderr == (
        "validate: wrote reports/consistency.html, reports/consistency.json, "
        "reports/consistency.md\n"
    )
    assert done.stdout.endswith("}\n")
    assert len(json.loads(done.stdout)["findings"]) == 40
    assert Path(repo / "reports" / "consistency.json").is_file()


def test_the_command_ends_with_status_2_for_a_bad_option(repo: Path) -> None:
    done = _command(repo, "--fail-on", "never")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "validate: --fail-on: expected 'error' or 'warning', not 'never'\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_dataset_that_is_a_device_or_a_pipe_is_exit_2_saying_what_it_is(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenarios 3 and 12: `dataset = "/dev/zero"` or a pipe in the dataset folder ends
    at once in one line about the dataset, not about claim files; with the cache on
    (the default), hashing the dataset for the run's key does not read them either."""
    write_claims(repo, "good.yaml", GOOD)
    shown = os.path.relpath("/dev/zero").replace(os.sep, "/")
    assert main(["--no-reports", "--dataset", "/dev/zero"]) == 2
    assert capsys.readouterr().err == (
        f"validate: dataset: {shown}:1:1: is not a regular file (a pipe, socket or device); "
        "dataset files are ordinary files\n"
    )
    os.mkfifo(repo / "dataset" / "pipe.yaml")
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: dataset: dataset/pipe.yaml:1:1: is not a regular file (a pipe, socket or "
        "device); dataset files are ordinary files\n"
    )


def test_a_dataset_folder_of_many_files_each_under_the_limit_is_exit_2_unread(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each dataset file was bounded (32 MiB), the folder not: thousands of files each
    under the limit were all read and built into one dataset in memory. Three sparse
    files of 30 MiB pass the bound together, and the run ends before any is read, with
    the cache on (the default) as without."""
    write_claims(repo, "good.yaml", GOOD)
    for name in ("big1.yaml", "big2.yaml", "big3.yaml"):
        with open(repo / "dataset" / name, "wb") as file:
            file.truncate(30 * 1024 * 1024)
    total = sum(entry.stat().st_size for entry in (repo / "dataset").iterdir())
    files = len(list((repo / "dataset").iterdir()))
    for options in ([], ["--no-cache"]):
        assert main(["--no-reports", *options]) == 2
        assert capsys.readouterr().err == (
            f"validate: dataset: dataset: the {files:,} dataset files hold {total:,} bytes "
            "together, over the limit of 67,108,864; the whole dataset is held in memory, so "
            "keep only the dataset's own *.yaml files in its folder, and its facts under "
            "67,108,864 bytes\n"
        )


def test_links_to_hidden_or_outside_files_are_never_read_nor_shown(
    repo: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A pull request committed `claims/env.json -> ../.env`: `--show-source` printed
    `API_TOKEN=...` under its E101. And `dataset/zz.yaml` linked to a file outside the
    project: the run's one line quoted its keys. Neither is read now: the claims link is
    an E101 that shows no line of its target, cached or not; the dataset link, passed
    over unsaid before, ends the run as any dataset file that cannot be read does, with
    one line at the link naming nothing of its target."""
    write_claims(repo, "wrong.yaml", WRONG)
    assert main(["--no-reports", "--no-cache", "--show-source"]) == 1
    out, err = capsys.readouterr()
    *findings, summary = out.splitlines()
    (repo / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    os.symlink("../.env", repo / "claims" / "env.json")
    link = (
        "claims/env.json:1:1: E101 error: is a symbolic link into a hidden file or folder "
        "(such as .env or .git), so it was not read; commit the file itself in the project, "
        "or remove the link"
    )
    summary = summary.replace("1 file,", "2 files,").replace("(1 error,", "(2 errors,")
    summary = summary.replace("; 1 finding", "; 2 findings")
    for cache in (["--no-cache"], []):
        assert main(["--no-reports", "--show-source", *cache]) == 1
        assert capsys.readouterr() == ("\n".join([link, *findings, summary]) + "\n", err)
    outside = tmp_path_factory.mktemp("outside") / "secret.yaml"
    outside.write_text("not_for_the_log: 1\n", encoding="utf-8")
    os.symlink(str(outside), repo / "dataset" / "zz.yaml")
    for cache in (["--no-cache"], []):
        assert main(["--no-reports", "--show-source", *cache]) == 2
        assert capsys.readouterr() == (
            "",
            "validate: dataset: dataset/zz.yaml:1:1: is a symbolic link leading outside the "
            "project, so it was not read; commit the file itself in the project, or remove "
            "the link\n",
        )


def test_a_default_reports_folder_linked_out_of_the_project_is_never_written(
    repo: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A pull request committed `reports -> /elsewhere` in a project whose configuration
    names no reports folder: the run wrote its three reports there. It is exit 2 with
    one line now, and nothing is written."""
    write_claims(repo, "good.yaml", GOOD)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    os.symlink(str(elsewhere), repo / "reports")
    assert main([]) == 2
    assert capsys.readouterr().err == (
        "validate: configuration: pyproject.toml: the default reports folder leads outside "
        "the project, by a link in its place; set 'reports' to a folder inside the project, "
        "or give one on the command line\n"
    )
    assert list(elsewhere.iterdir()) == []


def test_a_baseline_that_is_a_device_is_exit_2_without_reading_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scenario 3: `baseline = "/dev/zero"` read until memory ran out. Named by the
    configuration, a path outside the project is refused before anything is opened; a
    pipe inside it is refused by the safe reader without reading it."""
    write_claims(repo, "good.yaml", GOOD)
    (repo / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\nbaseline = "/dev/zero"\n'
    )
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: configuration: pyproject.toml:3:12: 'baseline' = '/dev/zero' "
        "leads outside the project; the configuration may name only paths inside its own "
        "folder (give a path outside it on the command line instead)\n"
    )
    os.mkfifo(repo / "baseline.json")
    (repo / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\nbaseline = "baseline.json"\n'
    )
    assert main(["--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: baseline: baseline.json ('baseline' in pyproject.toml:3:12): "
        "is not a regular file (a pipe, socket or device); "
        "fix it, or write it anew with --write-baseline\n"
    )


def test_a_run_over_the_whole_project_reads_no_output_of_its_own(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate .` (or `paths = ["."]`) took the dataset's YAML and the last run's
    reports, baseline, SARIF and JSON output for claim files: 267 errors from the
    dataset, and each run's reports holding the claims of the run before it again. A
    folder walk now passes over the dataset and every file the run reads or writes."""
    write_claims(repo, "good.yaml", GOOD)
    outputs = ["--sarif", "claims/x.sarif.json", "-o", "claims/out.json", "--format", "json"]
    assert main(["--write-baseline", "claims/base.json"]) == 0
    first = [".", *outputs, "--baseline", "claims/base.json", "--reports", "claims/r"]
    assert main(first) == 0
    report = (repo / "claims" / "r" / "consistency.json").read_bytes()
    assert main(first) == 0
    assert (repo / "claims" / "r" / "consistency.json").read_bytes() == report
    assert [c["id"] for c in json.loads(report)["claims"]] == ["good/age"]
    output = json.loads((repo / "claims" / "out.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in output["claims"]] == ["good/age"]
    assert output["summary"]["files"] == 1


def test_a_run_that_writes_no_reports_passes_over_the_configured_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate . --no-reports` (or any run naming paths, which writes no reports)
    still read the last whole-project run's reports/consistency.json as a claim file."""
    write_claims(repo, "good.yaml", GOOD)
    assert main([]) == 0
    assert (repo / "reports" / "consistency.json").exists()
    capsys.readouterr()
    assert main([".", "--no-reports", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["files"] == 1


def test_a_file_whose_source_cannot_be_used_has_its_row_in_every_report(repo: Path) -> None:
    """The desk's case: a file whose header has schema errors is in the scorecards and
    the JSON's sources, its claim invalid and its three findings counted; the same from
    the cache on the next run."""
    write_claims(repo, "a.yaml", GOOD)
    write_claims(
        repo,
        "b.yaml",
        "source:\n  id: B bad\n  outlet: 5\nclaims:\n  - id: c1\n    subject: Kate Winslet\n"
        "    property: birth_date\n    value: 1975-10-05\n",
    )
    written = []
    for run in ("first", "again"):
        assert main(["claims", "--reports", run, "--junit", f"{run}/junit.xml"]) == 1
        written.append({p.name: p.read_bytes() for p in sorted((repo / run).iterdir())})
    assert written[0] == written[1]
    data = json.loads(written[0]["consistency.json"])
    assert [(s["id"], s["file"], s["claims"], s["findings"]) for s in data["sources"]] == [
        ("good", "claims/a.yaml", 1, 0),
        ("B bad", "claims/b.yaml", 1, 3),
    ]
    assert [(c["id"], c["source"], c["verdict"]) for c in data["claims"]] == [
        ("good/age", "good", "supported"),
        ("B bad/c1", "B bad", "invalid"),
    ]
    row = "| B bad | \u2014 | \u2014 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 3 |"
    assert row in written[0]["consistency.md"].decode("utf-8").splitlines()
    assert b"<tr><td>B bad</td><td>\xe2\x80\x94</td>" in written[0]["consistency.html"]
    assert b'<property name="factlint.source" value="B bad" />' in written[0]["junit.xml"]


# What a run that checks anything imports, and a re-run repeating a remembered run must
# not: the checks, the parsers and the renderers.
_CHECKING = (
    "fastjsonschema",
    "jsonschema",
    "lxml",
    "pydantic",
    "rapidfuzz",
    "validator.parse",
    "validator.per_file",
    "validator.pipeline",
    "validator.report.html",
    "validator.report.json_report",
    "validator.report.markdown",
    "validator.resolve",
    "validator.rules",
    "yaml",
)


def test_a_remembered_run_loads_none_of_the_checks(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The second of two runs of the same files repeats the first from the run cache:
    it reads and hashes the inputs and writes the same words, but imports none of the
    checks or the renderers, whose importing was most of such a run's time.

    A remembered run is keyed by everything else a run depends on too: factlint's code
    (every module's bytes, hashed afresh by each process) and today's date. So both runs
    are given the same: a copy of the package taken once, which an edit of the checkout
    while the suite runs (a long wait on a busy machine) cannot change between them, and
    the day the test started, which midnight cannot change."""
    for claims in (ROOT / "claims").glob("*.yaml"):
        shutil.copy(claims, repo / "claims")
    code_copy = tmp_path_factory.mktemp("code")
    # Without compiled files, which another process may be writing while they are copied.
    shutil.copytree(
        ROOT / "validator", code_copy / "validator", ignore=shutil.ignore_patterns("__pycache__")
    )
    today = date.today().isoformat()
    code = (
        "import sys, datetime, functools; import validator.cli.run as run; "
        "run.Options = functools.partial("
        f"run.Options, today=datetime.date.fromisoformat({today!r})); "
        "from validator.cli.main import main; status = main(['-q']); "
        f"print(status, sorted(m for m in sys.modules if m.startswith({_CHECKING!r})))"
    )
    env = {**os.environ, "PYTHONPATH": str(code_copy)}

    def once() -> tuple[str, str]:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        return done.stdout.splitlines()[-1], done.stderr

    first, first_words = once()
    second, second_words = once()
    assert first.startswith("0 [") and "'validator.pipeline'" in first
    assert second == "0 []"
    assert second_words == first_words


def test_a_file_that_cannot_be_written_is_one_line_naming_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read "validate: cannot write reports: cannot write ...", whatever the file. A
    file in the reports folder's place is found before the run, and named so."""
    write_claims(repo, "good.yaml", GOOD)
    (repo / "blocker").write_text("a file where the reports folder should be\n")
    assert main(["--no-cache", "--reports", "blocker"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: --reports: 'blocker' is a file, not a folder; "
        "write the reports to another folder (--reports DIR)\n",
    )


def test_a_configuration_file_made_a_pipe_is_one_line_and_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Passed over, the run went on with the defaults, and never waited on the pipe."""
    write_claims(repo, "good.yaml", GOOD)
    (repo / "pyproject.toml").unlink()
    os.mkfifo(repo / "pyproject.toml")
    assert main(["--no-reports", "--no-cache"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: configuration: pyproject.toml is not a regular file (a pipe, socket or "
        "device), so it cannot be read as the configuration; replace it with the file "
        "itself, or remove it\n",
    )
