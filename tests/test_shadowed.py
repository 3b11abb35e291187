"""A claim file whose source id an earlier file has: E103, and its claims checked all
the same under ids of their own (`validator.shadowed`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import Result, SourceRecord, Verdict
from validator.pipeline import validate
from validator.report import render_json
from validator.report._per_source import source_finding_counts

ROOT = Path(__file__).resolve().parents[1]


def _header(source_id: str, outlet: str) -> str:
    return (
        f"source:\n  id: {source_id}\n  outlet: {outlet}\n  title: A review\n"
        "  published: 2022-12-08\nclaims:\n"
    )


_SUGGESTED = "  - {id: suggested, subject: I Am Ruth, property: casting_suggested_by, value: %s}\n"

# a.yaml is `paper`; b.yaml and c.yaml take its id (E103 each); d.yaml is `other`.
# b holds a claim with a.yaml's claim id, a misspelt subject (E104), a wrong age the
# desk acknowledges (D201), a value of the wrong type (E106); b and c take one side of
# a dispute the dataset records, a and d the other.
FILES = {
    "a.yaml": _header("paper", "The Paper")
    + "  - {id: network, subject: I Am Ruth, property: network, value: Channel 4}\n"
    + "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n"
    + "  - {id: winslet-age, subject: Kate Winslet, property: age, value: 47}\n"
    + _SUGGESTED % "Kate Winslet",
    "b.yaml": _header("paper", "The Copy")
    + "  - {id: network, subject: I Am Ruth, property: network, value: Channel 4}\n"
    + "  - {id: age, subject: Mia Threapletn, property: age, value: 22}\n"
    + "  - id: winslet-age\n    subject: Kate Winslet\n    property: age\n    value: 99\n"
    + "    acknowledge:\n      - {code: D201, reason: the desk checked it}\n"
    + "  - {id: broadcast, subject: I Am Ruth, property: first_broadcast, value: soon}\n"
    + _SUGGESTED % "Dominic Savage",
    "c.yaml": _header("paper", "The Third")
    + "  - {id: winslet-age, subject: Kate Winslet, property: age, value: 47}\n"
    + _SUGGESTED % "Dominic Savage",
    "d.yaml": _header("other", "The Other") + _SUGGESTED % "Kate Winslet",
}


# Each file's `suggested` claim: its full id and where its value is.
A = ("paper/suggested", "claims/a.yaml:10:80")
B = ("paper/suggested@claims/b.yaml", "claims/b.yaml:16:80")
C = ("paper/suggested@claims/c.yaml", "claims/c.yaml:8:80")
D = ("other/suggested", "claims/d.yaml:7:80")


def _x301(*sides: tuple[str, str]) -> tuple[str, tuple[str, ...], list[str], bool]:
    """An X301 as the tests list findings: its claims in order, where each is."""
    return ("X301", tuple(c for c, _ in sides), [at for _, at in sides], False)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset | str) -> Result:
    (tmp_path / "claims").mkdir(exist_ok=True)
    for name, text in FILES.items():
        (tmp_path / "claims" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    if isinstance(dataset, str):
        return validate("claims", dataset, cache_dir=".cache")
    return validate("claims", dataset)


def test_each_later_file_is_its_own_row_under_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    result = _run(tmp_path, monkeypatch, dataset)
    assert result.sources == (
        SourceRecord("paper", "claims/a.yaml", 2, "The Paper", "A review", "2022-12-08"),
        SourceRecord(
            "paper@claims/b.yaml",
            "claims/b.yaml",
            2,
            "The Copy",
            "A review",
            "2022-12-08",
            usable=False,
        ),
        SourceRecord(
            "paper@claims/c.yaml",
            "claims/c.yaml",
            2,
            "The Third",
            "A review",
            "2022-12-08",
            usable=False,
        ),
        SourceRecord("other", "claims/d.yaml", 2, "The Other", "A review", "2022-12-08"),
    )


def test_a_later_files_claims_are_checked_under_ids_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    """Before, every claim of b and c was invalid, with no finding of its own: the wrong
    age and the misspelt subject went unreported until the id was fixed. The claim id
    b shares with a leaves a's claim as it was."""
    result = _run(tmp_path, monkeypatch, dataset)
    supported, refuted, disputed = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.DISPUTED
    by_file = {
        "a": (("network", supported), ("age", supported), ("winslet-age", supported)),
        "b": (("network", supported), ("age", Verdict.INVALID), ("winslet-age", refuted)),
        "c": (("winslet-age", supported),),
    }
    # Each file's claims, then its `suggested` claim.
    written = [
        (f"paper/{claim}{suffix}", f"paper{suffix}", verdict)
        for name, claims in by_file.items()
        for suffix in ["" if name == "a" else f"@claims/{name}.yaml"]
        for claim, verdict in (
            *claims,
            *([("broadcast", Verdict.INVALID)] if name == "b" else []),
            ("suggested", disputed),
        )
    ]
    assert [(c.full_id, c.source_id, c.verdict) for c in result.claims] == [
        *written,
        ("other/suggested", "other", disputed),
    ]
    assert [
        (f.code, f.claims, [str(at) for at in f.locations], f.acknowledged) for f in result.findings
    ] == [
        ("D205", ("paper/suggested",), ["claims/a.yaml:10:80"], False),
        ("E103", (), ["claims/b.yaml:2:7", "claims/a.yaml:2:7"], False),
        ("E104", ("paper/age@claims/b.yaml",), ["claims/b.yaml:8:24"], False),
        ("D201", ("paper/winslet-age@claims/b.yaml",), ["claims/b.yaml:12:12"], True),
        ("E106", ("paper/broadcast@claims/b.yaml",), ["claims/b.yaml:15:75"], False),
        ("D205", ("paper/suggested@claims/b.yaml",), ["claims/b.yaml:16:80"], False),
        _x301(B, C, D, A),
        ("E103", (), ["claims/c.yaml:2:7", "claims/a.yaml:2:7"], False),
        ("D205", ("paper/suggested@claims/c.yaml",), ["claims/c.yaml:8:80"], False),
        ("D205", ("other/suggested",), ["claims/d.yaml:7:80"], False),
        _x301(D, A, B, C),
    ]
    messages = {f.code: f.message for f in result.findings}
    assert messages["E103"] == (
        "source id 'paper' is also used by claims/a.yaml; give each source its own id"
    )
    assert messages["D201"] == (
        "claims Kate Winslet age 99 as of 2022-12-08; the dataset gives birth_date "
        "1975-10-05 (Published biographies of Kate Winslet and her family), so Kate "
        "Winslet was 47 throughout; 2 other sources agree with the dataset (paper, "
        "paper@claims/c.yaml); correct the claim, or acknowledge it with the fact-check's "
        "conclusion"
    )
    assert messages["X301"].startswith(
        "sources contradict each other on I Am Ruth casting_suggested_by: 2 sources say "
        "Kate Winslet (other, paper) against 2 sources say Dominic Savage "
        "(paper@claims/b.yaml, paper@claims/c.yaml); "
    )
    assert [side.sources for side in result.findings[-1].sides] == [
        ("other", "paper"),
        ("paper@claims/b.yaml", "paper@claims/c.yaml"),
    ]


