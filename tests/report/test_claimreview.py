"""The ClaimReview JSON-LD (`--claimreview`): the golden file, Google's ClaimReview
requirements checked on every object, a round trip through pyld with a local
schema.org context, the settings and the command."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from broken_headers import broken_header_result
from pyld import jsonld  # type: ignore[import-untyped]
from reporting_sample import check_golden, empty_result, sample_result

from validator import validate
from validator.cli.main import main
from validator.model.result import Verdict
from validator.report import render_claimreview
from validator.report.claimreview_settings import ClaimReviewSettings

ROOT = Path(__file__).resolve().parents[2]
# A part of schema.org's JSON-LD context: the terms factlint writes, in the published
# context's form (each term its schema.org IRI, `url` an @id, dates typed schema:Date),
# and no @vocab, so that expansion drops a misspelt or unknown term and the round trip
# catches it.
CONTEXT = json.loads((ROOT / "tests" / "jsonld" / "schemaorg-context.jsonld").read_text())
SETTINGS = ClaimReviewSettings(
    "Example Fact-Check Desk",
    "https://factcheck.example.org",
    "https://factcheck.example.org/reviews/{source}/{claim}",
)


def local_loader(url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Serves schema.org's context from the file above; nothing is fetched."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the round trip tried to load {url}")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


# -- Google's ClaimReview requirements --------------------------------------------------

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEB = re.compile(r"https?://[^\s/]+(/\S*)?")


def _day(value: object) -> None:
    assert isinstance(value, str) and _ISO_DAY.fullmatch(value), value
    date.fromisoformat(value)


def _party(value: object) -> None:
    assert isinstance(value, dict)
    assert value["@type"] in ("Organization", "Person")
    assert isinstance(value["name"], str) and value["name"].strip()
    assert set(value) <= {"@type", "name", "url"}
    if "url" in value:
        assert _WEB.fullmatch(value["url"])


def check_guidelines(review: dict[str, Any]) -> None:
    """One ClaimReview against Google's structured-data guidelines: the required
    properties (claimReviewed, reviewRating with alternateName, url), the recommended
    ones (author, datePublished, itemReviewed as a Claim with author, datePublished
    and appearance), their types and the rating's range."""
    allowed = {"@type", "url", "claimReviewed", "itemReviewed", "author", "datePublished"}
    assert set(review) <= allowed | {"reviewRating", "reviewBody"}
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
    assert _WEB.fullmatch(review["url"])
    _party(review["author"])
    _day(review["datePublished"])
    rating = review["reviewRating"]
    assert set(rating) == {"@type", "ratingValue", "bestRating", "worstRating", "alternateName"}
    assert rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str) and rating["alternateName"].strip()
    worst, value, best = rating["worstRating"], rating["ratingValue"], rating["bestRating"]
    assert all(type(n) is int for n in (worst, value, best))
    assert 1 <= worst <= value <= best and worst < best
    if "reviewBody" in review:
        assert isinstance(review["reviewBody"], str) and review["reviewBody"].strip()
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert set(item) <= {"@type", "author", "datePublished", "appearance"}
    _party(item["author"])
    if "datePublished" in item:
        _day(item["datePublished"])
    appearance = item["appearance"]
    assert appearance["@type"] == "CreativeWork"
    assert set(appearance) <= {"@type", "headline", "url", "datePublished", "publisher", "author"}
    assert isinstance(appearance["headline"], str)
    if "url" in appearance:
        assert _WEB.fullmatch(appearance["url"])
    if "datePublished" in appearance:
        _day(appearance["datePublished"])
    _party(appearance["publisher"])
    if "author" in appearance:
        _party(appearance["author"])


def reviews(text: str) -> list[dict[str, Any]]:
    document = json.loads(text)
    assert document["@context"] == "https://schema.org"
    assert set(document) == {"@context", "@graph"}
    found: list[dict[str, Any]] = document["@graph"]
    return found


# -- the golden file and the sample -----------------------------------------------------


def test_golden() -> None:
    check_golden("sample.claimreview.jsonld", render_claimreview(sample_result(), SETTINGS))


