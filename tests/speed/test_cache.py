"""The cache of parsed, schema-checked files: same results as without it, never trusted
blindly (a damaged, forged or foreign entry is ignored and rebuilt), and on by default
only for the command.

Nothing here times anything: the speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import validator.speed.file_store as store_module
import validator.speed.restricted as restricted_module
from validator import Result, validate
from validator.cli.main import main
from validator.dataset.load import load_dataset
from validator.drive_files import CACHE_ENTRIES, load_claim_files, open_cache
from validator.model.findings import Finding
from validator.parse.claim_file import ParsedFile, check_claim_file
from validator.read.files import Limits, LoadedFile, discover, display_path
from validator.report import render_json
from validator.speed.file_store import CACHE_FOLDER, FileCache
from validator.stages import Checker, well_formed

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))
BAD_INPUT = ROOT / "tests" / "examples" / "bad-input"

GOOD = """\
source:
  id: {id}
  outlet: Tyla
  title: A title
  published: 2022-12-07
claims:
  - id: mia-age
    subject: Mia Threapleton
    property: age
    value: 22
  - id: cast-freya
    subject: I Am Ruth
    property: cast_member
    value: Mia Threapleton
    qualifiers: {{character: Freya}}
"""

BROKEN: dict[str, str | bytes] = {
    "schema.yaml": GOOD.format(id="schema").replace("value: 22", "value: [22]"),
    "syntax.yaml": "source: {id: x\nclaims: [\n",
    "empty.yaml": "",
    "duplicate-key.yaml": GOOD.format(id="dupkey").replace("value: 22", "value: 22\n    value: 23"),
    "not-utf8.yaml": b"source:\n  id: caf\xe9\n",
    "list.json": "[1, 2, 3]\n",
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_corpus(tmp_path, monkeypatch)


def make_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Twenty good files and some broken ones, in the working directory `tmp_path`."""
    claims = tmp_path / "claims"
    claims.mkdir()
    for number in range(20):
        (claims / f"good-{number:02d}.yaml").write_text(GOOD.format(id=f"good-{number:02d}"))
    for name, text in BROKEN.items():
        target = claims / name
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return claims


def _same(a: Result, b: Result) -> None:
    assert render_json(a) == render_json(b)
    assert a.findings == b.findings
    assert a.claims == b.claims


def _store(cache_dir: Path) -> FileCache:
    store = open_cache(str(cache_dir), Limits())
    assert store is not None
    return store


def _entries(cache_dir: Path) -> list[Path]:
    """The file entries: remembered whole runs (runs/, see test_run_cache) and loaded
    datasets (datasets/, see test_dataset_cache) left out."""
    return sorted(
        p
        for p in cache_dir.glob("*/*")
        if not p.name.startswith(".") and p.parent.name not in ("runs", "datasets")
    )


def test_a_cached_run_gives_what_an_uncached_run_gives(corpus: Path) -> None:
    expected = validate(str(corpus), DATASET)
    assert {f.code for f in expected.findings} >= {"E101", "E102"}
    cold = validate(str(corpus), DATASET, cache_dir=".cache")
    warm = validate(str(corpus), DATASET, cache_dir=".cache")
    _same(expected, cold)
    _same(expected, warm)
    assert len(_entries(Path(".cache"))) == len(discover([str(corpus)]))


def test_the_committed_bad_input_gives_the_same_findings_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    cache_dir = str(tmp_path / "cache")
    expected = validate("tests/examples/bad-input", DATASET)
    validate("tests/examples/bad-input", DATASET, cache_dir=cache_dir)
    _same(expected, validate("tests/examples/bad-input", DATASET, cache_dir=cache_dir))


def _impersonating(spy: Checker) -> Checker:
    """`spy` under check_claim_file's name: the cache keys entries by the checker's name,
    so that a substitute checker never reads what the real one wrote, except here."""
    spy.__module__ = check_claim_file.__module__
    spy.__qualname__ = check_claim_file.__qualname__
    return spy


def _shown(path: str) -> str:
    return display_path(path)


def _accepts(path: str) -> Callable[[object], bool]:
    """What the driver takes from an entry for `path`: an outcome of that very file."""
    return functools.partial(well_formed, shown=_shown(path))


