"""What one run will do, decided before anything is checked (validator.cli.plan): the
project found from the paths given, the dataset, the cache, the reports only for a run
over the whole project from its root, the format, and the settings a format needs."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main
from validator.cli.parser import build_parser
from validator.cli.plan import Plan, ReportsSetting, find_project, plan_run
from validator.config import ConfigError, load_config
from validator.dataset.files import DatasetError
from validator.report.claimreview_settings import ClaimReviewSettings

ROOT = Path(__file__).resolve().parents[2]

WRONG = """\
source: {id: wrong, outlet: Example, title: Wrong, published: 2022-12-07}
claims:
  # Mia Threapleton was 22 on the day.
  - {id: age, subject: Mia Threapleton, property: age, value: 21}
"""
REPORTS = (
    "validate: wrote reports/consistency.html, reports/consistency.json, reports/consistency.md\n"
)
CONFIG = '[tool.factlint]\ndataset = "dataset"\npaths = ["claims"]\nreports = "reports"\n'


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A claims project with one failing file, its paths and reports configured, run
    from its root, away from any CI."""
    root = claims_project(tmp_path / "project", monkeypatch, {"wrong.yaml": WRONG})
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return root


# -- the project, found from the paths given ---------------------------------------------


def test_a_run_from_another_folder_finds_the_project(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["claims", "-q", "--no-cache", "--no-reports"]) == 1
    here = capsys.readouterr().out.splitlines()[0]
    assert here.startswith("claims/wrong.yaml:4:63: D201 error wrong/age: ")
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main([str(project / "claims"), "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "../project/" + here
    assert captured.err == ""
    # Reports show paths as seen from where the command runs: written from here, the
    # project's would change, so they are left alone; the cache is the project's.
    assert not (project / "reports").exists()
    assert (project / ".factlint-cache").is_dir()
    assert list(elsewhere.iterdir()) == []  # nothing left where the command ran
    assert main([str(project / "claims"), "--reports", "out"]) == 1
    assert capsys.readouterr().err == (
        "validate: wrote out/consistency.html, out/consistency.json, out/consistency.md\n"
    )


def test_a_whole_run_from_a_subfolder_leaves_the_reports_alone(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "claims")
    assert main(["."]) == 1
    assert capsys.readouterr().err == (
        "validate: reports not written: this run is not in the project's root, and they "
        "show paths from there; --reports DIR writes this run's\n"
    )
    assert not (project / "reports").exists()
    assert main([".", "-q"]) == 1
    assert capsys.readouterr().err == ""


def test_the_cache_is_in_the_project_root_from_a_subfolder(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "claims")
    assert main(["wrong.yaml", "-q"]) == 1
    assert not (project / "claims" / ".factlint-cache").exists()
    assert (project / ".factlint-cache").is_dir()


def test_without_a_project_the_cache_is_the_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (tmp_path / "c.yaml").write_text(WRONG, encoding="utf-8")
    assert main(["c.yaml", "--dataset", str(ROOT / "dataset"), "--no-reports", "-q"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml", "user-cache"]
    assert (tmp_path / "user-cache" / "factlint" / "files").is_dir()


def test_a_missing_dataset_names_the_full_path_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.yaml").write_text(WRONG, encoding="utf-8")
    assert main(["c.yaml", "--no-reports", "--no-cache"]) == 2
    assert capsys.readouterr().err == (
        f"validate: dataset: {tmp_path}/dataset: no such file or folder (the default: no "
        f"factlint.toml or pyproject.toml with [tool.factlint] in {tmp_path} or a folder "
        "above it); pass --dataset PATH\n"
    )


def test_config_names_the_configuration_file(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = project.parent / "other.toml"
    other.write_text('dataset = "project/dataset"\nignore = ["D201"]\n')
    monkeypatch.chdir(project.parent)
    assert main(["project/claims", "--config", "other.toml", "--no-reports", "-q"]) == 0
    assert main(["project/claims", "--config", "missing.toml", "--no-reports"]) == 2
    assert capsys.readouterr().err == (
        f"validate: configuration: {project.parent}/missing.toml: no such file (--config)\n"
    )


# -- reports only for a run over the whole project ---------------------------------------


def test_a_whole_run_writes_the_reports_and_says_where(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 1
    assert capsys.readouterr().err == REPORTS
    assert main(["claims"]) == 1  # the configured paths, named
    assert capsys.readouterr().err == REPORTS
    assert main(["."]) == 1  # a folder holding them
    assert capsys.readouterr().err == REPORTS


def test_a_partial_run_leaves_the_reports_alone(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims/wrong.yaml"]) == 1
    assert capsys.readouterr().err == (
        "validate: reports not written: this run checks part of the project, and they "
        "describe all of it; --reports DIR writes this run's\n"
    )
    assert not (project / "reports").exists()
    assert main(["claims/wrong.yaml", "--no-reports"]) == 1
    assert capsys.readouterr().err == ""
    assert main(["claims/wrong.yaml", "--reports", "out"]) == 1
    assert capsys.readouterr().err == (
        "validate: wrote out/consistency.html, out/consistency.json, out/consistency.md\n"
    )


def test_a_partial_run_keeps_the_acknowledgements_across_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One file of two cannot show the contradiction between them: its acknowledgement
    of X301 is not unused, as E108 would say (and removing it would fail the next full
    run), whether the file is named or comes from standard input."""
    names = ("yahoo-2022-12.yaml", "tyla-2022-12-07.yaml")
    files = {name: (ROOT / "claims" / name).read_text(encoding="utf-8") for name in names}
    claims_project(tmp_path, monkeypatch, files)
    argv = ["--no-reports", "--no-cache", "--select", "E108,X301", "-v", "--color", "never"]
    assert main(["claims", *argv]) == 0
    whole = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[1] for line in whole[:-1]] == ["X301", "X301"]
    assert main(["claims/yahoo-2022-12.yaml", *argv]) == 0
    assert capsys.readouterr().out == (
        "factlint: 1 file, 28 claims (17 supported, 1 refuted, 1 disputed, 0 undetermined, "
        "9 unverifiable, 0 invalid); 0 findings (0 errors, 0 warnings, 0 info), "
        "0 acknowledged — pass\n"
    )
    assert _plan("-").partial and _plan("claims/yahoo-2022-12.yaml").partial
    assert not _plan().partial and not _plan("claims").partial and not _plan(".").partial


def _claim_file(source: str, acknowledged: str = "") -> str:
    """A claim file of `source` whose one claim is supported, and acknowledges the code
    `acknowledged` if one is given."""
    acknowledge = (
        f"\n    acknowledge: [{{code: {acknowledged}, reason: r}}]" if acknowledged else ""
    )
    return (
        f"source: {{id: {source}, outlet: Example, title: A report, published: 2022-12-07}}\n"
        "claims:\n  - id: age\n    subject: Mia Threapleton\n    property: age\n"
        f"    value: 22{acknowledge}\n"
    )


UNUSED = (
    "{folder}/sub/acked.yaml:7:26: E108 warning acked/age: acknowledgement of X301 matches no "
    "finding of this claim; remove it or correct its code"
)


def _unconfigured(root: Path, folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project with no configuration: the dataset, and in `folder` one claim file
    acknowledging an X301 that no file gives it, in `sub/`, and one beside it."""
    shutil.copytree(ROOT / "dataset", root / "dataset")
    (root / folder / "sub").mkdir(parents=True)
    (root / folder / "sub" / "acked.yaml").write_text(_claim_file("acked", "X301"), "utf-8")
    (root / folder / "other.yaml").write_text(_claim_file("other"), encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "user-cache"))


def _e108(capsys: pytest.CaptureFixture[str], *paths: str) -> list[str]:
    assert main([*paths, "--no-reports", "--no-cache", "--color", "never"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if " E108 " in line]


@pytest.mark.parametrize("given", ["data", "data/", "./data", "."])
def test_with_no_configuration_a_folder_at_the_top_is_all_the_claims(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
) -> None:
    """Nothing names where the claim files are but the command line: `validate data/`
    is over all of them, as `validate claims/` is, and an acknowledgement of a finding
    across sources that no file gives is unused. It was never reported, since data/ is
    not claims/, the default."""
    _unconfigured(tmp_path / "data-project", "data", monkeypatch)
    assert _e108(capsys, given) == [UNUSED.format(folder="data")]
    assert not _plan(given).partial
    _unconfigured(tmp_path / "claims-project", "claims", monkeypatch)
    assert _e108(capsys, "claims") == [UNUSED.format(folder="claims")]


@pytest.mark.parametrize("given", [("data/sub/acked.yaml",), ("data/sub",), ("-",)])
def test_with_no_configuration_a_file_or_a_folder_inside_one_is_still_part(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: tuple[str, ...],
) -> None:
    """The other side of an X301 may be beside the file, or beside the folder, so the
    acknowledgement is not called unused (nor removed on that advice, to fail the next
    full run)."""
    _unconfigured(tmp_path, "data", monkeypatch)
    assert _plan(*given).partial
    if given != ("-",):
        assert _e108(capsys, *given) == []


def test_with_no_configuration_a_claims_folder_is_still_the_project_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where `claims/` is there, the default names it: a run over another folder leaves
    it out, and is part."""
    _unconfigured(tmp_path, "data", monkeypatch)
    (tmp_path / "claims").mkdir()
    assert _plan("data").partial and not _plan("data", "claims").partial


def test_a_remembered_run_says_where_its_reports_are(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 1
    first = capsys.readouterr()
    assert main([]) == 1  # nothing changed: the run is remembered
    assert capsys.readouterr() == first


# -- the plan itself ------------------------------------------------------------------------


def _plan(*argv: str) -> Plan:
    args: argparse.Namespace = build_parser().parse_args(list(argv))
    return plan_run(args, find_project(args))


def test_a_whole_run_from_the_root(project: Path) -> None:
    assert _plan() == Plan(
        paths=("claims",),
        dataset="dataset",
        cache_dir=".factlint-cache",
        reports="reports",
        in_actions=False,
        format="text",
        claimreview=None,
        docs_url=None,
        reports_setting=ReportsSetting(load_config("pyproject.toml"), "reports"),
    )
    assert str(_plan().reports_setting) == "pyproject.toml:4:11: 'reports' = 'reports'"
    assert _plan("claims").reports == _plan(".").reports == _plan("./claims/").reports == "reports"


@pytest.mark.parametrize(
    "argv",
    [("claims/wrong.yaml",), ("-",), ("dataset",), ("claims", "--no-reports"), ("claims\n",)],
)
def test_a_run_over_less_than_the_project_writes_no_reports(
    project: Path, argv: tuple[str, ...]
) -> None:
    assert _plan(*argv).reports is None


def test_reports_named_on_the_command_line_are_written_for_any_run(project: Path) -> None:
    assert _plan("claims/wrong.yaml", "--reports", "out").reports == "out"
    assert _plan("-", "--reports", "out\nx").reports == "out\nx"


def test_a_link_to_the_configured_paths_covers_them(project: Path) -> None:
    (project / "alias").symlink_to(project / "claims")
    assert _plan("alias").reports == "reports"


def test_without_configured_paths_the_default_claims_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    plan = _plan()
    assert (plan.paths, plan.reports) == (("claims",), "reports")


def test_the_cache_is_none_named_or_the_projects(project: Path) -> None:
    assert _plan("--no-cache").cache_dir is None
    assert _plan("--cache-dir", "elsewhere\n").cache_dir == "elsewhere\n"


def test_the_format_is_githubs_in_actions_unless_one_is_named(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _plan("--format", "json").format == "json"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert (_plan().format, _plan().in_actions) == ("github", True)
    assert _plan("--format", "text").format == "text"
    monkeypatch.setenv("GITHUB_ACTIONS", "1")  # only "true" is Actions
    assert (_plan().format, _plan().in_actions) == ("text", False)


def test_claimreview_and_sarif_settings_are_read_only_when_asked_for(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        CONFIG
        + 'publisher = {name = "Desk", url = "https://d.example"}\n'
        + 'review-url = "https://d.example/{source}/{claim}"\n'
        + 'docs-url = "https://d.example/codes"\n'
    )
    assert (_plan().claimreview, _plan().docs_url) == (None, None)
    assert _plan("--claimreview", "r.jsonld").claimreview == ClaimReviewSettings(
        "Desk", "https://d.example", "https://d.example/{source}/{claim}"
    )
    assert _plan("--sarif", "r.sarif").docs_url == "https://d.example/codes"


def test_claimreview_without_its_settings_is_refused_before_the_run(project: Path) -> None:
    with pytest.raises(ConfigError) as refused:
        _plan("--claimreview", "r.jsonld")
    assert str(refused.value) == (
        "pyproject.toml: --claimreview needs the reviews' publisher and address: add "
        'publisher = {name = "…", url = "https://…"} and '
        'review-url = "https://…/{source}/{claim}" to [tool.factlint]'
    )


def test_the_configuration_is_found_from_the_first_path_not_standard_input(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    plan = _plan("-", str(project / "claims" / "wrong.yaml"))
    assert plan.dataset == os.path.join("..", "project", "dataset")
    assert plan.cache_dir == os.path.join("..", "project", ".factlint-cache")


def test_a_dataset_that_is_not_there_is_named_in_full(project: Path) -> None:
    with pytest.raises(DatasetError) as missing:
        _plan("--dataset", "gone\n")
    assert missing.value.problems == [
        f"{project}/gone\n: no such file or folder (--dataset); pass --dataset PATH"
    ]


def test_a_configuration_named_that_is_not_a_file_is_refused(project: Path) -> None:
    """A folder or a pipe was called "no such file", as if mistyped."""
    os.mkfifo(project / "pipe.toml")
    (project / "dangling.toml").symlink_to("missing.toml")
    for named, why in (
        ("missing.toml", "no such file"),
        ("claims", "is a folder, not a file"),
        ("pipe.toml", "is not a regular file (a pipe, socket or device)"),
        ("dangling.toml", "is a symbolic link to nothing"),
    ):
        with pytest.raises(ConfigError) as refused:
            _plan("--config", named)
        assert str(refused.value) == f"{project}/{named}: {why} (--config)"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_a_configured_dash_is_a_file_of_that_name_never_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`paths = ["-"]` in a pull request's configuration had the run read standard
    input, and wait on it where nothing closes it: only the command line may ask for
    standard input. In the configuration "-" names a file."""
    good = (
        "source: {id: good, outlet: Example, title: Good, published: 2022-12-07}\n"
        "claims:\n  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n"
    )
    project = claims_project(tmp_path / "project", monkeypatch, {})
    (project / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\npaths = ["-"]\n')
    stdin = _Stdin(good.encode())
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: configuration: pyproject.toml:3:10: 'paths' holds './-', which "
        "is no file or folder; fix 'paths', or name claim files or folders on the command line\n",
    )
    (project / "-").write_text(good.replace("id: good", "id: dash"), encoding="utf-8")
    args = build_parser().parse_args([])
    assert plan_run(args, find_project(args)).paths == (os.path.join(".", "-"),)
    assert main(["--no-cache", "--no-reports", "--format", "json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)["sources"]] == ["dash"]
    assert stdin.buffer.tell() == 0


def test_a_path_through_a_chain_of_links_too_long_to_resolve_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate l0`, a committed chain of 1,500 links to the claims: deciding whether
    the run covers the project raised RecursionError, an internal error."""
    for number in range(1_500):
        os.symlink(f"l{number + 1}", project / f"l{number}")
    os.symlink("claims", project / "l1500")
    assert main(["l0", "--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: PATH: 'l0' lies in the project, but a link in it leads outside the "
        "project: a link committed there must not take factlint elsewhere; give the path "
        "it leads to instead, if that is meant\n",
    )


def test_a_configured_path_that_does_not_exist_names_the_configuration(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read `nope: no such file or folder; name claim files or folders`, as if typed
    on the command line."""
    (project / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\npaths = ["claims", "nope"]\n'
    )
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: configuration: pyproject.toml:3:20: 'paths' holds 'nope', which "
        "is no file or folder; fix 'paths', or name claim files or folders on the command line\n",
    )
