"""The code fingerprint: a hash of every module and schema of the package, of factlint's
version and of the libraries it builds on, so that a cache entry is read only by the
code that wrote it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import validator
import validator.speed.fingerprint as fingerprint_module
from validator._version import __version__


@pytest.fixture
def fresh() -> Iterator[None]:
    """The fingerprint computed anew in the test, and again after it for the others."""
    fingerprint_module.code_fingerprint.cache_clear()
    yield
    fingerprint_module.code_fingerprint.cache_clear()


def test_the_fingerprint_covers_the_whole_package() -> None:
    """Every stage's code decides what an entry holds, not only the speed machinery's:
    the fingerprint hashes the package `validator`, whose modules sit in subpackages."""
    assert Path(validator.__file__).resolve().parent == fingerprint_module.PACKAGE
    sources = {
        p.relative_to(fingerprint_module.PACKAGE).as_posix() for p in fingerprint_module.sources()
    }
    assert {"read/files.py", "parse/claim_file.py", "speed/fingerprint.py"} <= sources
    assert "schemas/claim-file.schema.json" in sources


def test_the_sources_are_the_packages_modules_and_schemas_in_a_fixed_order() -> None:
    sources = fingerprint_module.sources()
    assert sources == sorted(sources)
    assert {p.suffix for p in sources} == {".py", ".json"}
    assert all(p.is_file() for p in sources)
    on_disk = {p for p in fingerprint_module.PACKAGE.rglob("*") if p.suffix in (".py", ".json")}
    assert set(sources) == {p for p in on_disk if p.is_file()}


def test_the_fingerprint_is_a_sha256_and_the_same_for_the_same_code(fresh: None) -> None:
    first = fingerprint_module.code_fingerprint()
    assert re.fullmatch("[0-9a-f]{64}", first)
    fingerprint_module.code_fingerprint.cache_clear()
    assert fingerprint_module.code_fingerprint() == first


def _package(folder: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


def _fingerprint_of(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(fingerprint_module, "PACKAGE", folder)
    fingerprint_module.code_fingerprint.cache_clear()
    return fingerprint_module.code_fingerprint()


def test_the_fingerprint_changes_with_any_module_or_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    files = {"a.py": b"x = 1\n", "sub/b.py": b"", "schemas/c.json": b"{}", "notes.txt": b"1"}
    base = _fingerprint_of(_package(tmp_path / "base", files), monkeypatch)
    edited = {**files, "sub/b.py": b"# a comment\n"}
    assert _fingerprint_of(_package(tmp_path / "edited", edited), monkeypatch) != base
    schema = {**files, "schemas/c.json": b"{ }"}
    assert _fingerprint_of(_package(tmp_path / "schema", schema), monkeypatch) != base
    added = {**files, "sub/new.py": b""}
    assert _fingerprint_of(_package(tmp_path / "added", added), monkeypatch) != base
    moved = {"b.py" if k == "sub/b.py" else k: v for k, v in files.items()}
    assert _fingerprint_of(_package(tmp_path / "moved", moved), monkeypatch) != base
    # What is neither a module nor a schema decides nothing.
    other = {**files, "notes.txt": b"2", "README.md": b"x"}
    assert _fingerprint_of(_package(tmp_path / "other", other), monkeypatch) == base
    # Nor where the package is installed.
    assert _fingerprint_of(_package(tmp_path / "elsewhere" / "pkg", files), monkeypatch) == base


def test_the_fingerprint_changes_with_the_version_and_the_libraries(
    monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    base = fingerprint_module.code_fingerprint()
    monkeypatch.setattr(fingerprint_module, "__version__", f"{__version__}.post1")
    fingerprint_module.code_fingerprint.cache_clear()
    assert fingerprint_module.code_fingerprint() != base
    monkeypatch.setattr(fingerprint_module, "__version__", __version__)

    from importlib import metadata

    real_installed = fingerprint_module.installed_versions
    real_version = metadata.version

    def installed(names: tuple[str, ...]) -> dict[str, str]:
        return {k: v for k, v in real_installed(names).items() if k != "rapidfuzz"}

    def version(name: str) -> str:
        if name == "rapidfuzz":
            raise metadata.PackageNotFoundError(name)
        return real_version(name)

    # Not in a dist-info folder, and not found by importlib.metadata either.
    monkeypatch.setattr(fingerprint_module, "installed_versions", installed)
    monkeypatch.setattr(metadata, "version", version)
    fingerprint_module.code_fingerprint.cache_clear()
    assert fingerprint_module.code_fingerprint() != base
    # Not in a dist-info folder, but found by importlib.metadata: the same fingerprint.
    monkeypatch.setattr(metadata, "version", real_version)
    fingerprint_module.code_fingerprint.cache_clear()
    assert fingerprint_module.code_fingerprint() == base


def test_the_libraries_versions_are_those_importlib_metadata_gives() -> None:
    """Read off the dist-info folders' names, they are what `importlib.metadata` reads
    in each one's METADATA, for every library the fingerprint names."""
    from importlib import metadata

    names = ("PyYAML", "pydantic-core", "rapidfuzz", "jsonschema")
    assert fingerprint_module.installed_versions(names) == {
        name: metadata.version(name) for name in names
    }


def _dist_info(folder: Path, *names: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).mkdir()
    return str(folder)


def test_the_first_folder_of_the_path_holding_a_library_gives_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _dist_info(tmp_path / "first", "pydantic_core-9.1.dist-info", "other-1.dist-info")
    second = _dist_info(tmp_path / "second", "pydantic_core-1.0.dist-info", "PyYAML-7.2.dist-info")
    missing = str(tmp_path / "missing")
    monkeypatch.setattr("sys.path", [missing, first, second])
    names = ("PyYAML", "pydantic-core", "rapidfuzz")
    assert fingerprint_module.installed_versions(names) == {
        "pydantic-core": "9.1",
        "PyYAML": "7.2",
    }


def test_a_library_installed_twice_in_one_folder_or_behind_an_unlisted_one_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which of two versions in one folder the import system takes is not the folder
    name's to say, nor what a zip on the path holds: `importlib.metadata` answers."""
    twice = _dist_info(tmp_path / "twice", "lxml-6.1.dist-info", "lxml-6.2.dist-info")
    later = _dist_info(tmp_path / "later", "rapidfuzz-3.1.dist-info", "lxml-5.0.dist-info")
    monkeypatch.setattr("sys.path", [twice, later])
    assert fingerprint_module.installed_versions(("lxml", "rapidfuzz")) == {"rapidfuzz": "3.1"}
    archive = tmp_path / "library.zip"
    archive.write_bytes(b"PK")
    monkeypatch.setattr("sys.path", [str(archive), later])
    assert fingerprint_module.installed_versions(("lxml", "rapidfuzz")) == {}


def test_an_unreadable_installation_never_gives_the_same_fingerprint_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    """A version alone would let other code read this code's entries: each run's
    fingerprint is then its own, and nothing it wrote is read by another."""
    folder = _package(tmp_path / "pkg", {"a.py": b""})

    def unreadable() -> list[Path]:
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(fingerprint_module, "sources", unreadable)
    first = _fingerprint_of(folder, monkeypatch)
    second = _fingerprint_of(folder, monkeypatch)
    assert first != second
    assert re.fullmatch("[0-9a-f]{64}", first)
