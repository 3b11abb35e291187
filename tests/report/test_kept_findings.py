"""The HTML and Markdown reports' text of each finding, kept from one run to the next:
a report is the same bytes whatever the store held, and a finding is rendered afresh
only when what it is rendered from changed, the anchors shown before it among them
(validator.report._kept_findings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from kept_store import KeptStore, claim_record
from reporting_sample import empty_result, sample_result

from validator.model.findings import Finding, Location, Severity, make_finding
from validator.model.result import ClaimRecord, DatasetInfo, Result, SourceRecord
from validator.report.html import html_parts, render_html
from validator.report.markdown import markdown_parts, render_markdown


def _html(result: Result, kept: KeptStore | None) -> str:
    parts = html_parts(result, link_root="..", kept=kept)
    return "".join(p.decode("utf-8") if isinstance(p, bytes) else p for p in parts)


def _markdown(result: Result, kept: KeptStore | None) -> str:
    return "".join(markdown_parts(result, link_root="..", kept=kept))


_REPORTS: dict[str, tuple[Callable[[Result, KeptStore | None], str], Callable[[Result], str]]] = {
    "html": (_html, lambda result: render_html(result, link_root="..")),
    "markdown": (_markdown, lambda result: render_markdown(result, link_root="..")),
}


def _claim(file: int, number: int, value: str = "22") -> ClaimRecord:
    return claim_record(file, number, value, "Mia Thr\u00e9apleton", "<b>\u202e", "mia")


def _contradiction(claims: tuple[tuple[int, int], ...], message: str = "differ") -> Finding:
    ids = tuple(f"s{file}/c{number}" for file, number in claims)
    places = tuple(Location(f"{file}.yaml", number + 2, 3) for file, number in claims)
    return make_finding("X301", message, claims=ids, locations=places, key=message)


def _result(
    findings: tuple[Finding, ...], value: str = "22", outlet: str = "O", label: str = "Mia"
) -> Result:
    """Three files of four claims each (claim 1/2 saying `value`), and `findings`."""
    sources = tuple(SourceRecord(f"s{n}", f"{n}.yaml", 1, outlet, "T", "2022") for n in range(3))
    claims = tuple(
        _claim(file, number, value if (file, number) == (1, 2) else "22")
        for file in range(3)
        for number in range(4)
    )
    dataset = DatasetInfo("d", "D", None, {"mia": label})
    files = tuple(f"{n}.yaml" for n in range(3))
    ordered = tuple(sorted(findings, key=Finding.sort_key))
    return Result(findings=ordered, claims=claims, sources=sources, files=files, dataset=dataset)


# Two contradictions naming claim 0/1: the first shown gives it its anchor, the second
# links to it; and one naming claim 1/2 alone with claims of file 2.
_FIRST = _contradiction(((0, 0), (0, 1)), "first")
_SECOND = _contradiction(((0, 1), (2, 0)), "second")
_THIRD = _contradiction(((1, 2), (2, 3)), "third")


@pytest.mark.parametrize("report", _REPORTS)
def test_the_text_is_the_reports_whatever_the_store_holds(report: str) -> None:
    parts, whole = _REPORTS[report]
    for result in (sample_result(), empty_result(), _result((_FIRST, _SECOND, _THIRD))):
        kept = KeptStore()
        assert parts(result, kept) == whole(result)  # every finding rendered and handed over
        handed = len(kept.put_names)
        assert parts(result, kept) == whole(result)  # every finding taken back
        assert len(kept.put_names) == handed
        assert len(kept.found) == handed
        assert kept.finished == 2
        assert set(kept.parts) == {report}  # apart from the other reports' texts


@pytest.mark.parametrize("report", _REPORTS)
def test_a_finding_is_rendered_afresh_only_when_what_it_shows_changed(report: str) -> None:
    parts, whole = _REPORTS[report]
    kept = KeptStore()
    parts(_result((_FIRST, _SECOND, _THIRD)), kept)
    kept.put_names.clear()
    # Claim 1/2's value changed: the finding naming it, and no other.
    changed = _result((_FIRST, _SECOND, _THIRD), value="23")
    assert parts(changed, kept) == whole(changed)
    assert len(kept.put_names) == 1
    # A source's outlet or an entity's name in the dataset: shown beside every claim.
    for other in (_result((_FIRST, _SECOND, _THIRD), outlet="P"), _result((_FIRST,), label="M")):
        kept.put_names.clear()
        assert parts(other, kept) == whole(other)
        assert len(kept.put_names) == len(other.findings)


@pytest.mark.parametrize("report", _REPORTS)
def test_a_finding_after_one_that_went_is_rendered_as_it_now_stands(
    report: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the first contradiction, the second is where claim 0/1 first appears: its
    text kept from before (a link back to the claim) is not taken."""
    # The HTML report's matrix anchors the claims it shows before any finding does.
    monkeypatch.setattr("validator.report.html.matrix_pieces", lambda *_: None)
    parts, whole = _REPORTS[report]
    kept = KeptStore()
    parts(_result((_FIRST, _SECOND, _THIRD)), kept)
    kept.put_names.clear()
    later = _result((_SECOND, _THIRD))
    assert parts(later, kept) == whole(later)
    assert len(kept.put_names) == 1  # the second; the third is taken
    # Back again: the first is taken, and marks claim 0/1 for the second, which is too.
    kept.put_names.clear()
    both = _result((_FIRST, _SECOND, _THIRD))
    assert parts(both, kept) == whole(both)
    assert kept.put_names == []


@pytest.mark.parametrize("report", _REPORTS)
def test_a_kept_text_is_taken_only_by_its_name(report: str) -> None:
    parts, whole = _REPORTS[report]
    result = _result((_FIRST, _SECOND, _THIRD))
    kept = KeptStore()
    parts(result, kept)
    kept.texts = {f"{name}x": b"planted" for name in kept.texts}
    assert parts(result, kept) == whole(result)
    # A finding marshal cannot name is rendered and not kept.
    odd = _result((replace(_FIRST, details=(("dataset", Severity.ERROR),)),))
    kept = KeptStore()
    assert parts(odd, kept) == whole(odd)
    assert kept.put_names == []
