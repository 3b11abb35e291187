"""Quotes across sources (Q401-Q403) and against the transcripts: words a quote marks as
left out are no change to either."""

from __future__ import annotations

from pathlib import Path

from validator import validate

ROOT = Path(__file__).resolve().parents[2]


def test_words_a_quote_marks_as_left_out_are_no_change(tmp_path: Path) -> None:
    """A source that cuts a quote marks the cut ("honest … and alarmingly so"): the
    words the transcript, or another source, has there are not words it changed. Such
    quotes were D207 against the transcript and Q402 against the full wording."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - id: honest\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: We just wanted to tell a story that was honest … and alarmingly so.\n"
        "  - id: staggering\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: It was really staggering [...] which I hadn't imagined, she said at length.\n"
        "  - id: changed\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: We just wanted to tell a tale that was honest … and alarmingly so.\n"
    )
    (tmp_path / "b.yaml").write_text(
        "source: {id: b, outlet: B, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - id: staggering\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: It was really staggering how alarmingly free Mia and I were able to be,\n"
        "      which I hadn't imagined, she said at length.\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/honest", "supported"),
        ("a/staggering", "unverifiable"),
        ("a/changed", "undetermined"),
        ("b/staggering", "unverifiable"),
    ]
    assert [(f.code, f.claims) for f in result.findings] == [
        ("D203", ("a/staggering",)),
        ("D207", ("a/changed",)),
        ("D203", ("b/staggering",)),
    ]
    assert result.findings[1].message == (
        "the quote by Kate Winslet differs from the dataset's transcript (I Am Ruth press "
        "pack interviews, Channel 4, 2022-11): We just wanted to tell a [-story-] {+tale+} "
        "that was honest … and alarmingly so; check which words the source changed"
    )


def test_a_wording_changed_at_its_start_shows_the_words_past_the_change(
    tmp_path: Path,
) -> None:
    """Two sources' wordings of one quote, their first words differing and one of them
    a word longer there: the Q402 diff pairs the changed words from the shared stretch
    and shows the longer's further word, "It", in brackets, not hidden."""
    for source, value in (
        ("a", "It was really staggering how alarmingly free Mia and I were able to be"),
        ("b", "So very staggering how alarmingly free Mia and I were able to be"),
    ):
        (tmp_path / f"{source}.yaml").write_text(
            f"source: {{id: {source}, outlet: A, title: T, published: 2022-12-07}}\n"
            "claims:\n"
            f"  - {{id: free, subject: Kate Winslet, property: said, value: {value}}}\n"
        )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(f.code, f.claims, f.message) for f in result.findings if f.code == "Q402"] == [
        (
            "Q402",
            ("b/free", "a/free"),
            "a quote by Kate Winslet as 1 source (b) prints it differs in its words from the "
            "wording 1 source (a) prints: [-(It) was really-] {+So very+} staggering how "
            "alarmingly free Mia and I were able to be; find the original to learn which is "
            "right",
        )
    ]
