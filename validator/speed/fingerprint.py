"""The code fingerprint: a hash of factlint's code and of the libraries it builds on.

A cache entry is only ever read by the very code that wrote it: every module and
schema of the package is hashed, so an edited checkout never reads an entry written by
other code, nor a remembered run repeated by it.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import cache
from pathlib import Path

from validator._version import __version__

__all__ = ["PACKAGE", "code_fingerprint", "installed_versions", "sources"]

# The libraries whose versions can change what a run makes of its inputs: the readers,
# the schema check and its compiled yes/no, the models, rapidfuzz, which matches quotes
# against transcripts, and lxml, which reads an archive that is an HTML page as its text.
_LIBRARIES = (
    "PyYAML",
    "jsonschema",
    "jsonschema-rs",
    "fastjsonschema",
    "pydantic",
    "pydantic-core",
    "rapidfuzz",
    "lxml",
)
_DIST_INFO = ".dist-info"
# The whole package this folder is part of, not only the speed machinery: every stage's
# code decides what a cache entry holds.
PACKAGE = Path(__file__).resolve().parents[1]


def sources() -> list[Path]:
    """The package's modules and schemas, in a fixed order. Raises OSError."""
    return sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".json") and p.is_file())


@cache
def code_fingerprint() -> str:
    """A hash of factlint's code and the libraries it builds on: everything besides its
    inputs that decides what a run makes of them."""
    digest = hashlib.sha256()
    for part in (__version__, sys.version, _dist_versions()):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    try:
        for source in sources():
            digest.update(source.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(source.read_bytes()).digest())
    except OSError:  # an unreadable installation: the version alone would be too weak
        digest.update(os.urandom(16))
    return digest.hexdigest()


def _dist_versions() -> str:
    versions = installed_versions(_LIBRARIES)
    missing = [name for name in _LIBRARIES if name not in versions]
    if missing:
        from importlib import metadata  # 30 ms to import: only when the folders fail

        for name in missing:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = "-"
    return ",".join(f"{name}={versions[name]}" for name in _LIBRARIES)


def _canonical(name: str) -> str:
    """A distribution's name as its dist-info folder and `pip` compare it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_versions(names: tuple[str, ...]) -> dict[str, str]:
    """The version of each of `names` installed where the import system looks first:
    the folders of `sys.path` in order, each holding `NAME-VERSION.dist-info` for what pip
    installed there. `importlib.metadata` finds the same folders, but costs a run whose
    work is cached most of its time (30 ms to import, 10 ms a name, each reading a
    METADATA file). A name left out is for `importlib.metadata` to find: one in no such
    folder (an egg, a zip), or two versions of it in one folder, or one behind a folder
    of `sys.path` that cannot be listed (it might be there)."""
    wanted = {_canonical(name): name for name in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                folders = [item.name for item in listing if item.name.endswith(_DIST_INFO)]
        except OSError:
            if os.path.exists(entry or "."):
                break  # a zip or an unreadable folder, which may hold a later name
            continue
        here: dict[str, str | None] = {}
        for folder in folders:
            name, _, version = folder[: -len(_DIST_INFO)].partition("-")
            key = _canonical(name)
            if key in wanted and version:
                here[key] = version if here.get(key, version) == version else None
        for key, only in here.items():
            name = wanted.pop(key)
            if only is not None:
                found[name] = only
        if not wanted:
            break
    return found
