"""JUnit XML: a test suite per claim file, a test case per claim.

The output validates against the Apache Ant JUnit schema (the strictest common form),
which shapes it:

- each `<testsuite>` in `<testsuites>` needs `id`, `package`, `hostname` and
  `timestamp`, and holds `<properties>`, its test cases, `<system-out>` and
  `<system-err>` in that order;
- a `<testcase>` holds at most one `<failure>` and no output of its own, so one failure
  carries every failing finding of the claim, and the claim file's other findings
  (warnings, info, acknowledged ones) go to its suite's `<system-out>`;
- a `<testcase>` has no `file` attribute: the claim file is the suite's name.

A claim fails when a finding on it fails the run (`Result.failing`: unacknowledged, at
or above --fail-on). Findings without claims (an unreadable file) become a test case
named "(file)" in their file's suite. A claim that is invalid (not checked) with no
failing finding of its own fails all the same when a finding of its file's fails the
run (a source id used twice, a source that is not valid), with that finding as the
reason; where none does (the finding is ignored or acknowledged) it is skipped, with
the reason it was not checked.

A finding is attached to the test case of each claim it names in the file it locates
it in: two files that give one source id have claims of the same full ids.

A finding is written in every test case of a claim it names and in the `<system-out>`
of every suite it touches, so a long message (a contradiction lists each of its claims)
is shortened there to `TEXT_LIMIT` characters, which keeps the XML linear in the corpus;
a finding about more than `MANY_CLAIMS` claims (a contradiction across a whole corpus)
to `MANY_CLAIMS_LIMIT`, as it is written that many times.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from validator.model.findings import Finding
from validator.model.result import ClaimRecord, Result, Verdict

from ._text import TEXT_LIMIT, finding_line, shortened
from .escaping import label, markup_safe, visible

__all__ = ["MANY_CLAIMS_LIMIT", "render_junit"]

# The Ant schema requires a timestamp. Reports must be byte-identical for the same
# inputs, so it is this constant instead of the time of the run; `time` is "0" for
# the same reason.
TIMESTAMP = "1970-01-01T00:00:00"
HOSTNAME = "localhost"
FILE_CASE = "(file)"
NO_FILE = "(no file)"
# Where a shortened message can be read whole: every other output (the text, the JSON
# and SARIF, and the first row of the Markdown and HTML tables) has it whole.
FULL_TEXT = "the run's other outputs have it whole"
# A finding about more claims than this is written in each of their test cases with its
# message shortened to MANY_CLAIMS_LIMIT characters: a file full of errors once gave a
# contradiction of 30,000 claims, and 60 MB of JUnit XML repeating its first 1,000
# characters. No finding of the shipped claims names more than a few claims.
MANY_CLAIMS = 10
MANY_CLAIMS_LIMIT = 200

# Characters XML 1.0 does not allow anywhere, not even escaped.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACES = re.compile(r"\s+")


def _xml_text(text: str) -> str:
    """`text` for XML: control and bidi characters shown as escapes (`visible`; a newline
    stays, as white space), what XML forbids besides replaced with U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", visible(text, keep="\n"))


def _token(text: str) -> str:
    """An xs:token value: no leading, trailing or repeated whitespace; never empty."""
    return _SPACES.sub(" ", _xml_text(text)).strip() or "-"


def _limit(finding: Finding) -> int:
    """How long a finding's message may be in each test case it is written in."""
    return TEXT_LIMIT if len(finding.claims) <= MANY_CLAIMS else MANY_CLAIMS_LIMIT


@dataclass
class _Case:
    name: str
    classname: str
    findings: list[Finding] = field(default_factory=list)
    invalid: bool = False  # the claim was not checked (verdict `invalid`)


@dataclass
class _Suite:
    file: str
    cases: dict[str, _Case] = field(default_factory=dict)


def _own_id(claim: ClaimRecord) -> str:
    """The claim's id, with the `#N` that the second claim of an id used twice in its
    file has in its full id (`SOURCE/ID#N`), which both cases' names lacked. (A source
    id used twice has its `@file` in the case's class name.)"""
    mark = f"/{claim.claim_id}#"
    at = claim.full_id.rfind(mark)
    number = _DIGITS.match(claim.full_id, at + len(mark)) if at >= 0 else None
    return claim.claim_id if number is None else f"{claim.claim_id}#{number.group()}"


