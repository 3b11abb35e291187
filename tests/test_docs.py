"""The documentation, the GitHub Action and the pre-commit hook agree with the code.

Every option of `validate` is documented with an example, every finding code has its
section with a real example line, every relative link resolves, and the published
integration files say what the docs say they do.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator import __version__, validate
from validator.cli.main import build_parser, main
from validator.model.findings import CODES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
MARKDOWN = [README, ROOT / "CHANGELOG.md", *sorted(DOCS.glob("*.md"))]

SETUP_COMMANDS = (
    "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/validate claims/",
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest",
)
DOC_PAGES = (
    "claim-files.md",
    "values.md",
    "dataset.md",
    "codes.md",
    "ci.md",
    "api.md",
    "configuration.md",
    "claimreview.md",
    "security.md",
    "draft.md",
    "architecture.md",
)
ACTION_INPUTS = {
    "paths",
    "dataset",
    "fail-on",
    "sarif",
    "sarif-category",
    "reports-artifact-name",
    "python-version",
}

_FENCE = re.compile(r"^(```|~~~)")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def prose_lines(text: str) -> list[str]:
    """The lines outside fenced code blocks."""
    lines, fenced = [], False
    for line in text.splitlines():
        if _FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(line)
    return lines


def code_blocks(text: str, language: str | None = None) -> list[str]:
    """The fenced code blocks, optionally only those tagged with `language`."""
    blocks: list[str] = []
    current: list[str] | None = None
    keep = False
    for line in text.splitlines():
        stripped = line.strip()
        if current is None and _FENCE.match(stripped):
            current, keep = [], language is None or stripped[3:].strip() == language
        elif current is not None and _FENCE.match(stripped):
            if keep:
                blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower()
    kept = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in ("L", "N"))
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    for line in prose_lines(read(path)):
        match = re.match(r"^#{1,6}\s+(.*)$", line)
        if match:
            base = slug(match.group(1))
            name, number = base, 0
            while name in found:
                number += 1
                name = f"{base}-{number}"
            found.add(name)
    return found


# -- options ----------------------------------------------------------------------------


def long_options() -> list[str]:
    options: list[str] = []
    for action in build_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                options.append(option)
    return options


def test_parser_has_long_options() -> None:
    assert "--dataset" in long_options()
    assert "--help" not in long_options()


@pytest.mark.parametrize("option", long_options())
def test_every_option_is_in_the_configuration_options_table(option: str) -> None:
    rows = [line for line in prose_lines(read(DOCS / "configuration.md")) if line.startswith("|")]
    cell = re.compile(rf"`[^`]*(?<![\w-]){re.escape(option)}(?![\w-])[^`]*`")
    assert any(cell.search(re.split(r"(?<!\\)\|", row)[1]) for row in rows), (
        f"{option} has no row in the options table of docs/configuration.md"
    )


@pytest.mark.parametrize("option", long_options())
def test_every_option_has_an_example_command(option: str) -> None:
    pattern = re.compile(rf"^(\$ )?validate\b.*(?<![\w-]){re.escape(option)}(?![\w-])")
    commands = [
        line.strip()
        for block in code_blocks(read(DOCS / "configuration.md"))
        for line in block.splitlines()
    ]
    assert any(pattern.match(line) for line in commands), (
        f"docs/configuration.md has no example command using {option}"
    )


def test_configuration_documents_every_config_key() -> None:
    from validator import config

    text = read(DOCS / "configuration.md")
    for key in config._KEYS:
        assert f"| `{key}` |" in text, f"config key {key} is not in docs/configuration.md"


# -- codes ------------------------------------------------------------------------------


def code_sections() -> dict[str, tuple[str, str]]:
    """code -> (heading, body) for each `## CODE title` section of docs/codes.md."""
    sections: dict[str, tuple[str, str]] = {}
    heading: str | None = None
    body: list[str] = []
    for line in read(DOCS / "codes.md").splitlines():
        if line.startswith("## "):
            if heading is not None:
                sections[heading.split()[0]] = (heading, "\n".join(body))
            heading, body = line[3:].strip(), []
        elif heading is not None:
            body.append(line)
    if heading is not None:
        sections[heading.split()[0]] = (heading, "\n".join(body))
    return sections


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_heading_and_a_table_row(code: str) -> None:
    info = CODES[code]
    heading, body = code_sections().get(code, ("", ""))
    assert heading == f"{code} {info.title}"
    assert body.strip().startswith(f"**{info.severity.value}.**")
    rows = [line for line in read(DOCS / "codes.md").splitlines() if line.startswith("| [")]
    assert any(
        row.startswith(f"| [{code}](#{slug(heading)}) | {info.severity.value} | {info.title} |")
        for row in rows
    ), f"{code} has no row in the table of docs/codes.md"


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_section_shows_a_real_looking_finding_line(code: str) -> None:
    _, body = code_sections()[code]
    severity = CODES[code].severity.value
    line = re.compile(rf"^\S+:\d+:\d+: {code} {severity}( \S+)?: \S")
    assert any(line.match(row) for block in code_blocks(body) for row in block.splitlines())


def test_the_code_examples_produce_every_code() -> None:
    examples = DOCS / "examples"
    found = {
        f.code for f in validate(str(examples / "codes"), dataset=str(ROOT / "dataset")).findings
    }
    timed = validate(
        str(examples / "time-dependent" / "claims"),
        dataset=str(examples / "time-dependent" / "dataset.yaml"),
    )
    found |= {f.code for f in timed.findings}
    assert found == set(CODES)


def test_the_values_examples_run_clean_of_file_errors() -> None:
    result = validate(str(DOCS / "examples" / "values"), dataset=str(ROOT / "dataset"))
    assert [f.code for f in result.findings if f.code.startswith("E")] == []
    assert len(result.claims) == 16


# -- README, changelog and links --------------------------------------------------------


@pytest.mark.parametrize("command", SETUP_COMMANDS)
def test_readme_has_the_setup_commands_verbatim(command: str) -> None:
    assert command in code_blocks(read(README), "sh")


@pytest.mark.parametrize("page", DOC_PAGES)
def test_readme_links_every_doc_page(page: str) -> None:
    assert f"(docs/{page})" in read(README)


def test_readme_has_the_tour_and_ci_sections() -> None:
    headings = [line for line in read(README).splitlines() if line.startswith("## ")]
    for heading in (
        "## Set up and run",
        "## A tour of a report",
        "## Writing claims",
        "## Using it in CI",
        "## Exit status",
        "## Dependencies and why",
    ):
        assert heading in headings


def test_changelog_has_unreleased_and_the_current_version() -> None:
    headings = [line for line in read(ROOT / "CHANGELOG.md").splitlines() if line.startswith("## ")]
    assert headings[0] == "## [Unreleased]"
    assert headings[1] == f"## [{__version__}] - 2026-11-21"
    assert "### Added" in read(ROOT / "CHANGELOG.md")


def relative_links(path: Path) -> list[str]:
    links: list[str] = []
    for line in prose_lines(read(path)):
        for target in _LINK.findall(line):
            if not re.match(r"^[a-z][a-z0-9+.-]*:", target):
                links.append(target)
    return links


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(path: Path) -> None:
    for target in relative_links(path):
        file_part, _, anchor = target.partition("#")
        resolved = (path.parent / file_part).resolve() if file_part else path
        assert resolved.exists(), f"{path.name}: link to missing {target}"
        if anchor and resolved.suffix == ".md":
            assert anchor in anchors(resolved), f"{path.name}: no heading for #{anchor} in {target}"


def test_links_are_found() -> None:
    assert "docs/codes.md" in relative_links(README)
    assert "codes.md#d206-no-longer-true" in relative_links(DOCS / "dataset.md")


def test_no_machine_paths_in_docs() -> None:
    # Paths in the docs are relative to the repository: no absolute home of a checkout.
    absolute = re.compile(r"(?<![\w.])/(?:work|home|root|Users)/")
    for path in [*MARKDOWN, ROOT / "action.yml", ROOT / ".pre-commit-hooks.yaml"]:
        assert not absolute.search(read(path)), path


# -- pre-commit hook --------------------------------------------------------------------


def hooks() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(read(ROOT / ".pre-commit-hooks.yaml"))
    assert isinstance(loaded, list)
    return loaded


def test_pre_commit_hook() -> None:
    (hook,) = hooks()
    assert hook["id"] == "validate-claims"
    assert hook["name"]
    assert hook["language"] == "python"
    assert hook["entry"].split()[0] == "validate"
    assert "--no-reports" in hook["entry"].split()
    assert hook["pass_filenames"] is False
    options = {o for o in hook["entry"].split() if o.startswith("--")}
    assert options <= set(long_options())


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("claims/tyla-2022-12-07.yaml", True),
        ("claims/sub/file.yml", True),
        ("claims/source.json", True),
        ("dataset/film.yaml", True),
        ("claims/notes.md", False),
        ("docs/examples/codes/x-first.yaml", False),
        ("reports/consistency.json", False),
        ("pyproject.toml", False),
    ],
)
def test_pre_commit_hook_files(path: str, runs: bool) -> None:
    (hook,) = hooks()
    assert bool(re.search(hook["files"], path)) is runs


# -- GitHub Action ----------------------------------------------------------------------


def action() -> dict[str, Any]:
    loaded = yaml.safe_load(read(ROOT / "action.yml"))
    assert isinstance(loaded, dict)
    return loaded


def test_action_inputs() -> None:
    spec = action()
    assert spec["name"] == "factlint"
    assert set(spec["inputs"]) == ACTION_INPUTS
    assert spec["inputs"]["sarif"]["default"] == "false"
    assert spec["inputs"]["reports-artifact-name"]["default"] == "factlint-reports"
    assert spec["inputs"]["sarif-category"]["default"] == "factlint"
    for name, item in spec["inputs"].items():
        assert item["description"], name
        assert item["required"] is False, name


def test_action_steps() -> None:
    spec = action()
    assert spec["runs"]["using"] == "composite"
    steps = spec["runs"]["steps"]
    uses = [step.get("uses") for step in steps if "uses" in step]
    assert uses == [
        "actions/setup-python@v5",
        "actions/upload-artifact@v4",
        "github/codeql-action/upload-sarif@v3",
    ]
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
    scripts = "\n".join(step["run"] for step in steps if "run" in step)
    assert "--format github" in scripts
    assert "--sarif" in scripts
    assert '"$FACTLINT_ACTION_PATH"' in scripts
    install = next(step for step in steps if step.get("name") == "Install factlint")
    assert install["env"]["FACTLINT_ACTION_PATH"] == "${{ github.action_path }}"
    upload = next(s for s in steps if s.get("uses") == "actions/upload-artifact@v4")
    assert upload["if"].startswith("always()")
    sarif = next(s for s in steps if s.get("uses") == "github/codeql-action/upload-sarif@v3")
    assert "inputs.sarif == 'true'" in sarif["if"]
    # Each job of a matrix can upload under its own category: GitHub fails a workflow
    # run that uploads the same tool and category twice.
    assert sarif["with"] == {
        "sarif_file": "${{ steps.validate.outputs.sarif-file }}",
        "category": "${{ inputs.sarif-category }}",
    }


def test_action_uses_only_its_own_inputs() -> None:
    text = read(ROOT / "action.yml")
    used = set(re.findall(r"inputs\.([a-z-]+)", text))
    assert used == ACTION_INPUTS


def test_action_passes_only_real_options() -> None:
    (step,) = [s for s in action()["runs"]["steps"] if s.get("id") == "validate"]
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", step["run"]))
    assert {"--format", "--reports", "--junit", "--sarif", "--dataset", "--fail-on"} <= options
    assert options <= set(long_options())


def workflow_steps(path: Path) -> list[dict[str, Any]]:
    """Steps of the example workflows in `path` that use the factlint action."""
    steps: list[dict[str, Any]] = []
    for block in code_blocks(read(path), "yaml"):
        document = yaml.safe_load(block)
        if not isinstance(document, dict) or "jobs" not in document:
            continue
        for job in document["jobs"].values():
            for step in job.get("steps", []):
                uses = step.get("uses", "")
                if uses == "./" or re.fullmatch(r"[\w.-]+/factlint@[\w.-]+", uses):
                    steps.append(step)
    return steps


@pytest.mark.parametrize("path", [README, DOCS / "ci.md"], ids=["README.md", "docs/ci.md"])
def test_example_workflows_use_the_action_as_defined(path: Path) -> None:
    steps = workflow_steps(path)
    assert steps, f"no workflow using the action in {path.name}"
    for step in steps:
        assert set(step.get("with", {})) <= ACTION_INPUTS
        assert str(step["with"].get("sarif", "false")).lower() in ("true", "false")


def _modules() -> list[str]:
    package = ROOT / "validator"
    return sorted(
        str(path.relative_to(package).with_suffix("")).replace("/", ".")
        for path in package.rglob("*.py")
    )


@pytest.mark.parametrize("module", _modules())
def test_the_architecture_page_names_every_module(module: str) -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    assert f"| `{module}` |" in text, f"docs/architecture.md has no line for {module}"


@pytest.mark.parametrize("example", ["codes", "values"])
def test_the_finding_lines_the_docs_quote_are_what_validate_prints(
    example: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line of docs/*.md quoting a finding of docs/examples/EXAMPLE is a line
    `validate docs/examples/EXAMPLE -v` prints, word for word: a message changed since
    leaves no stale example behind."""
    monkeypatch.chdir(ROOT)
    main([f"docs/examples/{example}", "--no-reports", "--no-cache", "-v", "--color", "never"])
    printed = set(capsys.readouterr().out.splitlines())
    quoted = {
        (doc.name, line)
        for doc in sorted(DOCS.glob("*.md"))
        for line in read(doc).splitlines()
        if line.startswith(f"docs/examples/{example}/")
    }
    assert quoted
    assert sorted((doc, line) for doc, line in quoted if line not in printed) == []
