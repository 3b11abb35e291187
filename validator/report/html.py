"""The HTML report (consistency.html): one self-contained page.

The page loads nothing: inline CSS only, no scripts, fonts, images or network requests
(its Content-Security-Policy forbids them), and reads the same printed, on a phone or
with scripts off. Every piece of claim, source and message text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import cast

from validator.model.findings import Finding, Location
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict

from ._content import (
    INFO_LIMIT,
    Anchors,
    SourceCells,
    claim_anchor,
    claim_label,
    claim_places,
    claimed_value,
    finding_anchor,
    gap_groups,
    involved_claims,
    meta_sentence,
    subject_name,
    summary_counts,
    verdict_sentence,
)
from ._html import (
    DOT,
    Escaped,
    Places,
    claim_link,
    diff_paragraph,
    esc,
    esc_id,
    folded,
    folded_row,
    more,
    sev,
    table_pieces,
    tr,
    value_span,
)
from ._json_runs import Kept
from ._kept_findings import KeptFindings, pieces_of
from ._matrix import MATRIX_COLUMNS, MATRIX_ROWS
from ._memo import Memo, characters, location_fields
from ._sections import SECTIONS, findings_shown_by_section
from ._text import repeated_message
from .html_matrix import matrix_pieces
from .html_style import STYLE
from .html_tables import codes_table, scorecard_table
from .project_place import AT_ROOT, ProjectPlace

__all__ = ["MATRIX_COLUMNS", "MATRIX_ROWS", "esc", "html_parts", "html_pieces", "render_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


class _Renderer(SourceCells):
    def __init__(
        self, result: Result, link_root: str | None, kept: Kept | None, place: ProjectPlace
    ) -> None:
        self.result = result
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}
        # A claim without an as_of holds as of its source's publication.
        self.published = {s.id: s.published for s in result.sources}
        self.claim_lookup = result.claim_lookup
        self.esc = Escaped()
        self.dashed = Escaped(dash=True)
        self.source_cells: Memo[str, str] = Memo(size=len)  # an id of any length
        self.value_cells: Memo[tuple[str, Verdict], str] = Memo(value_span, size=len)
        # Each location as a cell, escaped and linked once (a claims table's rows, nearly
        # all new, work theirs out from their file's pieces each time: `Places.at`).
        self.places = Places(link_root, place)
        # A claim's cells, its value and excerpt of any length among them: bounded by
        # characters too (the escapes they share with `esc` outlive its own bound).
        self.claim_cells = Memo(self.claim_cells_of, size=characters)
        self.claim_links: Memo[str, str] = Memo(claim_link)
        # Variants of one quote often differ from its majority wording the same way.
        self.diffs: Memo[str | None, str] = Memo(diff_paragraph, size=len)
        self.anchors = Anchors()
        # Where each finding's text is kept between runs (see `html_parts`).
        keys = (link_root, *place.key)
        self.kept = None if kept is None else KeptFindings(result, kept, "html", keys, self.anchors)
        # Each layout yields a section's body a piece at a time: a section of a large
        # run is never held whole (see `html_pieces`).
        self.layouts: dict[str, Callable[[list[Finding]], Iterable[str | bytes]]] = {
            "claims": self.claims,
            "quotes": self.quotes,
            "refuted": self.refuted,
            "disputed": self.disputed,
            "listing": self.listing,
            "acknowledged": self.acknowledged,
            "gaps": self.gaps,
        }

    # Pieces.

    def dash(self, text: str | None) -> str:
        """`or_dash`, with the escape remembered."""
        return self.dashed[text]

    def with_outlet(self, escaped_outlet: str) -> str:
        return f'<div class="sub">{escaped_outlet}</div>'

    def value_cell(self, record: ClaimRecord | None, shown: str | None = None) -> str:
        """The record's value coloured by its verdict; `shown` in place of the value."""
        if record is None:
            return "\u2014"
        return self.value_cells[record.value if shown is None else shown, record.verdict]

    def where(self, location: Location | None) -> str:
        return "\u2014" if location is None else self.places[location]

    def claim_id(self, full_id: str) -> str:
        """A claim id: an anchor where the claim first appears, later a link to it."""
        if not full_id:
            return "\u2014"
        if self.anchors.claim_first(full_id):
            return f'<span id="{esc(claim_anchor(full_id))}">{esc_id(full_id)}</span>'
        return self.claim_links[full_id]

    def row_id(self, full_id: str) -> str:
        """` id="claim-…"` for a table row, where the claim first appears."""
        if full_id and self.anchors.claim_first(full_id):
            return f' id="{esc(claim_anchor(full_id))}"'
        return ""

    def finding_id(self, finding: Finding) -> str:
        """` id="f-…"` for the element that shows a finding, the first time."""
        if self.anchors.finding_first(finding):
            return f' id="{finding_anchor(finding)}"'
        return ""

    def claims_table(self, finding: Finding) -> Iterator[str]:
        return table_pieces("claims", self.claim_rows(finding))

    def claim_rows(self, finding: Finding) -> Iterator[str]:
        # The hottest loop of the report (a contradiction can involve hundreds of
        # claims, and a claim stands in the table of every finding that names it):
        # each row is one f-string of a claim's remembered cells and its location.
        cells = self.claim_cells
        at = self.places.at
        seen = self.anchors.claims
        for full_id, location in claim_places(self.result, finding):
            mark = "" if full_id in seen else self.row_id(full_id)
            where = "\u2014" if location is None else at(*location_fields(location))
            source, value, when, excerpt = cells[full_id]
            yield (
                f"<tr{mark}><td>{source}</td><td>{value}</td><td>{when}</td><td>{excerpt}</td>"
                f"<td>{where}</td></tr>\n"
            )

    def claim_cells_of(self, full_id: str) -> tuple[str, str, str, str]:
        """A claim's cells of a claims table but its location (source, value, as of,
        excerpt): the escapes other memos hold, so remembering them copies no text."""
        record = self.claim_lookup(full_id)
        if record is None:
            return (self.source_cell(full_id, None), "\u2014", "\u2014", "\u2014")
        source = self.source_cell(full_id, record)
        when = record.as_of or self.published.get(record.source_id, "")
        return (source, self.value_cell(record), self.dashed[when], self.dashed[record.excerpt])

    def ack(self, finding: Finding) -> str:
        if not finding.acknowledged:
            return ""
        return f' <span class="ack">acknowledged: {self.esc[finding.acknowledgement]}</span>'

    def message(self, finding: Finding, *, repeated: bool = False) -> str:
        """The message, or with `repeated` its `repeated_message`, and any acknowledgement."""
        raw = repeated_message(finding) if repeated else finding.message
        return esc(raw) + self.ack(finding)

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code] + [self.esc[p] for p in (subject, prop) if p]
        return f"<h3>{DOT.join(parts)} {sev(finding.severity)}</h3>\n"

    def claim_ids(self, finding: Finding) -> str:
        return folded([self.claim_id(c) for c in finding.claims])

    def about(self, record: ClaimRecord | None) -> str:
        if record is None:
            return "\u2014"
        return f"{self.esc[subject_name(self.result, record)]} \u00b7 {self.esc[record.property]}"

    # Layouts: each renders a section's findings as HTML, a piece at a time.

    def each(
        self, layout: str, findings: list[Finding], render: Callable[[Finding], Iterable[str]]
    ) -> Iterable[str | bytes]:
        return pieces_of(self.kept, layout, findings, render)  # or their kept texts

    def claims(self, findings: list[Finding]) -> Iterable[str | bytes]:
        return self.each("claims", findings, self.article)

    def quotes(self, findings: list[Finding]) -> Iterable[str | bytes]:
        return self.each(
            "quotes", findings, lambda f: self.article(f, self.diffs[f.detail("diff")])
        )

    def article(self, f: Finding, diff_html: str = "") -> Iterator[str]:
        """A finding with its message, any diff, and the table of its claims."""
        yield (
            f'<article class="finding"{self.finding_id(f)}>\n{self.heading(f)}'
            f"<p>{self.message(f)}</p>\n{diff_html}"
        )
        yield from self.claims_table(f)
        yield "</article>\n"

    def refuted(self, findings: list[Finding]) -> Iterator[str | bytes]:
        rows = self.each("refuted", findings, lambda f: self.refuted_rows([f]))
        return table_pieces("refuted", rows)

    def refuted_rows(self, findings: list[Finding]) -> Iterator[str]:
        for f in findings:
            ack = self.ack(f)
            dataset = self.dash(f.detail("dataset_value"))
            reference = self.dash(f.detail("reference"))
            mark = self.finding_id(f)
            for full_id, record, location in involved_claims(self.result, f):
                yield (
                    f"<tr{mark}><td>{self.claim_id(full_id)}{ack}</td><td>{self.about(record)}</td>"
                    f"<td>{self.value_cell(record, claimed_value(record, f))}</td>"
                    f"<td>{dataset}</td><td>{reference}</td><td>{self.where(location)}</td></tr>\n"
                )
                mark = ""

    def disputed(self, findings: list[Finding]) -> Iterator[str | bytes]:
        rows = self.each("disputed", findings, lambda f: self.disputed_rows([f]))
        return table_pieces("disputed", rows)

    def disputed_rows(self, findings: list[Finding]) -> Iterator[str]:
        for f in findings:
            message = self.message(f)
            mark = self.finding_id(f)
            for number, (full_id, record, location) in enumerate(involved_claims(self.result, f)):
                if number == 1:  # the first row has the message whole
                    message = self.message(f, repeated=True)
                    mark = ""
                excerpt = self.dash(record.excerpt) if record is not None else "\u2014"
                yield (
                    f"<tr{mark}><td>{self.claim_id(full_id)}</td><td>{self.about(record)}</td>"
                    f"<td>{self.value_cell(record)}</td><td>{excerpt}</td>"
                    f"<td>{message}</td><td>{self.where(location)}</td></tr>\n"
                )

    def listing(self, findings: list[Finding]) -> Iterator[str]:
        rows = (
            f"<tr{self.finding_id(f)}><td>{f.code}</td><td>{sev(f.severity)}</td>"
            f"<td>{self.claim_ids(f)}</td><td>{self.message(f)}</td>"
            f"<td>{self.where(f.location)}</td></tr>\n"
            for f in findings
        )
        return table_pieces("listing", rows)

    def finding_link(self, finding: Finding) -> str:
        """The code, linked to where the finding is shown (when it is)."""
        if not self.anchors.finding_shown(finding):
            return finding.code
        return f'<a href="#{finding_anchor(finding)}">{finding.code}</a>'

    def acknowledged(self, findings: list[Finding]) -> Iterator[str]:
        return table_pieces("acknowledged", map(self.acknowledged_row, findings))

    def acknowledged_row(self, f: Finding) -> str:
        cells = [self.finding_link(f), self.claim_ids(f), self.dash(f.acknowledgement)]
        return tr([*cells, self.where(f.location)])

    def gap_value(self, full_id: str, record: ClaimRecord | None, finding: Finding) -> str:
        mark = self.finding_id(finding) or self.row_id(full_id)
        value = self.dash(record.value if record else None)
        href = self.places.href(record.file, record.line) if record else None
        name = esc_id(full_id) if href is None else f'<a href="{href}">{esc_id(full_id)}</a>'
        return f'<span{mark}>{value} <span class="sub">{name}</span></span>'

    def gaps(self, findings: list[Finding]) -> Iterator[str]:
        yield "<p>The dataset has nothing to check these claims against.</p>\n"
        yield from table_pieces("gaps", self.gap_rows(findings))

    def gap_rows(self, findings: list[Finding]) -> Iterator[str]:
        for subject, prop, claims in gap_groups(self.result, findings):
            cells = [self.dash(subject), self.dash(prop), f"{len(claims):,}"]
            values = (self.gap_value(*claim) for claim in claims)
            yield from folded_row(cells, values, len(claims))

    def sections(self) -> list[tuple[str, str, Iterable[str | bytes]]]:
        """(key, title, body) of each section with findings, in the report's order;
        each body is rendered only as it is read, in this order."""
        every, shown = findings_shown_by_section(self.result.findings, INFO_LIMIT)
        out: list[tuple[str, str, Iterable[str | bytes]]] = []
        for section in SECTIONS:
            entries = shown[section.key]
            if every[section.key]:
                omitted = len(every[section.key]) - len(entries)
                out.append(
                    (section.key, section.title, self.body(section.layout, entries, omitted))
                )
        return out

    def body(self, layout: str, entries: list[Finding], omitted: int) -> Iterator[str | bytes]:
        """A section's body: its `entries` in `layout`, then a note of the `omitted`."""
        if entries:
            yield from self.layouts[layout](entries)
        if omitted:
            yield more(omitted)


