"""What the claim-file schema lets through but cannot be used (E102): a date of the
schema's form that the calendar has not, an interval that ends before it starts, and an
acknowledgement's blank reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_per_file import SOURCE
from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.model.result import Verdict
from validator.parse.models import Claim
from validator.parse.unusable import long_written_out, unreal_published, unusable_acknowledgement
from validator.pipeline import validate
from validator.read.files import Limits, LoadedFile, parse_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


@pytest.mark.parametrize(
    ("published", "problem"),
    [
        ("2022-02-30", "'2022-02-30' is not a real date: February 2022 has days 1 to 28"),
        (
            "{from: 2022-12-08, to: 2022-12-01}",
            "the interval 2022-12-08..2022-12-01 ends before it starts; swap from and to",
        ),
    ],
)
def test_a_publication_date_the_calendar_has_not_is_the_source_s_one_finding(
    tmp_path: Path,
    dataset: Dataset,
    monkeypatch: pytest.MonkeyPatch,
    published: str,
    problem: str,
) -> None:
    """A `published` the schema lets through (`2022-02-30`) gave each claim an E106 for
    an `as_of` it never wrote, at the claim, and a file without a valid claim no finding
    at all. It is one E102 at the source's date, naming the claims the date decides (an
    age), which are invalid; a claim no date changes (the network) is checked, and what
    is wrong with a claim whatever its source says is still reported."""
    (tmp_path / "a.yaml").write_text(
        SOURCE.replace("2022-12-08", published)
        + "  - {id: ok, subject: I Am Ruth, property: network, value: Channel 4}\n"
        + "  - {id: typo, subject: I Am Ruthh, property: network, value: Channel 4}\n"
        + "  - {id: age, subject: Mia Threapleton, property: age, value: 22}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate("a.yaml", dataset=dataset)
    assert [(f.code, f.claims, str(f.location)) for f in result.findings] == [
        ("E102", ("paper/age",), "a.yaml:5:14"),
        ("E104", ("paper/typo",), "a.yaml:8:25"),
    ]
    assert result.findings[0].message == (
        f"source.published: {problem}; write when the source was published; until then 1 "
        "claim whose verdict depends on the date is not checked"
    )
    assert [c.verdict for c in result.claims] == [
        Verdict.SUPPORTED,
        Verdict.INVALID,
        Verdict.INVALID,
    ]


def test_an_acknowledgement_the_schema_lets_through_but_that_cannot_be_used_is_e102(
    tmp_path: Path,
) -> None:
    """`until: 2022-02-30` matches the schema's pattern; applying it stopped the whole
    run with an internal error (ValueError: day is out of range for month). A reason of
    white space only passed the schema's minimum length. Each is now an E102 at its
    field, its claim invalid as with any schema error, and the other claims checked."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        SOURCE
        + """\
  - id: feb
    subject: Mia Threapleton
    property: age
    value: 23
    acknowledge: [{code: D201, reason: checked, until: 2022-02-30}]
  - id: blank
    subject: Mia Threapleton
    property: age
    value: 23
    acknowledge: [{code: D201, reason: "   "}]
  - id: fine
    subject: Mia Threapleton
    property: age
    value: 22
""",
        encoding="utf-8",
    )
    result = validate([str(claims)], str(ROOT / "dataset"), root=str(tmp_path))
    assert [
        (f.code, f.claims, f.locations[0].line, f.locations[0].column, f.message)
        for f in result.findings
    ] == [
        (
            "E102",
            ("paper/feb",),
            11,
            56,
            "claims[0].acknowledge[0].until '2022-02-30' is not a real date: February 2022 "
            "has days 1 to 28; write the day the acknowledgement expires",
        ),
        (
            "E102",
            ("paper/blank",),
            16,
            40,
            "claims[1].acknowledge[0].reason is blank; say why the finding is accepted",
        ),
    ]
    assert [(c.claim_id, c.verdict) for c in result.claims] == [
        ("feb", Verdict.INVALID),
        ("blank", Verdict.INVALID),
        ("fine", Verdict.SUPPORTED),
    ]


# --- one claim, one file, directly ------------------------------------------------------

FILE = """\
source: {id: s, outlet: O, title: T, published: 2022-02-30}
claims:
  - id: a
    subject: S
    property: p
    value: 1
    acknowledge:
      - {code: D201, reason: fine}
      - {code: D203, reason: ok, until: 2023-02-29}
      - {code: X301, reason: " "}
"""


@pytest.fixture()
def loaded() -> LoadedFile:
    found = parse_text(FILE, "s.yaml", Limits())
    assert isinstance(found, LoadedFile)
    return found


