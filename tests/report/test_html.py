"""The HTML report: self-contained, escaped, with the matrix, bounded in size."""

from __future__ import annotations

import re
from html import escape as html_escape
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from broken_headers import broken_header_result
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

from validator import validate
from validator.model.findings import Finding, Location, make_finding
from validator.model.result import ClaimRecord, DatasetInfo, Result, SourceRecord, Verdict
from validator.report._text import TEXT_LIMIT, repeated_message
from validator.report.escaping import visible
from validator.report.html import MATRIX_COLUMNS, MATRIX_ROWS, esc, html_pieces, render_html

VOID = {"meta", "br", "link", "img", "input", "hr", "wbr", "source", "area", "base", "col"}

CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"
)


class _Page(HTMLParser):
    """Collects tags, attributes and text, and checks that elements nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.row_headers: list[str] = []
        self._in_row_header = False
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "th" and dict(attrs).get("scope") == "row":
            self._in_row_header = True
            self._text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        if tag == "th" and self._in_row_header:
            self._in_row_header = False
            self.row_headers.append("".join(self._text).strip())

    def handle_data(self, data: str) -> None:
        if self._in_row_header:
            self._text.append(data)


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def test_golden() -> None:
    check_golden("sample.html", render_html(sample_result(), link_root=".."))


def test_same_result_same_text() -> None:
    assert render_html(sample_result()) == render_html(sample_result())


def test_well_formed() -> None:
    for result in (sample_result(), empty_result()):
        page = _parse(render_html(result))
        assert page.errors == []
        assert page.stack == []


def test_head() -> None:
    text = render_html(sample_result())
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert CSP in text
    assert "@media print{" in text
    assert ".scroll{max-width:100%;overflow-x:auto;" in text


def test_hostile_text_is_escaped() -> None:
    text = render_html(sample_result())
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | pipes" in text  # an excerpt
    assert "Winslet &amp; daughter &lt;script&gt;alert(1)&lt;/script&gt;" in text  # a title
    assert "people-birth-dates &lt;b&gt;registry&lt;/b&gt;" in text  # a reference
    assert "<b>" not in text
    assert "\x1b" not in text
    assert "her 21-year-old daughter\\x1b[31m" in text  # the escape shown, not run


def test_a_printed_report_holds_no_command_a_ci_runner_reads() -> None:
    """A claim's `##vso[` was written as it is, and a newline kept in a text started a
    line with `::`; a step printing the report (`git diff` of the committed reports)
    gave both to the runner. A browser shows them as written."""
    value = "##vso[task.prependpath]/tmp/evil\n::error::forged"
    claim = ClaimRecord(
        "s/c", "s", "c", "a.yaml", 2, 3, "##[error]Sub", "said", value, Verdict.REFUTED
    )
    where = (Location("a.yaml", 2, 3),)
    finding = make_finding("D201", "refuted", claims=("s/c",), locations=where)
    text = render_html(Result(findings=(finding,), claims=(claim,), sources=(), files=("a.yaml",)))
    assert re.search(r"##[A-Za-z]*\[", text) is None
    assert [line for line in text.splitlines() if line.lstrip().startswith("::")] == []
    assert ">##vso&#91;task.prependpath]/tmp/evil\n&#58;:error::forged<small>" in text
    assert "<td>##&#91;error]Sub · said</td>" in text
    assert f">{value}<small>" in html_unescape(text)


def test_loads_nothing() -> None:
    text = render_html(sample_result())
    assert re.search(r"\bsrc\s*=", text, re.IGNORECASE) is None
    assert "@import" not in text
    assert "url(" not in text
    assert "javascript:" not in text
    page = _parse(text)
    assert {tag for tag, _ in page.tags}.isdisjoint(
        {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"}
    )
    # The only http(s) text in an attribute is the one source link, which opens nothing.
    links = [
        (tag, attrs)
        for tag, attrs in page.tags
        for value in attrs.values()
        if value and value.startswith(("http://", "https://"))
    ]
    assert links == [
        (
            "a",
            {
                "href": "https://uk.news.yahoo.com/kate-winslet-mia-i-am-ruth.html?a=1&b=(2)",
                "rel": "noopener noreferrer",
            },
        )
    ]


def test_matrix_rows_problems_first() -> None:
    page = _parse(render_html(sample_result()))
    assert page.row_headers == [
        "I Am Ruth \u00b7 casting_suggested_by \u26a0",
        "I Am Ruth \u00b7 network \u26a0",
        "Mia Threapleton \u00b7 age \u26a0",
        "I Am Rut \u00b7 director",
        "I Am Ruth \u00b7 broadcast_slot",
        "I Am Ruth \u00b7 first_broadcast",
        "Kate Winslet \u00b7 said",
    ]


def test_matrix_cell_has_verdict_as_text() -> None:
    text = render_html(sample_result())
    assert '<table class="matrix">' in text
    # Each claim's first appearance is in the matrix: its anchor is there.
    assert (
        '<span class="v v-refuted" id="claim-yahoo-2022-12/mia-age" title="refuted: '
        'yahoo-2022-12/mia-age at claims/yahoo.yaml:14:12">21<small>refuted</small>'
        '<small class="x">contradicted</small></span>'
    ) in text
    assert (
        '<span class="v v-disputed" id="claim-tyla-2022-12-07/casting" title="disputed: '
        'tyla-2022-12-07/casting at claims/tyla.yaml:17:12">Kate Winslet'
        "<small>disputed</small></span>"
    ) in text


def test_sections() -> None:
    text = render_html(sample_result())
    # Errors first (the E101 and E104 of invalid claims among them), then warnings,
    # then info, then the acknowledged findings of every severity.
    assert re.findall(r'<section id="([a-z-]+)">', text) == [
        "scorecard",
        "codes",
        "matrix",
        "invalid",
        "contradictions",
        "refuted",
        "disputed",
        "quotes",
        "gaps",
        "differences",
        "less-precise",
        "acknowledged",
    ]
    assert re.findall(r'<section id="([a-z]+)">', render_html(empty_result())) == ["scorecard"]


def test_word_diff() -> None:
    assert (
        '<p class="diff">really staggering <del>actually</del> how '
        "<ins>&lt;i&gt;so&lt;/i&gt; | **very**</ins> free</p>"
    ) in render_html(sample_result())


def test_verdict_line() -> None:
    text = render_html(sample_result())
    assert (
        '<p class="verdict fail"><strong>FAIL</strong>: 4 unacknowledged findings at error '
        "or above. 4 files, 10 claims"
    ) in text
    assert '<p class="verdict pass"><strong>PASS</strong>: ' in render_html(empty_result())


def test_esc() -> None:
    assert esc("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;"
    assert esc("nul\x00 bell\x07 tab\t") == "nul\\x00 bell\\x07 tab\\t"
    assert esc("rlo\u202e lri\u2066 lrm\u200e alm\u061c") == (
        "rlo\\u202e lri\\u2066 lrm\\u200e alm\\u061c"
    )
    assert esc(None) == ""


def _large(rows: int, sources: int, info: int) -> Result:
    """`rows` subject/property rows, each claimed by one of `sources` sources."""
    source_records = tuple(
        SourceRecord(f"s{n:03}", f"f{n:03}.yaml", 1, "Outlet", "Title", "2022")
        for n in range(sources)
    )
    claims = tuple(
        ClaimRecord(
            f"s{n % sources:03}/c{n}",
            f"s{n % sources:03}",
            f"c{n}",
            f"f{n % sources:03}.yaml",
            n + 2,
            3,
            f"Subject {n:04}",
            "prop",
            "v",
            Verdict.REFUTED if n % 100 == 0 else Verdict.SUPPORTED,
        )
        for n in range(rows)
    )
    findings: list[Finding] = [
        make_finding("D201", "refuted", claims=(c.full_id,), locations=(Location(c.file, 2, 3),))
        for c in claims
        if c.verdict is Verdict.REFUTED
    ]
    findings += [
        make_finding("D202", f"less precise {n}", key=str(n), locations=(Location("x.yaml", 1, 1),))
        for n in range(info)
    ]
    return Result(
        findings=tuple(findings),
        claims=claims,
        sources=source_records,
        files=tuple(s.file for s in source_records),
    )


def test_matrix_is_bounded() -> None:
    text = render_html(_large(rows=400, sources=80, info=0))
    page = _parse(text)
    assert page.errors == []
    assert len(page.row_headers) == MATRIX_ROWS
    # the four rows with a refuted claim come first
    assert page.row_headers[:5] == [
        "Subject 0000 \u00b7 prop \u26a0",
        "Subject 0100 \u00b7 prop \u26a0",
        "Subject 0200 \u00b7 prop \u26a0",
        "Subject 0300 \u00b7 prop \u26a0",
        "Subject 0001 \u00b7 prop",
    ]
    start = text.index('<table class="matrix">')
    matrix = text[start : text.index("</section>", start)]
    assert matrix.count('<th scope="col">') == 1 + MATRIX_COLUMNS
    assert (
        '<p class="note">100 more rows and 20 more sources not shown here; the full per-claim '
        "list is in consistency.json.</p>"
    ) in text


def test_info_findings_are_capped() -> None:
    text = render_html(_large(rows=3, sources=1, info=503))
    assert text.count("<td>D202</td>") == 500
    assert (
        '<p class="note">3 more findings not shown here; consistency.json lists them all.</p>'
    ) in text
    assert text.count("<td>D201</td>") == 0  # D201 has its own section
    assert "Subject 0000 \u00b7 prop" in text


def test_diff_without_changes_is_not_shown() -> None:
    finding = make_finding(
        "Q401",
        "differs in punctuation only",
        claims=("s/a", "t/b"),
        locations=(Location("a.yaml", 1, 1), Location("b.yaml", 1, 1)),
        details=(("diff", "\u2026"),),
    )
    text = render_html(Result(findings=(finding,), claims=(), sources=(), files=()))
    assert "<p>differs in punctuation only</p>" in text
    assert 'class="diff"' not in text


def test_esc_matches_reference() -> None:
    """esc returns most text untouched without escaping it: the result must be what
    escaping everything gives."""
    samples = [
        "plain",
        "a & b",
        "<tag attr='1'>",
        '"quoted"',
        "nul\x00",
        "del\x7f c1\x85",
        "line\nbreak\ttab\r",
        "\ufffe\uffff",
        "caf\u00e9 \u2014 \u2028",
        " ",
    ]
    for sample in samples:
        shown = visible(sample, keep="\n")
        expected = html_escape(re.sub("[\ufffe\uffff]", "\ufffd", shown))
        assert esc(sample) == expected, sample


# LONG cut for the rows after the first: the note for 200,000 characters takes 68, which
# leaves 931 of the 1,000 for the text; the 931st character starts the 94th word, so the
# cut is at the space before it (93 words of 9 and 92 spaces: 929 characters).
SHORT = (
    " ".join(f"{i:09d}" for i in range(93))
    + " \u2026 (199,071 more characters; the row of s000/c0000 above has it whole)"
)


def test_long_message_is_whole_once_in_a_table() -> None:
    text = render_html(disputed(LONG))
    assert not _parse(text).errors
    assert text.count(LONG) == 1
    assert (
        '<tr><td><a href="#claim-s000/c0001">s000/c0001</a></td><td>Thing \u00b7 prop</td>'
        '<td><span class="v v-disputed" '
        'title="disputed">1<small>disputed</small></span></td><td>\u2014</td>'
        f'<td>{SHORT}</td><td><span class="loc">f000.yaml:2:1</span></td></tr>\n'
    ) in text
    assert text.count(SHORT) == MANY - 1
    assert repeated_message(disputed(LONG).findings[0]) == SHORT
    # Linear: beyond the same page with a one-character message, the message once in
    # full and at most TEXT_LIMIT characters on each other row.
    short_page = render_html(disputed("x"))
    assert len(text) <= len(short_page) + len(LONG) + (MANY - 1) * TEXT_LIMIT


def test_short_message_is_on_every_row() -> None:
    whole = "w" * (TEXT_LIMIT - 1) + "."
    text = render_html(disputed(whole))
    assert text.count(f"<td>{whole}</td>") == MANY


def test_counts_per_code_worst_first() -> None:
    text = render_html(sample_result())
    start = text.index('<section id="codes">')
    codes = text[start : text.index("</section>", start)]
    rows = re.findall(r'<tr><td><a href="#([a-z-]+)">([A-Z]\d+)</a></td>(.*?)</tr>', codes)
    assert [(section, code) for section, code, _ in rows] == [
        ("invalid", "E101"),
        ("invalid", "E104"),
        ("refuted", "D201"),
        ("contradictions", "X301"),
        ("gaps", "D203"),
        ("disputed", "D205"),
        ("quotes", "Q402"),
        ("less-precise", "D202"),
        ("differences", "X302"),
    ]
    assert rows[2][2] == (
        '<td><span class="sev sev-error">error</span></td><td>refuted</td>'
        '<td class="n">2</td><td class="n">1</td>'
    )
    # A table on a phone too: five short columns, no cards.
    assert '<table class="t-codes">' in codes


def test_anchors_and_line_links() -> None:
    result = sample_result()
    text = render_html(result, link_root="..")
    assert not _parse(text).errors
    ids = [attrs["id"] for _, attrs in _parse(text).tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    # Every finding has an anchor, from its fingerprint; every claim one.
    assert {f"f-{f.fingerprint}" for f in result.findings} <= set(ids)
    assert {f"claim-{c.full_id}" for c in result.claims} <= set(ids)
    x301 = next(f for f in result.findings if f.code == "X301")
    assert f'<article class="finding" id="f-{x301.fingerprint}">' in text
    # Later mentions of a claim link to its anchor; locations link to their lines.
    d201 = next(f for f in result.findings if f.claims == ("yahoo-2022-12/mia-age",))
    assert (
        f'<tr id="f-{d201.fingerprint}"><td><a href="#claim-yahoo-2022-12/mia-age">'
        "yahoo-2022-12/mia-age</a></td><td>Mia Threapleton \u00b7 age</td>"
    ) in text
    assert ('<a class="loc" href="../claims/yahoo.yaml#L14">claims/yahoo.yaml:14:12</a>') in text
    # Every link within the page leads somewhere.
    hrefs = [attrs["href"] or "" for tag, attrs in _parse(text).tags if tag == "a"]
    inner = {href[1:] for href in hrefs if href.startswith("#")}
    assert inner <= set(ids)
    # Without a link root, locations are text.
    plain = render_html(result)
    assert 'href="../' not in plain
    assert '<span class="loc">claims/yahoo.yaml:14:12</span>' in plain


def test_long_cells_fold_under_details() -> None:
    claims = tuple(
        ClaimRecord(
            f"s/c{n}",
            "s",
            f"c{n}",
            "s.yaml",
            n + 1,
            1,
            "Thing",
            "theme",
            f"v{n}",
            Verdict.UNVERIFIABLE,
        )
        for n in range(60)
    )
    result = Result((), claims, (SourceRecord("s", "s.yaml", 1, "O", "T", "2022"),), ("s.yaml",))
    text = render_html(result)
    start = text.index('<table class="matrix">')
    [cell] = re.findall(r"<td>(<span class=\"v .*?)</td>", text[start:])
    # The first three open, the next 47 under "+47 more", the last ten left to the JSON.
    assert cell.count('<span class="v ') == 50
    assert cell.index("<details><summary>+47 more</summary>") > cell.index(">v2<")
    assert cell.endswith('</details><span class="sub">+10 more in consistency.json</span>')


def _claim(full_id: str, subject: str, prop: str, value: str, **extra: object) -> ClaimRecord:
    source, _, claim = full_id.partition("/")
    fields: dict[str, object] = {"verdict": Verdict.SUPPORTED, **extra}
    return ClaimRecord(
        full_id, source, claim, f"{source}.yaml", 1, 1, subject, prop, value, **fields
    )  # type: ignore[arg-type]


def test_rows_are_named_as_the_dataset_names_them() -> None:
    """The entity's first name, whichever name a source wrote first; a claim written with
    an inverse property sits in its forward row; invalid rows come after problem rows."""
    claims = (
        _claim("a/said", "Winslet", "said", "Hello", subject_id="kate-winslet"),
        _claim("b/said", "Kate Winslet", "said", "Hello", subject_id="kate-winslet"),
        _claim("a/cast", "I Am Ruth", "cast_member", "Mia", subject_id="i-am-ruth"),
        _claim(
            "b/acted",
            "Winslet",
            "acted_in",
            "I Am Ruth",
            subject_id="kate-winslet",
            forward=("i-am-ruth", "cast_member"),
        ),
        _claim("a/age", "Mia", "age", "21", subject_id="mia", verdict=Verdict.REFUTED),
        _claim("b/bad", "Zzz", "age", "3", verdict=Verdict.INVALID),
    )
    labels = {"kate-winslet": "Kate Winslet", "i-am-ruth": "I Am Ruth", "mia": "Mia Threapleton"}
    e104 = make_finding("E104", "subject Zzz names no entity", claims=("b/bad",))
    d201 = make_finding("D201", "age 21 is refuted", claims=("a/age",))
    sources = tuple(SourceRecord(s, f"{s}.yaml", 1, "O", "T", "2022") for s in "ab")
    result = Result(
        (d201, e104),
        claims,
        sources,
        ("a.yaml", "b.yaml"),
        dataset=DatasetInfo("d", "D", labels=labels),
    )
    text = render_html(result)
    page = _parse(text)
    assert page.row_headers == [
        "Mia Threapleton \u00b7 age \u26a0",
        "Zzz \u00b7 age",
        "I Am Ruth \u00b7 cast_member",
        "Kate Winslet \u00b7 said",
    ]
    assert (
        '<tr class="invalid"><th scope="row">Zzz <span class="sub">\u00b7 age</span></th>' in text
    )
    # The inverse claim shows its other end, the subject as written, and its property.
    assert (
        '<span class="v v-supported" id="claim-b/acted" title="supported: b/acted at '
        'b.yaml:1:1">Winslet (acted_in)<small>supported</small></span>'
    ) in text
    # Row labels wrap after an underscore, never inside a word.
    assert '<span class="sub">\u00b7 cast_<wbr>member</span>' in text
    # The why-rows link to the findings themselves.
    assert f'<a href="#f-{e104.fingerprint}">E104</a>' in text
    assert f'<a href="#f-{d201.fingerprint}">D201</a>' in text


def test_a_run_folds_inverse_claims_and_names_rows_by_the_dataset(tmp_path: Path) -> None:
    """Through the whole run: the records carry the forward row and the dataset's names."""
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: acted, subject: Winslet, property: acted_in, value: I Am Ruth}\n"
        "  - {id: cast, subject: I Am Ruth, property: cast_member, value: Mia}\n",
        encoding="utf-8",
    )
    result = validate([str(claims)], str(Path(__file__).parents[2] / "dataset"))
    acted = result.claim("a/acted")
    assert acted is not None and acted.forward == ("i-am-ruth", "cast_member")
    assert result.dataset is not None
    assert result.dataset.labels == {"i-am-ruth": "I Am Ruth", "kate-winslet": "Kate Winslet"}
    assert _parse(render_html(result)).row_headers == ["I Am Ruth \u00b7 cast_member"]


