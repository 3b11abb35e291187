"""The Markdown report (consistency.md), also fit for a GitHub Actions job summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from validator.model.findings import Finding, Location
from validator.model.result import ClaimRecord, Result, SourceRecord

from ._content import (
    INFO_LIMIT,
    Anchors,
    SourceCells,
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
from ._json_runs import Kept
from ._kept_findings import KeptFindings, lines_of
from ._markdown import (
    Line,
    MdEscaped,
    MdPlaces,
    cut_note,
    folded,
    folded_row,
    md_anchor,
    md_claim_link,
    md_diff_lines,
    md_escape,
    md_id,
    md_text,
    more,
    row,
    table_head,
)
from ._memo import Memo, characters, location_fields
from ._sections import SECTIONS, Section, findings_shown_by_section
from ._text import fragment, plural, repeated_message, shortened
from .markdown_tables import codes_lines, scorecard_lines
from .project_place import AT_ROOT, ProjectPlace

__all__ = ["markdown_parts", "markdown_pieces", "md_escape", "render_markdown"]

_CLAIMS_HEAD = table_head(["Source", "Value", "As of", "Excerpt", "Location"])


class _Renderer(SourceCells):
    def __init__(
        self,
        result: Result,
        max_rows: int | None,
        link_root: str | None,
        cell_limit: int | None = None,
        kept: Kept | None = None,
        reports: bool = True,
        place: ProjectPlace = AT_ROOT,
    ) -> None:
        self.result = result
        self.max_rows = max_rows
        self.cell_limit = cell_limit
        # Where what the limits leave out is (`cut_note`, `more`): the reports folder's
        # reports, or what --format json prints where the run writes none.
        self.reports = reports
        self.cut_note = cut_note(reports)
        self.sources: dict[str, SourceRecord] = {s.id: s for s in result.sources}
        # A claim without an as_of holds as of its source's publication.
        self.published = {s.id: s.published for s in result.sources}
        self.claim_lookup = result.claim_lookup
        self.esc = MdEscaped(cell_limit, self.cut_note)
        self.source_cells: Memo[str, str] = Memo(size=len)  # an id of any length
        # Each location as a cell, escaped and linked once (a claims table's rows, nearly
        # all new, work theirs out from their file's pieces each time: `MdPlaces.at`).
        self.places = MdPlaces(link_root, place)
        # A claim's cells but its location, made once (a claim stands in every finding's
        # table that names it); bounded by characters: its value and excerpt are any length.
        self.claim_cells = Memo(self.claim_cells_of, size=characters)
        self.claim_links: Memo[str, str] = Memo(md_claim_link)
        # Variants of one quote often differ from its majority wording the same way.
        self.diffs: Memo[str | None, tuple[str, ...]] = Memo(md_diff_lines, size=characters)
        self.anchors = Anchors()
        # Where each finding's text is kept between runs (see `markdown_parts`): not
        # with rows cut, which leave claims unanchored.
        settings = (link_root, cell_limit, *place.key)
        self.kept = None
        if kept is not None and max_rows is None:
            self.kept = KeptFindings(result, kept, "markdown", settings, self.anchors)
        # Each layout yields a section's body lines, one after another: a section of a
        # large run is never held whole (see `markdown_pieces`).
        self.layouts: dict[str, Callable[[list[Finding]], Iterable[Line]]] = {
            "claims": self.claims,
            "quotes": self.quotes,
            "refuted": self.refuted,
            "disputed": self.disputed,
            "listing": self.listing,
            "acknowledged": self.acknowledged,
            "gaps": self.gaps,
        }

    def with_outlet(self, escaped_outlet: str) -> str:
        return f" ({escaped_outlet})"

    # Anchors and links.

    def claim_mark(self, full_id: str) -> str:
        """The claim's anchor, where it first appears; nothing after that."""
        if not full_id or not self.anchors.claim_first(full_id):
            return ""
        return md_anchor(full_id)

    def finding_mark(self, finding: Finding) -> str:
        if not self.anchors.finding_first(finding):
            return ""
        return f'<a id="{finding_anchor(finding)}"></a>'

    def finding_link(self, finding: Finding) -> str:
        """The code, linked to where the finding is shown (when it is)."""
        if not self.anchors.finding_shown(finding):
            return finding.code
        return f"[{finding.code}]({fragment(finding_anchor(finding))})"

    def where(self, location: Location | None) -> str:
        """A location as text, linked to its line when the report knows where it is."""
        return "\u2014" if location is None else self.places[location]

    def claim_ref(self, full_id: str) -> str:
        """A claim id: its anchor where it first appears, later a link back to it."""
        mark = self.claim_mark(full_id)
        return mark + md_id(full_id) if mark or not full_id else self.claim_links[full_id]

    # Pieces.

    def claims_table(self, finding: Finding) -> Iterator[str]:
        # The hottest loop of the report (a contradiction can involve hundreds of
        # claims): each row is one f-string of remembered pieces.
        cells = self.claim_cells
        at = self.places.at
        seen = self.anchors.claims
        yield from _CLAIMS_HEAD
        involved = claim_places(self.result, finding)
        left_out = 0
        if self.max_rows is not None and len(finding.claims) > self.max_rows:
            left_out = len(finding.claims) - self.max_rows
            involved = islice(involved, self.max_rows)
        for full_id, location in involved:
            mark = "" if full_id in seen or not full_id else md_anchor(full_id)
            seen.add(full_id)  # `claim_mark`, inline: once per row
            where = "\u2014" if location is None else at(*location_fields(location))
            source, value, when, excerpt = cells[full_id]
            yield f"| {mark}{source} | {value} | {when} | {excerpt} | {where} |"
        if left_out:
            yield f"| \u2026 {plural(left_out, 'more claim')}; {self.cut_note} | | | | |"

    def claim_cells_of(self, full_id: str) -> tuple[str, str, str, str]:
        """A claim's cells of a claims table but its location (source, value, as of,
        excerpt): the escapes other memos hold, so remembering them copies no text."""
        record = self.claim_lookup(full_id)
        if record is None:
            return (self.source_cell(full_id, None), "\u2014", "\u2014", "\u2014")
        esc = self.esc
        source = self.source_cell(full_id, record)
        when = record.as_of or self.published.get(record.source_id, "")
        return (source, esc[record.value], esc[when], esc[record.excerpt])

    def heading(self, finding: Finding) -> str:
        subject, prop = claim_label(self.result, finding)
        parts = [finding.code] + [self.esc[p] for p in (subject, prop) if p]
        return f"### {self.finding_mark(finding)}" + " \u00b7 ".join(parts)

    def message(self, finding: Finding, *, line_start: bool = False, repeated: bool = False) -> str:
        """The message, or with `repeated` its `repeated_message`, and any acknowledgement."""
        raw = repeated_message(finding) if repeated else finding.message
        if self.cell_limit is not None:
            raw = shortened(raw, self.cell_limit, self.cut_note)
        text = md_escape(raw, line_start=line_start)
        if finding.acknowledged:
            text += f" *(acknowledged: {self.esc[finding.acknowledgement]})*"
        return text

    def claim_cell(self, finding: Finding) -> str:
        return folded([self.claim_ref(c) for c in finding.claims], self.max_rows, self.cut_note)

    def about(self, record: ClaimRecord | None) -> str:
        if record is None:
            return "\u2014"
        return f"{self.esc[subject_name(self.result, record)]} \u00b7 {self.esc[record.property]}"

    # One method per layout: each yields the section's body lines for `findings`.

    def claims(self, findings: list[Finding]) -> Iterator[Line]:
        return lines_of(self.kept, "claims", findings, self.claim_lines)

    def claim_lines(self, finding: Finding) -> Iterator[str]:
        yield from (self.heading(finding), "", self.message(finding, line_start=True), "")
        yield from self.claims_table(finding)
        yield ""

    def quotes(self, findings: list[Finding]) -> Iterator[Line]:
        return lines_of(self.kept, "quotes", findings, self.quote_lines)

    def quote_lines(self, finding: Finding) -> Iterator[str]:
        yield from (self.heading(finding), "", self.message(finding, line_start=True), "")
        yield from self.diffs[finding.detail("diff")]
        yield from self.claims_table(finding)
        yield ""

    def refuted(self, findings: list[Finding]) -> Iterator[Line]:
        yield from table_head(["Claim", "About", "Claimed", "Dataset", "Reference", "Location"])
        yield from lines_of(self.kept, "refuted", findings, lambda f: self.refuted_rows([f]))
        yield ""

    def refuted_rows(self, findings: list[Finding]) -> Iterator[str]:
        esc = self.esc
        for finding in findings:
            acknowledged = " (acknowledged)" if finding.acknowledged else ""
            held = f"{esc[finding.detail('dataset_value')]} | {esc[finding.detail('reference')]}"
            mark = self.finding_mark(finding)
            for full_id, record, location in involved_claims(self.result, finding):
                yield (
                    f"| {mark}{self.claim_ref(full_id)}{acknowledged} | {self.about(record)} "
                    f"| {esc[claimed_value(record, finding)]} | {held} | {self.where(location)} |"
                )
                mark = ""

    def disputed(self, findings: list[Finding]) -> Iterator[Line]:
        yield from table_head(["Claim", "About", "Value", "Excerpt", "Message", "Location"])
        yield from lines_of(self.kept, "disputed", findings, lambda f: self.disputed_rows([f]))
        yield ""

    def disputed_rows(self, findings: list[Finding]) -> Iterator[str]:
        esc = self.esc
        for finding in findings:
            message = self.message(finding)
            mark = self.finding_mark(finding)
            for number, (full_id, record, location) in enumerate(
                involved_claims(self.result, finding)
            ):
                if number == 1:  # the first row has the message whole
                    message = self.message(finding, repeated=True)
                    mark = ""
                if record is not None:
                    value, excerpt = esc[record.value], esc[record.excerpt]
                else:
                    value = excerpt = "\u2014"
                yield (
                    f"| {mark}{self.claim_ref(full_id)} | {self.about(record)} | {value} "
                    f"| {excerpt} | {message} | {self.where(location)} |"
                )

    def listing(self, findings: list[Finding]) -> Iterator[str]:
        yield from table_head(["Code", "Severity", "Claim", "Message", "Location"])
        yield from (
            row(
                [
                    self.finding_mark(f) + f.code,
                    f.severity.value,
                    self.claim_cell(f),
                    self.message(f),
                    self.where(f.location),
                ]
            )
            for f in findings
        )
        yield ""

    def acknowledged(self, findings: list[Finding]) -> Iterator[str]:
        yield from table_head(["Code", "Claim", "Reason", "Location"])
        yield from map(self.acknowledged_row, findings)
        yield ""

    def acknowledged_row(self, f: Finding) -> str:
        cells = [self.finding_link(f), self.claim_cell(f), self.esc[f.acknowledgement]]
        return row([*cells, self.where(f.location)])

    def gaps(self, findings: list[Finding]) -> Iterator[Line]:
        esc = self.esc
        yield from ("The dataset has nothing to check these claims against.", "")
        yield from table_head(["Subject", "Property", "Claims", "Values"])
        for subject, prop, claims in gap_groups(self.result, findings):
            values = (
                f"{self.finding_mark(finding)}{self.claim_mark(full_id)}"
                f"{esc[record.value if record else None]} "
                f"({self.where_named(full_id, record)})"
                for full_id, record, finding in claims
            )
            cells = [esc[subject], esc[prop], f"{len(claims):,}"]
            yield folded_row(cells, values, len(claims), self.max_rows, self.cut_note)
        yield ""

    def where_named(self, full_id: str, record: ClaimRecord | None) -> str:
        """A claim id linked to the claim's line, when the report knows where it is."""
        href = None if record is None else self.places.href(record.file, record.line)
        return md_id(full_id) if href is None else f"[{md_id(full_id)}]({href})"

    def section(
        self, section: Section, every: list[Finding], shown: list[Finding]
    ) -> Iterator[Line]:
        if self.max_rows is not None:
            shown = shown[: self.max_rows]
        yield from (f"## {section.title}", "")
        if shown:
            yield from self.layouts[section.layout](shown)
        omitted = len(every) - len(shown)
        if omitted:
            yield from (more(omitted, reports=self.reports), "")