def _meta(result: Result) -> str:
    meta = meta_sentence(result, esc)
    return f'<p class="meta">{meta}</p>\n' if meta else ""


def render_html(
    result: Result, *, link_root: str | None = None, place: ProjectPlace = AT_ROOT
) -> str:
    """The consistency report as one self-contained HTML5 page: `html_pieces` joined."""
    return "".join(html_pieces(result, link_root=link_root, place=place))


def html_pieces(
    result: Result, *, link_root: str | None = None, place: ProjectPlace = AT_ROOT
) -> Iterator[str]:
    """The consistency report as one self-contained HTML5 page, a piece at a time
    (joined, `render_html`'s text), so that a large report is written to its file
    without ever being held whole.

    The same sections as the Markdown report, plus a matrix of subject/property rows
    against source columns coloured by verdict (the verdict is also written out, so
    colour is never the only cue). Every finding has an anchor (`#f-` and its
    fingerprint), and every claim one where it first appears (`#claim-` and its full
    id); with `link_root`, the run's folder as seen from the report's folder, every
    location links to its line, but one outside the project (`place`). Its size stays
    bounded on large corpora: the matrix shows at most `MATRIX_ROWS` rows and
    `MATRIX_COLUMNS` sources, and info findings are capped at `INFO_LIMIT`.
    """
    return cast(Iterator[str], _pieces(_Renderer(result, link_root, None, place)))


