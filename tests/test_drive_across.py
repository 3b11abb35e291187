"""The checks across files, recalled from the cache: a re-run with one file changed takes
from the cache what an earlier run found for every part of their work that reads
nothing that changed, and finds exactly what a run without the cache finds. On two
processes, the rules that read only the claims run in a child: what they find, what the
cache keeps of them and what a child that fails leaves undone are exactly as on one.

Nothing here times anything: what is recalled is counted (`speed.recall.Recalled`).
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

import validator.drive_across as drive_across
import validator.pipeline as pipeline
from tests.property.strategies import cross_claim_file
from validator import Result, validate
from validator.drive_across import rules_aside
from validator.report import render_json
from validator.resolve.claims import ResolvedClaim
from validator.rules import CROSS_RULES, quotes
from validator.rules.rule import Across, AcrossFound, CrossRule, Needs
from validator.speed import forked
from validator.speed.forked import can_fork
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


needs_fork = pytest.mark.skipif(not can_fork(), reason="this platform cannot fork")
DATASET = str(ROOT / "dataset")


def _kinds(recalled: Recalled) -> list[str]:
    return sorted(str(key[0]) for key in recalled.now if isinstance(key, tuple))


@pytest.fixture
def aside_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules set aside however few texts they compare (the fixture's run is small)."""
    monkeypatch.setattr(drive_across, "ASIDE_TEXTS", 0)
    monkeypatch.setattr(drive_across, "ASIDE_SHARE", 10**9)


@needs_fork
@pytest.mark.usefixtures("aside_always")
def test_the_quotes_set_aside_find_what_they_find_here(
    claims: Path, opened: list[Recalled | None]
) -> None:
    alone = validate(str(claims), DATASET, jobs=1)
    assert {"Q402", "X301", "D201", "S501"} <= {f.code for f in alone.findings}
    _same(validate(str(claims), DATASET, jobs=2), alone)
    # With the cache, the child keeps the quote stage and its matched pairs in entries
    # of its own: this process computed the rest only...
    _same(validate(str(claims), DATASET, cache_dir=".cache", jobs=2), alone)
    cold = _last(opened)
    assert _kinds(cold) == ["claim-tokens"] * 12 + ["sources"] * 3
    # ... and a run on one process recalls the quote stage the child computed.
    _same(validate(str(claims), DATASET, cache_dir=".cache", jobs=1), alone)
    warm = _last(opened)
    assert _kinds(warm) == ["claim-tokens"] * 12 + ["quotes"] + ["sources"] * 3
    assert (warm.computed, warm.recalled) == (0, 16)


class _FailingInAChild:
    """The quote rule, made to `fail` when a child runs it, once the child has said so
    on a pipe; which processes ran it to the end."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail: Callable[[], None]) -> None:
        self.parent = os.getpid()
        self.ran: list[int] = []
        self.fail = fail
        self.said, self.say = os.pipe()
        os.set_blocking(self.said, False)
        rules = tuple(replace(r, check=self.check) if r is quotes.RULE else r for r in CROSS_RULES)
        monkeypatch.setattr(pipeline, "CROSS_RULES", rules)

    def check(self, given: Across) -> AcrossFound:
        if os.getpid() != self.parent:
            os.write(self.say, b"!")
            self.fail()
        self.ran.append(os.getpid())
        return quotes.RULE.check(given)

    def children(self) -> int:
        """How many children have run the rule since last asked."""
        try:
            return len(os.read(self.said, 64))
        except BlockingIOError:
            return 0

    def close(self) -> None:
        os.close(self.said)
        os.close(self.say)


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _raising() -> None:
    raise RuntimeError("the child fails")


@needs_fork
@pytest.mark.usefixtures("aside_always")
@pytest.mark.parametrize("fail", [_killed, _raising])
def test_a_child_that_fails_costs_only_time(
    claims: Path,
    opened: list[Recalled | None],
    monkeypatch: pytest.MonkeyPatch,
    fail: Callable[[], None],
) -> None:
    alone = validate(str(claims), DATASET, jobs=1)
    failing = _FailingInAChild(monkeypatch, fail)
    try:
        _same(validate(str(claims), DATASET, jobs=2), alone)
        # The child ran the rule and failed; the rule ran here instead.
        assert (failing.children(), failing.ran) == (1, [os.getpid()])
        _same(validate(str(claims), DATASET, cache_dir=".cache", jobs=2), alone)
        assert (failing.children(), failing.ran) == (1, [os.getpid()] * 2)
        assert "quotes" in _kinds(_last(opened))  # computed here, kept here
    finally:
        failing.close()


@pytest.mark.usefixtures("aside_always")
def test_without_fork_the_quotes_run_here(
    claims: Path, opened: list[Recalled | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the platform cannot fork (macOS, Windows), two processes asked for still
    check the quotes here, and keep them in the cache here."""
    alone = validate(str(claims), DATASET, jobs=1)
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    failing = _FailingInAChild(monkeypatch, _raising)
    try:
        _same(validate(str(claims), DATASET, cache_dir=".cache", jobs=2), alone)
        assert (failing.children(), failing.ran) == (0, [os.getpid()])
        assert _kinds(_last(opened)).count("quotes") == 1
    finally:
        failing.close()


@pytest.mark.usefixtures("aside_always")
def test_one_process_sets_nothing_aside(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = _FailingInAChild(monkeypatch, _raising)
    try:
        validate(str(claims), DATASET, jobs=1)
        assert (failing.children(), failing.ran) == (0, [os.getpid()])
    finally:
        failing.close()


def _rule(name: str, needs: Needs, amends: frozenset[str] = frozenset()) -> CrossRule:
    def check(given: Across) -> AcrossFound:
        raise AssertionError("only chosen, never run")

    def wants(claim: ResolvedClaim) -> bool:
        return str(claim.raw_value).startswith(name)

    return CrossRule(name, frozenset({"Q401"}), needs, check, wants, amends)


def _claims(*texts: object) -> Sequence[ResolvedClaim]:
    return cast(Sequence[ResolvedClaim], [SimpleNamespace(raw_value=text) for text in texts])


def test_the_rules_set_aside_read_only_claims_amend_nothing_and_compare_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quoting = _rule("quoting", Needs.QUOTES)
    amending = _rule("amending", Needs.QUOTES, frozenset({"D201"}))
    grouping = _rule("grouping", Needs.SAME_PROPERTY)
    rules = (grouping, quoting, amending)
    # Two distinct texts that `quoting` wants, among six claims.
    claims = _claims("quoting a", "quoting b", "quoting a", "amending", "grouping", 7)
    assert rules_aside(rules, claims, processes=2, fewest=2) == (quoting,)
    assert rules_aside(rules, claims, processes=3, fewest=2) == (quoting,)
    assert rules_aside(rules, claims, processes=2, fewest=3) == ()  # too little to gain
    assert rules_aside(rules, claims, processes=1, fewest=0) == ()
    assert rules_aside((grouping, amending), claims, processes=2, fewest=0) == ()
    monkeypatch.setattr(drive_across, "ASIDE_SHARE", 3)  # one text for 3 claims: enough
    assert rules_aside(rules, claims, processes=2, fewest=0) == (quoting,)
    monkeypatch.setattr(drive_across, "ASIDE_SHARE", 2)  # one for 2: too few
    assert rules_aside(rules, claims, processes=2, fewest=0) == ()


def test_the_registered_quote_rule_is_the_one_set_aside() -> None:
    assert rules_aside(CROSS_RULES, (), processes=2, fewest=0) == (quotes.RULE,)