def test_the_sample_passes_the_guidelines_and_rates_what_the_settings_ask() -> None:
    found = reviews(render_claimreview(sample_result(), SETTINGS))
    result = sample_result()
    wanted = [
        c
        for c in result.claims
        if c.verdict in (Verdict.REFUTED, Verdict.DISPUTED, Verdict.SUPPORTED)
    ]
    assert [r["url"].rsplit("/", 2)[1:] for r in found] == [
        [c.source_id, c.claim_id] for c in wanted
    ]
    for review in found:
        check_guidelines(review)
    only_refuted = ClaimReviewSettings(
        SETTINGS.publisher_name, SETTINGS.publisher_url, SETTINGS.review_url, (Verdict.REFUTED,)
    )
    found = reviews(render_claimreview(result, only_refuted))
    assert {r["reviewRating"]["alternateName"] for r in found} == {"False"}
    assert len(found) == sum(1 for c in result.claims if c.verdict is Verdict.REFUTED)


def test_no_claims_is_an_empty_graph() -> None:
    assert render_claimreview(empty_result(), SETTINGS) == (
        '{\n  "@context": "https://schema.org",\n  "@graph": []\n}\n'
    )


# -- the shipped claims: the run of the issue ---------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> str:
    result = validate(str(ROOT / "claims"), dataset=str(ROOT / "dataset"), today=date(2026, 11, 21))
    return render_claimreview(result, SETTINGS)


def test_yahoos_21_year_old_mia_is_rated_false_with_the_fact_checks_conclusion(
    shipped: str,
) -> None:
    (review,) = [r for r in reviews(shipped) if r["url"].endswith("/yahoo-2022-12/mia-age")]
    assert review == {
        "@type": "ClaimReview",
        "url": "https://factcheck.example.org/reviews/yahoo-2022-12/mia-age",
        "claimReviewed": "The actor shares the screen with 21-year-old Mia in family "
        "drama I Am Ruth",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "Yahoo UK"},
            "appearance": {
                "@type": "CreativeWork",
                "headline": "Kate Winslet 'blown away' by daughter as they co-starred "
                "in drama I Am Ruth",
                "publisher": {"@type": "Organization", "name": "Yahoo UK"},
            },
        },
        "author": {
            "@type": "Organization",
            "name": "Example Fact-Check Desk",
            "url": "https://factcheck.example.org",
        },
        "datePublished": "2026-11-21",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "False",
        },
        "reviewBody": "Wrong when published: Mia Threapleton was born on 12 October 2000 and "
        "turned 22 in October 2022, so she was 22 throughout 1-8 December 2022 (Tyla's "
        '"22-year-old" is right).',
    }


def test_every_shipped_review_passes_the_guidelines(shipped: str) -> None:
    found = reviews(shipped)
    assert len(found) == 57  # 53 supported, 2 refuted, 2 disputed
    for review in found:
        check_guidelines(review)
    tyla = [r for r in found if "/tyla-2022-12-07/" in r["url"]]
    # A day as the source's date: the claim's and its appearance's publication date.
    assert {r["itemReviewed"]["datePublished"] for r in tyla} == {"2022-12-07"}
    # An interval ("2022-12-01..2022-12-08") or an open start is no day: no date invented.
    assert all("datePublished" not in r["itemReviewed"] for r in found if r not in tyla)


def test_the_round_trip_through_pyld_loses_nothing(shipped: str) -> None:
    document = json.loads(shipped)
    options = {"documentLoader": local_loader}
    expanded = jsonld.expand(document, options)
    assert len(expanded) == len(document["@graph"])
    compacted = jsonld.compact(expanded, "https://schema.org", options)
    assert compacted == document
    # And nothing fell through: every value written is in the expanded form.
    assert _leaves(document["@graph"]) == _leaves(expanded)


def _leaves(value: object) -> int:
    """Scalars, the @type and @value of expanded nodes counted once."""
    if isinstance(value, dict):
        if "@value" in value:
            return 1
        return sum(_leaves(v) for k, v in value.items() if k != "@context")
    if isinstance(value, list):
        return sum(_leaves(v) for v in value)
    return 1


def test_a_misspelt_term_would_be_caught_by_the_round_trip(shipped: str) -> None:
    document = json.loads(shipped)
    document["@graph"][0]["claimReviewd"] = document["@graph"][0].pop("claimReviewed")
    expanded = jsonld.expand(document, {"documentLoader": local_loader})
    assert _leaves(document["@graph"]) > _leaves(expanded)


# -- escaping ---------------------------------------------------------------------------


