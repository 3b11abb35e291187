"""`factlint draft ARTICLE`: the command line of the drafter.

Exit status: 0 the draft was written; 2 it could not be (bad option, unreadable article,
invalid dataset), with one line saying what to fix.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO
from urllib.parse import urlsplit

from validator.arguments import ArgumentError, check_named_file, check_named_path
from validator.config import ConfigError, find_config, load_config, project_root
from validator.dataset.load import DatasetError, load_dataset
from validator.guard.git_folders import git_folder_problem
from validator.guard.safe_read import real_path
from validator.model.typography import shorten
from validator.report.escaping import terminal_safe
from validator.report.write_files import ReportWriteError, write_text_atomic

from . import SourceInfo, draft
from .article import MAX_ARTICLE_BYTES, Article, ArticleError, read_article
from .cues import CueError
from .page_copy import is_masthead

__all__ = ["build_parser", "main"]

_DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_MARKDOWN = (".md", ".markdown")
# The longest outlet, title or author written to the draft: a page's metadata is the
# page's to choose, and a meta tag of a megabyte is no name.
_MAX_FIELD = 2000


class UsageError(Exception):
    """A bad command line: exit 2 with one line and a pointer to --help."""


class InputError(Exception):
    """Something the command needs and does not have: exit 2 with one line saying what."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factlint draft",
        description="Draft a claim file from an article (plain text, Markdown or HTML) for review.",
        epilog="Exit status: 0 the draft was written, 2 it could not be.",
    )
    parser.add_argument(
        "article", metavar="ARTICLE", help="a text, Markdown (.md) or HTML file, or - for stdin"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="when the article was published: YYYY[-MM[-DD]], or FROM/TO with either end open "
        "(default: the HTML page's date, the Markdown front matter's, or a copied page's "
        "date line; else a date its headline or standfirst sets off)",
    )
    parser.add_argument("--source-id", metavar="ID", help="the source id (default: OUTLET-DATE)")
    parser.add_argument(
        "--outlet", metavar="NAME", help="who published it (default: the page's site)"
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help="its title (default: the page's title or headline, else the first line)",
    )
    parser.add_argument(
        "--url", metavar="URL", help="where it is (default: the page's canonical URL)"
    )
    parser.add_argument(
        "--dataset", metavar="DIR", help="the canonical dataset (default: dataset/)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the draft here, not to stdout"
    )
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    err = sys.stderr
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:  # --help
            return int(stop.code or 0)
        config = load_config(find_config())
        # Paths written inside the project stay there, links followed (as for validate).
        root = project_root(config.file)
        if args.dataset is not None:
            check_named_path("--dataset", args.dataset, root, read=True)
        if args.output:
            check_named_file("--output", args.output, root)
        # The article too: a workflow drafting the articles a pull request adds read
        # `articles/new.txt -> ../.env`, and printed its lines as the title and excerpts.
        if args.article != "-":
            check_named_path("ARTICLE", args.article, root, read=True)
        # The dataset chosen and explained as `validate` does: the path tried and why.
        path, problem = config.dataset_path(args.dataset, os.getcwd())
        if problem is not None:
            raise DatasetError([problem])
        if args.output:
            _check_output(args.output, args.article, config.file, path, root)
        dataset = load_dataset(path)
        markdown = args.article.lower().endswith(_MARKDOWN)
        raw = _read(args.article, stdin or sys.stdin)
        article = read_article(raw, markdown=markdown, outlet=args.outlet)
        text = draft(article, dataset, _source_info(args, article))
        if args.output:
            write_text_atomic(args.output, text, named_by_user=True)
        else:
            sys.stdout.write(text)
        return 0
    except UsageError as error:
        problem = f"{error} (see factlint draft --help)"
    except InputError as error:
        problem = str(error)
    except ArticleError as error:
        problem = f"{args.article}: {error}"
    except ConfigError as error:
        problem = f"configuration: {error}"
    except ArgumentError as error:
        problem = str(error)
    except DatasetError as error:
        more = f" (and {len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
        problem = f"dataset: {error.problems[0]}{more}"
    except CueError as error:
        problem = f"dataset: {error}"
    except ReportWriteError as error:
        problem = f"cannot write the draft: {error}"
    except KeyboardInterrupt:
        problem = "interrupted"
    # Paths, configuration values and dataset names come from the project and the
    # command line: shown as `validate` shows them, no control character or workflow
    # command of GitHub Actions written raw to a terminal or a CI log.
    err.write(f"factlint draft: {terminal_safe(problem)}\n")
    return 2


