"""The whole run: what it keeps of each claim once every file is in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from broken_headers import HOSTILE, broken_header_result

from validator.arguments import ArgumentError
from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import SourceRecord, Verdict
from validator.pipeline import validate
from validator.report import render_json, render_markdown

ROOT = Path(__file__).resolve().parents[1]

CLAIMS = """\
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
    excerpt: It went out on Channel 4.
  - id: wrong
    subject: I Am Ruth
    property: network
    value: ITV
"""


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _source(number: int) -> str:
    return (
        f"source:\n  id: paper-{number}\n  outlet: The Paper\n  title: A review\n"
        f"  published: 2022-12-08\nclaims:\n" + CLAIMS
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_equal_texts_of_the_records_are_one_string(
    tmp_path: Path, dataset: Dataset, jobs: int
) -> None:
    """Each file's records are parsed on their own, perhaps in another process: the run
    keeps one string for a claim id, subject, property, value or excerpt that many
    records repeat (a million claims hold it a million times otherwise)."""
    for number in range(6):
        (tmp_path / f"s{number}.yaml").write_text(_source(number), encoding="utf-8")
    result = validate(str(tmp_path), dataset, jobs=jobs)
    assert [c.full_id for c in result.claims] == [
        f"paper-{n}/{claim}" for n in range(6) for claim in ("network", "wrong")
    ]
    assert [c.verdict for c in result.claims] == [Verdict.SUPPORTED, Verdict.REFUTED] * 6
    first, second = result.claims[0], result.claims[1]
    for record in result.claims[2:]:
        like = first if record.claim_id == "network" else second
        assert record.claim_id is like.claim_id
        assert record.subject is first.subject == "I Am Ruth"
        assert record.property is first.property == "network"
        assert record.value is like.value
        assert record.excerpt is like.excerpt
    assert first.excerpt == "It went out on Channel 4."
    assert second.excerpt is None
    # What is not repeated stays each record's own.
    assert len({id(c.full_id) for c in result.claims}) == 12


def test_every_file_has_its_row_a_file_whose_source_cannot_be_used_included(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A header with schema errors, one whose id an earlier file has (E103), one with no
    id: each file its row, in the files' order, under an id no other row has; each
    claim under its own file's row. The claim of the file whose id a's is, is checked
    all the same."""
    result = broken_header_result(tmp_path, monkeypatch, dataset)
    assert result.sources == (
        SourceRecord("a-src", "claims/a.yaml", 2, "Example", "An article", "2023-01-01"),
        SourceRecord(HOSTILE, "claims/b.yaml", 2, "", "", "", usable=False),
        SourceRecord(
            "a-src@claims/c.yaml",
            "claims/c.yaml",
            2,
            "Example Too",
            "The same id",
            "2023-01-02",
            usable=False,
        ),
        SourceRecord("d.yaml", "claims/d.yaml", 2, "", "", "", usable=False),
    )
    assert [(c.full_id, c.source_id, c.verdict) for c in result.claims] == [
        ("a-src/c1", "a-src", Verdict.SUPPORTED),
        (f"{HOSTILE}/c1", HOSTILE, Verdict.INVALID),
        ("a-src/c1@claims/c.yaml", "a-src@claims/c.yaml", Verdict.SUPPORTED),
        ("d.yaml/c1", "d.yaml", Verdict.INVALID),
    ]