_DIGITS = re.compile(r"[0-9]+")


def render_junit(result: Result) -> str:
    """The run as JUnit XML; deterministic, with no timestamps or host names."""
    failing = {id(f) for f in result.failing}
    order = {id(f): index for index, f in enumerate(result.findings)}
    suites: dict[str, _Suite] = {}

    def suite(file: str) -> _Suite:
        found = suites.get(file)
        if found is None:
            found = suites[file] = _Suite(file)
        return found

    for file in result.files:
        suite(file)
    # Ids as `label`s in test case names and class names, as the failures' lines show
    # them: ids alike on screen but for an invisible character are told apart.
    source_of_file: dict[str, str] = {}
    for source in result.sources:
        source_of_file.setdefault(source.file, label(source.id))
    # Each full id's test cases by file: two files may give one source id.
    cases: dict[str, dict[str, _Case]] = {}
    for claim in result.claims:
        case = _Case(
            f"{label(_own_id(claim))} ({claim.subject} {claim.property})",
            label(claim.source_id),
            invalid=claim.verdict is Verdict.INVALID,
        )
        suite(claim.file).cases[claim.full_id] = case
        cases.setdefault(claim.full_id, {})[claim.file] = case

    for finding in result.findings:
        _attach(finding, suite, cases, source_of_file)

    # Each finding's line and headline, made once: a finding naming a thousand claims
    # would otherwise have its long message cut a thousand times.
    lines: dict[int, str] = {}
    headlines: dict[int, str] = {}

    def line(finding: Finding) -> str:
        text = lines.get(id(finding))
        if text is None:
            text = lines[id(finding)] = finding_line(
                finding, limit=_limit(finding), where=FULL_TEXT
            )
        return text

    def headline(finding: Finding) -> str:
        text = headlines.get(id(finding))
        if text is None:
            message = shortened(finding.message, _limit(finding), FULL_TEXT)
            text = headlines[id(finding)] = f"{finding.code}: {message}"
        return text

    root = ET.Element("testsuites")
    for number, item in enumerate(suites.values()):
        root.append(
            _suite_element(result, item, number, failing, order, source_of_file, line, headline)
        )
    ET.indent(root, space="  ")
    # The pieces joined once, with the declaration: tostring would gather them in a
    # StringIO (four bytes a character) and the declaration copy the result again.
    pieces = ET.tostringlist(root, encoding="unicode")
    # Written by ElementTree, which escapes any `&` it is given: the character
    # references that keep a CI runner's commands out of the file are added after.
    return markup_safe("".join(['<?xml version="1.0" encoding="UTF-8"?>\n', *pieces, "\n"]))


def _attach(
    finding: Finding,
    suite: Callable[[str], _Suite],
    cases: dict[str, dict[str, _Case]],
    source_of_file: dict[str, str],
) -> None:
    """Puts `finding` in the test cases of the claims it names, in the files it locates
    them in, or in its file's "(file)" test case when it names no claim."""
    if not finding.claims:
        file = finding.file
        target = suite(file).cases.get(FILE_CASE)
        if target is None:
            classname = source_of_file.get(file, file or NO_FILE)
            target = suite(file).cases[FILE_CASE] = _Case(FILE_CASE, classname)
        target.findings.append(finding)
        return
    files = {location.file for location in finding.locations}
    for index, full_id in enumerate(dict.fromkeys(finding.claims)):
        known = cases.get(full_id)
        if known is None:
            # A claim the run has no record of (it never got that far): a test case
            # of its own, in the file the finding locates it in.
            locations = finding.locations
            location = locations[min(index, len(locations) - 1)] if locations else None
            source_id, _, claim_id = full_id.partition("/")
            file = location.file if location else ""
            known = cases[full_id] = {file: _Case(label(claim_id or full_id), label(source_id))}
            suite(file).cases[full_id] = known[file]
        # The claims of that id in the files the finding is located in; all of them
        # where it is located in none (a finding is always located at its claims).
        targets = [case for file, case in known.items() if file in files] or known.values()
        for target in targets:
            target.findings.append(finding)


