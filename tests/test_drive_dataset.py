"""The driver's part of keeping the loaded dataset between runs: a `Dataset` as the
bytes of a cache entry and back (each equal value stored once, only the dataset's own
classes ever built), and the loader wrapped in the cache. The cache itself is tested in
tests/speed/test_dataset_cache.py."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.property.strategies import exactly

# Its signing key in each test's own folder (`_own_secret`, autouse), and its helpers.
from tests.speed.test_dataset_cache import _grown, _own_secret, _Remove  # noqa: F401
from validator.dataset.files import DatasetFile, dataset_digest, read_dataset_files
from validator.dataset.load import build_dataset, load_dataset
from validator.dataset.model import Dataset, Fact, PropertyDef
from validator.drive_dataset import (
    CODEC,
    cached_dataset,
    dumps,
    load_dataset_cached,
    load_dataset_keyed,
    loads,
)
from validator.model.values import Span
from validator.read.files import Limits

ROOT = Path(__file__).resolve().parents[1]


def test_equal_values_are_stored_once(tmp_path: Path) -> None:
    grown = load_dataset(str(_grown(tmp_path / "grown", 3000)))
    shared = loads(dumps(grown))
    assert shared is not None
    values = [f.value for facts in shared.facts.values() for f in facts]
    displays = [f.display for facts in shared.facts.values() for f in facts]
    # As many objects as distinct values: each equal value read back is one object.
    assert len({id(v) for v in values}) == len({(v, repr(v)) for v in values})
    assert len({id(d) for d in displays}) == len(set(displays))


def test_a_dataset_read_back_is_the_dataset_to_the_type_of_each_value() -> None:
    shipped = load_dataset(str(ROOT / "dataset"))
    again = loads(dumps(shipped))
    assert again == shipped
    assert exactly(again) == exactly(shipped)
    assert CODEC.loads(CODEC.dumps(shipped)) == shipped


def test_equal_spans_of_other_number_types_are_not_shared() -> None:
    """A date's span holds whole minutes as integers, a number's floats: 1440 == 1440.0,
    but the one read back must be of the type the loader made."""
    facts = {
        ("a", "born"): [Fact("a", "born", "x", Span(1440, 2879), "x")],
        ("a", "score"): [Fact("a", "score", 1440, Span(1440.0, 2879.0), "x")],
    }
    dataset = Dataset(
        "toy",
        "Toy",
        None,
        {},
        {"born": PropertyDef("born", "date"), "score": PropertyDef("score", "number")},
        {},
        facts=facts,
    )
    again = loads(dumps(dataset))
    assert again is not None
    born, score = again.facts_for("a", "born")[0].value, again.facts_for("a", "score")[0].value
    assert isinstance(born, Span) and isinstance(score, Span)
    assert (type(born.low), type(score.low)) == (int, float)


def test_an_entry_that_holds_anything_but_a_dataset_is_none(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    for payload in (
        pickle.dumps(_Remove(str(victim))),
        pickle.dumps(["a", "list"]),
        b"\x80\x05not a pickle",
        b"",
        dumps(load_dataset(str(ROOT / "dataset")))[:-20],
    ):
        assert loads(payload) is None
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_without_a_cache_folder_the_dataset_is_built_every_time(tmp_path: Path) -> None:
    files = read_dataset_files(str(ROOT / "dataset"), Limits())
    built: list[int] = []

    def build(read: Sequence[DatasetFile]) -> Dataset:
        built.append(len(read))
        return build_dataset(read, "dataset", Limits())

    first = cached_dataset(None, Limits(), files, build)
    second = cached_dataset(None, Limits(), files, build)
    assert first == second and built == [len(files), len(files)]
    cache = str(tmp_path / "cache")
    assert cached_dataset(cache, Limits(), files, build) == first
    assert cached_dataset(cache, Limits(), files, build) == first
    assert built == [len(files)] * 3  # the second run with a folder read it from there


def test_the_keyed_load_gives_the_digest_of_what_it_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    dataset, digest = load_dataset_keyed("dataset", None)
    assert digest == dataset_digest(read_dataset_files("dataset", Limits()), Limits())
    assert dataset == load_dataset("dataset")
    assert load_dataset_cached("dataset", str(tmp_path / "cache")) == dataset
    # Bytes the caller read already are what the dataset is built of.
    files = read_dataset_files("dataset", Limits())
    assert load_dataset_keyed("dataset", None, files=files) == (dataset, digest)