def test_pieces_are_the_golden_page() -> None:
    """consistency.html is written from html_pieces: joined, they are the golden page."""
    golden = (GOLDEN / "sample.html").read_text(encoding="utf-8")
    pieces = list(html_pieces(sample_result(), link_root=".."))
    assert "".join(pieces) == golden
    assert len(pieces) > 20


def test_a_large_claims_table_is_given_out_a_row_at_a_time() -> None:
    """A contradiction of 2,000 claims: the page is never one string; its largest
    piece is the head (style sheet and all), not the table."""
    result = contradiction("sources disagree")
    pieces = list(html_pieces(result))
    assert "".join(pieces) == render_html(result)
    rows = [p for p in pieces if p.startswith("<tr")]
    assert len(rows) == MANY
    assert max(len(p) for p in pieces) == len(pieces[0])
    assert len(pieces[0]) < len(render_html(result)) // 5


def test_every_file_has_a_scorecard_row_a_broken_one_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose source cannot be used has its row, its hostile id escaped (control
    and bidi characters shown as escapes); no title line, outlet or date where the header
    failed the schema. Each row's matrix column too."""
    text = render_html(broken_header_result(tmp_path, monkeypatch))
    body = text.index("<tbody>", text.index("t-scorecard"))
    numbers = [
        ("1", "1", "0", "0", "0", "0", "0", "0"),
        ("1", "0", "0", "0", "0", "0", "1", "4"),
        ("1", "1", "0", "0", "0", "0", "0", "1"),
        ("1", "0", "0", "0", "0", "0", "1", "1"),
    ]
    hostile = "&lt;script&gt;x&lt;/script&gt; | *B* `bad` [l](javascript:x)\\x1b[31m\\u202e"
    names = [
        ('a-src<div class="sub">An article</div>', "Example", "2023-01-01"),
        (hostile, "\u2014", "\u2014"),
        ('a-src@claims/c.yaml<div class="sub">The same id</div>', "Example Too", "2023-01-02"),
        ("d.yaml", "\u2014", "\u2014"),
    ]
    rows = [
        "<tr>"
        + "".join(f"<td>{cell}</td>" for cell in name)
        + "".join(f'<td class="n">{n}</td>' for n in counts)
        + "</tr>"
        for name, counts in zip(names, numbers, strict=True)
    ]
    assert text[body : text.index("</tbody>", body)] == "<tbody>\n" + "\n".join(rows) + "\n"
    head = text.index("<thead>", text.index('id="matrix"'))
    assert text[head : text.index("</thead>", head)] == (
        '<thead><tr><th scope="col">Subject \u00b7 property</th>'
        '<th scope="col">a-src<div class="sub">2023-01-01</div></th>'
        f'<th scope="col">{hostile}</th>'
        '<th scope="col">a-src@claims/c.yaml<div class="sub">2023-01-02</div></th>'
        '<th scope="col">d.yaml</th></tr>'
    )
    assert "<script>" not in text


def test_a_claim_refuted_by_a_qualifier_shows_it_on_both_sides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As in the Markdown report: the claimed cell and the dataset's name the qualifier
    that decides it, where the values alone read the same."""
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    page = render_html(validate("tests/examples/semantics", dataset="dataset"))
    assert (
        '<td>I Am Ruth · award_received</td><td><span class="v v-refuted" title="refuted">'
        "Best Single Drama, year 2022<small>refuted</small></span></td>"
        "<td>BAFTA TV Award for Single Drama, year 2023</td>"
    ) in page
