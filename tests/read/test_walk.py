"""A folder walk passes over virtual environments, by the `pyvenv.cfg` each holds, and
folders of installed packages, by name, unless named; through links too, listing none of
what they hold."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from validator.read.files import discover
from validator.read.walk import identity, walk

CLAIM = "source: {}\n"


def _files(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(CLAIM, encoding="utf-8")


def _venv(folder: Path) -> None:
    """A virtual environment as `python -m venv` lays it out, with JSON and YAML files
    installed in it as packages ship them."""
    (folder / "bin").mkdir(parents=True)
    (folder / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    _files(
        folder,
        "lib/python3.12/site-packages/jsonschema_specifications/schemas/draft7/metaschema.json",
        "lib/python3.12/site-packages/pkg-1.0.dist-info/direct_url.json",
        "share/pkg/config.yaml",
        "bin/activate.json",
    )


def _listed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every folder the walk lists, as it names it."""
    listed: list[str] = []
    real_scandir = os.scandir

    def scandir(path: str) -> Any:
        listed.append(os.path.normpath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return listed


def test_a_walk_passes_over_a_virtual_environment_whatever_it_is_called(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`validate .` read every JSON file installed in a project's `venv/` as a broken
    claim file. A folder holding `pyvenv.cfg` is a virtual environment, at any depth and
    under any name; only its own listing is read, to find that file."""
    _files(tmp_path, "claims/a.yaml")
    for name in ("venv", "env", "tools/py312"):
        _venv(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    listed = _listed(monkeypatch)
    assert discover(["."], str(tmp_path)) == [os.path.join("claims", "a.yaml")]
    assert sorted(listed) == [".", "claims", "env", "tools", "tools/py312", "venv"]


def test_a_folder_called_env_without_pyvenv_cfg_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name decides nothing: `env/` may hold claims about an environment. Nor does a
    `pyvenv.cfg` that is a folder, which no Python takes for a virtual environment."""
    _files(tmp_path, "env/emissions.yaml", "venv/claims.json", "odd/pyvenv.cfg/a.yaml")
    monkeypatch.chdir(tmp_path)
    assert discover(["."], str(tmp_path)) == [
        os.path.join("env", "emissions.yaml"),
        os.path.join("odd", "pyvenv.cfg", "a.yaml"),
        os.path.join("venv", "claims.json"),
    ]


def test_a_walk_passes_over_folders_of_installed_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`node_modules` (thousands of `package.json`), `site-packages` and `dist-packages`
    outside any virtual environment (a conda environment, a `pip install --target`), and
    `__pycache__`, at any depth, are passed over unlisted; a folder whose name only
    contains one of those names is read."""
    _files(
        tmp_path,
        "claims/a.yaml",
        "node_modules/left-pad/package.json",
        "web/node_modules/react/package.json",
        "conda/lib/python3.12/site-packages/pkg/data.json",
        "usr/lib/python3/dist-packages/pkg/data.yaml",
        "claims/__pycache__/cached.json",
        "claims/node_modules-notes/b.yaml",
    )
    monkeypatch.chdir(tmp_path)
    listed = _listed(monkeypatch)
    assert discover(["."], str(tmp_path)) == [
        os.path.join("claims", "a.yaml"),
        os.path.join("claims", "node_modules-notes", "b.yaml"),
    ]
    assert not [folder for folder in listed if "packages" in folder or "__" in folder]
    assert not [folder for folder in listed if folder.endswith("node_modules")]


def test_a_virtual_environment_or_package_folder_named_is_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Named on the command line, such a folder is the user's choice and is searched, as
    the dataset is; the folders inside it are still walked by the same rules. Passed
    over by one path's walk, it is still searched when another path names it."""
    _venv(tmp_path / "venv")
    _files(tmp_path, "venv/notes.yaml", "node_modules/pkg/package.json", "claims/a.yaml")
    monkeypatch.chdir(tmp_path)
    in_venv = [
        os.path.join("venv", "bin", "activate.json"),
        os.path.join("venv", "notes.yaml"),
        os.path.join("venv", "share", "pkg", "config.yaml"),
    ]
    assert discover(["venv"], str(tmp_path)) == in_venv
    site = os.path.join("venv", "lib", "python3.12", "site-packages")
    assert discover([site], str(tmp_path)) == [
        os.path.join(site, "jsonschema_specifications", "schemas", "draft7", "metaschema.json"),
        os.path.join(site, "pkg-1.0.dist-info", "direct_url.json"),
    ]
    assert discover(["node_modules"], str(tmp_path)) == [
        os.path.join("node_modules", "pkg", "package.json")
    ]
    claims = [os.path.join("claims", "a.yaml")]
    assert discover([".", "venv"], str(tmp_path)) == claims + in_venv
    assert discover(["venv", "."], str(tmp_path)) == claims + in_venv
    assert discover(["venv/"], str(tmp_path)) == in_venv


def test_a_link_to_a_virtual_environment_or_package_folder_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committed `claims/tools -> ../venv` is a virtual environment all the same, and
    `claims/deps -> ../web/node_modules` a package folder, however the link is called;
    the environment is listed once, however many links lead to it. A link to a folder
    called `env` that is none is followed, and a link named explicitly is searched."""
    _venv(tmp_path / "venv")
    _files(tmp_path, "claims/a.yaml", "web/node_modules/pkg/package.json", "env/b.yaml")
    os.symlink("../venv", tmp_path / "claims" / "tools")
    os.symlink("../venv", tmp_path / "claims" / "tools-again")
    os.symlink("../web/node_modules", tmp_path / "claims" / "deps")
    os.symlink("../env", tmp_path / "claims" / "environment")
    monkeypatch.chdir(tmp_path)
    listed = _listed(monkeypatch)
    assert discover(["claims"], str(tmp_path)) == [
        os.path.join("claims", "a.yaml"),
        os.path.join("claims", "environment", "b.yaml"),
    ]
    assert sorted(listed) == ["claims", "claims/environment", "claims/tools-again"]
    assert discover(["claims/tools"], str(tmp_path)) == [
        os.path.join("claims", "tools", "bin", "activate.json"),
        os.path.join("claims", "tools", "share", "pkg", "config.yaml"),
    ]


def test_a_pyvenv_cfg_link_marks_an_environment_as_python_reads_it(tmp_path: Path) -> None:
    """Python takes `pyvenv.cfg` through a link to a file; a broken link marks nothing."""
    _files(tmp_path, "linked/a.yaml", "broken/b.yaml", "shared/python.cfg")
    os.symlink("../shared/python.cfg", tmp_path / "linked" / "pyvenv.cfg")
    os.symlink("missing.cfg", tmp_path / "broken" / "pyvenv.cfg")
    walked: set[tuple[int, int]] = set()
    found = [path for path, _ in walk(str(tmp_path), (str(tmp_path),), (), walked)]
    assert found == [str(tmp_path / "broken" / "b.yaml")]
    assert identity(str(tmp_path / "linked")) not in walked
    assert identity(str(tmp_path / "broken")) in walked


def test_a_walk_passes_over_a_conda_environment_and_pypackages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conda environment has no `pyvenv.cfg` but a `conda-meta` folder of JSON records
    (a file called so marks nothing); PDM installs into `__pypackages__`."""
    _files(
        tmp_path,
        "claims/a.yaml",
        "tools/conda/conda-meta/python-3.12.0-h1.json",
        "tools/conda/share/jupyter/kernels/python3/kernel.json",
        "__pypackages__/3.12/lib/pkg/data.json",
        "notes/conda-meta",
        "notes/b.yaml",
    )
    monkeypatch.chdir(tmp_path)
    listed = _listed(monkeypatch)
    assert discover(["."], str(tmp_path)) == [
        os.path.join("claims", "a.yaml"),
        os.path.join("notes", "b.yaml"),
    ]
    assert sorted(listed) == [".", "claims", "notes", "tools", "tools/conda"]
    # Named, the environment is searched, its `conda-meta` folder too.
    assert discover([os.path.join("tools", "conda")], str(tmp_path)) == [
        os.path.join("tools", "conda", "conda-meta", "python-3.12.0-h1.json"),
        os.path.join("tools", "conda", "share", "jupyter", "kernels", "python3", "kernel.json"),
    ]
