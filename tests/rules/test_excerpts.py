"""The nearest passage to a missing excerpt: the longest common stretch, found fast."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

import validator.rules.archives as archives_module
import validator.rules.longest_stretch as longest_stretch_module
from validator import validate
from validator.parse.claim_file import check_claim_file
from validator.read.files import load_file
from validator.report.text import render_text
from validator.rules.archives import (
    LOOKUP_SEARCHES,
    SHORT,
    Archived,
    Archives,
    SearchBudget,
    archive_stamp,
)
from validator.rules.excerpts import check_excerpts

DATASET = str(Path(__file__).resolve().parents[2] / "dataset")


# The project a stranger's pull request changes: claim files naming archives.

CLAIM = """\
source:
  id: {id}
  outlet: Example
  title: A title
  published: 2022-12-07
  archive: {archive}
claims:
  - id: age
    subject: Mia Threapleton
    property: age
    value: 22
    excerpt: {excerpt}
"""
FIX_OUTSIDE = (
    "keep archived texts inside the project (the folder of the configuration file) "
    "and name them relative to this file"
)
FIX_ORDINARY = "archive the source's text as an ordinary UTF-8 file of at most 16 MiB"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project (a configuration file and a claims folder) beside a file it must not
    show, holding a secret."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    (tmp_path / "secret.txt").write_text("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\n")
    monkeypatch.chdir(root)
    return root


def _claim(
    root: Path, archive: str, excerpt: str = "AWS_SECRET_ACCESS_KEY=", name: str = "a"
) -> None:
    text = CLAIM.format(id=name, archive=archive, excerpt=json.dumps(excerpt))
    (root / "claims" / f"{name}.yaml").write_text(text, encoding="utf-8")


def _e107(root: Path) -> list[tuple[str, tuple[str, ...], str]]:
    result = validate(["claims"], DATASET, root=str(root))
    return [(str(f.location), f.claims, f.message) for f in result.findings if f.code == "E107"]


def _excerpt_finding(message: str) -> list[tuple[str, tuple[str, ...], str]]:
    """The one E107 of claim a/age's excerpt, with `message`."""
    return [("claims/a.yaml:12:14", ("a/age",), message)]


def _refused(
    archive: str, reason: str, fix: str = FIX_OUTSIDE
) -> list[tuple[str, tuple[str, ...], str]]:
    return [
        (
            "claims/a.yaml:6:12",
            ("a/age",),
            f"archive '{archive}' cannot be used: it {reason}, "
            f"so the excerpt of the source's claim age cannot be checked; {fix}",
        )
    ]


@pytest.mark.parametrize(
    ("archive", "reason"),
    [
        ("/proc/self/environ", "is an absolute path"),
        ("ABSOLUTE", "is an absolute path"),
        ("../../secret.txt", "leads outside the project"),
        ("../claims/../../secret.txt", "leads outside the project"),
        ("link.txt", "is a symbolic link leading outside the project"),
        ("inner/../link.txt", "is a symbolic link leading outside the project"),
    ],
)
def test_an_archive_outside_the_project_is_refused_and_never_quoted(
    project: Path, archive: str, reason: str
) -> None:
    """Scenario 1: no secret from outside the project reaches a finding, whichever way
    the claim file points at it, and a guess at its content is not answered either."""
    secret = str(project.parent / "secret.txt")
    archive = secret if archive == "ABSOLUTE" else archive
    os.symlink(secret, project / "claims" / "link.txt")
    (project / "claims" / "inner").mkdir()
    _claim(project, archive)
    found = _e107(project)
    assert found == _refused(archive, reason)
    assert "wJalrXUtnFEMI" not in found[0][2]


@pytest.mark.parametrize("archive", ["../.git/config", "../.env", ".hidden/text.txt", "git"])
def test_a_hidden_file_inside_the_project_is_refused_and_never_quoted(
    project: Path, archive: str
) -> None:
    """Scenario 1: `archive: ../.git/config` printed the token actions/checkout stores
    there. Hidden files and folders (.git, .env) are never archives, through a link
    either."""
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text("extraheader = AUTHORIZATION: basic c2VjcmV0\n")
    (project / ".env").write_text("TOKEN=c2VjcmV0\n")
    (project / "claims" / ".hidden").mkdir()
    (project / "claims" / ".hidden" / "text.txt").write_text("TOKEN=c2VjcmV0\n")
    os.symlink("../.git/config", project / "claims" / "git")
    _claim(project, archive, excerpt="extraheader = AUTHORIZATION: bearer")
    found = _e107(project)
    fix = "keep archived texts in the project's ordinary folders"
    assert found == _refused(archive, "is in a hidden file or folder (such as .git or .env)", fix)
    assert "c2VjcmV0" not in found[0][2]


