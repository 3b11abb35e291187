"""A configuration file's TOML, read the safe way and parsed at most once a run.

A configuration may come with a pull request: it is read through the safe reader
(bounded, a regular file only), its dotted keys counted before the reader takes them,
and what Python's reader cannot take (a byte order mark, UTF-16, nesting past its
recursion) said in words rather than raised as an internal error.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable
from typing import Any

from validator.guard.safe_read import read_regular
from validator.guard.toml_keys import long_key_problem

__all__ = ["MAX_CONFIG_BYTES", "no_file", "read_toml"]

# A configuration file is a few lines; a pyproject.toml a few kilobytes.
MAX_CONFIG_BYTES = 4 * 1024 * 1024

# The document of the pyproject.toml `find_config` chose, with its bytes, until
# `load_config` reads that file: finding it parsed it to see its [tool.factlint] table,
# and loading it parsed it again, each parse a few seconds for a table of another tool
# of millions of numbers within the size limit. Taken by the next read whose bytes are
# the same (a file changed in between is parsed again), so it is not held for the run.
_found: list[tuple[bytes, dict[str, Any]]] = []


def no_file(path: str) -> str:
    """Why the name `path` a walk up found is no configuration file to read ("" when it
    is one): a pull request's `factlint.toml` made a pipe, a folder, a link to a device
    or to nothing was passed over unsaid, and the run took its settings from a folder
    above, or went without any (the project's `ignore` and `dataset` unwritten)."""
    if os.path.isfile(path):
        return ""
    if os.path.isdir(path):
        return "is a folder, not a file"
    if not os.path.exists(path):
        return "is a symbolic link to nothing"
    return "is not a regular file (a pipe, socket or device)"


def read_toml(path: str, keep: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
    """The TOML document at `path`, read through the safe reader (a configuration file
    may be a pipe or a huge file in a pull request); raises `Refused` or TOMLDecodeError.
    Parsed at most once for `find_config` and `load_config` together: a document that
    `keep` says will be read again is held for the next read of the same bytes
    (`_found`); one passed over is not held."""
    raw = read_regular(path, MAX_CONFIG_BYTES)
    if _found:
        kept, data = _found.pop()
        if kept == raw:
            return data
    data = _parse_toml(raw)
    if keep is not None and keep(data):
        _found.append((raw, data))
    return data


def _parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document of a configuration file's bytes; raises TOMLDecodeError."""
    # A byte order mark is invisible in an editor: said in words, as TOML's reader gives
    # only "Invalid statement (at line 1, column 1)" or a byte that is not UTF-8.
    if raw.startswith(b"\xef\xbb\xbf"):
        raise tomllib.TOMLDecodeError(
            "the file starts with a byte order mark (U+FEFF), which TOML does not allow; "
            "save it as UTF-8 without one"
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise tomllib.TOMLDecodeError(
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise tomllib.TOMLDecodeError(f"not UTF-8 (byte {error.start})") from None
    problem = long_key_problem(text)
    if problem is not None:
        raise tomllib.TOMLDecodeError(problem)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except RecursionError:  # `select = [[[[...` 100,000 deep: an internal error before
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply") from None
    except ValueError:
        # Python converts integers of at most `sys.get_int_max_str_digits()` digits
        # (4,300), and the reader lets the ValueError out: `x = 99…9` of 4,301 digits,
        # even in another tool's table of pyproject.toml, was an internal error.
        raise tomllib.TOMLDecodeError(_long_number(text)) from None


def _long_number(text: str) -> str:
    """Where `text` holds an integer of more digits than Python converts, said in words."""
    limit = sys.get_int_max_str_digits()
    said = f"an integer of more than {limit:,} digits, more than Python's TOML reader converts"
    for found in _DIGITS.finditer(text):
        if len(found[0]) - found[0].count("_") > limit:
            return f"line {text.count(chr(10), 0, found.start()) + 1} holds {said}"
    return f"the file holds {said}"


# A run of digits, as TOML writes an integer's (underscores may part them).
_DIGITS = re.compile(r"[0-9_]{2,}+")
