"""The cache of the loaded dataset changes nothing: for any dataset, reading it back
gives what parsing gave, every value of the type parsing gave it, and a dataset that
cannot be used is refused with the same problems whether or not a cache is at hand.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings

from validator.dataset.load import DatasetError, DatasetFile, build_dataset, read_dataset_files
from validator.dataset.model import Dataset
from validator.drive_dataset import cached_dataset, dumps, loads
from validator.read.files import Limits

from .strategies import dataset_files, exactly

LIMITS = Limits()


def _load(folder: Path, cache: Path | None, built: list[int]) -> Dataset | list[str]:
    def build(files: Sequence[DatasetFile]) -> Dataset:
        built.append(1)
        return build_dataset(files, str(folder), LIMITS)

    try:
        files = read_dataset_files(str(folder), LIMITS)
        return cached_dataset(None if cache is None else str(cache), LIMITS, files, build)
    except DatasetError as error:
        return error.problems


@settings(max_examples=60, deadline=None)
@given(files=dataset_files())
def test_a_dataset_read_back_is_the_dataset_parsed(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        previous = os.environ.get("XDG_CACHE_HOME")
        os.environ["XDG_CACHE_HOME"] = str(root / "home")  # a signing key of its own
        try:
            folder = root / "data"
            folder.mkdir()
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
            built: list[int] = []
            parsed = _load(folder, None, built)
            filled = _load(folder, root / "cache", built)
            warm = _load(folder, root / "cache", built)
        finally:
            if previous is None:
                del os.environ["XDG_CACHE_HOME"]
            else:
                os.environ["XDG_CACHE_HOME"] = previous
    if isinstance(parsed, list):  # refused: the same problems, and nothing kept
        assert filled == warm == parsed
        assert len(built) == 3
        return
    assert isinstance(filled, Dataset) and isinstance(warm, Dataset)
    assert len(built) == 2  # the third load read it back
    assert filled == warm == parsed
    assert exactly(warm) == exactly(parsed)
    assert exactly(loads(dumps(parsed))) == exactly(parsed)
