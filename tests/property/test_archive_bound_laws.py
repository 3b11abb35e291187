"""Laws of the archives a run keeps within their bound: whatever the bound, and however
early an archive's words are indexed, every claim file's excerpts get the same findings
as with everything kept; and what is kept is within the bound, but for the one archive
just named when it alone passes it."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

import validator.rules.archives as archives_module
from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.read.files import load_file
from validator.rules.archives import Archives
from validator.rules.excerpts import check_excerpts

from .strategies import archived_excerpts
from .test_check_laws import SETTINGS

_HEAD = """\
source:
  id: s{number}
  outlet: Example
  title: A title
  published: 2022-12-07
  archive: t{named}.txt
claims:
"""
_CLAIM = "  - {{id: c{number}, subject: Mia, property: age, value: 22, excerpt: {excerpt}}}\n"


def _write(root: Path, texts: list[str], files: list[tuple[int, list[str]]]) -> list[ParsedFile]:
    (root / "claims").mkdir()
    for number, text in enumerate(texts):
        (root / "claims" / f"t{number}.txt").write_text(text, encoding="utf-8")
    parsed = []
    for number, (named, excerpts) in enumerate(files):
        claims = "".join(
            _CLAIM.format(number=at, excerpt=json.dumps(excerpt))
            for at, excerpt in enumerate(excerpts)
        )
        path = root / "claims" / f"f{number}.yaml"
        path.write_text(_HEAD.format(number=number, named=named) + claims, encoding="utf-8")
        loaded, _ = check_claim_file(load_file(str(path)))
        assert loaded is not None
        parsed.append(loaded)
    return parsed


@SETTINGS
@given(
    archived_excerpts(),
    st.integers(0, 3000),
    st.integers(0, 3),
    st.integers(0, 40_000),
)
def test_the_findings_are_the_same_under_any_bound(
    corpus: tuple[list[str], list[tuple[int, list[str]]]],
    max_kept: int,
    searches_before_index: int,
    archive_budget: int,
) -> None:
    """A small bound drops archives and their indexes, reads them again and builds no
    index that would not fit; the budget of work on each archive (a few searches of it
    here, so that it runs out) is spent once in the run all the same."""
    texts, files = corpus
    with (
        tempfile.TemporaryDirectory() as folder,
        patch.object(archives_module, "ARCHIVE_BUDGET", archive_budget),
    ):
        parsed = _write(Path(folder), texts, files)
        large = Archives(folder)
        expected = [check_excerpts(one, large) for one in parsed]
        small = Archives(folder, max_kept=max_kept, searches_before_index=searches_before_index)
        found: list[list[Finding]] = []
        for one, (named, _) in zip(parsed, files, strict=True):
            found.append(check_excerpts(one, small))
            named_real = os.path.realpath(Path(folder) / "claims" / f"t{named}.txt")
            assert small.kept_bytes <= max_kept or small.kept() == [named_real]
        assert found == expected
        assert small.reads >= large.reads == len(set(named for named, _ in files))
