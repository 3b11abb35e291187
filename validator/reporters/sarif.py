"""SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..findings import CODES, Finding, Location, Severity
from ..result import Result
from ._json import dump_json

__all__ = ["SARIF_SCHEMA", "code_anchor", "render_sarif", "sarif_dict"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factlintFingerprint/v1"
# Paths are relative to where the run started; viewers resolve %SRCROOT% to their
# checkout. It is deliberately not given in originalUriBaseIds: that would need an
# absolute path of this machine.
SRCROOT = "%SRCROOT%"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _pascal(title: str) -> str:
    """`sources-contradict` -> `SourcesContradict`."""
    return "".join(part[:1].upper() + part[1:] for part in title.replace("_", "-").split("-"))


def _uri(path: str) -> str:
    """A relative file path as a URI reference (forward slashes, percent-encoded)."""
    return quote(path.replace("\\", "/"), safe="/-._~!$&'()*+,;=@")


def _physical(location: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": _uri(location.file), "uriBaseId": SRCROOT}
    }
    if location.line >= 1:
        region: dict[str, int] = {"startLine": location.line}
        if location.column >= 1:
            region["startColumn"] = location.column
        physical["region"] = region
    return physical


def code_anchor(code: str) -> str:
    """The anchor of a code's section in docs/codes.md (`## E104 unknown-entity`), as
    forges name headings: `e104-unknown-entity`."""
    return f"{code}-{CODES[code].title}".lower()


def _rules(codes_url: str | None) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for code, info in CODES.items():
        short = info.title.replace("-", " ")
        rule: dict[str, Any] = {
            "id": code,
            "name": _pascal(info.title),
            "shortDescription": {"text": short[:1].upper() + short[1:]},
            "fullDescription": {"text": info.description},
            "help": {"text": f"{info.fix} See factlint's docs/codes.md, {code} {info.title}."},
        }
        if codes_url is not None:
            rule["helpUri"] = f"{codes_url}#{code_anchor(code)}"
        rule["defaultConfiguration"] = {"level": _LEVEL[info.severity]}
        rule["properties"] = {"tags": ["factlint", info.title]}
        rules.append(rule)
    return rules


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in rule_index:
        out["ruleIndex"] = rule_index[finding.code]
    out["level"] = _LEVEL[finding.severity]
    out["message"] = {"text": finding.message}
    if finding.locations:
        out["locations"] = [{"physicalLocation": _physical(finding.locations[0])}]
    related = []
    for index, location in enumerate(finding.locations[1:], start=1):
        claim = finding.claims[index] if index < len(finding.claims) else location.file
        related.append(
            {
                "id": index,
                "physicalLocation": _physical(location),
                "message": {"text": f"other side: {claim}"},
            }
        )
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if finding.acknowledged:
        out["suppressions"] = [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": finding.acknowledgement or "",
            }
        ]
    properties: dict[str, Any] = {"severity": finding.severity.value}
    if finding.claims:
        properties["claims"] = list(finding.claims)
    if finding.details:
        properties["details"] = dict(finding.details)
    out["properties"] = properties
    return out


def sarif_dict(result: Result, *, codes_url: str | None = None) -> dict[str, Any]:
    """The SARIF log as plain data: one run, a rule per code, a result per finding.

    `codes_url` is the absolute address of the published docs/codes.md: with it each
    rule's `helpUri` is its section there, and the tool's `informationUri` the page.
    Without, both are left out: a relative or invented address would send viewers
    nowhere (or to someone else's site), and GitHub's code scanning refuses a SARIF file
    whose `helpUri` is not absolute. Each rule's help text names its section anyway.
    """
    if codes_url is not None and not codes_url.startswith(("https://", "http://")):
        raise ValueError(f"codes_url must be an absolute http(s) address, not {codes_url!r}")
    rules = _rules(codes_url)
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    driver: dict[str, Any] = {"name": "factlint"}
    if result.tool_version:
        driver["version"] = result.tool_version
    if codes_url is not None:
        driver["informationUri"] = codes_url
    driver["rules"] = rules
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, rule_index) for f in result.findings],
            }
        ],
    }


def render_sarif(result: Result, *, codes_url: str | None = None) -> str:
    """`sarif_dict(result, codes_url=...)` as indented JSON with a final newline."""
    return dump_json(sarif_dict(result, codes_url=codes_url))