def _check_output(
    output: str, article: str, config_file: str | None, dataset: str, root: str
) -> None:
    """ArgumentError when the draft would replace what drafting reads, or be written
    among git's own files: `-o` naming the article replaced it with its draft, naming
    the configuration or a file of the dataset replaced that, and `-o .git/x` wrote into
    the repository's .git folder, each with exit status 0 (as `validate` refuses its
    outputs). `root`: the project's root, below which a `.git` is looked for."""
    # `-o` through a chain of more links than can be resolved is compared as written
    # (`real_path`): the system follows none of it, so writing there fails and says so.
    key = real_path(output) or os.path.abspath(output)
    folder = os.path.realpath(dataset)
    what = ""
    if article != "-" and key == os.path.realpath(article):
        what = "the article being drafted"
    elif config_file is not None and key == os.path.realpath(config_file):
        what = "the configuration file"
    elif key == folder or (os.path.isfile(key) and key.startswith(folder + os.sep)):
        what = "a file of the dataset"
    elif key.startswith(folder + os.sep) and key.lower().endswith((".yaml", ".yml")):
        what = "in the dataset folder, whose YAML files the dataset is read from"
    if what:
        raise ArgumentError(
            "--output", f"'{shorten(output, 80)}' is {what}; name another file for the draft"
        )
    # The folder's links followed, the file's not: a link in the draft's place is
    # replaced (`write_text_atomic`), as `validate` looks at its outputs' folders.
    written_in = os.path.dirname(output) or "."
    in_git = git_folder_problem(
        os.path.normcase(real_path(written_in) or os.path.abspath(written_in)), root, False
    )
    if in_git:
        raise ArgumentError("--output", f"'{shorten(output, 80)}' {in_git}; name a file outside it")


def _read(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        return stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    try:
        with open(name, "rb") as handle:
            return handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; name the article to draft") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read: {error.strerror}") from None


def _published(args: argparse.Namespace, article: Article) -> str | tuple[str | None, str | None]:
    given = args.published if args.published is not None else article.published
    if given is None:
        doubt = f" (its date line's {article.date_doubt})" if article.date_doubt else ""
        raise InputError(
            f"{args.article}: no publication date in the article{doubt}: pass --published DATE"
        )
    if re.fullmatch(_DATE, given):
        return given
    interval = re.fullmatch(rf"({_DATE})?/({_DATE})?", given)
    if interval and any(interval.groups()):
        return (interval.group(1), interval.group(2))
    raise InputError(
        f"--published {given!r} is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO"
    )


def _source_info(args: argparse.Namespace, article: Article) -> SourceInfo:
    published = _published(args, article)
    url = args.url or article.url
    host = _host(url) if url else None
    outlet: str | None = args.outlet or article.sitename or (str(host) if host else None)
    if not outlet:
        raise InputError(f"{args.article}: no outlet named in the article: pass --outlet NAME")
    # Else the first line, past the masthead: the outlet's name, a menu's bar of links.
    lines = [p for p in article.paragraphs if not is_masthead(p, outlet)] or article.paragraphs
    title = args.title or _without_crumbs(
        _without_site(article.title or (lines[0] if lines else ""), outlet, host)
    )
    if not title:
        raise InputError(f"{args.article}: the article is empty: nothing to draft")
    first = published if isinstance(published, str) else (published[0] or published[1] or "")
    source_id = args.source_id or _slug(f"{outlet}-{first}")
    if not _ID.fullmatch(source_id) or len(source_id) > 200:
        raise InputError(f"--source-id {source_id!r}: use lower-case letters, digits and hyphens")
    return SourceInfo(
        id=source_id,
        outlet=outlet[:_MAX_FIELD],
        title=title[:_MAX_FIELD],
        published=published,
        url=url,
        author=article.author[:_MAX_FIELD] if article.author else None,
        archive=_archive(args, article),
    )


# A page's title ending with the site's name after a bar or a dash ("I Am Ruth -
# Wikipedia", "... | The Guardian"): the site is the outlet, not the title's.
_SITE_AFTER = re.compile(r"\s+[|\-–—]\s+(?P<site>[^|\-–—]{1,60})$")


def _without_site(title: str, outlet: str, host: str | None) -> str:
    """`title` without the outlet's name after its last bar or dash, where that part is
    the outlet's name or a word of its address ("Wikipedia" of en.wikipedia.org)."""
    found = _SITE_AFTER.search(title)
    if found is None:
        return title
    site = _letters(found.group("site"))
    named = {_letters(outlet), _letters(host or "")} - {""}
    if site and any(site == n or (len(site) >= 4 and site in n) for n in named):
        return title[: found.start()].rstrip() or title
    return title


# A page's title naming the site's section after the headline, each after a bar ("I Am
# Ruth review: ... | Television & radio | The Guardian"): a bar with spaces either side
# parts crumbs, never a headline's own words; a section's name is a few words.
_CRUMB = re.compile(r"\s+\|\s+(?P<crumb>[^|]{1,60})$")
_MAX_CRUMB_WORDS = 4
_MAX_CRUMBS = 3


def _without_crumbs(title: str) -> str:
    """`title` without the section names after its headline, each after a bar: a part of
    at most a few words, shorter than what stands before it, and no sentence."""
    for _ in range(_MAX_CRUMBS):
        found = _CRUMB.search(title)
        if found is None:
            break
        head, words = title[: found.start()].rstrip(), found.group("crumb").split()
        short = 0 < len(words) <= _MAX_CRUMB_WORDS and len(words) < len(head.split())
        if not short or words[-1].endswith((".", "?", "!")):
            break
        title = head
    return title


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # "http://[x": no host to name the outlet by
        return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "source"


def _archive(args: argparse.Namespace, article: Article) -> str | None:
    """The article as the draft's archive, where validate can use it: a plain-text file
    inside the folder the draft is written to (validate reads nothing outside the project)."""
    if not article.is_file_text or args.article == "-" or not args.output:
        return None
    folder = os.path.dirname(os.path.abspath(str(args.output)))
    relative = os.path.relpath(os.path.abspath(str(args.article)), folder)
    if relative.startswith(".."):
        return None
    return relative.replace(os.sep, "/")
