"""The words of an assessment, in layers: a conclusion leaves out how the claim's date
is written, a judgement words it with the date as written, and a claim's assessment puts
the findings on that claim."""

from __future__ import annotations

from validator.model.findings import Location, make_finding
from validator.model.result import Verdict
from validator.rules.fact_words import (
    Assessment,
    Conclusion,
    Note,
    Step,
    Unplaced,
    qualifier_text,
)

HERE = Location("claims/a.yaml", 9, 10)

REFUTED = Conclusion(
    Verdict.REFUTED,
    "claims Mia Threapleton age 23",
    (
        Note(
            "D201",
            "the dataset has born 2000-09-15 (ref), so 22; check the source",
            "age",
            (("claimed", "23"), ("dataset_value", "born 2000-09-15")),
        ),
    ),
    (Step("the dataset has born 2000-09-15", None), Step("age on ", ": 22")),
)


def test_a_conclusion_is_worded_with_the_claims_date_as_written() -> None:
    judgement = REFUTED.as_of("2022-12-07")
    assert judgement.bare == Assessment(
        Verdict.REFUTED,
        (),
        ("the dataset has born 2000-09-15", "age on 2022-12-07: 22"),
    )
    assert judgement.unplaced == (
        Unplaced(
            "D201",
            "claims Mia Threapleton age 23 as of 2022-12-07; the dataset has born 2000-09-15 "
            "(ref), so 22; check the source",
            "age",
            (
                ("claimed", "23"),
                ("dataset_value", "born 2000-09-15"),
                ("as_of", "2022-12-07"),
            ),
        ),
    )


def test_the_same_conclusion_serves_any_way_the_date_is_written() -> None:
    assert (
        REFUTED.as_of("7 December 2022")
        .unplaced[0]
        .message.startswith("claims Mia Threapleton age 23 as of 7 December 2022; ")
    )
    assert REFUTED.as_of("").bare.steps[1] == "age on : 22"


def test_a_judgement_put_to_a_claim_names_it_and_where_it_is() -> None:
    judgement = REFUTED.as_of("2022-12-07")
    assessment = judgement.for_claim("src/mia-age", HERE)
    (unplaced,) = judgement.unplaced
    assert assessment == Assessment(
        Verdict.REFUTED,
        (
            make_finding(
                "D201",
                unplaced.message,
                claims=("src/mia-age",),
                locations=(HERE,),
                key="age",
                details=unplaced.details,
            ),
        ),
        judgement.bare.steps,
    )
    # Another claim that says the same, elsewhere: the same words, its own place.
    other = judgement.for_claim("b/age", Location("claims/b.yaml", 3, 4))
    assert other.findings[0].claims == ("b/age",)
    assert other.findings[0].message == unplaced.message


def test_a_judgement_without_findings_is_the_same_assessment_for_every_claim() -> None:
    supported = Conclusion(Verdict.SUPPORTED, "claims X age 22", (), ()).as_of("2022")
    assert supported.unplaced == ()
    assert supported.for_claim("a/x", HERE) is supported.bare
    assert supported.bare == Assessment(Verdict.SUPPORTED, (), ())


def test_a_qualifier_is_named_with_its_value_cut_to_one_short_line() -> None:
    """The deciding qualifier stands beside both values of a refuted claim; a text
    qualifier may be a paragraph, shown cut as a side's value is."""
    qualifiers = [("date", None, "2022-12-01"), ("character", None, "Freya,\n" + "x" * 200)]
    assert qualifier_text("date", qualifiers) == ", date 2022-12-01"
    assert qualifier_text("character", qualifiers) == ", character Freya, " + "x" * 52 + "…"
    assert qualifier_text("venue", qualifiers) == ""
    assert qualifier_text(None, qualifiers) == ""
