"""A fuzz target for the loader and the value parser.

`TestOneInput(data)` reads `data` as a claim file would be read (decoded, then parsed as
YAML and as JSON) and turns every node of what it reads into a value of every property
type. Only the exceptions these functions document are caught; anything else escaping is
a crash for the fuzzer to report.

    pip install atheris
    python tests/fuzz/fuzz_load.py tests/fuzz/corpus            # runs until stopped
    python tests/fuzz/fuzz_load.py -max_total_time=60 tests/fuzz/corpus

tests/test_fuzz_corpus.py replays the corpus through `TestOneInput` without atheris, so
every seed (and every crash found and added to the corpus) is a regression test.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from validator.model.findings import Finding
from validator.model.property_types.base import (
    EntityLookup,
    UnknownEntity,
    ValueProblem,
    describe_raw,
)
from validator.model.property_types.registry import parse_value
from validator.read.files import Limits, LoadedFile, decode, parse_text

__all__ = ["TestOneInput"]

LIMITS = Limits()
KINDS = ("integer", "number", "percent", "duration", "date", "boolean", "entity", "text", "quote")
UNITS = (None, "minutes", "hours", "years")
LOOKUP = EntityLookup(
    resolve=lambda name: name.casefold() if name.casefold() in {"mia", "kate winslet"} else None,
    widen=lambda entity: frozenset({entity, f"{entity}-narrower"}),
)
MAX_NODES = 200  # enough to reach every kind of node; keeps one input fast


def nodes(data: Any) -> Iterator[Any]:
    """Every node of a document, the whole document first."""
    pending = [data]
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, dict):
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)


def check_values(data: Any) -> None:
    for count, raw in enumerate(nodes(data)):
        if count >= MAX_NODES:
            return
        describe_raw(raw)
        for number, kind in enumerate(KINDS):
            unit = UNITS[number % len(UNITS)]
            tolerance = 5.0 if number % 2 else None
            for widen in (True, False):
                with contextlib.suppress(ValueProblem, UnknownEntity):
                    parse_value(
                        raw, kind, unit=unit, tolerance=tolerance, lookup=LOOKUP, widen=widen
                    )


def check_finding(finding: Finding) -> None:
    if finding.code != "E101" or len(finding.locations) != 1:
        raise AssertionError(f"expected one E101 with a location, got {finding}")
    location = finding.locations[0]
    if location.line < 1 or location.column < 1 or not finding.message:
        raise AssertionError(f"bad location or message: {finding}")


def TestOneInput(data: bytes) -> None:  # the name atheris looks for
    text = decode(data, "fuzz.yaml")
    if isinstance(text, Finding):
        check_finding(text)
        text = data.decode("utf-8", "replace").replace("\x00", "")
    for name in ("fuzz.yaml", "fuzz.json"):
        result = parse_text(text, name, LIMITS)
        if isinstance(result, Finding):
            check_finding(result)
            continue
        if not isinstance(result, LoadedFile):
            raise AssertionError(f"parse_text returned {result!r}")
        for problem in result.problems:
            if problem.line < 1 or problem.column < 1:
                raise AssertionError(f"bad position: {problem}")
        check_values(result.data)


def main() -> None:  # pragma: no cover - needs atheris
    import atheris

    atheris.instrument_all()
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":  # pragma: no cover
    main()