def html_parts(
    result: Result,
    *,
    link_root: str | None = None,
    kept: Kept | None = None,
    place: ProjectPlace = AT_ROOT,
) -> Iterator[str | bytes]:
    """`html_pieces`, but, with `kept`, the text of each finding of the sections shown
    a finding at a time as one piece, taken from `kept` as UTF-8 bytes when it holds
    the text of the finding rendered from what it would be rendered from now (see
    validator.report._kept_findings). Encoded and joined, the pieces are exactly
    `render_html`'s text either way."""
    return _pieces(_Renderer(result, link_root, kept, place))


def _pieces(r: _Renderer) -> Iterator[str | bytes]:
    result = r.result
    title = "factlint report"
    if result.dataset is not None:
        title += f": {result.dataset.title}"
    outcome = "pass" if result.passed else "fail"
    verdict = verdict_sentence(result, "<strong>PASS</strong>", "<strong>FAIL</strong>")
    sections: list[tuple[str, str, Iterable[str | bytes]]] = [
        ("scorecard", "Scorecard", scorecard_table(result, r.dash))
    ]
    codes = codes_table(result)
    if codes:
        sections.append(("codes", "Findings by code", codes))
    # The matrix anchors the claims it shows as it is written: it comes before the
    # findings, whose sections are rendered as they are written too.
    matrix = matrix_pieces(result, r.esc, r.anchors)
    if matrix is not None:
        sections.append(("matrix", "Matrix", matrix))
    sections += r.sections()
    nav = "".join(f'<li><a href="#{key}">{label}</a></li>' for key, label, _ in sections)
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{esc(title)}</h1>\n"
        f'<p class="verdict {outcome}">{verdict} {summary_counts(result)}.</p>\n'
        f"{_meta(result)}"
        f'<nav aria-label="Sections"><ul>{nav}</ul></nav>\n</header>\n'
        "<main>\n"
    )
    for key, label, body in sections:
        yield f'<section id="{key}">\n<h2>{label}</h2>\n'
        yield from (body,) if isinstance(body, str) else body
        yield "</section>\n"
    yield "</main>\n</body>\n</html>\n"
    if r.kept is not None:
        r.kept.done()
