"""The S501 findings: one per source at most, never one per pair; two sources at one
address reported at the second's url and counted once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.model.findings import Location
from validator.model.result import ClaimRecord, SharedWording, SourceRecord, Verdict
from validator.report import render_json
from validator.rules.shared_findings import wording_findings
from validator.rules.wording import WIDELY_SHARED, shared_wording

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))

PRESS = (
    "It was really staggering how alarmingly free Mia and I were able to be, which I "
    "hadn't imagined, and that was quite difficult for both of us."
)


def _quote(source: str, value: str = PRESS) -> ClaimRecord:
    return ClaimRecord(
        full_id=f"{source}/quote",
        source_id=source,
        claim_id="quote",
        file=f"claims/{source}.yaml",
        line=7,
        column=5,
        subject="Kate Winslet",
        property="said",
        value=value,
        verdict=Verdict.SUPPORTED,
        subject_id="kate-winslet",
    )


def _findings(records: list[ClaimRecord]) -> list[tuple[str, tuple[str, ...]]]:
    found = wording_findings(
        shared_wording(records, DATASET), {r.full_id: r for r in records}, DATASET, ()
    )
    return [(f.message, f.claims) for f in found]


def test_a_dense_group_is_one_finding_per_source_naming_three_others() -> None:
    records = [_quote(f"s{n}") for n in range(5)]
    assert len(shared_wording(records, DATASET)) == 10
    assert _findings(records) == [
        (
            "s0 shares passages word for word (runs of 12 or more words) with 4 sources, "
            "s1, s2, s3, and 1 more, in its claim quote; the 5 sources of its group are not "
            "independent confirmations: where sources are counted, they count once",
            ("s0/quote", "s1/quote", "s2/quote", "s3/quote"),
        ),
        (
            "s1 shares passages word for word (runs of 12 or more words) with 3 sources, "
            "s2, s3, and s4, in its claim quote; the 5 sources of its group are not "
            "independent confirmations: where sources are counted, they count once",
            ("s1/quote", "s2/quote", "s3/quote", "s4/quote"),
        ),
        (
            "s2 shares passages word for word (runs of 12 or more words) with 2 sources, "
            "s3 and s4, in its claim quote; the 5 sources of its group are not independent "
            "confirmations: where sources are counted, they count once",
            ("s2/quote", "s3/quote", "s4/quote"),
        ),
        (
            "s3 shares passages word for word (runs of 12 or more words) with 1 source, "
            "s4, in its claim quote; the 5 sources of its group are not independent "
            "confirmations: where sources are counted, they count once",
            ("s3/quote", "s4/quote"),
        ),
    ]


def test_the_findings_of_a_group_grow_with_its_sources_not_its_pairs() -> None:
    records = [_quote(f"s{n:02d}") for n in range(WIDELY_SHARED)]
    pairs = shared_wording(records, DATASET)
    assert len(pairs) == WIDELY_SHARED * (WIDELY_SHARED - 1) // 2
    found = wording_findings(pairs, {r.full_id: r for r in records}, DATASET, ())
    assert len(found) == WIDELY_SHARED - 1
    # Each names three claims of others at most, whatever the group's size.
    assert max(len(f.claims) for f in found) == 4
    assert found[0].locations[0] == Location("claims/s00.yaml", 7, 5)


def test_three_sources_sharing_one_passage_are_still_named_pair_by_pair() -> None:
    records = [_quote(name) for name in ("a", "b", "c")]
    assert [claims for _, claims in _findings(records)] == [
        ("a/quote", "b/quote"),
        ("a/quote", "c/quote"),
        ("b/quote", "c/quote"),
    ]


def test_a_pair_at_one_address_is_reported_there_and_not_again_for_its_passages() -> None:
    pairs = (
        SharedWording("a", "b", (("a/quote", "b/quote"),), (), 1, address="https://e.com/a"),
        SharedWording("a", "c", (("a/quote", "c/quote"),), (), 1),
        SharedWording("b", "c", (("b/quote", "c/quote"),), (), 1),
    )
    records = {r.full_id: r for r in map(_quote, "abc")}
    found = wording_findings(pairs, records, DATASET, map(_row, "abc"))
    assert found[0].locations == (Location("claims/b.yaml", 4, 8), Location("claims/a.yaml", 4, 8))
    assert [(f.claims, f.message.split(";")[0]) for f in found] == [
        (
            (),
            "b gives the same address as a (https://e.com/a): one source under two ids, not "
            "two independent confirmations: where sources are counted, they count once",
        ),
        (
            ("a/quote", "c/quote"),
            "a shares 1 passage word for word (runs of 12 or more words) with c, in its "
            "claim quote",
        ),
        (
            ("b/quote", "c/quote"),
            "b shares 1 passage word for word (runs of 12 or more words) with c, in its "
            "claim quote",
        ),
    ]


def _row(source: str) -> SourceRecord:
    return SourceRecord(
        source,
        f"claims/{source}.yaml",
        1,
        "Out",
        "T",
        "2022-12-07",
        url="https://e.com/a",
        url_at=(4, 8),
    )


def test_a_pair_names_only_sources_and_claims_it_is_given_the_records_of() -> None:
    """The pairs are made from the run's records and scorecard rows, so a row or record
    missing is a fault of the caller: a KeyError, where it was a finding at no file and
    line 0, which SARIF wrote with an empty address."""
    at_address = (SharedWording("a", "b", address="https://e.com/a"),)
    with pytest.raises(KeyError, match="'b'"):
        wording_findings(at_address, {}, DATASET, [_row("a")])
    shared = (SharedWording("a", "b", (("a/quote", "b/quote"),), (), 1),)
    with pytest.raises(KeyError, match="'b/quote'"):
        wording_findings(shared, {"a/quote": _quote("a")}, DATASET, ())


# What an S501 for two sources at one address says after the urls.
ONE_SOURCE = (
    ": one source under two ids, not two independent confirmations: where sources are "
    "counted, they count once; merge the two claim files under one id, or cite one of them"
)


def _claim_file(folder: Path, source: str, url: str | None, score: str) -> None:
    address = f"  url: {url}\n" if url else ""
    (folder / f"{source}.yaml").write_text(
        f"source:\n  id: {source}\n  outlet: Outlet\n  title: A report\n"
        f"  published: 2022-12-07\n{address}"
        "claims:\n"
        "  - id: score\n"
        "    subject: I Am Ruth\n"
        "    property: rotten_tomatoes_score\n"
        f"    value: {score}\n",
        encoding="utf-8",
    )


def test_two_ids_at_one_address_are_one_source_counted_once(tmp_path: Path) -> None:
    _claim_file(tmp_path, "a-paper", "https://www.example.com/news/ruth/?utm_source=x", "90%")
    _claim_file(tmp_path, "b-paper", "http://example.com/news/ruth#top", "90%")
    _claim_file(tmp_path, "c-blog", None, "80%")
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    assert result.shared_wording == (
        SharedWording("a-paper", "b-paper", address="https://example.com/news/ruth"),
    )
    (s501,) = [f for f in result.findings if f.code == "S501"]
    # The urls as the files write them, which a reader can find there: the address
    # they were matched by (https://example.com/news/ruth) is written in neither.
    assert s501.message == (
        "b-paper gives the same address as a-paper (http://example.com/news/ruth#top, which "
        f"a-paper writes as https://www.example.com/news/ruth/?utm_source=x){ONE_SOURCE}"
    )
    assert s501.claims == ()
    # At b's url, a's url the related place: the two lines to merge.
    assert [(Path(p.file).name, p.line, p.column) for p in s501.locations] == [
        ("b-paper.yaml", 6, 8),
        ("a-paper.yaml", 6, 8),
    ]
    x301 = [f.message for f in result.findings if f.code == "X301"]
    assert [m.split(": ", 1)[1].split(";")[0] for m in x301] == [
        "2 sources (1 independent) say 90% as of 2022-12-07 (a-paper, b-paper) against "
        "1 source says 80% as of 2022-12-07 (c-blog)",
        "1 source says 80% as of 2022-12-07 (c-blog) against 2 sources (1 independent) say "
        "90% as of 2022-12-07 (a-paper, b-paper)",
    ]
    sources = {s["id"]: s for s in json.loads(render_json(result))["sources"]}
    assert sources["b-paper"]["shares_wording_with"] == [
        {
            "source": "a-paper",
            "passages": 0,
            "wrong_values": 0,
            "claims": [],
            "address": "https://example.com/news/ruth",
        }
    ]
    assert sources["c-blog"]["shares_wording_with"] == []
    # The two say the same: their findings are the same, but for the S501 at b's url.
    assert sources["b-paper"]["findings"] == sources["a-paper"]["findings"] + 1


def test_one_url_written_alike_in_both_files_is_quoted_once(tmp_path: Path) -> None:
    url = "https://www.example.com/news/ruth/"
    _claim_file(tmp_path, "a-paper", url, "90%")
    _claim_file(tmp_path, "b-paper", url, "90%")
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    (s501,) = [f for f in result.findings if f.code == "S501"]
    assert s501.message == (
        f"b-paper gives the same address as a-paper (https://www.example.com/news/ruth/){ONE_SOURCE}"
    )
    sources = {s["id"]: s for s in json.loads(render_json(result))["sources"]}
    assert sources["b-paper"]["url"] == url
    assert [entry["address"] for entry in sources["b-paper"]["shares_wording_with"]] == [
        "https://example.com/news/ruth"
    ]


def test_agreement_with_the_dataset_counts_two_ids_at_one_address_once(tmp_path: Path) -> None:
    for source, url, runtime in (
        ("a-paper", "https://example.com/ruth", "90 minutes"),
        ("b-paper", "https://example.com/ruth/", "90 minutes"),
        ("c-blog", None, "2 hours"),
    ):
        _claim_file(tmp_path, source, url, "90%")
        path = tmp_path / f"{source}.yaml"
        text = path.read_text(encoding="utf-8").replace("rotten_tomatoes_score", "runtime")
        path.write_text(text.replace("value: 90%", f"value: {runtime}"), encoding="utf-8")
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    (d201,) = [f for f in result.findings if f.code == "D201"]
    assert "; 2 other sources (1 independent) agree with the dataset (a-paper, b-paper);" in (
        d201.message
    )


def test_a_pair_s_s501_is_acknowledged_on_its_claim_an_address_s_matches_none(
    tmp_path: Path,
) -> None:
    excerpt = "I Am Ruth holds a score of ninety percent on Rotten Tomatoes this week, critics say"
    for source, url, quoted, acknowledged in (
        ("a-paper", "https://example.com/ruth", False, "the same article"),
        ("b-paper", "https://example.com/ruth/", True, "both from the press release"),
        ("c-blog", None, True, None),
    ):
        _claim_file(tmp_path, source, url, "90%")
        path = tmp_path / f"{source}.yaml"
        text = path.read_text(encoding="utf-8")
        text += f"    excerpt: {excerpt}\n" if quoted else ""
        if acknowledged:
            text += f"    acknowledge:\n      - code: S501\n        reason: {acknowledged}\n"
        path.write_text(text, encoding="utf-8")
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    found = [
        (f.code, f.claims, f.acknowledged, f.message.split(";")[0])
        for f in result.findings
        if f.code in ("S501", "E102", "E108")
    ]
    # b's S501 with c names b's claim, which acknowledges it; a's and b's address, an
    # S501 at b's url, names no claim, so a's acknowledgement matches nothing.
    assert found == [
        (
            "E108",
            ("a-paper/score",),
            False,
            "acknowledgement of S501 matches no finding of this claim, whose findings are D203",
        ),
        (
            "S501",
            (),
            False,
            "b-paper gives the same address as a-paper (https://example.com/ruth/, which "
            "a-paper writes as https://example.com/ruth): one source under two ids, not two "
            "independent confirmations: where sources are counted, they count once",
        ),
        (
            "S501",
            ("b-paper/score", "c-blog/score"),
            True,
            "b-paper shares 1 passage word for word (runs of 12 or more words) with c-blog, "
            "in its claim score",
        ),
    ]


def test_a_long_address_is_shortened_in_the_message_and_whole_in_the_json(
    tmp_path: Path,
) -> None:
    # Each "é" is written out as six characters, "%C3%A9": the address grows past its url.
    path = "é" * 300
    _claim_file(tmp_path, "a-paper", f"https://example.com/{path}", "90%")
    _claim_file(tmp_path, "b-paper", f"https://www.example.com/{path}/", "90%")
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    address = "https://example.com/" + "%C3%A9" * 300
    (s501,) = [f for f in result.findings if f.code == "S501"]
    first, second = f"https://example.com/{path}"[:159], f"https://www.example.com/{path}"[:159]
    assert s501.message == (
        f"b-paper gives the same address as a-paper ({second}…, which a-paper writes as "
        f"{first}…){ONE_SOURCE}"
    )
    sources = {s["id"]: s for s in json.loads(render_json(result))["sources"]}
    assert [entry["address"] for entry in sources["b-paper"]["shares_wording_with"]] == [address]
