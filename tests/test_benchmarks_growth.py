"""The growth benchmark's corpora (benchmarks/gen_growth.py) are what each shape says: as
many claims as asked, the same bytes every time, and the findings the shape is built to
provoke, for the shipped dataset and for another subject's. Small sizes; nothing here
is timed."""

from __future__ import annotations

import importlib.util
import math
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.read.files import discover

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = load_dataset(str(ROOT / "dataset"))
OTHER = load_dataset(str(ROOT / "tests" / "second_subject" / "dataset"))


def _module(name: str) -> ModuleType:
    benchmarks = str(ROOT / "benchmarks")
    if benchmarks not in sys.path:  # growth.py imports its neighbours by name
        sys.path.insert(0, benchmarks)
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its data classes look their module up by name
    spec.loader.exec_module(module)
    return module


gen_growth = _module("gen_growth")
growth = _module("growth")

# What each shape provokes at 12 claims against the shipped dataset.
EXPECTED = {
    "one-group": {"D201": 11},  # one of the twenty days is the dataset's
    "one-group-unsettled": {"D203": 12, "X301": 12},  # twelve sides, each the odd one out
    "every-value-differs": {"D201": 12},
    "one-file": {"D201": 12, "X303": 1},
    "same-claim-id": {"E103": 11},
    "same-source-id": {"E103": 11},
    "quote-variants": {"D207": 12, "Q402": 12},
    "many-speakers": {"E104": 12},
    "same-excerpt": {"S501": 5},  # seven wordings: the sources sharing one are paired
    "unknown-properties": {"E105": 12},
    "unknown-subjects": {"E104": 12},
    "deep-folders": {},
}


def _codes(folder: Path, dataset: Dataset) -> dict[str, int]:
    return dict(Counter(f.code for f in validate(str(folder), dataset).findings))


def test_every_shape_is_expected() -> None:
    assert sorted(gen_growth.GROWTH_SHAPES) == sorted(EXPECTED)


@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_each_shape_writes_its_claims_and_provokes_its_findings(tmp_path: Path, shape: str) -> None:
    written = gen_growth.write_growth(str(tmp_path), shape, 12, SHIPPED)
    assert sorted(discover([str(tmp_path)])) == sorted(written)
    result = validate(str(tmp_path), SHIPPED)
    assert len(result.claims) == 12
    assert _codes(tmp_path, SHIPPED) == EXPECTED[shape]


@pytest.mark.parametrize("shape", sorted(EXPECTED))
def test_each_shape_is_the_same_bytes_every_time(tmp_path: Path, shape: str) -> None:
    first = gen_growth.write_growth(str(tmp_path / "a"), shape, 30, SHIPPED)
    second = gen_growth.write_growth(str(tmp_path / "b"), shape, 30, SHIPPED)
    assert [Path(p).read_bytes() for p in first] == [Path(p).read_bytes() for p in second]


def test_the_shapes_take_their_names_from_the_dataset_given(tmp_path: Path) -> None:
    picked = gen_growth.picks(OTHER)
    assert (picked.subject, picked.date_property, str(picked.known_date)) == (
        "Dana Okafor",
        "birth_date",
        "1977-11-02",
    )
    assert (picked.speaker, picked.quote_property) == ("Ilse Varga", "said")
    gen_growth.write_growth(str(tmp_path), "one-group-unsettled", 12, OTHER)
    assert _codes(tmp_path, OTHER) == {"D203": 12, "X301": 12}


def test_a_dataset_without_a_quote_is_refused_by_name() -> None:
    bare = load_dataset(str(ROOT / "tests" / "second_subject" / "dataset"))
    bare.facts = {key: facts for key, facts in bare.facts.items() if key[1] != "said"}
    with pytest.raises(ValueError, match=r"^the dataset has no quote fact for the growth shapes$"):
        gen_growth.picks(bare)


def test_the_exponent_is_the_power_of_the_size() -> None:
    assert growth.exponent(1.0, 4.0, 4) == 1.0
    assert growth.exponent(0.5, 8.0, 4) == 2.0
    assert math.isnan(growth.exponent(0.0, 4.0, 4))
    assert math.isnan(growth.exponent(1.0, -0.1, 4))