def test_a_link_to_a_folder_outside_is_refused_too(project: Path) -> None:
    os.symlink(str(project.parent), project / "claims" / "up")
    _claim(project, "up/secret.txt")
    assert _e107(project) == _refused(
        "up/secret.txt", "is a symbolic link leading outside the project"
    )


def test_an_archive_inside_the_project_is_used_through_links_that_stay_inside(
    project: Path,
) -> None:
    (project / "sources").mkdir()
    (project / "sources" / "text.txt").write_text("The film, they said, was long.\n")
    os.symlink("../sources/text.txt", project / "claims" / "text.txt")
    _claim(project, "text.txt", excerpt="they said, was long")
    _claim(project, "../sources/text.txt", excerpt="they said, was short", name="b")
    assert _e107(project) == [
        (
            "claims/b.yaml:12:14",
            ("b/age",),
            "excerpt not found in the archived text ../sources/text.txt; the nearest passage "
            'is "they said, was long."; copy the source\'s words exactly',
        )
    ]


def test_the_nearest_passage_is_whole_words(project: Path) -> None:
    """The passage began and ended inside words ("ongside her 22-year-old daughter, Mia
    Thre"), which the message then told the reader to copy."""
    (project / "claims" / "text.txt").write_text(
        "Kate Winslet has opened up on working alongside her 22-year-old daughter, "
        "Mia Threapleton, after the pair starred together.\n"
    )
    _claim(project, "text.txt", excerpt="her twenty-two-year-old daughter")
    assert _e107(project) == _excerpt_finding(
        "excerpt not found in the archived text text.txt; the nearest passage is "
        '"her 22-year-old daughter, Mia Threapleton,"; copy the source\'s words exactly'
    )


@pytest.mark.parametrize(
    "excerpt",
    [
        '"I Am Ruth airs tomorrow, 8 December"',
        "\u201cI Am Ruth airs tomorrow, 8 December\u201d",
        "'I Am Ruth airs tomorrow \u2026 at 9pm.'",
        "\u00abI Am Ruth airs tomorrow\u00bb",
    ],
)
def test_an_excerpt_in_quotation_marks_is_told_to_drop_them(project: Path, excerpt: str) -> None:
    """The words are the source's, the marks around them the writer's: the nearest
    passage shown was the excerpt itself without them, which the reader could not tell
    from what they wrote. Still refused: an excerpt is the source's text as it stands."""
    (project / "claims" / "text.txt").write_text(
        "Winslet said so.\nI Am Ruth airs tomorrow, 8 December on Channel 4 at 9pm.\n"
    )
    _claim(project, "text.txt", excerpt=excerpt)
    assert _e107(project) == _excerpt_finding(
        "excerpt not found in the archived text text.txt; the archive has it without the "
        "quotation marks around it; write the excerpt without them"
    )


def test_quotation_marks_the_archive_has_are_part_of_the_excerpt(project: Path) -> None:
    (project / "claims" / "text.txt").write_text('She said: "I Am Ruth airs tomorrow."\n')
    _claim(project, "text.txt", excerpt='"I Am Ruth airs tomorrow."')
    _claim(project, "text.txt", excerpt='"I Am Ruth airs today."', name="b")
    assert [(claims, message.split("; ")[1]) for _, claims, message in _e107(project)] == [
        (("b/age",), 'the nearest passage is ""I Am Ruth airs tomorrow.""')
    ]


def test_the_nearest_passage_starts_where_the_excerpt_does(project: Path) -> None:
    """Counted back from the stretch the two share by the excerpt's length alone, the
    passage lost the words the archive writes longer: "Am Ruth airs tomorrow" for an
    excerpt that starts "I Am Ruth airs today"."""
    (project / "claims" / "text.txt").write_text(
        "Winslet said so.\n\nI Am Ruth airs tomorrow, 8 December on Channel 4 at 9pm.\n"
    )
    _claim(project, "text.txt", excerpt="I Am Ruth airs today, 8 December on Channel 4 at 9pm.")
    _claim(project, "text.txt", excerpt='"I Am Ruth airs today, 8 December on Channel 4"', name="b")
    assert [message.split("; ")[1] for _, _, message in _e107(project)] == [
        'the nearest passage is "I Am Ruth airs tomorrow, 8 December on Channel 4 at 9pm."',
        'the nearest passage is "I Am Ruth airs tomorrow, 8 December on Channel 4 at 9pm."',
    ]


