"""A TOML text's dotted keys, counted before Python's TOML reader is given it: one of
more than 100 parts is refused, wherever a key stands, and nothing else is."""

from __future__ import annotations

import tomllib

import pytest

from validator.guard.toml_keys import long_key_problem

PARTS = ".".join(["a"] * 100)  # a key of 100 parts, the most taken
MORE = PARTS + ".b"


@pytest.mark.parametrize(
    "text",
    [
        f"{PARTS} = 1\n",
        f"[{PARTS}]\n",
        f"t = {{{PARTS} = 1}}\n",
        # Dots in strings are no key's: a path, an address, text of any length.
        "paths = [" + '"' + "x." * 500 + 'yaml", ' + "'" + "y." * 500 + "z']\n",
        'select = "' + '\\".' * 500 + '"\n',
        "".join(f"v{number} = 1.5\n" for number in range(1000)),
    ],
)
def test_a_text_whose_keys_have_at_most_100_parts_passes(text: str) -> None:
    assert long_key_problem(text) is None
    tomllib.loads(text)  # and is TOML


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"{MORE} = 1\n", 1),
        (f"[tool]\nx = 1\n[{MORE}]\n", 3),
        (f"t = {{ok = 1, {MORE} = 1}}\n", 1),
        (f"x = 1\n\n\"a\" . 'b' .\t{MORE} = 1\n", 3),
        ("x." + "a." * 2_000_000 + "b = 1\n", 1),  # 4 MiB, the most read: hours in tomllib
    ],
)
def test_a_key_of_more_than_100_parts_is_refused_by_its_line(text: str, line: int) -> None:
    """`tomllib` takes a dotted key in time growing faster than the square of its
    parts: 10,000 took 1.2 s, 30,000 took 17 s, and a 4 MiB configuration holds 2
    million. One of more than 100 is refused wherever it stands (a key, a table's
    name, an inline table's key), quoted parts and spaced dots too."""
    assert long_key_problem(text) == (
        f"line {line} has a dotted key of more than 100 parts, more than Python's TOML "
        "reader can take in time"
    )
