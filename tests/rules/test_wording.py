"""Sources that share wording (S501): the shipped claims, copied and independent sources,
wrong values, wide circulation, and counting dependent sources once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator import validate
from validator.dataset.load import load_dataset
from validator.model.findings import Location
from validator.model.result import ClaimRecord, SharedWording, Verdict
from validator.report import render_json
from validator.rules import passages
from validator.rules.shared_findings import wording_findings
from validator.rules.wording import (
    RUN_WORDS,
    WIDELY_SHARED,
    SourceCount,
    dependent_groups,
    shared_wording,
    sources_counted,
)

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))

# 24 words; any 12 of them in a row are a passage chance does not explain.
PRESS = (
    "It was really staggering how alarmingly free Mia and I were able to be, which I "
    "hadn't imagined, and that was quite difficult for both of us."
)


def record(
    source: str,
    claim: str,
    *,
    prop: str = "said",
    value: str = "",
    excerpt: str | None = None,
    verdict: Verdict = Verdict.SUPPORTED,
    line: int = 1,
) -> ClaimRecord:
    return ClaimRecord(
        full_id=f"{source}/{claim}",
        source_id=source,
        claim_id=claim,
        file=f"claims/{source}.yaml",
        line=line,
        column=5,
        subject="Kate Winslet",
        property=prop,
        value=value,
        verdict=verdict,
        subject_id="kate-winslet",
        excerpt=excerpt,
    )


def test_the_shipped_claims_name_dexerto_and_tyla_and_no_other_pair() -> None:
    # Both also quote Threapleton as the dataset's transcript has her: that is the
    # speaker's wording, not the other source's, and no passage.
    result = validate(str(ROOT / "claims"), dataset=str(ROOT / "dataset"))
    assert result.shared_wording == (
        SharedWording(
            "dexerto-2023",
            "tyla-2022-12-07",
            passages=(
                (
                    "dexerto-2023/winslet-playing-characters",
                    "tyla-2022-12-07/winslet-playing-characters",
                ),
                ("dexerto-2023/winslet-staggering", "tyla-2022-12-07/winslet-staggering"),
            ),
            count=2,
        ),
    )
    found = [f for f in result.findings if f.code == "S501"]
    assert [(f.message, f.claims, str(f.location)) for f in found] == [
        (
            "dexerto-2023 shares 2 passages word for word (runs of 12 or more words) with "
            "tyla-2022-12-07, in its claims winslet-playing-characters and "
            "winslet-staggering; the two are not independent confirmations: where "
            "sources are counted, they count once",
            (
                "dexerto-2023/winslet-playing-characters",
                "tyla-2022-12-07/winslet-playing-characters",
                "dexerto-2023/winslet-staggering",
                "tyla-2022-12-07/winslet-staggering",
            ),
            "claims/dexerto-2023.yaml:186:5",
        )
    ]
    assert found[0].severity.value == "info"


def test_the_json_report_lists_shared_wording_in_the_sources() -> None:
    result = validate(str(ROOT / "claims"), dataset=str(ROOT / "dataset"))
    sources = {s["id"]: s for s in json.loads(render_json(result))["sources"]}
    assert sources["dexerto-2023"]["shares_wording_with"] == [
        {
            "source": "tyla-2022-12-07",
            "passages": 2,
            "wrong_values": 0,
            "claims": [
                "dexerto-2023/winslet-playing-characters",
                "dexerto-2023/winslet-staggering",
            ],
            "address": None,
        }
    ]
    assert sources["tyla-2022-12-07"]["shares_wording_with"] == [
        {
            "source": "dexerto-2023",
            "passages": 2,
            "wrong_values": 0,
            "claims": [
                "tyla-2022-12-07/winslet-playing-characters",
                "tyla-2022-12-07/winslet-staggering",
            ],
            "address": None,
        }
    ]
    assert sources["yahoo-2022-12"]["shares_wording_with"] == []


def test_a_copied_quote_and_an_excerpt_quoting_it_are_shared_wording() -> None:
    records = [
        record("copy", "quote", value=PRESS.replace("quite", "very")),
        record("original", "context", prop="cast_member", value="Kate Winslet", excerpt=PRESS),
    ]
    (pair,) = shared_wording(records, DATASET)
    assert pair == SharedWording("copy", "original", (("copy/quote", "original/context"),), (), 1)


def test_a_run_one_word_short_is_not_enough() -> None:
    words = PRESS.split()
    shared = " ".join(words[: RUN_WORDS - 1])
    records = [
        record("one", "quote", value=f"{shared} entirely on our own"),
        record("two", "quote", value=f"{shared} with nobody else around"),
    ]
    assert shared_wording(records, DATASET) == ()
    longer = " ".join(words[:RUN_WORDS])
    records = [
        record("one", "quote", value=f"{longer} entirely on our own"),
        record("two", "quote", value=f"{longer} with nobody else around"),
    ]
    assert [(p.first, p.second, p.count) for p in shared_wording(records, DATASET)] == [
        ("one", "two", 1)
    ]


def test_case_punctuation_and_typography_do_not_hide_a_copy() -> None:
    records = [
        record("one", "quote", value=PRESS),
        record("two", "quote", value=PRESS.upper().replace("'", "\u2019").replace(",", " \u2013")),
    ]
    assert [(p.first, p.second) for p in shared_wording(records, DATASET)] == [("one", "two")]


def test_independent_sources_that_agree_share_nothing() -> None:
    records = [
        record("one", "age", prop="age", value="22", excerpt="her 22-year-old daughter, Mia"),
        record("two", "age", prop="age", value="22", excerpt="Mia, who is 22, stars as Freya"),
        record("one", "quote", value="We just wanted to tell a story that was honest."),
        record("two", "quote", value="We just wanted to tell a story that was honest and true."),
    ]
    assert shared_wording(records, DATASET) == ()


def test_a_source_never_shares_wording_with_itself() -> None:
    records = [record("one", "a", value=PRESS), record("one", "b", value=PRESS, excerpt=PRESS)]
    assert shared_wording(records, DATASET) == ()


def test_the_same_wrong_value_is_shared_wording_a_wrong_yes_no_or_age_is_not() -> None:
    wrong = Verdict.REFUTED
    records = [
        record("one", "runtime", prop="runtime", value="2 hours", verdict=wrong),
        record("two", "runtime", prop="runtime", value="2  Hours", verdict=wrong),
        record("three", "runtime", prop="runtime", value="3 hours", verdict=wrong),
        record("four", "runtime", prop="runtime", value="2 hours"),  # right, elsewhere
        record("one", "improv", prop="dialogue_improvised", value="false", verdict=wrong),
        record("two", "improv", prop="dialogue_improvised", value="false", verdict=wrong),
        record("one", "age", prop="age", value="21", verdict=wrong),
        record("two", "age", prop="age", value="21", verdict=wrong),
    ]
    pairs = shared_wording(records, DATASET)
    assert pairs == (SharedWording("one", "two", (), (("one/runtime", "two/runtime"),), 0),)
    claims = {r.full_id: r for r in records}
    (finding,) = wording_findings(pairs, claims, DATASET, ())
    assert finding.message == (
        "one shares the same wrong value (Kate Winslet runtime 2 hours) with two, in its "
        "claim runtime; the two are not independent confirmations: where sources are "
        "counted, they count once"
    )
    assert finding.locations == (
        Location("claims/one.yaml", 1, 5),
        Location("claims/two.yaml", 1, 5),
    )


def test_invalid_claims_take_no_part() -> None:
    records = [
        record("one", "quote", value=PRESS),
        record("two", "quote", value=PRESS, verdict=Verdict.INVALID),
    ]
    assert shared_wording(records, DATASET) == ()


def test_a_message_names_three_claims_and_counts_the_rest() -> None:
    sentences = [f"{PRESS} This is sentence number {n} of the press release." for n in range(5)]
    records = [
        *(record("one", f"q{n}", value=s, line=10 - n) for n, s in enumerate(sentences)),
        *(record("two", f"q{n}", value=s, line=n + 1) for n, s in enumerate(sentences)),
    ]
    pairs = shared_wording(records, DATASET)
    # Five claims each side, each sharing its own ending with its namesake.
    assert pairs[0].count == 5
    (finding,) = wording_findings(pairs, {r.full_id: r for r in records}, DATASET, ())
    # In the order of the claims' ids, not of their lines: reordering a file's claims
    # must not change which are named.
    assert "in its claims q0, q1, q2, and 2 more;" in finding.message
    assert finding.claims == ("one/q0", "two/q0", "one/q1", "two/q1", "one/q2", "two/q2")


# 28 characters of Chinese, written without spaces: more than a run (24 characters).
CHINESE = "米娅在镜头前那种惊人的自由真的让我非常震惊我从来没有见过"


def _message(records: list[ClaimRecord]) -> str:
    (finding,) = wording_findings(
        shared_wording(records, DATASET), {r.full_id: r for r in records}, DATASET, ()
    )
    return finding.message


def test_a_passage_without_spaces_is_said_to_count_its_characters_half_a_word() -> None:
    records = [
        record("one", "quote", value=f"{CHINESE}这样的表演。"),
        record("two", "quote", value=f"温斯莱特说{CHINESE}。"),
    ]
    (pair,) = shared_wording(records, DATASET)
    assert pair == SharedWording("one", "two", (("one/quote", "two/quote"),), (), 1, True)
    assert _message(records) == (
        "one shares 1 passage word for word (runs of 12 or more words, a character counting "
        "half a word in scripts written without spaces) with two, in its claim quote; the "
        "two are not independent confirmations: where sources are counted, they count once"
    )


def test_a_pair_sharing_english_and_chinese_passages_says_how_characters_count() -> None:
    records = [
        record("one", "english", value=PRESS),
        record("one", "chinese", value=f"{CHINESE}这样的表演。"),
        record("two", "english", value=PRESS.replace("quite", "very")),
        record("two", "chinese", value=f"温斯莱特说{CHINESE}。"),
    ]
    assert _message(records) == (
        "one shares 2 passages word for word (runs of 12 or more words, a character counting "
        "half a word in scripts written without spaces) with two, in its claims chinese and "
        "english; the two are not independent confirmations: where sources are counted, they "
        "count once"
    )


def test_an_english_passage_in_texts_holding_chinese_is_counted_in_words() -> None:
    # Each text has Chinese of its own; the passage they share is English words alone.
    records = [
        record("one", "quote", value=f"{PRESS} 她说得很好"),
        record("two", "quote", value=f"{PRESS} 完全同意"),
    ]
    (pair,) = shared_wording(records, DATASET)
    assert not pair.unspaced
    assert _message(records) == (
        "one shares 1 passage word for word (runs of 12 or more words) with two, in its "
        "claim quote; the two are not independent confirmations: where sources are "
        "counted, they count once"
    )


def test_a_passage_in_wide_circulation_links_no_pair() -> None:
    widely = [record(f"s{n:02d}", "quote", value=PRESS) for n in range(WIDELY_SHARED + 1)]
    assert shared_wording(widely, DATASET) == ()
    just = [record(f"s{n:02d}", "quote", value=PRESS) for n in range(WIDELY_SHARED)]
    assert len(shared_wording(just, DATASET)) == WIDELY_SHARED * (WIDELY_SHARED - 1) // 2
    # A text of its own that quotes the famous line pairs with nobody through it.
    longer = record("x", "quote", value=f"As she said: {PRESS}")
    assert shared_wording([*widely, longer], DATASET) == ()


def test_twenty_thousand_sources_quoting_one_line_are_not_paired() -> None:
    # Paired one by one, these would be 200 million pairs: minutes of work. The index
    # sees one passage in wide circulation and pairs nothing.
    records = [record(f"s{n:05d}", "quote", value=PRESS) for n in range(20_000)]
    records += [record("x", "quote", value="We just wanted to tell a story that was honest.")]
    assert shared_wording(records, DATASET) == ()


def test_dependent_groups_are_transitive_and_named_by_their_smallest_id() -> None:
    pairs = [SharedWording("b", "c", count=1), SharedWording("c", "d", count=1)]
    pairs.append(SharedWording("x", "y", count=1))
    assert dependent_groups(pairs) == {"b": "b", "c": "b", "d": "b", "x": "x", "y": "x"}


def test_sources_counted_count_a_group_once() -> None:
    groups = dependent_groups([SharedWording("b", "c", count=1)])
    assert sources_counted(["a", "b", "c"], groups) == SourceCount(3, 2, 2)
    assert sources_counted(["b", "c", "c"], groups) == SourceCount(2, 2, 1)
    assert sources_counted(["a", "b"], groups) == SourceCount(2, 0, 2)
    assert sources_counted(["a"], groups) == SourceCount(1, 0, 1)
    assert sources_counted([], groups) == SourceCount(0, 0, 0)


def _claim_file(folder: Path, source: str, quote: str, excerpt: str) -> None:
    (folder / f"{source}.yaml").write_text(
        f"source: {{id: {source}, outlet: {source.title()}, title: A report, "
        "published: 2022-12-07}\n"
        "claims:\n"
        "  - id: quote\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        f"    value: {json.dumps(quote)}\n"
        "  - id: network\n"
        "    subject: I Am Ruth\n"
        "    property: network\n"
        "    value: Channel 4\n"
        f"    excerpt: {json.dumps(excerpt)}\n",
        encoding="utf-8",
    )


def test_a_copied_source_is_named_and_an_independent_one_is_not(tmp_path: Path) -> None:
    airs = "I Am Ruth airs tomorrow, 8 December on Channel 4 at 9pm, after the news."
    _claim_file(tmp_path, "original", PRESS, airs)
    # A copy: the same quote with one word changed, the same sentence about the slot.
    _claim_file(tmp_path, "copy", PRESS.replace("quite", "very"), airs)
    # Independent: its own report of the same facts, in its own words.
    _claim_file(
        tmp_path,
        "independent",
        "Mia and I were so free in those scenes, which surprised me.",
        "Channel 4 shows the film on Thursday night.",
    )
    result = validate(str(tmp_path), dataset=str(ROOT / "dataset"))
    assert [(p.first, p.second, p.count) for p in result.shared_wording] == [
        ("copy", "original", 2)
    ]
    (finding,) = [f for f in result.findings if f.code == "S501"]
    assert finding.message == (
        "copy shares 2 passages word for word (runs of 12 or more words) with original, in "
        "its claims network and quote; the two are not independent confirmations: where "
        "sources are counted, they count once"
    )
    first = finding.locations[0]
    assert (Path(first.file).name, first.line, first.column) == ("copy.yaml", 7, 5)
    assert finding.claims == ("copy/network", "original/network", "copy/quote", "original/quote")
    # --ignore drops the finding; the sources' data still say who shares wording.
    ignored = validate(str(tmp_path), dataset=str(ROOT / "dataset"), ignore=["S501"])
    assert [f for f in ignored.findings if f.code == "S501"] == []
    assert ignored.shared_wording == result.shared_wording


def test_runs_whose_hashes_collide_are_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    words = PRESS.split()
    records = [
        record("copy", "quote", value=PRESS.replace("quite", "very")),
        record("original", "context", prop="cast_member", value="Kate Winslet", excerpt=PRESS),
        record("one", "quote", value=" ".join(words[: RUN_WORDS - 1]) + " entirely alone"),
        record("two", "quote", value=" ".join(words[: RUN_WORDS - 1]) + " with nobody"),
        record("three", "quote", value=" ".join(reversed(words))),
    ]
    expected = shared_wording(records, DATASET)
    assert [(p.first, p.second) for p in expected] == [("copy", "original")]
    # Every run of every text given one hash: only the runs themselves tell them apart.
    monkeypatch.setattr(passages, "hash", lambda run: 0, raising=False)
    assert shared_wording(records, DATASET) == expected


def test_a_text_two_sources_print_pairs_them_unless_its_every_run_is_widely_printed() -> None:
    widely = [record(f"s{n:02d}", "quote", value=PRESS) for n in range(WIDELY_SHARED + 1)]
    # The same words as the famous line, written differently: one text of its own.
    echo = [record(name, "quote", value=PRESS.upper()) for name in ("a", "b")]
    assert shared_wording([*widely, *echo], DATASET) == ()
    # With a run of words no other text holds, the two sources' text pairs them.
    longer = [
        record(name, "quote", value=f"{PRESS.upper()} Nobody else ever wrote down these words")
        for name in ("a", "b")
    ]
    assert [(p.first, p.second) for p in shared_wording([*widely, *longer], DATASET)] == [
        ("a", "b")
    ]


# The dataset's transcript of these words (Kate Winslet, the Channel 4 press pack).
RECORDED = (
    "We just wanted to tell a story that was honest and highlighted those issues that are so "
    "extraordinarily prevalent at the moment, and alarmingly so."
)


def test_sources_quoting_the_transcript_faithfully_share_no_wording() -> None:
    records = [
        record("one", "quote", value=RECORDED),
        record("two", "quote", value=RECORDED.upper()),
        record("three", "context", prop="cast_member", value="Kate Winslet", excerpt=RECORDED),
    ]
    assert shared_wording(records, DATASET) == ()


def test_a_misquote_two_sources_share_is_shared_wording() -> None:
    misquote = RECORDED.replace("extraordinarily", "very")
    records = [record("one", "quote", value=misquote), record("two", "quote", value=misquote)]
    assert shared_wording(records, DATASET) == (
        SharedWording("one", "two", (("one/quote", "two/quote"),), (), 1),
    )


def test_their_own_words_around_a_transcript_are_shared_wording() -> None:
    excerpt = f"Winslet told the magazine, in an interview at her London home: {RECORDED}"
    records = [
        record("one", "context", prop="cast_member", value="Kate Winslet", excerpt=excerpt),
        record("two", "context", prop="cast_member", value="Kate Winslet", excerpt=excerpt),
        record("three", "quote", value=RECORDED),
    ]
    assert [(p.first, p.second, p.passages) for p in shared_wording(records, DATASET)] == [
        ("one", "two", (("one/context", "two/context"),))
    ]
