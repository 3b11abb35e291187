"""A re-run of the command prints, exits with and writes what a run without the cache
does, whatever is edited between the runs: what the checks see (a value, a quote's word,
a source's id), what they do not (a comment, blank lines, a text quoted), or both; and
it repeats the last run whenever nothing edited is seen (validator.drive_outcome)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import validator.pipeline
from validator.cli.main import main

from .strategies import UNSEEN_EDITS, cross_claim_file, cross_edits, unseen_edits

ROOT = Path(__file__).resolve().parents[2]
FILES = 3
Outcome = tuple[int, str, dict[str, bytes]]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seen=st.one_of(st.just([]), cross_edits(FILES)), unseen=unseen_edits(FILES))
@example(seen=[], unseen=[(0, "the outlet quoted"), (0, "the outlet quoted")])
def test_a_re_run_gives_what_a_run_without_the_cache_gives(
    seen: list[tuple[int, str, str]], unseen: list[tuple[int, str]]
) -> None:
    with _project() as folder:
        fields: list[dict[str, str]] = [{} for _ in range(FILES)]
        _write(folder, fields, [])
        _validate()  # the run the next one compares itself with
        for number, field, value in seen:
            fields[number][field] = value
        _write(folder, fields, unseen)
        ran: list[int] = []
        real = validator.pipeline.run

        def counted(*args: Any, **kwargs: Any) -> Any:
            ran.append(1)
            return real(*args, **kwargs)

        validator.pipeline.run = counted
        try:
            again = _validate()
        finally:
            validator.pipeline.run = real
        assert "claims/src-0.yaml" in again[1]  # a run with findings to show
        assert again == _validate("--no-cache")
        if not seen:
            assert ran == []  # repeated: nothing the checks see was edited


@contextlib.contextmanager
def _project() -> Iterator[Path]:
    """A project of its own, its signing key in its own folder, as the working directory."""
    before = (os.getcwd(), os.environ.get("XDG_CACHE_HOME"))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copytree(ROOT / "dataset", folder / "dataset")
        (folder / "claims").mkdir()
        (folder / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
        os.environ["XDG_CACHE_HOME"] = str(folder / "xdg")
        os.chdir(folder)
        try:
            yield folder
        finally:
            os.chdir(before[0])
            if before[1] is None:
                del os.environ["XDG_CACHE_HOME"]
            else:
                os.environ["XDG_CACHE_HOME"] = before[1]


def _write(folder: Path, fields: list[dict[str, str]], unseen: list[tuple[int, str]]) -> None:
    for number in range(FILES):
        text = cross_claim_file(number, fields[number])
        for edited, name in unseen:
            if edited == number:
                text = UNSEEN_EDITS[name](text)
        (folder / "claims" / f"src-{number}.yaml").write_text(text, encoding="utf-8")


def _validate(*options: str) -> Outcome:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["claims", *options])
    reports = {p.name: p.read_bytes() for p in sorted(Path("reports").iterdir())}
    return code, out.getvalue(), reports
