"""The Markdown report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from broken_headers import MARKDOWN_SCORECARD, broken_header_result
from reporting_sample import (
    GOLDEN,
    LONG,
    MANY,
    check_golden,
    contradiction,
    disputed,
    empty_result,
    sample_result,
)

from validator.model.findings import Location, make_finding
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.report import _markdown
from validator.report._markdown import md_text
from validator.report._text import TEXT_LIMIT, repeated_message
from validator.report.escaping import visible
from validator.report.markdown import markdown_pieces, md_escape, render_markdown

_ANCHOR = re.compile(r'<a id="[^"]*"></a>')


def _unanchored(text: str) -> str:
    """`text` without the anchors of findings and claims."""
    return _ANCHOR.sub("", text)


def _headings(text: str, level: str = "## ") -> list[str]:
    return [line[len(level) :] for line in text.splitlines() if line.startswith(level)]


def test_golden() -> None:
    check_golden("sample.md", render_markdown(sample_result(), link_root=".."))


def test_same_result_same_text() -> None:
    assert render_markdown(sample_result()) == render_markdown(sample_result())


def test_title_and_verdict_line() -> None:
    lines = render_markdown(sample_result()).splitlines()
    assert lines[0] == "# factlint report: I Am Ruth (Channel 4, 2022)"
    assert lines[2] == (
        "**FAIL**: 4 unacknowledged findings at error or above. 4 files, 10 claims "
        "(3 supported, 2 refuted, 1 disputed, 0 undetermined, 3 unverifiable, 1 invalid); "
        "12 findings (5 errors, 5 warnings, 2 info), 1 acknowledged."
    )
    assert lines[4] == (
        "Checked against the dataset i-am-ruth (checked 2026-11-21), by factlint 0.0.0-test."
    )


def test_sections_in_order() -> None:
    # Errors first (the E101 and E104 of invalid claims among them), then warnings, then
    # info, then the acknowledged findings of every severity.
    assert _headings(render_markdown(sample_result())) == [
        "Scorecard",
        "Findings by code",
        "Claims that could not be checked",
        "Contradictions between sources",
        "Refuted claims",
        "Disputed",
        "Quote variants",
        "Gaps in the dataset",
        "Differences that can all be true",
        "Less precise than the dataset",
        "Acknowledged",
    ]


def test_counts_per_code_worst_first() -> None:
    lines = render_markdown(sample_result()).splitlines()
    start = lines.index("## Findings by code")
    assert lines[start + 2 : start + 13] == [
        "| Code | Severity | Meaning | Findings | Acknowledged |",
        "| --- | --- | --- | ---: | ---: |",
        "| [E101](#claims-that-could-not-be-checked) | error | unreadable-file | 1 | 0 |",
        "| [E104](#claims-that-could-not-be-checked) | error | unknown-entity | 1 | 0 |",
        "| [D201](#refuted-claims) | error | refuted | 2 | 1 |",
        "| [X301](#contradictions-between-sources) | error | sources-contradict | 1 | 0 |",
        "| [D203](#gaps-in-the-dataset) | warning | unverifiable | 3 | 0 |",
        "| [D205](#disputed) | warning | disputed | 1 | 0 |",
        "| [Q402](#quote-variants) | warning | quote-word-variant | 1 | 0 |",
        "| [D202](#less-precise-than-the-dataset) | info | less-precise | 1 | 0 |",
        "| [X302](#differences-that-can-all-be-true) | info | sources-differ | 1 | 0 |",
    ]
    # Each link is to its section's heading, as forges name headings.
    headings = {h.lower().replace(" ", "-") for h in _headings("\n".join(lines))}
    links = {line.split("](#")[1].split(")")[0] for line in lines[start + 4 : start + 13]}
    assert links <= headings


def test_anchors_and_line_links() -> None:
    lines = render_markdown(sample_result(), link_root="..").splitlines()
    # A finding's anchor is its fingerprint; a claim's is its full id, where it first
    # appears; later mentions link back to it; every location links to its line.
    x301 = next(f for f in sample_result().findings if f.code == "X301")
    assert f'### <a id="f-{x301.fingerprint}"></a>X301 \u00b7 Mia Threapleton \u00b7 age' in lines
    assert (
        '| <a id="claim-yahoo-2022-12/mia-age"></a>yahoo-2022-12 (Yahoo) | 21 | 2022-12-07 '
        "| her 21-year-old daughter\\\\x1b\\[31m "
        "| [claims/yahoo.yaml:14:12](../claims/yahoo.yaml#L14) |"
    ) in lines
    d201 = next(f for f in sample_result().findings if f.claims == ("yahoo-2022-12/mia-age",))
    assert (
        f'| <a id="f-{d201.fingerprint}"></a>'
        "[yahoo-2022-12/mia-age](#claim-yahoo-2022-12/mia-age) | Mia Threapleton \u00b7 age | 21 "
        "| 22 (born 2000-10-07) | people-birth-dates &lt;b&gt;registry&lt;/b&gt; "
        "| [claims/yahoo.yaml:14:12](../claims/yahoo.yaml#L14) |"
    ) in lines
    # Without a link root (a job summary), locations are plain text.
    plain = render_markdown(sample_result())
    assert "](../" not in plain
    assert "| claims/yahoo.yaml:14:12 |" in plain


def test_line_links_are_relative_and_encoded() -> None:
    finding = make_finding(
        "E101",
        "cannot parse",
        locations=(Location("claims/a (1)#x.yaml", 3, 1), Location("/abs/b.yaml", 2, 1)),
    )
    result = Result((finding,), (), (), ("claims/a (1)#x.yaml",))
    text = render_markdown(result, link_root="../..")
    assert "| [claims/a (1)#x.yaml:3:1](../../claims/a%20%281%29%23x.yaml#L3) |" in text
    absolute = make_finding("E101", "cannot parse", locations=(Location("/abs/b.yaml", 2, 1),))
    text = render_markdown(Result((absolute,), (), (), ()), link_root="..")
    assert "| /abs/b.yaml:2:1 |" in text  # never a link into one machine's folders


def _one_gap(count: int) -> Result:
    """`count` unverifiable claims about one subject and property, one per source."""
    claims = tuple(
        ClaimRecord(
            f"s{n}/c", f"s{n}", "c", "", 0, 0, "Subject", "prop", f"v{n}", Verdict.UNVERIFIABLE
        )
        for n in range(count)
    )
    findings = tuple(make_finding("D203", "unverifiable", claims=(c.full_id,)) for c in claims)
    return Result(findings=findings, claims=claims, sources=(), files=())


def test_long_lists_fold_under_details() -> None:
    text = render_markdown(_one_gap(5))
    [row_line] = [line for line in text.splitlines() if line.startswith("| Subject | prop |")]
    anchors = [
        f'<a id="f-{f.fingerprint}"></a><a id="claim-s{n}/c"></a>'
        for n, f in enumerate(_one_gap(5).findings)
    ]
    values = [f"{anchors[n]}v{n} (s{n}/c)" for n in range(5)]
    assert row_line.endswith(
        "<br>".join(values[:3])
        + "<details><summary>+2 more</summary>"
        + "<br>".join(values[3:])
        + "</details> |"
    ), row_line


def test_empty_sections_are_omitted() -> None:
    text = render_markdown(empty_result())
    assert _headings(text) == ["Scorecard"]
    assert text.splitlines()[2] == (
        "**PASS**: no unacknowledged findings at error or above. 0 files, 0 claims "
        "(0 supported, 0 refuted, 0 disputed, 0 undetermined, 0 unverifiable, 0 invalid); "
        "0 findings (0 errors, 0 warnings, 0 info), 0 acknowledged."
    )


def test_scorecard_rows() -> None:
    lines = render_markdown(sample_result()).splitlines()
    assert (
        "| times-2022-12 | The Times \\| Culture | 2022-12 | 4 | 1 | 1 | 0 | 0 | 1 | 1 | 5 |"
    ) in lines
    # an http(s) url is a link, with characters that would end it encoded
    assert (
        "| [yahoo-2022-12](https://uk.news.yahoo.com/kate-winslet-mia-i-am-ruth.html"
        "?a=1&b=%282%29) | Yahoo | 2022-12-07 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 4 |"
    ) in lines
    # a javascript: url is not
    assert "| tyla-2022-12-07 | Tyla | 2022-12-07 | 4 | 2 | 0 | 1 | 0 | 1 | 0 | 5 |" in lines
    assert "javascript" not in render_markdown(sample_result())


def test_contradiction_table() -> None:
    lines = render_markdown(sample_result()).splitlines()
    # Named as the dataset names Mia Threapleton, though the first claim says "Mia".
    [start] = [
        n for n, line in enumerate(lines) if line.endswith("X301 \u00b7 Mia Threapleton \u00b7 age")
    ]
    assert lines[start + 4 : start + 8] == [
        "| Source | Value | As of | Excerpt | Location |",
        "| --- | --- | --- | --- | --- |",
        '| <a id="claim-yahoo-2022-12/mia-age"></a>yahoo-2022-12 (Yahoo) | 21 | 2022-12-07 '
        "| her 21-year-old daughter\\\\x1b\\[31m | claims/yahoo.yaml:14:12 |",
        '| <a id="claim-tyla-2022-12-07/mia-age"></a>tyla-2022-12-07 (Tyla) | 22 | 2022-12-07 '
        "| her 22-year-old daughter, Mia Threapleton | claims/tyla.yaml:9:12 |",
    ]


def test_refuted_beside_dataset_value_and_reference() -> None:
    lines = [_unanchored(line) for line in render_markdown(sample_result()).splitlines()]
    # "About" is the claim as written.
    assert (
        "| [yahoo-2022-12/mia-age](#claim-yahoo-2022-12/mia-age) | Mia Threapleton \u00b7 age | 21 "
        "| 22 (born 2000-10-07) | people-birth-dates &lt;b&gt;registry&lt;/b&gt; "
        "| claims/yahoo.yaml:14:12 |"
    ) in lines
    assert (
        "| times-2022-12/network (acknowledged) | I Am Ruth \u00b7 network | BBC One "
        "| Channel 4 | radio-times-listing | claims/times.yaml:14:5 |"
    ) in lines


def test_quote_diff() -> None:
    lines = render_markdown(sample_result()).splitlines()
    assert (
        "> really staggering ~~actually~~ how **&lt;i&gt;so&lt;/i&gt; \\| \\*\\*very\\*\\*** free"
    ) in lines


def test_hostile_text_is_inert() -> None:
    text = render_markdown(sample_result())
    assert "<script>" not in text
    assert "<i>" not in text
    assert "<b>" not in text
    assert "| &lt;script&gt;alert(1)&lt;/script&gt; \\| pipes |" in text
    assert "free \\*\\*Mia\\*\\* and" in text
    assert "a two-hour" not in text  # excerpts of gaps are not listed
    assert "subject \\`I Am Rut\\` names no entity" in text


def test_a_claim_id_with_a_double_quote_stays_out_of_its_anchor() -> None:
    # Such an id is written in a broken file; its quote closed the anchor's attribute.
    # An id of no form the schema allows is anchored by digits worked out from it.
    full_id = 'a" onmouseover="alert(1)/c'
    claim = ClaimRecord(full_id, "a", "c", "", 0, 0, "Subject", "prop", "v", Verdict.INVALID)
    finding = make_finding("E102", "bad id", claims=(full_id,))
    text = render_markdown(Result(findings=(finding,), claims=(claim,), sources=(), files=()))
    assert '| <a id="claim-177e956ce99279c5"></a>a" onmouseover="alert(1)/c | bad id |' in text
    assert text.count("<a id=") == 2  # the finding's and the claim's


def test_md_escape() -> None:
    assert md_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("**bold** _it_ `code` ~~s~~ [l](u) $x$ \\") == (
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\[l\\](u) \\$x\\$ \\\\"
    )
    assert md_escape("AT&T") == "AT&amp;T"
    assert md_escape("one\ntwo\r\n  three") == "one two three"
    assert md_escape(None) == "\u2014"
    assert md_escape("  ") == "\u2014"
    assert md_escape("# not a heading", line_start=True) == "\\# not a heading"
    assert md_escape("- not a list", line_start=True) == "\\- not a list"
    assert md_escape("2022. A year", line_start=True) == "2022\\. A year"
    assert md_escape("2022. A year") == "2022. A year"
    assert md_escape("nul\x00here") == "nul\\\\x00here"  # shown as nul\x00here
    assert md_escape("rlo\u202eisolate\u2066") == "rlo\\\\u202eisolate\\\\u2066"
    # The noncharacters HTML forbids, which a forge renders Markdown into, were written
    # raw; U+FFFD, as the HTML report and the JUnit XML write them.
    assert md_escape("o\ufffeb\uffff") == "o\ufffdb\ufffd"


def test_md_escape_reads_a_long_run_of_white_space_once() -> None:
    """Line breaks were found by a pattern that began with any white space, tried again
    from each character of a run of spaces that held none: a claim's quote of 20,000
    spaces and a tab took 3.6 s to escape, and 200 KB of such claims a minute. At this
    size that was six minutes for the one text; nothing here is timed."""
    run = " " * 200_000
    assert md_escape(f"w{run}x\t") == f"w{run}x\\\\t"
    assert md_escape(f"w{run}\nx\t") == "w x\\\\t"
    assert md_escape(f"w\u2028{run}x{run}\r\n{run}y\x00") == "w x y\\\\x00"


def _gap_result(count: int, info: int = 0) -> Result:
    sources = tuple(
        SourceRecord(f"s{n}", f"f{n}.yaml", 1, "Outlet", "Title", "2022") for n in range(count)
    )
    claims = tuple(
        ClaimRecord(
            f"s{n}/c",
            f"s{n}",
            "c",
            f"f{n}.yaml",
            3,
            3,
            f"Subject {n}",
            "prop",
            "v",
            Verdict.UNVERIFIABLE,
        )
        for n in range(count)
    )
    findings = [
        make_finding(
            "D203", "unverifiable", claims=(c.full_id,), locations=(Location(c.file, 3, 3),)
        )
        for c in claims
    ]
    findings += [
        make_finding("D202", f"less precise {n}", key=str(n), locations=(Location("x.yaml", 1, 1),))
        for n in range(info)
    ]
    return Result(
        findings=tuple(findings),
        claims=claims,
        sources=sources,
        files=tuple(s.file for s in sources),
    )


def test_max_rows_caps_every_section() -> None:
    text = render_markdown(_gap_result(3), max_rows=1)
    lines = text.splitlines()
    assert "*2 more sources not shown here; consistency.json lists them all.*" in lines
    assert "*2 more findings not shown here; consistency.json lists them all.*" in lines
    assert sum(1 for line in lines if line.startswith("| s")) == 1
    assert render_markdown(_gap_result(3)).count("more") == 0


def test_info_findings_are_capped() -> None:
    lines = render_markdown(_gap_result(1, info=503)).splitlines()
    assert "*3 more findings not shown here; consistency.json lists them all.*" in lines
    assert sum(1 for line in lines if _unanchored(line).startswith("| D202 |")) == 500
    assert sum(1 for line in lines if line.startswith("| Subject 0 |")) == 1


def test_diff_without_changes_is_not_shown() -> None:
    finding = make_finding(
        "Q401",
        "differs in punctuation only",
        claims=("s/a", "t/b"),
        locations=(Location("a.yaml", 1, 1), Location("b.yaml", 1, 1)),
        details=(("diff", "\u2026"),),
    )
    result = Result(findings=(finding,), claims=(), sources=(), files=())
    lines = render_markdown(result).splitlines()
    assert "differs in punctuation only" in lines
    assert [line for line in lines if line.startswith(">")] == []


def _md_escape_reference(text: str | None, *, line_start: bool = False) -> str:
    """md_escape as first written, one regex substitution after another: its fast
    paths must not change a character of what it returns."""
    if not text:
        return "\u2014"
    text = visible(text, keep="\r\n\u2028\u2029")
    text = re.sub(r"\s*[\r\n\u2028\u2029]+\s*", " ", text).strip()
    if not text:
        return "\u2014"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|~$])", r"\\\1", text)
    match = re.match(r"^([#+=-]|\d+(?=[.)]))", text) if line_start else None
    if match:
        end = match.end()
        text = text[:end] + "\\" + text[end:] if match.group(1)[0].isdigit() else "\\" + text
    return text


def test_md_escape_matches_reference() -> None:
    samples = [
        "plain text",
        " lead",
        "trail\u00a0",
        "\u3000both\u2003",
        "a\u2028b",
        "line\r\n\tnext",
        "x\x85y",
        "\x1c",
        "\u200bzero width",
        "back\\slash and *stars* _under_ [brackets] |pipe| ~tilde~ $math$ `code`",
        "&amp; <b>",
        "# heading",
        "12) list",
        "3.14 is not a list",
        "-",
        "caf\u00e9 \u2014 \u201cquoted\u201d",
        "   ",
        "\n",
        "\x00",
    ]
    for sample in samples:
        for line_start in (False, True):
            expected = _md_escape_reference(sample, line_start=line_start)
            assert md_escape(sample, line_start=line_start) == expected, sample


# LONG cut for the rows after the first: the note for 200,000 characters takes 68, which
# leaves 931 of the 1,000 for the text; the 931st character starts the 94th word, so the
# cut is at the space before it (93 words of 9 and 92 spaces: 929 characters).
SHORT = (
    " ".join(f"{i:09d}" for i in range(93))
    + " \u2026 (199,071 more characters; the row of s000/c0000 above has it whole)"
)


def test_long_message_is_whole_once_in_a_table() -> None:
    text = _unanchored(render_markdown(disputed(LONG)))
    assert text.count(LONG) == 1
    assert "| s000/c0000 | Thing \u00b7 prop | 0 | \u2014 | " + LONG + " | f000.yaml:1:1 |" in text
    assert f"| s000/c0001 | Thing \u00b7 prop | 1 | \u2014 | {SHORT} | f000.yaml:2:1 |" in text
    assert text.count(SHORT) == MANY - 1
    assert repeated_message(disputed(LONG).findings[0]) == SHORT
    # Linear: beyond the same report with a one-character message, the message once in
    # full and at most TEXT_LIMIT characters on each other row.
    short_report = render_markdown(disputed("x"))
    assert len(text) <= len(short_report) + len(LONG) + (MANY - 1) * TEXT_LIMIT


def test_short_message_is_on_every_row() -> None:
    whole = "w" * (TEXT_LIMIT - 1) + "."
    text = render_markdown(disputed(whole))
    assert text.count(f"| {whole} |") == MANY


def test_pieces_are_the_golden_text_a_few_thousand_lines_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """consistency.md is written from markdown_pieces: joined, they are the golden
    text, and however small the batch, each piece is at most a batch of lines (the
    report is never held whole)."""
    golden = (GOLDEN / "sample.md").read_text(encoding="utf-8")
    assert "".join(markdown_pieces(sample_result(), link_root="..")) == golden
    for lines in (1, 2, 7):
        monkeypatch.setattr(_markdown, "_PIECE_LINES", lines)
        pieces = list(markdown_pieces(sample_result(), link_root=".."))
        assert "".join(pieces) == golden
        assert len(pieces) > golden.count("\n") // (lines + 2)
        # A piece holds its batch, and only empty lines beyond it (held back until
        # text follows them).
        assert all(len(p.rstrip("\n").split("\n")) <= lines + 2 for p in pieces)


def test_a_large_claims_table_is_given_out_in_pieces() -> None:
    """A contradiction of 2,000 claims: no piece holds more than _PIECE_LINES lines."""
    result = contradiction("sources disagree")
    pieces = list(markdown_pieces(result))
    assert len(pieces) == 1  # under one batch of lines
    big = Result(findings=result.findings * 5, claims=(), sources=(), files=(), tool_version="x")
    pieces = list(markdown_pieces(big))
    assert "".join(pieces) == render_markdown(big)
    assert len(pieces) == -(-render_markdown(big).count("\n") // _markdown._PIECE_LINES)
    assert max(p.count("\n") for p in pieces) == _markdown._PIECE_LINES


@pytest.mark.parametrize(
    "lines",
    [[], [""], ["", ""], ["a"], ["a", ""], ["a", "", "", "b", "", ""], ["", "a", "", "b"]],
)
@pytest.mark.parametrize("batch", [1, 2, 3, 100])
def test_md_text_joins_lines_as_the_whole_document_did(
    monkeypatch: pytest.MonkeyPatch, lines: list[str], batch: int
) -> None:
    """Joined, `md_text`'s pieces are the lines joined by line breaks, empty lines at
    the end left out, ending in one line break: wherever the batches are cut."""
    monkeypatch.setattr(_markdown, "_PIECE_LINES", batch)
    kept = list(lines)
    while kept and not kept[-1]:
        kept.pop()
    assert "".join(md_text(iter(lines))) == "\n".join(kept) + "\n"


def test_every_file_has_a_scorecard_row_a_broken_one_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose source cannot be used has its row, its hostile id inert in the cell
    (no HTML, no link, no column break, no escape sequence); no outlet or date where the
    header failed the schema."""
    text = render_markdown(broken_header_result(tmp_path, monkeypatch))
    start = text.index("## Scorecard")
    assert text[start : text.index("## Findings by code")].splitlines()[4:] == MARKDOWN_SCORECARD


