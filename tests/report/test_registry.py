"""The reporter table: every format the command knows comes from it, and a reporter
added to a copy of it is offered, rendered and written with nothing else changed."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest
from reporting_sample import sample_result

from validator import report as report_package
from validator.cli.output import option_paths, render_stdout, write_outputs
from validator.cli.parser import UsageError, build_parser
from validator.cli.plan import Plan
from validator.model.result import Result
from validator.report import (
    render_github,
    render_html,
    render_json,
    render_junit,
    render_markdown,
    render_sarif,
    tally,
)
from validator.report.registry import (
    REPORTERS,
    Reporter,
    Settings,
    option_formats,
    report_names,
    stdout_formats,
)
from validator.report.terminal import PLAIN


def _toy(result: Result, settings: Settings) -> str:
    return f"toy: {len(result.claims)} claims, quiet={settings.quiet}, links={settings.link_root}\n"


ROOT = Path(__file__).resolve().parents[2]

TOY = Reporter(_toy, stdout=True, report="toy.txt", option="--toy", what="a toy count")


def _with_toy() -> dict[str, Reporter]:
    """A test-only copy of the table with the toy reporter added last."""
    return {**REPORTERS, "toy": TOY}


def _plan(reports: str | None, format: str) -> Plan:
    return Plan(
        paths=("claims",),
        dataset="dataset",
        cache_dir=None,
        reports=reports,
        in_actions=False,
        format=format,
        claimreview=None,
        docs_url=None,
    )


def test_the_shipped_table() -> None:
    assert stdout_formats() == ("text", "json", "github")
    assert report_names() == ("consistency.html", "consistency.json", "consistency.md")
    assert option_formats() == ("junit", "sarif", "claimreview")
    assert [REPORTERS[name].option for name in option_formats()] == [
        "--junit",
        "--sarif",
        "--claimreview",
    ]


def test_each_entry_renders_what_its_reporter_does() -> None:
    result = sample_result()
    quiet = Settings(quiet=True)
    assert REPORTERS["json"].render(result, quiet) == render_json(result, quiet=True)
    assert REPORTERS["github"].render(result, quiet) == render_github(result, quiet=True)
    assert REPORTERS["junit"].render(result, quiet) == render_junit(result)
    docs = "https://docs.example/codes.md"
    assert REPORTERS["sarif"].render(result, Settings(codes_url=docs)) == render_sarif(
        result, codes_url=docs
    )
    linked = Settings(link_root="..")
    assert REPORTERS["html"].render(result, linked) == render_html(result, link_root="..")
    assert REPORTERS["markdown"].render(result, linked) == render_markdown(result, link_root="..")


def test_claimreview_without_its_settings_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^ClaimReview needs its settings"):
        REPORTERS["claimreview"].render(sample_result(), Settings())


def test_the_parser_knows_only_the_table_s_formats() -> None:
    with pytest.raises(UsageError, match="invalid choice: 'toy'"):
        build_parser().parse_args(["--format", "toy"])
    with pytest.raises(UsageError, match=r"^unrecognized arguments: --toy$"):
        build_parser().parse_args(["--toy", "out.txt"])


def test_a_reporter_added_to_a_copy_of_the_table(tmp_path: Path) -> None:
    reporters = _with_toy()
    parser = build_parser(reporters)
    named = str(tmp_path / "named.txt")
    args = parser.parse_args(["claims", "--format", "toy", "--toy", named, "-q"])
    assert "--toy FILE            also write a toy count" in parser.format_help()
    assert "{text,json,github,toy}" in parser.format_help()
    assert option_paths(args, reporters) == {"toy": named}
    assert option_paths(args) == {}  # the shipped table has no --toy

    result = sample_result()
    claims = len(result.claims)
    plan = _plan(str(tmp_path / "reports"), "toy")
    stdout = render_stdout(result, args, plan, PLAIN, None, reporters)
    assert stdout == f"toy: {claims} claims, quiet=True, links=None\n"

    written = write_outputs(args, plan, result, 1, reporters)
    folder = tmp_path / "reports"
    assert written == [
        str(folder / "consistency.html"),
        str(folder / "consistency.json"),
        str(folder / "consistency.md"),
        str(folder / "toy.txt"),
        named,
    ]
    # In the reports folder: never quiet, linking to the run's folder when it is above.
    assert (folder / "toy.txt").read_text(
        "utf-8"
    ) == f"toy: {claims} claims, quiet=False, links=None\n"
    assert Path(named).read_text("utf-8") == f"toy: {claims} claims, quiet=False, links=None\n"
    assert "toy" not in REPORTERS


def test_the_reports_folder_links_to_the_run_s_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    reporters = _with_toy()
    args = build_parser(reporters).parse_args([])
    written = write_outputs(args, _plan("reports", "text"), sample_result(), 1, reporters)
    assert written[-1] == "reports/toy.txt"
    assert (tmp_path / "reports" / "toy.txt").read_text("utf-8").endswith("links=..\n")


def test_tally_counts_once_for_every_report() -> None:
    result = sample_result()
    tally(result)

    def again(_: Result) -> object:
        raise AssertionError("counted again")

    for name in ("verdict_counts", "severity_counts", "source_verdict_counts"):
        result.derived(name, again)
    for name in ("source_finding_counts", "code_counts"):
        result.derived(name, again)


def test_every_option_of_the_table_reaches_the_namespace() -> None:
    args = build_parser().parse_args(["--junit", "j.xml", "--sarif", "s.json"])
    assert isinstance(args, argparse.Namespace)
    assert option_paths(args) == {"junit": "j.xml", "sarif": "s.json"}


@pytest.mark.parametrize("name", report_package.__all__)
def test_each_name_of_the_report_package_is_its_modules(name: str) -> None:
    """The package's names, the table's renderers among them, are its modules' own."""
    home = import_module(f"validator.report.{report_package._HOMES[name]}")
    assert getattr(report_package, name) is getattr(home, name)


def test_the_table_imports_no_renderer_until_one_is_called() -> None:
    """The command reads the table for its options before it knows whether a remembered
    run answers; each renderer is imported through the package when it is first called."""
    homes = sorted({f"validator.report.{home}" for home in report_package._HOMES.values()})
    code = (
        "import sys; from validator.report.registry import REPORTERS, Settings; "
        f"homes = {homes!r}; print(sorted(m for m in homes if m in sys.modules)); "
        "from validator.model.result import Result; "
        "REPORTERS['junit'].render(Result((), (), (), ()), Settings()); "
        "print(sorted(m for m in homes if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "[]\n['validator.report.junit']\n",
        "",
    )
