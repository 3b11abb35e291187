"""The table of codes is the one place each code's facts live, and docs/codes.md's table
is generated from it (with, from the registry, the stage or rule that makes each code).

With FACTLINT_UPDATE_GOLDEN=1 the table in docs/codes.md is rewritten from `CODES`
instead of compared (as the golden reports are, see tests/golden/README.md).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.emitters import found_by
from validator.model.codes import CODE_PATTERN, CODES, INVALIDATING, Severity
from validator.model.findings import Location, invalidated_claims, make_finding
from validator.report._sections import SECTIONS, section_of

CODES_MD = Path(__file__).resolve().parents[2] / "docs" / "codes.md"
SCHEMAS = Path(__file__).resolve().parents[2] / "validator" / "schemas"
BEGIN = (
    "<!-- The table of codes below is generated from validator/model/codes.py; after a\n"
    "change there, regenerate it: FACTLINT_UPDATE_GOLDEN=1 python -m pytest "
    "tests/model/test_codes.py -->\n"
)
END = "<!-- End of the generated table of codes. -->\n"


def codes_table() -> str:
    """docs/codes.md's table of codes, as `CODES` says it."""
    titles = {section.key: section.title for section in SECTIONS}
    lines = [
        "| code | severity | title | meaning | found by | report section | claim invalid |",
        "|---|---|---|---|---|---|---|",
    ]
    for code, info in CODES.items():
        meaning = info.description.replace("|", "\\|")
        invalid = "yes" if info.invalidates_claim else ""
        lines.append(
            f"| [{code}](#{info.anchor}) | {info.severity.value} | {info.title} | {meaning} "
            f"| {', '.join(found_by(code))} | {titles[info.section]} | {invalid} |"
        )
    return "\n".join(lines) + "\n"


def test_the_table_in_the_docs_is_generated_from_the_code_table() -> None:
    text = CODES_MD.read_text(encoding="utf-8")
    assert text.count(BEGIN) == 1 and text.count(END) == 1, "docs/codes.md lost its markers"
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    generated = f"{head}{BEGIN}\n{codes_table()}\n{END}{tail}"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1":
        CODES_MD.write_text(generated, encoding="utf-8", newline="\n")
        return
    assert text == generated, "docs/codes.md's table is stale; regenerate it (see above)"


def test_the_generated_table_has_a_row_per_code_in_order() -> None:
    rows = codes_table().splitlines()[2:]
    assert [row.split("]")[0] for row in rows] == [f"| [{code}" for code in CODES]
    assert rows[0] == (
        "| [E101](#e101-unreadable-file) | error | unreadable-file | The file cannot be read "
        "or parsed: not UTF-8, not YAML or JSON, too large, too deep, or using a construct "
        "factlint refuses. | read, parse | Claims that could not be checked | yes |"
    )
    assert rows[-1] == (
        "| [S501](#s501-shared-wording) | info | shared-wording | Two sources share wording "
        "(verbatim passages or the same distinctive error), or give one address: they are "
        "not independent. | rule `shared-wording` | Sources that share wording |  |"
    )


def test_every_code_names_a_section_of_its_severity_that_is_not_a_catch_all() -> None:
    sections = {section.key: section for section in SECTIONS}
    for code, info in CODES.items():
        section = sections[info.section]
        assert section.severity is info.severity and not section.catch_all, code
        assert section_of(make_finding(code, "m")) == info.section
        assert code in section.codes


def test_the_catch_all_sections_take_no_code_of_the_table() -> None:
    assert [s.key for s in SECTIONS if s.catch_all] == [
        "other-errors",
        "other-warnings",
        "other-info",
    ]
    assert all(s.codes == () for s in SECTIONS if s.catch_all)
    # The claims that could not be checked are those an invalidating finding names.
    assert SECTIONS[0].codes == tuple(sorted(INVALIDATING))


def test_an_excerpt_not_found_has_a_section_of_its_own() -> None:
    """A claim whose excerpt is not in its archive is still checked (its verdict stands
    in the scorecard), so its E107 is not listed under claims that could not be."""
    assert (SECTIONS[1].key, SECTIONS[1].title, SECTIONS[1].codes) == (
        "excerpts",
        "Excerpts not found in their archives",
        ("E107",),
    )


def test_only_the_files_own_problems_make_a_claim_invalid() -> None:
    # A claim whose excerpt is not found (E107) is checked; E108 says nothing about
    # its claim.
    assert sorted(INVALIDATING) == ["E101", "E102", "E103", "E104", "E105", "E106"]
    assert all(CODES[code].severity is Severity.ERROR for code in INVALIDATING)


def test_invalidated_claims_are_those_an_invalidating_finding_names() -> None:
    at = (Location("f.yaml", 3, 5),)
    findings = [
        make_finding("E104", "unknown", claims=("s/a",), locations=at),
        make_finding("E107", "excerpt", claims=("s/b",), locations=at),
        make_finding("E108", "unused", claims=("s/c",), locations=at),
        make_finding("D201", "refuted", claims=("s/d",), locations=at),
        make_finding("E102", "schema", claims=("s/e", "s/f"), locations=at),
        make_finding("E101", "unreadable", locations=at),
    ]
    assert invalidated_claims(findings) == {"s/a", "s/e", "s/f"}


def test_the_anchor_is_the_heading_slug() -> None:
    assert CODES["E104"].anchor == "e104-unknown-entity"
    assert CODES["D207"].anchor == "d207-quote-differs-from-transcript"


def test_e107_means_what_the_design_says_an_unusable_archive_too() -> None:
    """--list-codes, the SARIF rule and the docs' table said only "The excerpt does not
    appear in the source's archived text.", though E107 is also the finding for an
    archive that cannot be used."""
    assert CODES["E107"].description == (
        "The excerpt does not appear in the source's archived text, or the archive cannot "
        "be used (outside the project, not a regular file, too large, missing)."
    )


def test_the_form_of_a_code_is_made_from_the_table() -> None:
    """Acknowledging S501 was refused while the form, written out in four places, had no
    S: the form is made from the table, so a code with a new letter has its letter."""
    assert CODE_PATTERN == "^[EDXQS][0-9]{3}$"
    assert all(re.fullmatch(CODE_PATTERN, code) for code in CODES)
    assert not re.fullmatch(CODE_PATTERN, "A101")


def test_the_schemas_write_the_form_of_a_code_the_table_makes() -> None:
    """The schemas are JSON, so they write the form out; it must be the table's."""
    claim_file = json.loads((SCHEMAS / "claim-file.schema.json").read_text(encoding="utf-8"))
    report = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    acknowledgement = claim_file["$defs"]["acknowledgement"]["properties"]["code"]
    finding = report["$defs"]["finding"]["properties"]["code"]
    assert acknowledgement["pattern"] == CODE_PATTERN
    assert finding["pattern"] == CODE_PATTERN
