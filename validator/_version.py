"""The version of factlint: one place, read by the package, the command, the reports'
`tool` section, the cache's fingerprint and (through setuptools) the distribution."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
