"""A hand-built `Result` that fills every section of every report format.

It holds a contradiction (X301) with two claims in two files, a difference that can all
be true (X302), refuted claims with the dataset's value and reference (D201), a dispute
(D205), a quote variant with a word diff (Q402), gaps (D203), an invalid claim (E104),
an unreadable file without claims (E101), a less precise claim (D202, info) and an
acknowledged finding, and hostile text (`<script>`, pipes, Markdown emphasis, backticks,
a javascript: url, control characters) where claim text goes. One claim names its subject
by another name than the dataset's first ("Mia").
"""

from __future__ import annotations

import os
from pathlib import Path

from validator.model.findings import Finding, Location, Severity, make_finding
from validator.model.result import ClaimRecord, DatasetInfo, Result, SourceRecord, Verdict

__all__ = [
    "GOLDEN",
    "LONG",
    "MANY",
    "check_golden",
    "contradiction",
    "disputed",
    "empty_result",
    "sample_result",
]

GOLDEN = Path(__file__).parent / "golden"

YAHOO = "claims/yahoo.yaml"
TYLA = "claims/tyla.yaml"
TIMES = "claims/times.yaml"
BROKEN = "claims/broken.yaml"

SOURCES = (
    SourceRecord(
        id="times-2022-12",
        file=TIMES,
        line=2,
        outlet="The Times | Culture",
        title="Kate Winslet's **family** drama",
        published="2022-12",
    ),
    SourceRecord(
        id="tyla-2022-12-07",
        file=TYLA,
        line=2,
        outlet="Tyla",
        title="Kate Winslet opens up on 'difficulty' of working with her daughter",
        published="2022-12-07",
        author="A. Writer",
        url="javascript:alert(1)",
    ),
    SourceRecord(
        id="yahoo-2022-12",
        file=YAHOO,
        line=2,
        outlet="Yahoo",
        title="Winslet & daughter <script>alert(1)</script>",
        published="2022-12-07",
        url="https://uk.news.yahoo.com/kate-winslet-mia-i-am-ruth.html?a=1&b=(2)",
    ),
)

CLAIMS = (
    ClaimRecord(
        full_id="times-2022-12/first-broadcast",
        source_id="times-2022-12",
        claim_id="first-broadcast",
        file=TIMES,
        line=10,
        column=5,
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        property="first_broadcast",
        value="2022-12",
        verdict=Verdict.SUPPORTED,
    ),
    ClaimRecord(
        full_id="times-2022-12/network",
        source_id="times-2022-12",
        claim_id="network",
        file=TIMES,
        line=14,
        column=5,
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        property="network",
        value="BBC One",
        verdict=Verdict.REFUTED,
        excerpt="shown on BBC One",
    ),
    ClaimRecord(
        full_id="times-2022-12/slot",
        source_id="times-2022-12",
        claim_id="slot",
        file=TIMES,
        line=18,
        column=5,
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        property="broadcast_slot",
        value="120 min",
        verdict=Verdict.UNVERIFIABLE,
        excerpt="a two-hour `slot` | pipes",
    ),
    ClaimRecord(
        full_id="times-2022-12/director",
        source_id="times-2022-12",
        claim_id="director",
        file=TIMES,
        line=22,
        column=14,
        subject="I Am Rut",
        property="director",
        value="Dominic Savage",
        verdict=Verdict.INVALID,
    ),
    ClaimRecord(
        full_id="tyla-2022-12-07/mia-age",
        source_id="tyla-2022-12-07",
        claim_id="mia-age",
        file=TYLA,
        line=9,
        column=12,
        subject="Mia Threapleton",
        subject_id="mia-threapleton",
        property="age",
        value="22",
        verdict=Verdict.SUPPORTED,
        excerpt="her 22-year-old daughter, Mia Threapleton",
    ),
    ClaimRecord(
        full_id="tyla-2022-12-07/first-broadcast",
        source_id="tyla-2022-12-07",
        claim_id="first-broadcast",
        file=TYLA,
        line=13,
        column=12,
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        property="first_broadcast",
        value="2022-12-08T21:00",
        verdict=Verdict.SUPPORTED,
        as_of="2022-12-08",
    ),
    ClaimRecord(
        full_id="tyla-2022-12-07/casting",
        source_id="tyla-2022-12-07",
        claim_id="casting",
        file=TYLA,
        line=17,
        column=12,
        subject="I Am Ruth",
        subject_id="i-am-ruth",
        property="casting_suggested_by",
        value="Kate Winslet",
        verdict=Verdict.DISPUTED,
        excerpt="<script>alert(1)</script> | pipes",
    ),
    ClaimRecord(
        full_id="tyla-2022-12-07/staggering",
        source_id="tyla-2022-12-07",
        claim_id="staggering",
        file=TYLA,
        line=21,
        column=12,
        subject="Kate Winslet",
        subject_id="kate-winslet",
        property="said",
        value="It was really staggering how alarmingly free Mia and I were able to be",
        verdict=Verdict.UNVERIFIABLE,
    ),
    ClaimRecord(
        full_id="yahoo-2022-12/mia-age",
        source_id="yahoo-2022-12",
        claim_id="mia-age",
        file=YAHOO,
        line=14,
        column=12,
        subject="Mia",
        subject_id="mia-threapleton",
        property="age",
        value="21",
        verdict=Verdict.REFUTED,
        excerpt="her 21-year-old daughter\x1b[31m",
    ),
    ClaimRecord(
        full_id="yahoo-2022-12/staggering",
        source_id="yahoo-2022-12",
        claim_id="staggering",
        file=YAHOO,
        line=18,
        column=12,
        subject="Kate Winslet",
        subject_id="kate-winslet",
        property="said",
        value="It was really staggering actually how alarmingly free **Mia** and I were able",
        verdict=Verdict.UNVERIFIABLE,
        excerpt="staggering actually how",
    ),
)