def test_a_refuted_or_disputed_claim_is_about_the_entity_by_its_dataset_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Yahoo writes "Mia": the refuted table names her as the rest of the report does
    (its headings, the matrix, the message), by the dataset's first name for her; a
    subject that names no entity is shown as written."""
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    from validator import validate

    result = validate("tests/examples/third-desk", dataset="dataset")
    text = render_markdown(result)
    refuted = text.split("## Refuted claims")[1].split("## ")[0]
    assert [row.split(" | ")[1] for row in refuted.splitlines() if row.startswith("| <a")] == [
        "I Am Ruth · runtime",
        "Mia Threapleton · age",
    ]
    disputed = text.split("## Disputed")[1].split("## ")[0]
    assert [row.split(" | ")[1] for row in disputed.splitlines() if row.startswith("| <a")] == [
        "I Am Ruth · casting\\_suggested\\_by",
        "I Am Ruth · casting\\_suggested\\_by",
    ]


def test_a_claim_refuted_by_a_qualifier_shows_it_on_both_sides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The value agrees and a qualifier does not: the row read "Best Single Drama"
    against "BAFTA TV Award for Single Drama", and "Joe Anders" against "Joe Anders" for
    a claim written the other way round, with nothing to say what was wrong."""
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    from validator import validate

    text = render_markdown(validate("tests/examples/semantics", dataset="dataset"))
    refuted = text.split("## Refuted claims")[1].split("## ")[0]
    rows = [row.split(" | ")[1:4] for row in refuted.splitlines() if "wrong" in row]
    assert rows == [
        ["I Am Ruth · first\\_broadcast", "2022-12-09", "2022-12-08T21:00"],
        [
            "I Am Ruth · award\\_received",
            "Best Single Drama, year 2022",
            "BAFTA TV Award for Single Drama, year 2023",
        ],
        ["Joe Anders · acted\\_in", "I Am Ruth, character Ruth", "I Am Ruth, character Billy"],
        ["I Am Ruth · director", "Kate Winslet", "Dominic Savage"],
        ["I Am Ruth · network", "ITV", "Channel 4"],
    ]
