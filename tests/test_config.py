"""Configuration: found by walking up, relative to its own folder, strict about keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.config import Config, ConfigError, find_config, load_config, project_root
from validator.model.findings import Severity


def test_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "data"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(str(deep)) == str(tmp_path / "pyproject.toml")


def test_a_configuration_reached_through_a_link_below_the_working_folder_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request committed `claims` as a link to another factlint project: its
    configuration became the one `validate claims/` used, its folder the project's
    root, and that project's claims were read and printed."""
    project = tmp_path / "project"
    other = tmp_path / "other"
    (project / "shared").mkdir(parents=True)
    other.mkdir()
    (project / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    (other / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    (project / "shared" / "factlint.toml").write_text('dataset = "d"\n')
    (project / "claims").symlink_to(other)
    (project / "inner").symlink_to("shared")
    monkeypatch.chdir(project)
    assert find_config(str(project / "claims")) == str(project / "pyproject.toml")
    assert find_config(str(project / "inner")) == str(project / "pyproject.toml")
    assert find_config(str(project / "shared")) == str(project / "shared" / "factlint.toml")
    # Above the working folder, links are the user's own.
    monkeypatch.chdir(other)
    assert find_config(str(project / "claims")) == str(project / "claims" / "pyproject.toml")


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.other]\n")
    assert find_config(str(inner)) is None


def test_factlint_toml_wins_in_its_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "a"\n')
    (tmp_path / "factlint.toml").write_text('dataset = "b"\n')
    assert find_config(str(tmp_path)) == str(tmp_path / "factlint.toml")


def test_every_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text(
        'dataset = "data"\npaths = ["claims", "more"]\nreports = "out"\n'
        'select = ["D2", "X"]\nignore = ["D203"]\nfail-on = "warning"\nbaseline = "b.json"\n'
    )
    assert load_config(str(tmp_path / "factlint.toml")) == Config(
        file="factlint.toml",
        table=(),
        dataset="data",
        paths=("claims", "more"),
        reports="out",
        select=("D2", "X"),
        ignore=("D203",),
        fail_on=Severity.WARNING,
        baseline="b.json",
    )


def test_docs_url_is_taken_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text('docs-url = "https://example.org/factlint/codes"\n')
    config = load_config(str(tmp_path / "factlint.toml"))
    assert config.docs_url == "https://example.org/factlint/codes"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'colour = "red"\n',
            "factlint.toml:1:1: unknown key 'colour'; known keys: dataset, paths, "
            "reports, select, ignore, fail-on, baseline, publisher, review-url, "
            "claimreview-verdicts, docs-url",
        ),
        # A known key spelt as Python or another tool spells it: named as the key it is.
        ('fail_on = "warning"\n', "factlint.toml:1:1: unknown key 'fail_on'; write 'fail-on'"),
        ('Select = ["D2"]\n', "factlint.toml:1:1: unknown key 'Select'; write 'select'"),
        (
            'docs-url = "docs/codes.md"\n',
            "factlint.toml:1:12: 'docs-url' should be an absolute http(s) address, "
            'such as "https://example.org/factlint/codes"',
        ),
        (
            'docs-url = "javascript:alert(1)"\n',
            "factlint.toml:1:12: 'docs-url' should be an absolute http(s) address, "
            'such as "https://example.org/factlint/codes"',
        ),
        (
            'docs-url = "https://example.org/codes\\u0007"\n',
            "factlint.toml:1:12: 'docs-url' should be a web address of at most 2,000 characters, "
            'without spaces or control characters, such as "https://example.org/factlint/codes"',
        ),
        (
            f'docs-url = "https://example.org/{"a" * 2000}"\n',
            "factlint.toml:1:12: 'docs-url' should be a web address of at most 2,000 characters, "
            'without spaces or control characters, such as "https://example.org/factlint/codes"',
        ),
        (
            'docs-url = "https://example.org/codes#top"\n',
            "factlint.toml:1:12: 'docs-url' should be the address of the codes page without a "
            "'#' part, such as \"https://example.org/factlint/codes\"",
        ),
        (
            "docs-url = 3\n",
            "factlint.toml:1:12: 'docs-url' should be a web address (text), "
            'such as "https://example.org/factlint/codes"',
        ),
        (
            'fail-on = "info"\n',
            "factlint.toml:1:11: 'fail-on' should be \"error\" or \"warning\", not 'info'",
        ),
        # Values that are no text are named as TOML writes them, not as Python does
        # (`datetime.date(1979, 5, 27)`, `True`, `{'a': 1}`).
        (
            "fail-on = 1979-05-27\n",
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not 1979-05-27',
        ),
        (
            "fail-on = true\n",
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not true',
        ),
        (
            "fail-on = -inf\n",
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not -inf',
        ),
        (
            'fail-on = ["error"]\n',
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not a list',
        ),
        (
            "fail-on = {a = 1}\n",
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not a table',
        ),
        # A hexadecimal integer of more digits than str() writes in decimal: an internal
        # error when the message quoted it.
        (
            f"fail-on = 0x{'f' * 5000}\n",
            'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not an integer of '
            "thousands of digits",
        ),
        (
            f"[tool.other]\nx = {'9' * 4301}\n",
            "factlint.toml: not valid TOML: line 2 holds an integer of more than 4,300 digits, "
            "more than Python's TOML reader converts",
        ),
        (
            'select = ["Z1"]\n',
            "factlint.toml:1:10: 'select': 'Z1' matches no finding code; "
            "validate --list-codes lists them",
        ),
        # A value of megabytes is quoted shortened, never whole on one line.
        (
            f'select = "{"D" * 3_000_000}"\n',
            f"factlint.toml:1:10: 'select': '{'D' * 39}…' matches no finding code; "
            "validate --list-codes lists them",
        ),
        (
            f'fail-on = "{"e" * 2_000_000}"\n',
            f'factlint.toml:1:11: \'fail-on\' should be "error" or "warning", not \'{"e" * 78}…',
        ),
        (
            f'"{"k" * 3_000_000}" = 1\n',
            f"factlint.toml:1:1: unknown key '{'k' * 79}…'; known keys: dataset, paths, reports, "
            "select, ignore, fail-on, baseline, publisher, review-url, claimreview-verdicts, "
            "docs-url",
        ),
        # Nested past Python's recursion limit: an internal error before, not one line.
        (
            "select = " + "[" * 100_000 + "]" * 100_000 + "\n",
            "factlint.toml: not valid TOML: arrays or tables nested too deeply",
        ),
        (
            "a = " + "{b = " * 5_000 + "1" + "}" * 5_000 + "\n",
            "factlint.toml: not valid TOML: arrays or tables nested too deeply",
        ),
        # A dotted key of 2 million parts held Python's TOML reader for hours.
        (
            "x." + "a." * 2_000_000 + "b = 1\n",
            "factlint.toml: not valid TOML: line 1 has a dotted key of more than 100 parts, "
            "more than Python's TOML reader can take in time",
        ),
        (
            "select = [1]\n",
            'factlint.toml:1:10: \'select\' should be a list of codes such as ["D2", "X301"]',
        ),
        ("dataset = 3\n", "factlint.toml:1:11: 'dataset' should be a path (text)"),
        # Settings beside a [tool.factlint] table were passed over without a word.
        (
            'fail-on = "warning"\nignore = ["E104"]\n[tool.factlint]\ndataset = "data"\n',
            "factlint.toml:1:1: settings both at its top level ('fail-on', 'ignore') and under "
            "[tool.factlint], which leaves those at the top level unread; keep them in one place",
        ),
        (
            "".join(f"k{n} = 1\n" for n in range(7)) + "[tool.factlint]\n",
            "factlint.toml:1:1: settings both at its top level ('k0', 'k1', 'k2', 'k3', 'k4', and "
            "2 more) and under [tool.factlint], which leaves those at the top level unread; "
            "keep them in one place",
        ),
        # No table of tools: an internal error before.
        (
            "tool = 3\n",
            "factlint.toml:1:1: unknown key 'tool'; known keys: dataset, paths, reports, select, "
            "ignore, fail-on, baseline, publisher, review-url, claimreview-verdicts, docs-url",
        ),
        ("dataset = \n", None),
        # Invisible in an editor, so said in words: TOML's reader said only "Invalid
        # statement (at line 1, column 1)".
        (
            "\ufeffdataset = 'dataset'\n",
            "factlint.toml: not valid TOML: the file starts with a byte order mark (U+FEFF), "
            "which TOML does not allow; save it as UTF-8 without one",
        ),
        (
            "dataset = 'dataset'\n".encode("utf-16"),
            "factlint.toml: not valid TOML: the file is UTF-16 (it starts with a UTF-16 byte "
            "order mark); save it as UTF-8",
        ),
    ],
)
def test_bad_values_name_the_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str | bytes, message: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    if isinstance(body, bytes):
        (tmp_path / "factlint.toml").write_bytes(body)
    else:
        (tmp_path / "factlint.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(str(tmp_path / "factlint.toml"))
    if message is None:
        assert str(caught.value).startswith("factlint.toml: not valid TOML: ")
    else:
        assert str(caught.value) == message


def test_a_huge_configuration_is_refused_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file factlint opens goes through the safe reader: a sparse 40 GB
    factlint.toml is refused at once, not read."""
    monkeypatch.chdir(tmp_path)
    with open("factlint.toml", "wb") as handle:
        handle.truncate(40 * 1024**3)
    with pytest.raises(ConfigError) as caught:
        load_config(find_config())
    assert (
        str(caught.value) == "factlint.toml: is 42,949,672,960 bytes, over the limit of 4,194,304"
    )


def test_the_project_root_is_the_configuration_files_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "a"\n')
    (tmp_path / "claims").mkdir()
    monkeypatch.chdir(tmp_path / "claims")
    assert project_root(find_config()) == str(tmp_path)
    assert project_root(None) == str(tmp_path / "claims")


# Where `_refusal` writes each key's value, as its refusal places it: line 1, after
# `KEY = `, and for `paths` at its one entry, after the bracket.
AT = {
    "dataset": "factlint.toml:1:11",
    "reports": "factlint.toml:1:11",
    "baseline": "factlint.toml:1:12",
    "paths": "factlint.toml:1:10",
}


def _refusal(project: Path, key: str, value: str) -> str:
    """The ConfigError a `factlint.toml` in `project` setting `key` to `value` raises."""
    written = f"[{value!r}]" if key == "paths" else repr(value)
    (project / "factlint.toml").write_text(f"{key} = {written}\n".replace("'", '"'))
    with pytest.raises(ConfigError) as caught:
        load_config("factlint.toml")
    return str(caught.value)


@pytest.mark.parametrize("key", ["dataset", "reports", "baseline", "paths"])
@pytest.mark.parametrize("value", ["/etc", "../outside", "data/../../outside", "link-out/x"])
def test_a_configuration_cannot_name_a_path_outside_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: str
) -> None:
    """A pull request may change the configuration: it must not make factlint read a
    dataset, baseline or claim folder elsewhere, nor write reports elsewhere."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "link-out").symlink_to(tmp_path)
    monkeypatch.chdir(project)
    assert _refusal(project, key, value) == (
        f"{AT[key]}: '{key}' = {value!r} leads outside the project; the configuration "
        "may name only paths inside its own folder (give a path outside it on the command "
        "line instead)"
    )


@pytest.mark.parametrize("key", ["dataset", "reports", "baseline", "paths"])
def test_a_configured_path_holding_a_nul_is_named_for_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """A NUL can be written in TOML (`\\u0000`) but names no file: the line said the
    path "leads outside the project", and to keep it inside."""
    monkeypatch.chdir(tmp_path)
    written = '"data\\u0000x"'
    (tmp_path / "factlint.toml").write_text(
        f"{key} = [{written}]\n" if key == "paths" else f"{key} = {written}\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_config("factlint.toml")
    assert str(caught.value) == (
        f"{AT[key]}: '{key}' = 'data\\x00x' names no file (it holds a NUL character); "
        "write the path without it"
    )


@pytest.mark.parametrize("key", ["dataset", "reports", "baseline", "paths"])
@pytest.mark.parametrize(
    ("written", "shown", "char"),
    [
        ("out\\u001b[31m", "out\\x1b[31m", "\\x1b"),
        ("x\\n::error::y", "x\\n::error::y", "\\n"),
        ("a\\u202eb", "a\\u202eb", "\\u202e"),
        ("a\\u0085", "a\\x85", "\\x85"),
    ],
)
def test_a_configured_path_holding_a_control_character_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, written: str, shown: str, char: str
) -> None:
    """`reports = "out\\u001b[31m"` made a folder of that name, which turned every
    listing of the project red; a newline in it wrote a workflow command into a log
    listing the folder. Each configured path holding one is refused, quoted escaped."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text(
        f'{key} = ["{written}"]\n' if key == "paths" else f'{key} = "{written}"\n'
    )
    with pytest.raises(ConfigError) as caught:
        load_config("factlint.toml")
    assert str(caught.value) == (
        f"{AT[key]}: '{key}' = '{shown}' holds a control character ('{char}'); "
        "write the path without it"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["factlint.toml"]


@pytest.mark.parametrize("key", ["dataset", "reports", "baseline", "paths"])
def test_a_configured_path_longer_than_any_path_is_refused_before_it_is_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """Resolving a path's links costs the square of its length: a configured path of
    1.5 million `a/` held the run for over ten minutes. One longer than the system's
    PATH_MAX is no path; one of that length is still resolved."""
    monkeypatch.chdir(tmp_path)
    value = "a/" * 2048 + "b"
    assert _refusal(tmp_path, key, value) == (
        f"{AT[key]}: '{key}' = '{value[:79]}…' is longer than 4,096 characters, as no "
        "path the system opens is; name it by a shorter path"
    )
    written = f'["{value[:-1]}"]' if key == "paths" else f'"{value[:-1]}"'
    (tmp_path / "factlint.toml").write_text(f"{key} = {written}\n")
    load_config("factlint.toml")


@pytest.mark.parametrize("key", ["dataset", "baseline", "paths"])
@pytest.mark.parametrize(
    "value", [".env", ".git/config", ".git", "data/.secret/x.yaml", "link-env"]
)
def test_a_configuration_cannot_name_a_hidden_file_to_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: str
) -> None:
    """`dataset = ".env"` in a pull request's configuration ended the run with one line
    quoting the file (`should be a mapping, not the text 'API_TOKEN=...'`); `paths =
    [".env"]` printed it with `--show-source`. What factlint reads is never named in a
    hidden file or folder, through a link either; the reports folder, only written, may
    be one (a path on the command line is not limited)."""
    (tmp_path / ".env").write_text("API_TOKEN=not-for-the-log\n")
    (tmp_path / "link-env").symlink_to(tmp_path / ".env")
    monkeypatch.chdir(tmp_path)
    assert _refusal(tmp_path, key, value) == (
        f"{AT[key]}: '{key}' = {value!r} is in a hidden file or folder (such as .git or "
        ".env); the configuration may name only the project's ordinary files and folders "
        "for factlint to read (give it on the command line instead)"
    )
    (tmp_path / "factlint.toml").write_text('reports = ".reports"\npaths = ["."]\n')
    config = load_config("factlint.toml")
    assert (config.reports, config.paths) == (".reports", (".",))


@pytest.mark.parametrize("configured", [True, False])
@pytest.mark.parametrize(
    ("name", "target", "key", "problem"),
    [
        ("reports", "outside", "reports", "leads outside the project"),
        ("dataset", "outside", "dataset", "leads outside the project"),
        ("claims", "outside", "paths", "leads outside the project"),
        ("dataset", ".secrets", "dataset", "is in a hidden file or folder (such as .git or .env)"),
        ("claims", ".secrets", "paths", "is in a hidden file or folder (such as .git or .env)"),
    ],
)
def test_a_default_folder_that_is_a_link_is_held_to_the_rule_of_a_named_one(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    configured: bool,
    name: str,
    target: str,
    key: str,
    problem: str,
) -> None:
    """The configuration's paths were checked, not the defaults it leaves out: a
    committed `reports -> ../outside` made the run write its reports outside the
    project, `dataset -> /elsewhere` read and quote files there, `claims -> .secrets`
    a hidden folder. A default folder is now held to the rule of one named (with a
    configuration file or without one, when the working directory is the root); a
    folder inside the project, through a link or not, is taken."""
    project = tmp_path / "project"
    (project / ".secrets").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (project / name).symlink_to(tmp_path / target if target == "outside" else project / target)
    monkeypatch.chdir(project)
    config = Config(file="factlint.toml" if configured else None)
    with pytest.raises(ConfigError) as caught:
        config.checked_default(name)
    where = "factlint.toml: " if configured else ""
    assert str(caught.value) == (
        f"{where}the default {name} folder {problem}, by a link in its place; set '{key}' "
        "to a folder inside the project, or give one on the command line"
    )
    (project / name).unlink()
    (project / "real").mkdir()
    (project / name).symlink_to(project / "real")
    assert config.checked_default(name) == name


def test_paths_inside_the_project_are_taken_links_included(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link-in").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text(
        'dataset = "link-in"\nreports = "not/yet/made"\npaths = ["./claims/../claims"]\n'
    )
    config = load_config("factlint.toml")
    assert (config.dataset, config.reports, config.paths) == (
        "link-in",
        "not/yet/made",
        ("claims",),
    )


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            '[tool.factlint\nignore = ["D203"]\n',
            "not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 15)",
        ),
        (
            '[tool.factlint]\ndataset = "a"\ndataset = "b"\n',
            "not valid TOML: Cannot overwrite a value (at line 3, column 14)",
        ),
        (
            '\ufeff[tool.factlint]\nignore = ["D203"]\n',
            "not valid TOML: the file starts with a byte order mark (U+FEFF), which TOML does "
            "not allow; save it as UTF-8 without one",
        ),
    ],
)
def test_a_pyproject_that_is_not_toml_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, problem: str
) -> None:
    """A broken pyproject.toml was passed over as one without the table, so the run went
    on with a parent folder's settings or the defaults, silently dropping the
    project's own (here its `ignore`, or its dataset). Whether it holds the settings
    cannot be known: the run stops, as ruff's does, saying what to fix."""
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "parent"\n')
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(body, encoding="utf-8")
    monkeypatch.chdir(project)
    with pytest.raises(ConfigError) as caught:
        find_config()
    assert str(caught.value) == (
        f"pyproject.toml: {problem}; fix it, or name the configuration with --config"
    )


@pytest.mark.parametrize("name", ["factlint.toml", "pyproject.toml"])
@pytest.mark.parametrize(
    ("target", "leads"),
    [
        ("../outside/settings.toml", "outside the project (the folder it is in)"),
        (".secrets/settings.toml", "into a hidden file or folder (such as .git or .env)"),
    ],
)
def test_a_configuration_file_linked_out_of_its_folder_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, target: str, leads: str
) -> None:
    """A pull request committed `factlint.toml -> /elsewhere/settings.toml`: the file
    there was read as the configuration, and its key names quoted (`unknown key
    'api_token'`). A configuration file is held to the rule of a path the command line
    writes inside the project, before a byte of it is read: its link may lead neither
    out of its folder nor into a hidden file or folder of it, from the folder itself
    or from one below it."""
    project = tmp_path / "project"
    (project / ".secrets").mkdir(parents=True)
    (project / "claims").mkdir()
    (tmp_path / "outside").mkdir()
    for folder in (tmp_path / "outside", project / ".secrets"):
        (folder / "settings.toml").write_text('[tool.factlint]\napi_token = "not-for-the-log"\n')
    (project / name).symlink_to(target)
    for start, shown in ((project, name), (project / "claims", f"../{name}")):
        monkeypatch.chdir(start)
        with pytest.raises(ConfigError) as caught:
            find_config()
        assert str(caught.value) == (
            f"{shown} is a symbolic link leading {leads}, so it is not read; replace the "
            "link with the file itself"
        )