def _claim(acknowledge: list[dict[str, str]]) -> Claim:
    return Claim.model_validate(
        {"id": "a", "subject": "S", "property": "p", "value": 1, "acknowledge": acknowledge}
    )


def test_the_first_acknowledgement_that_cannot_be_used_is_the_claims_e102(
    loaded: LoadedFile,
) -> None:
    claim = Claim.model_validate(loaded.data["claims"][0])
    found = unusable_acknowledgement(loaded, 0, claim, "s/a")
    assert found is not None
    assert (found.code, found.claims, [str(at) for at in found.locations]) == (
        "E102",
        ("s/a",),
        ["s.yaml:9:41"],
    )
    assert found.message == (
        "claims[0].acknowledge[1].until '2023-02-29' is not a real date: February 2023 has "
        "days 1 to 28; write the day the acknowledgement expires"
    )


@pytest.mark.parametrize(
    ("acknowledge", "message"),
    [
        ([{"code": "D201", "reason": "ok", "until": "2024-02-29"}], None),  # a leap day
        ([{"code": "D201", "reason": "ok"}], None),
        (
            [{"code": "D201", "reason": "\t"}],
            "claims[0].acknowledge[0].reason is blank; say why the finding is accepted",
        ),
        (
            [{"code": "D201", "reason": "ok"}, {"code": "D203", "reason": "…"}],
            "claims[0].acknowledge[1].reason holds no words ('…'); say why the finding is accepted",
        ),
        (
            [{"code": "D201", "reason": "[TODO] check the runtime against the Guardian"}],
            "claims[0].acknowledge[0].reason is a placeholder ('[TODO] check the ru…'); say "
            "why the finding is accepted",
        ),
        (
            [
                {"code": "D201", "reason": "ok"},
                {"code": "D203", "reason": "ok", "until": "2022-04-31"},
            ],
            "claims[0].acknowledge[1].until '2022-04-31' is not a real date: April 2022 has "
            "days 1 to 30; write the day the acknowledgement expires",
        ),
    ],
)
def test_unusable_acknowledgement(
    loaded: LoadedFile, acknowledge: list[dict[str, str]], message: str | None
) -> None:
    found = unusable_acknowledgement(loaded, 0, _claim(acknowledge), "s/a")
    assert (found.message if found else None) == message


@pytest.mark.parametrize(
    ("published", "message"),
    [
        ("2024-02-29", None),
        ({"from": "2022"}, None),
        (
            "2022-02-30",
            "source.published: '2022-02-30' is not a real date: February 2022 has days 1 to "
            "28; write when the source was published",
        ),
        (
            {"from": "2023", "to": "2022"},
            "source.published: the interval 2023..2022 ends before it starts; swap from and to; "
            "write when the source was published",
        ),
    ],
)
def test_unreal_published(loaded: LoadedFile, published: Any, message: str | None) -> None:
    found = unreal_published(loaded, published)
    assert (found.message if found else None) == message
    if found is not None:
        assert (found.code, found.claims, [str(at) for at in found.locations]) == (
            "E102",
            (),
            ["s.yaml:1:49"],
        )


def test_an_excerpt_longer_written_out_than_the_schema_allows_is_e102(tmp_path: Path) -> None:
    """Excerpts are compared written out (NFKC), where U+FDFA is 18 characters: 5,000
    excerpts of 1,990 of them passed a minute against a one-line archive. One longer so
    than the schema allows an excerpt is an E102 at it, its claim invalid."""
    fits = "\ufdfa" * (2000 // 18)
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        SOURCE
        + "".join(
            f"  - {{id: {name}, subject: I Am Ruth, property: network, value: Channel 4, "
            f"excerpt: {excerpt}}}\n"
            for name, excerpt in (("fits", fits), ("long", fits + "x\ufdfa"))
        ),
        encoding="utf-8",
    )
    loaded = parse_text(claims.read_text(encoding="utf-8"), "claims.yaml", Limits())
    assert not isinstance(loaded, Finding)
    assert long_written_out(loaded, 0, fits, "paper/fits") is None
    found = long_written_out(loaded, 1, fits + "x\ufdfa", "paper/long")
    assert found is not None
    assert (found.code, found.claims, [str(at) for at in found.locations]) == (
        "E102",
        ("paper/long",),
        ["claims.yaml:8:82"],
    )
    assert found.message == (
        f"claims[1].excerpt is {(len(fits) + 1) * 18 + 1:,} characters once its compatibility "
        "characters (ligatures and the like) are written out as the letters they stand "
        "for, as excerpts are compared; an excerpt holds at most 2,000; shorten it"
    )
    result = validate(str(claims))
    assert [(f.code, f.claims) for f in result.findings if f.code == "E102"] == [
        ("E102", ("paper/long",))
    ]
