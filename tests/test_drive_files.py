"""The driver's cache of each file's checks: a file whose bytes, dataset, settings and
archive are what they were is neither parsed nor checked again, and no run's output
depends on whether the cache was there (validator.drive_files)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

import pytest
from claims_project import claims_project

import validator.drive_files as drive_files
import validator.drive_stamps as drive_stamps
import validator.rules.archives as archives
from validator import Result, validate
from validator.cli.main import main
from validator.drive_dataset import load_dataset_keyed
from validator.drive_files import CACHE_ENTRIES, Settings, open_cache
from validator.model.findings import Location
from validator.per_file import CheckedFile, FileChecker
from validator.pipeline import Options, run
from validator.read.files import Limits
from validator.report import render_json, render_markdown
from validator.speed.file_store import FileCache
from validator.stages import FileOutcome

CLAIMS = """\
source:
  id: {id}
  outlet: Example Daily
  title: Ruth, reviewed
  published: 2022-12-07
claims:
  - id: mia-age
    subject: Mia Threapleton
    property: age
    value: {age}
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
"""

ARCHIVED = """\
source:
  id: archived
  outlet: Example Courier
  title: An archived article
  published: 2022-12-07
  archive: sources/article.txt
claims:
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
    excerpt: It airs on Channel 4 at nine tomorrow.
"""


# The archived text: the excerpt above is not in it (E107).
_ARTICLE = "It airs on Channel 4 - at 9pm - tomorrow.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project in the working directory: the shipped dataset, twelve claim files (one
    refuted) and one naming an archive."""
    files = {
        f"c{n:02d}.yaml": CLAIMS.format(id=f"c{n:02d}", age=21 if n == 3 else 22) for n in range(12)
    }
    root = claims_project(tmp_path, monkeypatch, {**files, "archived.yaml": ARCHIVED})
    (root / "claims" / "sources").mkdir()
    (root / "claims" / "sources" / "article.txt").write_text(_ARTICLE)
    return root


class _Counting(FileChecker):
    """The real checker, noting the path of every file it is given."""

    seen: ClassVar[list[str]] = []

    def __call__(self, outcome: FileOutcome) -> drive_files.Checked:
        parsed = outcome[0]
        _Counting.seen.append("(unparsed)" if parsed is None else parsed.path)
        return super().__call__(outcome)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the files the next runs check (in this process: one job)."""
    _Counting.seen = []
    monkeypatch.setattr(drive_files, "FileChecker", _Counting)
    return _Counting.seen


def _run(cache: str | None, explanations: bool = True, root: str | None = None) -> Result:
    dataset, digest = load_dataset_keyed("dataset", cache)
    settings = Settings(cache, 1, explanations=explanations, dataset_digest=digest)
    return run(["claims"], dataset, Options(root=root or os.getcwd()), settings)


def _texts(result: Result) -> tuple[str, str]:
    return render_json(result), render_markdown(result)


def _store(cache: str) -> FileCache:
    """The store as the driver opens it: naming the dataset's properties."""
    store = open_cache(cache, Limits(), dataset=load_dataset_keyed("dataset", None)[0])
    assert store is not None
    return store


def test_cold_warm_and_uncached_runs_give_the_same_bytes(project: Path, checked: list[str]) -> None:
    uncached = _texts(_run(None))
    assert len(checked) == 13
    assert _texts(_run(".cache")) == uncached
    assert len(checked) == 26  # the cold run checked every file
    assert _texts(_run(".cache")) == uncached
    assert len(checked) == 26  # the warm one none
    assert '"E107"' in uncached[0]  # the archive was read: the excerpt is not in it


def test_only_a_changed_file_is_checked_again(project: Path, checked: list[str]) -> None:
    _run(".cache")
    checked.clear()
    Path("claims/c05.yaml").write_text(CLAIMS.format(id="c05", age=30))
    warm = _texts(_run(".cache"))
    assert checked == ["claims/c05.yaml"]
    assert warm == _texts(_run(None))
    assert "c05/mia-age" in warm[0] and '"D201"' in warm[0]