def test_a_chinese_excerpt_with_a_character_changed_is_shown_its_sentence(
    project: Path,
) -> None:
    """A character of Chinese weighs half a word: seven of them in common on either side
    of a date written otherwise ("九号" for "八日") are a passage that resembles the
    excerpt, as three English words and more are. Counted as seven letters, the
    excerpt was told that nothing in the archive resembles it."""
    (project / "claims" / "text.txt").write_text(
        "影视周刊报道。\n露丝将于十二月八日播出这部电视剧。\n", encoding="utf-8"
    )
    _claim(project, "text.txt", excerpt="露丝将于十二月九号播出这部电视剧")
    _claim(project, "text.txt", excerpt="周刊", name="b")  # found: no finding
    assert [message.split("; ")[1] for _, _, message in _e107(project)] == [
        'the nearest passage is "露丝将于十二月八日播出这部电视剧。"'
    ]


def test_a_line_broken_in_a_chinese_sentence_is_no_space_in_it(project: Path) -> None:
    """An archive wrapped at a width breaks Chinese sentences where no space stands:
    the break read as a space, and an excerpt copied from the sentence was not found."""
    (project / "claims" / "text.txt").write_text(
        "影视周刊报道\uff1a米娅在镜头前那种惊人的自由真的让我\n非常震惊\uff0c我从来没有见过这样的表演。\n"
        "Kate Winslet, 47,\nstars.\n",
        encoding="utf-8",
    )
    _claim(project, "text.txt", excerpt="真的让我非常震惊")
    _claim(project, "text.txt", excerpt="真的 让我 非常震惊", name="b")
    _claim(project, "text.txt", excerpt="Kate Winslet, 47, stars", name="c")
    _claim(project, "text.txt", excerpt="Kate Winslet, 47,stars", name="d")
    # Cut as Chinese is often set: a midline ellipsis.
    _claim(project, "text.txt", excerpt="米娅在镜头前\u22ef\u22ef我从来没有见过", name="e")
    assert [claims for _, claims, _ in _e107(project)] == [("d/age",)]


def test_the_nearest_passage_of_a_chinese_excerpt_ends_at_its_characters(
    project: Path,
) -> None:
    """Each Chinese character is a word: the passage was widened by 40 characters at
    each end, looking for a space that Chinese does not write."""
    (project / "claims" / "text.txt").write_text(
        "这是一段很长的前文\uff0c讲述了影视周刊的记者如何在伦敦采访了这位著名的女演员以及她的女儿。"
        "米娅在镜头前那种惊人的自由真的让我非常震惊\uff0c我从来没有见过这样的表演。"
        "后来的文字还有很多很多\uff0c关于这部电影的拍摄过程和幕后故事\uff0c以及观众的反应。\n",
        encoding="utf-8",
    )
    _claim(project, "text.txt", excerpt="米娅在镜头前那种惊人的自由真的让我非常吃惊")
    assert _e107(project) == _excerpt_finding(
        "excerpt not found in the archived text text.txt; the nearest passage is "
        '"米娅在镜头前那种惊人的自由真的让我非常震惊,我从来没有见过这样"; copy the '
        "source's words exactly"
    )


def test_no_passage_is_named_where_none_resembles_the_excerpt(project: Path) -> None:
    """The longest stretch "directed by Dominic Savage" shares with this text is "ted ":
    the passage around it was named as the nearest, and the reader told to copy words
    that have nothing of the excerpt. A misspelt name still gets its passage."""
    (project / "claims" / "text.txt").write_text(
        "Kate Winslet, 47, stars alongside her 22-year-old daughter, Mia Threapleton, who "
        "plays Freya.\n"
    )
    _claim(project, "text.txt", excerpt="directed by Dominic Savage")
    _claim(project, "text.txt", excerpt="Winslett", name="b")
    by_claim = {claims: message for _, claims, message in _e107(project)}
    assert by_claim == {
        ("a/age",): "excerpt not found in the archived text text.txt; no passage of it "
        "resembles the excerpt: check that the archive is this source's text; copy the "
        "source's words exactly",
        ("b/age",): "excerpt not found in the archived text text.txt; the nearest passage "
        'is "Winslet, 47, stars"; copy the source\'s words exactly',
    }


def test_an_excerpt_in_other_capitals_is_shown_its_passage(project: Path) -> None:
    """An excerpt in capitals shares no run of characters with its passage, and was
    told that nothing in the archive resembles it."""
    (project / "claims" / "text.txt").write_text(
        "Kate Winslet, 47, stars alongside her 22-year-old daughter, Mia Threapleton, who "
        "plays Freya.\n"
    )
    _claim(project, "text.txt", excerpt="HER 22-YEAR-OLD DAUGHTER, MIA THREAPLETON")
    found = _e107(project)
    assert [(where, claims) for where, claims, _ in found] == [("claims/a.yaml:12:14", ("a/age",))]
    assert found[0][2] == (
        "excerpt not found in the archived text text.txt; the archive has it with other "
        'capitals: "her 22-year-old daughter, Mia Threapleton"; copy the source\'s words exactly'
    )


