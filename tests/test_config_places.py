"""A refusal of a configuration value is placed at FILE:LINE:COLUMN of the value, as a
claim file's findings are: in `[tool.factlint]` or a factlint.toml's top level, by a
dotted key or in an inline table, quoted or not; at the table's line where the key
cannot be found; as before, by file and table, where the table cannot be either."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.config import ConfigError, load_config
from validator.config_places import setting_place

FAIL_ON = "'fail-on' should be \"error\" or \"warning\", not 'info'"


def _refused(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(name)
    return str(caught.value)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('[tool.factlint]\nfail-on = "info"\n', "2:11"),
        ('[project]\nname = "x"\n\n[tool.factlint]\ndataset = "d"\n  fail-on  =  "info"\n', "6:15"),
        ('[ tool . factlint ]  # ours\n"fail-on" = "info"\n', "2:13"),
        ('[tool."factlint"]\n\'fail-on\' = "info"\n', "2:13"),
        # A dotted key, under [tool] or at the top level.
        ('[tool]\nfactlint.fail-on = "info"\n', "2:20"),
        ('tool.factlint.fail-on = "info"\n', "1:25"),
        # An inline table, found by the key's own name in it.
        ('[tool]\nfactlint = {dataset = "d", fail-on = "info"}\n', "2:38"),
        ('tool = {factlint = {fail-on = "info"}}\n', "1:31"),
        # A line inside a multi-line string is no key.
        (
            '[tool.other]\nx = """\nfail-on = 1\n[tool.factlint]\n"""\n'
            '[tool.factlint]\nfail-on = "info"\n',
            "7:11",
        ),
        # Written with escapes in a quoted key: found by what the reader makes of it.
        ('[tool.factlint]\n"fail\\u002don" = "info"\n', "2:18"),
        # Written so that it is not found (an escape JSON does not read): the table's line.
        ('[tool.factlint]\n"\\U00000066ail-on" = "info"\n', "1:1"),
    ],
)
def test_a_refusal_in_pyproject_is_placed_at_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, place: str
) -> None:
    """Each named the file and table only (`pyproject.toml [tool.factlint]: 'fail-on'
    should be ...`), leaving the line to be searched for."""
    monkeypatch.chdir(tmp_path)
    assert _refused(tmp_path, "pyproject.toml", text) == f"pyproject.toml:{place}: {FAIL_ON}"


def test_a_key_written_where_no_line_is_read_is_placed_at_its_table(tmp_path: Path) -> None:
    """An inline table that holds the key under another name is not searched further."""
    (tmp_path / "c.toml").write_text("[tool.factlint]\n\n[tool]\nx = 1\n", encoding="utf-8")
    file = str(tmp_path / "c.toml")
    assert setting_place(file, "c.toml", ("tool", "factlint"), "fail-on") == "c.toml:1:1"
    assert setting_place(file, "c.toml", ("tool", "other"), "fail-on") is None
    assert setting_place(str(tmp_path / "none.toml"), "x", (), "fail-on") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('dataset = "d"\nfail-on = "info"\n', f"factlint.toml:2:11: {FAIL_ON}"),
        ('dataset = "d"\n\n  colour = 1\n', "factlint.toml:3:3: unknown key 'colour'; known keys: "
         "dataset, paths, reports, select, ignore, fail-on, baseline, publisher, review-url, "
         "claimreview-verdicts, docs-url"),
        # A list's entry is placed at the entry, on whichever line it is.
        ('paths = [\n  "claims",  # the desk\'s\n  \'/etc\',\n]\n',
         "factlint.toml:3:3: 'paths' = '/etc' leads outside the project; the configuration may "
         "name only paths inside its own folder (give a path outside it on the command line "
         "instead)"),
        ('paths = "/etc"\n',
         "factlint.toml:1:9: 'paths' = '/etc' leads outside the project; the configuration may "
         "name only paths inside its own folder (give a path outside it on the command line "
         "instead)"),
        ('[tool.factlint]\nfail-on = "info"\n', f"factlint.toml:2:11: {FAIL_ON}"),
        ("[tool]\nfactlint = 3\n", "factlint.toml:2:12: expected a table of settings"),
        ('review-url = "x"\n',
         "factlint.toml:1:14: 'review-url' should be an absolute http(s) address, such as "
         "https://factcheck.example.org"),
    ],
)  # fmt: skip
def test_a_refusal_in_factlint_toml_is_placed_at_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _refused(tmp_path, "factlint.toml", text) == message


def test_a_configuration_in_another_folder_is_placed_by_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "factlint.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load_config(os.path.join("proj", "factlint.toml"))
    assert str(caught.value) == f"proj/factlint.toml:1:11: {FAIL_ON}"


_TEXT = st.text(alphabet=st.sampled_from(list("[]{}=.,#'\"\n \tab-_fail-on\\u")), max_size=200)


@given(text=_TEXT, key=st.sampled_from(["fail-on", "a", "b"]), entry=st.integers(0, 3))
@settings(max_examples=300, deadline=None)
def test_any_text_is_placed_or_left_unplaced_without_an_error(
    tmp_path_factory: pytest.TempPathFactory, text: str, key: str, entry: int
) -> None:
    """No text, TOML or not, makes the search raise or point past the text."""
    file = tmp_path_factory.mktemp("places") / "c.toml"
    file.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    for table in ((), ("tool", "factlint"), ("a",)):
        for found in (
            setting_place(str(file), "c", table, key),
            setting_place(str(file), "c", table, key, entry),
            setting_place(str(file), "c", table, key, of_key=True),
        ):
            if found is not None:
                _, line, column = found.split(":")
                assert 1 <= int(line) <= len(lines)
                assert 1 <= int(column) <= len(lines[int(line) - 1]) + 1