def test_a_comment_changes_the_bytes_and_so_the_entry(project: Path, checked: list[str]) -> None:
    _run(".cache")
    checked.clear()
    with open("claims/c07.yaml", "a", encoding="utf-8") as handle:
        handle.write("# reviewed\n")
    assert _texts(_run(".cache")) == _texts(_run(None))
    assert checked[0] == "claims/c07.yaml"


def test_a_changed_archive_is_read_again(project: Path, checked: list[str]) -> None:
    before = _texts(_run(".cache"))
    assert '"E107"' in before[0]
    checked.clear()
    Path("claims/sources/article.txt").write_text(_ARTICLE)
    _run(".cache")
    assert checked == []  # the same bytes written again: the stamp holds
    Path("claims/sources/article.txt").write_text("It airs on Channel 4 at nine tomorrow.\n")
    after = _texts(_run(".cache"))
    assert checked == ["claims/archived.yaml"]
    assert after == _texts(_run(None))
    assert after != before


def test_an_archive_replaced_by_a_link_out_of_the_project_is_refused_again(
    project: Path, tmp_path_factory: pytest.TempPathFactory, checked: list[str]
) -> None:
    _run(".cache")
    outside = tmp_path_factory.mktemp("outside") / "article.txt"
    outside.write_text(_ARTICLE)  # the very same bytes
    archive = Path("claims/sources/article.txt")
    archive.unlink()
    archive.symlink_to(outside)
    checked.clear()
    warm = _texts(_run(".cache"))
    assert checked == ["claims/archived.yaml"]
    assert warm == _texts(_run(None))
    assert "is a symbolic link leading outside the project" in warm[0]


def test_a_removed_archive_is_noticed(project: Path, checked: list[str]) -> None:
    _run(".cache")
    Path("claims/sources/article.txt").unlink()
    checked.clear()
    warm = _texts(_run(".cache"))
    assert checked == ["claims/archived.yaml"]
    assert warm == _texts(_run(None))


def test_a_changed_dataset_checks_every_file_again(project: Path, checked: list[str]) -> None:
    _run(".cache")
    target = sorted(Path("dataset").glob("*.yaml"))[-1]
    with open(target, "a", encoding="utf-8") as handle:
        handle.write("# a comment changes the dataset's bytes\n")
    checked.clear()
    assert _texts(_run(".cache")) == _texts(_run(None))
    assert len(checked) == 26  # the cached run and the uncached one: every file


def test_explanations_are_a_key_of_their_own(project: Path, checked: list[str]) -> None:
    _run(".cache", explanations=False)
    checked.clear()
    explained = _run(".cache", explanations=True)
    assert len(checked) == 13
    assert any(record.explanation for record in explained.claims)
    assert explained.claims == _run(None, explanations=True).claims


def test_the_project_root_is_a_key_of_its_own(project: Path, checked: list[str]) -> None:
    """The root decides whether an archive may be read: with the dataset's folder as the
    root, the archive beside the claims leads outside it, whatever the cache holds. Every
    file is checked again, not only the one whose archive's stamp changed: the root is
    part of every checked entry's key."""
    _run(".cache")
    checked.clear()
    elsewhere = str(Path("dataset").resolve())
    warm = _texts(_run(".cache", root=elsewhere))
    assert len(checked) == 13
    assert warm == _texts(_run(None, root=elsewhere))
    assert "archive 'sources/article.txt' cannot be used: it leads outside the project" in warm[0]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: blob[: len(blob) // 2], id="truncated"),
        pytest.param(lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), id="one-bit-flipped"),
        pytest.param(lambda blob: blob[:60] + os.urandom(len(blob) - 60), id="random-tail"),
    ],
)
def test_a_damaged_entry_is_ignored(project: Path, checked: list[str], damage: object) -> None:
    uncached = _texts(_run(None))
    _run(".cache")
    for entry in Path(".cache").glob("*/*"):
        if entry.parent.name not in ("runs", "datasets") and not entry.name.startswith("."):
            entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    checked.clear()
    assert _texts(_run(".cache")) == uncached
    assert len(checked) == 13


