"""Each module's `__all__` names exactly what other code takes from it: every name it
lists is imported (or read through the module) by another module of the package, its
tests or the benchmarks, and every name they take from it is listed. A name only its
own module uses is not part of what the module offers; a name others take that is not
listed is public without saying so.

A test's `monkeypatch.setattr(module, "NAME", ...)` takes nothing: it sets a knob; and
a name a module imports from another need not be listed where a test only reads it
through the module (`archives.read_regular`, to wrap the function it patches there).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "validator"

# Listed though no module takes them: the codes a stage declares (`EMITS`, read through
# the module by tests/emitters.py), the console script's entry point (pyproject.toml),
# and what docs/architecture.md names for a reader to find. A package's `__init__` is
# its public face (docs/api.md) and is not held to this.
KEPT = {
    "validator.cli.factlint": {"command"},
    "validator.shadowed": {"EMITS"},
    "validator.model.property_types.registry": {"DERIVED"},
    "validator.per_file": {"SharedTexts"},
    "validator.rules.dataset_facts": {
        "assess_statement",
        "conclude_statement",
        "conclusion_depends_on",
    },
}


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _target(me: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = me.split(".")[: None if is_package else -1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _taken(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(module, name, whether imported) for each name this file imports from a module of
    the package or reads through one (`summary.CELL_LIMIT`, `validator.pipeline.run`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = _name(path)
    modules: dict[str, str] = {}  # a local name bound to a module of the package
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _target(me, path.name == "__init__.py", node)
            for alias in node.names:
                if f"{source}.{alias.name}" in MODULES:
                    modules[alias.asname or alias.name] = f"{source}.{alias.name}"
                elif source in MODULES:
                    yield source, alias.name, True
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in MODULES:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain: list[str] = []
        part: ast.expr = node
        while isinstance(part, ast.Attribute):
            chain.insert(0, part.attr)
            part = part.value
        if isinstance(part, ast.Name):
            dotted = [modules.get(part.id, part.id), *chain]
            for end in range(len(dotted) - 1, 0, -1):
                if ".".join(dotted[:end]) in MODULES:
                    yield ".".join(dotted[:end]), dotted[end], False
                    break


def _taken_elsewhere() -> dict[str, dict[str, bool]]:
    """Each module's names others take, and whether any of them imports the name."""
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    files += (ROOT / "benchmarks").rglob("*.py")
    taken: dict[str, dict[str, bool]] = {}
    for path in files:
        for module, name, imported in _taken(path):
            if module != _name(path) and f"{module}.{name}" not in MODULES:
                names = taken.setdefault(module, {})
                names[name] = names.get(name, False) or imported
    return taken


def _exported(path: Path) -> tuple[list[str], set[str]]:
    """The module's `__all__`, and the names its top level defines (not imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    listed: list[str] = []
    defined: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                parts = target.elts if isinstance(target, ast.Tuple) else [target]
                defined.update(part.id for part in parts if isinstance(part, ast.Name))
                if isinstance(target, ast.Name) and target.id == "__all__":
                    assert isinstance(node.value, ast.List)
                    listed = [ast.literal_eval(item) for item in node.value.elts]
    return listed, defined


def _mismatches() -> list[str]:
    taken = _taken_elsewhere()
    found: list[str] = []
    for module, path in MODULES.items():
        if path.name == "__init__.py" or path.name == "__main__.py":
            continue
        listed, defined = _exported(path)
        names = taken.get(module, {})
        # Imported, or read through the module where the module defines it.
        wanted = {n for n, imported in names.items() if imported or n in defined}
        kept = KEPT.get(module, set())
        found += [
            f"{module}: {n} is listed, taken by none"
            for n in listed
            if n not in names.keys() | kept
        ]
        unlisted = sorted(n for n in wanted if n not in listed and not n.startswith("_"))
        found += [f"{module}: {n} is taken, not listed" for n in unlisted]
    return found


def test_every_module_lists_exactly_what_others_take_from_it() -> None:
    assert _mismatches() == []
