"""The checks across files recalled from the cache find what a run without the cache
finds, whatever is edited between two runs (values, a quote's words, source ids)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from validator import validate
from validator.report import render_json

from .strategies import cross_claim_file, cross_edits

ROOT = Path(__file__).resolve().parents[2]
DATASET = str(ROOT / "dataset")
FILES = 5


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(first=cross_edits(FILES), second=cross_edits(FILES))
def test_a_cached_rerun_finds_what_a_fresh_run_finds(
    first: list[tuple[int, str, str]], second: list[tuple[int, str, str]]
) -> None:
    before = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as folder:
        # The signing key in the example's own folder, not in the user's home.
        os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "xdg")
        try:
            _runs(Path(folder), first, second)
        finally:
            if before is None:
                del os.environ["XDG_CACHE_HOME"]
            else:
                os.environ["XDG_CACHE_HOME"] = before


def _runs(folder: Path, *edits: list[tuple[int, str, str]]) -> None:
    """A run before the edits and after each list of them, cached and not."""
    claims = folder / "claims"
    claims.mkdir()
    fields: list[dict[str, str]] = [{} for _ in range(FILES)]
    cache = str(folder / "cache")
    for step in ([], *edits):
        for number, field, value in step:
            fields[number][field] = value
        for number in range(FILES):
            (claims / f"src-{number}.yaml").write_text(cross_claim_file(number, fields[number]))
        cached = validate(str(claims), DATASET, cache_dir=cache, root=str(folder))
        fresh = validate(str(claims), DATASET, root=str(folder))
        assert render_json(cached) == render_json(fresh)
        assert cached.findings == fresh.findings
