"""The checks across files, recalled from the cache: a re-run with one file changed takes
from the cache what an earlier run found for every part of their work that reads
nothing that changed, and finds exactly what a run without the cache finds.

Nothing here times anything: what is recalled is counted (`speed.recall.Recalled`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import validator.pipeline as pipeline
from tests.property.strategies import cross_claim_file
from validator import Result, validate
from validator.report import render_json
from validator.speed.recall import Recalled

ROOT = Path(__file__).resolve().parents[1]
# Twelve words and more that two sources print in the same order (S501).
PASSAGE = (
    "Winslet and her daughter spent three weeks in a house near Manchester "
    "improvising every scene of the film together"
)


def claim_file(number: int, **fields: str) -> str:
    """A source with a claim in each group the cross rules compare (see
    `cross_claim_file`); the first two print a passage in common."""
    return cross_claim_file(number, {**fields, **({"excerpt": PASSAGE} if number < 2 else {})})


@pytest.fixture(autouse=True)
def _own_secret(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test keeps its signing key in its own folder, not in the user's home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))


@pytest.fixture
def claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Twelve sources that disagree on values, print one quote (two with another word)
    and two of which share a passage; in the working directory `tmp_path`."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for number in range(12):
        text = claim_file(
            number,
            age="30" if number in (2, 9) else "22",
            network="ITV" if number == 4 else "Channel 4",
            born="1982" if number % 3 == 0 else "1980",
            word="acting" if number in (3, 8) else "playing",
        )
        (folder / f"src-{number:02}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Recalled | None]:
    """Each run's recalled outcomes, as the pipeline opened them."""
    found: list[Recalled | None] = []
    real: Callable[..., Recalled | None] = pipeline.open_recall

    def spy(*args: Any) -> Recalled | None:
        recalled = real(*args)
        found.append(recalled)
        return recalled

    monkeypatch.setattr(pipeline, "open_recall", spy)
    return found


def _same(a: Result, b: Result) -> None:
    assert render_json(a) == render_json(b)
    assert a.findings == b.findings
    assert a.claims == b.claims


def _both(claims: Path, dataset: str = str(ROOT / "dataset"), **options: Any) -> Result:
    """A run with the cache, checked against a run without it (made first, so that the
    cached run's outcomes are the last opened); the cached one."""
    fresh = validate(str(claims), dataset, **options)
    cached = validate(str(claims), dataset, cache_dir=".cache", **options)
    _same(cached, fresh)
    return cached


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _rerun_edited(claims: Path, name: str, old: str, new: str) -> Result:
    """The claim file `name` edited, then both runs again; the cached one."""
    _edit(claims / name, old, new)
    return _both(claims)


def _last(opened: list[Recalled | None]) -> Recalled:
    recalled = opened[-1]
    assert recalled is not None
    return recalled


def test_the_first_run_finds_every_part_and_the_next_recalls_them(
    claims: Path, opened: list[Recalled | None]
) -> None:
    first = _both(claims)
    codes = {finding.code for finding in first.findings}
    assert {"X301", "D201", "Q402", "S501"} <= codes
    cold = _last(opened)
    assert cold.recalled == 0
    # A token list for each file; groups: age, network, birth date; the quote stage, and
    # the pairs of quotes it matched.
    kinds = sorted(str(key[0]) for key in cold.now if isinstance(key, tuple))
    assert kinds.count("claim-tokens") == 12
    assert kinds.count("sources") == 3
    assert kinds.count("quotes") == 1
    assert kinds.count("quote-match") > 0
    assert cold.computed == len(cold.now)
    _rerun_edited(claims, "src-05.yaml", "title: Account 5", "title: Account five")
    warm = _last(opened)
    # The edited file's claims are what they were: only its token list is worked out.
    assert (warm.computed, warm.recalled) == (1, 3 + 1 + 11)