@pytest.mark.parametrize("name", ["factlint.toml", "pyproject.toml"])
def test_a_configuration_file_linked_inside_its_folder_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "shared.toml").write_text('[tool.factlint]\ndataset = "facts"\n')
    (tmp_path / name).symlink_to("conf/shared.toml")
    monkeypatch.chdir(tmp_path)
    assert find_config() == str(tmp_path / name)
    assert load_config(name).dataset == "facts"


def test_a_configured_path_through_a_chain_of_links_too_long_to_resolve_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dataset = "l0"`, a committed chain of 1,500 links to the dataset: resolving it
    raised RecursionError, an internal error before the run; the system follows at
    most 40 links, so it is a path leading nowhere the run may go."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    for number in range(1_500):
        os.symlink(f"l{number + 1}", tmp_path / f"l{number}")
    os.symlink("data", tmp_path / "l1500")
    (tmp_path / "factlint.toml").write_text('dataset = "l0"\n')
    with pytest.raises(ConfigError) as caught:
        load_config("factlint.toml")
    assert str(caught.value) == (
        "factlint.toml:1:11: 'dataset' = 'l0' leads outside the project; the configuration may "
        "name only paths inside its own folder (give a path outside it on the command line "
        "instead)"
    )


@pytest.mark.parametrize("name", ["factlint.toml", "pyproject.toml"])
@pytest.mark.parametrize(
    ("kind", "why"),
    [
        ("pipe", "is not a regular file (a pipe, socket or device)"),
        ("folder", "is a folder, not a file"),
        ("dangling", "is a symbolic link to nothing"),
    ],
)
def test_a_configuration_file_that_is_no_regular_file_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, kind: str, why: str
) -> None:
    """A pull request's configuration file made a pipe, a folder or a link to nothing
    was passed over unsaid: the run took the settings of a folder above it, or none,
    as if the project's `ignore` and `dataset` had never been written."""
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "above"\n')
    project = tmp_path / "project"
    project.mkdir()
    placed = project / name
    if kind == "pipe":
        os.mkfifo(placed)
    elif kind == "folder":
        placed.mkdir()
    else:
        placed.symlink_to("missing.toml")
    monkeypatch.chdir(project)
    with pytest.raises(ConfigError) as caught:
        find_config()
    assert str(caught.value) == (
        f"{name} {why}, so it cannot be read as the configuration; replace it with the "
        "file itself, or remove it"
    )
