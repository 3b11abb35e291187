"""Schema errors at the offending node: which documents pass, the compiled fast path,
and patterns anchored as JSON Schema anchors them (the words are test_schema_words's)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from validator.parse.claim_file import CLAIM_SCHEMA
from validator.parse.schema import _end_anchored, schema_errors
from validator.parse.schema_fast import backend
from validator.read.yaml_load import load_yaml


def test_a_valid_document_has_no_errors() -> None:
    data, positions, _ = load_yaml(
        "source: {id: a, outlet: A, title: T, published: {from: 2022-12-01, to: 2022-12-08}}\n"
        "claims:\n  - {id: c, subject: S, property: p, value: {about: 90, within: 5}}\n"
    )
    assert schema_errors(data, positions, "claim-file.schema.json") == []


def test_a_run_of_valid_documents_never_imports_jsonschema() -> None:
    """jsonschema explains invalid documents; valid ones (and the dataset) are answered
    by the compiled fast path, so the command's start does without importing it."""
    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "from validator.pipeline import validate\n"
        "result = validate('claims', 'dataset')\n"
        "assert len(result.claims) == 85, len(result.claims)\n"
        "print('jsonschema' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    # Only with no compiled validator at all does every document need jsonschema.
    assert done.stdout == f"{backend(CLAIM_SCHEMA) is None}\n"


NEWLINE_AT_END = """\
source:
  id: "paper\\n"
  outlet: The Paper
  title: A review
  published: "2022-12-08\\n"
claims:
  - id: "network\\n"
    subject: I Am Ruth
    property: network
    value: Channel 4
    acknowledge:
      - {code: "D201\\n", reason: checked}
"""


def test_a_newline_at_the_end_does_not_satisfy_a_pattern() -> None:
    """JSON Schema's `$` is the end of the text (ECMA-262), not the end of a line: the
    compiled validator, the models and these messages agree on it."""
    data, positions, _ = load_yaml(NEWLINE_AT_END)
    found = [(e.line, e.column, e.message) for e in schema_errors(data, positions, CLAIM_SCHEMA)]
    assert sorted(found) == [
        (
            2,
            7,
            "source.id is the text 'paper\\n', "
            "which does not have the expected form (lowercase letters, "
            "digits and hyphens, like outlet-2024-05-01); it has a line break after it: "
            "write 'paper'",
        ),
        (
            5,
            14,
            "source.published is the text '2022-12-08\\n', "
            "which does not have the expected form (a date such as 2022-12-08 or "
            "2022-12-08T21:00, a partial date such as 2022-12 or 2022, or an interval such as "
            "{from: 2022-12-01, to: 2022-12-08}); it has a line break after it: write "
            "'2022-12-08'",
        ),
        (
            7,
            9,
            "claims[0].id is the text 'network\\n', "
            "which does not have the expected form (lowercase "
            "letters, digits and hyphens, like outlet-2024-05-01); it has a line break after "
            "it: write 'network'",
        ),
        (
            12,
            16,
            "claims[0].acknowledge[0].code is the text 'D201\\n', "
            "which does not have the expected form "
            "(a finding code such as D201); it has a line break after it: write 'D201'",
        ),
    ]


def test_only_a_patterns_final_anchor_changes_for_python() -> None:
    schema = {
        "properties": {
            "a": {"pattern": "^x$"},
            "b": {"pattern": "^price in \\$"},  # a literal dollar sign, not an anchor
            "c": {"const": {"pattern": "^data$"}},  # data, not a schema
        },
        "patternProperties": {"^k$": {"pattern": "y$"}},
    }
    assert _end_anchored(schema) == {
        "properties": {
            "a": {"pattern": "^x\\Z"},
            "b": {"pattern": "^price in \\$"},
            "c": {"const": {"pattern": "^data$"}},
        },
        "patternProperties": {"^k\\Z": {"pattern": "y\\Z"}},
    }


def _errors_in_memory() -> int:
    from jsonschema.exceptions import ValidationError

    return sum(isinstance(thing, ValidationError) for thing in gc.get_objects())