def test_broken_files_named_alike_are_rows_apart_from_each_other_and_a_source(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files with no id, both named b.yaml, and a usable source whose id is `b`:
    three rows; the usable source keeps its id and its claims, which a file with no id
    cannot take (its name keeps its extension, and no id has a dot); the second b.yaml
    takes its file after the name."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "b.yaml").write_text(
            "source:\n  outlet: 5\nclaims:\n" + CLAIMS, encoding="utf-8"
        )
    (tmp_path / "z.yaml").write_text(_source(1).replace("paper-1", "b"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate(".", dataset)
    assert [(s.id, s.file, s.usable) for s in result.sources] == [
        ("b.yaml", "x/b.yaml", False),
        ("b.yaml@y/b.yaml", "y/b.yaml", False),
        ("b", "z.yaml", True),
    ]
    assert [(c.full_id, c.source_id) for c in result.claims] == [
        ("b.yaml/network", "b.yaml"),
        ("b.yaml/wrong", "b.yaml"),
        ("b.yaml/network@y/b.yaml", "b.yaml@y/b.yaml"),
        ("b.yaml/wrong@y/b.yaml", "b.yaml@y/b.yaml"),
        ("b/network", "b"),
        ("b/wrong", "b"),
    ]
    # The usable source's claims are checked as if the broken files were not there.
    assert [c.verdict for c in result.claims if c.source_id == "b"] == [
        Verdict.SUPPORTED,
        Verdict.REFUTED,
    ]


def test_a_file_that_cannot_be_read_or_parsed_has_its_row_too(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that is not YAML at all, or not text, is a file the desk gave as much as
    one whose header fails the schema: it has its row, under its file's name (taking
    its file after the name where another row has it), with no claims and its findings
    counted. Such files had no row: a scorecard of four sources for six files."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
    (tmp_path / "x" / "b.yaml").write_text("not: [yaml\n", encoding="utf-8")
    (tmp_path / "y" / "b.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "z.yaml").write_text(_source(1).replace("paper-1", "b"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate(".", dataset)
    assert result.sources == (
        SourceRecord("b.yaml", "x/b.yaml", 1, "", "", "", usable=False),
        SourceRecord("b.yaml@y/b.yaml", "y/b.yaml", 1, "", "", "", usable=False),
        SourceRecord("b", "z.yaml", 2, "The Paper", "A review", "2022-12-08"),
    )
    assert [(f.code, f.file) for f in result.findings] == [
        ("E101", "x/b.yaml"),
        ("E101", "y/b.yaml"),
        ("D201", "z.yaml"),
        ("X303", "z.yaml"),
    ]
    markdown = render_markdown(result)
    start = markdown.index("## Scorecard")
    assert markdown[start : markdown.index("## Findings by code")].splitlines()[4:] == [
        "| b.yaml | \u2014 | \u2014 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "| b.yaml@y/b.yaml | \u2014 | \u2014 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "| b | The Paper | 2022-12-08 | 2 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |",
        "",
    ]
    assert '"sources": 3,' in render_json(result)


_LEADS_OUT = "a link in it leads outside the project"
_LEADS_HIDDEN = "a link in it leads into a hidden file or folder (such as .git or .env)"


@pytest.mark.parametrize("root_given", [True, False])
@pytest.mark.parametrize(
    ("given", "name", "written", "problem"),
    [
        ({"paths": ["more"]}, "paths", "more", _LEADS_OUT),
        ({"paths": ["claims", "more/secrets.yaml"]}, "paths", "more/secrets.yaml", _LEADS_OUT),
        ({"paths": ["claims/env.yaml"]}, "paths", "claims/env.yaml", _LEADS_HIDDEN),
        ({"dataset": "more"}, "dataset", "more", _LEADS_OUT),
        ({"dataset": "claims/git"}, "dataset", "claims/git", _LEADS_HIDDEN),
        ({"cache_dir": "more/cache"}, "cache_dir", "more/cache", _LEADS_OUT),
    ],
)
def test_a_path_given_inside_the_root_that_a_link_leads_out_of_is_refused(
    tmp_path: Path,
    dataset: Dataset,
    monkeypatch: pytest.MonkeyPatch,
    root_given: bool,
    given: dict[str, Any],
    name: str,
    written: str,
    problem: str,
) -> None:
    """A script or service handing a pull request's checkout to `validate()` took
    `claims -> ~/.config` as claims and read what was there, though the command refused
    it: the paths given inside `root` (by default the working folder) are held to the
    command line's rule, and refused before anything is read, naming the parameter."""
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "claims").mkdir(parents=True)
    (project / ".git").mkdir()
    outside.mkdir()
    (outside / "secrets.yaml").write_text("api_token: not-for-the-log\n", encoding="utf-8")
    (project / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    (project / "claims" / "a.yaml").write_text(_source(0), encoding="utf-8")
    (project / "more").symlink_to(outside)
    (project / "claims" / "env.yaml").symlink_to("../.env")
    (project / "claims" / "git").symlink_to("../.git")
    monkeypatch.chdir(project)
    root = str(project) if root_given else None
    with pytest.raises(ArgumentError) as caught:
        validate(
            given.get("paths", ["claims"]),
            given.get("dataset", dataset),
            cache_dir=given.get("cache_dir"),
            root=root,
        )
    assert (caught.value.name, str(caught.value)) == (
        name,
        f"{name}: '{written}' lies in the project, but {problem}: a link committed there "
        "must not take factlint elsewhere; give the path it leads to instead, if that is meant",
    )
    assert sorted(p.name for p in outside.iterdir()) == ["secrets.yaml"]


def test_paths_given_outside_the_root_or_whose_links_stay_inside_are_used(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path given outside `root` is the caller's own choice; links inside `root` that
    stay inside it are followed; a path given through a hidden name was chosen so."""
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "claims").mkdir(parents=True)
    outside.mkdir()
    for folder in (project / "claims", outside):
        (folder / "a.yaml").write_text(_source(0), encoding="utf-8")
    (project / ".hidden").symlink_to("claims")
    (project / "inner").symlink_to("claims")
    (project / "data").symlink_to(ROOT / "dataset")
    monkeypatch.chdir(project)
    runs = {
        "inner": validate("inner", dataset, root=str(project), cache_dir="inner/../cache"),
        ".hidden/a.yaml": validate(".hidden/a.yaml", dataset),
        "outside": validate(str(outside), dataset, root=str(project)),
        "dataset outside": validate("claims", str(ROOT / "dataset"), root=str(project)),
    }
    assert {run: len(result.claims) for run, result in runs.items()} == dict.fromkeys(runs, 2)
    with pytest.raises(ArgumentError) as caught:
        validate("claims", "data", root=str(project))
    assert caught.value.name == "dataset"


def test_a_link_out_met_in_a_walk_is_an_e101_and_the_other_files_are_checked(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`validate("claims")` passed over `claims/b.yaml -> ../../outside/b.yaml` and
    `claims/more -> ../../outside` unsaid: a script calling it never learnt what went
    unchecked. Each is an E101 at the link now, counted among the files, as the command
    has it; the file beside them is checked as ever, its two claims."""
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "claims").mkdir(parents=True)
    outside.mkdir()
    for folder in (project / "claims", outside):
        (folder / "a.yaml").write_text(_source(0), encoding="utf-8")
    (project / "claims" / "b.yaml").symlink_to("../../outside/a.yaml")
    (project / "claims" / "more").symlink_to("../../outside")
    monkeypatch.chdir(project)
    result = validate("claims", dataset)
    assert result.files == ("claims/a.yaml", "claims/b.yaml", "claims/more")
    assert len(result.claims) == 2
    links = [f for f in result.findings if f.file != "claims/a.yaml"]
    assert [(f.code, f.severity.value, str(f.locations[0]), f.message) for f in links] == [
        (
            "E101",
            "error",
            "claims/b.yaml:1:1",
            "is a symbolic link leading outside the project, so it was not read; commit the "
            "file itself in the project, or remove the link",
        ),
        (
            "E101",
            "error",
            "claims/more:1:1",
            "is a symbolic link to a folder outside the project, so no claim file in it was "
            "read; commit the claim files themselves in the project, or remove the link",
        ),
    ]