# The dataset's first name of each entity: what reports call it, whichever name a
# source wrote ("Mia" above).
LABELS = {
    "i-am-ruth": "I Am Ruth",
    "kate-winslet": "Kate Winslet",
    "mia-threapleton": "Mia Threapleton",
}


def _at(path: str, line: int, column: int) -> Location:
    return Location(path, line, column)


def _findings() -> list[Finding]:
    return [
        make_finding(
            "E101",
            "cannot parse YAML: mapping values are not allowed here; fix the syntax",
            locations=(_at(BROKEN, 3, 9),),
        ),
        make_finding(
            "E104",
            "subject `I Am Rut` names no entity; did you mean: I Am Ruth?",
            claims=("times-2022-12/director",),
            locations=(_at(TIMES, 22, 14),),
            key="subject",
        ),
        make_finding(
            "D202",
            "first_broadcast 2022-12 is supported, but the dataset has 2022-12-08T21:00",
            claims=("times-2022-12/first-broadcast",),
            locations=(_at(TIMES, 10, 5),),
        ),
        make_finding(
            "D201",
            "network BBC One is refuted: the dataset has Channel 4 (radio-times-listing)",
            claims=("times-2022-12/network",),
            locations=(_at(TIMES, 14, 5),),
            details=(("dataset_value", "Channel 4"), ("reference", "radio-times-listing")),
        ).acknowledge(
            "The Times corrected this in print; kept for the record", "times-2022-12/network"
        ),
        make_finding(
            "D203",
            "broadcast_slot 120 min cannot be checked: the dataset has no broadcast_slot "
            "for I Am Ruth",
            claims=("times-2022-12/slot",),
            locations=(_at(TIMES, 18, 5),),
        ),
        make_finding(
            "X302",
            "times-2022-12 says 2022-12, tyla-2022-12-07 says 2022-12-08T21:00: both can be true",
            claims=("times-2022-12/first-broadcast", "tyla-2022-12-07/first-broadcast"),
            locations=(_at(TIMES, 10, 5), _at(TYLA, 13, 12)),
        ),
        make_finding(
            "D205",
            "casting_suggested_by Kate Winslet matches one side of a dispute the dataset "
            "records (guardian-interview | ft-interview)",
            claims=("tyla-2022-12-07/casting",),
            locations=(_at(TYLA, 17, 12),),
        ),
        make_finding(
            "D203",
            "said cannot be checked: the dataset has no transcript for Kate Winslet",
            claims=("tyla-2022-12-07/staggering",),
            locations=(_at(TYLA, 21, 12),),
        ),
        make_finding(
            "D201",
            "age 21 is refuted: Mia Threapleton was born 2000-10-07, so 22 at 2022-12-07 "
            "(people-birth-dates <b>registry</b>)",
            claims=("yahoo-2022-12/mia-age",),
            locations=(_at(YAHOO, 14, 12),),
            details=(
                ("dataset_value", "22 (born 2000-10-07)"),
                ("reference", "people-birth-dates <b>registry</b>"),
            ),
        ),
        make_finding(
            "X301",
            "yahoo-2022-12 says 21, tyla-2022-12-07 says 22: no single age of "
            "Mia Threapleton fits both; find out which source is right",
            claims=("yahoo-2022-12/mia-age", "tyla-2022-12-07/mia-age"),
            locations=(_at(YAHOO, 14, 12), _at(TYLA, 9, 12)),
            key="age",
        ),
        make_finding(
            "D203",
            "said cannot be checked: the dataset has no transcript for Kate Winslet",
            claims=("yahoo-2022-12/staggering",),
            locations=(_at(YAHOO, 18, 12),),
        ),
        make_finding(
            "Q402",
            "the quote differs in its words between yahoo-2022-12 and tyla-2022-12-07",
            claims=("yahoo-2022-12/staggering", "tyla-2022-12-07/staggering"),
            locations=(_at(YAHOO, 18, 12), _at(TYLA, 21, 12)),
            details=(("diff", "really staggering [-actually-] how {+<i>so</i> | **very**+} free"),),
        ),
    ]


