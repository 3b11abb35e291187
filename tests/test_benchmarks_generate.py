"""The benchmark's corpus generator writes claim files factlint accepts: every file loads
without a problem, passes the schema, and every name in it resolves, so a run over a
generated corpus measures the checks, not error handling. Small sizes only; nothing
here is timed.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from validator import validate
from validator.claim_files import check_claim_file
from validator.dataset_load import load_dataset
from validator.load import LoadedFile, discover, load_file
from validator.schema import validator_for

ROOT = Path(__file__).resolve().parents[1]
DATASET = load_dataset(str(ROOT / "dataset"))


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("corpus")
    written: list[str] = generate.generate(str(folder), files=12, claims=40, dataset=DATASET)
    return written


def test_it_writes_the_files_and_claims_asked_for(corpus: list[str]) -> None:
    assert len(corpus) == 12
    folder = Path(corpus[0]).parent
    assert sorted(discover([str(folder)])) == sorted(corpus)
    for path in corpus:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        assert len(data["claims"]) == 40
    assert (folder / "sources" / "gen-000010.txt").exists()  # one file in ten has an archive


def test_every_file_loads_cleanly_and_passes_the_schema(corpus: list[str]) -> None:
    schema = validator_for("claim-file.schema.json")
    for path in corpus:
        loaded = load_file(path)
        assert isinstance(loaded, LoadedFile), loaded
        assert loaded.problems == ()
        assert list(schema.iter_errors(loaded.data)) == []
        parsed, findings = check_claim_file(loaded)
        assert findings == []
        assert all(entry.model is not None for entry in parsed.claims)


def test_a_run_finds_only_what_the_generator_planted(corpus: list[str]) -> None:
    result = validate(corpus, DATASET)
    codes = Counter(f.code for f in result.findings)
    # Names resolve, values fit their types, ids are unique: no E101-E106.
    assert not {c for c in codes if c in ("E101", "E102", "E103", "E104", "E105", "E106")}
    assert len(result.claims) == 12 * 40
    verdicts = Counter(c.verdict.value for c in result.claims)
    assert verdicts["invalid"] == 0
    # A realistic mix: mostly supported, some of everything else.
    assert verdicts["supported"] > len(result.claims) / 2
    assert verdicts["refuted"] > 0 and verdicts["unverifiable"] > 0
    assert {"D201", "D202", "D203"} <= set(codes)


def test_it_uses_quotes_excerpts_and_the_dataset_vocabulary(corpus: list[str]) -> None:
    properties: Counter[str] = Counter()
    excerpts = 0
    for path in corpus:
        for claim in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["claims"]:
            properties[claim["property"]] += 1
            excerpts += "excerpt" in claim
            name = claim["property"]
            assert DATASET.property(name) is not None, name
            assert DATASET.resolve_entity(claim["subject"]) is not None, claim["subject"]
    assert properties["said"] > 0
    assert excerpts > 0
    inverses = [p for p in properties if (found := DATASET.property(p)) is not None and found[1]]
    assert inverses  # some claims use a property's inverse (acted_in, parent_of)


def test_it_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    first = generate.generate(str(tmp_path / "a"), files=3, claims=10, dataset=DATASET)
    second = generate.generate(str(tmp_path / "b"), files=3, claims=10, dataset=DATASET)
    third = generate.generate(str(tmp_path / "c"), files=3, claims=10, seed=2, dataset=DATASET)
    read = [[Path(p).read_bytes() for p in files] for files in (first, second, third)]
    assert read[0] == read[1]
    assert read[0] != read[2]


def test_the_json_form_holds_the_same_documents(tmp_path: Path) -> None:
    as_yaml = generate.generate(str(tmp_path / "y"), files=2, claims=15, dataset=DATASET)
    as_json = generate.generate(
        str(tmp_path / "j"), files=2, claims=15, fmt="json", dataset=DATASET
    )
    for y, j in zip(as_yaml, as_json, strict=True):
        loaded_yaml, loaded_json = load_file(y), load_file(j)
        assert isinstance(loaded_yaml, LoadedFile) and isinstance(loaded_json, LoadedFile)
        assert loaded_yaml.data == loaded_json.data == json.loads(Path(j).read_text())


def test_one_big_file_is_one_source(tmp_path: Path) -> None:
    (path,) = generate.generate(str(tmp_path), files=1, claims=500, dataset=DATASET)
    loaded = load_file(path)
    assert isinstance(loaded, LoadedFile)
    parsed, findings = check_claim_file(loaded)
    assert findings == [] and len(parsed.claims) == 500
    assert len({c.claim_id for c in parsed.claims}) == 500


def test_the_command_line_writes_a_corpus(tmp_path: Path) -> None:
    assert generate.main([str(tmp_path), "--files", "2", "--claims", "5"]) == 0
    assert len(list(tmp_path.glob("*.yaml"))) == 2
