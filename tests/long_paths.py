"""A folder tree whose deepest path is longer than the system allows, for tests of what
a walk does with a folder it lists but cannot open."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["past_the_path_limit"]

# Twenty folders of 250-letter names: past Linux's 4,096 bytes.
LEVEL = "d" * 250
LEVELS = 20


def past_the_path_limit(top: str, name: str, text: str) -> None:
    """The file `name` holding `text`, `LEVELS` folders of `LEVEL` below the folder
    `top`, made a level at a time from inside (no path to it can be opened whole);
    the working folder is as it was."""
    here = os.getcwd()
    os.chdir(top)
    try:
        for _ in range(LEVELS):
            os.mkdir(LEVEL)
            os.chdir(LEVEL)
        Path(name).write_text(text, encoding="utf-8")
    finally:
        os.chdir(here)
