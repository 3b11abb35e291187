"""The cache of the loaded dataset: a warm load gives exactly what parsing gives, an
entry is never trusted blindly (a damaged, forged, foreign or planted one is ignored and
written afresh), a changed file means parsing again, and nothing is cached without a
cache folder (--no-cache, the Python API by default).

Nothing here times anything: the speed is measured by benchmarks/ (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import importlib
import os
import pickle
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from dataset.test_load import HEADER

import validator.drive_dataset as drive_dataset_module
from tests.property.strategies import exactly
from validator import validate
from validator.cli.main import main
from validator.dataset.load import (
    DatasetError,
    DatasetFile,
    build_dataset,
    load_dataset,
    read_dataset_files,
)
from validator.dataset.model import Dataset
from validator.drive_dataset import CODEC, cached_dataset, dataset_digest, loads
from validator.read.files import Limits, display_path
from validator.speed.dataset_cache import _MAGIC, DatasetCache
from validator.speed.signing import seal, signing_secret

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = load_dataset(str(ROOT / "dataset"))

# A small dataset with every kind of thing a fact may carry: an inverse written from
# the other side, qualifiers, validity, a dispute, a derived property, narrower entities.
SMALL = {
    "head.yaml": HEADER + "  share: {type: percent}\n  said: {type: quote}\n",
    "people.yaml": """\
entities:
  - id: mia
    kind: person
    names: [Mia Threapleton, Mia]
    facts:
      - {property: birth_date, value: 2000-10-12, ref: listing, confidence: confirmed}
      - {property: acted_in, value: film, qualifiers: {character: Ruth}}
      - {property: said, value: "It was hard.", note: in an interview}
  - id: awards
    kind: award
    names: [Awards]
  - id: best-actress
    kind: award
    names: [Best Actress]
    broader: [awards]
""",
    "films.yaml": """\
entities:
  - id: film
    kind: film
    names: [The Film]
    complete: [cast_member]
    facts:
      - {property: runtime, value: 61, valid: {from: 2020}}
      - {property: share, value: {about: 12.5, within: 0.5}, status: disputed}
      - {property: share, value: {from: 10, to: 20}, status: disputed}