def _head(result: Result) -> Iterator[str]:
    title = "# factlint report"
    if result.dataset is not None:
        title += f": {md_escape(result.dataset.title)}"
    verdict = verdict_sentence(result, "**PASS**", "**FAIL**")
    yield from (title, "", f"{verdict} {summary_counts(result)}.", "")
    meta = meta_sentence(result, md_escape)
    if meta:
        yield from (meta, "")


def render_markdown(
    result: Result,
    *,
    max_rows: int | None = None,
    link_root: str | None = None,
    cell_limit: int | None = None,
    place: ProjectPlace = AT_ROOT,
) -> str:
    """The consistency report as GitHub-flavoured Markdown: `markdown_pieces` joined."""
    pieces = markdown_pieces(
        result, max_rows=max_rows, link_root=link_root, cell_limit=cell_limit, place=place
    )
    return "".join(pieces)


def markdown_pieces(
    result: Result,
    *,
    max_rows: int | None = None,
    link_root: str | None = None,
    cell_limit: int | None = None,
    reports: bool = True,
    place: ProjectPlace = AT_ROOT,
) -> Iterator[str]:
    """The consistency report as GitHub-flavoured Markdown, a few thousand lines at a
    time (joined, `render_markdown`'s text), so that a large report is written to its
    file without ever being held whole.

    The verdict line, a scorecard per source, the findings counted per code, then the
    sections of `_sections.SECTIONS` that have findings: errors first, then warnings,
    then info, then the acknowledged ones. All claim text is escaped. Errors and
    warnings are always listed in full; info findings are capped at `INFO_LIMIT`, with a
    count of the rest. Each finding, and each claim where it first appears, has an
    anchor; long lists in a cell fold under "+N more".

    `max_rows` caps every section (and the scorecard) at that many entries, for places
    with a size limit such as a GitHub job summary (1 MiB); consistency.json always
    has everything. `link_root` is the run's folder as seen from the report's folder
    (".." for reports/): with it every location links to its line, but one outside the
    project (`place`); without, locations are plain text. `cell_limit` shortens every
    text of claims and findings to that many characters (`max_rows` caps the rows of
    claims tables and the lists in cells too), so no cell or line grows with the input.
    The notes on what these limits leave out name the reports; with `reports` false (a
    run that writes none), what --format json prints instead.
    """
    renderer = _Renderer(result, max_rows, link_root, cell_limit, reports=reports, place=place)
    return md_text(_lines(renderer))


def markdown_parts(
    result: Result,
    *,
    link_root: str | None = None,
    kept: Kept | None = None,
    place: ProjectPlace = AT_ROOT,
) -> Iterator[str]:
    """`markdown_pieces`, but, with `kept`, the lines of each finding of the sections
    shown a finding at a time taken from `kept` when it holds them rendered from what
    they would be rendered from now (see validator.report._kept_findings): joined,
    exactly `render_markdown`'s text either way."""
    return md_text(_lines(_Renderer(result, None, link_root, None, kept, place=place)))


def _lines(r: _Renderer) -> Iterator[Line]:
    yield from _head(r.result)
    scorecard = scorecard_lines(r.result, r.esc, r.max_rows, r.reports)
    yield from (*scorecard, *codes_lines(r.result))
    every, shown = findings_shown_by_section(r.result.findings, INFO_LIMIT)
    for section in SECTIONS:
        if every[section.key]:
            yield from r.section(section, every[section.key], shown[section.key])
    if r.kept is not None:
        r.kept.done()