def test_each_finding_counts_for_the_sources_whose_claims_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    """A contradiction located in b's file counts for a, c and d too; b's own findings
    (its E103 among them) for b alone, not for a, whose id b's claims begin with."""
    result = _run(tmp_path, monkeypatch, dataset)
    counts = {"paper": 3, "paper@claims/b.yaml": 7, "paper@claims/c.yaml": 4, "other": 3}
    assert source_finding_counts(result) == counts
    for source in result.sources:
        assert len(result.findings_for_source(source.id)) == counts[source.id]


def test_a_cached_run_reports_what_an_uncached_one_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    """The file's own checks are cached under the id it wrote; its claims are named
    afresh in every run, cold or warm, and when the id stops being a duplicate."""
    expected = render_json(_run(tmp_path, monkeypatch, dataset))
    dataset_path = str(ROOT / "dataset")
    assert render_json(_run(tmp_path, monkeypatch, dataset_path)) == expected
    assert render_json(_run(tmp_path, monkeypatch, dataset_path)) == expected
    # b fixed, then broken again, with the cache warm each time.
    fixed = FILES["b.yaml"].replace("id: paper\n", "id: copy\n", 1)
    (tmp_path / "claims" / "b.yaml").write_text(fixed, encoding="utf-8")
    cached = validate("claims", dataset_path, cache_dir=".cache")
    assert [c.full_id for c in cached.claims if c.file == "claims/b.yaml"] == [
        "copy/network",
        "copy/age",
        "copy/winslet-age",
        "copy/broadcast",
        "copy/suggested",
    ]
    assert render_json(cached) == render_json(validate("claims", dataset))
    assert render_json(_run(tmp_path, monkeypatch, dataset_path)) == expected