def test_claim_text_cannot_close_the_script_element_it_is_pasted_into() -> None:
    result = sample_result()
    claim = result.claims[0]
    hostile = claim._replace(
        verdict=Verdict.REFUTED, excerpt='</script><script>alert("&")</script>\u2028'
    )
    changed = type(result)(
        findings=(),
        claims=(hostile,),
        sources=result.sources,
        files=result.files,
        dataset=result.dataset,
    )
    text = render_claimreview(changed, SETTINGS)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert reviews(text)[0]["claimReviewed"] == '</script><script>alert("&")</script>\u2028'


# -- the command --------------------------------------------------------------------------


def test_the_command_writes_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "reviews.jsonld"
    argv = ["claims", "--no-reports", "--no-cache", "-q", "--claimreview", str(out)]
    assert main(argv) == 0
    capsys.readouterr()
    found = reviews(out.read_text(encoding="utf-8"))
    assert len(found) == 57
    assert any(r["url"].endswith("/yahoo-2022-12/mia-age") for r in found)


def test_the_command_without_a_publisher_is_exit_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text('fail-on = "error"\n')
    argv = [str(ROOT / "claims"), "--dataset", str(ROOT / "dataset"), "--no-reports", "--no-cache"]
    assert main([*argv, "--config", "factlint.toml", "--claimreview", "out.jsonld"]) == 2
    assert capsys.readouterr().err == (
        "validate: configuration: factlint.toml: --claimreview needs the reviews' publisher "
        'and address: add publisher = {name = "…", url = "https://…"} and '
        'review-url = "https://…/{source}/{claim}" to factlint.toml\n'
    )
    assert not (tmp_path / "out.jsonld").exists()
    # A pyproject.toml takes them in its table. (A factlint.toml was told to add the
    # table, which then left its other settings unread.)
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nfail-on = "error"\n')
    assert main([*argv, "--config", "pyproject.toml", "--claimreview", "out.jsonld"]) == 2
    assert capsys.readouterr().err.endswith('"https://…/{source}/{claim}" to [tool.factlint]\n')


def test_a_reason_is_the_body_of_the_review_of_the_claim_it_is_written_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An X303 acknowledged on the listing's wrong day gave its reason to the review of
    its right one too, rated True; a baseline's entry, no fact-check's conclusion, was
    the body of the review of every claim its findings named."""
    monkeypatch.chdir(tmp_path)
    files = {
        "listing.yaml": "source: {id: listing, outlet: Listings, title: This week, "
        "published: 2022-12-04}\nclaims:\n"
        "  - {id: right, subject: I Am Ruth, property: first_broadcast, value: 2022-12-08}\n"
        "  - {id: wrong, subject: I Am Ruth, property: first_broadcast, value: 2022-12-15,\n"
        "     acknowledge: [{code: X303, reason: The listing's typo}]}\n",
        "blurb.yaml": "source: {id: blurb, outlet: Blurb, title: Tonight, "
        "published: 2022-12-05}\nclaims:\n"
        "  - {id: age, subject: Mia Threapleton, property: age, value: 21}\n",
        "factlint.toml": 'publisher = {name = "Desk", url = "https://desk.example"}\n'
        'review-url = "https://desk.example/{source}/{claim}"\n',
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = ["--no-cache", "--no-reports", "-q", "--dataset", str(ROOT / "dataset")]
    assert main(["blurb.yaml", *run, "--write-baseline", "baseline.json"]) == 0
    argv = [".", *run, "--baseline", "baseline.json", "--claimreview", "out.jsonld"]
    assert main(argv) == 1  # the listing's D201 is no one's conclusion yet
    assert [
        (r["url"], r["reviewRating"]["alternateName"], r.get("reviewBody"))
        for r in reviews((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    ] == [
        ("https://desk.example/blurb/age", "False", None),
        ("https://desk.example/listing/right", "True", None),
        ("https://desk.example/listing/wrong", "False", "The listing's typo"),
    ]


def test_the_sources_rows_change_no_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No claim of a file whose source cannot be used is reviewed: most have no rating,
    and the claim of the file whose id an earlier file has (E103), supported under an id
    of the run's making, gets no review at an address that moves once its id is fixed."""
    result = broken_header_result(tmp_path, monkeypatch)
    assert [(c.full_id, c.verdict) for c in result.claims if c.file == "claims/c.yaml"] == [
        ("a-src/c1@claims/c.yaml", Verdict.SUPPORTED)
    ]
    assert [r["url"] for r in reviews(render_claimreview(result, SETTINGS))] == [
        "https://factcheck.example.org/reviews/a-src/c1"
    ]
