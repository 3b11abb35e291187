"""Which part of the run makes each code's findings: a stage, by the `EMITS` its package
declares (the driver's own in `validator.shadowed`), or a rule, by the codes it declares.
docs/codes.md's table and the registry's tests read it here."""

from __future__ import annotations

from types import ModuleType

from validator import parse, read, resolve, settle, shadowed
from validator.model.codes import CODES
from validator.rules import RULES

__all__ = ["STAGES", "found_by", "stage_codes"]

# Each stage that makes findings itself, in the order of the run, as the docs name it.
STAGES: tuple[tuple[str, ModuleType], ...] = (
    ("read", read),
    ("parse", parse),
    ("resolve", resolve),
    ("the run (across files)", shadowed),
    ("settle", settle),
)


def stage_codes() -> frozenset[str]:
    """Every code a stage declares."""
    return frozenset().union(*(module.EMITS for _, module in STAGES))


def found_by(code: str) -> list[str]:
    """Who makes `code`'s findings: stages by name, then rules as `rule NAME`."""
    assert code in CODES, code
    stages = [name for name, module in STAGES if code in module.EMITS]
    return stages + [f"rule `{rule.name}`" for rule in RULES if code in rule.codes]
