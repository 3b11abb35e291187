"""SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.

Within code scanning's documented limits, whatever the input: at most
`MAX_RESULTS_PER_RULE` results per rule (a run may hold 25,000, of which code scanning
keeps the 5,000 most severe), `MAX_RELATED` related locations per result (it keeps 100)
and messages of at most `TEXT_LIMIT` characters. What is left out is counted in a
notification of the run's invocation and in the run's properties; consistency.json has
every finding whole. Messages a viewer shows are `visible`: no control or bidi character
reaches them raw, and the file as a whole goes through `json_safe` (see dump_json).

Code scanning reads a subset of SARIF, so three things are written for it: a result's
message links its related locations (`[claim](1)`), the only way code scanning shows
them; an acknowledged finding is a `note`, since code scanning ignores `suppressions`
and would otherwise open an alert, and fail the pull request's check, for a finding the
desk has accepted; and each rule says its `problem.severity`. Every result carries
`suppressions` (empty when none), as SARIF asks of a run where any result has them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from validator.model.codes import OTHER_SIDE
from validator.model.findings import CODES, CodeInfo, Finding, Location, Severity
from validator.model.result import Result

from ._json import dump_json
from ._markdown import md_escape, md_url
from ._text import TEXT_LIMIT, full_list, plural, shortened
from .escaping import visible
from .project_place import AT_ROOT, ProjectPlace, outside_name

__all__ = [
    "LINK_NAME_LIMIT",
    "MAX_LINKED",
    "MAX_RELATED",
    "MAX_RESULTS_PER_RULE",
    "code_anchor",
    "render_sarif",
    "sarif_dict",
]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factlintFingerprint/v1"
# Paths are relative to the project's root (the folder of its configuration), wherever
# the run started; viewers resolve %SRCROOT% to their checkout. It is deliberately not
# given in originalUriBaseIds: that would need an absolute path of this machine. For the
# same reason a file outside the project is named by no URI (`ProjectPlace.path`): a
# `../other/x.yaml` from %SRCROOT% points out of every checkout.
SRCROOT = "%SRCROOT%"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# Code scanning's `problem.severity` of a rule, which with the level orders its alerts.
_PROBLEM_SEVERITY = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}

# Results of one rule in the file: with 22 codes, at most 22,000 results, under code
# scanning's 25,000 per run. A file full of errors once gave 55 MB of SARIF, over the
# 10 MB (gzipped) code scanning accepts.
MAX_RESULTS_PER_RULE = 1_000
# Related locations of one result (the other sides of a contradiction): code scanning
# shows 100 locations of a result.
MAX_RELATED = 100
# Related locations linked from a result's message, each named in at most
# `LINK_NAME_LIMIT` characters; the rest are counted there. The message is shortened to
# leave them room, so it still has at most `TEXT_LIMIT` characters.
MAX_LINKED = 5
LINK_NAME_LIMIT = 60


def _text(text: str, whole: str) -> dict[str, str]:
    """A SARIF message: shortened (saying `whole`, where the rest is), with control and
    bidi characters shown as escapes."""
    return {"text": _plain(text, TEXT_LIMIT, whole)}


def _plain(text: str, limit: int, whole: str) -> str:
    """`text` as the plain text of a SARIF message, in at most `limit` characters: its
    backslashes and square brackets escaped by a backslash, as in a link's text, so
    that nothing a claim says (a word diff's `[-word-]`, a value `[see](1)`) can be
    read as an embedded link, which a viewer draws as one (SARIF 3.11.6: literal
    brackets may be escaped anywhere, and should be where they could be read as a
    link; CodeQL escapes every one). Shortened before it is escaped, so that no cut
    splits an escape, to the most characters that still fit once escaped (`_room`)."""
    shown = visible(_escaped(text))
    if len(shown) <= limit:  # whole: most messages, escaped once
        return shown
    return visible(_escaped(shortened(text, _room(text[:limit], limit), whole)))


def _room(head: str, limit: int) -> int:
    """How many characters of `head` (a message's first `limit`) take at most `limit`
    once escaped: a backslash or bracket takes two, and a control or bidi character
    its escape (six for `\\u202e`). Counting only brackets let a message of bidi
    characters run to six times the limit; counting every bracket of `head` against
    the limit left a message of brackets with none of its text."""
    if len(visible(_escaped(head))) == len(head):  # nothing to escape: most messages
        return limit
    used = 0
    for kept, char in enumerate(head):
        used += len(visible(_escaped(char)))
        if used > limit:
            return kept
    return limit


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _pascal(title: str) -> str:
    """`sources-contradict` -> `SourcesContradict`."""
    return "".join(part[:1].upper() + part[1:] for part in title.replace("_", "-").split("-"))


def _uri(path: str) -> str:
    """A shown file path (forward slashes already, see `read.files.display_path`) as a
    URI reference, percent-encoded: a backslash left in it is part of a file's name on
    this system, so it is encoded (`%5C`), never taken for a folder separator."""
    return quote(path, safe="/-._~!$&'()*+,;=@", errors="surrogateescape")


def _physical(location: Location, place: ProjectPlace) -> dict[str, Any] | None:
    """A location's file and place, its path relative to the project's root (see
    `ProjectPlace.path`); None for a file outside the project, which no URI relative to
    the root can name."""
    path = place.path(location.file)
    if path is None:
        return None
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path), "uriBaseId": SRCROOT}}
    if location.line >= 1:
        region: dict[str, int] = {"startLine": location.line}
        if location.column >= 1:
            region["startColumn"] = location.column
        physical["region"] = region
    return physical


def code_anchor(code: str) -> str:
    """The anchor of a code's section in docs/codes.md (`## E104 unknown-entity`), as
    forges name headings: `e104-unknown-entity`."""
    return CODES[code].anchor


def _help(info: CodeInfo, help_uri: str | None) -> dict[str, str]:
    """A rule's documentation inline, from the code table that docs/codes.md shows:
    what the code means and how to fix it, as text and as Markdown (which code
    scanning shows beside each alert), so it reads the same where no page is linked."""
    section = f"{info.code} {info.title}"
    where = f"[{md_escape(section)}]({md_url(help_uri)})" if help_uri else md_escape(section)
    return {
        "text": f"{info.description} {info.fix} See factlint's docs/codes.md, {section}.",
        "markdown": (
            f"**{md_escape(section)}** ({info.severity.value})\n\n"
            f"{md_escape(info.description, line_start=True)}\n\n"
            f"**Fix:** {md_escape(info.fix)}\n\n"
            f"See factlint's docs/codes.md, {where}."
        ),
    }


def _rules(codes_url: str | None) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for code, info in CODES.items():
        short = info.title.replace("-", " ")
        help_uri = f"{codes_url}#{code_anchor(code)}" if codes_url is not None else None
        rule: dict[str, Any] = {
            "id": code,
            "name": _pascal(info.title),
            "shortDescription": {"text": short[:1].upper() + short[1:]},
            "fullDescription": {"text": info.description},
            "help": _help(info, help_uri),
        }
        if help_uri is not None:
            rule["helpUri"] = help_uri
        rule["defaultConfiguration"] = {"level": _LEVEL[info.severity]}
        rule["properties"] = {
            "tags": ["factlint", info.title],
            "problem.severity": _PROBLEM_SEVERITY[info.severity],
        }
        rules.append(rule)
    return rules


def _link_text(text: str) -> str:
    """`text` as the text of an embedded link, escaped as the rest of the message is
    (`_plain`): backslash and square brackets escaped by a backslash, as SARIF asks, so
    a claim's name cannot end the link early, and then control and bidi characters
    shown as escapes, which are not escaped again (`\\u202e` was shown doubled here, as
    the message and the related location do not show it). At most `LINK_NAME_LIMIT`
    characters once escaped, cut before escaping so that no cut splits an escape."""
    shown = visible(_escaped(text))
    if len(shown) <= LINK_NAME_LIMIT:
        return shown
    kept = text[: _room(text[: LINK_NAME_LIMIT - 1], LINK_NAME_LIMIT - 1)]
    return visible(_escaped(kept)) + "\u2026"


def _message(
    text: str, others: list[tuple[int | None, str, str]], count: int, whole: str
) -> dict[str, str]:
    """The message (shortened, saying `whole`, where the rest is), with its first
    related locations linked (`[claim](1)`) under what each is to the result (`other
    side: [claim](1)`) and the rest of its `count` related locations counted: code
    scanning shows a related location only where the message links it. One in a file
    outside the project (index None) is named without a link: it has no place to go to."""
    if not others:
        return _text(text, whole)
    groups: dict[str, list[str]] = {}
    for index, name, relation in others[:MAX_LINKED]:
        shown = _link_text(name) if index is None else f"[{_link_text(name)}]({index})"
        groups.setdefault(relation, []).append(shown)
    links = "; ".join(f"{relation}: {', '.join(names)}" for relation, names in groups.items())
    if count > MAX_LINKED:
        links += f" and {count - MAX_LINKED:,} more"
    suffix = f" ({links})"
    return {"text": _plain(text, TEXT_LIMIT - len(suffix), whole) + suffix}


def _relation(finding: Finding) -> Callable[[str], str]:
    """What a related location's claim is to the result, in the words of its label and
    of the message's links. Beside a disagreement, a claim of the result's own side (a
    side may hold several sources) is on the same side, not the other; other codes say
    what their further locations are (`CodeInfo.related`)."""
    first = finding.claims[0] if finding.claims else None
    own = next((side for side in finding.sides if first in side.claims), None)
    if own is None:
        info = CODES.get(finding.code)
        related = info.related if info is not None else OTHER_SIDE
        return lambda claim: related
    same = frozenset(own.claims)
    return lambda claim: "same side" if claim in same else OTHER_SIDE


def _result(
    finding: Finding, rule_index: dict[str, int], listing: str, place: ProjectPlace
) -> dict[str, Any] | None:
    """The finding as a SARIF result, or None when its place is in a file outside the
    project (`ProjectPlace.path`): code scanning refuses a whole file holding a result
    without a location in the checkout, and an absolute one would name this machine's
    folders (`sarif_dict` counts such results instead)."""
    primary = _physical(finding.locations[0], place) if finding.locations else None
    if finding.locations and primary is None:
        return None
    out: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in rule_index:
        out["ruleIndex"] = rule_index[finding.code]
    # Code scanning ignores `suppressions`: an accepted finding is a note there, as it
    # is a notice among the annotations, or it would fail the pull request's check.
    out["level"] = "note" if finding.acknowledged else _LEVEL[finding.severity]
    whole = f"{listing} has it whole"
    related = []
    others: list[tuple[int | None, str, str]] = []
    relation = _relation(finding)
    for index, location in enumerate(finding.locations[1 : MAX_RELATED + 1], start=1):
        claim = finding.claims[index] if index < len(finding.claims) else location.file
        what = relation(claim)
        entry: dict[str, Any] = {"id": index}
        physical = _physical(location, place)
        if physical is not None:
            entry["physicalLocation"] = physical
        # Outside the project, the claim is still named, in the message alone.
        others.append((index if physical is not None else None, claim, what))
        entry["message"] = _text(f"{what}: {claim}", whole)
        related.append(entry)
    out["message"] = _message(finding.message, others, len(finding.locations) - 1, whole)
    if primary is not None:
        out["locations"] = [{"physicalLocation": primary}]
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    # SARIF asks that a run's results all have `suppressions` or none do: every
    # finding was checked against the acknowledgements, so an empty list says "none".
    out["suppressions"] = []
    if finding.acknowledged:
        out["suppressions"] = [
            {
                # An acknowledgement is written in the claim file; a baseline's entry is
                # kept outside it, which SARIF calls an external suppression.
                "kind": "inSource" if finding.acknowledged_by is not None else "external",
                "status": "accepted",
                "justification": visible(finding.acknowledgement or ""),
            }
        ]
    properties: dict[str, Any] = {"severity": finding.severity.value}
    if finding.claims:
        properties["claims"] = list(finding.claims)
    if finding.details:
        properties["details"] = dict(finding.details)
    out["properties"] = properties
    return out


def sarif_dict(
    result: Result,
    *,
    codes_url: str | None = None,
    reports: bool = True,
    place: ProjectPlace = AT_ROOT,
) -> dict[str, Any]:
    """The SARIF log as plain data: one run, a rule per code, a result per finding.

    `codes_url` is the absolute address of the published docs/codes.md: with it each
    rule's `helpUri` is its section there, and the tool's `informationUri` the page.
    Without, both are left out: a relative or invented address would send viewers
    nowhere (or to someone else's site), and GitHub's code scanning refuses a SARIF file
    whose `helpUri` is not absolute. Each rule's help text names its section anyway.
    `reports`: whether the run writes consistency.json, which notes on what a limit left
    out name (else they name --format json, `full_list`). `place`: where the run's
    folder stands to the project's root, from which the artifacts' URIs are relative
    wherever the run started; a finding in a file outside the project is left out and
    counted, as those past a limit are.
    """
    if codes_url is not None and not codes_url.startswith(("https://", "http://")):
        raise ValueError(f"codes_url must be an absolute http(s) address, not {codes_url!r}")
    rules = _rules(codes_url)
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    listing = full_list(reports)
    driver: dict[str, Any] = {"name": "factlint"}
    if result.tool_version:
        driver["version"] = result.tool_version
    if codes_url is not None:
        driver["informationUri"] = codes_url
    driver["rules"] = rules
    results: list[dict[str, Any]] = []
    per_rule: dict[str, int] = {}
    outside: list[Location] = []  # the place of each result left out as outside
    for finding in result.findings:
        if per_rule.get(finding.code, 0) >= MAX_RESULTS_PER_RULE:
            per_rule[finding.code] += 1
            continue
        out = _result(finding, rule_index, listing, place)
        if out is None:
            outside.append(finding.locations[0])
            continue
        per_rule[finding.code] = per_rule.get(finding.code, 0) + 1
        results.append(out)
    run: dict[str, Any] = {"tool": {"driver": driver}}
    omitted = {
        code: n - MAX_RESULTS_PER_RULE for code, n in per_rule.items() if n > MAX_RESULTS_PER_RULE
    }
    if omitted or outside:
        run["invocations"] = [_invocation(omitted, outside, rule_index, listing)]
        properties: dict[str, Any] = {}
        if omitted:
            properties["omittedResults"] = omitted
            properties["maxResultsPerRule"] = MAX_RESULTS_PER_RULE
        if outside:
            properties["resultsOutsideProject"] = len(outside)
        run["properties"] = properties
    run["columnKind"] = "unicodeCodePoints"
    run["results"] = results
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _invocation(
    omitted: dict[str, int], outside: list[Location], rule_index: dict[str, int], listing: str
) -> dict[str, Any]:
    """The run's invocation, with a notification per rule some of whose results were
    left out (see MAX_RESULTS_PER_RULE), and one for the results left out as in files
    outside the project (`outside`, their places), naming the first."""
    notifications = []
    for code, count in omitted.items():
        text = (
            f"{plural(count, 'more ' + code + ' result')} left out: this file holds the "
            f"first {MAX_RESULTS_PER_RULE:,} of each rule; {listing} lists them all"
        )
        notification: dict[str, Any] = {"level": "warning", "message": {"text": text}}
        if code in rule_index:
            notification["associatedRule"] = {"id": code, "index": rule_index[code]}
        notifications.append(notification)
    if outside:
        first = outside_name(outside[0].file, outside[0].line)
        text = (
            f"{plural(len(outside), 'result')} left out as in files outside the project, "
            f"the first in {first}: this file names files from the "
            "project's root only; move them under the root, the folder of the "
            f"configuration, for code scanning to show them; {listing} lists them all"
        )
        message = _text(text, f"{listing} has it whole")
        notifications.append({"level": "warning", "message": message})
    return {"executionSuccessful": True, "toolExecutionNotifications": notifications}


def render_sarif(
    result: Result,
    *,
    codes_url: str | None = None,
    reports: bool = True,
    place: ProjectPlace = AT_ROOT,
) -> str:
    """`sarif_dict(result, codes_url=..., reports=..., place=...)` as indented JSON with
    a final newline."""
    return dump_json(sarif_dict(result, codes_url=codes_url, reports=reports, place=place))