def _key_parts(path: str) -> tuple[str, str]:
    return _shown(path), hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_a_warm_run_checks_no_file_again(corpus: Path) -> None:
    files = discover([str(corpus)])
    cold = load_claim_files(files, Limits(), cache_dir=".cache")

    def refuse(loaded: LoadedFile, max_claims: int) -> tuple[ParsedFile, list[Finding]]:
        raise AssertionError(f"{loaded.path} was checked again")

    warm = load_claim_files(files, Limits(), cache_dir=".cache", check=_impersonating(refuse))
    assert warm == cold


def test_only_a_changed_file_is_checked_again(corpus: Path) -> None:
    files = discover(["claims"])
    first = load_claim_files(files, Limits(), cache_dir=".cache")
    changed = corpus / "good-07.yaml"
    changed.write_text(GOOD.format(id="good-07").replace("value: 22", "value: 23"))
    checked: list[str] = []

    def spy(loaded: LoadedFile, max_claims: int) -> tuple[ParsedFile, list[Finding]]:
        checked.append(loaded.path)
        return check_claim_file(loaded, max_claims)

    second = load_claim_files(files, Limits(), cache_dir=".cache", check=_impersonating(spy))
    assert checked == ["claims/good-07.yaml"]
    index = files.index(os.path.join("claims", "good-07.yaml"))
    assert [o for n, o in enumerate(first) if n != index] == [
        o for n, o in enumerate(second) if n != index
    ]
    parsed = second[index][0]
    assert parsed is not None and parsed.claims[0].raw["value"] == 23


def test_a_checker_of_another_name_never_reads_the_real_ones_entries(corpus: Path) -> None:
    files = discover(["claims"])
    cold = load_claim_files(files, Limits(), cache_dir=".cache")
    checked: list[str] = []

    def substitute(loaded: LoadedFile, max_claims: int) -> tuple[ParsedFile, list[Finding]]:
        checked.append(loaded.path)
        return check_claim_file(loaded, max_claims)

    load_claim_files(files, Limits(), cache_dir=".cache", check=substitute)
    assert len(checked) == sum(parsed is not None for parsed, _ in cold) > 0


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob: b"garbage" * 10, id="garbage"),
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: blob[: len(blob) // 2], id="truncated"),
        pytest.param(lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), id="one-bit-flipped"),
        pytest.param(lambda blob: blob[:60] + os.urandom(len(blob) - 60), id="random-tail"),
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(corpus: Path, damage: object) -> None:
    expected = validate(str(corpus), DATASET)
    validate(str(corpus), DATASET, cache_dir=".cache")
    entries = _entries(Path(".cache"))
    for entry in entries:
        entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))
    # ... and rebuilt: the next run reads good entries again.
    rebuilt = {e: e.read_bytes() for e in _entries(Path(".cache"))}
    assert all(blob.startswith(store_module._MAGIC) for blob in rebuilt.values())
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))


def test_an_entry_is_never_unpickled_into_code(corpus: Path, tmp_path: Path) -> None:
    """Even correctly signed, an entry naming anything but factlint's data is refused."""
    files = discover([str(corpus)])
    load_claim_files(files, Limits(), cache_dir=".cache")
    store = _store(Path(".cache"))
    marker = tmp_path / "exploited"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    target = files[0]
    key = store.key(*_key_parts(target))
    store.put(key, pickle.dumps(Exploit()))
    store.close()  # writes are made in the background: wait for this one
    assert store.get(key, _accepts(target)) is None
    assert not marker.exists()
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))
    assert not marker.exists()


def test_an_entry_builds_nothing_but_models_with_the_model_rebuilder() -> None:
    """Models are unpickled by cache._model, which the unpickler allows: it refuses to
    build any class that is not a pydantic model, even one an entry may name."""

    class Forged:
        def __reduce__(self) -> tuple[object, tuple[object, ...]]:
            return (restricted_module._model, (Finding, {}, set(), None, None))

    with pytest.raises(pickle.UnpicklingError, match="not a model"):
        CACHE_ENTRIES.loads(pickle.dumps(Forged()))


