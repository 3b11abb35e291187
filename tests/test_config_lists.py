"""What a configuration's table may hold: known keys, and lists of bounded length."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from validator.cli.main import main
from validator.config_lists import MAX_ENTRIES, table_problem

ROOT = Path(__file__).resolve().parent.parent
KNOWN = ("paths", "select", "ignore", "claimreview-verdicts")


@pytest.mark.parametrize(
    ("key", "entry", "advice"),
    [
        ("paths", "claims", "name the folders that hold the claim files instead"),
        ("select", "D2", 'name codes by a prefix such as "D2" instead'),
        ("ignore", "D2", 'name codes by a prefix such as "D2" instead'),
        ("claimreview-verdicts", "refuted", "name each verdict once"),
    ],
)
def test_a_list_longer_than_a_configuration_may_hold_is_refused_with_its_key(
    key: str, entry: str, advice: str
) -> None:
    assert MAX_ENTRIES == 10_000
    assert table_problem({key: [entry] * MAX_ENTRIES}, KNOWN) is None
    assert table_problem({key: [entry] * (MAX_ENTRIES + 1)}, KNOWN) == (
        key,
        f"'{key}' lists 10,001 entries, more than the 10,000 a configuration may list; {advice}",
        False,
    )


def test_codes_given_as_one_text_are_counted_as_the_codes_it_lists() -> None:
    """`select = "D2,X3"` is a list too: 600,000 codes in one text took as long."""
    assert table_problem({"select": ",".join(["D2"] * MAX_ENTRIES)}, KNOWN) is None
    assert table_problem({"ignore": "D2," * MAX_ENTRIES}, KNOWN) == (
        "ignore",
        "'ignore' lists 10,001 entries, more than the 10,000 a configuration may list; "
        'name codes by a prefix such as "D2" instead',
        False,
    )
    # A path is one path, commas and all.
    assert table_problem({"paths": "a," * 20_000}, KNOWN) is None


def test_an_unknown_key_is_named_before_any_list_is_counted() -> None:
    assert table_problem({"pathz": 1, "paths": ["a"] * 20_000}, KNOWN) == (
        "pathz",
        "unknown key 'pathz'; known keys: paths, select, ignore, claimreview-verdicts",
        True,
    )
    assert table_problem({"x" * 200: 1}, KNOWN) == (
        "x" * 200,
        f"unknown key '{'x' * 79}…'; known keys: paths, select, ignore, claimreview-verdicts",
        True,
    )


def test_a_configuration_listing_a_folder_440000_times_is_exit_2_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`paths = ["claims", ...]` 440,000 times in a 4 MiB pyproject.toml took 16 s of
    CPU before a claim was read: each entry was resolved and checked, then held against
    every file the run writes."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    listed = ",".join(['"claims"'] * 440_000)  # 3.96 MB: under the 4 MiB that is read
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.factlint]\ndataset = "dataset"\npaths = [{listed}]\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert main(["--no-reports", "--no-cache"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: configuration: pyproject.toml:3:9: 'paths' lists 440,000 "
        "entries, more than the 10,000 a configuration may list; name the folders that "
        "hold the claim files instead\n",
    )