def test_an_entry_of_another_file_under_this_files_name_is_ignored(
    project: Path, checked: list[str]
) -> None:
    """A signed entry moved to another entry's name fails its signature; one signed
    anew for the wrong file (as a forger with the key could) fails its shape check."""
    uncached = _texts(_run(None))
    _run(".cache")
    store = _store(".cache")
    names = sorted(p.name for p in Path(store.folder).iterdir() if not p.name.startswith("."))
    blobs = {name: (Path(store.folder) / name).read_bytes() for name in names}
    for number, name in enumerate(names):  # every entry holds another's bytes
        (Path(store.folder) / name).write_bytes(blobs[names[(number + 1) % len(names)]])
    checked.clear()
    assert _texts(_run(".cache")) == uncached
    assert len(checked) == 13


def test_a_forged_value_signed_with_the_key_must_still_be_this_files(
    project: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an entry signed with the right key is used only for the file it names."""
    _run(".cache")
    keys: list[str] = []
    real_key = FileCache.key

    def noting(self: FileCache, *parts: str) -> str:
        key = real_key(self, *parts)
        if parts[0] == "checked":
            keys.append(key)
        return key

    monkeypatch.setattr(FileCache, "key", noting)
    _run(".cache")
    assert len(keys) == 13
    store = _store(".cache")
    other = store.get(keys[1])
    assert isinstance(other, tuple) and isinstance(other[1][0], CheckedFile)
    store.write_now(keys[0], CACHE_ENTRIES.dumps(other))  # file 1's checks under file 0's
    checked.clear()
    assert _texts(_run(".cache")) == _texts(_run(None))
    assert checked[0] == "claims/archived.yaml"


def test_an_entry_signed_with_another_key_is_ignored(
    project: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _run(".cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-home"))
    checked.clear()
    assert _texts(_run(".cache")) == _texts(_run(None))
    assert len(checked) == 26


def test_a_cache_folder_that_is_a_link_is_not_used(
    project: Path, checked: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    os.symlink(elsewhere, ".cache")
    uncached = _texts(_run(None))
    assert _texts(_run(".cache")) == uncached
    assert _texts(_run(".cache")) == uncached
    assert list(elsewhere.iterdir()) == []
    assert len(checked) == 39


def test_a_dataset_built_by_the_caller_caches_only_parsing(project: Path) -> None:
    """The API given a `Dataset` cannot know its files: no checked entry is written."""
    dataset, _ = load_dataset_keyed("dataset", None)
    validate("claims", dataset, cache_dir=".cache")
    entries = [p for p in Path(".cache").glob("*/*") if p.parent.name not in ("runs", "datasets")]
    assert len([p for p in entries if not p.name.startswith(".")]) == 13


def test_the_command_gives_the_same_bytes_cold_warm_and_uncached(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["claims", "--format", "json", "--reports", "out"]
    assert main([*args, "--no-cache"]) == 1
    uncached = capsys.readouterr().out, Path("out/consistency.md").read_bytes()
    for _ in range(2):  # cold, then the whole run remembered
        assert main(args) == 1
        assert (capsys.readouterr().out, Path("out/consistency.md").read_bytes()) == uncached
    Path("claims/c03.yaml").write_text(CLAIMS.format(id="c03", age=22))  # a fix
    assert main(args) == 1  # the excerpt's E107 stands
    fixed = capsys.readouterr().out, Path("out/consistency.md").read_bytes()
    assert fixed != uncached and "c03/mia-age" not in fixed[0].split('"findings"')[1]
    assert main([*args, "--no-cache"]) == 1
    assert (capsys.readouterr().out, Path("out/consistency.md").read_bytes()) == fixed


def test_results_from_child_processes_share_their_texts(tmp_path: Path) -> None:
    """Each file checked in a child comes back as new strings; as it arrives, its
    records' repeated texts become the run's one copy of each, before any are kept."""
    for number in range(40):  # enough files to be shared out between processes
        (tmp_path / f"s{number:02d}.yaml").write_text(
            f"source:\n  id: s{number:02d}\n  outlet: O\n  title: T\n"
            "  published: 2022-12-08\nclaims:\n"
            "  - id: network\n    subject: I Am Ruth\n    property: network\n"
            "    value: Channel 4\n    excerpt: On Channel 4.\n",
            encoding="utf-8",
        )
    dataset = load_dataset_keyed(str(Path(__file__).resolve().parents[1] / "dataset"), None)[0]
    files = sorted(str(p) for p in tmp_path.iterdir())
    checked, findings = drive_files.check_files(
        files, dataset, Settings(jobs=2), Limits(), str(tmp_path), None
    )
    records = [f.claims[0].record for f in checked]
    assert len(records) == 40 and findings == []
    for text in ("claim_id", "subject", "property", "value", "excerpt"):
        assert len({id(getattr(r, text)) for r in records}) == 1, text
    assert len({id(r.full_id) for r in records}) == 40


def _note_where(noted: list[tuple[str, int]], checked: CheckedFile) -> None:
    noted.append((checked.path, os.getpid()))


def test_each_files_checks_are_noted_once_and_here_as_they_come(tmp_path: Path) -> None:
    """Whichever process checks a file, and whether it is checked or read back from the
    cache, this process is given its checks once (a child notes nothing of its own)."""
    for number in range(40):  # enough files to be shared out between processes
        (tmp_path / f"s{number:02d}.yaml").write_text(CLAIMS.format(id=f"s{number:02d}", age=22))
    dataset, digest = load_dataset_keyed(str(Path(__file__).resolve().parents[1] / "dataset"), None)
    files = sorted(str(p) for p in tmp_path.iterdir())
    cache = str(tmp_path / ".cache")
    for settings in (Settings(jobs=2), Settings(cache, 2, dataset_digest=digest)) * 2:
        noted: list[tuple[str, int]] = []
        note = partial(_note_where, noted)
        checked, _ = drive_files.check_files(
            files, dataset, settings, Limits(), str(tmp_path), None, noted=note
        )
        assert sorted(noted) == sorted((f.path, os.getpid()) for f in checked)
        assert len(noted) == 40


def test_an_archive_that_cannot_be_stamped_is_never_taken_from_the_cache(
    project: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(path: str, root: str) -> str:
        raise OSError("the disk went away")

    monkeypatch.setattr(drive_stamps, "archive_stamp", fails)
    uncached = _texts(_run(None))
    _run(".cache")
    checked.clear()
    assert _texts(_run(".cache")) == uncached
    assert checked == ["claims/archived.yaml"]


def test_results_read_back_from_the_cache_share_their_texts(project: Path) -> None:
    """Each entry is unpickled into new strings; as it is read, its records' repeated
    texts become the run's one copy of each, as what a child sends back does."""
    dataset, digest = load_dataset_keyed("dataset", ".cache")
    settings = Settings(".cache", 1, dataset_digest=digest)
    files = sorted(str(p) for p in Path("claims").glob("c*.yaml"))
    drive_files.check_files(files, dataset, settings, Limits(), str(project), None)
    warm, _ = drive_files.check_files(files, dataset, settings, Limits(), str(project), None)
    records = [f.claims[0].record for f in warm]
    assert len(records) == 12
    for text in ("claim_id", "subject", "property"):
        assert len({id(getattr(r, text)) for r in records}) == 1, text


def test_an_acknowledgement_expires_on_its_day_whatever_the_cache_holds(
    project: Path, checked: list[str]
) -> None:
    """Today's date is no part of a file's cached checks: acknowledgements are settled
    after them, on every run."""
    acknowledged = CLAIMS.format(id="c03", age=21).replace(
        "    value: 21\n",
        "    value: 21\n    acknowledge:\n      - code: D201\n"
        "        reason: Reviewed.\n        until: 2030-01-01\n",
    )
    Path("claims/c03.yaml").write_text(acknowledged)

    def on(day: date, cache: str | None) -> str:
        dataset, digest = load_dataset_keyed("dataset", cache)
        settings = Settings(cache, 1, dataset_digest=digest)
        return render_json(run(["claims"], dataset, Options(today=day, root="."), settings))

    before, after = date(2029, 12, 31), date(2030, 1, 2)
    assert on(before, ".cache") == on(before, None)
    checked.clear()
    expired = on(after, ".cache")
    assert checked == []  # every file's checks from the cache ...
    assert expired == on(after, None)  # ... and the acknowledgement expired all the same
    assert expired != on(before, None)
    assert '"acknowledged": true' in on(before, None)


# The archive with the excerpt in it (no E107), as against `_ARTICLE` (an E107).
_QUOTED = "It airs on Channel 4 at nine tomorrow.\n"


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_files_cached_checks_bear_the_stamp_of_the_archive_they_read(
    project: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """The archive changes while the run reads it: just before the excerpt rule reads it
    (where the stamp was taken before, of the other text), or just after (where a stamp
    taken afterwards would be). Either way the entry's stamp is of the bytes the findings
    came from, and a later run with the other text is not given those findings."""
    archive = Path("claims/sources/article.txt")
    real_read = archives.read_regular

    def changing(path: str, max_bytes: int, **kwargs: bool) -> bytes:
        if when == "before":
            archive.write_text(_QUOTED)
            return real_read(path, max_bytes, **kwargs)
        read = real_read(path, max_bytes, **kwargs)
        archive.write_text(_QUOTED)
        return read

    keys: list[str] = []
    real_key = FileCache.key

    def noting(self: FileCache, *parts: str) -> str:
        key = real_key(self, *parts)
        if parts[:2] == ("checked", "claims/archived.yaml"):
            keys.append(key)
        return key

    with monkeypatch.context() as patched:
        patched.setattr(archives, "read_regular", changing)
        patched.setattr(FileCache, "key", noting)
        raced = _texts(_run(".cache"))
    # What the rule read, and the text the archive held at the other moment.
    read, other = (_QUOTED, _ARTICLE) if when == "before" else (_ARTICLE, _QUOTED)
    assert ('"E107"' in raced[0]) == (read == _ARTICLE)  # the findings are of what it read
    mark, _ = _store(".cache").get(keys[-1])
    digest = hashlib.sha256(read.encode()).hexdigest()
    assert mark == f"read\0{os.path.realpath(archive)}\0{digest}"
    # The archive holding the other text: checked again, as an uncached run checks it.
    archive.write_text(other)
    checked.clear()
    assert _texts(_run(".cache")) == _texts(_run(None))
    assert checked[0] == "claims/archived.yaml"
    # And back to what the rule read: again the uncached run's bytes.
    archive.write_text(read)
    assert _texts(_run(".cache")) == _texts(_run(None))


def test_a_file_whose_checks_read_no_archive_is_stamped_with_the_archive_as_it_is(
    project: Path, checked: list[str]
) -> None:
    """A claim file naming an archive but holding no excerpt: the rule reads nothing, and
    the entry bears the archive's stamp as it is (its checks depend on nothing in it)."""
    Path("claims/archived.yaml").write_text(
        ARCHIVED.replace("    excerpt: It airs on Channel 4 at nine tomorrow.\n", "")
    )
    uncached = _texts(_run(None))
    _run(".cache")
    checked.clear()
    assert _texts(_run(".cache")) == uncached
    assert checked == []
    Path("claims/sources/article.txt").write_text(_QUOTED)
    assert _texts(_run(".cache")) == uncached
    assert checked == ["claims/archived.yaml"]  # another stamp: checked again, to no change


def test_a_runs_claim_files_are_read_within_a_bound_on_them_together(project: Path) -> None:
    """Every claim file is read before any is checked, so a folder of many files, each
    under a file's limit, was held whole. Past the bound a file is not read: it gets an
    E101 at its first line, and the files before it are checked as ever."""
    files = sorted((project / "claims").glob("*.yaml"))
    sizes = [path.stat().st_size for path in files]
    limits = Limits(max_claim_bytes=sum(sizes[:5]))
    dataset, digest = load_dataset_keyed("dataset", None)
    settings = Settings(None, 1, dataset_digest=digest)
    result = run(["claims"], dataset, Options(root=os.getcwd(), limits=limits), settings)
    refused = [f for f in result.findings if f.message.startswith("not read:")]
    assert [f.location for f in refused] == [
        Location(os.path.join("claims", path.name), 1, 1) for path in files[5:]
    ]
    assert refused[0].message == (
        f"not read: the claim files read before it hold {sum(sizes[:5]):,} bytes, and its "
        f"{sizes[5]:,} more would pass the limit of {sum(sizes[:5]):,} that one run reads; "
        "check the claim files in several runs, naming some of their folders in each"
    )
    assert {claim.file for claim in result.claims} == {
        os.path.join("claims", path.name) for path in files[:5]
    }
