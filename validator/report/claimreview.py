"""schema.org ClaimReview JSON-LD from a run's verdicts (`validate --claimreview FILE`).

Fact-checkers publish their conclusions as ClaimReview markup, which search engines
and fact-check tools read. One `ClaimReview` per claim whose verdict the settings
publish (by default refuted, disputed and supported), following Google's guidelines:

- `claimReviewed`: the claim in the source's own words (its excerpt) where there is
  one, else the claim as written (subject, property, value);
- `itemReviewed`: a `Claim` whose `author` is the outlet (an `Organization`), with the
  source's publication date where it is a day, and its `appearance`: the source as a
  `CreativeWork` (title, address, author);
- `reviewRating`: `ratingValue` on a 1 (false) to 5 (true) scale and a textual
  `alternateName` (see RATINGS);
- `reviewBody`: the reason of an acknowledgement written on the claim, of a finding
  it acknowledges, the fact-check's conclusion, where there is one;
- `author` and `url`: the publisher and the review's address from the settings;
- `datePublished`: the date the dataset was checked, so the same inputs give the same
  bytes (no clock is read).

The document is one JSON-LD object, `@context` https://schema.org and the reviews in
`@graph`. It is meant to be pasted into a page's `<script type="application/ld+json">`:
`<`, `>` and `&` are written as `\\u` escapes, so no claim text can close the element.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict

from .claimreview_settings import ClaimReviewSettings
from .escaping import json_safe

__all__ = ["render_claimreview"]

WORST_RATING = 1
BEST_RATING = 5
# verdict -> (ratingValue, alternateName): the mapping docs/claimreview.md documents.
RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.REFUTED: (1, "False"),
    Verdict.DISPUTED: (3, "Disputed"),
    Verdict.UNDETERMINED: (3, "Unproven"),
    Verdict.SUPPORTED: (5, "True"),
}

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(T[0-9:]+)?")
# Characters a JSON string may hold that would end or confuse an HTML <script> element.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def render_claimreview(result: Result, settings: ClaimReviewSettings) -> str:
    """The ClaimReview JSON-LD document for `result`, indented, with a final newline."""
    sources = {s.id: s for s in result.sources}
    reasons = _reasons(result)
    published = _day(result.dataset.checked) if result.dataset else None
    wanted = frozenset(settings.verdicts)
    # A source that could not be used is under an id of the run's making (its written
    # id another file's, E103): a review published at that address would move once the
    # id is fixed, so its claims have none until then.
    unpublished = frozenset(result.unusable_files.values())
    reviews = [
        _review(claim, sources.get(claim.source_id), settings, published, reasons)
        for claim in result.claims
        if claim.verdict in wanted
        and claim.verdict in RATINGS
        and claim.source_id not in unpublished
    ]
    document = {"@context": "https://schema.org", "@graph": reviews}
    # Control and bidi characters as \\u escapes, the text kept exactly (json_safe).
    text = json_safe(json.dumps(document, indent=2, ensure_ascii=False))
    return text.translate(_SCRIPT_SAFE) + "\n"


def _review(
    claim: ClaimRecord,
    source: SourceRecord | None,
    settings: ClaimReviewSettings,
    published: str | None,
    reasons: dict[str, str],
) -> dict[str, Any]:
    value, name = RATINGS[claim.verdict]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": settings.url_for(claim.source_id, claim.claim_id),
        "claimReviewed": claim.excerpt or _as_written(claim),
        "itemReviewed": _item(source),
        "author": {
            "@type": "Organization",
            "name": settings.publisher_name,
            "url": settings.publisher_url,
        },
    }
    if published is not None:
        review["datePublished"] = published
    review |= {
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
        },
    }
    reason = reasons.get(claim.full_id)
    if reason:
        review["reviewBody"] = reason
    return review


def _as_written(claim: ClaimRecord) -> str:
    """The claim in words where the source's own are not recorded."""
    return f"{claim.subject} {claim.property.replace('_', ' ')}: {claim.value}"


def _item(source: SourceRecord | None) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if source is None:
        return item
    outlet = {"@type": "Organization", "name": source.outlet}
    item["author"] = outlet
    day = _day(source.published)
    if day is not None:
        item["datePublished"] = day
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title}
    if source.url and source.url.startswith(("https://", "http://")):
        appearance["url"] = source.url
    if day is not None:
        appearance["datePublished"] = day
    appearance["publisher"] = outlet
    if source.author:
        appearance["author"] = {"@type": "Person", "name": source.author}
    item["appearance"] = appearance
    return item


def _day(text: str | None) -> str | None:
    """The day a date names, if it names one (a day, or a time on a day); None for a
    month, a year or an interval: precision beyond what was written is never invented."""
    found = _DAY.fullmatch(text or "")
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1)).isoformat()
    except ValueError:
        return None


def _reasons(result: Result) -> dict[str, str]:
    """Claim -> the reasons of the acknowledgements written on it, of the findings they
    acknowledge, in the findings' order, each once. Not every claim a finding names: an
    X303 acknowledged on a source's wrong claim gave its reason ("listing typo") to the
    review of the right one too, and a Q401 to the wording it was held against. Nor a
    baseline's entries, which are no fact-check's conclusion ("baseline: accepted when
    the baseline was written" was the body of every review of a baselined finding)."""
    found: dict[str, list[str]] = {}
    for finding in result.findings:
        reason, claim = finding.acknowledgement, finding.acknowledged_by
        if not finding.acknowledged or not reason or claim is None:
            continue
        reasons = found.setdefault(claim, [])
        if reason not in reasons:
            reasons.append(reason)
    return {claim: "\n\n".join(reasons) for claim, reasons in found.items()}