def test_a_broken_files_errors_are_freed_without_the_collector() -> None:
    """Scenario: 8,000 files, each with a 100 KB value in a claim, peaked at 6.5 GB. Files
    are parsed with the garbage collector paused, and an error of a value's anyOf and
    its branches' errors name each other: only the collector frees them, so each file's
    (their messages holding the value's repr) stayed for the whole run. They are freed
    as soon as they are explained."""
    data, positions, _ = load_yaml(
        "source: {id: a, outlet: A, title: T, published: 2022}\n"
        "claims:\n  - {id: c, subject: S, property: p, value: {about: x, within: 5}}\n"
    )
    enabled = gc.isenabled()
    gc.disable()
    try:
        before = _errors_in_memory()
        found = [(e.line, e.column) for e in schema_errors(data, positions, CLAIM_SCHEMA)]
        assert found == [(3, 53)]
        assert _errors_in_memory() == before
    finally:
        if enabled:
            gc.enable()


def _value_errors(value: str) -> list[tuple[int, int, str]]:
    data, positions, _ = load_yaml(
        "source: {id: a, outlet: A, title: T, published: 2022}\n"
        f"claims:\n  - id: c\n    subject: S\n    property: p\n    value: {value}\n"
    )
    return [(e.line, e.column, e.message) for e in schema_errors(data, positions, CLAIM_SCHEMA)]


def test_a_mapping_in_neither_form_of_a_value_is_one_error_at_the_value() -> None:
    """Scenario: a desk wrote an entity's details (`{name: Channel 4, kind: broadcaster}`)
    as a value. It was an error for each key, each saying "allowed here: from, to", as if
    only an interval could stand there."""
    assert _value_errors("{name: Channel 4, kind: broadcaster}") == [
        (
            6,
            12,
            "claims[0].value is a mapping of 'name' and 'kind', fields that neither an "
            "interval (from, to) nor an approximate number (about, within) has; write the "
            "value itself, or one of those forms",
        )
    ]
    six = "{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}"
    assert _value_errors(six)[0][2].startswith(
        "claims[0].value is a mapping of 'a', 'b', 'c', 'd', 'e' and 1 more, fields that"
    )


@pytest.mark.parametrize(
    ("value", "fields", "step"),
    [
        ("{min: 85, max: 95}", "'min' and 'max'", "write {from: 85, to: 95}"),
        ("{Until: 2022-12-08}", "'Until'", "write {to: 2022-12-08}"),
        ("{approx: 90, tolerance: 5}", "'approx' and 'tolerance'", "write {about: 90, within: 5}"),
        (
            "{value: 90, unit: minutes}",
            "'value' and 'unit'",
            "write the value with its unit: '90 minutes'",
        ),
        (
            "{units: min, amount: 90}",
            "'units' and 'amount'",
            "write the value with its unit: '90 min'",
        ),
        # Names of two forms, or one field twice: no form to write.
        (
            "{min: 85, approx: 90}",
            "'min' and 'approx'",
            "write the value itself, or one of those forms",
        ),
        ("{min: 85, low: 90}", "'min' and 'low'", "write the value itself, or one of those forms"),
    ],
)
def test_a_mapping_of_another_tool_s_names_for_a_form_is_told_the_form(
    value: str, fields: str, step: str
) -> None:
    """A spreadsheet's columns or another tool's export name an interval's ends `min`
    and `max`, a number and its unit `value` and `unit`: each was told only that neither
    form has those fields."""
    assert _value_errors(value) == [
        (
            6,
            12,
            f"claims[0].value is a mapping of {fields}, fields that neither an interval "
            f"(from, to) nor an approximate number (about, within) has; {step}",
        )
    ]


def test_a_value_mixing_an_interval_and_an_approximate_number_says_so() -> None:
    """Scenario: `{about: 90, from: 80}` said `about` was an unknown field (allowed: from,
    to), though it is the approximate number's own."""
    assert _value_errors("{about: 90, from: 80, within: 5}") == [
        (
            6,
            12,
            "claims[0].value mixes an interval's from with an approximate number's about, "
            "within; write one form: an interval (from, to) or an approximate number "
            "(about, within)",
        )
    ]


def test_a_mapping_of_one_form_keeps_that_forms_own_errors() -> None:
    """A field beside one form's own is that form's extra field, with its fields listed."""
    assert _value_errors("{from: 85, to: 95, colour: red}") == [
        (6, 31, "unknown field 'colour' in claims[0].value; allowed here: from, to")
    ]
    assert _value_errors("{within: 5}") == [
        (6, 12, "claims[0].value is missing the required field 'about'")
    ]
