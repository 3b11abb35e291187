"""The code fingerprint: a hash of factlint's code and of the libraries it builds on.

A cache entry is only ever read by the very code that wrote it: every module and
schema of the package is hashed, so an edited checkout never reads an entry written by
other code, nor a remembered run repeated by it.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

from validator._version import __version__

__all__ = ["PACKAGE", "code_fingerprint", "sources"]

# The libraries whose versions can change what a run makes of its inputs: the readers,
# the schema check, the models, rapidfuzz, which matches quotes against transcripts, and
# lxml, which reads an archive that is an HTML page as its text.
_LIBRARIES = ("PyYAML", "jsonschema", "pydantic", "pydantic-core", "rapidfuzz", "lxml")
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
    from importlib import metadata

    versions = []
    for name in _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return ",".join(versions)
