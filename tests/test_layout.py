"""The shape of the package, held by tests: the stages as floors that import only
downwards, speed machinery that imports no stage, no import circle, and small pieces.

A new package or top-level module of `validator/` must be given its floor in `FLOORS`,
which is where a newcomer learns the order of the run (docs/architecture.md draws it).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "validator"

# Each top-level package or module of validator/, by floor: a module may import its own
# package and anything on a lower floor, never a higher one.
FLOORS: dict[str, int] = {
    "_version": 0,
    "guard": 0,  # the project's boundary: how a possibly hostile file is read
    "model": 1,  # the nouns every stage shares
    "read": 2,  # stage 1
    "parse": 3,  # stage 2
    "dataset": 3,
    "resolve": 4,  # stage 3
    "rules": 5,  # stage 4
    "per_file": 6,  # stages 3-4 for one file
    "stages": 6,  # stages 1-4 for one file, in order
    "settle": 6,  # stage 5
    "report": 7,  # Result -> text, and the files written
    "arguments": 7,
    "run_settings": 7,  # what a run is asked to do and how the driver runs it
    "config": 8,
    "config_lists": 8,  # what a configuration's table may hold
    "config_toml": 8,  # a configuration file's TOML, read safely and parsed once
    "config_paths": 8,  # the paths a configuration names, and its values in words
    "config_places": 8,  # where a configuration file writes a setting
    "pipeline": 8,  # the driver
    "drive_files": 8,  # the driver's first half: the stages over every file
    "drive_dataset": 8,  # the driver's loading of the dataset, cached
    "drive_across": 8,  # the driver's part in the checks across files: what they recall
    "drive_stamps": 8,  # the driver's stamps of the archives the checks read
    "drive_outcome": 8,  # the driver's early cutoff: a re-run its checks see no change in
    "shadowed": 8,  # the driver's naming of a file whose source id an earlier file has
    "drive_reports": 8,  # the driver's part in the reports: the texts they keep
    "draft": 9,
    "cli": 10,
    "__main__": 11,
    "__init__": 11,
}
# The speed machinery: beside the floors, importing none of the stages.
SPEED = "speed"
SPEED_MAY_IMPORT = {"_version", "guard", "model", SPEED}
# Who may put speed machinery around the stages: the driver and the commands.
MAY_IMPORT_SPEED = {
    "pipeline",
    "drive_files",
    "drive_dataset",
    "drive_across",
    "drive_reports",
    "drive_outcome",
    "cli",
    SPEED,
}

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def _imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every module of validator this file imports, anywhere in it, with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "validator":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "validator":
                continue
            for alias in node.names:
                # `from validator.x import y`: y may be a module of its own.
                sub = f"{target}.{alias.name}"
                known = PACKAGE.parent / (sub.replace(".", "/") + ".py")
                package_dir = PACKAGE.parent / sub.replace(".", "/")
                yield (sub if known.exists() or package_dir.is_dir() else target), node.lineno


def test_every_top_level_part_has_a_floor() -> None:
    tops = {_top(_name(path)) for path in _modules()}
    assert sorted(tops - set(FLOORS) - {SPEED}) == []
    assert sorted(set(FLOORS) - tops) == []


def _broken_floors() -> list[str]:
    broken: list[str] = []
    for path in _modules():
        me = _top(_name(path))
        for target, line in _imports(path):
            other = _top(target)
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}"
            if other == me or where in broken or any(b.startswith(where) for b in broken):
                continue
            if target == "validator":
                broken.append(f"{where}: the package root")
            elif me == SPEED and other not in SPEED_MAY_IMPORT:
                broken.append(f"{where}: speed machinery importing a stage")
            elif other == SPEED and me not in MAY_IMPORT_SPEED:
                broken.append(f"{where}: a stage importing speed machinery")
            elif me != SPEED and other != SPEED and FLOORS[other] > FLOORS[me]:
                broken.append(f"{where}: up from {me} to {other}")
    return broken


def test_imports_only_go_down_and_speed_imports_no_stage() -> None:
    assert _broken_floors() == []


def _private_package(module: str) -> str | None:
    """The package a private module (`validator.report._json_runs`) is private to; None
    for a module no part of whose name starts with one underscore."""
    parts = module.split(".")
    for number, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:number])
    return None


def test_a_private_module_is_imported_only_inside_its_package() -> None:
    """A module whose name starts with an underscore is its package's own business: a
    module elsewhere that needs one of its names takes it from a public module of that
    package, so that the package can move it without other packages noticing."""
    taken = []
    for path in _modules():
        me = _name(path)
        for target, line in _imports(path):
            owner = _private_package(target)
            if owner is not None and me != owner and not me.startswith(owner + "."):
                taken.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert taken == []


def test_no_import_makes_a_circle() -> None:
    graph: dict[str, set[str]] = {}
    for path in _modules():
        graph.setdefault(_name(path), set()).update(
            target for target, _ in _imports(path) if target != _name(path)
        )
    circles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            circle = trail[trail.index(module) :]
            # A package importing its own modules (its __init__ re-exporting) is no circle.
            if not all(m.startswith(circle[0] + ".") or m == circle[0] for m in circle):
                circles.append([*circle, module])
            return
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert circles == []


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_modules_and_functions_are_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES
    long_functions = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long_functions == []


@pytest.mark.parametrize("path", [p for p in _modules() if p.name != "__main__.py"], ids=_name)
def test_every_module_says_what_it_exports(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), "a module opens with a docstring naming its job"
    if path.name == "__init__.py" and len(tree.body) == 1:
        return  # a package that only names its job
    names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    assert "__all__" in names