def test_an_excerpt_with_one_word_in_other_capitals_is_shown_its_passage(
    project: Path,
) -> None:
    """An excerpt that differs from its passage in one capital ("I am" for "I Am")
    shares long runs with it, and was shown "the nearest passage", a few words longer
    than the excerpt, where the one difference was hard to see."""
    (project / "claims" / "text.txt").write_text(
        "Dominic Savage — who created the I Am… series — said: \u201cSo many people.\u201d\n"
    )
    _claim(project, "text.txt", excerpt="who created the I am… series")
    assert _e107(project) == _excerpt_finding(
        "excerpt not found in the archived text text.txt; the archive has it with other "
        'capitals: "who created the I Am... series"; copy the source\'s words exactly'
    )


@pytest.mark.parametrize(
    ("excerpt", "found"),
    [
        ("Kate Winslet, 47, stars … her 22-year-old daughter", True),
        ("Kate Winslet, 47, stars [...] daughter, Mia Threapleton, who plays Freya.", True),
        ("... who plays Freya", True),
        # The parts out of order, or a word changed in one, are not the source's words.
        ("her 22-year-old daughter … Kate Winslet, 47, stars", False),
        ("Kate Winslet, 47, stars … her 23-year-old daughter", False),
        # Marks alone name no words of the source.
        ("…", False),
        ("[...] (...)", False),
    ],
)
def test_an_excerpt_that_marks_words_left_out_is_found_by_its_parts(
    project: Path, excerpt: str, found: bool
) -> None:
    """An excerpt cut as a quote is ("opened up … her daughter") was E107, as if the
    source had other words."""
    (project / "claims" / "text.txt").write_text(
        "Kate Winslet, 47, stars alongside her 22-year-old daughter, Mia Threapleton, who "
        "plays Freya.\n"
    )
    _claim(project, "text.txt", excerpt=excerpt)
    assert [claims for _, claims, _ in _e107(project)] == ([] if found else [("a/age",)])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        ("fifo", "is not a regular file (a pipe, socket or device)"),
        ("device", "is not a regular file (a pipe, socket or device)"),
        ("sparse", "is 42,949,672,960 bytes, over the limit of 16,777,216"),
        ("latin-1", "is not UTF-8 text"),
    ],
)
def test_an_archive_that_is_not_an_ordinary_text_is_refused_without_reading_it(
    project: Path, make: str, reason: str
) -> None:
    """Scenario 3 for archives: a pipe, a device or a huge sparse file inside the
    project is refused at once (reading any of them would hang or take minutes)."""
    path = project / "claims" / "text.txt"
    if make == "fifo":
        os.mkfifo(path)
    elif make == "device":
        os.symlink("/dev/zero", path)  # a link inside, to a device outside: refused first
        reason = "is a symbolic link leading outside the project"
    elif make == "sparse":
        with open(path, "wb") as handle:
            handle.truncate(40 * 1024**3)
    else:
        path.write_bytes("caf\xe9".encode("latin-1"))
    _claim(project, "text.txt")
    fix = FIX_OUTSIDE if make == "device" else FIX_ORDINARY
    assert _e107(project) == _refused("text.txt", reason, fix)


