"""The HTML report: self-contained, escaped, with the matrix, bounded in size."""

from __future__ import annotations

import re
from html import escape as html_escape
from html.parser import HTMLParser

from reporting_sample import LONG, MANY, check_golden, disputed, empty_result, sample_result

from validator.findings import Finding, Location, make_finding
from validator.reporters._text import (
    TEXT_LIMIT,
    repeated_message,
)
from validator.reporters.html import MATRIX_COLUMNS, MATRIX_ROWS, esc, render_html
from validator.result import ClaimRecord, Result, SourceRecord, Verdict

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
    check_golden("sample.html", render_html(sample_result()))


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
    assert "her 21-year-old daughter\ufffd[31m" in text


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
    assert (
        '<span class="v v-refuted" title="refuted: yahoo-2022-12/mia-age at '
        'claims/yahoo.yaml:14:12">21<small>refuted</small>'
        '<small class="x">contradicted</small></span>'
    ) in text
    assert (
        '<span class="v v-disputed" title="disputed: tyla-2022-12-07/casting at '
        'claims/tyla.yaml:17:12">Kate Winslet<small>disputed</small></span>'
    ) in text


def test_sections() -> None:
    text = render_html(sample_result())
    assert re.findall(r'<section id="([a-z]+)">', text) == [
        "scorecard",
        "matrix",
        "contradictions",
        "differences",
        "refuted",
        "disputed",
        "quotes",
        "other",
        "acknowledged",
        "gaps",
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
    assert esc("nul\x00 bell\x07 tab\t") == "nul\ufffd bell\ufffd tab\t"
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
        illegal = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]"
        expected = html_escape(re.sub(illegal, "\ufffd", sample))
        assert esc(sample) == expected, sample


# LONG cut for the rows after the first: the note for 200,000 characters takes 68, which
# leaves 931 of the 1,000 for the text; the 931st character starts the 94th word, so the
# cut is at the space before it (93 words of 9 and 92 spaces: 929 characters).
SHORT = (
    " ".join(f"{i:09d}" for i in range(93))
    + " \u2026 (199071 more characters; the row of s000/c0000 above has it whole)"
)


def test_long_message_is_whole_once_in_a_table() -> None:
    text = render_html(disputed(LONG))
    assert not _parse(text).errors
    assert text.count(LONG) == 1
    assert (
        '<tr><td>s000/c0001</td><td>Thing \u00b7 prop</td><td><span class="v v-disputed" '
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