def test_a_changed_value_recomputes_its_group_only(
    claims: Path, opened: list[Recalled | None]
) -> None:
    _both(claims)
    changed = _rerun_edited(claims, "src-05.yaml", "value: 22", "value: 31")
    warm = _last(opened)
    # The file's tokens and the age group; the network and birth date groups and the
    # quotes (none of which changed) recalled, and every matched pair kept with them.
    assert warm.computed == 2
    assert sorted(str(key[0]) for key in set(warm.now) - set(warm.known)) == [
        "claim-tokens",
        "sources",
    ]
    assert len(set(warm.known) - set(warm.now)) == 2  # what they replace is dropped
    assert len(warm.now) == len(warm.known)
    # Refuted by the dataset, with the sources that agree with it counted (D201's
    # amendment, from the age group's outcome): of the nine, the seven that print the
    # quote in one wording share wording (S501) and count once, and so do the two that
    # print the other.
    (refuted,) = [f for f in changed.findings if f.claims == ("src-05/mia-age",)]
    assert refuted.code == "D201"
    assert refuted.details[-1] == ("agreeing_sources", "2")


def test_a_changed_word_in_a_quote_many_sources_print(
    claims: Path, opened: list[Recalled | None]
) -> None:
    _both(claims)
    changed = _rerun_edited(claims, "src-06.yaml", "these people", "those people")
    warm = _last(opened)
    # The file's tokens, the quote stage and the new pairs its text is matched in.
    assert 3 <= warm.computed < len(warm.now) // 2
    variants = [f for f in changed.findings if f.code == "Q402" and "src-06/playing" in f.claims]
    assert len(variants) == 1
    assert "[-these-] {+those+}" in variants[0].message


def test_a_source_id_used_twice(claims: Path) -> None:
    _both(claims)
    shadowed = _rerun_edited(claims, "src-07.yaml", "id: src-07", "id: src-06")
    assert any(finding.code == "E103" for finding in shadowed.findings)
    _rerun_edited(claims, "src-07.yaml", "id: src-06", "id: src-07")


def test_a_file_removed_and_added(claims: Path) -> None:
    _both(claims)
    (claims / "src-02.yaml").unlink()
    _both(claims)
    (claims / "src-20.yaml").write_text(claim_file(20, age="41"), encoding="utf-8")
    added = _both(claims)
    assert any("src-20/mia-age" in finding.claims for finding in added.findings)


def test_a_changed_dataset(claims: Path, tmp_path: Path) -> None:
    dataset = tmp_path / "dataset"
    shutil.copytree(ROOT / "dataset", dataset)
    before = _both(claims, str(dataset))
    _edit(
        dataset / "film.yaml",
        "value: channel-4\n        ref: i-tv",
        "value: itv\n        ref: i-tv",
    )
    changed = _both(claims, str(dataset))
    refuted = {f.claims[0] for f in changed.findings if f.code == "D201"}
    assert "src-00/network" in refuted
    assert refuted != {f.claims[0] for f in before.findings if f.code == "D201"}


@pytest.mark.parametrize(
    "options",
    [{"select": "X"}, {"ignore": "X301,Q4"}, {"select": "D201"}, {"fail_on": "warning"}],
)
def test_rule_selection(claims: Path, options: dict[str, str]) -> None:
    _both(claims)
    _both(claims, **options)
    _edit(claims / "src-09.yaml", "value: 30", "value: 22")
    _both(claims, **options)
    _both(claims)


def test_a_tampered_entry_is_a_miss(claims: Path, opened: list[Recalled | None]) -> None:
    _both(claims)
    cold = _last(opened)
    for kind in cold.kinds.values():
        path = Path(cold.store.folder) / kind.entry
        blob = bytearray(path.read_bytes())
        blob[-1] ^= 0xFF
        path.write_bytes(bytes(blob))
    _both(claims)
    warm = _last(opened)
    assert (warm.recalled, warm.known) == (0, {})
    assert warm.computed == cold.computed


def test_nothing_is_recalled_without_a_cache(claims: Path, opened: list[Recalled | None]) -> None:
    validate(str(claims), str(ROOT / "dataset"))
    assert opened == [None]
    assert not Path(".cache").exists()