def test_an_archive_longer_written_out_than_an_archive_may_be_is_refused_unnormalised(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NFKC writes a compatibility character out as what it stands for, U+FDFA as 18
    characters in four words: a 16 MiB archive of it was 100 million characters to
    normalise, and took 14 s and 2 GB for one excerpt. One a character past the limit
    written out is refused by its length, counted before it is normalised."""
    count = 16 * 1024 * 1024 // 18 + 1
    (project / "claims" / "text.txt").write_text("\ufdfa" * count, encoding="utf-8")
    _claim(project, "text.txt")
    normalised: list[str] = []
    monkeypatch.setattr(archives_module, "normalise_passage", normalised.append)
    reason = (
        f"is {count * 18:,} characters once its compatibility characters (ligatures and the "
        "like) are written out as the letters they stand for, over the 16,777,216 an "
        "archive may hold"
    )
    assert _e107(project) == _refused("text.txt", reason, FIX_ORDINARY)
    assert normalised == []


def test_each_archive_is_read_and_normalised_once_per_run(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario 4: fifty claim files sharing one archive read it once, not fifty times."""
    (project / "claims" / "text.txt").write_text("The film was long. " * 1000)
    for number in range(50):
        _claim(project, "text.txt", excerpt="The film was long.", name=f"s{number:02d}")
    reads: list[str] = []
    real = archives_module.read_regular

    def counting(path: str, max_bytes: int, **kwargs: Any) -> bytes:
        reads.append(path)
        return real(path, max_bytes, **kwargs)

    monkeypatch.setattr(archives_module, "read_regular", counting)
    assert _e107(project) == []
    assert reads == [str(project / "claims" / "text.txt")]


def test_an_excerpt_too_costly_to_place_gets_a_finding_that_says_so(project: Path) -> None:
    rng = random.Random(5)
    text = "".join(rng.choice("ab ") for _ in range(1 << 20))
    (project / "claims" / "text.txt").write_text(text)
    excerpt = "".join(rng.choice("ab") for _ in range(2000))
    _claim(project, "text.txt", excerpt=excerpt)
    assert _e107(project) == [
        (
            "claims/a.yaml:12:14",
            ("a/age",),
            "excerpt not found in the archived text text.txt; the archive is too long to look "
            "for the nearest passage of this excerpt within factlint's bound on work; copy "
            "the source's words exactly",
        )
    ]


def test_all_searches_in_one_archive_share_one_budget(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many costly excerpts against one archive: the run's work on the archive is capped
    as a whole, not excerpt by excerpt; the first excerpts still get their passage."""
    rng = random.Random(6)
    text = "".join(rng.choice("ab") for _ in range(2000))
    (project / "claims" / "text.txt").write_text(text)
    claims = "".join(
        f"  - {{id: c{n}, subject: Mia, property: age, value: 22, "
        f"excerpt: {''.join(rng.choice('ab') for _ in range(200))}}}\n"
        for n in range(20)
    )
    head = CLAIM.split("claims:")[0].format(id="a", archive="text.txt")
    (project / "claims" / "a.yaml").write_text(head + "claims:\n" + claims)
    search = len(text) + 1  # what one substring search of the archive is charged
    monkeypatch.setattr(archives_module, "ARCHIVE_BUDGET", 5000 * search)
    archives = Archives(str(project))
    spent: list[int] = []
    real = longest_stretch_module.longest_common

    def counting(archive: str, excerpt: str, budget: SearchBudget | None = None) -> Any:
        found = real(archive, excerpt, budget)
        assert budget is not None
        spent.append(budget.spent)
        return found

    monkeypatch.setattr(longest_stretch_module, "longest_common", counting)
    parsed, _ = check_claim_file(load_file("claims/a.yaml"))
    findings = check_excerpts(parsed, archives)
    hints = ["nearest passage is" in f.message for f in findings]
    assert len(findings) == 20 and hints[0] and not hints[-1]
    assert sum(spent) <= 5000 * search


def test_an_archive_name_holding_a_nul_character_is_a_finding_not_a_crash(
    project: Path,
) -> None:
    _claim(project, '"sources/a\\0.txt"')
    assert _e107(project) == _refused(
        "sources/a\x00.txt", "names no file (it holds a NUL character)"
    )


def test_a_path_written_with_backslashes_is_told_to_use_slashes(project: Path) -> None:
    """`sources\\a.txt`, as a Windows desk writes it, is one file name elsewhere: E107
    says it does not exist, and now which path to write."""
    (project / "claims" / "sources").mkdir()
    (project / "claims" / "sources" / "a.txt").write_text("AWS_SECRET_ACCESS_KEY=\n")
    _claim(project, "sources\\a.txt")
    fix = "write the path with / between folders ('sources/a.txt'), which every system reads"
    assert _e107(project) == _refused("sources\\a.txt", "does not exist", fix)
    _claim(project, "sources/b.txt")  # no backslash: the fix as before
    assert _e107(project) == _refused(
        "sources/b.txt", "does not exist", "fix the path (relative to this file)"
    )


NO_EXCERPTS = """\
source:
  id: a
  outlet: Example
  title: A title
  published: 2022-12-07
  archive: {archive}
claims:{claims}
"""
AGE_CLAIMS = """
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
  - {id: bad, subject: Mia Threapleton, property: age}
  - {id: born, subject: Mia Threapleton, property: birth_date, value: 2000-10-12}"""


@pytest.mark.parametrize(
    ("archive", "reason", "fix"),
    [
        ("sources/gone.txt", "does not exist", "fix the path (relative to this file)"),
        ("../../secret.txt", "leads outside the project", FIX_OUTSIDE),
    ],
)
def test_an_unusable_archive_is_told_when_no_claim_has_an_excerpt_yet(
    project: Path, archive: str, reason: str, fix: str
) -> None:
    """A source naming an archive that is missing (or may not be read) was told nothing
    while none of its claims had an excerpt: the broken path waited for the first
    excerpt. It is told now, concerning every claim the source makes (the one the schema
    refused too: the finding is the same whichever of them are valid), without saying
    excerpts cannot be checked. An invalid claim's excerpt cannot be checked either: where
    one is written, the finding concerns it and says so."""
    text = NO_EXCERPTS.format(archive=archive, claims=AGE_CLAIMS)
    (project / "claims" / "a.yaml").write_text(text, encoding="utf-8")
    message = f"archive '{archive}' cannot be used: it {reason}"
    every = f"{message}, for the source's claims age, bad, and born; {fix}"
    assert _e107(project) == [("claims/a.yaml:6:12", ("a/age", "a/bad", "a/born"), every)]
    (project / "claims" / "a.yaml").write_text(
        NO_EXCERPTS.format(archive=archive, claims=" []"), encoding="utf-8"
    )
    assert _e107(project) == [("claims/a.yaml:6:12", (), f"{message}; {fix}")]
    invalid = AGE_CLAIMS.replace("property: age}", "property: age, excerpt: Mia is 22}")
    text = NO_EXCERPTS.format(archive=archive, claims=invalid)
    (project / "claims" / "a.yaml").write_text(text, encoding="utf-8")
    told = (
        f"archive '{archive}' cannot be used: it {reason}, so the excerpt of the source's "
        f"claim bad cannot be checked; {fix}"
    )
    assert _e107(project) == [("claims/a.yaml:6:12", ("a/bad",), told)]


def test_an_unusable_archive_names_the_claims_it_concerns_on_its_line(project: Path) -> None:
    """An archive that cannot be used concerns every claim of the source with an
    excerpt; its text line is labelled with the first, as every finding's is, and read
    "a/c1: archive ... cannot be used: it does not exist, so excerpts cannot be
    checked", as if only c1's were. It names them, as S501 names its claims: three,
    then how many more."""
    claims = "".join(
        f"\n  - {{id: c{n}, subject: Mia Threapleton, property: age, value: 22,"
        f" excerpt: Mia is 22}}"
        for n in range(1, 6)
    )
    text = NO_EXCERPTS.format(archive="sources/gone.txt", claims=claims)
    (project / "claims" / "a.yaml").write_text(text, encoding="utf-8")
    result = validate(["claims"], DATASET, root=str(project))
    assert render_text(result).splitlines()[0] == (
        "claims/a.yaml:6:12: E107 error a/c1: archive 'sources/gone.txt' cannot be used: it "
        "does not exist, so the excerpts of the source's claims c1, c2, c3, and 2 more "
        "cannot be checked; fix the path (relative to this file)"
    )
    assert [f.claims for f in result.findings] == [tuple(f"a/c{n}" for n in range(1, 6))]


def test_a_usable_archive_with_no_excerpt_to_check_is_no_finding(project: Path) -> None:
    (project / "claims" / "text.txt").write_text("Mia Threapleton, 22, stars.\n")
    text = NO_EXCERPTS.format(archive="text.txt", claims=AGE_CLAIMS)
    (project / "claims" / "a.yaml").write_text(text, encoding="utf-8")
    assert _e107(project) == []


@pytest.mark.parametrize("address", ["https://example.com/story.txt", "HTTP://example.com"])
def test_a_web_address_as_an_archive_is_told_to_save_the_page(project: Path, address: str) -> None:
    """An address where the archive's path belongs was told only that it "does not
    exist", and that the path (relative to this file) should be fixed."""
    _claim(project, address)
    fix = (
        "an archive is a file in the project, not a web address: save the page's text in "
        "a file beside this one and name that, and give the address as the source's url"
    )
    assert _e107(project) == _refused(address, "does not exist", fix)


@pytest.mark.parametrize("archive", ["..", "../claims/.."])
def test_the_project_root_as_an_archive_is_a_folder_not_a_hidden_file(
    project: Path, archive: str
) -> None:
    """`archive: ..` names the project's root, which is a folder: it was refused as
    "in a hidden file or folder", which sent the writer looking for one."""
    _claim(project, archive)
    assert _e107(project) == _refused(archive, "is a folder, not a file", FIX_ORDINARY)


# An archive that is an HTML page: compared as the page's text, without its markup.

PAGE = (
    "<!DOCTYPE html><html><head><title>Kate &amp; Mia</title>"
    '<script>window.dataLayer = [{"author": "Sam Reed"}];</script></head><body>'
    "<p>Kate Winslet has opened up on working alongside her <em>22-year-old</em> daughter, "
    '<a href="/mia">Mia Threapleton</a>.</p><p>It&rsquo;s &ldquo;staggering&rdquo;'
    "&nbsp;&amp; free, she said.</p></body></html>"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
@pytest.mark.parametrize(
    "excerpt",
    [
        "her 22-year-old daughter, Mia Threapleton.",  # across <em> and <a href>
        "Mia Threapleton. It's",  # across the end of one paragraph and the next
        "It’s “staggering” & free",  # &rsquo;, &ldquo;, &nbsp; and &amp; decoded
        'It\'s "staggering" & free',
        "Kate & Mia Kate Winslet",  # the title is the page's text too
    ],
)
def test_an_excerpt_is_found_in_a_pages_text_across_its_tags(
    project: Path, name: str, excerpt: str
) -> None:
    """An excerpt whose words cross a tag or hold a character reference was not found in
    a saved page, compared with its markup. A `.txt` that starts as a page is one."""
    (project / "claims" / name).write_text(PAGE, encoding="utf-8")
    _claim(project, name, excerpt=excerpt)
    assert _e107(project) == []


@pytest.mark.parametrize(
    ("excerpt", "hint"),
    [
        (
            "her 23-year-old daughter, Mia Threapleton",
            "the nearest passage is \"her 22-year-old daughter, Mia Threapleton. It's "
            '"staggering""',
        ),
        (
            "<em>22-year-old</em> daughter",
            'the nearest passage is "her 22-year-old daughter, Mia Threapleton."',
        ),
        (
            'window.dataLayer = [{"author": "Sam Reed"}];',
            "no passage of it resembles the excerpt: check that the archive is this source's text",
        ),
    ],
)
def test_a_pages_markup_and_scripts_are_neither_found_nor_shown(
    project: Path, excerpt: str, hint: str
) -> None:
    """The nearest passage of a page is shown as its reader sees it; a script's text,
    and the markup itself, are not the source's words."""
    (project / "claims" / "page.html").write_text(PAGE, encoding="utf-8")
    _claim(project, "page.html", excerpt=excerpt)
    assert _e107(project) == [
        (
            "claims/a.yaml:12:14",
            ("a/age",),
            f"excerpt not found in the archived text page.html; {hint}; copy the source's "
            "words exactly",
        )
    ]


def test_a_text_that_is_not_a_page_is_compared_with_its_tags(project: Path) -> None:
    """A plain archive that quotes markup keeps it: only a page is read as its text."""
    (project / "claims" / "text.txt").write_text(
        "The tag <em>22-year-old</em> &amp; more.\n", encoding="utf-8"
    )
    _claim(project, "text.txt", excerpt="<em>22-year-old</em> &amp; more")
    _claim(project, "text.txt", excerpt="22-year-old & more", name="b")
    assert [claims for _, claims, _ in _e107(project)] == [("b/age",)]


def test_a_malformed_page_is_read_as_far_as_it_goes(project: Path) -> None:
    (project / "claims" / "page.html").write_text(
        '<p>Kate <em>Winslet <a href="x"">has <b>opened up</p></div><p>on 3 <4 & 5 <i', "utf-8"
    )
    _claim(project, "page.html", excerpt="Kate Winslet has opened up on 3 <4 & 5")
    assert _e107(project) == []


def test_a_page_the_parser_fails_on_is_refused_and_never_quoted(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No page tried makes the parser fail (`tests/rules/test_page_text.py`); should
    one, the archive cannot be used."""
    monkeypatch.setattr(archives_module, "page_text", lambda raw: None)
    (project / "claims" / "page.html").write_text(PAGE, encoding="utf-8")
    _claim(project, "page.html", excerpt="Kate Winslet")
    fix = "save the page's text as an ordinary UTF-8 file and name that"
    assert _e107(project) == _refused("page.html", "is an HTML page that cannot be read", fix)


def test_a_page_not_in_utf8_is_refused_as_any_archive_is(project: Path) -> None:
    (project / "claims" / "page.html").write_bytes(
        '<meta charset="windows-1252"><p>café</p>'.encode("cp1252")
    )
    _claim(project, "page.html", excerpt="café")
    assert _e107(project) == _refused("page.html", "is not UTF-8 text", FIX_ORDINARY)


def test_the_look_ups_in_one_archive_are_bounded_by_its_length(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: 8,000 claims of one-word excerpts (630 KB) against one 13 MB archive took
    97 s, each excerpt a search of the whole text, which no index answers. The run's
    look-ups in an archive cost at most `LOOKUP_SEARCHES` searches of it together; the
    excerpts past them get an E107 saying they were not looked for."""
    text = " ".join(f"w{number % 700}" for number in range(4000))
    (project / "claims" / "text.txt").write_text(text)
    count = LOOKUP_SEARCHES + 40
    claims = "".join(
        f"  - {{id: c{n}, subject: Mia, property: age, value: 22, excerpt: q{n}}}\n"
        for n in range(count)
    )
    head = CLAIM.split("claims:")[0].format(id="a", archive="text.txt")
    (project / "claims" / "a.yaml").write_text(head + "claims:\n" + claims)
    monkeypatch.setattr(archives_module, "_LOOKUP_FLOOR", 0)  # a short text: the bound bites
    monkeypatch.setattr(archives_module, "ARCHIVE_BUDGET", 0)  # no nearest passages
    archives = Archives(str(project))
    parsed, _ = check_claim_file(load_file("claims/a.yaml"))
    findings = check_excerpts(parsed, archives)
    archived = archives.get("text.txt", "claims/text.txt")
    assert isinstance(archived, Archived)
    assert archived.finder.searches == LOOKUP_SEARCHES
    assert archived.lookups.spent == LOOKUP_SEARCHES * (len(text) + 1)
    assert [f.claims for f in findings] == [(f"a/c{n}",) for n in range(count)]
    assert findings[LOOKUP_SEARCHES - 1].message.startswith("excerpt not found in the archived")
    assert [f.message for f in findings[LOOKUP_SEARCHES:]] == 40 * [
        "excerpt not looked for in the archived text text.txt: this run has searched it as "
        "much as factlint's bound on work allows; give this source an archive of its own "
        "text, or check fewer files naming it at once"
    ]


def _one_word_excerpts(root: Path, name: str, count: int) -> None:
    """A claim file of `count` one-word excerpts of text.txt, none of them in it."""
    claims = "".join(
        f"  - {{id: c{n}, subject: Mia, property: age, value: 22, excerpt: q{n}}}\n"
        for n in range(count)
    )
    head = CLAIM.split("claims:")[0].format(id=name, archive="text.txt")
    (root / "claims" / f"{name}.yaml").write_text(head + "claims:\n" + claims)


def test_an_archive_whose_budget_ran_short_is_stamped_to_match_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a file's excerpts found in an archive whose budget the run had spent depends
    on the files before it, so its stamp holds for no later run's cache."""
    (project / "claims" / "text.txt").write_text("one two three four")
    _one_word_excerpts(project, "a", LOOKUP_SEARCHES + 1)
    monkeypatch.setattr(archives_module, "_LOOKUP_FLOOR", 0)
    archives = Archives(str(project))
    parsed, _ = check_claim_file(load_file("claims/a.yaml"))
    check_excerpts(parsed, archives)
    as_it_is = archive_stamp("claims/text.txt", str(project))
    assert archives.stamp("claims/text.txt") == SHORT + as_it_is
    fresh = Archives(str(project))
    _one_word_excerpts(project, "b", 2)
    parsed, _ = check_claim_file(load_file("claims/b.yaml"))
    check_excerpts(parsed, fresh)
    assert fresh.stamp("claims/text.txt") == as_it_is


def test_findings_cut_short_by_other_files_are_not_taken_from_the_cache(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: a.yaml spends the archive's budget, so b.yaml's excerpts are not looked
    for; a.yaml is then deleted. The re-run looks b.yaml's excerpts up, as a run without
    a cache does, rather than repeating what the first run could not do."""
    (project / "claims" / "text.txt").write_text("one two three four")
    _one_word_excerpts(project, "a", LOOKUP_SEARCHES)
    _one_word_excerpts(project, "b", 2)
    monkeypatch.setattr(archives_module, "_LOOKUP_FLOOR", 0)
    first = validate(["claims"], DATASET, root=str(project), cache_dir=".cache", jobs=1)
    cut_short = [f.message for f in first.findings if f.claims[0].startswith("b/")]
    assert [m.split(":")[0] for m in cut_short] == 2 * [
        "excerpt not looked for in the archived text text.txt"
    ]
    (project / "claims" / "a.yaml").unlink()
    again = validate(["claims"], DATASET, root=str(project), cache_dir=".cache", jobs=1)
    alone = validate(["claims"], DATASET, root=str(project), jobs=1)
    assert [f.message for f in again.findings] == [f.message for f in alone.findings]
    assert [f.message.split(";")[0] for f in again.findings if f.code == "E107"] == 2 * [
        "excerpt not found in the archived text text.txt"
    ]


def test_a_nearest_passage_cut_short_by_the_runs_budget_stamps_the_archive_short(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The nearest-passage search of an excerpt not found is bounded by what the run's
    other searches left: cut short by that, the archive's stamp matches nothing."""
    text = "one two three four"
    (project / "claims" / "text.txt").write_text(text)
    _one_word_excerpts(project, "a", 1)
    monkeypatch.setattr(archives_module, "ARCHIVE_BUDGET", len(text) + 2)
    archives = Archives(str(project))
    parsed, _ = check_claim_file(load_file("claims/a.yaml"))
    [finding] = check_excerpts(parsed, archives)
    assert finding.message.endswith(
        "; its nearest passage was not looked for: this run's searches of the archive for "
        "excerpts not found reached factlint's bound on work; copy the source's words exactly"
    )
    archived = archives.get("text.txt", "claims/text.txt")
    assert isinstance(archived, Archived)
    assert archived.budget.refused
    assert archives.stamp("claims/text.txt") == SHORT + archived.stamp
