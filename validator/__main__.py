"""`python -m validator` runs the `validate` command."""

from __future__ import annotations

from validator.cli.main import command

command()
