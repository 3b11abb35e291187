"""Laws of the checks: order does not matter, contradiction is symmetric and monotone,
and a less precise claim is never worse off than a more precise one."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator import Result
from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import Verdict
from validator.pipeline import Options, run

ROOT = Path(__file__).resolve().parents[2]
DATASET: Dataset = load_dataset(str(ROOT / "dataset"))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.dates(min_value=date(2022, 11, 1), max_value=date(2023, 1, 31))


@st.composite
def date_values(draw: st.DrawFn) -> Any:
    day = draw(days)
    precision = draw(st.sampled_from(["year", "month", "day", "minute"]))
    if precision == "year":
        return day.year
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "day":
        return day.isoformat()
    return f"{day.isoformat()}T{draw(st.integers(0, 23)):02d}:{draw(st.sampled_from([0, 30])):02d}"


runtime_values = st.one_of(
    st.integers(60, 130),
    st.builds(lambda a, w: {"from": a, "to": a + w}, st.integers(60, 120), st.integers(0, 30)),
    st.builds(lambda a: {"about": a}, st.integers(60, 130)),
)

claim_specs = st.one_of(
    st.tuples(st.just("I Am Ruth"), st.just("first_broadcast"), date_values()),
    st.tuples(st.just("I Am Ruth"), st.just("runtime"), runtime_values),
    st.tuples(st.just("I Am Ruth"), st.just("network"), st.sampled_from(["Channel 4", "ITV"])),
    st.tuples(
        st.sampled_from(["Mia Threapleton", "Kate Winslet"]),
        st.just("age"),
        st.integers(20, 48),
    ),
)


@st.composite
def sources(draw: st.DrawFn, name: str) -> dict[str, Any]:
    specs = draw(st.lists(claim_specs, min_size=1, max_size=4))
    return {
        "source": {
            "id": name,
            "outlet": name.title(),
            "title": f"Article {name}",
            "published": draw(days).isoformat(),
        },
        "claims": [
            {"id": f"c{n}", "subject": s, "property": p, "value": v}
            for n, (s, p, v) in enumerate(specs)
        ],
    }


@contextmanager
def claims_folder(files: dict[str, dict[str, Any]]) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        for name, document in files.items():
            Path(folder, name).write_text(json.dumps(document), encoding="utf-8")
        yield folder


def check(files: dict[str, dict[str, Any]]) -> Result:
    with claims_folder(files) as folder:
        return run([folder], DATASET, Options(today=date(2026, 11, 21)))


def outcome(result: Result) -> tuple[set[tuple[str, frozenset[str]]], dict[str, Verdict]]:
    findings = {(f.code, frozenset(f.claims)) for f in result.findings}
    return findings, {c.full_id: c.verdict for c in result.claims}


@SETTINGS
@given(a=sources("alpha"), b=sources("beta"), c=sources("gamma"), data=st.data())
def test_verdicts_and_findings_do_not_depend_on_file_order_or_names(
    a: dict[str, Any], b: dict[str, Any], c: dict[str, Any], data: st.DataObject
) -> None:
    first = check({"1.json": a, "2.json": b, "3.json": c})
    names = data.draw(st.permutations(["z.json", "m.json", "a.json"]))
    shuffled = {
        name: {**doc, "claims": data.draw(st.permutations(doc["claims"]))}
        for name, doc in zip(names, (a, b, c), strict=True)
    }
    again = check(shuffled)
    assert outcome(again) == outcome(first)
    # Down to each finding's message and the order of its claims (its primary location).
    assert _messages(again) == _messages(first)


def _messages(result: Result) -> list[tuple[str, tuple[str, ...], str]]:
    return sorted((f.code, f.claims, f.message) for f in result.findings)


@SETTINGS
@given(a=sources("alpha"), b=sources("beta"))
def test_contradiction_is_symmetric(a: dict[str, Any], b: dict[str, Any]) -> None:
    forward = {f for f in outcome(check({"1.json": a, "2.json": b}))[0] if f[0] == "X301"}
    backward = {f for f in outcome(check({"1.json": b, "2.json": a}))[0] if f[0] == "X301"}
    assert forward == backward


@SETTINGS
@given(a=sources("alpha"), b=sources("beta"), c=sources("gamma"))
def test_adding_a_source_never_removes_a_contradiction(
    a: dict[str, Any], b: dict[str, Any], c: dict[str, Any]
) -> None:
    before = [f for f in check({"1.json": a, "2.json": b}).findings if f.code == "X301"]
    after = [f for f in check({"1.json": a, "2.json": b, "3.json": c}).findings if f.code == "X301"]
    for finding in before:
        assert any(set(finding.claims) <= set(other.claims) for other in after)


def _widen(value: Any) -> Any:
    """A less precise form of a value: a coarser date, a wider interval."""
    if isinstance(value, int) and value > 1000:
        return value
    if isinstance(value, str):
        return value[:4] if len(value) <= 7 else value[:7]
    if isinstance(value, int):
        # Wider than a bare number with the property's tolerance (5 for runtimes).
        return {"from": value - 10, "to": value + 10}
    if "about" in value:
        return {"from": value["about"] - 10, "to": value["about"] + 10}
    return {"from": value["from"] - 5, "to": value["to"] + 5}


@SETTINGS
@given(spec=claim_specs, published=days)
def test_less_precise_is_never_worse(spec: tuple[str, str, Any], published: date) -> None:
    subject, prop, value = spec
    if prop == "network":
        return
    documents = {}
    for name, written in (("precise", value), ("vague", _widen(value))):
        documents[f"{name}.json"] = {
            "source": {"id": name, "outlet": "X", "title": "T", "published": published.isoformat()},
            "claims": [{"id": "c", "subject": subject, "property": prop, "value": written}],
        }
    verdicts = outcome(check(documents))[1]
    precise, vague = verdicts["precise/c"], verdicts["vague/c"]
    if precise is Verdict.SUPPORTED:
        assert vague is Verdict.SUPPORTED
    if vague is Verdict.REFUTED:
        assert precise is Verdict.REFUTED
