"""The HTML and Markdown reports' findings a finding at a time, each one's text kept from
one run to the next (see validator.report._json_runs for the JSON report's).

Re-run with one file changed, nearly every finding and every claim it shows are what
they were, and so is its text: a contradiction's article, a quote variant's with its
diff, a refuted or disputed claim's rows. Each is named by a digest of everything its
text is rendered from, and its text asked of a `Kept` store by that name before it is
rendered afresh (and handed to the store):

- every field of the finding (`RunNames`, as the JSON report names its findings);
- for each claim it names, every field but the explanation (which no table shows) of
  every record of the claim's file: one digest a file, worked out once for the run;
- every field of every source (a claim's cells show its source's outlet, and the
  publication date a claim without `as_of` holds at) and the dataset's name of every
  entity the claims are about: one digest for the run, so that a change there renders
  every finding afresh;
- the report's own settings (the folder links are relative to) and the layout;
- what the report has shown before it: whether each of the claims already has its
  anchor (a claim's first appearance carries it, later ones link to it), and whether
  the finding's does.

Rendering a finding leaves every claim it names anchored, and the finding too; taken
from the store, the same is marked, so what follows is rendered as it would have been.
tests/report/test_kept_findings.py holds each layout to both. The layouts that list
findings in a table of their own or group them (gaps, by subject) are short, and
rendered afresh.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any

from validator.model.findings import Finding
from validator.model.result import Result

from ._content import Anchors, finding_anchor
from ._json_runs import Kept, names_of
from ._markdown import Line

__all__ = ["KeptFindings", "lines_of", "pieces_of"]


class KeptFindings:
    """Names each finding of `result` as rendered by one report (`report`, with its
    `settings`: plain values) at the point its `anchors` have reached, and gives out
    each one's text, kept or rendered."""

    def __init__(
        self,
        result: Result,
        kept: Kept,
        report: str,
        settings: tuple[Any, ...],
        anchors: Anchors,
    ) -> None:
        self.kept = kept.part(report)
        self.prefix = f"{report}\0".encode()
        self.settings = settings
        self.anchors = anchors
        self.names = names_of(result)

    def name(self, layout: str, finding: Finding) -> str | None:
        """The name of `finding`'s text in `layout`, here and now; None when a field
        marshal does not take (its text is then rendered and not kept)."""
        names = self.names
        named = names.finding(finding)
        if named is None:
            return None
        claims = finding.claims
        try:
            records = b"".join(map(names.claims.__getitem__, claims))  # type: ignore[arg-type]
            fields_ = (
                names.base,
                self.settings,
                layout,
                named,
                records,
                bytes(map(self.anchors.claims.__contains__, claims)),
                finding_anchor(finding) in self.anchors.findings,
            )
            dumped = marshal.dumps(fields_, 2)
        except (TypeError, ValueError):  # a file's records, or a setting, not named
            return None
        return hashlib.blake2b(self.prefix + dumped, digest_size=20).hexdigest()

    def shown(self, finding: Finding) -> None:
        """Mark what rendering `finding` marks: its anchor and its claims'. (The
        Markdown report marks a claim with no id too, the HTML report not: neither
        reads that mark, and a name holds it, so either way is rendered alike.)"""
        self.anchors.findings.add(finding_anchor(finding))
        self.anchors.claims.update(finding.claims)

    def each(
        self,
        layout: str,
        findings: Iterable[Finding],
        render: Callable[[Finding], str],
    ) -> Iterator[str | bytes]:
        """The text of each of `findings` in `layout`: taken from the store by its name,
        as the UTF-8 bytes kept, or `render`ed and handed to the store."""
        kept = self.kept
        for finding in findings:
            named = self.name(layout, finding)
            found = None if named is None else kept.get(named)
            if found is not None:
                self.shown(finding)
                yield found
                continue
            text = render(finding)
            if named is not None:
                kept.put(named, text.encode("utf-8"))
            yield text

    def done(self) -> None:
        """Once every finding's text is given out: what was handed over is written."""
        self.kept.done()


def pieces_of(
    kept: KeptFindings | None,
    layout: str,
    findings: Iterable[Finding],
    render: Callable[[Finding], Iterable[str]],
) -> Iterable[str | bytes]:
    """The pieces `render` gives for each of `findings` (the HTML report's), or with
    `kept` each finding's text as one piece, kept or rendered."""
    if kept is None:
        return chain.from_iterable(map(render, findings))
    return kept.each(layout, findings, lambda finding: "".join(render(finding)))


def lines_of(
    kept: KeptFindings | None,
    layout: str,
    findings: Iterable[Finding],
    render: Callable[[Finding], Iterable[str]],
) -> Iterator[Line]:
    """The lines `render` gives for each of `findings` (the Markdown report's), or with
    `kept` each finding's lines as one text with line breaks inside, given as a line in
    parts (so that it is written as it is, not gathered with the lines around it): its
    empty lines at the end given apart, as a document's last empty lines are left out."""
    if kept is None:
        yield from chain.from_iterable(map(render, findings))
        return
    each = kept.each(layout, findings, lambda f: "".join(line + "\n" for line in render(f)))
    for piece in each:
        text = piece.decode("utf-8") if isinstance(piece, bytes) else piece
        body = text.rstrip("\n")
        if body:  # every line ended in a break, the last one's too
            yield iter((body,))
            yield from [""] * (len(text) - len(body) - 1)
        else:  # empty lines only, or none
            yield from [""] * len(text)