def _suite_element(
    result: Result,
    item: _Suite,
    number: int,
    failing: set[int],
    order: dict[int, int],
    source_of_file: dict[str, str],
    line: Callable[[Finding], str],
    headline: Callable[[Finding], str],
) -> ET.Element:
    """One suite. `line` gives a finding's line and `headline` the failure message of a
    test case it is the first failing finding of, both with the message shortened."""
    name = _token(item.file or NO_FILE)
    file_case = item.cases.get(FILE_CASE)
    file_findings = file_case.findings if file_case else []
    outcomes = {
        key: _outcome(case, file_findings, failing, headline) for key, case in item.cases.items()
    }
    failures = sum(1 for outcome in outcomes.values() if outcome and outcome[0] == "failure")
    skipped = sum(1 for outcome in outcomes.values() if outcome and outcome[0] == "skipped")
    element = ET.Element(
        "testsuite",
        {
            "name": name,
            "package": name,
            "id": str(number),
            "tests": str(len(item.cases)),
            "failures": str(failures),
            "errors": "0",
            "skipped": str(skipped),
            "time": "0",
            "timestamp": TIMESTAMP,
            "hostname": HOSTNAME,
        },
    )
    properties = ET.SubElement(element, "properties")
    values = [("factlint.fail-on", result.fail_on.value)]
    if result.tool_version:
        values.insert(0, ("factlint.version", result.tool_version))
    if result.dataset is not None:
        values.append(("factlint.dataset", result.dataset.id))
    if item.file in source_of_file:
        values.append(("factlint.source", source_of_file[item.file]))
    for key, value in values:
        ET.SubElement(properties, "property", {"name": key, "value": _xml_text(value)})

    out: dict[int, Finding] = {}  # by position in result.findings
    for key, case in item.cases.items():
        testcase = ET.SubElement(
            element,
            "testcase",
            {"name": _token(case.name), "classname": _token(case.classname), "time": "0"},
        )
        outcome = outcomes[key]
        if outcome is not None:
            tag, message, kind, told = outcome
            attributes = {"message": _xml_text(message)}
            if tag == "failure":
                attributes["type"] = kind
            result_element = ET.SubElement(testcase, tag, attributes)
            result_element.text = _xml_text("\n".join(map(line, told)) + "\n") if told else None
        for finding in case.findings:
            if id(finding) not in failing:
                out[order[id(finding)]] = finding
    system_out = ET.SubElement(element, "system-out")
    if out:
        lines = (line(out[index]) for index in sorted(out))
        system_out.text = _xml_text("\n".join(lines) + "\n")
    ET.SubElement(element, "system-err")
    return element


# A test case's result: (element, message, type, the findings its text lists), or None
# for a test case that passes.
_Outcome = tuple[str, str, str, list[Finding]] | None
NOT_CHECKED = "not checked (invalid)"


def _outcome(
    case: _Case,
    file_findings: list[Finding],
    failing: set[int],
    headline: Callable[[Finding], str],
) -> _Outcome:
    """Fails on the case's own failing findings; a claim not checked with none fails on
    its file's failing findings, and is skipped when nothing that kept it from being
    checked fails the run (an ignored or acknowledged finding)."""
    failed = [f for f in case.findings if id(f) in failing]
    if failed:
        codes = " ".join(dict.fromkeys(f.code for f in failed))
        return "failure", headline(failed[0]), codes, case.findings
    if not case.invalid:
        return None
    from_file = [f for f in file_findings if id(f) in failing]
    if from_file:
        reason = f"{NOT_CHECKED}: {headline(from_file[0])}"
        return "failure", reason, "invalid", from_file
    reasons = [*case.findings, *file_findings]
    reason = f"{NOT_CHECKED}: {headline(reasons[0])}" if reasons else NOT_CHECKED
    return "skipped", reason, "", reasons
