"""Each code is made where the registry says: a code written in a stage's modules is one
its package declares (`EMITS`), a code written in a rule's module is one a rule declares,
and no other module of the run writes a code but the table itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.emitters import STAGES, found_by
from validator.model.codes import CODES
from validator.rules import RULES

PACKAGE = Path(__file__).resolve().parent.parent / "validator"
CODE = re.compile(r"[EDXQS][1-5][0-9][0-9]")
# Where a code may be written without making a finding: the table of codes.
TABLE = PACKAGE / "model" / "codes.py"


def _codes_written(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
    }


def _modules_of(module_file: str) -> list[Path]:
    path = Path(module_file)
    return sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]


def test_a_stage_writes_only_the_codes_it_declares() -> None:
    for name, module in STAGES:
        assert module.__file__ is not None
        written = set().union(*(_codes_written(p) for p in _modules_of(module.__file__)))
        assert written == module.EMITS, name


def test_the_rules_write_only_the_codes_the_rules_declare() -> None:
    declared = set().union(*(rule.codes for rule in RULES))
    written = set().union(*(_codes_written(p) for p in (PACKAGE / "rules").glob("*.py")))
    assert written == declared


def test_no_other_module_writes_a_code() -> None:
    owned = {PACKAGE / "rules", TABLE}
    for _, module in STAGES:
        assert module.__file__ is not None
        owned.update(_modules_of(module.__file__))
    others = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in owned and PACKAGE / "rules" not in path.parents
    ]
    assert others and {str(p.relative_to(PACKAGE)): _codes_written(p) for p in others} == {
        str(p.relative_to(PACKAGE)): set() for p in others
    }


def test_every_code_is_found_by_someone() -> None:
    assert {code: found_by(code) for code in CODES} == {
        "E101": ["read", "parse"],
        "E102": ["parse"],
        "E103": ["parse", "the run (across files)"],
        "E104": ["resolve"],
        "E105": ["resolve"],
        "E106": ["resolve"],
        "E107": ["rule `excerpts`"],
        "E108": ["settle"],
        "D201": ["rule `transcripts`", "rule `dataset-facts`"],
        "D202": ["rule `dataset-facts`"],
        "D203": ["rule `transcripts`", "rule `dataset-facts`"],
        "D204": ["rule `transcripts`", "rule `dataset-facts`"],
        "D205": ["rule `dataset-facts`"],
        "D206": ["rule `dataset-facts`"],
        "D207": ["rule `transcripts`"],
        "Q401": ["rule `quotes`"],
        "Q402": ["rule `quotes`"],
        "Q403": ["rule `quotes`"],
        "S501": ["rule `shared-wording`"],
        "X301": ["rule `sources`"],
        "X302": ["rule `sources`"],
        "X303": ["rule `sources`"],
    }
