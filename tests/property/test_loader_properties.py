"""Laws of the loader: no input makes it raise, and plain data survives a round trip through
YAML or JSON text with a position for every node."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import validator.read.files as files_module
from validator.model.findings import Finding
from validator.read import json_load
from validator.read.files import Limits, LoadedFile, load_file, parse_text
from validator.read.json_load import load_json
from validator.read.positions import JsonPath, Positions
from validator.read.yaml_load import YamlLimits, YamlParseError, load_yaml

from .strategies import Yaml12Dumper, plain_data, syntax_soup

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
LIMITS = Limits()


def assert_loaded_or_e101(result: object) -> None:
    if isinstance(result, Finding):
        assert result.code == "E101"
        assert len(result.locations) == 1
        location = result.locations[0]
        assert location.line >= 1 and location.column >= 1
        assert result.message
    else:
        assert isinstance(result, LoadedFile)


@SETTINGS
@given(
    raw=st.one_of(
        st.binary(max_size=300), syntax_soup.map(lambda t: t.encode("utf-8", "surrogatepass"))
    )
)
def test_any_bytes_load_or_give_one_e101(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("claims.yaml", "claims.json"):
            path = Path(folder) / name
            path.write_bytes(raw)
            assert_loaded_or_e101(load_file(str(path), LIMITS))


@SETTINGS
@given(
    text=st.one_of(st.text(max_size=200), syntax_soup), name=st.sampled_from(["a.yaml", "a.json"])
)
# A flow mapping as the first key, no text read before it: an internal error once.
@example(text="{{}", name="a.yaml")
def test_any_text_parses_or_gives_one_e101(text: str, name: str) -> None:
    assert_loaded_or_e101(parse_text(text, name, LIMITS))


@SETTINGS
@given(
    text=st.text(alphabet=st.characters(categories=["Cs", "Cc", "Zs", "Zl", "L", "P"]), max_size=50)
)
def test_text_with_surrogates_and_controls_never_raises(text: str) -> None:
    for name in ("a.yaml", "a.json"):
        assert_loaded_or_e101(parse_text(text, name, LIMITS))


def paths_of(data: Any, prefix: JsonPath = ()) -> list[JsonPath]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(paths_of(value, (*prefix, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out.extend(paths_of(value, (*prefix, index)))
    return out


def texts(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [*data, *(t for value in data.values() for t in texts(value))]
    if isinstance(data, list):
        return [t for value in data for t in texts(value)]
    return []


def assert_positions_cover(data: Any, positions: Positions, text: str) -> None:
    lines = text.splitlines()
    for path in paths_of(data):
        line, column = positions.values[path]
        assert 1 <= line <= max(len(lines), 1)
        assert column >= 1
        if path and isinstance(path[-1], str):
            assert path in positions.keys


@SETTINGS
@given(data=plain_data, flow=st.sampled_from([None, True, False]), unicode=st.booleans())
def test_yaml_round_trip(data: Any, flow: bool | None, unicode: bool) -> None:
    if unicode:
        # PyYAML's emitter writes these line breaks raw inside quotes, where YAML folds
        # them: PyYAML's own loader does not get them back either.
        assume(not any(ch in text for text in texts(data) for ch in "\x85\u2028\u2029"))
    text = yaml.dump(data, Dumper=Yaml12Dumper, default_flow_style=flow, allow_unicode=unicode)
    loaded, positions, problems = load_yaml(text)
    assert loaded == data
    assert problems == []
    assert_positions_cover(data, positions, text)


@SETTINGS
@given(data=plain_data, indent=st.sampled_from([None, 2]), ascii_only=st.booleans())
def test_json_round_trip(data: Any, indent: int | None, ascii_only: bool) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    loaded, positions, problems = load_json(text)
    assert loaded == data
    assert problems == []
    assert_positions_cover(data, positions, text)


@SETTINGS
@given(data=st.dictionaries(st.text(max_size=5), st.integers(), min_size=1, max_size=5))
def test_a_repeated_key_is_one_problem_and_the_first_value_is_kept(data: dict[str, int]) -> None:
    key = next(iter(data))
    text = json.dumps(data)[:-1] + f", {json.dumps(key)}: 0}}"
    loaded, _, problems = load_json(text)
    assert loaded == data
    assert [p.path for p in problems] == [(key,)]
    yaml_text = yaml.dump(data, Dumper=Yaml12Dumper, default_flow_style=False)
    yaml_text += yaml.dump({key: 0}, Dumper=Yaml12Dumper, default_flow_style=False)
    loaded, _, problems = load_yaml(yaml_text)
    assert loaded == data
    assert [p.path for p in problems] == [(key,)]


_PARTS = st.sampled_from(["a", "b.yaml", ".", "..", "", "..a", "a..", "p", "pq"])


@SETTINGS
@given(parts=st.lists(_PARTS, max_size=5), base=st.sampled_from(["", "/", "cwd", "cwd-sibling"]))
def test_a_path_is_shown_as_relpath_shows_it(parts: list[str], base: str) -> None:
    """Whatever the path, relative or not, normalised or not, inside the working
    directory or not, it is shown as `os.path.relpath` shows it (the shortcut taken for
    a walk's paths gives the same answer); an empty path as it is."""
    if os.sep != "/":
        return
    cwd = os.getcwd()
    start = {"": "", "/": "/", "cwd": cwd + "/", "cwd-sibling": cwd + "x/"}[base]
    path = start + "/".join(parts)
    expected = os.path.relpath(path, cwd) if path else path
    files_module._shown_from.cache_clear()
    assert files_module._shown_from(cwd, path) == expected


def _outcome(read: Any, text: str) -> object:
    """What a reader makes of `text`: its data, positions and problems, or its error."""
    try:
        return read(text, YamlLimits())
    except YamlParseError as error:
        return ("error", error.message, error.line, error.column)


# Integers past the largest float and floats too: the fast reader leaves such texts to
# the full parser, which must then say what it says on its own.
_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**1030), max_value=2**1030),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
_json_data = st.recursive(
    _json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=8), children, max_size=4),
    ),
    max_leaves=25,
)


@SETTINGS
@given(
    data=_json_data,
    indent=st.sampled_from([None, 0, 1, 2, "\t"]),
    separators=st.sampled_from([None, (",", ":"), (" , ", " : ")]),
    ascii_only=st.booleans(),
)
def test_json_is_read_alike_by_the_fast_and_the_full_parser(
    data: Any, indent: int | str | None, separators: tuple[str, str] | None, ascii_only: bool
) -> None:
    text = json.dumps(data, indent=indent, separators=separators, ensure_ascii=ascii_only)
    assert _outcome(load_json, text) == _outcome(json_load._parse, text)


@SETTINGS
@given(
    text=st.one_of(
        syntax_soup, st.text(alphabet='{}[]:,"\\ \n-+.0123456789eEtruefalsnul\u00e9', max_size=40)
    )
)
def test_any_text_is_read_alike_by_the_fast_and_the_full_parser(text: str) -> None:
    assert _outcome(load_json, text) == _outcome(json_load._parse, text)
