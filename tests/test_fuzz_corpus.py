"""Replays the fuzz corpus (tests/fuzz/corpus/) through the fuzz target without atheris:
every seed, and every crash the fuzzer found and was added there, stays a regression test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

FUZZ = Path(__file__).resolve().parent / "fuzz"
CORPUS = sorted(
    p for p in (FUZZ / "corpus").iterdir() if p.is_file() and not p.name.startswith(".")
)


def load_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_load", FUZZ / "fuzz_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET = load_target()


def test_the_corpus_has_seeds() -> None:
    assert len(CORPUS) >= 20


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_input_runs_clean(path: Path) -> None:
    TARGET.TestOneInput(path.read_bytes())


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00", b"\xff", b"[", b"{", b"a: [", b'"\\ud800"', b"- " * 1000, b"\xef\xbb\xbf"],
)
def test_tiny_inputs_run_clean(data: bytes) -> None:
    TARGET.TestOneInput(data)
