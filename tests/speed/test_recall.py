"""Outcomes kept from one run to the next (`speed.recall`): what is recalled is what was
computed, parts are kept with their whole, and an entry that cannot be trusted, or a
value of the wrong shape, is computed afresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from validator.speed.file_store import FileCache
from validator.speed.recall import Recalled, Tokens
from validator.speed.restricted import EntryCodec


@pytest.fixture(autouse=True)
def _own_secret(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))


def _opened(folder: Path) -> Recalled:
    store = FileCache.open(str(folder), "salt", EntryCodec(()))
    assert store is not None
    return Recalled(store, store.key("across", "context"))


def _counting(value: object, calls: list[object]) -> Callable[[], object]:
    def compute() -> object:
        calls.append(value)
        return value

    return compute


def _anything(value: object) -> bool:
    return True


def test_an_outcome_is_computed_once_and_then_recalled(tmp_path: Path) -> None:
    calls: list[object] = []
    first = _opened(tmp_path)
    assert first(("a", 1), _counting("one", calls), _anything) == "one"
    assert first(("b", 2), _counting(None, calls), _anything) is None
    first.save()
    second = _opened(tmp_path)
    assert second(("a", 1), _counting("changed", calls), _anything) == "one"
    assert second(("b", 2), _counting("changed", calls), _anything) is None
    assert calls == ["one", None]
    assert (second.computed, second.recalled) == (0, 2)


def test_a_kind_not_asked_for_is_kept_as_it_was(tmp_path: Path) -> None:
    calls: list[object] = []
    first = _opened(tmp_path)

    def whole() -> object:
        return [first(("part", n), _counting(n, calls), _anything) for n in range(100)]

    assert first(("whole",), whole, _anything) == list(range(100))
    first.save()
    second = _opened(tmp_path)  # the whole recalled: its parts are not asked for
    assert second(("whole",), _counting("changed", calls), _anything) == list(range(100))
    assert sorted(second.kinds) == ["whole"]
    second.save()
    third = _opened(tmp_path)  # yet they are still there when the whole changes
    assert third(("part", 1), _counting("changed", calls), _anything) == 1
    assert calls == list(range(100))


def test_a_kind_of_few_parts_is_read_part_by_part(tmp_path: Path) -> None:
    first = _opened(tmp_path)
    first(("few", 1), lambda: "one", _anything)
    first(("few", 2), lambda: "two", _anything)
    first.save()
    second = _opened(tmp_path)
    assert second(("few", 2), lambda: "changed", _anything) == "two"
    assert all(isinstance(value, bytes) for value in second.known.values())
    assert second.now == {("few", 2): "two"}


def test_what_a_run_did_not_use_is_dropped(tmp_path: Path) -> None:
    calls: list[object] = []
    first = _opened(tmp_path)
    first("kept", _counting(1, calls), _anything)
    first("dropped", _counting(2, calls), _anything)
    first.save()
    second = _opened(tmp_path)
    second("kept", _counting(3, calls), _anything)
    second.save()
    third = _opened(tmp_path)
    assert third("dropped", lambda: 4, _anything) == 4
    assert third("kept", lambda: 5, _anything) == 1


def test_an_unchanged_entry_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _opened(tmp_path)
    first("a", lambda: 1, _anything)
    first.save()
    second = _opened(tmp_path)
    second("a", lambda: 2, _anything)
    written: list[str] = []
    monkeypatch.setattr(FileCache, "write_now", lambda self, key, payload: written.append(key))
    second.save()
    assert written == []


def test_a_value_of_another_shape_is_computed(tmp_path: Path) -> None:
    first = _opened(tmp_path)
    first("a", lambda: "text", _anything)
    first.save()
    second = _opened(tmp_path)
    assert second("a", lambda: 7, lambda value: isinstance(value, int)) == 7
    assert (second.computed, second.recalled) == (1, 0)


@pytest.mark.parametrize("damage", [b"", b"not an entry", None])
def test_a_damaged_entry_recalls_nothing(tmp_path: Path, damage: bytes | None) -> None:
    first = _opened(tmp_path)
    first("a", lambda: 1, _anything)
    first.save()
    path = Path(first.store.folder) / first.kinds[""].entry
    blob = path.read_bytes()
    path.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]) if damage is None else damage)
    second = _opened(tmp_path)
    assert second.known == {}
    assert second("a", lambda: 2, _anything) == 2


def test_tokens_name_only_cached_items() -> None:
    tokens = Tokens()
    tokens.tell("a.yaml", None, None, "context")
    assert (tokens.context, tokens.by_name) == (None, {})
    tokens.tell("b.yaml", "key", "stamp", "context")
    tokens.tell("c.yaml", "other", None, "context")
    assert tokens.context == "context"
    assert tokens.by_name == {"b.yaml": "key\0stamp", "c.yaml": "other\0"}


def test_a_large_kind_is_written_again_only_when_a_tenth_would_change(tmp_path: Path) -> None:
    first = _opened(tmp_path)
    for n in range(100):
        first(("many", n), lambda n=n: n, _anything)
    first.save()
    second = _opened(tmp_path)  # four new parts, in place of four: 8 of 100 change
    for n in range(4, 104):
        second(("many", n), lambda n=n: n, _anything)
    assert second.computed == 4
    second.save()
    third = _opened(tmp_path)  # the entry is the first run's: the new parts computed again
    for n in range(4, 104):
        third(("many", n), lambda n=n: n, _anything)
    assert third.computed == 4
    third(("many", 200), lambda: 200, _anything)
    for n in range(201, 208):
        third(("many", n), lambda n=n: n, _anything)
    third.save()  # 12 new parts and 4 unused: written again, with only the parts used
    fourth = _opened(tmp_path)
    assert fourth(("many", 4), lambda: "changed", _anything) == 4  # read on first ask
    assert sorted(key[1] for key in fourth.known) == [*range(4, 104), *range(200, 208)]
