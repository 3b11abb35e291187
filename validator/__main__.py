"""`python -m validator` runs the `validate` command."""

from __future__ import annotations

from .cli import command

command()