def sample_result(*, fail_on: Severity = Severity.ERROR) -> Result:
    findings = tuple(sorted(_findings(), key=Finding.sort_key))
    return Result(
        findings=findings,
        claims=CLAIMS,
        sources=SOURCES,
        files=(BROKEN, TIMES, TYLA, YAHOO),
        fail_on=fail_on,
        dataset=DatasetInfo(
            id="i-am-ruth",
            title="I Am Ruth (Channel 4, 2022)",
            checked="2026-11-21",
            labels=LABELS,
        ),
        tool_version="0.0.0-test",
    )


def empty_result() -> Result:
    """A run over no files: nothing found, passes."""
    return Result(findings=(), claims=(), sources=(), files=(), tool_version="0.0.0-test")


def check_golden(name: str, text: str) -> None:
    """`text` must equal tests/golden/`name` byte for byte.

    With FACTLINT_UPDATE_GOLDEN=1 the file is rewritten instead (see golden/README.md).
    """
    path = GOLDEN / name
    data = text.encode("utf-8")
    if os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return
    assert path.exists(), f"{path.name} is missing; run with FACTLINT_UPDATE_GOLDEN=1"
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{name} differs from the golden file"


# One finding naming MANY claims in 100 files, with a 200,000-character message (20,000
# nine-digit words and a full stop): as large as a contradiction gets on a big corpus.
MANY = 2_000
LONG = " ".join(f"{i:09d}" for i in range(20_000)) + "."


def _many_ids() -> tuple[tuple[str, ...], tuple[Location, ...]]:
    ids = tuple(f"s{i // 20:03d}/c{i:04d}" for i in range(MANY))
    locations = tuple(Location(f"f{i // 20:03d}.yaml", 1 + i % 20, 1) for i in range(MANY))
    return ids, locations


def contradiction(message: str) -> Result:
    """An X301 naming MANY claims, and nothing else."""
    ids, locations = _many_ids()
    finding = make_finding("X301", message, claims=ids, locations=locations)
    return Result(findings=(finding,), claims=(), sources=(), files=())


def disputed(message: str) -> Result:
    """A D205 naming MANY disputed claims, with their records. The dataset's checks give
    a D205 one claim; the reports must still not repeat a long message on every row."""
    ids, locations = _many_ids()
    claims = tuple(
        ClaimRecord(
            full_id,
            full_id.partition("/")[0],
            full_id.partition("/")[2],
            where.file,
            where.line,
            where.column,
            "Thing",
            "prop",
            str(i),
            Verdict.DISPUTED,
        )
        for i, (full_id, where) in enumerate(zip(ids, locations, strict=True))
    )
    finding = make_finding("D205", message, claims=ids, locations=locations)
    files = tuple(dict.fromkeys(c.file for c in claims))
    return Result(findings=(finding,), claims=claims, sources=(), files=files)