""",
}


@pytest.fixture(autouse=True)
def _own_secret(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test keeps its signing key in its own folder, not in the user's home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))


@pytest.fixture()
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    folder.mkdir()
    for name, text in SMALL.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class Loader:
    """Loads a dataset through the cache, counting how often it is really parsed."""

    def __init__(self, cache: Path | None, limits: Limits | None = None) -> None:
        self.cache = cache
        self.limits = limits or Limits()
        self.built = 0

    def __call__(self, folder: Path) -> Dataset:
        files = read_dataset_files(str(folder), self.limits)

        def build(read: Sequence[DatasetFile]) -> Dataset:
            self.built += 1
            return build_dataset(read, display_path(str(folder)), self.limits)

        cache = None if self.cache is None else str(self.cache)
        return cached_dataset(cache, self.limits, files, build)


def _entries(cache: Path) -> list[Path]:
    folder = cache / "datasets"
    return (
        sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.exists() else []
    )


def _same(warm: Dataset, cold: Dataset) -> None:
    assert warm == cold
    # Equal is not enough: 1 == 1.0, and a date's span holds integers where a number's
    # holds floats. Every value must be what parsing gave, of the type it gave.
    assert exactly(warm) == exactly(cold)


def _grown(folder: Path, entities: int) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        gen_dataset = importlib.import_module("gen_dataset")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    gen_dataset.grow_dataset(str(folder), str(ROOT / "dataset"), entities, SHIPPED)
    return folder


@pytest.mark.parametrize("shape", ["small", "shipped", "grown"])
def test_a_warm_load_gives_the_dataset_parsing_gives(
    shape: str, small: Path, tmp_path: Path
) -> None:
    if shape == "shipped":
        folder = tmp_path / "shipped"
        shutil.copytree(ROOT / "dataset", folder)
    elif shape == "grown":
        folder = _grown(tmp_path / "grown", 7000)  # two files of grown entities
    else:
        folder = small
    cold = load_dataset(str(folder))
    load = Loader(tmp_path / "cache")
    first = load(folder)
    assert load.built == 1
    _same(first, cold)
    warm = load(folder)
    assert load.built == 1  # read back, not parsed
    _same(warm, cold)
    assert len(_entries(tmp_path / "cache")) == 1
    # The indexes built on first use work on what was read back.
    assert warm.entity_suggestions("Mia Threpleton" if shape == "small" else "Kate Winslett")


def test_a_cache_folder_the_dataset_makes_first_is_marked_as_one(
    small: Path, tmp_path: Path
) -> None:
    """The dataset is loaded before any claim file is cached: a folder it creates keeps
    itself out of version control and backups, as the file cache's does."""
    Loader(tmp_path / "cache")(small)
    assert (tmp_path / "cache" / ".gitignore").read_text().endswith("*\n")
    assert (
        (tmp_path / "cache" / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    )


def test_what_the_cached_dataset_still_answers(small: Path, tmp_path: Path) -> None:
    load = Loader(tmp_path / "cache")
    load(small)
    warm = load(small)
    assert load.built == 1
    assert warm.resolve_entity("mia threapleton") == "mia"
    assert warm.with_narrower("awards") == {"awards", "best-actress"}
    assert warm.with_narrower("mia") == {"mia"}
    (fact,) = warm.facts_for("film", "cast_member")  # written as mia's acted_in
    assert (fact.subject, fact.display, fact.qualifier("character")) is not None
    assert fact.display == "Mia Threapleton"
    assert warm.property("acted_in") == (warm.properties["cast_member"], True)
    assert [f.disputed for f in warm.facts_for("film", "share")] == [True, True]


def test_the_dataset_holds_no_positions(small: Path) -> None:
    dataset = load_dataset(str(small))
    fact = dataset.facts_for("mia", "birth_date")[0]
    assert not hasattr(fact, "line") and not hasattr(fact, "file")
    # Only entities with something narrower are stored; the rest answer themselves.
    assert dataset.narrower == {"awards": frozenset({"awards", "best-actress"})}


# --- entries that cannot be trusted --------------------------------------------------


def _flip(blob: bytes) -> bytes:
    return blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "a flipped bit": _flip,
    "truncated": lambda blob: blob[: len(blob) // 2],
    "the signature only": lambda blob: blob[: len(_MAGIC) + 32],
    "empty": lambda blob: b"",
    "bytes appended": lambda blob: blob + b"\0",
    "another kind of entry": lambda blob: b"factlint-run-1\n" + blob[len(_MAGIC) :],
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_entry_is_ignored_and_written_afresh(
    damage: str, small: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    load = Loader(cache)
    cold = load(small)
    (entry,) = _entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(DAMAGE[damage](good))
    _same(load(small), cold)
    assert load.built == 2  # parsed again
    assert entry.read_bytes() == good  # and the entry rewritten
    _same(load(small), cold)
    assert load.built == 2


def _signed(cache: Path, key: str, payload: bytes) -> bytes:
    secret = signing_secret()
    assert secret is not None
    return seal(secret, _MAGIC, key, payload)


class _Remove:
    """A pickle that, unpickled without restriction, deletes a file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.remove, (self.path,))


@pytest.mark.parametrize("payload", ["code", "not a dataset", "garbage"])
def test_even_a_signed_entry_builds_nothing_but_a_dataset(
    payload: str, small: Path, tmp_path: Path
) -> None:
    """The worst case: an entry signed with the user's own key (say, written by a
    factlint of other code under the same name) still runs no code when read."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    cache = tmp_path / "cache"
    load = Loader(cache)
    cold = load(small)
    (entry,) = _entries(cache)
    body = {
        "code": pickle.dumps(_Remove(str(victim))),
        "not a dataset": pickle.dumps(["a", "list"]),
        "garbage": b"\x80\x05not a pickle",
    }[payload]
    entry.write_bytes(_signed(cache, entry.name, body))
    _same(load(small), cold)
    assert load.built == 2
    assert victim.read_text() == "keep me"
    assert loads(body) is None


def test_an_entry_signed_with_another_key_is_ignored(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder from elsewhere (committed, or another user's) is foreign."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "their-home"))
    theirs = Loader(cache)
    theirs(small)
    (foreign,) = _entries(cache)
    planted = foreign.read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "my-home"))
    mine = Loader(cache)
    store = DatasetCache.open(str(cache), CODEC)
    assert store is not None
    key = store.key(dataset_digest(read_dataset_files(str(small), Limits()), Limits()))
    (cache / "datasets" / key).write_bytes(planted)  # even under the name mine looks up
    cold = mine(small)
    assert mine.built == 1
    _same(cold, load_dataset(str(small)))
    assert (cache / "datasets" / key).read_bytes() != planted


def test_an_entry_copied_from_another_datasets_name_is_ignored(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load = Loader(cache)
    other = tmp_path / "other"
    shutil.copytree(ROOT / "dataset", other)
    load(other)
    (theirs,) = _entries(cache)
    load(small)
    (mine,) = [e for e in _entries(cache) if e != theirs]
    mine.write_bytes(theirs.read_bytes())
    _same(load(small), load_dataset(str(small)))
    assert load.built == 3


def test_an_entry_that_is_a_link_is_not_followed(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load = Loader(cache)
    load(small)
    (entry,) = _entries(cache)
    elsewhere = tmp_path / "elsewhere"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    _same(load(small), load_dataset(str(small)))
    assert load.built == 2
    assert not entry.is_symlink()  # replaced by a real entry, the link's target untouched
    assert elsewhere.exists()


def test_a_datasets_folder_that_is_a_link_means_no_cache(small: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    target = tmp_path / "target"
    target.mkdir()
    (cache / "datasets").symlink_to(target)
    load = Loader(cache)
    load(small)
    load(small)
    assert load.built == 2
    assert list(target.iterdir()) == []


def test_the_cache_keeps_the_most_recent_datasets_only(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load = Loader(cache)
    for number in range(6):
        folder = tmp_path / f"data-{number}"
        folder.mkdir()
        (folder / "head.yaml").write_text(f"dataset: {{id: d{number}, title: Data {number}}}\n")
        load(folder)
    assert len(_entries(cache)) == 4
    (cache / "datasets" / "notes.txt").write_text("not ours")
    load(tmp_path / "data-0")
    assert (cache / "datasets" / "notes.txt").exists()  # never deleted: not a name it gives


# --- what invalidates -----------------------------------------------------------------


def test_a_changed_file_means_parsing_again(small: Path, tmp_path: Path) -> None:
    load = Loader(tmp_path / "cache")
    load(small)
    people = small / "people.yaml"
    people.write_text(people.read_text().replace("Mia Threapleton", "Mia Thr"))
    changed = load(small)
    assert load.built == 2
    assert changed.resolve_entity("Mia Thr") == "mia"
    assert changed.resolve_entity("Mia Threapleton") is None
    _same(changed, load_dataset(str(small)))
    load(small)
    assert load.built == 2


@pytest.mark.parametrize("change", ["a file added", "a file renamed", "a file removed"])
def test_another_set_of_files_means_parsing_again(change: str, small: Path, tmp_path: Path) -> None:
    load = Loader(tmp_path / "cache")
    load(small)
    if change == "a file added":
        (small / "more.yaml").write_text("entities:\n  - {id: ruth, kind: person, names: [Ruth]}\n")
    elif change == "a file renamed":
        (small / "films.yaml").rename(small / "zz-films.yaml")
    else:  # the films, and the one fact that names one
        people = small / "people.yaml"
        fact = "      - {property: acted_in, value: film, qualifiers: {character: Ruth}}\n"
        people.write_text(people.read_text().replace(fact, ""))
        (small / "films.yaml").unlink()
    _same(load(small), load_dataset(str(small)))
    assert load.built == 2


def test_other_limits_mean_parsing_again(small: Path, tmp_path: Path) -> None:
    Loader(tmp_path / "cache")(small)
    other = Loader(tmp_path / "cache", Limits(max_depth=32))
    other(small)
    assert other.built == 1


def test_a_broken_dataset_is_never_cached(small: Path, tmp_path: Path) -> None:
    (small / "bad.yaml").write_text("entities:\n  - {id: x, kind: person}\n")
    load = Loader(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(DatasetError) as caught:
            load(small)
        assert caught.value.problems == [
            "data/bad.yaml:2:5: entities[0] is missing the required field 'names'"
        ]
    assert load.built == 2
    assert _entries(tmp_path / "cache") == []


def test_an_unreadable_file_is_never_looked_up(small: Path, tmp_path: Path) -> None:
    load = Loader(tmp_path / "cache", Limits(max_file_bytes=1000))
    (small / "big.yaml").write_text("entities: []\n" + "#" * 1000 + "\n")
    for _ in range(2):
        with pytest.raises(DatasetError):
            load(small)
    assert load.built == 2
    assert _entries(tmp_path / "cache") == []


# --- the driver: the command and the API ------------------------------------------------


def test_no_cache_reads_and_writes_no_dataset_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "dataset", "dataset")
    shutil.copytree(ROOT / "claims", "claims")
    Path("pyproject.toml").write_text("[tool.factlint]\n")
    args = ["claims", "--dataset", "dataset", "--no-reports", "--format", "json"]
    code = main(args)
    cached = capsys.readouterr().out
    (entry,) = _entries(Path(".factlint-cache"))
    entry.write_bytes(b"planted")  # would be replaced if --no-cache read or wrote it
    assert main([*args, "--no-cache"]) == code
    assert capsys.readouterr().out == cached
    assert entry.read_bytes() == b"planted"


def test_the_api_caches_the_dataset_only_in_a_folder_it_is_given(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "source: {id: s, outlet: O, title: T, published: 2022-12-07}\n"
        "claims:\n  - {id: a, subject: Mia, property: runtime, value: 3}\n"
    )
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    home = Path(os.environ["XDG_CACHE_HOME"])
    validate(str(claims), str(small))
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert not (home / "factlint" / "files").exists()
    calls: list[int] = []
    real = drive_dataset_module.build_dataset

    def counting(*args: Any, **kwargs: Any) -> Dataset:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(drive_dataset_module, "build_dataset", counting)
    first = validate(str(claims), str(small), cache_dir="cache")
    second = validate(str(claims), str(small), cache_dir="cache")
    assert calls == [1]
    assert len(_entries(Path("cache"))) == 1
    assert first.findings == second.findings and first.claims == second.claims


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _run(
    args: list[str], capsys: pytest.CaptureFixture[str], reports: str
) -> tuple[int, str, dict[str, bytes]]:
    code = main([*args, "--reports", reports])
    out = capsys.readouterr().out
    return code, out, _tree(Path(reports))


@pytest.mark.parametrize("corpus", ["shipped claims", "generated"])
def test_a_run_with_the_dataset_from_the_cache_writes_the_same_bytes(
    corpus: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    if corpus == "shipped claims":
        shutil.copytree(ROOT / "dataset", "dataset")
        shutil.copytree(ROOT / "claims", "claims")
    else:
        _grown(tmp_path / "dataset", 1200)
        sys.path.insert(0, str(ROOT / "benchmarks"))
        try:
            gen_dataset = importlib.import_module("gen_dataset")
        finally:
            sys.path.remove(str(ROOT / "benchmarks"))
        big = load_dataset("dataset")
        gen_dataset.generate_misspelt("claims", big, files=6, claims=25, misspelt=10)
    Path("pyproject.toml").write_text("[tool.factlint]\n")
    args = ["claims", "--dataset", "dataset", "--format", "json"]
    cold = _run([*args, "--no-cache"], capsys, "cold")
    filling = _run(args, capsys, "filling")
    assert len(_entries(Path(".factlint-cache"))) == 1

    def parse_nothing(*args: Any, **kwargs: Any) -> Dataset:
        raise AssertionError("the dataset was parsed, not read from the cache")

    monkeypatch.setattr(drive_dataset_module, "build_dataset", parse_nothing)
    shutil.rmtree(Path(".factlint-cache") / "runs")  # not a remembered run: a real one
    warm = _run(args, capsys, "warm")
    assert cold == filling == warm
    assert cold[2]  # reports were written