def test_models_come_back_from_an_entry_as_they_were(tmp_path: Path) -> None:
    """Every kind of model, with fields left unset, nested models and lists of them."""
    examples = ROOT / "tests" / "examples"
    files = discover([str(examples / "semantics"), str(examples / "acknowledgements")])
    for outcome in load_claim_files(files, Limits()):
        parsed, _ = outcome
        back = CACHE_ENTRIES.loads(CACHE_ENTRIES.dumps(outcome))
        assert back == outcome
        if parsed is None:
            continue
        for before, after in zip(parsed.claims, back[0].claims, strict=True):
            if before.model is None:
                continue
            assert type(after.model) is type(before.model)
            assert after.model.model_fields_set == before.model.model_fields_set
            assert after.model.model_dump() == before.model.model_dump()
            assert after.model.__pydantic_extra__ == before.model.__pydantic_extra__


def test_the_key_covers_the_limits_and_the_shown_path(corpus: Path) -> None:
    store = _store(Path(".cache"))
    other = open_cache(".cache", Limits(max_depth=10))
    assert other is not None and other.folder != store.folder
    assert store.key("claims/a.yaml", "0" * 64) != store.key("claims/b.yaml", "0" * 64)


def test_without_a_place_for_the_key_nothing_is_cached(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))
    assert not Path(".cache").exists()


def test_a_cache_folder_that_cannot_be_written_only_costs_time(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a read-only folder behaves, whoever runs the tests (root may write anywhere)."""
    real_mkstemp = tempfile.mkstemp
    refused: list[str] = []

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        folder = str(kwargs.get("dir", ""))
        if ".cache" in Path(folder).parts:
            refused.append(folder)
            raise PermissionError(13, "Permission denied", folder)
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))
    assert len(refused) == 1  # the first refusal stops the writes for the run
    assert _entries(Path(".cache")) == []
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))
    assert len(refused) == 2


def test_a_cache_file_in_the_way_only_costs_time(corpus: Path) -> None:
    Path(".cache").write_text("not a folder")
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, cache_dir=".cache"))


def test_several_jobs_give_what_one_gives(corpus: Path) -> None:
    expected = validate(str(corpus), DATASET)
    _same(expected, validate(str(corpus), DATASET, jobs=2))
    _same(expected, validate(str(corpus), DATASET, jobs=2, cache_dir=".cache"))
    _same(expected, validate(str(corpus), DATASET, jobs=2, cache_dir=".cache"))  # warm
    assert len(_entries(Path(".cache"))) == len(discover([str(corpus)]))


def test_the_api_caches_nothing_by_default(corpus: Path) -> None:
    validate(str(corpus), DATASET)
    assert not Path(CACHE_FOLDER).exists()


def test_the_command_caches_by_default_and_not_with_no_cache(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "dataset", "dataset")
    Path("pyproject.toml").write_text("[tool.factlint]\n")  # the project's root is here
    args = ["claims", "--dataset", "dataset", "--no-reports", "--format", "json"]
    assert main([*args, "--no-cache"]) == 1
    uncached = capsys.readouterr().out
    assert not Path(CACHE_FOLDER).exists()
    assert main(args) == 1
    assert capsys.readouterr().out == uncached
    # Two entries a file: what parsing made of it, and what its checks found; and three
    # of what the checks across files found (each file's claims' tokens, the groups of
    # contradictions, the quote stage; the claims' quotes match no other quote).
    assert len(_entries(Path(CACHE_FOLDER))) == 2 * len(discover(["claims"])) + 3
    assert main(args) == 1  # warm
    assert capsys.readouterr().out == uncached
    assert main([*args, "--cache-dir", "elsewhere", "--jobs", "2"]) == 1
    assert capsys.readouterr().out == uncached
    assert _entries(Path("elsewhere"))


@pytest.mark.parametrize("bad", ["-1", "two", ""])
def test_a_bad_jobs_option_is_a_usage_error(
    corpus: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--no-reports", "--jobs", bad]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_no_cache_and_cache_dir_cannot_be_combined(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--no-reports", "--no-cache", "--cache-dir", "x"]) == 2
    assert "not allowed with" in capsys.readouterr().err
