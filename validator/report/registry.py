"""The reporters, registered by format name: what renders each format and where its
text goes.

One table, `REPORTERS`, is all the command knows of its formats: `--format`'s choices
are the entries shown on standard output, the reports folder holds the entries with a
file name, and an entry with an option gets a `--NAME FILE` option of its own. A new
format is its reporter module and one entry here; the parser, the outputs and the
report files follow from the table (see docs/architecture.md, "Adding a reporter").

Every entry renders through the same call, `render(result, settings)`: `Settings` holds
what a run may ask of a reporter besides the Result, and each reporter reads what
concerns it. The table's order is the order its files are rendered and listed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import validator.report as reports
from validator.model.result import Result

from ._json_runs import Kept
from .claimreview_settings import ClaimReviewSettings
from .project_place import AT_ROOT, ProjectPlace
from .terminal import PLAIN, SourceLine, Style

# `Kept` is offered here beside `Settings`, which names it: the command hands the reports
# where they keep their texts, and takes the type from this table's module, never from the
# JSON report's own private one.
__all__ = [
    "REPORTERS",
    "Kept",
    "Reporter",
    "Settings",
    "option_formats",
    "report_names",
    "stdout_formats",
]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run asks of its reporters besides the Result. Text for standard output
    reads the first five; a report in a folder its `link_root`; ClaimReview its own
    settings; SARIF `codes_url`. The defaults are a report's: not quiet, plain, no links."""

    quiet: bool = False  # only what fails the run
    verbose: bool = False  # info findings too
    statistics: bool = False  # a count per code instead of each finding
    style: Style = PLAIN
    source: SourceLine | None = None  # a finding's line of its claim file
    link_root: str | None = None  # the run's folder as seen from the report's folder
    claimreview: ClaimReviewSettings | None = None
    codes_url: str | None = None  # where docs/codes.md is published, for SARIF's rules
    # Where the report files keep the texts of their pieces between runs (the JSON
    # report each claim file's records, the HTML and Markdown reports each finding).
    kept: Kept | None = None
    # Whether the run writes the reports folder's reports: where it does not, a note on
    # what a limit left out cannot send the reader to consistency.json.
    reports: bool = True
    # Where the run's folder stands to the project's root: SARIF gives paths relative
    # to the root, wherever the run started, and no report names or links a file
    # outside the project by a path from the root.
    place: ProjectPlace = AT_ROOT


Render = Callable[[Result, Settings], str]
# The same text in pieces, which joined (bytes pieces decoded) are exactly what the
# Render gives: a report file is then written a piece at a time, never held whole (see
# write_files).
RenderPieces = Callable[[Result, Settings], Iterable[str | bytes]]


@dataclass(frozen=True, slots=True)
class Reporter:
    """One format: what renders it and where its text may go (any of the three)."""

    render: Render
    stdout: bool = False  # one of --format's choices
    report: str | None = None  # its file name in the reports folder
    option: str | None = None  # the option naming its file: --NAME FILE
    what: str = ""  # what the option writes, for --help ("also write ...")
    pieces: RenderPieces | None = None  # for a file: the text a piece at a time


# Each renderer is the report package's (`reports.render_html`), whose module is imported
# when the name is first used: the command reads this table for its options, and a
# re-run that repeats a remembered run renders nothing.


def _text(result: Result, settings: Settings) -> str:
    return reports.render_text(
        result,
        quiet=settings.quiet,
        verbose=settings.verbose,
        style=settings.style,
        source=settings.source,
        statistics=settings.statistics,
    )


def _sarif(result: Result, settings: Settings) -> str:
    return reports.render_sarif(
        result,
        codes_url=settings.codes_url,
        reports=settings.reports,
        place=settings.place,
    )


def _claimreview(result: Result, settings: Settings) -> str:
    if settings.claimreview is None:
        # The command checks the configuration before the run (cli.plan), so that a run
        # of minutes does not end here.
        raise ValueError("ClaimReview needs its settings: publisher and review-url")
    return reports.render_claimreview(result, settings.claimreview)


# In this order --format lists text, json, github; the reports folder's files are
# rendered HTML first (the longest: two processes finish together, see write_files),
# and the options are listed in --help as they are here.
REPORTERS: Mapping[str, Reporter] = MappingProxyType(
    {
        "text": Reporter(_text, stdout=True),
        "html": Reporter(
            lambda r, s: reports.render_html(r, link_root=s.link_root, place=s.place),
            report="consistency.html",
            pieces=lambda r, s: reports.html_parts(
                r, link_root=s.link_root, kept=s.kept, place=s.place
            ),
        ),
        "json": Reporter(
            lambda r, s: reports.render_json(r, quiet=s.quiet),
            stdout=True,
            report="consistency.json",
            pieces=lambda r, s: reports.json_parts(r, quiet=s.quiet, kept=s.kept),
        ),
        "markdown": Reporter(
            lambda r, s: reports.render_markdown(r, link_root=s.link_root, place=s.place),
            report="consistency.md",
            pieces=lambda r, s: reports.markdown_parts(
                r, link_root=s.link_root, kept=s.kept, place=s.place
            ),
        ),
        "github": Reporter(
            lambda r, s: reports.render_github(r, quiet=s.quiet, reports=s.reports), stdout=True
        ),
        "junit": Reporter(
            lambda r, s: reports.render_junit(r),
            option="--junit",
            what="JUnit XML (a testcase per claim)",
        ),
        "sarif": Reporter(_sarif, option="--sarif", what="SARIF 2.1.0"),
        "claimreview": Reporter(
            _claimreview,
            option="--claimreview",
            what="schema.org ClaimReview JSON-LD from the verdicts "
            "(needs publisher and review-url in [tool.factlint])",
        ),
    }
)


def stdout_formats(reporters: Mapping[str, Reporter] = REPORTERS) -> tuple[str, ...]:
    """--format's choices."""
    return tuple(name for name, reporter in reporters.items() if reporter.stdout)


def report_names(reporters: Mapping[str, Reporter] = REPORTERS) -> tuple[str, ...]:
    """The files of the reports folder, in the order they are rendered."""
    return tuple(reporter.report for reporter in reporters.values() if reporter.report)


def option_formats(reporters: Mapping[str, Reporter] = REPORTERS) -> tuple[str, ...]:
    """The formats written to a file named by an option of their own."""
    return tuple(name for name, reporter in reporters.items() if reporter.option)
